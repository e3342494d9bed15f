// The text reader (readApacheText) must read a file exactly as the chevrotain lexer, parser and CST do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomText, sampleFiles, seededRandom } from '../../helpers/equivalence.js';
import type { Comment, Directive } from '../../../src/syntax/ast.js';
import { SourceText } from '../../../src/syntax/source.js';
import { apacheParser } from '../../../src/dialects/apache/parser.js';
import { apacheLexer } from '../../../src/dialects/apache/tokens.js';
import { ApacheAstBuilder, ApacheCstToAst, readApacheText, unescapeApache } from '../../../src/dialects/apache/to-ast.js';

interface Reading {
  directives: unknown;
  comments: Array<[string, number, number]>;
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

function reading(builder: ApacheAstBuilder, directives: Directive[], comments: Comment[], parserErrors: string[]): Reading {
  return {
    directives: shape(directives),
    comments: comments.map((c) => [c.text, c.range.start.offset, c.range.end.offset]),
    diagnostics: builder.diagnostics.map((d) => [d.message, d.range.start.offset, d.range.end.offset]),
    parserErrors,
  };
}

function throughParser(text: string): Reading {
  const lexed = apacheLexer.tokenize(text);
  const parser = apacheParser();
  parser.input = lexed.tokens;
  const cst = parser.config();
  const errors = parser.errors.map((e) => e.message);
  const visitor = new ApacheCstToAst(new SourceText('x.conf', text, unescapeApache));
  visitor.visit(cst);
  const directives = visitor.builder.tree.top();
  const comments = (lexed.groups.comments ?? []).map((token) => ({
    text: token.image.slice(1),
    range: { file: 'x.conf', start: { line: 0, column: 0, offset: token.startOffset }, end: { line: 0, column: 0, offset: token.startOffset + token.image.length } },
    inline: false,
  }));
  return reading(visitor.builder, directives, comments, errors);
}

function throughText(text: string): Reading {
  const builder = new ApacheAstBuilder(new SourceText('x.conf', text, unescapeApache));
  const comments: Comment[] = [];
  expect(readApacheText(text, builder, comments), JSON.stringify(text)).toBe(true);
  const directives = builder.tree.top();
  // The line starts the reader found as it read (see keepLineStarts) are the text's own.
  const own = new SourceText('x.conf', text);
  expect(builder.source.lineCount, JSON.stringify(text)).toBe(own.lineCount);
  for (let offset = 0; offset <= text.length; offset++) expect(builder.source.positionAt(offset)).toEqual(own.positionAt(offset));
  const tree = builder.tree;
  // A section's content, its rows up to the row after it (the walks' `next`), lies inside it, its own
  // sections' contents included, and the row after it starts after it; a line's next row is the one after it.
  const misplaced: number[][] = [];
  for (let row = 0; row < tree.count; row++) {
    const next = tree.next(row);
    if (next <= row || next > tree.count || (!tree.isSection(row) && next !== row + 1)) misplaced.push([row, next]);
    // What follows a section starts after it ends (an unclosed one ends with its content).
    if (next < tree.count && tree.source.directiveStart(next) < tree.source.directiveEnd(row)) misplaced.push([row, next]);
    // Its children (and so, row by row, all it holds).
    for (let child = row + 1; child < next; child = Math.max(tree.next(child), child + 1)) {
      const inside = tree.next(child) <= next && tree.source.directiveStart(child) >= tree.source.directiveHeadEnd(row) && tree.source.directiveEnd(child) <= tree.source.directiveEnd(row);
      if (!inside) misplaced.push([row, child]);
    }
  }
  expect(misplaced, JSON.stringify(text)).toEqual([]);
  // argsHold searches the text (remembering its last search) where the raw texts would each be searched.
  for (let row = 0; row < tree.count; row++) {
    for (const needle of ['${', '"', 'a>', '\\']) expect(tree.argsHold(row, needle), JSON.stringify([text, tree.nameOf(row).written, needle])).toBe(tree.argRaws(row).some((raw) => raw.includes(needle)));
  }
  return reading(builder, directives, comments, []);
}

/** Compares both readings of `text`. */
function agree(text: string): void {
  expect(throughText(text), JSON.stringify(text)).toEqual(throughParser(text));
}

describe('Apache text reader', () => {
  it('reads every Apache fixture and example as the parser does', () => {
    const files = sampleFiles('apache');
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) agree(readFileSync(file, 'utf8'));
  });

  it('reads random texts of the lexer\'s special characters as the parser does', () => {
    const pieces = ['${V}', '$', '{', '<', '>', '</', '"', "'", '\\', '\n', '\r\n', ' ', '\t', '#', 'a', 'Foo', 'VirtualHost', '\\\n', '\\"', '>>', '<If', '</If>', 'x>y', '<Location /a>', '</Location>', '\r', '\v', '\\\r\n', '# c\\\n', '\x01', '\f', 'é'];
    const next = seededRandom(7);
    for (let run = 0; run < 5000; run++) {
      agree(randomText(next, pieces, 30));
    }
  });

  // What configs hold besides: sections and their misnesting, quoted and escaped words, continuations inside words and
  // comments, characters Apache does not take for space, code units past chevrotain's first-character buckets (above
  // U+00FF), a lone surrogate and a NUL.
  it('reads random Apache-like texts as the parser does', () => {
    const pieces = ['<VirtualHost *:443>', '</VirtualHost>', '<IfModule !ssl_module>', '</IfModule>', '<Directory "/a b">', '</Directory>', '<If "%{HTTPS} == \'on\'">', '</If>',
      'SSLEngine on', 'Header always set X "a b"', 'SSLProtocol all -SSLv3', 'Include', 'ServerName', '\n', '\r\n', ' ', '\t', '#', '# c', 'a#b', '"', "'", '"a b"', "'a b'",
      '"a\\"b"', '"open', 'a"b"', '\\', '\\ ', '\\\n', '\\\r\n', '>', '<', '</', '<>', '>a', '${V}', '%{V}', '\v', '\f', '\u0085', '\u00a0', '\u3000', '\u2028', '\ufeff',
      '\u0100', '\u01ff', '\u0fff', '\uffff', 'é', '日本', '\u{1F600}', '\ud800', '\u0000'];
    const next = seededRandom(31);
    for (let run = 0; run < 2000; run++) {
      agree(randomText(next, pieces, 30));
    }
  });
});
