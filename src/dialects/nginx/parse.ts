// Parses the text of one nginx config file into a ConfigFile; syntax errors become diagnostics.
import type { IRecognitionException, IToken } from 'chevrotain';
import type { Comment, ConfigFile, Directive, LoadDiagnostic } from '../../syntax/ast.js';
import { nginxParser } from './parser.js';
import { LBrace, nginxLexer, RBrace } from './tokens.js';
import { SourceText } from '../../syntax/source.js';
import { capParseErrors } from '../../syntax/diagnostics.js';
import { endOffsetOf, NginxCstToAst, unescapeNginx } from './to-ast.js';
import { hasCodeBefore, lexingDiagnostic, limitNesting, parseGuarded } from '../parse-common.js';

/**
 * Deepest block nesting parsed. nginx has no such limit, but real configs stay below ten levels and
 * the recursive parser must not overflow the stack on hostile input.
 */
export const MAX_BLOCK_DEPTH = 100;

/**
 * Parses nginx configuration text. Never throws: syntax errors become `parse-error` diagnostics and
 * the rest of the file is still read. A leading BOM is dropped, so `text` and every offset refer to
 * the text after it.
 */
export function parseNginx(text: string, path: string): ConfigFile {
  return parseGuarded(text, path, 'nginx', parseSource);
}

function parseSource(text: string, path: string): ConfigFile {
  const source = new SourceText(path, text, unescapeNginx);
  const lexed = nginxLexer.tokenize(text);
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const limited = limitNesting(lexed.tokens, MAX_BLOCK_DEPTH, LBrace, RBrace);
  const visitor = new NginxCstToAst(source);
  for (const brace of limited.tooDeep) {
    diagnostics.push({
      ruleId: 'parse-error',
      message: `Blocks nested deeper than ${MAX_BLOCK_DEPTH} levels; the content of this block is not read`,
      range: visitor.rangeOf(brace),
    });
  }
  nginxParser.input = limited.tokens;
  const cst = nginxParser.config();
  const parserErrors = nginxParser.errors;
  const directives: Directive[] = [];
  visitor.visit(cst, directives);
  source.trimTables();
  // Loops, not push(...spread): a file of a million stray "}" has a million diagnostics, past V8's argument limit.
  for (const diagnostic of visitor.diagnostics.toArray()) diagnostics.push(diagnostic);
  for (const error of parserErrors) diagnostics.push(recognitionDiagnostic(error, source));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const capped = capParseErrors(diagnostics);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  if (looksLikeConfig(text, directives, capped)) return { path, dialect: 'nginx', text, directives, comments, diagnostics: capped };
  // Not a config: say where it failed, but quote nothing of it (a token file's one "name" is the token).
  const unquoted = capped.map((d) => (d.ruleId === 'parse-error' ? { ...d, message: NOT_CONFIG_MESSAGE } : d));
  return { path, dialect: 'nginx', text, directives, comments, diagnostics: unquoted.slice(0, 1), withheld: true };
}

/** The one parse error of a file that does not look like configuration. */
export const NOT_CONFIG_MESSAGE = 'Expected nginx configuration, got text that does not parse as any (its content is not quoted)';

/** A directive name as nginx modules spell them: `ssl_protocols`, `add_header`, `ngx_lua`-style `*_by_lua`. */
const DIRECTIVE_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * True unless the file has parse errors and not one statement that nginx could read as a directive: a
 * directive-like name ended by ";" or opening a block. An INI, YAML, .netrc, credentials or token file read
 * by a stray `include` has no ";" and parses as one unterminated "directive"; quoting it would print a
 * secret. A config with a typo still has well-formed statements around it.
 */
export function looksLikeConfig(text: string, directives: readonly Directive[], diagnostics: readonly LoadDiagnostic[]): boolean {
  if (!diagnostics.some((d) => d.ruleId === 'parse-error')) return true;
  // At any depth (an unclosed `server {` still holds `listen 80;`), without recursion.
  const stack = [...directives];
  while (stack.length) {
    const directive = stack.pop()!;
    const ended = directive.children !== undefined || text[directive.range.end.offset - 1] === ';';
    if (ended && DIRECTIVE_NAME.test(directive.name)) return true;
    if (directive.children) for (const child of directive.children) stack.push(child);
  }
  return false;
}

function toComment(token: IToken, source: SourceText): Comment {
  return {
    text: token.image.slice(1),
    range: source.span(token.startOffset, endOffsetOf(token)),
    inline: hasCodeBefore(source.text, token.startOffset),
  };
}

// The grammar accepts every token sequence, so this only reports what chevrotain itself refused.
function recognitionDiagnostic(error: IRecognitionException, source: SourceText): LoadDiagnostic {
  const token = error.token;
  if (Number.isNaN(token.startOffset) || token.tokenType.name === 'EOF') {
    const end = source.text.length;
    return { ruleId: 'parse-error', message: 'Unexpected end of file', range: source.span(end, end) };
  }
  return { ruleId: 'parse-error', message: `Unexpected "${excerptToken(token)}"`, range: source.span(token.startOffset, endOffsetOf(token)) };
}

function excerptToken(token: IToken): string {
  return token.image.length > 32 ? `${token.image.slice(0, 31)}…` : token.image;
}
