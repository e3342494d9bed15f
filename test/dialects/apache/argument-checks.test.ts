// The loader skips a checked directive whose word count is in range and whose required words are not empty
// (argumentCheckOf, sectionCheckOf): these tests prove that argumentProblem and sectionProblem pass every
// such line, and that empty words the table tells apart only by their escapes are still read and refused.
import { describe, expect, it } from 'vitest';
import {
  APACHE_DIRECTIVES,
  argumentCheckOf,
  argumentProblem,
  READ_WORDS,
  sectionCheckOf,
  sectionProblem,
  type CountCheck,
} from '../../../src/dialects/apache/directives.js';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import { SourceDirective } from '../../../src/syntax/source.js';

/** Every list of up to `most` words drawn from `words`. */
function wordLists(words: readonly string[], most: number): string[][] {
  const lists: string[][] = [[]];
  for (let length = 1; length <= most; length++) {
    for (const list of lists.filter((known) => known.length === length - 1)) for (const word of words) lists.push([...list, word]);
  }
  return lists;
}

/** What the loader's fast path decides: true when it skips the line as sure to pass. */
function passesByCount(check: CountCheck, values: readonly string[]): boolean {
  return values.length >= check.min && values.length <= check.max && values.slice(0, check.filled).every((value) => value !== '');
}

const WORDS = ['', 'on', 'x', '!'];
const LISTS = wordLists(WORDS, 5);

describe('argument checks decided by counting', () => {
  const names = Object.keys(APACHE_DIRECTIVES);

  it('pass nothing argumentProblem refuses', () => {
    let decided = 0;
    for (const name of names) {
      const check = argumentCheckOf(name);
      if (!check) continue;
      for (const values of LISTS) {
        if (!passesByCount(check, values)) continue;
        decided++;
        expect(argumentProblem(name, values, name), `${name} ${JSON.stringify(values)}`).toBeUndefined();
      }
    }
    expect(decided).toBeGreaterThan(1000);
  });

  it('pass nothing sectionProblem refuses', () => {
    let decided = 0;
    for (const name of [...names, 'else']) {
      const check = sectionCheckOf(name);
      if (!check) continue;
      for (const values of LISTS) {
        if (!passesByCount(check, values)) continue;
        decided++;
        expect(sectionProblem(name, values, name), `<${name}> ${JSON.stringify(values)}`).toBeUndefined();
      }
    }
    expect(decided).toBeGreaterThan(100);
  });

  it('leave the directives whose words are read to argumentProblem', () => {
    expect(argumentCheckOf('sslengine')).toBe(READ_WORDS);
    expect(argumentCheckOf('sslhonorcipherorder')).toBe(READ_WORDS);
    expect(argumentCheckOf('header')).toBe(READ_WORDS);
    expect(sectionCheckOf('ifmodule')).toBe(READ_WORDS);
    expect(argumentCheckOf('servername')).toEqual({ min: 1, max: 1, filled: 1 });
    expect(argumentCheckOf('serveralias')).toBeUndefined();
    for (const values of LISTS) expect(passesByCount(READ_WORDS, values)).toBe(false);
  });
});

describe('SourceDirective.argsFilled', () => {
  /** The first directive of `text`, read by the Apache parser. */
  function first(text: string): SourceDirective {
    const directive = parseApache(text, '/t.conf').directives[0];
    if (!(directive instanceof SourceDirective)) throw new Error('expected a table directive');
    return directive;
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
  ])('%j: %s', (text, filled) => {
    const directive = first(text);
    expect(directive.argsFilled(1)).toBe(filled);
    expect(directive.argValues()[0] !== '').toBe(filled);
  });
});
