// The chevrotain path of the Apache reader: the lexer, the parser and its CST, for a file the text reader (to-ast.ts
// readApacheText) gives up on. parse.ts imports it on demand (src/dialects/on-demand.ts): a run whose files the text
// reader all reads never loads chevrotain.
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type { Comment, Directive } from '../../syntax/ast.js';
import { SourceComment, type SourceText } from '../../syntax/source.js';
import { apacheParser } from './parser.js';
import { apacheLexer } from './tokens.js';
import { apacheCstToAst, endOffsetOf, type ApacheAstBuilder } from './to-ast.js';

/** What reading a file through the parser found besides its directives and comments. */
export interface ParsedThroughCst {
  builder: ApacheAstBuilder;
  lexingErrors: ILexingError[];
  parserErrors: IRecognitionException[];
}

/** Reads `source`'s text into `directives` and `comments` through chevrotain's lexer, the parser and its CST. */
export function readThroughParser(source: SourceText, directives: Directive[], comments: Comment[]): ParsedThroughCst {
  // chevrotain's lexer itself: the text reader and the lexer's matchers stop at the same characters.
  const lexed = apacheLexer.tokenize(source.text);
  const parser = apacheParser();
  parser.input = lexed.tokens;
  const cst = parser.config();
  const visitor = apacheCstToAst(source);
  visitor.visit(cst, directives);
  for (const token of lexed.groups.comments ?? []) comments.push(toComment(token, source));
  return { builder: visitor.builder, lexingErrors: lexed.errors, parserErrors: parser.errors };
}

function toComment(token: IToken, source: SourceText): Comment {
  // Apache comments are whole lines: nothing precedes one on its logical line.
  return new SourceComment(source, token.startOffset, endOffsetOf(token));
}
