// tokens.ts tokenizeNginx and parse.ts readCst (the lexer and token reader the nginx parse uses) must read every
// file exactly as chevrotain's lexer (lexer.ts) and the grammar of parser.ts do: same tokens, same CST, so same
// directives, ranges and diagnostics, and no parser error ever. Their token types are not chevrotain's objects:
// tokens compare by type name, and each reader reads its own lexer's tokens.
import { readFileSync } from 'node:fs';
import type { CstElement } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { cstShape, lexedShape, randomText, sampleFiles, seededRandom } from '../../helpers/equivalence.js';
import { MAX_BLOCK_DEPTH, readCst } from '../../../src/dialects/nginx/parse.js';
import { NginxParser } from '../../../src/dialects/nginx/parser.js';
import { LBrace as LexerLBrace, nginxLexer, RBrace as LexerRBrace } from '../../../src/dialects/nginx/lexer.js';
import { LBrace, RBrace, tokenizeNginx } from '../../../src/dialects/nginx/tokens.js';
import { limitNesting } from '../../../src/dialects/parse-common.js';

const parser = new NginxParser({ validate: true });

/**
 * Lexes `text` both ways and expects the same tokens; reads the tokens both ways (after the parse's nesting
 * limit) and expects one CST, with no error from the parser.
 */
function agree(text: string): void {
  const lexed = nginxLexer.tokenize(text);
  const tokenized = tokenizeNginx(text);
  expect(tokenized, JSON.stringify(text)).toBeDefined();
  expect(lexedShape(tokenized!), JSON.stringify(text)).toEqual(lexedShape(lexed));
  parser.input = limitNesting(lexed.tokens, MAX_BLOCK_DEPTH, LexerLBrace, LexerRBrace).tokens;
  const cst = parser.config();
  expect(parser.errors.map((e) => e.message), JSON.stringify(text)).toEqual([]);
  const tokens = limitNesting(tokenized!.tokens, MAX_BLOCK_DEPTH, LBrace, RBrace).tokens;
  expect(cstShape(readCst(tokens) as Record<string, CstElement[]>), JSON.stringify(text)).toEqual(cstShape(cst.children));
}

describe('nginx lexer and token reader', () => {
  it('reads every nginx fixture, corpus file and example as the chevrotain parser does', () => {
    const files = sampleFiles('nginx').filter((file) => !/\.(tsv|pem|md)$/.test(file));
    expect(files.length).toBeGreaterThan(700);
    for (const file of files) agree(readFileSync(file, 'latin1'));
  });

  it('reads random texts of braces, semicolons, words, quotes and Lua bodies as the chevrotain parser does', () => {
    const pieces = ['{', '}', ';', '{}', '\n', ' ', '\t', '#c\n', 'a', 'server', 'listen 443 ssl', '"q w"', "'s'", '"open', "'open", '"a\\"b"', '\r\n', '#x\ry', 'é', '\u{1F600}', '${x}', '\\;',
      'content_by_lua_block', ' { ngx.say("}") }', 'x_by_lua_block {', '}}', '{{', 'a{', '}b', ';;'];
    const next = seededRandom(7);
    for (let run = 0; run < 3000; run++) {
      agree(randomText(next, pieces, 40));
    }
  });

  it('reads blocks nested past the limit as the chevrotain parser does', () => {
    agree(`${'a {'.repeat(MAX_BLOCK_DEPTH + 5)}b;${'}'.repeat(MAX_BLOCK_DEPTH + 5)}`);
    agree(`${'{'.repeat(MAX_BLOCK_DEPTH + 5)}`);
  });
});
