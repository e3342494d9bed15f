// The Apache httpd lexer: chevrotain tokens that split a config file the way ap_cfg_getline and ap_getword_conf do.
import { createToken, Lexer, tokenMatcher, type CustomPatternMatcherReturn, type IToken } from 'chevrotain';
import { lazyLexer, wordStartChars } from '../parse-common.js';
import { bareWordEnd, isBlank, lastGreaterThan, logicalLineEnd, quotedWordEnd, tagLength } from './scan.js';

// Apache reads a file one logical line at a time (server/util.c ap_cfg_getline): LF ends a line, a
// backslash just before it joins the next line, leading and trailing white space is dropped. Every
// token below is therefore line-aware: `#` and `<` mean something only as a logical line's first word,
// and a section line's words end at its last `>`. The scanners themselves are in scan.ts.

const LF = 10;
const CR = 13;

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

const bareWordMatch: CustomPatternMatcherReturn = [''];

export const BareWord = createToken({
  name: 'BareWord',
  pattern: { exec: matchBareWord },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: wordStartChars((code) => code !== LF && !isBlank(code)),
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
