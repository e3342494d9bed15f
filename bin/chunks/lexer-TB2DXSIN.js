import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  COMMENT_PATTERN,
  DOUBLE_QUOTED_PATTERN,
  SINGLE_QUOTED_PATTERN,
  TOKEN_TYPES,
  UNTERMINATED_QUOTED_PATTERN,
  WHITESPACE_PATTERN,
  bareWordEnd,
  isNotWordStart,
  isWordEnd,
  matchLuaBlock
} from "./chunk-DWXZZRLL.js";
import {
  Lexer,
  createToken
} from "./chunk-SIFQF2WQ.js";
import "./chunk-6KK6BM5G.js";
import {
  lazyLexer,
  retyped,
  wordStartChars
} from "./chunk-KMDNR4W6.js";
import "./chunk-3PFUZ4WF.js";

// src/dialects/nginx/lexer.ts
var Whitespace = createToken({ name: "Whitespace", pattern: WHITESPACE_PATTERN, group: Lexer.SKIPPED, line_breaks: true });
var Comment = createToken({ name: "Comment", pattern: COMMENT_PATTERN, group: "comments" });
var LBrace = createToken({ name: "LBrace", pattern: "{" });
var RBrace = createToken({ name: "RBrace", pattern: "}" });
var Semicolon = createToken({ name: "Semicolon", pattern: ";" });
var Word = createToken({ name: "Word", pattern: Lexer.NA });
var DoubleQuoted = createToken({ name: "DoubleQuoted", pattern: DOUBLE_QUOTED_PATTERN, categories: [Word], line_breaks: true });
var SingleQuoted = createToken({ name: "SingleQuoted", pattern: SINGLE_QUOTED_PATTERN, categories: [Word], line_breaks: true });
var UnterminatedQuoted = createToken({ name: "UnterminatedQuoted", pattern: UNTERMINATED_QUOTED_PATTERN, categories: [Word] });
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
  line_breaks: true,
  start_chars_hint: wordStartChars((code) => !isWordEnd(code) && !isNotWordStart(code))
});
var LuaBlock = createToken({
  name: "LuaBlock",
  pattern: { exec: (text, offset, tokens) => matchLuaBlock(text, offset, tokens, Word) },
  line_breaks: true,
  start_chars_hint: ["{"]
});
var allTokens = [
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
  Word
];
function createNginxLexer({ validate = false } = {}) {
  return new Lexer(allTokens, { ensureOptimizations: validate, skipValidations: !validate, positionTracking: "onlyOffset" });
}
var nginxLexer = lazyLexer(createNginxLexer);
function lexNginx(text) {
  return retyped(nginxLexer.tokenize(text), TOKEN_TYPES);
}
export {
  BareWord,
  Comment,
  DoubleQuoted,
  LBrace,
  LuaBlock,
  RBrace,
  Semicolon,
  SingleQuoted,
  UnterminatedQuoted,
  Whitespace,
  Word,
  allTokens,
  createNginxLexer,
  lexNginx,
  nginxLexer
};
