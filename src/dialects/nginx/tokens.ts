// The nginx lexer: chevrotain tokens that split a config file the way ngx_conf_read_token does.
import { createToken, Lexer, tokenMatcher, type CustomPatternMatcherReturn, type ILexingResult, type IToken, type TokenType } from 'chevrotain';
import { lazyLexer, offsetToken } from '../parse-common.js';

/** Directives whose `{ ... }` body is Lua, not nginx syntax (lua-nginx-module, `*_by_lua_block`). */
export const RAW_BLOCK_SUFFIX = '_by_lua_block';

// nginx: src/core/ngx_conf_file.c ngx_conf_read_token: only space, tab, CR and LF separate tokens.
export const Whitespace = createToken({
  name: 'Whitespace',
  pattern: /[ \t\r\n]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

// nginx: a `#` where a token may start begins a comment up to LF (`sharp_comment` ends only at LF), so a
// lone CR is part of the comment and what follows it on the same LF-line is commented out too.
// The CR of a CRLF is left out of the comment's text (it is whitespace before the LF either way).
export const Comment = createToken({ name: 'Comment', pattern: /#(?:[^\r\n]|\r(?!\n))*/, group: 'comments' });

export const LBrace = createToken({ name: 'LBrace', pattern: '{' });
export const RBrace = createToken({ name: 'RBrace', pattern: '}' });
export const Semicolon = createToken({ name: 'Semicolon', pattern: ';' });

/** Abstract category of every token that can be a directive name or argument. */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });

// nginx: a quote at the start of a token opens a quoted word; a backslash skips the next character
// (`quoted`), so `\"` does not close it. Quoted words may span lines.
// The loops are unrolled (`a*(?:\\.a*)*`, not `(?:a|\\.)*`): V8's regexp engine keeps a backtrack entry per
// iteration of an alternation, and a 10 MB quoted string overflowed its stack.
export const DoubleQuoted = createToken({
  name: 'DoubleQuoted',
  pattern: /"[^"\\]*(?:\\[\s\S][^"\\]*)*"/,
  categories: [Word],
  line_breaks: true,
});
export const SingleQuoted = createToken({
  name: 'SingleQuoted',
  pattern: /'[^'\\]*(?:\\[\s\S][^'\\]*)*'/,
  categories: [Word],
  line_breaks: true,
});

// Deviation: nginx reads an unclosed quote to the end of the file and fails there; we end it at the
// end of its line so the rest of the file is still parsed. Only matches when no closing quote exists.
export const UnterminatedQuoted = createToken({
  name: 'UnterminatedQuoted',
  pattern: /["'][^\r\n\\]*(?:\\[^\r\n][^\r\n\\]*)*/,
  categories: [Word],
});

// nginx: a bare word runs until space, tab, CR, LF, `;` or `{`; `}`, `#` and quotes inside a word
// are ordinary characters; `\` protects the next character; `{` right after `$` is kept (`${var}`).
// A custom matcher because no regex both says this and lets chevrotain optimise by first character.
function matchBareWord(text: string, offset: number): CustomPatternMatcherReturn | null {
  const end = bareWordEnd(text, offset);
  if (end === offset) return null;
  bareWordMatch[0] = text.slice(offset, end);
  return bareWordMatch;
}

/** Where the bare word at `offset` ends; `offset` itself when no bare word starts there. */
function bareWordEnd(text: string, offset: number): number {
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

/**
 * The one result every bare word match returns: chevrotain reads its image at once and keeps nothing
 * (lexer_public.js), and a new array per word was 1.7 million allocations in a 10,000-server tree.
 */
const bareWordMatch: CustomPatternMatcherReturn = [''];

/** Space, tab, CR, LF, `;` and `{` end a bare word (ngx_conf_read_token). */
function isWordEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 59 || code === 123;
}

/** `}`, quotes and `#` mean something else where a token starts. */
function isNotWordStart(code: number): boolean {
  return code === 125 || code === 34 || code === 39 || code === 35;
}

/** One character per chevrotain first-char bucket (255 code units each above 255) a bare word can start with. */
function bareWordStartChars(): number[] {
  const chars: number[] = [];
  for (let code = 0; code < 256; code++) if (!isWordEnd(code) && !isNotWordStart(code)) chars.push(code);
  for (let code = 256; code < 0x10000; code += 255) chars.push(code);
  chars.push(0xffff);
  return chars;
}

export const BareWord = createToken({
  name: 'BareWord',
  pattern: { exec: matchBareWord },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: bareWordStartChars(),
});

/** The name token of the directive that a `{` after `tokens` would open, if any. */
function openingDirectiveName(tokens: IToken[]): IToken | undefined {
  let index = tokens.length - 1;
  while (index >= 0 && tokenMatcher(tokens[index], Word)) index--;
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
function matchLuaBlock(text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 123 /* { */) return null;
  const name = openingDirectiveName(tokens);
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

/** A `*_by_lua_block` body including its braces; unbalanced bodies run to the end of the file. */
export const LuaBlock = createToken({
  name: 'LuaBlock',
  pattern: { exec: matchLuaBlock },
  line_breaks: true,
  start_chars_hint: ['{'],
});

/** Every token type, in matching order. */
export const allTokens = [
  Whitespace,
  Comment,
  LuaBlock,
  LBrace,
  RBrace,
  Semicolon,
  DoubleQuoted,
  SingleQuoted,
  UnterminatedQuoted,
  BareWord,
  Word,
];

// Tokens carry offsets only: lines and columns come from SourceText (src/syntax/source.ts) when a range
// is shown, counting LF only as nginx does (ngx_conf_read_token: `if (ch == LF) cf->conf_file->line++`).
/** An nginx lexer; `validate` runs chevrotain's token checks and fails unless every token can be optimised. */
export function createNginxLexer({ validate = false } = {}): Lexer {
  return new Lexer(allTokens, { ensureOptimizations: validate, skipValidations: !validate, positionTracking: 'onlyOffset' });
}

/**
 * The shared nginx lexer, built without checks (the tests run them: test/dialects/nginx/grammar.test.ts) on
 * first use: tokenizeNginx needs it only for text none of its matchers takes.
 */
export const nginxLexer = lazyLexer(createNginxLexer);

// The patterns of the tokens above, sticky, for tokenizeNginx.
const DOUBLE_QUOTED = stickyCopy(DoubleQuoted);
const SINGLE_QUOTED = stickyCopy(SingleQuoted);
const UNTERMINATED_QUOTED = stickyCopy(UnterminatedQuoted);
const COMMENT = stickyCopy(Comment);

function stickyCopy(token: TokenType): RegExp {
  return new RegExp((token.PATTERN as RegExp).source, 'y');
}

/**
 * The tokens nginxLexer makes of `text`, made without chevrotain's machinery (a third of reading a large
 * tree): the same patterns in the same order for each first character (first match wins), the same token
 * objects (chevrotain's offset-only shape), comments in their group. Every character starts some token, so
 * the lexer has no error to report; should a text reach a character none matches, chevrotain lexes it
 * instead, errors included. test/dialects/nginx/read-cst.test.ts compares both on the fixtures and random text.
 */
export function tokenizeNginx(text: string): ILexingResult {
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
      const lua = matchLuaBlock(text, offset, tokens);
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
      if (end === offset) return nginxLexer.tokenize(text);
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
