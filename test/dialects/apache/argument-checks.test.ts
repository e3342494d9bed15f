// The loader takes a checked directive without reading its words' values when its table shows a line httpd
// surely takes (argumentCheckOf / sectionCheckOf, then takenUnread): these tests prove that argumentProblem and
// sectionProblem pass every such line, on lines of many shapes read by the real parser, and that empty words
// the table tells apart only by their escapes are still read.
import { describe, expect, it } from 'vitest';
import {
  APACHE_DIRECTIVES,
  argumentCheckOf,
  argumentProblem,
  READ_WORDS,
  sectionCheckOf,
  sectionProblem,
  takenUnread,
} from '../../../src/dialects/apache/directives.js';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import { Line, RowWords, treeOf } from '../../../src/dialects/apache/tree.js';

/** Every list of up to `most` words drawn from `words`. */
function wordLists(words: readonly string[], most: number): string[][] {
  const lists: string[][] = [[]];
  for (let length = 1; length <= most; length++) {
    for (const list of lists.filter((known) => known.length === length - 1)) for (const word of words) lists.push([...list, word]);
  }
  return lists;
}

/** Words as written: bare, quoted, empty, keywords of FLAG, SSLEngine and Header in several cases. */
const WORDS = ['x', '""', "'on'", 'On', 'off', 'optional', 'always', 'set', 'Unset', 'echo', 'edit', 'env=', '${V}', '"\\\n"'];
const LISTS = wordLists(WORDS, 3);
/** Header lines up to their longest form: condition, action, header, value, clause. */
const HEADER_LISTS = wordLists(['always', 'set', 'Unset', 'echo', 'x', '""', 'early'], 5);

/** Every row of `text`'s table: the lines and sections the loader checks. */
function linesOf(text: string): Line[] {
  const tree = treeOf(parseApache(text, '/t.conf'))!;
  const lines: Line[] = [];
  for (let row = 0; row < tree.count; row++) lines.push(new Line(tree, row));
  return lines;
}

/** A line's words as the loader's checks read them. */
function wordsOf(line: Line): RowWords {
  return new RowWords().at(line.tree, line.row);
}

const NAMES = [...Object.keys(APACHE_DIRECTIVES), 'else'];

describe('argument checks taken from the table', () => {
  it('take no directive line argumentProblem refuses', () => {
    let taken = 0;
    for (const name of NAMES) {
      const check = argumentCheckOf(name);
      if (!check) continue;
      const lists = name === 'header' || name === 'requestheader' ? HEADER_LISTS : LISTS;
      for (const line of linesOf(lists.map((words) => `${name} ${words.join(' ')}\n`).join(''))) {
        if (!takenUnread(check, wordsOf(line))) continue;
        taken++;
        expect(argumentProblem(line.written, line.argValues(), name), `${name} ${JSON.stringify(line.argRaws())}`).toBeUndefined();
      }
    }
    expect(taken).toBeGreaterThan(5_000);
  });

  it('take no section sectionProblem refuses', () => {
    let taken = 0;
    for (const name of NAMES) {
      const check = sectionCheckOf(name);
      if (!check) continue;
      const text = LISTS.map((words) => `<${name} ${words.join(' ')}>\n</${name}>\n`).join('');
      for (const line of linesOf(text)) {
        if (!takenUnread(check, wordsOf(line))) continue;
        taken++;
        expect(sectionProblem(line.written, line.argValues(), name), `<${name} ${JSON.stringify(line.argRaws())}>`).toBeUndefined();
      }
    }
    expect(taken).toBeGreaterThan(5_000);
  });

  it('take the common lines of each kind', () => {
    const taken = (line: string): boolean => {
      const [read] = linesOf(`${line}\n`);
      return takenUnread(argumentCheckOf(read.directiveName.lower) ?? READ_WORDS, wordsOf(read));
    };
    expect(taken('ServerName www.example.com')).toBe(true);
    expect(taken('SSLEngine On')).toBe(true);
    expect(taken('SSLHonorCipherOrder off ignored')).toBe(true);
    expect(taken('Header always set Strict-Transport-Security "max-age=63072000"')).toBe(true);
    expect(taken('Header unset Server')).toBe(true);
    expect(taken('RequestHeader set X-Forwarded-Proto https')).toBe(true);
    expect(taken('Listen 443')).toBe(true);
    // Read and judged by argumentProblem.
    expect(taken('SSLEngine yes')).toBe(false);
    expect(taken('ServerName ""')).toBe(false);
    expect(taken('Header always set X-A b early')).toBe(false);
    expect(taken('RequestHeader always set X-A b')).toBe(false);
  });
});

describe('RowWords word reads', () => {
  /** The first line of `text`. */
  function first(text: string): Line {
    return linesOf(text)[0];
  }

  it.each([
    ['ServerName a', true],
    ['ServerName ""', false],
    ["ServerName ''", false],
    ['ServerName "a"', true],
    ['ServerName "', false],
    ['ServerName "a', true],
    // A continuation inside quotes is removed: the value is empty although the text is not.
    ['ServerName "\\\n"', false],
    ['ServerName "\\""', true],
    ['ServerName a\\\nb', true],
  ])('argsFilled %j: %s', (text, filled) => {
    const line = first(text);
    expect(wordsOf(line).argsFilled(1)).toBe(filled);
    expect(line.argValues()[0] !== '').toBe(filled);
  });

  it.each([
    ['SSLEngine on', true],
    ['SSLEngine ON', true],
    ['SSLEngine "on"', false],
    ['SSLEngine o\\\nn', false],
    ['SSLEngine onn', false],
    ['SSLEngine \u212Aon', false],
  ])('argIsOneOf %j: %s', (text, taken) => {
    expect(wordsOf(first(text)).argIsOneOf(0, ['off', 'on'])).toBe(taken);
  });
});
