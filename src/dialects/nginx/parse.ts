// Parses the text of one nginx config file into a ConfigFile; syntax errors become diagnostics.
import type { IToken } from 'chevrotain';
import type { Comment, ConfigFile, Directive, LoadDiagnostic } from '../../syntax/ast.js';
import type { BlockCstChildren, BlockCstNode, ConfigCstChildren, DirectiveCstChildren, DirectiveCstNode } from './cst.js';
import { LBrace, LuaBlock, RBrace, Semicolon, tokenizeNginx, Word } from './tokens.js';
import { SourceText } from '../../syntax/source.js';
import { capParseErrors } from '../../syntax/diagnostics.js';
import { endOffsetOf, NginxCstToAst, unescapeNginx } from './to-ast.js';
import { hasCodeBefore, lexingDiagnostic, limitNesting, parseGuarded, tokenMatcher } from '../parse-common.js';
import { standInFile } from '../on-demand.js';

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
  const lexed = tokenizeNginx(text);
  // The run reads the file again once the lexer is loaded (src/dialects/on-demand.ts).
  if (lexed === undefined) return standInFile(text, path, 'nginx');
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
  reserveTables(source, limited.tokens);
  const directives: Directive[] = [];
  visitor.config(readCst(limited.tokens), directives);
  source.trimTables();
  // Loops, not push(...spread): a file of a million stray "}" has a million diagnostics, past V8's argument limit.
  for (const diagnostic of visitor.diagnostics.toArray()) diagnostics.push(diagnostic);
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const capped = capParseErrors(diagnostics);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  if (looksLikeConfig(text, directives, capped)) return { path, dialect: 'nginx', text, directives, comments, diagnostics: capped };
  // Not a config: say where it failed, but quote nothing of it (a token file's one "name" is the token).
  const unquoted = capped.map((d) => (d.ruleId === 'parse-error' ? { ...d, message: NOT_CONFIG_MESSAGE } : d));
  return { path, dialect: 'nginx', text, directives, comments, diagnostics: unquoted.slice(0, 1), withheld: true };
}

/**
 * Sizes the source's tables for the directives and arguments `tokens` hold (readCst reads a word after anything
 * but a word as a directive's name, the words after it as its arguments): grown one at a time, they were
 * doubled and copied over and over.
 */
function reserveTables(source: SourceText, tokens: readonly IToken[]): void {
  let words = 0;
  let directives = 0;
  let afterWord = false;
  for (const token of tokens) {
    const word = tokenMatcher(token, Word);
    if (word) {
      words++;
      if (!afterWord) directives++;
    }
    afterWord = word;
  }
  source.reserve(words - directives, directives);
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

/**
 * Reads the tokens into the CST that parser.ts's grammar gives them (config, directive, block), without
 * chevrotain's parsing machinery, which was a third of parsing a large tree. Every token sequence is a
 * sentence of that grammar (a `;` or `{` with no name before it is a stray, a `}` with no open block is a
 * `strayRBrace`, a directive or block the file ends in is left open), so the chevrotain parser never
 * reports an error nor recovers, and this reading is total. test/dialects/nginx/read-cst.test.ts proves both
 * read fixtures, corpus and generated token soups alike. Recursion is bounded by limitNesting.
 */
export function readCst(tokens: readonly IToken[]): ConfigCstChildren {
  let index = 0;
  const directive = (): DirectiveCstNode => {
    const children: DirectiveCstChildren = { name: [tokens[index++]] };
    const args: IToken[] = [];
    while (index < tokens.length && tokenMatcher(tokens[index], Word)) args.push(tokens[index++]);
    if (args.length) children.arg = args;
    const next = tokens[index];
    if (next !== undefined) {
      if (tokenMatcher(next, Semicolon)) {
        children.Semicolon = [next];
        index++;
      } else if (tokenMatcher(next, LBrace)) children.block = [block()];
      else if (tokenMatcher(next, LuaBlock)) {
        children.LuaBlock = [next];
        index++;
      }
    }
    return { name: 'directive', children };
  };
  const statements = (into: ConfigCstChildren | BlockCstChildren, inBlock: boolean): void => {
    while (index < tokens.length) {
      const token = tokens[index];
      if (tokenMatcher(token, Word)) (into.directive ??= []).push(directive());
      else if (tokenMatcher(token, Semicolon)) {
        (into.straySemicolon ??= []).push(token);
        index++;
      } else if (tokenMatcher(token, LBrace)) (into.strayBlock ??= []).push(block());
      else if (inBlock) return;
      else {
        // A `}` outside every block, or (never made by the lexer) a Lua body with no name before it.
        ((into as ConfigCstChildren).strayRBrace ??= []).push(token);
        index++;
      }
    }
  };
  const block = (): BlockCstNode => {
    const children: BlockCstChildren = { LBrace: [tokens[index++]] };
    statements(children, true);
    const close = tokens[index];
    if (close !== undefined && tokenMatcher(close, RBrace)) {
      children.RBrace = [close];
      index++;
    }
    return { name: 'block', children };
  };
  const config: ConfigCstChildren = {};
  statements(config, false);
  return config;
}
