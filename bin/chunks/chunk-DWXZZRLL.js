import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  OnDemand
} from "./chunk-6KK6BM5G.js";
import {
  offsetToken,
  tokenMatcher,
  tokenType
} from "./chunk-KMDNR4W6.js";

// src/dialects/nginx/tokens.ts
var RAW_BLOCK_SUFFIX = "_by_lua_block";
var lexer = new OnDemand(() => import("./lexer-TB2DXSIN.js"));
function lexedByLexer(text) {
  return lexer.get()?.lexNginx(text);
}
var WHITESPACE_PATTERN = /[ \t\r\n]+/;
var COMMENT_PATTERN = /#(?:[^\r\n]|\r(?!\n))*/;
var Comment = tokenType("Comment");
var LBrace = tokenType("LBrace");
var RBrace = tokenType("RBrace");
var Semicolon = tokenType("Semicolon");
var Word = tokenType("Word");
var DOUBLE_QUOTED_PATTERN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"/;
var DoubleQuoted = tokenType("DoubleQuoted", [Word]);
var SINGLE_QUOTED_PATTERN = /'[^'\\]*(?:\\[\s\S][^'\\]*)*'/;
var SingleQuoted = tokenType("SingleQuoted", [Word]);
var UNTERMINATED_QUOTED_PATTERN = /["'][^\r\n\\]*(?:\\[^\r\n][^\r\n\\]*)*/;
var UnterminatedQuoted = tokenType("UnterminatedQuoted", [Word]);
var BareWord = tokenType("BareWord", [Word]);
var LuaBlock = tokenType("LuaBlock");
var TOKEN_TYPES = new Map(
  [Comment, LBrace, RBrace, Semicolon, DoubleQuoted, SingleQuoted, UnterminatedQuoted, BareWord, LuaBlock].map((type) => [type.name, type])
);
function bareWordEnd(text, offset) {
  const length = text.length;
  if (offset < length && isNotWordStart(text.charCodeAt(offset))) return offset;
  let index = offset;
  while (index < length) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? BARE_WORD_CHARS[code] : ORDINARY;
    if (kind === ORDINARY) index++;
    else if (kind === ESCAPE) index += 2;
    else if (kind === DOLLAR) index += text.charCodeAt(index + 1) === 123 ? 2 : 1;
    else break;
  }
  return Math.min(index, length);
}
var ORDINARY = 0;
var WORD_END = 1;
var ESCAPE = 2;
var DOLLAR = 3;
var BARE_WORD_CHARS = (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code++) if (isWordEnd(code)) kinds[code] = WORD_END;
  kinds[92] = ESCAPE;
  kinds[36] = DOLLAR;
  return kinds;
})();
function isWordEnd(code) {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 59 || code === 123;
}
function isNotWordStart(code) {
  return code === 125 || code === 34 || code === 39 || code === 35;
}
function openingDirectiveName(tokens, word) {
  let index = tokens.length - 1;
  while (index >= 0 && tokenMatcher(tokens[index], word)) index--;
  return index === tokens.length - 1 ? void 0 : tokens[index + 1];
}
function unquoteName(image) {
  const first = image[0];
  return (first === '"' || first === "'") && image.endsWith(first) ? image.slice(1, -1) : image;
}
function skipLongBracket(text, start) {
  let level = 0;
  let index = start + 1;
  while (text[index] === "=") {
    level++;
    index++;
  }
  if (text[index] !== "[") return -1;
  const close = "]" + "=".repeat(level) + "]";
  const end = text.indexOf(close, index + 1);
  return end === -1 ? text.length : end + close.length;
}
function skipLuaString(text, start) {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    const ch = text[index];
    if (ch === "\\") index += 2;
    else if (ch === quote || ch === "\n") return index + 1;
    else index++;
  }
  return text.length;
}
function skipLuaComment(text, start) {
  if (text[start + 2] === "[") {
    const end = skipLongBracket(text, start + 2);
    if (end !== -1) return end;
  }
  const newline = text.indexOf("\n", start);
  return newline === -1 ? text.length : newline;
}
function scanLuaBlock(text, start) {
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const ch = text[index];
    if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return index + 1;
    if (ch === '"' || ch === "'") index = skipLuaString(text, index);
    else if (ch === "-" && text[index + 1] === "-") index = skipLuaComment(text, index);
    else if (ch === "[" && (text[index + 1] === "[" || text[index + 1] === "=")) {
      const end = skipLongBracket(text, index);
      index = end === -1 ? index + 1 : end;
    } else index++;
  }
  return -1;
}
function matchLuaBlock(text, offset, tokens, word) {
  if (text.charCodeAt(offset) !== 123) return null;
  const name = openingDirectiveName(tokens, word);
  if (!name || !unquoteName(name.image).endsWith(RAW_BLOCK_SUFFIX)) return null;
  const end = scanLuaBlock(text, offset);
  const match = [text.slice(offset, end === -1 ? text.length : end)];
  match.payload = { closed: end !== -1 };
  return match;
}
var DOUBLE_QUOTED = new RegExp(DOUBLE_QUOTED_PATTERN.source, "y");
var SINGLE_QUOTED = new RegExp(SINGLE_QUOTED_PATTERN.source, "y");
var UNTERMINATED_QUOTED = new RegExp(UNTERMINATED_QUOTED_PATTERN.source, "y");
var COMMENT = new RegExp(COMMENT_PATTERN.source, "y");
function tokenizeNginx(text) {
  const tokens = [];
  const comments = [];
  const length = text.length;
  let offset = 0;
  while (offset < length) {
    const code = text.charCodeAt(offset);
    if (code === 32 || code === 9 || code === 13 || code === 10) {
      offset++;
      continue;
    }
    let image;
    let type;
    let payload;
    if (code === 35) {
      image = sticky(COMMENT, text, offset);
      comments.push(offsetToken(image, offset, Comment));
      offset += image.length;
      continue;
    } else if (code === 123) {
      const lua = matchLuaBlock(text, offset, tokens, Word);
      if (lua) {
        image = lua[0];
        type = LuaBlock;
        payload = lua.payload;
      } else {
        image = "{";
        type = LBrace;
      }
    } else if (code === 125) {
      image = "}";
      type = RBrace;
    } else if (code === 59) {
      image = ";";
      type = Semicolon;
    } else if (code === 34 || code === 39) {
      image = sticky(code === 34 ? DOUBLE_QUOTED : SINGLE_QUOTED, text, offset);
      type = code === 34 ? DoubleQuoted : SingleQuoted;
      if (image === null) {
        image = sticky(UNTERMINATED_QUOTED, text, offset);
        type = UnterminatedQuoted;
      }
    } else {
      const end = bareWordEnd(text, offset);
      if (end === offset) return lexedByLexer(text);
      image = text.slice(offset, end);
      type = BareWord;
    }
    const made = offsetToken(image, offset, type);
    if (payload !== void 0) made.payload = payload;
    tokens.push(made);
    offset += image.length;
  }
  return { tokens, groups: { comments }, errors: [] };
}
function sticky(pattern, text, offset) {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0] ?? null;
}

export {
  WHITESPACE_PATTERN,
  COMMENT_PATTERN,
  LBrace,
  RBrace,
  Semicolon,
  Word,
  DOUBLE_QUOTED_PATTERN,
  SINGLE_QUOTED_PATTERN,
  UNTERMINATED_QUOTED_PATTERN,
  UnterminatedQuoted,
  LuaBlock,
  TOKEN_TYPES,
  bareWordEnd,
  isWordEnd,
  isNotWordStart,
  matchLuaBlock,
  tokenizeNginx
};
