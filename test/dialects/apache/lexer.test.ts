// tokenizeApache must make exactly the tokens the chevrotain lexer (apacheLexer) makes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexedShape, randomText, sampleFiles } from '../../helpers/equivalence.js';
import { apacheLexer, tokenizeApache } from '../../../src/dialects/apache/tokens.js';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every character the matchers treat specially, and some they do not.
const PIECES = ['\n', '\r\n', ' ', '\t', '\\', '\\\n', '\\\r\n', '#', '<', '</', '>', '"', "'", '\\"', 'a', 'If', 'Directory', '/x', '\v', '\f', '\r', 'é', '\u2028', '${V}'];

describe('tokenizeApache', () => {
  it('makes the chevrotain lexer tokens for every Apache fixture and example', () => {
    const files = sampleFiles('apache');
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(lexedShape(tokenizeApache(text)), file).toEqual(lexedShape(apacheLexer.tokenize(text)));
    }
  });

  it('makes the chevrotain lexer tokens for random text of the characters that matter', () => {
    const next = random(14);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, PIECES, 40);
      expect(lexedShape(tokenizeApache(text)), JSON.stringify(text)).toEqual(lexedShape(apacheLexer.tokenize(text)));
    }
  });
});
