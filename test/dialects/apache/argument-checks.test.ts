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
import { walkDirectives } from '../../../src/syntax/ast.js';
import { SourceDirective } from '../../../src/syntax/source.js';

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

/** Every table directive of `text`. */
function directivesOf(text: string): SourceDirective[] {
  return [...walkDirectives(parseApache(text, '/t.conf').directives)].filter((directive): directive is SourceDirective => directive instanceof SourceDirective);
}

const NAMES = [...Object.keys(APACHE_DIRECTIVES), 'else'];

describe('argument checks taken from the table', () => {
  it('take no directive line argumentProblem refuses', () => {
    let taken = 0;
    for (const name of NAMES) {
      const check = argumentCheckOf(name);
      if (!check) continue;
      const lists = name === 'header' || name === 'requestheader' ? HEADER_LISTS : LISTS;
      for (const directive of directivesOf(lists.map((words) => `${name} ${words.join(' ')}\n`).join(''))) {
        if (!takenUnread(check, directive)) continue;
        taken++;
        expect(argumentProblem(directive.name, directive.argValues(), name), `${name} ${JSON.stringify(directive.argRaws())}`).toBeUndefined();
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
      for (const directive of directivesOf(text)) {
        if (!takenUnread(check, directive)) continue;
        taken++;
        expect(sectionProblem(directive.name, directive.argValues(), name), `<${name} ${JSON.stringify(directive.argRaws())}>`).toBeUndefined();
      }
    }
    expect(taken).toBeGreaterThan(5_000);
  });

  it('take the common lines of each kind', () => {
    const taken = (line: string): boolean => {
      const [directive] = directivesOf(`${line}\n`);
      return takenUnread(argumentCheckOf(directive.name.toLowerCase()) ?? READ_WORDS, directive);
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

describe('SourceDirective word reads', () => {
  /** The first directive of `text`. */
  function first(text: string): SourceDirective {
    return directivesOf(text)[0];
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
    const directive = first(text);
    expect(directive.argsFilled(1)).toBe(filled);
    expect(directive.argValues()[0] !== '').toBe(filled);
  });

  it.each([
    ['SSLEngine on', true],
    ['SSLEngine ON', true],
    ['SSLEngine "on"', false],
    ['SSLEngine o\\\nn', false],
    ['SSLEngine onn', false],
    ['SSLEngine \u212Aon', false],
  ])('argIsOneOf %j: %s', (text, taken) => {
    expect(first(text).argIsOneOf(0, ['off', 'on'])).toBe(taken);
  });
});
