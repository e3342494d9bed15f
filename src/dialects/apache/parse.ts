// Parses the text of one Apache httpd config file into a ConfigFile; syntax errors become diagnostics.
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type { Comment, ConfigFile, LoadDiagnostic } from '../../syntax/ast.js';
import { SourceComment, SourceText } from '../../syntax/source.js';
import { apacheParser } from './parser.js';
import { apacheLexer } from './tokens.js';
import { parseGuarded } from '../parse-common.js';
import { apacheFile } from './tree.js';
import { ApacheAstBuilder, apacheCstToAst, endOffsetOf, readApacheText, unescapeApache } from './to-ast.js';

/**
 * Parses Apache configuration text. Never throws: syntax errors become `parse-error` diagnostics and
 * the rest of the file is still read. A leading BOM is dropped, so offsets refer to the text after it.
 */
export function parseApache(text: string, path: string): ConfigFile {
  return parseGuarded(text, path, 'apache', parseSource);
}

function parseSource(text: string, path: string): ConfigFile {
  const comments: Comment[] = [];
  let source = new SourceText(path, text, unescapeApache);
  let builder = new ApacheAstBuilder(source);
  let diagnostics: LoadDiagnostic[] = [];
  let parserErrors: IRecognitionException[] = [];
  // Almost every file is read straight from its text; one the text reader gives up on goes through the
  // lexer and the parser, which report and recover from what does not fit.
  if (!readApacheText(text, builder, comments)) {
    comments.length = 0;
    source = new SourceText(path, text, unescapeApache);
    // chevrotain's lexer itself: the text reader and the lexer's matchers stop at the same characters.
    const lexed = apacheLexer.tokenize(text);
    diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
    const parser = apacheParser();
    parser.input = lexed.tokens;
    const cst = parser.config();
    parserErrors = parser.errors;
    const visitor = apacheCstToAst(source);
    visitor.visit(cst);
    builder = visitor.builder;
    for (const token of lexed.groups.comments ?? []) comments.push(toComment(token, source));
  }
  source.trimTables();
  for (const diagnostic of builder.diagnostics) diagnostics.push(diagnostic);
  for (const error of parserErrors) diagnostics.push(recognitionDiagnostic(error, source));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return apacheFile(path, text, builder.tree, comments, diagnostics);
}

function toComment(token: IToken, source: SourceText): Comment {
  // Apache comments are whole lines: nothing precedes one on its logical line.
  return new SourceComment(source, token.startOffset, endOffsetOf(token));
}

function lexingDiagnostic(error: ILexingError, source: SourceText): LoadDiagnostic {
  return { ruleId: 'parse-error', message: `Unexpected character "${source.text.slice(error.offset, error.offset + 1)}"`, range: source.span(error.offset, error.offset + Math.max(1, error.length)) };
}

function recognitionDiagnostic(error: IRecognitionException, source: SourceText): LoadDiagnostic {
  const token = error.token;
  const start = Number.isFinite(token.startOffset) ? token.startOffset : source.text.length;
  const image = token.image.length > 40 ? `${token.image.slice(0, 39)}…` : token.image;
  return { ruleId: 'parse-error', message: `Unexpected "${image}"`, range: source.span(start, start + image.length) };
}
