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

  // What Caddyfiles hold besides: env variables and placeholders (`{$VAR}`, `{http.request.host}`), heredocs whose
  // marker recurs or never comes, quotes and backticks across lines and inside words, escapes, `#` inside a word,
  // every space Go's unicode.IsSpace knows and a few it does not, code units past chevrotain's first-character
  // buckets (above U+00FF), astral characters, a lone surrogate and a NUL.
  it('reads random Caddyfile-like texts as the chevrotain parser does', () => {
    const pieces = ['{$VAR}', '{$VAR:default}', '{env.HOME}', '{http.request.host}', '{vars.x}', '{', '}', ' {', '} ', '\n', '\r\n', '\r\r\n', ' ', '\t', '\f',
      'example.com', ':443', 'tls', 'header', 'Strict-Transport-Security', '"max-age=63072000"', 'respond', 'import', '(snip)', '@m', '*', '/path/*', 'a#b', ' #c', '#',
      '"', '`', '\'', '"a b', '"a\nb"', '"\\\n"', '"\\"', '`a\nb`', '`"`', '"`"', 'a"b"', 'a`b`', '\\"', '\\{', '\\ ', '\\\n', '\\\r\n', '\\\r\r\n', '\\',
      '<<EOF\n', '<<EOF\r\n', 'EOF', '  EOF', '<<EOF\nEOF', '<<EOF\nline\n  EOF\n', '<<EOF \n', '<<E_F-9\n', '<<e.f\n', '<<<EOF\n', '<<\n', '<EOF', 'x<<EOF\n',
      '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0100', '\u01ff', '\u0fff', '\uffff',
      'é', 'ü', '日本', '\u{1F600}', '\ud800', '\u0000'];
    const next = seededRandom(23);
    for (let run = 0; run < 4000; run++) {
      agree(randomText(next, pieces, 40));
    }
  });
});
