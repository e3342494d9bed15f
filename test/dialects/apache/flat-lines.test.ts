// The token fast path (flatLines) must read a file exactly as the chevrotain parser and its CST do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import type { Directive } from '../../../src/syntax/ast.js';
import { SourceText } from '../../../src/syntax/source.js';
import { apacheParser } from '../../../src/dialects/apache/parser.js';
import { apacheLexer } from '../../../src/dialects/apache/tokens.js';
import { ApacheAstBuilder, apacheCstToAst, flatLines, unescapeApache } from '../../../src/dialects/apache/to-ast.js';

interface Reading {
  directives: unknown;
  diagnostics: Array<[string, number, number]>;
  parserErrors: string[];
}

function shape(directives: readonly Directive[]): unknown {
  return directives.map((d) => ({
    name: d.name,
    range: [d.range.start.offset, d.range.end.offset],
    head: d.headRange && [d.headRange.start.offset, d.headRange.end.offset],
    nameRange: [d.nameRange.start.offset, d.nameRange.end.offset],
    args: d.args.map((a) => [a.value, a.raw, a.quoted, a.range.start.offset, a.range.end.offset]),
    recovered: d.recovered,
    children: d.children && shape(d.children),
  }));
}

function reading(builder: ApacheAstBuilder, directives: Directive[], parserErrors: string[]): Reading {
  return { directives: shape(directives), diagnostics: builder.diagnostics.map((d) => [d.message, d.range.start.offset, d.range.end.offset]), parserErrors };
}

function throughParser(text: string, tokens: IToken[]): Reading {
  const parser = apacheParser();
  parser.input = tokens;
  const cst = parser.config();
  const errors = parser.errors.map((e) => e.message);
  const visitor = apacheCstToAst(new SourceText('x.conf', text, unescapeApache));
  const directives: Directive[] = [];
  visitor.visit(cst, directives);
  return reading(visitor.builder, directives, errors);
}

/** The fast path's reading, or null when it leaves the file to the parser. */
function throughTokens(text: string, tokens: IToken[]): Reading | null {
  const lines = flatLines(tokens);
  if (!lines) return null;
  const builder = new ApacheAstBuilder(new SourceText('x.conf', text, unescapeApache));
  const directives: Directive[] = [];
  builder.readLines(lines, directives);
  return reading(builder, directives, []);
}

/** Compares both paths on `text`; true when the fast path read it. */
function agree(text: string): boolean {
  const tokens = apacheLexer.tokenize(text).tokens;
  const fast = throughTokens(text, tokens);
  if (fast === null) return false;
  expect(fast, JSON.stringify(text)).toEqual(throughParser(text, tokens));
  return true;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('Apache token fast path', () => {
  it('reads every Apache fixture and example as the parser does', () => {
    const files = ['fixtures/apache', 'fixtures/corpus/apache', 'examples/apache'].flatMap(filesUnder);
    expect(files.length).toBeGreaterThan(20);
    let read = 0;
    for (const file of files) if (agree(readFileSync(file, 'utf8'))) read++;
    expect(read).toBe(files.length);
  });

  it('reads random texts of the lexer\'s special characters as the parser does', () => {
    const pieces = ['<', '>', '</', '"', "'", '\\', '\n', '\r\n', ' ', '\t', '#', 'a', 'Foo', 'VirtualHost', '\\\n', '\\"', '>>', '<If', '</If>', 'x>y', '<Location /a>', '</Location>'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let run = 0; run < 3000; run++) {
      let text = '';
      const length = 1 + Math.floor(next() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      agree(text);
    }
  });

  it('leaves a line the grammar does not accept to the parser', () => {
    // A `>` token outside a section tag cannot come from the lexer; a hand-made stream has one.
    const [, word, gt] = apacheLexer.tokenize('<If a>\n').tokens;
    expect(flatLines([word, gt])).toBeNull();
    expect(throughParser('a>', [word, gt]).parserErrors).not.toEqual([]);
  });
});
