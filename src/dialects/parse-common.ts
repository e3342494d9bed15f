// What the dialects' parsers share around their own grammar: the never-throwing entry, the nesting limit that
// keeps recursive parsers off the stack's end, and the small token helpers.
// chevrotain's types only: the fast readers use this module, and must not load chevrotain (see on-demand.ts).
import type { ILexingError, ILexingResult, IToken, Lexer, TokenType } from 'chevrotain';
import type { ConfigFile, LoadDiagnostic } from '../syntax/ast.js';
import type { Position } from '../syntax/range.js';
import type { SourceText } from '../syntax/source.js';

const BOM = '\uFEFF';

/**
 * Runs a dialect's `parseSource` on `text` without a leading BOM (so offsets refer to the text after it) and
 * never throws: a parser failure becomes one `parse-error` at the file's start.
 */
export function parseGuarded(text: string, path: string, dialect: string, parseSource: (text: string, path: string) => ConfigFile): ConfigFile {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return parseSource(source, path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const start: Position = { line: 1, column: 1, offset: 0 };
    const diagnostic: LoadDiagnostic = {
      ruleId: 'parse-error',
      message: `Unreadable config: the parser failed (${message})`,
      range: { file: path, start, end: start },
    };
    return { path, dialect, text: source, directives: [], comments: [], diagnostics: [diagnostic] };
  }
}

/**
 * Drops the inside of blocks nested deeper than `maxDepth`, keeping their braces; `tooDeep` holds each
 * opening brace that was cut below. Nearly every file stays far below the limit: its tokens are returned as they are.
 */
export function limitNesting(tokens: IToken[], maxDepth: number, open: TokenType, close: TokenType): { tokens: IToken[]; tooDeep: IToken[] } {
  let depth = 0;
  let index = 0;
  for (; index < tokens.length; index++) {
    if (tokenMatcher(tokens[index], open) && ++depth > maxDepth) break;
    if (tokenMatcher(tokens[index], close) && depth > 0) depth--;
  }
  if (index === tokens.length) return { tokens, tooDeep: [] };
  const kept: IToken[] = [];
  const tooDeep: IToken[] = [];
  depth = 0;
  for (const token of tokens) {
    const opens = tokenMatcher(token, open);
    const closes = tokenMatcher(token, close);
    if (opens) depth++;
    if (depth <= maxDepth || (depth === maxDepth + 1 && (opens || closes))) {
      kept.push(token);
      if (opens && depth === maxDepth + 1) tooDeep.push(token);
    }
    if (closes && depth > 0) depth--;
  }
  return { tokens: kept, tooDeep };
}

/**
 * True when `token` is of `type` or of a type in its category: chevrotain's tokenMatcher (scan/tokens.js
 * tokenStructuredMatcher), for the token types the dialects' fast readers make without chevrotain.
 */
export function tokenMatcher(token: IToken, type: TokenType): boolean {
  return token.tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![token.tokenTypeIdx] === true);
}

let tokenTypeCount = 0;

/**
 * A token type as chevrotain's createToken makes it (name, index, the categories it is in and the types in its
 * own), made without chevrotain, so that a fast reader does not load it. The dialect's lexer.ts makes chevrotain's
 * own types of the same names and gives the tokens it lexes these (its parser's tokens are its own).
 */
export function tokenType(name: string, categories: TokenType[] = []): TokenType {
  const type: TokenType = { name, tokenTypeIdx: ++tokenTypeCount, CATEGORIES: categories, categoryMatches: [], categoryMatchesMap: {}, isParent: false };
  for (const category of categories) {
    category.categoryMatches!.push(type.tokenTypeIdx!);
    category.categoryMatchesMap![type.tokenTypeIdx!] = true;
    category.isParent = true;
  }
  return type;
}

/** chevrotain's lexing result with its tokens given the fast reader's types of the same names (`types`, see tokenType). */
export function retyped(lexed: ILexingResult, types: ReadonlyMap<string, TokenType>): ILexingResult {
  const retype = (token: IToken): IToken => {
    const made = offsetToken(token.image, token.startOffset, types.get(token.tokenType.name)!);
    if (token.payload !== undefined) made.payload = token.payload;
    return made;
  };
  return { tokens: lexed.tokens.map(retype), groups: { ...lexed.groups, comments: (lexed.groups.comments ?? []).map(retype) }, errors: lexed.errors };
}

/** True when something other than blanks precedes `offset` on its line (an inline comment). */
export function hasCodeBefore(text: string, offset: number): boolean {
  for (let index = offset - 1; index >= 0; index--) {
    const ch = text[index];
    if (ch === '\n') return false;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return true;
  }
  return false;
}

/** A character no token starts with, as `Unexpected "x"`. */
export function lexingDiagnostic(error: ILexingError, source: SourceText): LoadDiagnostic {
  const range = source.span(error.offset, error.offset + error.length);
  return { ruleId: 'parse-error', message: `Unexpected "${source.text.slice(error.offset, error.offset + 1)}"`, range };
}

/** A token as chevrotain's lexer makes it with `positionTracking: 'onlyOffset'` (for the dialects' own tokenizers). */
export function offsetToken(image: string, startOffset: number, tokenType: TokenType): IToken {
  return { image, startOffset, tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType } as IToken;
}

/**
 * The start_chars_hint of a chevrotain token that can start with any code unit `startsWord` accepts below 256 and
 * with any above: one code unit per first-character bucket chevrotain keeps (lexer.js charCodeToOptimizedIndex:
 * below 256 one per code unit, above it one per 255 code units), the last bucket's included.
 */
export function wordStartChars(startsWord: (code: number) => boolean): number[] {
  const chars: number[] = [];
  for (let code = 0; code < 256; code++) if (startsWord(code)) chars.push(code);
  for (let code = 256; code < 0x10000; code += 255) chars.push(code);
  chars.push(0xffff);
  return chars;
}

/**
 * A lexer `create` builds on its first use, not when its module is imported: the dialects' token modules are
 * imported by every run (names, render), and building a chevrotain lexer costs a few milliseconds of start-up.
 */
export function lazyLexer(create: () => Lexer): Pick<Lexer, 'tokenize'> {
  let lexer: Lexer | undefined;
  return { tokenize: (text) => (lexer ??= create()).tokenize(text) };
}
