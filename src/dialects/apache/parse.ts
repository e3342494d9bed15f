// Parses the text of one Apache httpd config file into a ConfigFile; syntax errors become diagnostics.
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type { Comment, ConfigFile, LoadDiagnostic } from '../../syntax/ast.js';
import { SourceComment, SourceText } from '../../syntax/source.js';
import { OnDemand, standInFile } from '../on-demand.js';
import { parseGuarded } from '../parse-common.js';
import { apacheFile } from './tree.js';
import { ApacheAstBuilder, ApacheCstToAst, endOffsetOf, readApacheText, unescapeApache } from './to-ast.js';

/** The lexer and the parser (chevrotain), for the files the text reader gives up on. */
const cstReader = new OnDemand(() => import('./cst-reader.js'));

/** Loads what parseApache needs for a file the text reader gives up on (a run does it when a file needs it). */
export function loadApacheCstReader(): Promise<void> {
  return cstReader.load();
}

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
    const reader = cstReader.get();
    // The run reads the file again once the reader is loaded (src/dialects/on-demand.ts).
    if (reader === undefined) return standInFile(text, path, 'apache');
    comments.length = 0;
    source = new SourceText(path, text, unescapeApache);
    const parsed = reader.parseWithParser(text);
    diagnostics = parsed.lexed.errors.map((error) => lexingDiagnostic(error, source));
    parserErrors = parsed.parserErrors;
    const visitor = new ApacheCstToAst(source);
    visitor.visit(parsed.cst);
    builder = visitor.builder;
    for (const token of parsed.lexed.groups.comments ?? []) comments.push(toComment(token, source));
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
