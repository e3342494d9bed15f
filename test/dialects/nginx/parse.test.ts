// Unit tests of the nginx parser: ranges, quoting, escapes, comments, raw Lua, if, map, CRLF/BOM and recovery.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cstDtsPath, cstDtsText } from '../../../src/dialects/gen-cst.js';
import { nginxParser } from '../../../src/dialects/nginx/parser.js';
import { parseNginx } from '../../../src/dialects/nginx/parse.js';

const parse = (text: string) => parseNginx(text, '/t.conf');
const pos = (r: { start: { line: number; column: number }; end: { line: number; column: number } }) =>
  [r.start.line, r.start.column, r.end.line, r.end.column];
const diags = (text: string) => parse(text).diagnostics.map((d) => [d.message, ...pos(d.range)]);

describe('parseNginx ranges and values', () => {
  it('gives exact ranges for names, args, directives and block heads', () => {
    const file = parse('http {\n  listen 443 ssl;\n}\n');
    const http = file.directives[0];
    expect(pos(http.range)).toEqual([1, 1, 3, 2]);
    expect(pos(http.headRange!)).toEqual([1, 1, 1, 7]);
    const listen = http.children![0];
    expect(pos(listen.nameRange)).toEqual([2, 3, 2, 9]);
    expect(pos(listen.range)).toEqual([2, 3, 2, 18]);
    expect(listen.args.map((a) => [a.value, ...pos(a.range)])).toEqual([['443', 2, 10, 2, 13], ['ssl', 2, 14, 2, 17]]);
    expect(listen.range.start.offset).toBe(9);
    expect(listen.range.end.offset).toBe(24);
  });

  it('unquotes and unescapes like nginx, keeping raw text', () => {
    const [d] = parse(`add_header X "a;\\"b\\n" 'c d' e\\ f \\.x;`).directives;
    expect(d.args.map((a) => [a.value, a.raw, a.quoted])).toEqual([
      ['X', 'X', null],
      ['a;"b\n', `"a;\\"b\\n"`, '"'],
      ['c d', `'c d'`, "'"],
      // nginx keeps a backslash before a space (only \" \' \\ \t \r \n are unescaped).
      ['e\\ f', 'e\\ f', null],
      ['\\.x', '\\.x', null],
    ]);
  });

  it('keeps ${var}, }, # and quotes inside bare words', () => {
    const [d] = parse('return 200 a${b}c}d#e f"g";').directives;
    expect(d.args.map((a) => a.value)).toEqual(['200', 'a${b}c}d#e', 'f"g"']);
  });

  it('reads regex locations, if with crossplane-style args, and map pairs', () => {
    const file = parse('location ~* \\.(gif|jpg)$ { if ($a = "b c") { return 403; } }\nmap $x $y { default 0; ~^a 1; "" 2; }');
    const [location, map] = file.directives;
    expect(location.args.map((a) => a.value)).toEqual(['~*', '\\.(gif|jpg)$']);
    const ifd = location.children![0];
    expect(ifd.args.map((a) => [a.value, ...pos(a.range)])).toEqual([['$a', 1, 32, 1, 34], ['=', 1, 35, 1, 36], ['b c', 1, 37, 1, 42]]);
    expect(map.children!.map((d) => [d.name, d.args[0].value])).toEqual([['default', '0'], ['~^a', '1'], ['', '2']]);
    expect(file.diagnostics).toEqual([]);
  });

  // Arguments live in the file's table and are rebuilt on each read: these are the cases where the value
  // differs from the text between the offsets.
  it.each([
    ['if (-f $x) { }', [['-f', '-f', null, 5], ['$x', '$x', null, 8]]],
    ['if ($x) { }', [['$x', '$x', null, 5]]],
    ['if ( $x ) { }', [['$x', '$x', null, 6]]],
    ['if "($x" = ")" { }', [['$x', '"($x"', '"', 4], ['=', '=', null, 10]]],
    ['if "($x)" { }', [['$x', '"($x)"', '"', 4]]],
    ['if "(" $x ")" { }', [['$x', '$x', null, 8]]],
    ['if ($a = "b") { }', [['$a', '$a', null, 5], ['=', '=', null, 8], ['b', '"b"', '"', 10]]],
    ['x "a\\"b" \'c\\\\d\' e\\tf;', [['a"b', '"a\\"b"', '"', 3], ['c\\d', "'c\\\\d'", "'", 10], ['e\tf', 'e\\tf', null, 17]]],
    ['x "open', [['open', '"open', '"', 3]]],
  ])('reads the arguments of %j as nginx does', (text, expected) => {
    const args = parse(text).directives[0].args;
    expect(args.map((a) => [a.value, a.raw, a.quoted, a.range.start.column])).toEqual(expected);
    // Each read builds the same values again.
    expect(parse(text).directives[0].args.map((a) => a.value)).toEqual(args.map((a) => a.value));
  });

  it('keeps *_by_lua_block bodies raw, braces in Lua strings and comments included', () => {
    const file = parse('set_by_lua_block $r { local t = { "}" } -- }\n return [[}]] }\nlisten 80;');
    expect(file.directives[0]).toMatchObject({ name: 'set_by_lua_block', rawBlock: ' local t = { "}" } -- }\n return [[}]] ' });
    expect(file.directives[0].args.map((a) => a.value)).toEqual(['$r']);
    expect(pos(file.directives[0].range)).toEqual([1, 1, 2, 16]);
    expect(file.directives[1].name).toBe('listen');
  });

  it('keeps comments with inline flags and exact ranges', () => {
    const file = parse('# top\nlisten 80; # after\n');
    expect(file.comments.map((c) => [c.text, c.inline, ...pos(c.range)])).toEqual([[' top', false, 1, 1, 1, 6], [' after', true, 2, 12, 2, 19]]);
  });

  it('ends a comment at LF only: a lone CR stays inside it (ngx_conf_read_token sharp_comment), CRLF does not', () => {
    const file = parse('# a\rlisten 443;\r\nlisten 80; # b\r\n');
    expect(file.comments.map((c) => c.text)).toEqual([' a\rlisten 443;', ' b']);
    expect(file.directives.map((d) => d.args[0].value)).toEqual(['80']);
  });

  it('handles CRLF, a BOM, tabs and UTF-8', () => {
    const file = parse('\uFEFFserver_name\t"пример.рф";\r\nlisten 80;\r\n');
    expect(file.text.startsWith('server_name')).toBe(true);
    expect(file.directives.map((d) => [d.name, d.args[0].value, ...pos(d.range)])).toEqual([
      ['server_name', 'пример.рф', 1, 1, 1, 25],
      ['listen', '80', 2, 1, 2, 11],
    ]);
  });
});

describe('parseNginx recovery', () => {
  it('reports a missing ";" before "}" after the last word and keeps the directive', () => {
    const file = parse('location / {\n  return 200 "x"\n}\nroot /a;');
    expect(diags('location / {\n  return 200 "x"\n}\nroot /a;')).toEqual([['Missing ";" to end the "return" directive', 2, 17, 2, 17]]);
    expect(file.directives[0].children![0]).toMatchObject({ name: 'return', recovered: true });
    expect(file.directives[1].name).toBe('root');
  });

  it('reports an unbalanced "{" at the brace', () => {
    expect(diags('server {\n listen 80;\n')).toEqual([['Unbalanced "{": block opened here is never closed', 1, 8, 1, 9]]);
  });

  it('reports stray "}" and ";"', () => {
    expect(diags('listen 80;\n}\n;\n')).toEqual([['Unexpected "}"', 2, 1, 2, 2], ['Unexpected ";"', 3, 1, 3, 2]]);
  });

  it('reports an unterminated quote and keeps parsing the next lines', () => {
    const file = parse('a "x;\nb c;');
    expect(diags('a "x;\nb c;')).toEqual([['Unterminated quoted string', 1, 3, 1, 6]]);
    expect(file.directives[0]).toMatchObject({ name: 'a', recovered: true });
  });

  it('reports a word glued to a closing quote as nginx does', () => {
    expect(diags('a "b"c;')).toEqual([['Unexpected "c" after a closing quote', 1, 6, 1, 7]]);
    expect(diags('if ($a = "b") { }')).toEqual([]);
  });

  it('turns 10,000 nested blocks into a diagnostic, not a stack overflow', () => {
    const text = 'a {'.repeat(10000) + '}'.repeat(10000);
    const file = parse(text);
    expect(file.diagnostics.map((d) => d.message)).toEqual(['Blocks nested deeper than 100 levels; the content of this block is not read']);
  });
});

describe('generated CST typings', () => {
  it('src/dialects/nginx/cst.d.ts is up to date (npm run gen:cst)', () => {
    expect(readFileSync(cstDtsPath('nginx'), 'utf8')).toBe(cstDtsText(nginxParser));
  });
});
