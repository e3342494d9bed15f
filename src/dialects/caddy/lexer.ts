// chevrotain's Caddyfile lexer: the token types of tokens.ts as chevrotain tokens, with the same patterns. tokens.ts
// imports it on demand for a text tokenizeCaddy gives up on (none is known); parser.ts, the grammar, is built on its
// types. A run whose Caddyfiles tokenizeCaddy all reads never loads chevrotain (see on-demand.ts). Deviation from
// STYLE.md: these are the tokens it puts in tokens.ts.
import { createToken, Lexer, type CustomPatternMatcherReturn, type ILexingResult } from 'chevrotain';
import { lazyLexer, retyped, wordStartChars } from '../parse-common.js';
import {
  BACKTICKED_PATTERN, bareWordEnd, COMMENT_PATTERN, DOUBLE_QUOTED_PATTERN, endsWord, isSpace, LINE_CONTINUATION_PATTERN, matchHeredoc,
  TOKEN_TYPES, UNTERMINATED_QUOTED_PATTERN, WHITESPACE_PATTERN,
} from './tokens.js';

export const Whitespace = createToken({ name: 'Whitespace', pattern: WHITESPACE_PATTERN, group: Lexer.SKIPPED });
export const LineContinuation = createToken({ name: 'LineContinuation', pattern: LINE_CONTINUATION_PATTERN, group: Lexer.SKIPPED, line_breaks: true });
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });
export const Comment = createToken({ name: 'Comment', pattern: COMMENT_PATTERN, group: 'comments' });
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });

function matchBrace(brace: string): (text: string, offset: number) => CustomPatternMatcherReturn | null {
  return (text, offset) => (text[offset] === brace && endsWord(text, offset + 1) ? [brace] : null);
}

export const LBrace = createToken({ name: 'LBrace', pattern: { exec: matchBrace('{') }, start_chars_hint: ['{'] });
export const RBrace = createToken({ name: 'RBrace', pattern: { exec: matchBrace('}') }, start_chars_hint: ['}'] });
export const DoubleQuoted = createToken({ name: 'DoubleQuoted', pattern: DOUBLE_QUOTED_PATTERN, categories: [Word], line_breaks: true });
export const Backticked = createToken({ name: 'Backticked', pattern: BACKTICKED_PATTERN, categories: [Word], line_breaks: true });
export const UnterminatedQuoted = createToken({ name: 'UnterminatedQuoted', pattern: UNTERMINATED_QUOTED_PATTERN, categories: [Word], line_breaks: true });

export const Heredoc = createToken({
  name: 'Heredoc',
  pattern: { exec: matchHeredoc },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: ['<'],
});

function matchBareWord(text: string, offset: number): CustomPatternMatcherReturn | null {
  const end = bareWordEnd(text, offset);
  if (end === offset) return null;
  bareWordMatch[0] = text.slice(offset, end);
  return bareWordMatch;
}

/** The one result every bare word match returns: chevrotain reads its image at once and keeps nothing. */
const bareWordMatch: CustomPatternMatcherReturn = [''];

export const BareWord = createToken({
  name: 'BareWord',
  pattern: { exec: matchBareWord },
  categories: [Word],
  // Quotes, backticks and `#` start other tokens, never a bare word.
  start_chars_hint: wordStartChars((code) => !isSpace(code) && code !== 34 && code !== 96 && code !== 35),
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

/** What caddyLexer makes of `text`, its tokens of tokens.ts's types: what tokenizeCaddy returns for a text it gives up on. */
export function lexCaddy(text: string): ILexingResult {
  return retyped(caddyLexer.tokenize(text), TOKEN_TYPES);
}
