import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  ArgFlag,
  BoundedDiagnostics,
  CstParser,
  Lexer,
  SourceDirective,
  SourceText,
  capParseErrors,
  createToken,
  invalidUtf8Diagnostic,
  tokenMatcher
} from "./chunk-HCAFOBF2.js";
import {
  RefusedFile,
  decodeUtf8,
  readRegularFile
} from "./chunk-G2WW7DBG.js";

// src/dialects/nginx/load.ts
import { realpathSync, statSync as statSync2 } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, join as join3, relative as relative2, resolve } from "node:path";

// src/model/files.ts
import { isAbsolute, join, relative } from "node:path";
function mapPath(path, pathMaps) {
  let best;
  for (const map of pathMaps) {
    const from = map.from.replace(/\/+$/, "") || "/";
    const matches = path === from || path.startsWith(from === "/" ? "/" : `${from}/`);
    if (matches && (!best || from.length > best.from.length)) best = { from, to: map.to };
  }
  if (!best) return path;
  return join(best.to, path.slice(best.from === "/" ? 0 : best.from.length));
}
function resolveNamedFile(value, resolution) {
  if (value === "" || /[${]/.test(value) || /^(data|engine|store):/.test(value)) return void 0;
  const inRoot = (path2) => {
    const rel = relative(resolution.root, path2);
    return !rel.startsWith("..") && !isAbsolute(rel);
  };
  if (!isAbsolute(value)) {
    const path2 = join(resolution.base, value);
    return { path: path2, inCheckout: resolution.baseKnown && inRoot(path2) };
  }
  const path = mapPath(value, resolution.pathMaps);
  return { path, inCheckout: path !== value || inRoot(path) };
}

// src/dialects/nginx/glob.ts
import { lstatSync, readdirSync, statSync } from "node:fs";
import { join as join2, parse as parsePath, sep } from "node:path";
function hasGlob(pattern) {
  return /[*?[]/.test(pattern);
}
function bracketEnd(pattern, start) {
  let index = start + 1;
  if (pattern[index] === "!" || pattern[index] === "^") index++;
  if (pattern[index] === "]") index++;
  while (index < pattern.length && pattern[index] !== "]") index++;
  return index < pattern.length ? index + 1 : -1;
}
function bracketMatches(expression, ch) {
  let body = expression.slice(1, -1);
  const negated = body[0] === "!" || body[0] === "^";
  if (negated) body = body.slice(1);
  let found = false;
  for (let index = 0; index < body.length; index++) {
    if (body[index + 1] === "-" && index + 2 < body.length) {
      if (ch >= body[index] && ch <= body[index + 2]) found = true;
      index += 2;
    } else if (body[index] === ch) found = true;
  }
  return found !== negated;
}
function matchSegment(pattern, name) {
  if (name.startsWith(".") && !pattern.startsWith(".")) return false;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const step = matchOne(pattern, p, name[n]);
    if (pattern[p] === "*") {
      starP = p++;
      starN = n;
    } else if (step !== -1) {
      p = step;
      n++;
    } else if (starP !== -1) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
function matchOne(pattern, p, ch) {
  const token = pattern[p];
  if (token === void 0 || token === "*") return -1;
  if (token === "?") return p + 1;
  if (token === "\\" && p + 1 < pattern.length) return pattern[p + 1] === ch ? p + 2 : -1;
  if (token === "[") {
    const end = bracketEnd(pattern, p);
    if (end !== -1) return bracketMatches(pattern.slice(p, end), ch) ? end : -1;
  }
  return token === ch ? p + 1 : -1;
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function isEntry(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
var MAX_GLOB_ENTRIES = 1e5;
function spend(budget, count) {
  budget.left -= count;
  if (budget.left < 0) budget.cut = true;
  return !budget.cut;
}
function expandSegment(bases, segment, budget) {
  if (!hasGlob(segment)) return bases.map((base) => join2(base, segment.replace(/\\(.)/g, "$1")));
  const matches = [];
  for (const base of bases) {
    let names;
    try {
      names = readdirSync(base);
    } catch {
      continue;
    }
    if (!spend(budget, names.length + 1)) break;
    for (const name of names) if (matchSegment(segment, name)) matches.push(join2(base, name));
  }
  return matches;
}
function expandGlob(pattern, maxEntries = MAX_GLOB_ENTRIES) {
  const { root } = parsePath(pattern);
  const segments2 = pattern.slice(root.length).split(sep).filter((segment) => segment !== "");
  const budget = { left: maxEntries, cut: false };
  let paths = [root];
  for (let index = 0; index < segments2.length && !budget.cut; index++) {
    paths = expandSegment(paths, segments2[index], budget);
    if (index < segments2.length - 1) paths = spend(budget, paths.length) ? paths.filter(isDirectory) : [];
  }
  if (budget.cut) return { paths: [], cut: true };
  const listed = segments2.length > 0 && hasGlob(segments2[segments2.length - 1]);
  return { paths: (listed ? paths : paths.filter(isEntry)).sort(compareBytes), cut: false };
}
function compareBytes(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// src/dialects/nginx/tokens.ts
var RAW_BLOCK_SUFFIX = "_by_lua_block";
var Whitespace = createToken({
  name: "Whitespace",
  pattern: /[ \t\r\n]+/,
  group: Lexer.SKIPPED,
  line_breaks: true
});
var Comment = createToken({ name: "Comment", pattern: /#(?:[^\r\n]|\r(?!\n))*/, group: "comments" });
var LBrace = createToken({ name: "LBrace", pattern: "{" });
var RBrace = createToken({ name: "RBrace", pattern: "}" });
var Semicolon = createToken({ name: "Semicolon", pattern: ";" });
var Word = createToken({ name: "Word", pattern: Lexer.NA });
var DoubleQuoted = createToken({
  name: "DoubleQuoted",
  pattern: /"[^"\\]*(?:\\[\s\S][^"\\]*)*"/,
  categories: [Word],
  line_breaks: true
});
var SingleQuoted = createToken({
  name: "SingleQuoted",
  pattern: /'[^'\\]*(?:\\[\s\S][^'\\]*)*'/,
  categories: [Word],
  line_breaks: true
});
var UnterminatedQuoted = createToken({
  name: "UnterminatedQuoted",
  pattern: /["'][^\r\n\\]*(?:\\[^\r\n][^\r\n\\]*)*/,
  categories: [Word]
});
function matchBareWord(text, offset) {
  const length = text.length;
  let index = offset;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 92) {
      index += 2;
    } else if (code === 36 && text.charCodeAt(index + 1) === 123) {
      index += 2;
    } else if (isWordEnd(code) || index === offset && isNotWordStart(code)) {
      break;
    } else {
      index++;
    }
  }
  const end = Math.min(index, length);
  if (end === offset) return null;
  bareWordMatch[0] = text.slice(offset, end);
  return bareWordMatch;
}
var bareWordMatch = [""];
function isWordEnd(code) {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 59 || code === 123;
}
function isNotWordStart(code) {
  return code === 125 || code === 34 || code === 39 || code === 35;
}
function bareWordStartChars() {
  const chars = [];
  for (let code = 0; code < 256; code++) if (!isWordEnd(code) && !isNotWordStart(code)) chars.push(code);
  for (let code = 256; code < 65536; code += 255) chars.push(code);
  chars.push(65535);
  return chars;
}
var BareWord = createToken({
  name: "BareWord",
  pattern: { exec: matchBareWord },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: bareWordStartChars()
});
function openingDirectiveName(tokens) {
  let index = tokens.length - 1;
  while (index >= 0 && tokenMatcher(tokens[index], Word)) index--;
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
function matchLuaBlock(text, offset, tokens) {
  if (text.charCodeAt(offset) !== 123) return null;
  const name = openingDirectiveName(tokens);
  if (!name || !unquoteName(name.image).endsWith(RAW_BLOCK_SUFFIX)) return null;
  const end = scanLuaBlock(text, offset);
  const match = [text.slice(offset, end === -1 ? text.length : end)];
  match.payload = { closed: end !== -1 };
  return match;
}
var LuaBlock = createToken({
  name: "LuaBlock",
  pattern: { exec: matchLuaBlock },
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
var nginxLexer = createNginxLexer();

// src/dialects/nginx/parser.ts
var NginxParser = class extends CstParser {
  /**
   * `validate` runs chevrotain's grammar checks (ambiguities, left recursion). They cost a run's start
   * time and the grammar does not change at run time, so the shared parser skips them and the tests
   * build one with them on. CST nodes carry no locations: ranges come from tokens.
   */
  constructor({ validate = false } = {}) {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: "none", skipValidations: !validate });
    this.performSelfAnalysis();
  }
  // nginx: src/core/ngx_conf_file.c ngx_conf_parse reads directives until the end of the file;
  // a `}` there is an error (`unexpected "}"`), kept here as `strayRBrace`.
  config = this.RULE("config", () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.directive) },
        { ALT: () => this.CONSUME(Semicolon, { LABEL: "straySemicolon" }) },
        { ALT: () => this.SUBRULE(this.block, { LABEL: "strayBlock" }) },
        { ALT: () => this.CONSUME(RBrace, { LABEL: "strayRBrace" }) }
      ]);
    });
  });
  // nginx: ngx_conf_read_token returns NGX_OK at `;`, NGX_CONF_BLOCK_START at `{`; the first word
  // is the name. Deviation: the terminator is optional so a missing `;` keeps the directive.
  directive = this.RULE("directive", () => {
    this.CONSUME(Word, { LABEL: "name" });
    this.MANY(() => this.CONSUME2(Word, { LABEL: "arg" }));
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(Semicolon) },
        { ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.CONSUME(LuaBlock) }
      ]);
    });
  });
  // nginx: ngx_conf_parse recurses on NGX_CONF_BLOCK_START and returns on `}` (NGX_CONF_BLOCK_DONE).
  // Deviation: the closing `}` is optional so an unclosed block keeps its children.
  block = this.RULE("block", () => {
    this.CONSUME(LBrace);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE2(this.directive) },
        { ALT: () => this.CONSUME2(Semicolon, { LABEL: "straySemicolon" }) },
        { ALT: () => this.SUBRULE2(this.block, { LABEL: "strayBlock" }) }
      ]);
    });
    this.OPTION(() => this.CONSUME3(RBrace));
  });
};
var nginxParser = new NginxParser();

// src/dialects/nginx/to-ast.ts
var BaseCstVisitor = nginxParser.getBaseCstVisitorConstructor();
var MAX_QUOTED_TEXT = 32;
function endOffsetOf(token) {
  return token.startOffset + token.image.length;
}
function unescapeNginx(text) {
  if (!text.includes("\\")) return text;
  let out = "";
  for (let index = 0; index < text.length; index++) {
    const ch = text[index];
    const next = text[index + 1];
    if (ch !== "\\" || next === void 0) {
      out += ch;
    } else if (next === '"' || next === "'" || next === "\\") {
      out += next;
      index++;
    } else if (next === "t" || next === "r" || next === "n") {
      out += next === "t" ? "	" : next === "r" ? "\r" : "\n";
      index++;
    } else {
      out += ch;
    }
  }
  return out;
}
function quoteOf(token) {
  const first = token.image.charCodeAt(0);
  return first === 34 ? '"' : first === 39 ? "'" : null;
}
function innerText(token, quoted) {
  if (quoted === null) return token.image;
  return tokenMatcher(token, UnterminatedQuoted) ? token.image.slice(1) : token.image.slice(1, -1);
}
function excerpt(text) {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > MAX_QUOTED_TEXT ? `${oneLine.slice(0, MAX_QUOTED_TEXT - 1)}\u2026` : oneLine;
}
var NginxCstToAst = class extends BaseCstVisitor {
  constructor(source) {
    super();
    this.source = source;
    this.validateVisitor();
  }
  source;
  /** Bounded: a file of a million stray ";" keeps the first few and a count (src/syntax/diagnostics.ts). */
  diagnostics = new BoundedDiagnostics();
  /** The range of a token. */
  rangeOf(token) {
    return this.source.span(token.startOffset, endOffsetOf(token));
  }
  report(message, range) {
    this.diagnostics.push({ ruleId: "parse-error", message, range });
  }
  config(children, out = []) {
    this.statements(children, out);
    for (const brace of children.strayRBrace ?? []) this.report('Unexpected "}"', this.rangeOf(brace));
  }
  block(children, out = []) {
    this.statements(children, out);
    if (!children.RBrace?.length) {
      this.report('Unbalanced "{": block opened here is never closed', this.rangeOf(children.LBrace[0]));
    }
  }
  statements(children, out) {
    for (const directive of children.directive ?? []) this.directive(directive.children, out);
    for (const semicolon of children.straySemicolon ?? []) this.report('Unexpected ";"', this.rangeOf(semicolon));
    for (const block of children.strayBlock ?? []) {
      this.report('Unexpected "{"', this.rangeOf(block.children.LBrace[0]));
      this.visit(block, out);
    }
  }
  directive(children, out = []) {
    const nameToken = children.name[0];
    const argTokens = children.arg ?? [];
    const name = intern(unescapeNginx(innerText(nameToken, quoteOf(nameToken))));
    const firstArg = this.source.argCount;
    for (const token of argTokens) this.source.addArg(token.startOffset, endOffsetOf(token), argFlags(token));
    if (name === "if") stripIfParentheses(this.source, firstArg);
    const argCount = this.source.argCount - firstArg;
    const directive = new SourceDirective(name, this.source, nameToken.startOffset, endOffsetOf(nameToken), firstArg, argCount);
    this.checkWords(nameToken, argTokens, directive);
    const last = argTokens.length ? argTokens[argTokens.length - 1] : nameToken;
    this.finishDirective(directive, children, last);
    out.push(directive);
  }
  finishDirective(directive, children, last) {
    if (children.Semicolon?.length) {
      directive.endAt(endOffsetOf(children.Semicolon[0]));
    } else if (children.block?.length) {
      this.finishBlock(directive, children.block[0]);
    } else if (children.LuaBlock?.length) {
      this.finishLuaBlock(directive, children.LuaBlock[0]);
    } else {
      const end = endOffsetOf(last);
      directive.endAt(end);
      directive.recovered = true;
      this.report(`Missing ";" to end the "${excerpt(directive.name)}" directive`, this.source.span(end, end));
    }
  }
  finishBlock(directive, node) {
    const block = node.children;
    const children = [];
    this.block(node.children, children);
    directive.children = children.slice();
    directive.headEndsAt(endOffsetOf(block.LBrace[0]));
    const close = block.RBrace?.[0];
    if (close) {
      directive.endAt(endOffsetOf(close));
      return;
    }
    directive.recovered = true;
    const lastChild = children[children.length - 1];
    directive.endAt(lastChild ? lastChild.endOffset : directive.headEndOffset);
  }
  finishLuaBlock(directive, body) {
    const closed = body.payload?.closed ?? true;
    directive.rawBlock = closed ? body.image.slice(1, -1) : body.image.slice(1);
    directive.endAt(endOffsetOf(body));
    directive.headEndsAt(body.startOffset + 1);
    if (!closed) {
      directive.recovered = true;
      this.report('Unbalanced "{": Lua block opened here is never closed', this.source.span(body.startOffset, body.startOffset + 1));
    }
  }
  // nginx: after a closing quote only space, `;`, `{` or `)` may follow (`need_space`),
  // otherwise ngx_conf_read_token fails with `unexpected "x"`.
  checkWords(nameToken, argTokens, directive) {
    for (let index = -1; index < argTokens.length; index++) {
      const word = index < 0 ? nameToken : argTokens[index];
      if (quoteOf(word) === null) continue;
      if (tokenMatcher(word, UnterminatedQuoted)) {
        directive.recovered = true;
        this.report("Unterminated quoted string", this.rangeOf(word));
        continue;
      }
      const next = argTokens[index + 1];
      if (!next || next.startOffset !== word.startOffset + word.image.length) continue;
      if (next.image[0] === ")") continue;
      this.report(`Unexpected "${next.image[0]}" after a closing quote`, this.source.span(next.startOffset, next.startOffset + 1));
    }
  }
};
function argFlags(token) {
  const quote = quoteOf(token);
  if (quote === null) return 0;
  const kind = quote === '"' ? ArgFlag.DoubleQuoted : ArgFlag.SingleQuoted;
  return tokenMatcher(token, UnterminatedQuoted) ? kind | ArgFlag.Unterminated : kind;
}
function stripIfParentheses(source, firstArg) {
  const lastArg = source.argCount - 1;
  if (lastArg < firstArg || !source.argValue(firstArg).startsWith("(") || !source.argValue(lastArg).endsWith(")")) return;
  trimArg(source, firstArg, 1, 0);
  trimArg(source, lastArg, 0, 1);
  if (source.argValue(lastArg) === "") source.dropLastArgs(1);
  if (source.argCount > firstArg && source.argValue(firstArg) === "") source.removeArg(firstArg);
}
function trimArg(source, index, head, tail) {
  if ((source.argFlags(index) & (ArgFlag.DoubleQuoted | ArgFlag.SingleQuoted)) === 0) {
    source.adjustArg(index, head, tail);
  } else {
    source.adjustArg(index, 0, 0, (head ? ArgFlag.DropFirst : 0) | (tail ? ArgFlag.DropLast : 0));
  }
}
var MAX_INTERNED = 65536;
var MAX_INTERNED_LENGTH = 40;
var interned = /* @__PURE__ */ new Map();
function intern(text) {
  if (text.length > MAX_INTERNED_LENGTH) return text;
  const known2 = interned.get(text);
  if (known2 !== void 0) return known2;
  if (interned.size < MAX_INTERNED) interned.set(text, text);
  return text;
}

// src/dialects/nginx/parse.ts
var MAX_BLOCK_DEPTH = 100;
var BOM = "\uFEFF";
function parseNginx(text, path) {
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
    return { path, dialect: "nginx", text: source, directives: [], comments: [], diagnostics: [diagnostic] };
  }
}
function parseSource(text, path) {
  const source = new SourceText(path, text, unescapeNginx);
  const lexed = nginxLexer.tokenize(text);
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const limited = limitNesting(lexed.tokens, MAX_BLOCK_DEPTH);
  const visitor = new NginxCstToAst(source);
  for (const brace of limited.tooDeep) {
    diagnostics.push({
      ruleId: "parse-error",
      message: `Blocks nested deeper than ${MAX_BLOCK_DEPTH} levels; the content of this block is not read`,
      range: visitor.rangeOf(brace)
    });
  }
  nginxParser.input = limited.tokens;
  const cst = nginxParser.config();
  const parserErrors = nginxParser.errors;
  const directives = [];
  visitor.visit(cst, directives);
  source.trimTables();
  for (const diagnostic of visitor.diagnostics.toArray()) diagnostics.push(diagnostic);
  for (const error of parserErrors) diagnostics.push(recognitionDiagnostic(error, source));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const capped = capParseErrors(diagnostics);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  if (looksLikeConfig(text, directives, capped)) return { path, dialect: "nginx", text, directives, comments, diagnostics: capped };
  const unquoted = capped.map((d) => d.ruleId === "parse-error" ? { ...d, message: NOT_CONFIG_MESSAGE } : d);
  return { path, dialect: "nginx", text, directives, comments, diagnostics: unquoted.slice(0, 1), withheld: true };
}
var NOT_CONFIG_MESSAGE = "Expected nginx configuration, got text that does not parse as any (its content is not quoted)";
var DIRECTIVE_NAME = /^[a-z][a-z0-9_]*$/;
function looksLikeConfig(text, directives, diagnostics) {
  if (!diagnostics.some((d) => d.ruleId === "parse-error")) return true;
  const stack = [...directives];
  while (stack.length) {
    const directive = stack.pop();
    const ended = directive.children !== void 0 || text[directive.range.end.offset - 1] === ";";
    if (ended && DIRECTIVE_NAME.test(directive.name)) return true;
    if (directive.children) for (const child of directive.children) stack.push(child);
  }
  return false;
}
function limitNesting(tokens, maxDepth) {
  let depth = 0;
  let index = 0;
  for (; index < tokens.length; index++) {
    if (tokenMatcher(tokens[index], LBrace) && ++depth > maxDepth) break;
    if (tokenMatcher(tokens[index], RBrace) && depth > 0) depth--;
  }
  if (index === tokens.length) return { tokens, tooDeep: [] };
  return cutDeepBlocks(tokens, maxDepth);
}
function cutDeepBlocks(tokens, maxDepth) {
  const kept = [];
  const tooDeep = [];
  let depth = 0;
  for (const token of tokens) {
    const opens = tokenMatcher(token, LBrace);
    const closes = tokenMatcher(token, RBrace);
    if (opens) depth++;
    if (depth <= maxDepth || opens && depth === maxDepth + 1 || closes && depth === maxDepth + 1) {
      kept.push(token);
      if (opens && depth === maxDepth + 1) tooDeep.push(token);
    }
    if (closes && depth > 0) depth--;
  }
  return { tokens: kept, tooDeep };
}
function toComment(token, source) {
  return {
    text: token.image.slice(1),
    range: source.span(token.startOffset, endOffsetOf(token)),
    inline: hasCodeBefore(source.text, token.startOffset)
  };
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
function recognitionDiagnostic(error, source) {
  const token = error.token;
  if (Number.isNaN(token.startOffset) || token.tokenType.name === "EOF") {
    const end = source.text.length;
    return { ruleId: "parse-error", message: "Unexpected end of file", range: source.span(end, end) };
  }
  return { ruleId: "parse-error", message: `Unexpected "${excerptToken(token)}"`, range: source.span(token.startOffset, endOffsetOf(token)) };
}
function excerptToken(token) {
  return token.image.length > 32 ? `${token.image.slice(0, 31)}\u2026` : token.image;
}

// src/model/compare-version.ts
function compareVersions(a, b) {
  const pa = segments(a);
  const pb = segments(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
function versionAtLeast(version, since) {
  return compareVersions(version, since) >= 0;
}
var MAX_REMEMBERED = 256;
var known = /* @__PURE__ */ new Map();
function segments(version) {
  let numbers = known.get(version);
  if (numbers) return numbers;
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(version);
  if (!match) throw new RangeError(`Not a version: "${version}"`);
  numbers = match[1].split(".").map(Number);
  if (known.size < MAX_REMEMBERED) known.set(version, numbers);
  return numbers;
}

// src/dialects/nginx/published.ts
var CERTBOT_CIPHERS = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384";
var CERTBOT_OPTIONS = {
  id: "certbot options-ssl-nginx.conf",
  paths: ["/etc/letsencrypt/options-ssl-nginx.conf"],
  source: "certbot's published options-ssl-nginx.conf (certbot-nginx, Apache-2.0)",
  summary: "ssl_protocols TLSv1.2 TLSv1.3 (TLSv1.2 before nginx 1.13.0), Mozilla intermediate ssl_ciphers, ssl_session_tickets off, a shared session cache",
  directives: (version) => [
    ["ssl_session_cache", "shared:le_nginx_SSL:10m"],
    ["ssl_session_timeout", "1440m"],
    ["ssl_session_tickets", "off"],
    ["ssl_protocols", ...versionAtLeast(version, "1.13.0") ? ["TLSv1.2", "TLSv1.3"] : ["TLSv1.2"]],
    ["ssl_prefer_server_ciphers", "off"],
    ["ssl_ciphers", CERTBOT_CIPHERS]
  ]
};
var DEBIAN_SNAKEOIL = {
  id: "Debian snippets/snakeoil.conf",
  paths: ["/etc/nginx/snippets/snakeoil.conf"],
  source: "Debian nginx-common's snippets/snakeoil.conf (BSD-2-clause)",
  summary: "the ssl-cert package's self-signed certificate /etc/ssl/certs/ssl-cert-snakeoil.pem and its key",
  directives: () => [
    ["ssl_certificate", "/etc/ssl/certs/ssl-cert-snakeoil.pem"],
    ["ssl_certificate_key", "/etc/ssl/private/ssl-cert-snakeoil.key"]
  ]
};
var PUBLISHED = [CERTBOT_OPTIONS, DEBIAN_SNAKEOIL];
function publishedInclude(value) {
  const absolute = value.startsWith("/") ? value : `/etc/nginx/${value.replace(/^\.\//, "")}`;
  return PUBLISHED.find((p) => p.paths.includes(absolute));
}
function publishedById(id) {
  return PUBLISHED.find((p) => p.id === id);
}

// src/dialects/nginx/load.ts
var ReadFailure = class extends Error {
  constructor(message, ruleId = "include-not-found") {
    super(message);
    this.ruleId = ruleId;
  }
  ruleId;
};
var LimitExceeded = class extends ReadFailure {
};
var extents = /* @__PURE__ */ new WeakMap();
var resolvedFiles = /* @__PURE__ */ new WeakMap();
async function loadNginx(entry, context) {
  const entryPath = resolve(entry);
  let root;
  try {
    root = context.cache.get(entryPath) ?? readConfig(entryPath, context);
  } catch (error) {
    throw new Error(`Cannot read nginx config "${entryPath}": ${failureText(error)}`);
  }
  const realEntry = realPathOr(entryPath);
  const walk = { context, prefix: dirname(entryPath), chain: [realEntry], reads: 0, full: false, announced: /* @__PURE__ */ new Set() };
  resolveIncludes(root, walk);
  if (!extents.has(root)) extents.set(root, extentOf(root));
  return collectFiles(root);
}
function readConfig(path, context) {
  return readConfigFile(path, context, parseNginx);
}
function readConfigFile(path, context, parse) {
  const given = context.texts?.get(path);
  let bytes;
  try {
    bytes = given !== void 0 ? Buffer.from(given, "utf8") : readRegularFile(path, context.maxFileBytes);
  } catch (error) {
    if (error instanceof RefusedFile) throw error.reason === "too-large" ? tooLarge(error.size, context) : new ReadFailure(error.message);
    throw error;
  }
  refuseNonConfig(bytes);
  const { text, invalid } = decodeUtf8(bytes);
  const file = parse(text, path);
  if (invalid) {
    file.diagnostics.push(invalidUtf8Diagnostic(path, file.text, invalid));
    file.diagnostics = capParseErrors(file.diagnostics);
  }
  context.cache.set(path, file);
  return file;
}
function tooLarge(size, context) {
  return new LimitExceeded(`it is ${size} bytes, over the file size limit of ${context.maxFileBytes} bytes (--max-file-size)`);
}
var BINARY_SNIFF_BYTES = 8e3;
var PEM_PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
function refuseNonConfig(bytes) {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new ReadFailure("it looks like a binary file (it holds NUL bytes), not a config file; it is not read");
  }
  if (bytes.includes("PRIVATE KEY-----") && PEM_PRIVATE_KEY.test(bytes.toString("latin1"))) {
    throw new ReadFailure("it looks like a PEM private key, not a config file; tlslint never reads key files");
  }
}
function failureText(error) {
  if (error instanceof ReadFailure) return error.message;
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  if (code === "EISDIR") return "it is a directory";
  return error instanceof Error ? error.message : String(error);
}
function markResolved(file, context) {
  let done = resolvedFiles.get(context);
  if (!done) resolvedFiles.set(context, done = /* @__PURE__ */ new WeakSet());
  if (done.has(file)) return false;
  done.add(file);
  return true;
}
function resolveIncludes(file, walk) {
  if (!markResolved(file, walk.context)) return;
  for (const directive of includeDirectives(file)) {
    if (directive.args.length === 0) continue;
    directive.included = [];
    for (const target of includeTargets(directive, file, walk)) {
      const child = includeFile(target, directive, file, walk);
      if (child) directive.included.push(child);
    }
  }
}
var includesByFile = /* @__PURE__ */ new WeakMap();
function includeDirectives(file) {
  let includes = includesByFile.get(file);
  if (!includes) {
    includes = [];
    const stack = [...file.directives].reverse();
    while (stack.length) {
      const directive = stack.pop();
      if (directive.name === "include") includes.push(directive);
      const children = directive.children;
      if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
    includesByFile.set(file, includes);
  }
  return includes;
}
function candidatePaths(value, includer, walk) {
  if (isAbsolute2(value)) return [mapPath(value, walk.context.pathMaps)];
  const candidates = [join3(walk.prefix, value), join3(dirname(includer), value), join3(resolve(walk.context.root), value)];
  return [...new Set(candidates)];
}
function includeTargets(directive, file, walk) {
  const value = directive.args[0].value;
  const candidates = candidatePaths(value, file.path, walk);
  if (hasGlob(value)) {
    for (const candidate of candidates) {
      const { paths, cut } = expandGlob(candidate);
      if (cut) {
        walk.context.notify({
          level: "warning",
          message: `Include glob "${candidate}" (${file.path}:${directive.range.start.line}) visits more than ${MAX_GLOB_ENTRIES} directory entries; none of its matches are read`,
          file: file.path
        });
        return [];
      }
      if (paths.length) return paths;
    }
    return [];
  }
  for (const candidate of candidates) {
    if (exists(candidate)) return [candidate];
  }
  directive.unresolved = true;
  const published = publishedInclude(value);
  if (published) {
    directive.published = published.id;
    walk.context.notify({
      level: "note",
      message: `Missing include "${value}" (${file.path}:${directive.range.start.line}) read as ${published.source}: ${published.summary} (--map it to lint the real file)`,
      file: file.path
    });
    return [];
  }
  report(file, directive, "include-not-found", `Missing include "${value}" (tried ${candidates.join(", ")})`);
  return [];
}
function exists(path) {
  try {
    statSync2(path);
    return true;
  } catch (error) {
    return error.code === "EACCES" || error.code === "ELOOP";
  }
}
function report(file, directive, ruleId, message) {
  file.diagnostics.push({ ruleId, message, range: directive.range });
}
function chainText(walk, last) {
  return [...walk.chain, last].map((path) => relative2(walk.prefix, path) || path).join(" -> ");
}
function announceLimit(walk, kind, includer, message) {
  if (walk.announced.has(kind)) return;
  walk.announced.add(kind);
  walk.context.notify({ level: "warning", message, file: includer.path });
}
function includeSite(target, directive, includer, walk) {
  const shown = (path) => relative2(walk.prefix, path) || path;
  return `"${shown(target)}" (included at ${shown(includer.path)}:${directive.range.start.line})`;
}
function extentOf(file) {
  let depth = 0;
  let reads = 1;
  for (const directive of includeDirectives(file)) {
    for (const child of directive.included ?? []) {
      const below = extents.get(child) ?? { depth: 0, reads: 1 };
      depth = Math.max(depth, below.depth + 1);
      reads += below.reads;
    }
  }
  return { depth, reads };
}
function includeFile(target, directive, includer, walk) {
  const { context } = walk;
  let real;
  try {
    real = realpathSync(target);
  } catch (error) {
    const loop = error.code === "ELOOP";
    if (!loop) directive.unresolved = true;
    report(includer, directive, loop ? "include-cycle" : "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    return void 0;
  }
  if (walk.chain.includes(real)) {
    report(includer, directive, "include-cycle", `Include cycle: ${chainText(walk, real)}`);
    return void 0;
  }
  const named = context.namedByRealPath?.get(real);
  if (named !== void 0) target = named;
  const known2 = context.cache.get(target);
  const extent = (known2 && extents.get(known2)) ?? { depth: 0, reads: 1 };
  if (walk.chain.length + extent.depth > context.maxIncludeDepth) {
    const site = includeSite(target, directive, includer, walk);
    announceLimit(walk, "depth", includer, `Includes nested deeper than ${context.maxIncludeDepth} levels (--max-include-depth): ${site} is not read, nor is any other include that deep`);
    return void 0;
  }
  if (walk.full || walk.reads + extent.reads > context.maxIncludedFiles) {
    walk.full = true;
    const site = includeSite(target, directive, includer, walk);
    announceLimit(walk, "files", includer, `More than ${context.maxIncludedFiles} included files (--max-included-files): ${site} and every later include are not read`);
    return void 0;
  }
  let file;
  try {
    file = known2 ?? readConfig(target, context);
  } catch (error) {
    if (error instanceof LimitExceeded) {
      context.notify({ level: "warning", message: `Skipped ${includeSite(target, directive, includer, walk)}: ${error.message}`, file: includer.path });
    } else {
      directive.unresolved = true;
      report(includer, directive, "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    }
    return void 0;
  }
  walk.reads += extent.reads;
  walk.chain.push(real);
  resolveIncludes(file, walk);
  walk.chain.pop();
  if (!extents.has(file)) extents.set(file, extentOf(file));
  return file;
}
function realPathOr(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function collectFiles(root) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const directive of includeDirectives(file)) for (const child of directive.included ?? []) visit(child);
  };
  visit(root);
  return [...seen];
}

export {
  mapPath,
  resolveNamedFile,
  hasGlob,
  MAX_GLOB_ENTRIES,
  expandGlob,
  compareBytes,
  compareVersions,
  versionAtLeast,
  publishedById,
  LimitExceeded,
  loadNginx,
  readConfigFile,
  failureText,
  includeDirectives
};
