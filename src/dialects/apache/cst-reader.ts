// The chevrotain path of the Apache reader: the lexer and the parser, for a file the text reader (to-ast.ts
// readApacheText) gives up on. parse.ts imports it on demand (src/dialects/on-demand.ts): a run whose files the text
// reader all reads never loads chevrotain. What it returns is read into table rows in parse.ts (to-ast.ts ApacheCstToAst).
// Deviation from STYLE.md's fixed file set, as is scan.ts; tokens.ts and parser.ts are the lexer and grammar it asks for.
import type { CstNode, ILexingResult, IRecognitionException } from 'chevrotain';
import { apacheParser } from './parser.js';
import { apacheLexer } from './tokens.js';

/** What chevrotain's lexer and the parser make of a file. */
export interface ParsedWithParser {
  lexed: ILexingResult;
  cst: CstNode;
  parserErrors: IRecognitionException[];
}

/** Lexes and parses `text` (the lexer's comments are in `lexed.groups.comments`). */
export function parseWithParser(text: string): ParsedWithParser {
  // chevrotain's lexer itself: the text reader and the lexer's matchers stop at the same characters.
  const lexed = apacheLexer.tokenize(text);
  const parser = apacheParser();
  parser.input = lexed.tokens;
  const cst = parser.config();
  return { lexed, cst, parserErrors: parser.errors };
}
