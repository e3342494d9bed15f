// tokens.ts tokenizeCaddy and parse.ts readCst (the lexer and token reader the Caddyfile parse uses) must read every
// file exactly as chevrotain's lexer (lexer.ts) and the grammar of parser.ts do: same tokens, same CST, so same
// directives, ranges and diagnostics, and no parser error ever. Their token types are not chevrotain's objects:
// tokens compare by type name, and each reader reads its own lexer's tokens.
import { readFileSync } from 'node:fs';
import type { CstElement } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { cstShape, lexedShape, randomText, sampleFiles, seededRandom } from '../../helpers/equivalence.js';
import { readCst } from '../../../src/dialects/caddy/parse.js';
import { caddyParser } from '../../../src/dialects/caddy/parser.js';
import { caddyLexer } from '../../../src/dialects/caddy/lexer.js';
import { tokenizeCaddy } from '../../../src/dialects/caddy/tokens.js';

/** A CST's shape without its Newline tokens: the reader keeps none. */
function shape(children: Record<string, CstElement[] | undefined>): unknown {
  return cstShape(children, ['Newline']);
}

/** Lexes `text` both ways and expects the same tokens; reads them both ways and expects one CST, with no parser error. */
function agree(text: string): void {
  const lexed = caddyLexer.tokenize(text);
  const tokenized = tokenizeCaddy(text);
  expect(tokenized, JSON.stringify(text)).toBeDefined();
  expect(lexedShape(tokenized!), JSON.stringify(text)).toEqual(lexedShape(lexed));
  caddyParser.input = lexed.tokens;
  const cst = caddyParser.config();
  expect(caddyParser.errors.map((e) => e.message), JSON.stringify(text)).toEqual([]);
  expect(shape(readCst(tokenized!.tokens) as Record<string, CstElement[]>), JSON.stringify(text)).toEqual(shape(cst.children));
}

describe('Caddyfile lexer and token reader', () => {
  it('reads every Caddy fixture, corpus file and example as the chevrotain parser does', () => {
    const files = sampleFiles('caddy').filter((file) => !file.endsWith('.tsv'));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) agree(readFileSync(file, 'utf8'));
  });

  it('reads random texts of braces, words, quotes and line breaks as the chevrotain parser does', () => {
    const pieces = ['{', '}', '{}', '\n', '\r\n', ' ', '\t', '#c', 'a', 'site.example', 'import', '"q w"', '"open', '`b`', '\\\n', '<<EOF\nx\nEOF', '(snip)', '@m', '}}', '{{', 'a{', '}b',
      '`open', '\\', '\\\r\r\n', '"a\\"b"', '<<', '<<E-1\r\n', '<x', '\r', '\v', '\u00a0', '\u2003', '\u3000', 'é', '#', '"'];
    const next = seededRandom(11);
    for (let run = 0; run < 3000; run++) {
      agree(randomText(next, pieces, 40));
    }
  });
});
