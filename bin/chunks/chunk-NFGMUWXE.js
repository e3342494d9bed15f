import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  OnDemand
} from "./chunk-6KK6BM5G.js";
import {
  offsetToken,
  tokenType
} from "./chunk-KMDNR4W6.js";

// src/dialects/caddy/tokens.ts
var lexer = new OnDemand(() => import("./lexer-4YO7GQWY.js"));
function lexedByLexer(text) {
  return lexer.get()?.lexCaddy(text);
}
var WHITESPACE_PATTERN = /[ \t\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
var LINE_CONTINUATION_PATTERN = /\\\r*\n/;
var Newline = tokenType("Newline");
var COMMENT_PATTERN = /#[^\n]*/;
var Comment = tokenType("Comment");
var Word = tokenType("Word");
var LBrace = tokenType("LBrace");
var RBrace = tokenType("RBrace");
var DOUBLE_QUOTED_PATTERN = /"(?:[^"\\]|\\[\s\S])*"/;
var DoubleQuoted = tokenType("DoubleQuoted", [Word]);
var BACKTICKED_PATTERN = /`[^`]*`/;
var Backticked = tokenType("Backticked", [Word]);
var UNTERMINATED_QUOTED_PATTERN = /"(?:[^"\\]|\\[\s\S])*|`[^`]*/;
var UnterminatedQuoted = tokenType("UnterminatedQuoted", [Word]);
var Heredoc = tokenType("Heredoc", [Word]);
var BareWord = tokenType("BareWord", [Word]);
var TOKEN_TYPES = new Map(
  [Newline, Comment, LBrace, RBrace, DoubleQuoted, Backticked, UnterminatedQuoted, Heredoc, BareWord].map((type) => [type.name, type])
);
function isSpace(code) {
  if (code <= 255) return code === 32 || code >= 9 && code <= 13 || code === 133 || code === 160;
  return code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
function endsWord(text, offset) {
  return offset >= text.length || isSpace(text.charCodeAt(offset));
}
function matchHeredoc(text, offset) {
  if (text[offset] !== "<" || text[offset + 1] !== "<") return null;
  const opener = /<<([A-Za-z0-9_-]+)\r*\n/y;
  opener.lastIndex = offset;
  const match = opener.exec(text);
  if (!match) return null;
  const marker = match[1];
  const bodyStart = offset + match[0].length;
  const close = text.indexOf(marker, bodyStart);
  const end = close === -1 ? text.length : close + marker.length;
  const result = [text.slice(offset, end)];
  result.payload = { marker, closed: close !== -1 };
  return result;
}
function bareWordEnd(text, offset) {
  const length = text.length;
  let index = offset;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) break;
    if (code === 92 && continuationAt(text, index)) break;
    index++;
  }
  return index;
}
function continuationAt(text, offset) {
  let index = offset + 1;
  while (text.charCodeAt(index) === 13) index++;
  return text.charCodeAt(index) === 10;
}
var DOUBLE_QUOTED = new RegExp(DOUBLE_QUOTED_PATTERN.source, "y");
var BACKTICKED = new RegExp(BACKTICKED_PATTERN.source, "y");
var UNTERMINATED_QUOTED = new RegExp(UNTERMINATED_QUOTED_PATTERN.source, "y");
var COMMENT = new RegExp(COMMENT_PATTERN.source, "y");
var LINE_CONTINUATION = new RegExp(LINE_CONTINUATION_PATTERN.source, "y");
function tokenizeCaddy(text) {
  const tokens = [];
  const comments = [];
  const length = text.length;
  let offset = 0;
  while (offset < length) {
    const code = text.charCodeAt(offset);
    if (code === 92) {
      const continuation = sticky(LINE_CONTINUATION, text, offset);
      if (continuation !== null) {
        offset += continuation.length;
        continue;
      }
    } else if (code !== 10 && isSpace(code)) {
      offset++;
      continue;
    } else if (code === 10) {
      tokens.push(offsetToken("\n", offset, Newline));
      offset++;
      continue;
    } else if (code === 35) {
      const image = sticky(COMMENT, text, offset);
      comments.push(offsetToken(image, offset, Comment));
      offset += image.length;
      continue;
    } else if ((code === 123 || code === 125) && endsWord(text, offset + 1)) {
      tokens.push(offsetToken(code === 123 ? "{" : "}", offset, code === 123 ? LBrace : RBrace));
      offset++;
      continue;
    } else if (code === 34 || code === 96) {
      let image = sticky(code === 34 ? DOUBLE_QUOTED : BACKTICKED, text, offset);
      let type = code === 34 ? DoubleQuoted : Backticked;
      if (image === null) {
        image = sticky(UNTERMINATED_QUOTED, text, offset);
        type = UnterminatedQuoted;
      }
      tokens.push(offsetToken(image, offset, type));
      offset += image.length;
      continue;
    } else if (code === 60) {
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
function sticky(pattern, text, offset) {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0] ?? null;
}

export {
  WHITESPACE_PATTERN,
  LINE_CONTINUATION_PATTERN,
  Newline,
  COMMENT_PATTERN,
  Word,
  LBrace,
  RBrace,
  DOUBLE_QUOTED_PATTERN,
  DoubleQuoted,
  BACKTICKED_PATTERN,
  Backticked,
  UNTERMINATED_QUOTED_PATTERN,
  UnterminatedQuoted,
  Heredoc,
  TOKEN_TYPES,
  isSpace,
  endsWord,
  matchHeredoc,
  bareWordEnd,
  tokenizeCaddy
};
