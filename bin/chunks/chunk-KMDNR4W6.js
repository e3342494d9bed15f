import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/dialects/parse-common.ts
var BOM = "\uFEFF";
function parseGuarded(text, path, dialect, parseSource) {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return parseSource(source, path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const start = { line: 1, column: 1, offset: 0 };
    const diagnostic = {
      ruleId: "parse-error",
      message: `Unreadable config: the parser failed (${message})`,
      range: { file: path, start, end: start }
    };
    return { path, dialect, text: source, directives: [], comments: [], diagnostics: [diagnostic] };
  }
}
function limitNesting(tokens, maxDepth, open, close) {
  let depth = 0;
  let index = 0;
  for (; index < tokens.length; index++) {
    if (tokenMatcher(tokens[index], open) && ++depth > maxDepth) break;
    if (tokenMatcher(tokens[index], close) && depth > 0) depth--;
  }
  if (index === tokens.length) return { tokens, tooDeep: [] };
  const kept = [];
  const tooDeep = [];
  depth = 0;
  for (const token of tokens) {
    const opens = tokenMatcher(token, open);
    const closes = tokenMatcher(token, close);
    if (opens) depth++;
    if (depth <= maxDepth || depth === maxDepth + 1 && (opens || closes)) {
      kept.push(token);
      if (opens && depth === maxDepth + 1) tooDeep.push(token);
    }
    if (closes && depth > 0) depth--;
  }
  return { tokens: kept, tooDeep };
}
function tokenMatcher(token, type) {
  return token.tokenTypeIdx === type.tokenTypeIdx || type.isParent === true && type.categoryMatchesMap[token.tokenTypeIdx] === true;
}
var tokenTypeCount = 0;
function tokenType(name, categories = []) {
  const type = { name, tokenTypeIdx: ++tokenTypeCount, CATEGORIES: categories, categoryMatches: [], categoryMatchesMap: {}, isParent: false };
  for (const category of categories) {
    category.categoryMatches.push(type.tokenTypeIdx);
    category.categoryMatchesMap[type.tokenTypeIdx] = true;
    category.isParent = true;
  }
  return type;
}
function retyped(lexed, types) {
  const retype = (token) => {
    const made = offsetToken(token.image, token.startOffset, types.get(token.tokenType.name));
    if (token.payload !== void 0) made.payload = token.payload;
    return made;
  };
  return { tokens: lexed.tokens.map(retype), groups: { ...lexed.groups, comments: (lexed.groups.comments ?? []).map(retype) }, errors: lexed.errors };
}
function hasCodeBefore(text, offset) {
  for (let index = offset - 1; index >= 0; index--) {
    const ch = text[index];
    if (ch === "\n") return false;
    if (ch !== " " && ch !== "	" && ch !== "\r") return true;
  }
  return false;
}
function lexingDiagnostic(error, source) {
  const range = source.span(error.offset, error.offset + error.length);
  return { ruleId: "parse-error", message: `Unexpected "${source.text.slice(error.offset, error.offset + 1)}"`, range };
}
function offsetToken(image, startOffset, tokenType2) {
  return { image, startOffset, tokenTypeIdx: tokenType2.tokenTypeIdx, tokenType: tokenType2 };
}
function wordStartChars(startsWord) {
  const chars = [];
  for (let code = 0; code < 256; code++) if (startsWord(code)) chars.push(code);
  for (let code = 256; code < 65536; code += 255) chars.push(code);
  chars.push(65535);
  return chars;
}
function lazyLexer(create) {
  let lexer;
  return { tokenize: (text) => (lexer ??= create()).tokenize(text) };
}

export {
  parseGuarded,
  limitNesting,
  tokenMatcher,
  tokenType,
  retyped,
  hasCodeBefore,
  lexingDiagnostic,
  offsetToken,
  wordStartChars,
  lazyLexer
};
