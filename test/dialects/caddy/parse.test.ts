// Unit tests of the Caddyfile parser: lines and blocks, quoting, heredocs, continuations, comments, recovery, expansion.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cstDtsPath, cstDtsText } from '../../../src/dialects/gen-cst.js';
import { CaddyParser, caddyParser } from '../../../src/dialects/caddy/parser.js';
import { parseCaddyfile } from '../../../src/dialects/caddy/parse.js';
import { createCaddyLexer } from '../../../src/dialects/caddy/lexer.js';
import { expandCaddyfile, withEnvDefaults } from '../../../src/dialects/caddy/expand.js';
import type { Directive } from '../../../src/syntax/ast.js';

const parse = (text: string) => parseCaddyfile(text, '/t/Caddyfile');
const pos = (r: { start: { line: number; column: number }; end: { line: number; column: number } }) =>
  [r.start.line, r.start.column, r.end.line, r.end.column];
const diags = (text: string) => parse(text).diagnostics.map((d) => [d.message, ...pos(d.range)]);
const tree = (directives: readonly Directive[]): unknown[] =>
  directives.map((d) => (d.children ? [d.name, ...d.args.map((a) => a.value), tree(d.children)] : [d.name, ...d.args.map((a) => a.value)]));

describe('Caddyfile grammar', () => {
  it('passes chevrotain\'s lexer and grammar checks', () => {
    expect(() => createCaddyLexer({ validate: true })).not.toThrow();
    expect(() => new CaddyParser({ validate: true })).not.toThrow();
  });

  it('has an up-to-date cst.d.ts (npm run gen:cst)', () => {
    expect(readFileSync(cstDtsPath('caddy'), 'utf8')).toBe(cstDtsText(caddyParser));
  });
});

describe('parseCaddyfile', () => {
  it('reads lines of words with blocks, with exact ranges', () => {
    const file = parse('example.com {\n\ttls cert.pem key.pem\n\theader X-A "b c"\n}\n');
    const [site] = file.directives;
    expect(pos(site.range)).toEqual([1, 1, 4, 2]);
    expect(pos(site.headRange!)).toEqual([1, 1, 1, 14]);
    const [tls, header] = site.children!;
    expect(pos(tls.nameRange)).toEqual([2, 2, 2, 5]);
    expect(tls.args.map((a) => [a.value, ...pos(a.range)])).toEqual([['cert.pem', 2, 6, 2, 14], ['key.pem', 2, 15, 2, 22]]);
    expect(header.args.map((a) => [a.value, a.raw, a.quoted])).toEqual([['X-A', 'X-A', null], ['b c', '"b c"', '"']]);
    expect(file.diagnostics).toEqual([]);
  });

  it('takes braces only as words of their own: placeholders and glued braces are words', () => {
    const file = parse('a.com{\n}\nb.com {\n\trespond {host} 200\n\tredir https://{host}{uri}\n}\n');
    expect(file.directives[0].name).toBe('a.com{');
    expect(file.diagnostics.map((d) => d.message)).toEqual(['Unexpected "}": no block is open']);
    expect(tree([file.directives[1]])).toEqual([['b.com', [['respond', '{host}', '200'], ['redir', 'https://{host}{uri}']]]]);
  });

  it('reads quoted strings as Caddy does: only \\" is an escape; backticks are raw; quotes may span lines', () => {
    const [d] = parse('respond "a \\"b\\" \\n c\nd" `e "f" \\g`').directives;
    expect(d.args.map((a) => [a.value, a.quoted])).toEqual([['a "b" \\n c\nd', '"'], ['e "f" \\g', '`']]);
  });

  it('joins lines ended by a backslash into one directive', () => {
    const [d, e] = parse('@api path /a \\\n\t/b \\\r\n\t/c\nnext x\n').directives;
    expect(tree([d, e])).toEqual([['@api', 'path', '/a', '/b', '/c'], ['next', 'x']]);
  });

  it('keeps comments (at a word start only) and # inside words', () => {
    const file = parse('# top\nrespond a#b # tail\n');
    expect(tree(file.directives)).toEqual([['respond', 'a#b']]);
    expect(file.comments.map((c) => [c.text, c.inline])).toEqual([[' top', false], [' tail', true]]);
  });

  it('reads heredocs, stripping the closing marker\'s indentation', () => {
    const [site] = parse('a.com {\n\trespond <<HTML\n\t\t<p>hi</p>\n\t\t  x\n\t\tHTML 200\n}\n').directives;
    const respond = site.children![0];
    expect(respond.args.map((a) => [a.value, a.quoted])).toEqual([['<p>hi</p>\n  x\n', '<<'], ['200', null]]);
    expect(pos(respond.args[0].range)).toEqual([2, 10, 5, 7]);
  });

  it('reports heredoc mistakes and reads an escaped << as a word', () => {
    expect(diags('respond <<EOF\n  a\n b\n  EOF\n').map((d) => d[0])).toEqual([expect.stringMatching(/Mismatched whitespace in heredoc/)]);
    expect(diags('respond <<EOF\nnever closed\n').map((d) => d[0])).toEqual(['Unterminated heredoc: no closing "EOF"']);
    expect(parse('respond \\<<EOF').directives[0].args[0].value).toBe('<<EOF');
  });

  it('reports unclosed blocks, stray braces and unterminated quotes, and keeps what it read', () => {
    expect(diags('a.com {\n\ttls internal\n')).toEqual([['Unbalanced "{": block opened here is never closed', 1, 7, 1, 8]]);
    expect(diags('}\n')).toEqual([['Unexpected "}": no block is open', 1, 1, 1, 2]]);
    expect(diags('respond "abc\n')).toEqual([['Unterminated quoted string: Caddy reads the rest of the file into it', 1, 9, 1, 10]]);
    expect(tree(parse('a.com {\n\ttls internal\n').directives)).toEqual([['a.com', [['tls', 'internal']]]]);
  });

  it('drops a leading BOM and reads CRLF files', () => {
    const file = parse('\uFEFFa.com {\r\n\ttls internal\r\n}\r\n');
    expect(tree(file.directives)).toEqual([['a.com', [['tls', 'internal']]]]);
    expect(file.diagnostics).toEqual([]);
  });

  it('stops at the nesting limit with a parse error instead of recursing', () => {
    const text = `${'a {\n'.repeat(150)}${'}\n'.repeat(150)}`;
    expect(parse(text).diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/nested deeper than 100 levels/)]);
  });
});

describe('expandCaddyfile', () => {
  const expand = (text: string) => expandCaddyfile(parse(text));

  it('reads the global options, site blocks with several addresses and trailing commas', () => {
    const config = expand('{\n\tauto_https off\n}\na.com, b.com,\n  c.com:8443 {\n\trespond hi\n}\n');
    expect(config.options.map((o) => o.name)).toEqual(['auto_https']);
    expect(config.sites.map((s) => s.addresses.map((a) => a.value))).toEqual([['a.com', 'b.com', 'c.com:8443']]);
  });

  it('reads the single-site form without braces', () => {
    const config = expand('localhost\n\nrespond "hi"\ntls internal\n');
    expect(config.sites.map((s) => [s.addresses.map((a) => a.value), s.directives.map((d) => d.name)])).toEqual([[['localhost'], ['respond', 'tls']]]);
  });

  it('expands snippets with {args[n]}, {args.n} and {args[:]} (Caddy 2.7+), keeping the snippet\'s ranges and the import chain', () => {
    const text = '(common) {\n\theader {args[0]} {args.1}\n\trespond {args[:]}\n}\na.com {\n\timport common X-A "b c"\n}\n';
    const [site] = expandCaddyfile(parse(text), { version: '2.7.0' }).sites;
    const [header, respond] = site.directives;
    expect(header.args.map((a) => a.value)).toEqual(['X-A', 'b c']);
    expect(respond.args.map((a) => a.value)).toEqual(['X-A', 'b c']);
    expect(pos(header.range)).toEqual([2, 2, 2, 27]);
    expect(header.importedVia.map((d) => pos(d.range))).toEqual([[6, 2, 6, 25]]);
  });

  // caddy 2.6.2 parse.go doImport: a replacer for `args.N` over each imported token's text; checked with
  // Debian's caddy adapt (test/dialects/caddy/oracle.test.ts has the same cases end to end).
  it('fills only {args.N} in Caddy 2.6, anywhere in a token, and leaves other and out-of-range placeholders as written', () => {
    const text = '(s) {\n\theader {args[0]} x{args.0}y{args.0}\n\trespond {args[:]} {args.3}\n}\na.com {\n\timport s A\n}\n';
    const [header, respond] = expand(text).sites[0].directives;
    expect(header.args.map((a) => a.value)).toEqual(['{args[0]}', 'xAyA']);
    expect(respond.args.map((a) => a.value)).toEqual(['{args[:]}', '{args.3}']);
  });

  it('splices a variadic placeholder as tokens of their own (Caddy 2.7+), the directive name included', () => {
    const text = '(s) {\n\t{args[:]}\n\theader {args[1:]} {args[5:]}\n\t{args[3:]}\n}\na.com {\n\timport s header X-B 1\n}\n';
    const directives = expandCaddyfile(parse(text), { version: '2.8.4' }).sites[0].directives;
    // `{args[3:]}` with three arguments is no token at all, so its line is gone; `{args[5:]}` is out of range.
    expect(directives.map((d) => [d.name, ...d.args.map((a) => a.value)])).toEqual([['header', 'X-B', '1'], ['header', 'X-B', '1', '{args[5:]}']]);
    expect(directives[0].nameRange.start.line).toBe(2);
  });

  it('expands snippets imported into snippets and reports a snippet importing itself', () => {
    const nested = expand('(a) {\n\theader X 1\n}\n(b) {\n\timport a\n}\nsite.com {\n\timport b\n}\n');
    expect(nested.sites[0].directives[0].importedVia.map((d) => d.range.start.line)).toEqual([8, 5]);
    const file = parse('(loop) {\n\timport loop\n}\nsite.com {\n\timport loop\n}\n');
    expandCaddyfile(file);
    expect(file.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/Imports nested deeper than 30 levels/)]);
  });

  it('reads {$VAR:default} as its default and leaves {$VAR} alone', () => {
    expect(withEnvDefaults('{$DOMAIN:example.com}:{$PORT}')).toBe('example.com:{$PORT}');
  });
});
