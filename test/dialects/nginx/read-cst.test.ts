// tokens.ts tokenizeNginx and parse.ts readCst (the lexer and token reader the nginx parse uses) must read every
// file exactly as chevrotain's lexer and the grammar of parser.ts do: same tokens, same CST, so same directives,
// ranges and diagnostics, and no parser error ever.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CstElement, CstNode, ILexingResult, IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_DEPTH, readCst } from '../../../src/dialects/nginx/parse.js';
import { NginxParser } from '../../../src/dialects/nginx/parser.js';
import { LBrace, nginxLexer, RBrace, tokenizeNginx } from '../../../src/dialects/nginx/tokens.js';
import { limitNesting } from '../../../src/dialects/parse-common.js';

const parser = new NginxParser({ validate: true });

/** A CST's children as token offsets and nested shapes. */
function shape(children: Record<string, CstElement[] | undefined>): unknown {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(children).sort()) {
    out[key] = (children[key] ?? []).map((element) => ('children' in element
      ? { name: (element as CstNode).name, children: shape((element as CstNode).children) }
      : [(element as IToken).tokenType.name, (element as IToken).startOffset]));
  }
  return out;
}

/** A lexing result as plain data: every token field, comments included. */
function lexed(text: string, tokenize: (text: string) => ILexingResult): unknown {
  const { tokens, groups, errors } = tokenize(text);
  const plain = (token: IToken) => ({ ...token, tokenType: token.tokenType.name });
  return { tokens: tokens.map(plain), comments: (groups.comments ?? []).map(plain), errors };
}

/**
 * Lexes `text` both ways and expects the same tokens; reads the tokens both ways (after the parse's nesting
 * limit) and expects one CST, with no error from the parser.
 */
function agree(text: string): void {
  expect(lexed(text, tokenizeNginx), JSON.stringify(text)).toEqual(lexed(text, (t) => nginxLexer.tokenize(t)));
  const tokens = limitNesting(tokenizeNginx(text).tokens, MAX_BLOCK_DEPTH, LBrace, RBrace).tokens;
  parser.input = tokens;
  const cst = parser.config();
  expect(parser.errors.map((e) => e.message), JSON.stringify(text)).toEqual([]);
  expect(shape(readCst(tokens) as Record<string, CstElement[]>), JSON.stringify(text)).toEqual(shape(cst.children));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('nginx lexer and token reader', () => {
  it('reads every nginx fixture, corpus file and example as the chevrotain parser does', () => {
    const files = ['fixtures/nginx', 'fixtures/corpus/nginx', 'examples/nginx'].flatMap(filesUnder).filter((file) => !/\.(tsv|pem|md)$/.test(file));
    expect(files.length).toBeGreaterThan(700);
    for (const file of files) agree(readFileSync(file, 'latin1'));
  });

  it('reads random texts of braces, semicolons, words, quotes and Lua bodies as the chevrotain parser does', () => {
    const pieces = ['{', '}', ';', '{}', '\n', ' ', '\t', '#c\n', 'a', 'server', 'listen 443 ssl', '"q w"', "'s'", '"open', "'open", '"a\\"b"', '\r\n', '#x\ry', 'é', '\u{1F600}', '${x}', '\\;',
      'content_by_lua_block', ' { ngx.say("}") }', 'x_by_lua_block {', '}}', '{{', 'a{', '}b', ';;'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let run = 0; run < 3000; run++) {
      let text = '';
      const length = 1 + Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      agree(text);
    }
  });

  it('reads blocks nested past the limit as the chevrotain parser does', () => {
    agree(`${'a {'.repeat(MAX_BLOCK_DEPTH + 5)}b;${'}'.repeat(MAX_BLOCK_DEPTH + 5)}`);
    agree(`${'{'.repeat(MAX_BLOCK_DEPTH + 5)}`);
  });
});
