// Parses the text of one Caddyfile into a ConfigFile; syntax errors become diagnostics.
import type { IToken } from 'chevrotain';
import type { Comment, ConfigFile, Directive } from '../../syntax/ast.js';
import { SourceText } from '../../syntax/source.js';
import type { BlockCstChildren, BlockCstNode, ConfigCstChildren, StatementCstChildren, StatementCstNode } from './cst.js';
import { LBrace, Newline, RBrace, tokenizeCaddy, Word } from './tokens.js';
import { CaddyCstToAst, endOffsetOf } from './to-ast.js';
import { parseJson, type JsonValue } from './json.js';
import { jsonPaths } from './json-sources.js';
import { hasCodeBefore, lexingDiagnostic, limitNesting, parseGuarded, tokenMatcher } from '../parse-common.js';
import { standInFile } from '../on-demand.js';

/** Deepest block nesting parsed: real Caddyfiles stay below ten levels; the recursive parser must not overflow. */
export const MAX_BLOCK_DEPTH = 100;

const BOM = '\uFEFF';

/**
 * Parses Caddyfile text. Never throws: syntax errors become `parse-error` diagnostics and the rest of the
 * file is still read. A leading BOM is dropped (caddy: lexer.go load), so offsets refer to the text after it.
 * `import` directives stay in the tree: the loader resolves files, the model expands snippets.
 */
export function parseCaddyfile(text: string, path: string): ConfigFile {
  return parseGuarded(text, path, 'caddy', parseSource);
}

function parseSource(text: string, path: string): ConfigFile {
  const source = new SourceText(path, text);
  const lexed = tokenizeCaddy(text);
  // The run reads the file again once the lexer is loaded (src/dialects/on-demand.ts).
  if (lexed === undefined) return standInFile(text, path, 'caddy');
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const visitor = new CaddyCstToAst(source);
  const limited = limitNesting(lexed.tokens, MAX_BLOCK_DEPTH, LBrace, RBrace);
  for (const brace of limited.tooDeep) {
    diagnostics.push({
      ruleId: 'parse-error',
      message: `Blocks nested deeper than ${MAX_BLOCK_DEPTH} levels; the content of this block is not read`,
      range: visitor.rangeOf(brace),
    });
  }
  const directives: Directive[] = [];
  visitor.config(readCst(limited.tokens), directives);
  for (const diagnostic of visitor.diagnostics) diagnostics.push(diagnostic);
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  return { path, dialect: 'caddy', text, directives, comments, diagnostics };
}

/**
 * Reads the tokens into the CST that parser.ts's grammar gives them (config, statement, block), without
 * chevrotain's parsing machinery, which cost more than the rest of the parse on large Caddyfiles. Every token
 * sequence is a sentence of that grammar (a `}` with no open block is a `strayRBrace`, an unclosed block
 * ends at the end of the file), so the chevrotain parser never reports an error nor recovers, and this
 * reading is total. test/dialects/caddy/read-cst.test.ts proves both read fixtures, corpus and generated token
 * soups alike. Recursion is bounded by limitNesting.
 */
export function readCst(tokens: readonly IToken[]): ConfigCstChildren {
  let index = 0;
  const statement = (): StatementCstNode => {
    const children: StatementCstChildren = {};
    if (tokenMatcher(tokens[index], LBrace)) children.keylessBlock = [block()];
    else {
      const words: IToken[] = [];
      while (index < tokens.length && tokenMatcher(tokens[index], Word)) words.push(tokens[index++]);
      children.word = words;
      if (index < tokens.length && tokenMatcher(tokens[index], LBrace)) children.block = [block()];
    }
    return { name: 'statement', children };
  };
  const block = (): BlockCstNode => {
    const children: BlockCstChildren = { LBrace: [tokens[index++]] };
    const statements: StatementCstNode[] = [];
    while (index < tokens.length) {
      const token = tokens[index];
      if (tokenMatcher(token, Newline)) index++;
      else if (tokenMatcher(token, RBrace)) {
        children.RBrace = [token];
        index++;
        break;
      } else statements.push(statement());
    }
    if (statements.length) children.statement = statements;
    return { name: 'block', children };
  };
  const config: ConfigCstChildren = {};
  const statements: StatementCstNode[] = [];
  const stray: IToken[] = [];
  while (index < tokens.length) {
    const token = tokens[index];
    if (tokenMatcher(token, Newline)) index++;
    else if (tokenMatcher(token, RBrace)) {
      stray.push(token);
      index++;
    } else statements.push(statement());
  }
  if (statements.length) config.statement = statements;
  if (stray.length) config.strayRBrace = stray;
  return config;
}

function toComment(token: IToken, source: SourceText): Comment {
  return {
    text: token.image.slice(1).replace(/\r$/, ''),
    range: source.span(token.startOffset, endOffsetOf(token)),
    inline: hasCodeBefore(source.text, token.startOffset),
  };
}

/** `ConfigFile.dialect` of a Caddy JSON file (the dialect is `caddy`; this tells the two syntaxes apart). */
export const CADDY_JSON = 'caddy-json';

/** The JSON value of each parsed Caddy JSON file (its ConfigFile has no directives: JSON has none). */
const jsonValues = new WeakMap<ConfigFile, JsonValue>();

/** The parsed JSON of a file `parseCaddyJson` read, if it parsed. */
export function jsonOf(file: ConfigFile): JsonValue | undefined {
  return jsonValues.get(file);
}

/** Parses Caddy's native JSON config. Never throws: a syntax error is a `parse-error` diagnostic at its position. */
export function parseCaddyJson(text: string, path: string): ConfigFile {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const source = new SourceText(path, body);
  const { value, diagnostics } = parseJson(source);
  const file: ConfigFile = { path, dialect: CADDY_JSON, text: body, directives: [], comments: [], diagnostics };
  jsonPaths.add(path);
  if (value) jsonValues.set(file, value);
  return file;
}
