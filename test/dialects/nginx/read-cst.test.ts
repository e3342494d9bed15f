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

  // What configs hold besides: escapes, quotes inside and across words and lines, `#` inside a word, variables, Lua
  // bodies whose strings, comments and long brackets hold braces (and directive names quoted), characters nginx does
  // not take for space, code units past chevrotain's first-character buckets (above U+00FF), a lone surrogate, a NUL.
  it('reads random nginx-like texts as the chevrotain parser does', () => {
    const pieces = ['server', 'location', '/a', 'ssl_protocols', 'TLSv1.2', 'add_header', 'X-A', '"max-age=1"', ' ', '\t', '\n', '\r\n', '\r', '{', '}', ';', ' {', '} ',
      '\\', '\\"', "\\'", '\\\n', '\\{', '\\}', '\\;', '\\ ', '"', "'", '"a\nb"', "'a\nb'", '"a\\"', 'a"b"', "a'b'", '"a"b', 'a#b', '#', '#c\r\n', '#{', '#}',
      '$', '$x', '${', '${x}', '$x{', '"content_by_lua_block"', "'access_by_lua_block'", 'content_by_lua_block', 'init_by_lua_block ', 'by_lua_block',
      ' "}" ', " '{' ", ' "\\"}" ', ' -- }\n', ' --[[ } ]] ', ' --[==[ { ]==] ', ' [[ } ]] ', ' [=[ ]] } ]=] ', ' ngx.say("{") ', ' if a then end ',
      '\v', '\f', '\u0085', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u0100', '\u01ff', '\u0fff', '\uffff', 'é', '日本', '\u{1F600}', '\ud800', '\u0000'];
    const next = seededRandom(29);
    for (let run = 0; run < 4000; run++) {
      agree(randomText(next, pieces, 40));
    }
  });

  it('reads blocks nested past the limit as the chevrotain parser does', () => {
    agree(`${'a {'.repeat(MAX_BLOCK_DEPTH + 5)}b;${'}'.repeat(MAX_BLOCK_DEPTH + 5)}`);
    agree(`${'{'.repeat(MAX_BLOCK_DEPTH + 5)}`);
  });
});
