// Unit tests of the Apache parser: ranges, quoting, continuations, comments, sections and recovery.
// The messages and places of structural errors were checked against apache2 -t (2.4.71).
import { describe, expect, it } from 'vitest';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import type { Directive } from '../../../src/syntax/ast.js';

const parse = (text: string) => parseApache(text, '/t.conf');
const pos = (r: { start: { line: number; column: number }; end: { line: number; column: number } }) =>
  [r.start.line, r.start.column, r.end.line, r.end.column];
const diags = (text: string) => parse(text).diagnostics.map((d) => [d.message, ...pos(d.range)]);
const tree = (directives: readonly Directive[]): unknown[] =>
  directives.map((d) => (d.children ? [d.name, d.args.map((a) => a.value), tree(d.children)] : [d.name, d.args.map((a) => a.value)]));

describe('parseApache words', () => {
  it('gives exact ranges for names, arguments and directives', () => {
    const [d] = parse('  SSLProtocol  -all +TLSv1.2\n').directives;
    expect(d.name).toBe('SSLProtocol');
    expect(pos(d.nameRange)).toEqual([1, 3, 1, 14]);
    expect(pos(d.range)).toEqual([1, 3, 1, 29]);
    expect(d.args.map((a) => [a.value, ...pos(a.range)])).toEqual([['-all', 1, 16, 1, 20], ['+TLSv1.2', 1, 21, 1, 29]]);
  });

  it('reads quoted words as ap_getword_conf does', () => {
    const [d] = parse(`Header always set X "a \\"b\\" c" 'd e' f"g"h "i"j\n`).directives;
    expect(d.args.map((a) => [a.value, a.raw, a.quoted])).toEqual([
      ['always', 'always', null],
      ['set', 'set', null],
      ['X', 'X', null],
      ['a "b" c', '"a \\"b\\" c"', '"'],
      ['d e', "'d e'", "'"],
      // A quote inside a bare word is an ordinary character; a closing quote ends the word.
      ['f"g"h', 'f"g"h', null],
      ['i', '"i"', '"'],
      ['j', 'j', null],
    ]);
  });

  it('accepts an unterminated quote, which runs to the end of the line (apache2 -t says Syntax OK)', () => {
    const file = parse('ServerName "unterminated  \nServerAdmin a@b\n');
    expect(file.diagnostics).toEqual([]);
    expect(file.directives.map((d) => [d.name, d.args.map((a) => a.value)])).toEqual([['ServerName', ['unterminated']], ['ServerAdmin', ['a@b']]]);
  });

  it('joins lines ending in a backslash, inside and between words', () => {
    const file = parse('SSLProtocol all \\\n    -SSLv3\nServerName exa\\\nmple.org\n');
    expect(tree(file.directives)).toEqual([['SSLProtocol', ['all', '-SSLv3']], ['ServerName', ['example.org']]]);
    expect(pos(file.directives[0].range)).toEqual([1, 1, 2, 11]);
  });

  it('keeps `#` as a comment only as the first word of a line, continuations included', () => {
    const file = parse('# one \\\nServerName hidden\n   # two\nHeader set X "a" # three\n');
    expect(file.comments.map((c) => c.text)).toEqual([' one \\\nServerName hidden', ' two']);
    expect(tree(file.directives)).toEqual([['Header', ['set', 'X', 'a', '#', 'three']]]);
  });

  it('reads CRLF files and keeps CR out of words and comments', () => {
    const file = parse('# c\r\nListen 443 https\r\n<VirtualHost *:443>\r\n</VirtualHost>\r\n');
    expect(file.comments.map((c) => c.text)).toEqual([' c']);
    expect(tree(file.directives)).toEqual([['Listen', ['443', 'https']], ['VirtualHost', ['*:443'], []]]);
    expect(file.diagnostics).toEqual([]);
  });
});

describe('parseApache sections', () => {
  it('nests sections, matching closing tags case-insensitively', () => {
    const file = parse('<VirtualHost *:443>\n  <location /x>\n    Header set A b\n  </LOCATION>\n  SSLEngine on\n</VirtualHost>\n');
    expect(tree(file.directives)).toEqual([['VirtualHost', ['*:443'], [['location', ['/x'], [['Header', ['set', 'A', 'b']]]], ['SSLEngine', ['on']]]]]);
    const vhost = file.directives[0];
    expect(pos(vhost.headRange!)).toEqual([1, 1, 1, 20]);
    expect(pos(vhost.range)).toEqual([1, 1, 6, 15]);
    expect(file.diagnostics).toEqual([]);
  });

  it('ends a section tag at the line\'s last ">" (core.c uses strrchr)', () => {
    const [d] = parse('<If "%{HTTPS} > 1">\n</If>\n').directives;
    expect(d.args.map((a) => a.value)).toEqual(['%{HTTPS} > 1']);
    const [e] = parse('<VirtualHost *:80>junk\n</VirtualHost>\n').directives;
    expect(e.args.map((a) => a.value)).toEqual(['*:80']);
  });

  it('reports a mismatched closing tag where it is and reads on', () => {
    expect(diags('<Location /x>\n</Directory>\nServerName a\n')).toEqual([
      ['Unclosed section: <Location> is never closed with </Location>', 1, 1, 1, 10],
      ['Expected </Location> but saw </Directory>', 2, 1, 2, 13],
    ]);
    expect(tree(parse('<Location /x>\n</Directory>\nServerName a\n').directives)).toEqual([['Location', ['/x'], [['ServerName', ['a']]]]]);
  });

  it('closes up to the matching section when an inner one is left open', () => {
    const file = parse('<VirtualHost *:443>\n<Location /x>\nSSLEngine on\n</VirtualHost>\nListen 80\n');
    expect(file.diagnostics.map((d) => [d.message, d.range.start.line])).toEqual([['Expected </Location> but saw </VirtualHost>', 4]]);
    expect(tree(file.directives)).toEqual([['VirtualHost', ['*:443'], [['Location', ['/x'], [['SSLEngine', ['on']]]]]], ['Listen', ['80']]]);
  });

  it('reports an unclosed section at its opening tag, and a stray closing tag', () => {
    expect(diags('ServerName a\n<Location /x>\nHeader set A b\n')).toEqual([['Unclosed section: <Location> is never closed with </Location>', 2, 1, 2, 10]]);
    expect(diags('</Location>\n')).toEqual([['Unexpected </Location>: no <Location> section is open', 1, 1, 1, 12]]);
  });

  it('reports a tag without its ">"', () => {
    expect(diags('<Location /x\n</Location>\n')).toEqual([['Missing ">" at the end of the <Location> tag', 1, 13, 1, 13]]);
    expect(diags('<Location /x>\n</Location >\n')).toEqual([['Missing ">" right after </Location>', 2, 11, 2, 11]]);
  });

  it('reads `#`, `<` and `>` after the first word as ordinary characters', () => {
    const file = parse('RewriteRule ^<a>$ /b#c\n');
    expect(tree(file.directives)).toEqual([['RewriteRule', ['^<a>$', '/b#c']]]);
  });

  it('keeps 100,000-deep nesting off the call stack, reading the first 100 levels', () => {
    const depth = 100_000;
    const text = `${'<Directory />\n'.repeat(depth)}${'</Directory>\n'.repeat(depth)}ServerName after\n`;
    const file = parse(text);
    expect(file.diagnostics.map((d) => d.message)).toEqual(['Sections nested deeper than 100 levels; the content of this section is not read']);
    expect(file.directives.at(-1)?.name).toBe('ServerName');
    let level = file.directives[0];
    let levels = 1;
    while (level.children?.length) {
      level = level.children[0];
      levels++;
    }
    expect(levels).toBe(100);
  });

  it('drops a BOM and never throws on NUL bytes or lone CR', () => {
    const file = parse('\uFEFFServerName a\0b\rc\n');
    expect(file.text.startsWith('ServerName')).toBe(true);
    expect(file.directives[0].args.map((a) => a.value)).toEqual(['a\0b', 'c']);
  });
});
