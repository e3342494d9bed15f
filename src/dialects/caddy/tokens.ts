// The Caddyfile tokens: their types, and tokenizeCaddy, which splits a Caddyfile the way caddyconfig/caddyfile/lexer.go
// does. No chevrotain here: lexer.ts builds chevrotain's lexer over the same patterns, imported on demand for a text
// tokenizeCaddy gives up on (none is known), and for parser.ts, the grammar parse.ts readCst follows.
// Deviation from STYLE.md, whose tokens.ts holds the chevrotain tokens: they are in lexer.ts, so that a run need not
// load chevrotain.
import type { CustomPatternMatcherReturn, ILexingResult, IToken, TokenType } from 'chevrotain';
import { OnDemand } from '../on-demand.js';
import { offsetToken, tokenType } from '../parse-common.js';

/** chevrotain's lexer, for a text tokenizeCaddy gives up on. */
const lexer = new OnDemand(() => import('./lexer.js'));

/** Loads what tokenizeCaddy needs for a text it gives up on (a run does it when a file needs it). */
export function loadCaddyLexer(): Promise<void> {
  return lexer.load();
}

/** What chevrotain's lexer makes of `text`, for a text tokenizeCaddy gives up on; undefined (the miss counted) until it is loaded. */
export function lexedByLexer(text: string): ILexingResult | undefined {
  return lexer.get()?.lexCaddy(text);
}

// caddy: lexer.go next(): any unicode.IsSpace rune ends a token; CR is ignored; LF ends the line.
export const WHITESPACE_PATTERN = /[ \t\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

// caddy: a `\` before the line break escapes it ("newlines can be escaped to chain arguments onto
// multiple lines"), so the next line's tokens continue the same directive. CRs in between are ignored.
export const LINE_CONTINUATION_PATTERN = /\\\r*\n/;

/** An unescaped LF: Caddy's directives end at the end of their line (parse.go `isNewLine`). */
export const Newline = tokenType('Newline');

// caddy: "comments must be at the start of a token, in other words, preceded by space or newline";
// a `#` inside a word is an ordinary character (the bare word keeps it).
export const COMMENT_PATTERN = /#[^\n]*/;
export const Comment = tokenType('Comment');

/** Abstract category of every token that can be a directive name, an address or an argument. */
export const Word = tokenType('Word');

// caddy: braces are not special to the lexer; parse.go compares whole token texts with "{" and "}".
// So `{` opens a block only as a word of its own; `{host}` and `example.com{` are plain words.
export const LBrace = tokenType('LBrace');
export const RBrace = tokenType('RBrace');

// caddy: a `"` at the start of a token opens a quoted word; `\"` inside it is a quote and any other
// backslash is kept. Quoted words may span lines and end at the closing quote, even inside a word.
export const DOUBLE_QUOTED_PATTERN = /"(?:[^"\\]|\\[\s\S])*"/;
export const DoubleQuoted = tokenType('DoubleQuoted', [Word]);

// caddy: a backtick at the start of a token opens a raw string: no escapes until the next backtick.
export const BACKTICKED_PATTERN = /`[^`]*`/;
export const Backticked = tokenType('Backticked', [Word]);

// caddy: an unclosed quote reads to the end of the input and still makes a token.
// Deviation: it also gets a parse-error (to-ast.ts): Caddy takes the rest of the file as one argument.
// Tried after DoubleQuoted and Backticked, so no closing quote follows: both alternatives run to the end.
export const UNTERMINATED_QUOTED_PATTERN = /"(?:[^"\\]|\\[\s\S])*|`[^`]*/;
export const UnterminatedQuoted = tokenType('UnterminatedQuoted', [Word]);

export const Heredoc = tokenType('Heredoc', [Word]);
export const BareWord = tokenType('BareWord', [Word]);

/** Every token type but Word (a category), by name: lexer.ts gives its tokens these. */
export const TOKEN_TYPES: ReadonlyMap<string, TokenType> = new Map(
  [Newline, Comment, LBrace, RBrace, DoubleQuoted, Backticked, UnterminatedQuoted, Heredoc, BareWord].map((type) => [type.name, type]),
);

/** True for the code units Go's unicode.IsSpace accepts (the White_Space property), as Caddy's lexer uses it. */
export function isSpace(code: number): boolean {
  if (code <= 0xff) return code === 32 || (code >= 9 && code <= 13) || code === 0x85 || code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** True when `offset` is the end of the text or a space: where a one-character word ends. */
export function endsWord(text: string, offset: number): boolean {
  return offset >= text.length || isSpace(text.charCodeAt(offset));
}

/** What the heredoc matcher learnt (`token.payload`). */
export interface HeredocPayload {
  /** The marker after `<<`. */
  marker: string;
  /** False when the closing marker never comes: the token runs to the end of the file. */
  closed: boolean;
}

// caddy: lexer.go (2.7+) reads `<<MARKER` then a line break as a heredoc: every character up to the
// next occurrence of MARKER, whose leading whitespace is stripped from each line of the body.
// Deviation: Caddy 2.6 has no heredocs (it reads `<<EOF` as a word); markers other than letters,
// digits, `_` and `-` are read as words too, as Caddy 2.8 refuses them.
/** The heredoc at `offset`, or null. */
export function matchHeredoc(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text[offset] !== '<' || text[offset + 1] !== '<') return null;
  const opener = /<<([A-Za-z0-9_-]+)\r*\n/y;
  opener.lastIndex = offset;
  const match = opener.exec(text);
  if (!match) return null;
  const marker = match[1];
  const bodyStart = offset + match[0].length;
  // The body ends at the first occurrence of the marker after the opening line break.
  const close = text.indexOf(marker, bodyStart);
  const end = close === -1 ? text.length : close + marker.length;
  const result: CustomPatternMatcherReturn = [text.slice(offset, end)];
  result.payload = { marker, closed: close !== -1 } satisfies HeredocPayload;
  return result;
}

// caddy: a bare word runs until a space; quotes, `#`, braces inside it are ordinary characters; a
// backslash is kept except before a line break, which it escapes (see LINE_CONTINUATION_PATTERN).
/** Where the bare word at `offset` ends; `offset` itself when none starts there. */
export function bareWordEnd(text: string, offset: number): number {
  const length = text.length;
  let index = offset;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) break;
    if (code === 92 /* \\ */ && continuationAt(text, index)) break;
    index++;
  }
  return index;
}

/** True when a `\` at `offset` escapes a line break (CRs may stand between them). */
function continuationAt(text: string, offset: number): boolean {
  let index = offset + 1;
  while (text.charCodeAt(index) === 13) index++;
  return text.charCodeAt(index) === 10;
}

// The patterns of the tokens above, sticky, for tokenizeCaddy.
const DOUBLE_QUOTED = new RegExp(DOUBLE_QUOTED_PATTERN.source, 'y');
const BACKTICKED = new RegExp(BACKTICKED_PATTERN.source, 'y');
const UNTERMINATED_QUOTED = new RegExp(UNTERMINATED_QUOTED_PATTERN.source, 'y');
const COMMENT = new RegExp(COMMENT_PATTERN.source, 'y');
const LINE_CONTINUATION = new RegExp(LINE_CONTINUATION_PATTERN.source, 'y');

/**
 * The tokens chevrotain's lexer (lexer.ts) makes of `text`, made without chevrotain: for each first character the
 * patterns that can start with it, in the lexer's order (first match wins), the same token objects (chevrotain's
 * offset-only shape), comments in their group. Every character starts some token, so the lexer has no error to
 * report; should a text reach a character none matches, the lexer lexes it instead, errors included, or (not loaded
 * yet: see on-demand.ts) the result is undefined and the run reads the file again once it is loaded.
 * test/dialects/caddy/read-cst.test.ts compares both on the fixtures and random text.
 */
export function tokenizeCaddy(text: string): ILexingResult | undefined {
  const tokens: IToken[] = [];
  const comments: IToken[] = [];
  const length = text.length;
  let offset = 0;
  while (offset < length) {
    const code = text.charCodeAt(offset);
    // The lexer's order: LineContinuation, Whitespace, Newline, Comment, LBrace, RBrace, DoubleQuoted, Backticked,
    // UnterminatedQuoted, Heredoc, BareWord.
    if (code === 92 /* \\ */) {
      const continuation = sticky(LINE_CONTINUATION, text, offset);
      if (continuation !== null) {
        offset += continuation.length;
        continue;
      }
    } else if (code !== 10 && isSpace(code)) {
      // Whitespace's characters are isSpace's but LF.
      offset++;
      continue;
    } else if (code === 10) {
      tokens.push(offsetToken('\n', offset, Newline));
      offset++;
      continue;
    } else if (code === 35 /* # */) {
      const image = sticky(COMMENT, text, offset)!;
      comments.push(offsetToken(image, offset, Comment));
      offset += image.length;
      continue;
    } else if ((code === 123 /* { */ || code === 125) /* } */ && endsWord(text, offset + 1)) {
      tokens.push(offsetToken(code === 123 ? '{' : '}', offset, code === 123 ? LBrace : RBrace));
      offset++;
      continue;
    } else if (code === 34 /* " */ || code === 96 /* ` */) {
      let image = sticky(code === 34 ? DOUBLE_QUOTED : BACKTICKED, text, offset);
      let type = code === 34 ? DoubleQuoted : Backticked;
      if (image === null) {
        image = sticky(UNTERMINATED_QUOTED, text, offset)!;
        type = UnterminatedQuoted;
      }
      tokens.push(offsetToken(image, offset, type));
      offset += image.length;
      continue;
    } else if (code === 60 /* < */) {
      const heredoc = matchHeredoc(text, offset);
      if (heredoc) {
        const made = offsetToken(heredoc[0], offset, Heredoc);
        made.payload = heredoc.payload;
        tokens.push(made);
        offset += heredoc[0].length;
        continue;
      }
    }
    const end = bareWordEnd(text, offset);
    if (end === offset) return lexedByLexer(text);
    tokens.push(offsetToken(text.slice(offset, end), offset, BareWord));
    offset = end;
  }
  return { tokens, groups: { comments }, errors: [] };
}

function sticky(pattern: RegExp, text: string, offset: number): string | null {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0] ?? null;
}
