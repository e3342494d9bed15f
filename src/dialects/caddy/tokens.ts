// The Caddyfile lexer: chevrotain tokens that split a Caddyfile the way caddyconfig/caddyfile/lexer.go does.
import { createToken, Lexer, type CustomPatternMatcherReturn } from 'chevrotain';
import { lazyLexer } from '../parse-common.js';

// caddy: lexer.go next(): any unicode.IsSpace rune ends a token; CR is ignored; LF ends the line.
export const Whitespace = createToken({
  name: 'Whitespace',
  pattern: /[ \t\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/,
  group: Lexer.SKIPPED,
});

// caddy: a `\` before the line break escapes it ("newlines can be escaped to chain arguments onto
// multiple lines"), so the next line's tokens continue the same directive. CRs in between are ignored.
export const LineContinuation = createToken({
  name: 'LineContinuation',
  pattern: /\\\r*\n/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** An unescaped LF: Caddy's directives end at the end of their line (parse.go `isNewLine`). */
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });

// caddy: "comments must be at the start of a token, in other words, preceded by space or newline";
// a `#` inside a word is an ordinary character (the bare-word matcher below keeps it).
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: 'comments' });

/** Abstract category of every token that can be a directive name, an address or an argument. */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });

/** True for the code units Go's unicode.IsSpace accepts (the White_Space property), as Caddy's lexer uses it. */
function isSpace(code: number): boolean {
  if (code <= 0xff) return code === 32 || (code >= 9 && code <= 13) || code === 0x85 || code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** True when `offset` is the end of the text or a space: where a one-character word ends. */
function endsWord(text: string, offset: number): boolean {
  return offset >= text.length || isSpace(text.charCodeAt(offset));
}

// caddy: braces are not special to the lexer; parse.go compares whole token texts with "{" and "}".
// So `{` opens a block only as a word of its own; `{host}` and `example.com{` are plain words.
function matchBrace(brace: string): (text: string, offset: number) => CustomPatternMatcherReturn | null {
  return (text, offset) => (text[offset] === brace && endsWord(text, offset + 1) ? [brace] : null);
}

export const LBrace = createToken({ name: 'LBrace', pattern: { exec: matchBrace('{') }, start_chars_hint: ['{'] });
export const RBrace = createToken({ name: 'RBrace', pattern: { exec: matchBrace('}') }, start_chars_hint: ['}'] });

// caddy: a `"` at the start of a token opens a quoted word; `\"` inside it is a quote and any other
// backslash is kept. Quoted words may span lines and end at the closing quote, even inside a word.
export const DoubleQuoted = createToken({
  name: 'DoubleQuoted',
  pattern: /"(?:[^"\\]|\\[\s\S])*"/,
  categories: [Word],
  line_breaks: true,
});

// caddy: a backtick at the start of a token opens a raw string: no escapes until the next backtick.
export const Backticked = createToken({ name: 'Backticked', pattern: /`[^`]*`/, categories: [Word], line_breaks: true });

// caddy: an unclosed quote reads to the end of the input and still makes a token.
// Deviation: it also gets a parse-error (to-ast.ts): Caddy takes the rest of the file as one argument.
export const UnterminatedQuoted = createToken({
  name: 'UnterminatedQuoted',
  // Tried after DoubleQuoted and Backticked, so no closing quote follows: both alternatives run to the end.
  pattern: /"(?:[^"\\]|\\[\s\S])*|`[^`]*/,
  categories: [Word],
  line_breaks: true,
});

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
function matchHeredoc(text: string, offset: number): CustomPatternMatcherReturn | null {
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

export const Heredoc = createToken({
  name: 'Heredoc',
  pattern: { exec: matchHeredoc },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: ['<'],
});

// caddy: a bare word runs until a space; quotes, `#`, braces inside it are ordinary characters; a
// backslash is kept except before a line break, which it escapes (see LineContinuation).
function matchBareWord(text: string, offset: number): CustomPatternMatcherReturn | null {
  const length = text.length;
  let index = offset;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) break;
    if (code === 92 /* \\ */ && continuationAt(text, index)) break;
    index++;
  }
  if (index === offset) return null;
  bareWordMatch[0] = text.slice(offset, index);
  return bareWordMatch;
}

/** True when a `\` at `offset` escapes a line break (CRs may stand between them). */
function continuationAt(text: string, offset: number): boolean {
  let index = offset + 1;
  while (text.charCodeAt(index) === 13) index++;
  return text.charCodeAt(index) === 10;
}

/** The one result every bare word match returns: chevrotain reads its image at once and keeps nothing. */
const bareWordMatch: CustomPatternMatcherReturn = [''];

/** One character per chevrotain first-char bucket a bare word can start with (quotes and `#` cannot). */
function bareWordStartChars(): number[] {
  const chars: number[] = [];
  for (let code = 0; code < 256; code++) if (!isSpace(code) && code !== 34 && code !== 96 && code !== 35) chars.push(code);
  for (let code = 256; code < 0x10000; code += 255) chars.push(code);
  chars.push(0xffff);
  return chars;
}

export const BareWord = createToken({
  name: 'BareWord',
  pattern: { exec: matchBareWord },
  categories: [Word],
  start_chars_hint: bareWordStartChars(),
});

/** Every token type, in matching order. */
export const allTokens = [
  LineContinuation,
  Whitespace,
  Newline,
  Comment,
  LBrace,
  RBrace,
  DoubleQuoted,
  Backticked,
  UnterminatedQuoted,
  Heredoc,
  BareWord,
  Word,
];

/** A Caddyfile lexer; `validate` runs chevrotain's token checks and fails unless every token can be optimised. */
export function createCaddyLexer({ validate = false } = {}): Lexer {
  return new Lexer(allTokens, { ensureOptimizations: validate, skipValidations: !validate, positionTracking: 'onlyOffset' });
}

/** The shared Caddyfile lexer, built without checks (the tests run them) on first use. */
export const caddyLexer = lazyLexer(createCaddyLexer);
