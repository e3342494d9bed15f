// The Apache httpd lexer: chevrotain tokens that split a config file the way ap_cfg_getline and ap_getword_conf do.
import { createToken, Lexer, tokenMatcher, type CustomPatternMatcherReturn, type IToken } from 'chevrotain';
import { lazyLexer } from '../parse-common.js';

// Apache reads a file one logical line at a time (server/util.c ap_cfg_getline): LF ends a line, a
// backslash just before it joins the next line, leading and trailing white space is dropped. Every
// token below is therefore line-aware: `#` and `<` mean something only as a logical line's first word,
// and a section line's words end at its last `>`.

const LF = 10;
const CR = 13;
const BACKSLASH = 92;

/** apr_isspace minus LF: what separates words inside a line. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === CR || code === 11 || code === 12;
}

/** Length of a line continuation (`\` LF or `\` CR LF) at `offset`, else 0. */
function continuationAt(text: string, offset: number): number {
  if (text.charCodeAt(offset) !== BACKSLASH) return 0;
  const next = text.charCodeAt(offset + 1);
  if (next === LF) return 2;
  return next === CR && text.charCodeAt(offset + 2) === LF ? 3 : 0;
}

/** Offset of the LF (or the end of the text) that ends the logical line holding `offset`. */
export function logicalLineEnd(text: string, offset: number): number {
  let index = offset;
  for (;;) {
    const newline = text.indexOf('\n', index);
    if (newline === -1) return text.length;
    const before = text.charCodeAt(newline - 1) === CR ? newline - 2 : newline - 1;
    if (before < index || text.charCodeAt(before) !== BACKSLASH) return newline;
    index = newline + 1;
  }
}

/** True when nothing but blanks and continuations precede the token about to be matched on its logical line. */
function atLineStart(tokens: IToken[]): boolean {
  return tokens.length === 0 || tokenMatcher(tokens[tokens.length - 1], LineBreak);
}

/**
 * The section line being lexed: where its logical line ends and where its last `>` is (-1 when none).
 * core.c finds a section's closing `>` with ap_strrchr_c, so only the line's last `>` closes the tag.
 * Kept between matcher calls because a section line's words all need it and scanning the line for each
 * word would be quadratic; a tokenize call is synchronous, so one slot serves every lexer.
 */
const sectionLine = { text: '', start: -1, end: -1, lastGt: -1 };

function enterSectionLine(text: string, start: number): void {
  const end = logicalLineEnd(text, start);
  sectionLine.text = text;
  sectionLine.start = start;
  sectionLine.end = end;
  sectionLine.lastGt = lastGreaterThan(text, start, end);
}

/** Offset of the last `>` in `text` from `start` to `end` (exclusive), or -1. */
export function lastGreaterThan(text: string, start: number, end: number): number {
  // Searched within the line only: lastIndexOf would scan back to the start of the file on every
  // section line without a `>`, which made a file of such lines quadratic.
  let lastGt = end - 1;
  while (lastGt >= start && text.charCodeAt(lastGt) !== 62 /* > */) lastGt--;
  return lastGt >= start ? lastGt : -1;
}

/** Where words must stop at `offset`: the section line's closing `>`, or no limit. */
function wordLimit(text: string, offset: number): number {
  if (sectionLine.text === text && offset > sectionLine.start && offset <= sectionLine.end && sectionLine.lastGt >= offset) {
    return sectionLine.lastGt;
  }
  return text.length;
}

// A one-character string, not /\n/: chevrotain compares it as a character code instead of running a
// regular expression, once per line of every file.
export const LineBreak = createToken({ name: 'LineBreak', pattern: '\n', line_breaks: true });

// apr_isspace separates words; a continuation is removed before words are split, so it separates too
// when blanks surround it (a continuation inside a word is part of the word, see matchBareWord).
export const Whitespace = createToken({
  name: 'Whitespace',
  pattern: /(?:[ \t\r\v\f]|\\\r?\n)+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

// server/config.c ap_build_config_sub: a logical line whose first character is `#` is a comment, and
// a continuation carries the comment on to the next line. Deviation: none; a `#` after a word is an
// ordinary character (Apache has no trailing comments).
function matchComment(text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 35 /* # */ || !atLineStart(tokens)) return null;
  let end = logicalLineEnd(text, offset);
  if (text.charCodeAt(end - 1) === CR) end--;
  return [text.slice(offset, end)];
}

export const Comment = createToken({
  name: 'Comment',
  pattern: { exec: matchComment },
  group: 'comments',
  line_breaks: true,
  start_chars_hint: ['#'],
});

/** Length of a section tag name (`<VirtualHost`, `</VirtualHost`) at a line start, or 0. */
export function tagLength(text: string, offset: number, closing: boolean): number {
  if (text.charCodeAt(offset) !== 60 /* < */) return 0;
  const slash = text.charCodeAt(offset + 1) === 47; /* / */
  if (slash !== closing) return 0;
  let index = offset + (closing ? 2 : 1);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // As in bareWordEnd: most characters are above the blanks and neither `>` nor a backslash.
    if (code > 32 && code !== 62 /* > */ && code !== BACKSLASH) {
      index++;
      continue;
    }
    if (code === LF || isBlank(code) || code === 62 || continuationAt(text, index)) break;
    index++;
  }
  return !closing && index === offset + 1 ? 0 : index - offset;
}

// server/config.c ap_build_config_sub: a line starting with `<` opens a section (a container
// directive), with `</` it closes one; the tag name runs to white space or `>`.
function matchSectionOpen(text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null {
  if (!atLineStart(tokens)) return null;
  const length = tagLength(text, offset, false);
  if (length === 0) return null;
  enterSectionLine(text, offset);
  return [text.slice(offset, offset + length)];
}

function matchSectionClose(text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null {
  if (!atLineStart(tokens)) return null;
  const length = tagLength(text, offset, true);
  if (length === 0) return null;
  enterSectionLine(text, offset);
  return [text.slice(offset, offset + length)];
}

export const SectionOpen = createToken({
  name: 'SectionOpen',
  pattern: { exec: matchSectionOpen },
  line_breaks: false,
  start_chars_hint: ['<'],
});

export const SectionClose = createToken({
  name: 'SectionClose',
  pattern: { exec: matchSectionClose },
  line_breaks: false,
  start_chars_hint: ['<'],
});

/** The last `>` of a section line: the end of its tag. Any other `>` is part of a word. */
function matchGreaterThan(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 62 || sectionLine.text !== text || sectionLine.lastGt !== offset) return null;
  return ['>'];
}

export const GreaterThan = createToken({
  name: 'GreaterThan',
  pattern: { exec: matchGreaterThan },
  line_breaks: false,
  start_chars_hint: ['>'],
});

/** Abstract category of every token that can be a directive name or argument. */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });

// server/util.c ap_getword_conf: a word starting with a quote runs to the same quote; a backslash
// escapes only that quote (so `\\"` still ends... nothing: `\"` is skipped as a pair). A word with no
// closing quote runs to the end of the line, which Apache accepts. The closing quote ends the word.
function matchQuoted(text: string, offset: number): CustomPatternMatcherReturn | null {
  const quote = text.charCodeAt(offset);
  if (quote !== 34 && quote !== 39) return null;
  const scanned = quotedWordEnd(text, offset, wordLimit(text, offset));
  quotedMatch[0] = text.slice(offset, scanned >>> 1);
  quotedMatch.payload = (scanned & 1) === 1;
  return quotedMatch;
}

/**
 * Where the quoted word at `offset` ends when words must stop at `limit`, as `end * 2 + closed`: the
 * offset just after its closing quote with 1 added, or (unterminated) just after its last non-blank character.
 */
export function quotedWordEnd(text: string, offset: number, limit: number): number {
  const quote = text.charCodeAt(offset);
  let index = offset + 1;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code === quote) return (index + 1) * 2 + 1;
    if (code === LF) break;
    if (code === BACKSLASH) {
      const continuation = continuationAt(text, index);
      if (continuation) index += continuation;
      else index += text.charCodeAt(index + 1) === quote && index + 1 < limit ? 2 : 1;
    } else index++;
  }
  const end = Math.min(index, limit);
  let trimmed = end;
  while (trimmed > offset + 1 && isBlank(text.charCodeAt(trimmed - 1))) trimmed--;
  return trimmed * 2;
}

/** One reused match result (chevrotain copies the image at once; see the nginx lexer). `payload` is true when closed. */
const quotedMatch: CustomPatternMatcherReturn = [''];

export const Quoted = createToken({
  name: 'Quoted',
  pattern: { exec: matchQuoted },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: ['"', "'"],
});

// ap_getword_conf: a bare word runs to white space; quotes, `#`, `<` and `>` inside it are ordinary.
// A continuation inside a word joins the next line's text to it (the line is joined before splitting).
function matchBareWord(text: string, offset: number): CustomPatternMatcherReturn | null {
  const end = bareWordEnd(text, offset, wordLimit(text, offset));
  if (end === offset) return null;
  bareWordMatch[0] = text.slice(offset, end);
  return bareWordMatch;
}

/** Where the bare word at `offset` ends when words must stop at `limit`; `offset` when no word starts there. */
export function bareWordEnd(text: string, offset: number, limit: number): number {
  let index = offset;
  while (index < limit) {
    const code = text.charCodeAt(index);
    // Blanks, LF and the other control characters are all below 33: most characters are decided here.
    if (code > 32 && code !== BACKSLASH) {
      index++;
      continue;
    }
    if (code === LF || isBlank(code)) break;
    if (code === BACKSLASH) {
      const continuation = continuationAt(text, index);
      if (continuation) {
        // A continuation followed by a blank ends the word: the blank separates.
        index += continuation;
        continue;
      }
    }
    index++;
  }
  // Trailing continuations belong to the white space after the word, not to the word.
  let end = Math.min(index, limit);
  while (end > offset) {
    if (text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === BACKSLASH) end -= 2;
    else if (text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === CR && text.charCodeAt(end - 3) === BACKSLASH) end -= 3;
    else break;
  }
  return end;
}

const bareWordMatch: CustomPatternMatcherReturn = [''];

/** One character per chevrotain first-char bucket a bare word can start with. */
function bareWordStartChars(): number[] {
  const chars: number[] = [];
  for (let code = 0; code < 256; code++) if (code !== LF && !isBlank(code)) chars.push(code);
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

/** Every token type, in matching order. */
export const allTokens = [LineBreak, Whitespace, Comment, SectionClose, SectionOpen, GreaterThan, Quoted, BareWord, Word];

/** An Apache lexer; `validate` runs chevrotain's token checks and fails unless every token can be optimised. */
export function createApacheLexer({ validate = false } = {}): Lexer {
  return new Lexer(allTokens, { ensureOptimizations: validate, skipValidations: !validate, positionTracking: 'onlyOffset' });
}

/**
 * The shared Apache lexer, built without checks (test/dialects/apache/grammar.test.ts runs them) on first
 * use: only a file the text reader (to-ast.ts readApacheText) gives up on is lexed, and building it at
 * import cost every run a few milliseconds.
 */
export const apacheLexer = lazyLexer(createApacheLexer);

/** Length of the white space at `offset` (the Whitespace token's pattern), 0 when none. */
export function whitespaceLength(text: string, offset: number): number {
  let index = offset;
  for (;;) {
    const code = text.charCodeAt(index);
    if (isBlank(code)) index++;
    else if (code === BACKSLASH && text.charCodeAt(index + 1) === LF) index += 2;
    else if (code === BACKSLASH && text.charCodeAt(index + 1) === CR && text.charCodeAt(index + 2) === LF) index += 3;
    else return index - offset;
  }
}
