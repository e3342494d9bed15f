// parse.ts readCst (the token reader the Caddyfile parse uses) must read every file exactly as the chevrotain
// grammar of parser.ts does: same CST, so same directives, ranges and diagnostics, and no parser error ever.
import { readFileSync } from 'node:fs';
import type { CstElement } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { cstShape, randomText, sampleFiles, seededRandom } from '../../helpers/equivalence.js';
import { readCst } from '../../../src/dialects/caddy/parse.js';
import { caddyParser } from '../../../src/dialects/caddy/parser.js';
import { caddyLexer } from '../../../src/dialects/caddy/tokens.js';

/** A CST's shape without its Newline tokens: the reader keeps none. */
function shape(children: Record<string, CstElement[] | undefined>): unknown {
  return cstShape(children, ['Newline']);
}

/** Reads `text` both ways and expects one CST; the parser must also report no error. */
function agree(text: string): void {
  const tokens = caddyLexer.tokenize(text).tokens;
  caddyParser.input = tokens;
  const cst = caddyParser.config();
  expect(caddyParser.errors.map((e) => e.message), JSON.stringify(text)).toEqual([]);
  expect(shape(readCst(tokens) as Record<string, CstElement[]>), JSON.stringify(text)).toEqual(shape(cst.children));
}

describe('Caddyfile token reader', () => {
  it('reads every Caddy fixture, corpus file and example as the chevrotain parser does', () => {
    const files = sampleFiles('caddy').filter((file) => !file.endsWith('.tsv'));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) agree(readFileSync(file, 'utf8'));
  });

  it('reads random texts of braces, words, quotes and line breaks as the chevrotain parser does', () => {
    const pieces = ['{', '}', '{}', '\n', '\r\n', ' ', '\t', '#c', 'a', 'site.example', 'import', '"q w"', '"open', '`b`', '\\\n', '<<EOF\nx\nEOF', '(snip)', '@m', '}}', '{{', 'a{', '}b'];
    const next = seededRandom(11);
    for (let run = 0; run < 3000; run++) {
      agree(randomText(next, pieces, 40));
    }
  });
});
