// Parses the text of one Apache httpd config file into a ConfigFile; syntax errors become diagnostics.
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type { Comment, ConfigFile, Directive, LoadDiagnostic } from '../../syntax/ast.js';
import { SourceText } from '../../syntax/source.js';
import { apacheParser } from './parser.js';
import { tokenizeApache } from './tokens.js';
import { parseGuarded } from '../parse-common.js';
import { ApacheAstBuilder, apacheCstToAst, endOffsetOf, flatLines, unescapeApache } from './to-ast.js';

/**
 * Parses Apache configuration text. Never throws: syntax errors become `parse-error` diagnostics and
 * the rest of the file is still read. A leading BOM is dropped, so offsets refer to the text after it.
 */
export function parseApache(text: string, path: string): ConfigFile {
  return parseGuarded(text, path, 'apache', parseSource);
}

function parseSource(text: string, path: string): ConfigFile {
  const source = new SourceText(path, text, unescapeApache);
  const lexed = tokenizeApache(text);
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const directives: Directive[] = [];
  let builder: ApacheAstBuilder;
  let parserErrors: IRecognitionException[] = [];
  // Lines of the shapes the grammar accepts are read straight from the tokens; any other file goes
  // through the parser, which reports and recovers from what does not fit.
  const lines = flatLines(lexed.tokens);
  if (lines) {
    builder = new ApacheAstBuilder(source);
    builder.readLines(lines, directives);
  } else {
    const parser = apacheParser();
    parser.input = lexed.tokens;
    const cst = parser.config();
    parserErrors = parser.errors;
    const visitor = apacheCstToAst(source);
    visitor.visit(cst, directives);
    builder = visitor.builder;
  }
  source.trimTables();
  for (const diagnostic of builder.diagnostics) diagnostics.push(diagnostic);
  for (const error of parserErrors) diagnostics.push(recognitionDiagnostic(error, source));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  return { path, dialect: 'apache', text, directives, comments, diagnostics };
}

function toComment(token: IToken, source: SourceText): Comment {
  // Apache comments are whole lines: nothing precedes one on its logical line.
  return { text: token.image.slice(1), range: source.span(token.startOffset, endOffsetOf(token)), inline: false };
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
