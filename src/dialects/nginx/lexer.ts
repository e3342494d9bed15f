// chevrotain's nginx lexer: the token types of tokens.ts as chevrotain tokens, with the same patterns. tokens.ts
// imports it on demand for a text tokenizeNginx gives up on (none is known); parser.ts, the grammar, is built on
// its types. A run whose files tokenizeNginx all reads never loads chevrotain (see on-demand.ts). Deviation from
// STYLE.md: these are the tokens it puts in tokens.ts.
import { createToken, Lexer, type CustomPatternMatcherReturn, type ILexingResult, type IToken } from 'chevrotain';
import { lazyLexer, retyped, wordStartChars } from '../parse-common.js';
import {
  bareWordEnd, COMMENT_PATTERN, DOUBLE_QUOTED_PATTERN, isNotWordStart, isWordEnd, matchLuaBlock, SINGLE_QUOTED_PATTERN, TOKEN_TYPES,
  UNTERMINATED_QUOTED_PATTERN, WHITESPACE_PATTERN,
} from './tokens.js';

export const Whitespace = createToken({ name: 'Whitespace', pattern: WHITESPACE_PATTERN, group: Lexer.SKIPPED, line_breaks: true });
export const Comment = createToken({ name: 'Comment', pattern: COMMENT_PATTERN, group: 'comments' });
export const LBrace = createToken({ name: 'LBrace', pattern: '{' });
export const RBrace = createToken({ name: 'RBrace', pattern: '}' });
export const Semicolon = createToken({ name: 'Semicolon', pattern: ';' });
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });
export const DoubleQuoted = createToken({ name: 'DoubleQuoted', pattern: DOUBLE_QUOTED_PATTERN, categories: [Word], line_breaks: true });
export const SingleQuoted = createToken({ name: 'SingleQuoted', pattern: SINGLE_QUOTED_PATTERN, categories: [Word], line_breaks: true });
export const UnterminatedQuoted = createToken({ name: 'UnterminatedQuoted', pattern: UNTERMINATED_QUOTED_PATTERN, categories: [Word] });

// A custom matcher because no regex both says what a bare word is (tokens.ts bareWordEnd) and lets chevrotain
// optimise by first character.
function matchBareWord(text: string, offset: number): CustomPatternMatcherReturn | null {
  const end = bareWordEnd(text, offset);
  if (end === offset) return null;
  bareWordMatch[0] = text.slice(offset, end);
  return bareWordMatch;
}

/**
 * The one result every bare word match returns: chevrotain reads its image at once and keeps nothing
 * (lexer_public.js), and a new array per word was 1.7 million allocations in a 10,000-server tree.
 */
const bareWordMatch: CustomPatternMatcherReturn = [''];

export const BareWord = createToken({
  name: 'BareWord',
  pattern: { exec: matchBareWord },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: wordStartChars((code) => !isWordEnd(code) && !isNotWordStart(code)),
});

export const LuaBlock = createToken({
  name: 'LuaBlock',
  pattern: { exec: (text: string, offset: number, tokens: IToken[]) => matchLuaBlock(text, offset, tokens, Word) },
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

/** The shared nginx lexer, built without checks (the tests run them: test/dialects/nginx/grammar.test.ts) on first use. */
export const nginxLexer = lazyLexer(createNginxLexer);

/** What nginxLexer makes of `text`, its tokens of tokens.ts's types: what tokenizeNginx returns for a text it gives up on. */
export function lexNginx(text: string): ILexingResult {
  return retyped(nginxLexer.tokenize(text), TOKEN_TYPES);
}
