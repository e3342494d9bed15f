import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  Lexer,
  createToken
} from "./chunk-SIFQF2WQ.js";
import {
  BACKTICKED_PATTERN,
  COMMENT_PATTERN,
  DOUBLE_QUOTED_PATTERN,
  LINE_CONTINUATION_PATTERN,
  TOKEN_TYPES,
  UNTERMINATED_QUOTED_PATTERN,
  WHITESPACE_PATTERN,
  bareWordEnd,
  endsWord,
  isSpace,
  matchHeredoc
} from "./chunk-NFGMUWXE.js";
import "./chunk-6KK6BM5G.js";
import {
  lazyLexer,
  retyped,
  wordStartChars
} from "./chunk-KMDNR4W6.js";
import "./chunk-3PFUZ4WF.js";

// src/dialects/caddy/lexer.ts
var Whitespace = createToken({ name: "Whitespace", pattern: WHITESPACE_PATTERN, group: Lexer.SKIPPED });
var LineContinuation = createToken({ name: "LineContinuation", pattern: LINE_CONTINUATION_PATTERN, group: Lexer.SKIPPED, line_breaks: true });
var Newline = createToken({ name: "Newline", pattern: /\n/, line_breaks: true });
var Comment = createToken({ name: "Comment", pattern: COMMENT_PATTERN, group: "comments" });
var Word = createToken({ name: "Word", pattern: Lexer.NA });
function matchBrace(brace) {
  return (text, offset) => text[offset] === brace && endsWord(text, offset + 1) ? [brace] : null;
}
var LBrace = createToken({ name: "LBrace", pattern: { exec: matchBrace("{") }, start_chars_hint: ["{"] });
var RBrace = createToken({ name: "RBrace", pattern: { exec: matchBrace("}") }, start_chars_hint: ["}"] });
var DoubleQuoted = createToken({ name: "DoubleQuoted", pattern: DOUBLE_QUOTED_PATTERN, categories: [Word], line_breaks: true });
var Backticked = createToken({ name: "Backticked", pattern: BACKTICKED_PATTERN, categories: [Word], line_breaks: true });
var UnterminatedQuoted = createToken({ name: "UnterminatedQuoted", pattern: UNTERMINATED_QUOTED_PATTERN, categories: [Word], line_breaks: true });
var Heredoc = createToken({
  name: "Heredoc",
  pattern: { exec: matchHeredoc },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: ["<"]
});
function matchBareWord(text, offset) {
  const end = bareWordEnd(text, offset);
  if (end === offset) return null;
  bareWordMatch[0] = text.slice(offset, end);
  return bareWordMatch;
}
var bareWordMatch = [""];
var BareWord = createToken({
  name: "BareWord",
  pattern: { exec: matchBareWord },
  categories: [Word],
  // Quotes, backticks and `#` start other tokens, never a bare word.
  start_chars_hint: wordStartChars((code) => !isSpace(code) && code !== 34 && code !== 96 && code !== 35)
});
var allTokens = [
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
  Word
];
function createCaddyLexer({ validate = false } = {}) {
  return new Lexer(allTokens, { ensureOptimizations: validate, skipValidations: !validate, positionTracking: "onlyOffset" });
}
var caddyLexer = lazyLexer(createCaddyLexer);
function lexCaddy(text) {
  return retyped(caddyLexer.tokenize(text), TOKEN_TYPES);
}
export {
  Backticked,
  BareWord,
  Comment,
  DoubleQuoted,
  Heredoc,
  LBrace,
  LineContinuation,
  Newline,
  RBrace,
  UnterminatedQuoted,
  Whitespace,
  Word,
  allTokens,
  caddyLexer,
  createCaddyLexer,
  lexCaddy
};
