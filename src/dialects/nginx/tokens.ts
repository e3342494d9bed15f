// The nginx tokens: their types, and tokenizeNginx, which splits a config file the way ngx_conf_read_token does. No
// chevrotain here: lexer.ts builds chevrotain's lexer over the same patterns, imported on demand for a text
// tokenizeNginx gives up on (none is known), and for parser.ts, the grammar parse.ts readCst follows.
// Deviation from STYLE.md, whose tokens.ts holds the chevrotain tokens: they are in lexer.ts, so that a run need not
// load chevrotain.
import type { CustomPatternMatcherReturn, ILexingResult, IToken, TokenType } from 'chevrotain';
import { OnDemand } from '../on-demand.js';
import { offsetToken, tokenMatcher, tokenType } from '../parse-common.js';

/** Directives whose `{ ... }` body is Lua, not nginx syntax (lua-nginx-module, `*_by_lua_block`). */
export const RAW_BLOCK_SUFFIX = '_by_lua_block';

/** chevrotain's lexer, for a text tokenizeNginx gives up on. */
const lexer = new OnDemand(() => import('./lexer.js'));

/** Loads what tokenizeNginx needs for a text it gives up on (a run does it when a file needs it). */
export function loadNginxLexer(): Promise<void> {
  return lexer.load();
}

/** What chevrotain's lexer makes of `text`, for a text tokenizeNginx gives up on; undefined (the miss counted) until it is loaded. */
export function lexedByLexer(text: string): ILexingResult | undefined {
  return lexer.get()?.lexNginx(text);
}

// nginx: src/core/ngx_conf_file.c ngx_conf_read_token: only space, tab, CR and LF separate tokens.
export const WHITESPACE_PATTERN = /[ \t\r\n]+/;

// nginx: a `#` where a token may start begins a comment up to LF (`sharp_comment` ends only at LF), so a
// lone CR is part of the comment and what follows it on the same LF-line is commented out too.
// The CR of a CRLF is left out of the comment's text (it is whitespace before the LF either way).
export const COMMENT_PATTERN = /#(?:[^\r\n]|\r(?!\n))*/;
export const Comment = tokenType('Comment');

export const LBrace = tokenType('LBrace');
export const RBrace = tokenType('RBrace');
export const Semicolon = tokenType('Semicolon');

/** Abstract category of every token that can be a directive name or argument. */
export const Word = tokenType('Word');

// nginx: a quote at the start of a token opens a quoted word; a backslash skips the next character
// (`quoted`), so `\"` does not close it. Quoted words may span lines.
// The loops are unrolled (`a*(?:\\.a*)*`, not `(?:a|\\.)*`): V8's regexp engine keeps a backtrack entry per
// iteration of an alternation, and a 10 MB quoted string overflowed its stack.
export const DOUBLE_QUOTED_PATTERN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"/;
export const DoubleQuoted = tokenType('DoubleQuoted', [Word]);
export const SINGLE_QUOTED_PATTERN = /'[^'\\]*(?:\\[\s\S][^'\\]*)*'/;
export const SingleQuoted = tokenType('SingleQuoted', [Word]);

// Deviation: nginx reads an unclosed quote to the end of the file and fails there; we end it at the
// end of its line so the rest of the file is still parsed. Only matches when no closing quote exists.
export const UNTERMINATED_QUOTED_PATTERN = /["'][^\r\n\\]*(?:\\[^\r\n][^\r\n\\]*)*/;
export const UnterminatedQuoted = tokenType('UnterminatedQuoted', [Word]);

// nginx: a bare word runs until space, tab, CR, LF, `;` or `{`; `}`, `#` and quotes inside a word
// are ordinary characters; `\` protects the next character; `{` right after `$` is kept (`${var}`).
export const BareWord = tokenType('BareWord', [Word]);

/** A `*_by_lua_block` body including its braces; unbalanced bodies run to the end of the file. */
export const LuaBlock = tokenType('LuaBlock');

/** Every token type but Word (a category), by name: lexer.ts gives its tokens these. */
export const TOKEN_TYPES: ReadonlyMap<string, TokenType> = new Map(
  [Comment, LBrace, RBrace, Semicolon, DoubleQuoted, SingleQuoted, UnterminatedQuoted, BareWord, LuaBlock].map((type) => [type.name, type]),
);

/** Where the bare word at `offset` ends; `offset` itself when no bare word starts there. */
export function bareWordEnd(text: string, offset: number): number {
  const length = text.length;
  if (offset < length && isNotWordStart(text.charCodeAt(offset))) return offset;
  let index = offset;
  while (index < length) {
    const code = text.charCodeAt(index);
    // One table look-up per character: most are ordinary, and a large tree has ten million of them.
    const kind = code < 128 ? BARE_WORD_CHARS[code] : ORDINARY;
    if (kind === ORDINARY) index++;
    else if (kind === ESCAPE) index += 2;
    else if (kind === DOLLAR) index += text.charCodeAt(index + 1) === 123 /* { */ ? 2 : 1;
    else break;
  }
  return Math.min(index, length);
}

const ORDINARY = 0;
const WORD_END = 1;
const ESCAPE = 2;
const DOLLAR = 3;

/** What each ASCII character is inside a bare word (isWordEnd's characters end it, `\` and `${` protect what follows). */
const BARE_WORD_CHARS = (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code++) if (isWordEnd(code)) kinds[code] = WORD_END;
  kinds[92] = ESCAPE;
  kinds[36] = DOLLAR;
  return kinds;
})();

/** Space, tab, CR, LF, `;` and `{` end a bare word (ngx_conf_read_token). */
export function isWordEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 59 || code === 123;
}

/** `}`, quotes and `#` mean something else where a token starts. */
export function isNotWordStart(code: number): boolean {
  return code === 125 || code === 34 || code === 39 || code === 35;
}

/** The name token of the directive that a `{` after `tokens` would open, if any (`word`: the Word category of their types). */
function openingDirectiveName(tokens: IToken[], word: TokenType): IToken | undefined {
  let index = tokens.length - 1;
  while (index >= 0 && tokenMatcher(tokens[index], word)) index--;
  return index === tokens.length - 1 ? undefined : tokens[index + 1];
}

function unquoteName(image: string): string {
  const first = image[0];
  return (first === '"' || first === "'") && image.endsWith(first) ? image.slice(1, -1) : image;
}

/** Offset just after the Lua long bracket `[==[ ... ]==]` starting at `start`, or -1 when `start` opens none. */
function skipLongBracket(text: string, start: number): number {
  let level = 0;
  let index = start + 1;
  while (text[index] === '=') {
    level++;
    index++;
  }
  if (text[index] !== '[') return -1;
  const close = ']' + '='.repeat(level) + ']';
  const end = text.indexOf(close, index + 1);
  return end === -1 ? text.length : end + close.length;
}

function skipLuaString(text: string, start: number): number {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    const ch = text[index];
    if (ch === '\\') index += 2;
    else if (ch === quote || ch === '\n') return index + 1;
    else index++;
  }
  return text.length;
}

function skipLuaComment(text: string, start: number): number {
  if (text[start + 2] === '[') {
    const end = skipLongBracket(text, start + 2);
    if (end !== -1) return end;
  }
  const newline = text.indexOf('\n', start);
  return newline === -1 ? text.length : newline;
}

/** Offset just after the `}` that balances the `{` at `start`, or -1 when none does. */
export function scanLuaBlock(text: string, start: number): number {
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const ch = text[index];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return index + 1;
    if (ch === '"' || ch === "'") index = skipLuaString(text, index);
    else if (ch === '-' && text[index + 1] === '-') index = skipLuaComment(text, index);
    else if (ch === '[' && (text[index + 1] === '[' || text[index + 1] === '=')) {
      const end = skipLongBracket(text, index);
      index = end === -1 ? index + 1 : end;
    } else index++;
  }
  return -1;
}

// lua-nginx-module: src/ngx_http_lua_directive.c ngx_http_lua_conf_read_lua_token reads the body of a
// `*_by_lua_block` as Lua (strings, long brackets and comments may hold braces).
// Deviation: nginx core has no raw blocks; a custom pattern is needed because only the directive
// name, seen in the tokens already matched, tells a Lua body from an nginx block.
/** The Lua body at `offset` after `tokens` (`word`: the Word category of their types), or null. */
export function matchLuaBlock(text: string, offset: number, tokens: IToken[], word: TokenType): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 123 /* { */) return null;
  const name = openingDirectiveName(tokens, word);
  if (!name || !unquoteName(name.image).endsWith(RAW_BLOCK_SUFFIX)) return null;
  const end = scanLuaBlock(text, offset);
  const match: CustomPatternMatcherReturn = [text.slice(offset, end === -1 ? text.length : end)];
  match.payload = { closed: end !== -1 } satisfies LuaBlockPayload;
  return match;
}

/** What the lexer learnt about a Lua body (`token.payload`). */
export interface LuaBlockPayload {
  /** False when the body's braces never balance; the token then runs to the end of the file. */
  closed: boolean;
}

// The patterns of the tokens above, sticky, for tokenizeNginx.
const DOUBLE_QUOTED = new RegExp(DOUBLE_QUOTED_PATTERN.source, 'y');
const SINGLE_QUOTED = new RegExp(SINGLE_QUOTED_PATTERN.source, 'y');
const UNTERMINATED_QUOTED = new RegExp(UNTERMINATED_QUOTED_PATTERN.source, 'y');
const COMMENT = new RegExp(COMMENT_PATTERN.source, 'y');

/**
 * The tokens chevrotain's lexer (lexer.ts) makes of `text`, made without chevrotain (a third of reading a large
 * tree, and every run's loading of chevrotain): the same patterns in the same order for each first character (first
 * match wins), the same token objects (chevrotain's offset-only shape), comments in their group. Every character
 * starts some token, so the lexer has no error to report; should a text reach a character none matches, the lexer
 * lexes it instead, errors included, or (not loaded yet: see on-demand.ts) the result is undefined and the run
 * reads the file again once it is loaded. test/dialects/nginx/read-cst.test.ts compares both on the fixtures and random text.
 */
export function tokenizeNginx(text: string): ILexingResult | undefined {
  const tokens: IToken[] = [];
  const comments: IToken[] = [];
  const length = text.length;
  let offset = 0;
  while (offset < length) {
    const code = text.charCodeAt(offset);
    if (code === 32 || code === 9 || code === 13 || code === 10) {
      offset++;
      continue;
    }
    // Plain assignments, not destructured array literals: this loop runs for each of a large tree's 1.7 million tokens.
    let image: string | null;
    let type: TokenType;
    let payload: unknown;
    if (code === 35 /* # */) {
      image = sticky(COMMENT, text, offset)!;
      comments.push(offsetToken(image, offset, Comment));
      offset += image.length;
      continue;
    } else if (code === 123 /* { */) {
      const lua = matchLuaBlock(text, offset, tokens, Word);
      if (lua) {
        image = lua[0];
        type = LuaBlock;
        payload = lua.payload;
      } else {
        image = '{';
        type = LBrace;
      }
    } else if (code === 125 /* } */) {
      image = '}';
      type = RBrace;
    } else if (code === 59 /* ; */) {
      image = ';';
      type = Semicolon;
    } else if (code === 34 /* " */ || code === 39 /* ' */) {
      image = sticky(code === 34 ? DOUBLE_QUOTED : SINGLE_QUOTED, text, offset);
      type = code === 34 ? DoubleQuoted : SingleQuoted;
      if (image === null) {
        image = sticky(UNTERMINATED_QUOTED, text, offset)!;
        type = UnterminatedQuoted;
      }
    } else {
      const end = bareWordEnd(text, offset);
      if (end === offset) return lexedByLexer(text);
      image = text.slice(offset, end);
      type = BareWord;
    }
    const made = offsetToken(image, offset, type);
    if (payload !== undefined) made.payload = payload;
    tokens.push(made);
    offset += image.length;
  }
  return { tokens, groups: { comments }, errors: [] };
}

function sticky(pattern: RegExp, text: string, offset: number): string | null {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0] ?? null;
}
