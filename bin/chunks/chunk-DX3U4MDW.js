import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  walkDirectives
} from "./chunk-TJ564R7M.js";
import {
  Lexer,
  LimitExceeded,
  SourceText,
  announceLimit,
  chainText,
  createToken,
  endOffsetOf,
  expandGlob,
  failureText,
  hasCodeBefore,
  hasGlob,
  includeSite,
  lazyLexer,
  lexingDiagnostic,
  limitNesting,
  lookupTable,
  mapPath,
  parseGuarded,
  pathExists,
  pointAt,
  readConfigFile,
  replaceValue,
  reportAt,
  resolveNamedFile,
  spanOf,
  startOffsetOf,
  tokenMatcher,
  versionAtLeast
} from "./chunk-OZ33Z7ZD.js";
import {
  KNOWN_SUITES,
  readRegularFileHead
} from "./chunk-VP7JA27V.js";

// src/dialects/caddy/tokens.ts
var Whitespace = createToken({
  name: "Whitespace",
  pattern: /[ \t\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/,
  group: Lexer.SKIPPED
});
var LineContinuation = createToken({
  name: "LineContinuation",
  pattern: /\\\r*\n/,
  group: Lexer.SKIPPED,
  line_breaks: true
});
var Newline = createToken({ name: "Newline", pattern: /\n/, line_breaks: true });
var Comment = createToken({ name: "Comment", pattern: /#[^\n]*/, group: "comments" });
var Word = createToken({ name: "Word", pattern: Lexer.NA });
function isSpace(code) {
  if (code <= 255) return code === 32 || code >= 9 && code <= 13 || code === 133 || code === 160;
  return code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
function endsWord(text2, offset) {
  return offset >= text2.length || isSpace(text2.charCodeAt(offset));
}
function matchBrace(brace) {
  return (text2, offset) => text2[offset] === brace && endsWord(text2, offset + 1) ? [brace] : null;
}
var LBrace = createToken({ name: "LBrace", pattern: { exec: matchBrace("{") }, start_chars_hint: ["{"] });
var RBrace = createToken({ name: "RBrace", pattern: { exec: matchBrace("}") }, start_chars_hint: ["}"] });
var DoubleQuoted = createToken({
  name: "DoubleQuoted",
  pattern: /"(?:[^"\\]|\\[\s\S])*"/,
  categories: [Word],
  line_breaks: true
});
var Backticked = createToken({ name: "Backticked", pattern: /`[^`]*`/, categories: [Word], line_breaks: true });
var UnterminatedQuoted = createToken({
  name: "UnterminatedQuoted",
  // Tried after DoubleQuoted and Backticked, so no closing quote follows: both alternatives run to the end.
  pattern: /"(?:[^"\\]|\\[\s\S])*|`[^`]*/,
  categories: [Word],
  line_breaks: true
});
function matchHeredoc(text2, offset) {
  if (text2[offset] !== "<" || text2[offset + 1] !== "<") return null;
  const opener = /<<([A-Za-z0-9_-]+)\r*\n/y;
  opener.lastIndex = offset;
  const match = opener.exec(text2);
  if (!match) return null;
  const marker = match[1];
  const bodyStart = offset + match[0].length;
  const close = text2.indexOf(marker, bodyStart);
  const end = close === -1 ? text2.length : close + marker.length;
  const result = [text2.slice(offset, end)];
  result.payload = { marker, closed: close !== -1 };
  return result;
}
var Heredoc = createToken({
  name: "Heredoc",
  pattern: { exec: matchHeredoc },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: ["<"]
});
function matchBareWord(text2, offset) {
  const length = text2.length;
  let index = offset;
  while (index < length) {
    const code = text2.charCodeAt(index);
    if (isSpace(code)) break;
    if (code === 92 && continuationAt(text2, index)) break;
    index++;
  }
  if (index === offset) return null;
  bareWordMatch[0] = text2.slice(offset, index);
  return bareWordMatch;
}
function continuationAt(text2, offset) {
  let index = offset + 1;
  while (text2.charCodeAt(index) === 13) index++;
  return text2.charCodeAt(index) === 10;
}
var bareWordMatch = [""];
function bareWordStartChars() {
  const chars = [];
  for (let code = 0; code < 256; code++) if (!isSpace(code) && code !== 34 && code !== 96 && code !== 35) chars.push(code);
  for (let code = 256; code < 65536; code += 255) chars.push(code);
  chars.push(65535);
  return chars;
}
var BareWord = createToken({
  name: "BareWord",
  pattern: { exec: matchBareWord },
  categories: [Word],
  start_chars_hint: bareWordStartChars()
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

// src/dialects/caddy/to-ast.ts
var KEYLESS_BLOCK = "{";
function endOffsetOf2(token) {
  return token.startOffset + token.image.length;
}
function unescapeQuoted(inner) {
  return inner.includes('\\"') ? inner.replace(/\\"/g, '"') : inner;
}
function unescapeBare(word) {
  return word.includes("\\<") ? word.replace(/\\</g, "<") : word;
}
function heredocValue(image, payload) {
  const bodyStart = image.indexOf("\n") + 1;
  if (!payload.closed) return { value: image.slice(bodyStart), error: `Unterminated heredoc: no closing "${payload.marker}"` };
  const body = image.slice(bodyStart, image.length - payload.marker.length);
  const lastNewline = body.lastIndexOf("\n");
  const padding = body.slice(lastNewline + 1);
  const lines = body.slice(0, lastNewline + 1).split("\n");
  let value = "";
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index];
    if (!line.startsWith(padding)) {
      return { value: body, error: `Mismatched whitespace in heredoc: line ${index + 1} of its body does not start with the closing marker's indentation` };
    }
    value += `${line.slice(padding.length)}
`.replace(/\r/g, "");
  }
  return { value };
}
var CaddyCstToAst = class {
  constructor(source) {
    this.source = source;
  }
  source;
  diagnostics = [];
  rangeOf(token) {
    return this.source.span(token.startOffset, endOffsetOf2(token));
  }
  report(message, range) {
    this.diagnostics.push({ ruleId: "parse-error", message, range });
  }
  config(children, out = []) {
    for (const statement of children.statement ?? []) this.statement(statement.children, out);
    for (const brace of children.strayRBrace ?? []) this.report('Unexpected "}": no block is open', this.rangeOf(brace));
  }
  block(children, out = []) {
    for (const statement of children.statement ?? []) this.statement(statement.children, out);
  }
  statement(children, out = []) {
    const words = children.word ?? [];
    const blockNode = children.block?.[0] ?? children.keylessBlock?.[0];
    const first = words[0] ?? blockNode.children.LBrace[0];
    const args = words.slice(1).map((token) => this.arg(token));
    const name = words.length ? this.arg(words[0]) : void 0;
    const nameRange = this.rangeOf(first);
    let end = words.length ? endOffsetOf2(words[words.length - 1]) : endOffsetOf2(first);
    const directive = { name: name ? name.value : KEYLESS_BLOCK, nameRange, args, range: nameRange };
    if (blockNode) {
      const block = blockNode.children;
      const childDirectives = [];
      this.block(block, childDirectives);
      directive.children = childDirectives;
      directive.headRange = this.source.span(first.startOffset, endOffsetOf2(block.LBrace[0]));
      const close = block.RBrace?.[0];
      if (close) {
        end = endOffsetOf2(close);
      } else {
        directive.recovered = true;
        const last = childDirectives[childDirectives.length - 1];
        end = last ? last.range.endOffset : endOffsetOf2(block.LBrace[0]);
        this.report('Unbalanced "{": block opened here is never closed', this.rangeOf(block.LBrace[0]));
      }
    }
    directive.range = this.source.span(first.startOffset, end);
    out.push(directive);
  }
  arg(token) {
    const range = this.rangeOf(token);
    const raw = token.image;
    if (tokenMatcher(token, DoubleQuoted)) return { value: unescapeQuoted(raw.slice(1, -1)), raw, quoted: '"', range };
    if (tokenMatcher(token, Backticked)) return { value: raw.slice(1, -1), raw, quoted: "`", range };
    if (tokenMatcher(token, UnterminatedQuoted)) {
      this.report("Unterminated quoted string: Caddy reads the rest of the file into it", this.source.span(token.startOffset, token.startOffset + 1));
      const inner = raw.slice(1);
      return { value: raw[0] === '"' ? unescapeQuoted(inner) : inner, raw, quoted: raw[0] === '"' ? '"' : "`", range };
    }
    if (tokenMatcher(token, Heredoc)) {
      const { value, error } = heredocValue(raw, token.payload);
      if (error) this.report(error, this.source.span(token.startOffset, token.startOffset + raw.indexOf("\n")));
      return { value, raw, quoted: "<<", range };
    }
    if (raw.startsWith("<<") && /^\r*\n/.test(this.source.text.slice(token.startOffset + raw.length, token.startOffset + raw.length + 8))) {
      this.reportBadHeredoc(raw, range);
    }
    return { value: unescapeBare(raw), raw, quoted: null, range };
  }
  // caddy 2.7+: lexer.go refuses `<<<` ("too many '<' for heredoc") and a marker with other characters than
  // letters, digits, `-` and `_` at the end of a line (the Heredoc token only matches valid openers).
  reportBadHeredoc(raw, range) {
    if (raw.startsWith("<<<")) this.report('Too many "<" for a heredoc: expected two, as in <<END', range);
    else if (raw.length > 2) this.report(`Heredoc marker "${raw.slice(2)}" must hold only letters, digits, dashes and underscores`, range);
  }
};

// src/dialects/caddy/json.ts
var MAX_JSON_DEPTH = 200;
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function parseJson(source) {
  const reader = new JsonReader(source);
  try {
    reader.skipSpace();
    const value = reader.value(0);
    reader.skipSpace();
    if (reader.offset < source.text.length) throw new JsonSyntaxError(`Unexpected ${describe(source.text, reader.offset)} after the JSON value`, reader.offset);
    return { value, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at2 = Math.min(error.offset, source.text.length);
    const range = source.span(at2, Math.min(at2 + 1, source.text.length));
    return { value: void 0, diagnostics: [{ ruleId: "parse-error", message: error.message, range }] };
  }
}
function describe(text2, offset) {
  if (offset >= text2.length) return "end of file";
  const ch = text2[offset];
  return `"${ch === "\n" ? "\\n" : ch}"`;
}
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var JsonReader = class {
  constructor(source) {
    this.source = source;
    this.text = source.text;
  }
  source;
  offset = 0;
  text;
  skipSpace() {
    const text2 = this.text;
    while (this.offset < text2.length) {
      const code = text2.charCodeAt(this.offset);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
      this.offset++;
    }
  }
  fail(message) {
    throw new JsonSyntaxError(message, this.offset);
  }
  value(depth) {
    if (depth > MAX_JSON_DEPTH) this.fail(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    const ch = this.text[this.offset];
    if (ch === "{") return this.object(depth);
    if (ch === "[") return this.array(depth);
    if (ch === '"') {
      const start = this.offset;
      const value = this.string();
      return { kind: "string", value, range: this.source.span(start, this.offset) };
    }
    if (ch === "-" || ch >= "0" && ch <= "9") return this.number();
    for (const [word, kind] of [["true", "boolean"], ["false", "boolean"], ["null", "null"]]) {
      if (this.text.startsWith(word, this.offset)) {
        const start = this.offset;
        this.offset += word.length;
        const range = this.source.span(start, this.offset);
        return kind === "null" ? { kind, range } : { kind, value: word === "true", range };
      }
    }
    return this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a JSON value`);
  }
  object(depth) {
    const start = this.offset++;
    const members2 = [];
    this.skipSpace();
    if (this.text[this.offset] === "}") {
      this.offset++;
      return { kind: "object", members: members2, range: this.source.span(start, this.offset) };
    }
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.offset] !== '"') this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a quoted key`);
      const keyStart = this.offset;
      const key = this.string();
      const keyRange = this.source.span(keyStart, this.offset);
      this.skipSpace();
      if (this.text[this.offset] !== ":") this.fail(`Unexpected ${describe(this.text, this.offset)}: expected ":" after key "${key.slice(0, 40)}"`);
      this.offset++;
      this.skipSpace();
      members2.push({ key, keyRange, value: this.value(depth + 1) });
      this.skipSpace();
      const next = this.text[this.offset];
      this.offset++;
      if (next === "}") return { kind: "object", members: members2, range: this.source.span(start, this.offset) };
      if (next !== ",") {
        this.offset--;
        this.fail(`Unexpected ${describe(this.text, this.offset)}: expected "," or "}"`);
      }
    }
  }
  array(depth) {
    const start = this.offset++;
    const items2 = [];
    this.skipSpace();
    if (this.text[this.offset] === "]") {
      this.offset++;
      return { kind: "array", items: items2, range: this.source.span(start, this.offset) };
    }
    for (; ; ) {
      this.skipSpace();
      items2.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.offset];
      this.offset++;
      if (next === "]") return { kind: "array", items: items2, range: this.source.span(start, this.offset) };
      if (next !== ",") {
        this.offset--;
        this.fail(`Unexpected ${describe(this.text, this.offset)}: expected "," or "]"`);
      }
    }
  }
  // RFC 8259 section 7: escapes \" \\ \/ \b \f \n \r \t \uXXXX; control characters must be escaped.
  string() {
    const text2 = this.text;
    let index = ++this.offset;
    let out = "";
    let chunk = index;
    while (index < text2.length) {
      const code = text2.charCodeAt(index);
      if (code === 34) {
        out += text2.slice(chunk, index);
        this.offset = index + 1;
        return out;
      }
      if (code < 32) {
        this.offset = index;
        this.fail("Unescaped control character in a JSON string");
      }
      if (code === 92) {
        out += text2.slice(chunk, index);
        const escape = text2[index + 1];
        if (escape !== void 0 && escape in SIMPLE_ESCAPES) {
          out += SIMPLE_ESCAPES[escape];
          index += 2;
        } else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text2.slice(index + 2, index + 6))) {
          out += String.fromCharCode(parseInt(text2.slice(index + 2, index + 6), 16));
          index += 6;
        } else {
          this.offset = index;
          this.fail(`Invalid escape "\\${escape ?? ""}" in a JSON string`);
        }
        chunk = index;
        continue;
      }
      index++;
    }
    this.offset = text2.length;
    return this.fail("Unterminated JSON string");
  }
  number() {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.offset;
    const found = match.exec(this.text);
    if (!found) this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a number`);
    const start = this.offset;
    this.offset += found[0].length;
    return { kind: "number", value: Number(found[0]), range: this.source.span(start, this.offset) };
  }
};
function member(value, key) {
  if (value?.kind !== "object") return void 0;
  for (let index = value.members.length - 1; index >= 0; index--) if (value.members[index].key === key) return value.members[index].value;
  return void 0;
}
function at(value, ...keys) {
  let current = value;
  for (const key of keys) current = member(current, key);
  return current;
}
function items(value) {
  return value?.kind === "array" ? value.items : [];
}
function members(value) {
  return value?.kind === "object" ? value.members : [];
}
function text(value) {
  return value?.kind === "string" ? value.value : void 0;
}
function strings(value) {
  return items(value).flatMap((item) => item.kind === "string" ? [item.value] : []);
}

// src/dialects/caddy/parse.ts
var MAX_BLOCK_DEPTH = 100;
var BOM = "\uFEFF";
function parseCaddyfile(text2, path) {
  return parseGuarded(text2, path, "caddy", parseSource);
}
function parseSource(text2, path) {
  const source = new SourceText(path, text2);
  const lexed = caddyLexer.tokenize(text2);
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const visitor = new CaddyCstToAst(source);
  const limited = limitNesting(lexed.tokens, MAX_BLOCK_DEPTH, LBrace, RBrace);
  for (const brace of limited.tooDeep) {
    diagnostics.push({
      ruleId: "parse-error",
      message: `Blocks nested deeper than ${MAX_BLOCK_DEPTH} levels; the content of this block is not read`,
      range: visitor.rangeOf(brace)
    });
  }
  const directives = [];
  visitor.config(readCst(limited.tokens), directives);
  for (const diagnostic of visitor.diagnostics) diagnostics.push(diagnostic);
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  return { path, dialect: "caddy", text: text2, directives, comments, diagnostics };
}
function readCst(tokens) {
  let index = 0;
  const statement = () => {
    const children = {};
    if (tokenMatcher(tokens[index], LBrace)) children.keylessBlock = [block()];
    else {
      const words = [];
      while (index < tokens.length && tokenMatcher(tokens[index], Word)) words.push(tokens[index++]);
      children.word = words;
      if (index < tokens.length && tokenMatcher(tokens[index], LBrace)) children.block = [block()];
    }
    return { name: "statement", children };
  };
  const block = () => {
    const children = { LBrace: [tokens[index++]] };
    const statements2 = [];
    while (index < tokens.length) {
      const token = tokens[index];
      if (tokenMatcher(token, Newline)) index++;
      else if (tokenMatcher(token, RBrace)) {
        children.RBrace = [token];
        index++;
        break;
      } else statements2.push(statement());
    }
    if (statements2.length) children.statement = statements2;
    return { name: "block", children };
  };
  const config = {};
  const statements = [];
  const stray = [];
  while (index < tokens.length) {
    const token = tokens[index];
    if (tokenMatcher(token, Newline)) index++;
    else if (tokenMatcher(token, RBrace)) {
      stray.push(token);
      index++;
    } else statements.push(statement());
  }
  if (statements.length) config.statement = statements;
  if (stray.length) config.strayRBrace = stray;
  return config;
}
function toComment(token, source) {
  return {
    text: token.image.slice(1).replace(/\r$/, ""),
    range: source.span(token.startOffset, endOffsetOf2(token)),
    inline: hasCodeBefore(source.text, token.startOffset)
  };
}
var CADDY_JSON = "caddy-json";
var jsonPaths = /* @__PURE__ */ new Set();
var jsonValues = /* @__PURE__ */ new WeakMap();
function jsonOf(file) {
  return jsonValues.get(file);
}
function parseCaddyJson(text2, path) {
  const body = text2.startsWith(BOM) ? text2.slice(1) : text2;
  const source = new SourceText(path, body);
  const { value, diagnostics } = parseJson(source);
  const file = { path, dialect: CADDY_JSON, text: body, directives: [], comments: [], diagnostics };
  jsonPaths.add(path);
  if (value) jsonValues.set(file, value);
  return file;
}

// src/dialects/caddy/load.ts
import { realpathSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

// src/dialects/caddy/env.ts
function withEnvDefaults(value) {
  return value.includes("{$") ? value.replace(/\{\$([^{}:]+):([^{}]*)\}/g, (_, _name, fallback) => fallback) : value;
}
function hasEnvPlaceholder(value) {
  return /\{\$[^{}]+\}/.test(value);
}

// src/dialects/caddy/load.ts
var extents = /* @__PURE__ */ new WeakMap();
var resolvedFiles = /* @__PURE__ */ new WeakMap();
async function loadCaddyfile(entry, context) {
  const entryPath = resolve(entry);
  let root;
  try {
    root = context.cache.get(entryPath) ?? readConfig(entryPath, context);
  } catch (error) {
    throw new Error(`Cannot read Caddy config "${entryPath}": ${failureText(error)}`);
  }
  const realEntry = realPathOr(entryPath);
  const walk = { context, prefix: dirname(entryPath), snippets: /* @__PURE__ */ new Set(), chain: [realEntry], reads: 0, full: false, announced: /* @__PURE__ */ new Set() };
  resolveIncludes(root, walk);
  if (!extents.has(root)) extents.set(root, extentOf(root));
  return collectFiles(root);
}
function isCaddyJson(path) {
  if (/\.json$/i.test(path)) return true;
  try {
    const head = readRegularFileHead(path, 4096).toString("utf8").replace(/^\uFEFF/, "");
    return /^\s*\{\s*("|\}\s*$)/.test(head);
  } catch {
    return false;
  }
}
async function loadCaddyJson(entry, context) {
  const entryPath = resolve(entry);
  const cached = context.cache.get(entryPath);
  if (cached && cached.dialect === CADDY_JSON) return [cached];
  try {
    return [readConfig(entryPath, context, parseCaddyJson)];
  } catch (error) {
    throw new Error(`Cannot read Caddy JSON config "${entryPath}": ${failureText(error)}`);
  }
}
function readConfig(path, context, parse = parseCaddyfile) {
  const file = readConfigFile(path, context, parse);
  if (parse === parseCaddyfile) noteEnvironmentVariables(file, context);
  return file;
}
var ENV_WITHOUT_DEFAULT = /\{\$([^{}:]+)\}/g;
function noteEnvironmentVariables(file, context) {
  if (!file.text.includes("{$")) return;
  const names = /* @__PURE__ */ new Set();
  let line;
  for (const directive of walkDirectives(file.directives)) {
    for (const [value, at2] of [[directive.name, directive.nameRange], ...directive.args.map((a) => [a.value, a.range])]) {
      for (const match of value.matchAll(ENV_WITHOUT_DEFAULT)) {
        names.add(`{$${match[1]}}`);
        line ??= at2.start.line;
      }
    }
  }
  if (names.size === 0) return;
  const list = [...names];
  const shown = list.length > 3 ? `${list.slice(0, 3).join(", ")} and ${list.length - 3} more` : list.join(", ");
  context.notify({
    level: "note",
    message: `${shown}: environment variables Caddy puts in when it reads the Caddyfile; tlslint does not read the environment, so the settings they decide are left unknown (write {$NAME:default} to lint a default)`,
    file: file.path,
    line
  });
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
  const definitions = snippetDefinitions(file);
  let next = 0;
  for (const directive of includeDirectives(file)) {
    const at2 = startOffsetOf(directive.range);
    while (next < definitions.length && startOffsetOf(definitions[next].range) < at2) walk.snippets.add(snippetName(definitions[next++]));
    if (directive.args.length === 0) continue;
    const pattern = withEnvDefaults(directive.args[0].value);
    if (walk.snippets.has(pattern) || pattern.includes("{args") || hasEnvPlaceholder(pattern)) continue;
    directive.included = [];
    for (const target of includeTargets(directive, file, walk)) {
      const child = includeFile(target, directive, file, walk);
      if (child) {
        directive.included.push(child);
        for (const imported of collectFiles(child)) for (const snippet of snippetDefinitions(imported)) walk.snippets.add(snippetName(snippet));
      }
    }
  }
  for (; next < definitions.length; next++) walk.snippets.add(snippetName(definitions[next]));
}
function snippetName(directive) {
  const name = directive.name;
  if (directive.args.length || !directive.children || name.length < 2 || name[0] !== "(" || name[name.length - 1] !== ")") return void 0;
  return name.slice(1, -1);
}
function snippetDefinitions(file) {
  return file.directives.filter((directive) => snippetName(directive) !== void 0);
}
var includesByFile = /* @__PURE__ */ new WeakMap();
function includeDirectives(file) {
  let includes = includesByFile.get(file);
  if (!includes) {
    includes = [];
    const stack = [...file.directives].reverse();
    while (stack.length) {
      const directive = stack.pop();
      if (directive.name === "import") includes.push(directive);
      const children = directive.children;
      if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
    includesByFile.set(file, includes);
  }
  return includes;
}
function importPath(value, includer, context) {
  return isAbsolute(value) ? mapPath(value, context.pathMaps) : join(dirname(includer), value);
}
function includeTargets(directive, file, walk) {
  const value = withEnvDefaults(directive.args[0].value);
  const path = importPath(value, file.path, walk.context);
  if (hasGlob(value)) {
    if (count(path, "*") > 1 || count(path, "?") > 1 || path.includes("[") && path.includes("]")) {
      reportAt(file, directive, "parse-error", `Caddy refuses import pattern "${value}": a glob may hold only one wildcard (*)`);
      return [];
    }
    return expandGlob(path).paths;
  }
  if (pathExists(path)) return [path];
  reportAt(file, directive, "include-not-found", `Missing import "${value}": no snippet of that name is defined before it and no file "${path}" exists`);
  return [];
}
function count(text2, ch) {
  return text2.split(ch).length - 1;
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
    reportAt(includer, directive, loop ? "include-cycle" : "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    return void 0;
  }
  if (walk.chain.includes(real)) {
    reportAt(includer, directive, "include-cycle", `Include cycle: ${chainText(walk, real)}`);
    return void 0;
  }
  const known = context.cache.get(target);
  const extent = (known && extents.get(known)) ?? { depth: 0, reads: 1 };
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
    file = known ?? readConfig(target, context);
  } catch (error) {
    if (error instanceof LimitExceeded) {
      context.notify({ level: "warning", message: `Skipped ${includeSite(target, directive, includer, walk)}: ${error.message}`, file: includer.path });
    } else {
      reportAt(includer, directive, "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
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

// src/dialects/caddy/versions.ts
var CADDY_DEFAULT_VERSION = "2.6.2";
var IMPORT_ARG_BRACKETS_SINCE = "2.7.0";
var HEADER_DEFER_PREFIX_SINCE = "2.7.0";
var ON_DEMAND_PERMISSION_SINCE = "2.8.0";
var HEREDOC_SINCE = "2.7.0";
var CADDY_PROTOCOLS = lookupTable({ "tls1.2": "TLSv1.2", "tls1.3": "TLSv1.3" });
var CADDY_DEFAULT_CIPHERS = [
  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
  "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
];
var GO_CURVES = /* @__PURE__ */ new Set(["x25519", "secp256r1", "secp384r1", "secp521r1"]);

// src/dialects/caddy/model.ts
import { dirname as dirname2 } from "node:path";

// src/dialects/caddy/expand.ts
var MAX_EXPANDED_DIRECTIVES = 2e5;
var MAX_IMPORT_DEPTH = 30;
var reported = /* @__PURE__ */ new WeakSet();
function expandCaddyfile(entry, options = { version: CADDY_DEFAULT_VERSION }) {
  const filesByPath = /* @__PURE__ */ new Map();
  collect(entry, filesByPath);
  const expansion = {
    snippets: /* @__PURE__ */ new Map(),
    snippetOrigins: /* @__PURE__ */ new Map(),
    brackets: versionAtLeast(options.version, IMPORT_ARG_BRACKETS_SINCE),
    uses: /* @__PURE__ */ new Map(),
    produced: 0,
    report(directive, message) {
      if (reported.has(directive)) return;
      reported.add(directive);
      const file = filesByPath.get(directive.range.file);
      const diagnostic = { ruleId: "parse-error", message, range: directive.nameRange };
      file?.diagnostics.push(diagnostic);
    }
  };
  const top = expandList(entry.directives, [], expansion, 0, true);
  return { ...group(top, expansion), imports: [...expansion.uses.values()].map(({ range, sites }) => ({ range, sites })) };
}
function collect(file, out) {
  if (out.has(file.path)) return;
  out.set(file.path, file);
  const stack = [...file.directives];
  while (stack.length) {
    const directive = stack.pop();
    for (const child of directive.included ?? []) collect(child, out);
    if (directive.children) for (const item of directive.children) stack.push(item);
  }
}
function expandList(directives, via, expansion, depth, topLevel, args = null) {
  const out = [];
  for (const written of directives) {
    if (expansion.produced > MAX_EXPANDED_DIRECTIVES) {
      expansion.report(written, `Imports expand to more than ${MAX_EXPANDED_DIRECTIVES} directives; the rest is not read`);
      break;
    }
    const directive = args ? substitute(written, args, expansion.brackets) : written;
    if (!directive) continue;
    if (topLevel) {
      const snippet = snippetName(directive);
      if (snippet !== void 0) {
        if (expansion.snippets.has(snippet) && expansion.snippetOrigins.get(snippet) !== written) {
          expansion.report(written, `Snippet "${snippet}" is already defined; Caddy refuses to redeclare it`);
        }
        expansion.snippets.set(snippet, directive);
        expansion.snippetOrigins.set(snippet, args ? null : written);
        continue;
      }
    }
    if (directive.name === "import" && directive.args.length) {
      if (depth >= MAX_IMPORT_DEPTH) {
        expansion.report(written, `Imports nested deeper than ${MAX_IMPORT_DEPTH} levels (a snippet importing itself?); this import is not expanded`);
        continue;
      }
      const inner = [...via, written];
      const snippet = expansion.snippets.get(withEnvDefaults(directive.args[0].value));
      if (snippet) {
        recordUse(expansion, snippet, () => snippet.range, written.range);
        const values = directive.args.slice(1).map((arg) => arg.value);
        for (const item of expandList(snippet.children ?? [], inner, expansion, depth + 1, topLevel, values)) out.push(item);
      } else if (!written.included?.length && !/[*?[]/.test(directive.args[0].value)) {
        out.push(expandedOf(directive, via));
      } else {
        for (const file of written.included ?? []) recordUse(expansion, file, () => wholeFile(file), written.range);
        for (const file of written.included ?? []) for (const item of expandList(file.directives, inner, expansion, depth + 1, topLevel)) out.push(item);
      }
      continue;
    }
    expansion.produced++;
    const expanded = expandedOf(directive, via);
    if (directive.children) expanded.children = expandList(directive.children, via, expansion, depth, false, args);
    out.push(expanded);
  }
  return out;
}
function recordUse(expansion, key, range, site) {
  let use = expansion.uses.get(key);
  if (!use) expansion.uses.set(key, use = { range: range(), sites: [], seen: /* @__PURE__ */ new Set() });
  const siteKey = `${site.file}\0${startOffsetOf(site)}`;
  if (use.seen.has(siteKey)) return;
  use.seen.add(siteKey);
  use.sites.push(site);
}
function wholeFile(file) {
  const end = { line: file.text.split("\n").length, column: 1, offset: file.text.length };
  return { file: file.path, start: { line: 1, column: 1, offset: 0 }, end };
}
function expandedOf(directive, via) {
  const { name, nameRange, args, range, headRange, recovered } = directive;
  return { name, nameRange, args, range, headRange, recovered, importedVia: via };
}
var ARG_DOT = /\{args\.(\d+)\}/g;
var ARG_ANY = /\{args(?:\[(\d+)\]|\.(\d+))\}/g;
var ARG_RANGE = /^\{args\[(\d*):(\d*)\]\}$/;
function substitute(written, values, brackets) {
  if (!written.name.includes("{args") && !written.args.some((arg) => arg.value.includes("{args"))) return written;
  const replaceIn = (arg) => {
    if (!arg.value.includes("{args")) return [arg];
    const range = brackets ? ARG_RANGE.exec(arg.value) : null;
    if (range) {
      const from = range[1] ? Number(range[1]) : 0;
      const to = range[2] ? Number(range[2]) : values.length;
      if (from <= to && to <= values.length) return values.slice(from, to).map((value2) => ({ ...arg, value: value2 }));
      return [arg];
    }
    const pick = (match, index) => Number(index) < values.length ? values[Number(index)] : match;
    const value = brackets ? arg.value.replace(ARG_ANY, (match, a, b) => pick(match, a ?? b)) : arg.value.replace(ARG_DOT, (match, index) => pick(match, index));
    return [{ ...arg, value }];
  };
  const name = { value: written.name, raw: written.name, quoted: null, range: written.nameRange };
  const tokens = [name, ...written.args].flatMap(replaceIn);
  if (tokens.length === 0) return written.children ? { ...written, name: "", args: [] } : void 0;
  const [first, ...rest] = tokens;
  return { ...written, name: first.value, nameRange: first.range, args: rest };
}
function group(top, expansion) {
  const config = { options: [], optionsRange: null, sites: [] };
  let pending = [];
  for (let index = 0; index < top.length; index++) {
    const statement = top[index];
    if (statement.name === KEYLESS_BLOCK) {
      if (index === 0) {
        config.options = statement.children ?? [];
        config.optionsRange = statement.headRange ?? statement.range;
      } else {
        expansion.report(statement, "A block with no site address is the global options block, which must come first in the Caddyfile");
      }
      continue;
    }
    if (statement.name === "import" && pending.length === 0) continue;
    if (pending.length === 0 && statement.children && /^&\(.*\)$/.test(statement.name) && statement.args.length === 0) continue;
    pending.push(statement);
    const last = lastWord(statement);
    if (!statement.children && last.endsWith(",") && index + 1 < top.length) continue;
    const first = pending[0];
    const addresses = pending.flatMap((part) => [nameArg(part), ...part.args]).map(withoutComma).filter((arg) => arg.value !== "");
    if (statement.children) {
      config.sites.push({ addresses, headRange: statement.headRange ?? statement.range, range: spanFrom(first.range, statement.range), directives: statement.children, importedVia: first.importedVia });
    } else {
      const directives = top.slice(index + 1);
      const end = directives.length ? directives[directives.length - 1].range : statement.range;
      config.sites.push({ addresses, headRange: spanFrom(first.range, statement.range), range: spanFrom(first.range, end), directives, importedVia: first.importedVia });
      break;
    }
    pending = [];
  }
  return config;
}
function lastWord(directive) {
  return directive.args.length ? directive.args[directive.args.length - 1].value : directive.name;
}
function nameArg(directive) {
  return { value: directive.name, raw: directive.name, quoted: null, range: directive.nameRange };
}
function withoutComma(arg) {
  return arg.value.endsWith(",") ? { ...arg, value: arg.value.slice(0, -1) } : arg;
}
function spanFrom(a, b) {
  return a.file === b.file ? { file: a.file, start: a.start, end: b.end } : a;
}

// src/tls/go-suites.ts
var GO_CIPHER_SUITES = [
  "TLS_RSA_WITH_AES_128_CBC_SHA",
  "TLS_RSA_WITH_AES_256_CBC_SHA",
  "TLS_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_AES_128_GCM_SHA256",
  "TLS_AES_256_GCM_SHA384",
  "TLS_CHACHA20_POLY1305_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
  "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
];
var GO_TLS13_SUITES = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"];
var GO_NAMES = new Set(GO_CIPHER_SUITES);
var FACTS_BY_IANA = new Map([...KNOWN_SUITES.values()].map((suite) => [suite.iana, suite]));
function isGoCipherSuite(name) {
  return GO_NAMES.has(name);
}
function ianaNameOf(opensslName) {
  return KNOWN_SUITES.get(opensslName)?.iana;
}
function expandGoSuites(list, openssl) {
  const suites = [];
  const unknownTerms = [];
  let offset = 0;
  for (const name of list.split(":")) {
    if (name !== "") {
      const facts = FACTS_BY_IANA.get(name);
      if (!GO_NAMES.has(name)) unknownTerms.push({ term: name, offset, reason: "unknown", adds: true });
      else if (facts && !suites.includes(facts)) suites.push(facts);
    }
    offset += name.length + 1;
  }
  return { cipherString: list, openssl, suites, unknownTerms, securityLevel: null, error: null };
}

// src/dialects/caddy/issuers.ts
function qualifiesForPublicCert(host) {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (name === "localhost" || /\.(localhost|local|internal|home\.arpa)$/.test(name)) return false;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(":")) return false;
  return true;
}

// src/dialects/caddy/client-auth.ts
var MODES = lookupTable({
  request: { mode: "optional", verifies: false },
  require: { mode: "required", verifies: false },
  verify_if_given: { mode: "optional", verifies: true },
  require_and_verify: { mode: "required", verifies: true }
});
function caddyClientAuth(input) {
  const active = input.cas > 0 || input.leaves > 0 || input.verifiers > 0 || input.mode !== void 0;
  if (!active) return { mode: "none", verified: false, written: "client_auth", source: input.source, level: input.level };
  const written = input.mode ?? (input.cas > 0 || input.leaves > 0 ? "require_and_verify" : "require");
  const known = MODES[written];
  if (!known) return void 0;
  const pinned = input.leaves > 0;
  const verified = known.verifies || pinned || input.verifiers > 0;
  const mode = pinned ? "required" : known.mode;
  return { mode, verified, written, source: input.modeSource ?? input.source, level: input.level, ...input.caSource ? { caSource: input.caSource } : {} };
}

// src/dialects/caddy/shared-cache.ts
function withSharedCertificates(endpoints) {
  return endpoints.map((endpoint) => {
    if (endpoint.certificates.length > 0 || !endpoint.listeners.some((l) => l.tls)) return endpoint;
    const names = /* @__PURE__ */ new Set();
    const files = /* @__PURE__ */ new Set();
    let anyName = false;
    let more = false;
    for (const other of endpoints) {
      if (other === endpoint) continue;
      if (other.unknown.has("certificates")) more = true;
      for (const ref of other.certificates) {
        if (ref.managed) {
          for (const name of ref.managed.names) names.add(name);
          if (ref.managed.onDemand && ref.managed.names.length === 0) anyName = true;
        } else if (ref.certificate.source) {
          files.add(ref.certificate.value);
        }
      }
    }
    if (names.size === 0 && files.size === 0 && !anyName && !more) return endpoint;
    return { ...endpoint, sharedCertificates: { names: [...names].sort(), files: [...files].sort(), anyName, more } };
  });
}

// src/dialects/caddy/model.ts
function buildCaddyModel(entry, options) {
  const version = options.serverVersions.caddy ?? CADDY_DEFAULT_VERSION;
  const config = expandCaddyfile(entry, { version });
  const files = filesOf(entry);
  const problems = new Problems(files);
  const auto = autoHttpsOf(config);
  const sites = config.sites.map((site) => ({ site, addresses: addressesOf(site, auto, problems) }));
  const tlsPorts = tlsByPort(sites, auto);
  const prefix = dirname2(entry.path);
  const context = { auto, prefix, root: options.root, pathMaps: options.pathMaps, problems, version, resolved: /* @__PURE__ */ new Map() };
  const endpoints = withSharedCertificates(withoutShadowedRedirects(
    sites.flatMap(({ site, addresses }) => byPort(auto.fromEnvironment ? [] : addresses).flatMap((group2) => withRedirect(buildEndpoint(site, group2, tlsPorts, context), auto.mode, auto.httpPort))),
    auto.httpPort
  ));
  if (!versionAtLeast(version, HEREDOC_SINCE)) refuseHeredocs(files, version, problems);
  return { dialect: "caddy", server: { product: "Caddy", version, tlsLibrary: "go" }, endpoints, files, importSites: importSitesOf(config) };
}
function importSitesOf(config) {
  if (config.imports.length === 0) return void 0;
  const byFile = /* @__PURE__ */ new Map();
  for (const use of config.imports) {
    const list = byFile.get(use.range.file) ?? [];
    list.push(use);
    byFile.set(use.range.file, list);
  }
  return (range) => {
    const at2 = startOffsetOf(range);
    let sites = [];
    let copied = false;
    for (const use of byFile.get(range.file) ?? []) {
      if (!(startOffsetOf(use.range) <= at2 && at2 < endOffsetOf(use.range))) continue;
      if (sites.length === 0) sites = use.sites;
      else if (copied) sites.push(...use.sites);
      else {
        sites = [...sites, ...use.sites];
        copied = true;
      }
    }
    return sites;
  };
}
function filesOf(entry) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const stack = [...file.directives];
    while (stack.length) {
      const directive = stack.pop();
      for (const child of directive.included ?? []) visit(child);
      if (directive.children) for (const item of directive.children) stack.push(item);
    }
  };
  visit(entry);
  return [...seen];
}
var Problems = class {
  byPath = /* @__PURE__ */ new Map();
  seen = /* @__PURE__ */ new Set();
  constructor(files) {
    for (const file of files) this.byPath.set(file.path, file);
  }
  /** Caddy refuses `range`'s text with `message`. */
  refuse(range, message) {
    const key = `${range.file}:${range.start.offset}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const file = this.byPath.get(range.file);
    if (!file || file.diagnostics.some((d) => d.message === message && d.range.start.offset === range.start.offset)) return;
    const diagnostic = { ruleId: "parse-error", message, range };
    file.diagnostics.push(diagnostic);
  }
};
function refuseHeredocs(files, version, problems) {
  for (const file of files) {
    if (!file.text.includes("<<")) continue;
    for (const directive of walkDirectives(file.directives)) {
      for (const arg of directive.args) {
        if (arg.quoted === "<<") problems.refuse(arg.range, `Caddy ${version} has no heredocs (Caddy 2.7 added them): write the text as a quoted string, or set --server-version caddy=2.7`);
      }
    }
  }
}
function autoHttpsOf(config) {
  const auto = { mode: null, source: null, httpPort: 80, httpsPort: 443 };
  for (const option of config.options) {
    const value = option.args[0] ? withEnvDefaults(option.args[0].value) : "";
    if (hasEnvPlaceholder(value) && ["auto_https", "http_port", "https_port"].includes(option.name)) {
      auto.fromEnvironment ??= option.range;
      continue;
    }
    if (option.name === "auto_https") {
      auto.mode = value;
      auto.source = option.range;
    } else if (option.name === "local_certs") {
      auto.localCerts = option.range;
    } else if (option.name === "on_demand_tls") {
      auto.onDemandPermission ||= (option.children ?? []).some((c) => c.name === "ask" || c.name === "permission");
    } else if (option.name === "http_port" && /^\d+$/.test(value)) {
      auto.httpPort = Number(value);
    } else if (option.name === "https_port" && /^\d+$/.test(value)) {
      auto.httpsPort = Number(value);
    }
  }
  return auto;
}
function addressesOf(site, auto, problems) {
  const out = [];
  for (const arg of site.addresses) {
    if (hasEnvPlaceholder(withEnvDefaults(arg.value))) continue;
    const address = parseAddress(withEnvDefaults(arg.value), auto, arg);
    if (!address) {
      problems.refuse(arg.range, `Caddy refuses site address "${arg.value}": expected [scheme://]host[:port][/path] with scheme http or https`);
      continue;
    }
    if (address.scheme === "http" && address.port === auto.httpsPort || address.scheme === "https" && address.port === auto.httpPort) {
      problems.refuse(arg.range, `Caddy refuses site address "${arg.value}": scheme and port violate convention; write ${address.scheme === "http" ? `https://${address.host}` : `http://${address.host}`} or another port`);
      continue;
    }
    out.push(address);
  }
  return out;
}
function parseAddress(text2, auto, arg) {
  let rest = text2;
  let scheme = "";
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (schemeMatch) {
    const name = schemeMatch[1].toLowerCase();
    if (name !== "http" && name !== "https") return void 0;
    scheme = name;
    rest = rest.slice(schemeMatch[0].length);
  }
  const slash = rest.indexOf("/");
  const path = slash === -1 ? "" : rest.slice(slash);
  const hostPort = slash === -1 ? rest : rest.slice(0, slash);
  let host = hostPort;
  let portText = "";
  const ipv6 = /^\[([^\]]*)\](?::(.*))?$/.exec(hostPort);
  if (ipv6) {
    host = ipv6[1];
    portText = ipv6[2] ?? "";
  } else {
    const colon = hostPort.lastIndexOf(":");
    if (colon !== -1 && !hostPort.slice(0, colon).includes(":")) {
      host = hostPort.slice(0, colon);
      portText = hostPort.slice(colon + 1);
    }
  }
  if (portText !== "" && !/^\d+$/.test(portText)) {
    if (!portText.includes("{")) return void 0;
  }
  const explicitPort = /^\d+$/.test(portText);
  const port = explicitPort ? Number(portText) : scheme === "http" ? auto.httpPort : auto.httpsPort;
  return { scheme, host: host.toLowerCase(), port, explicitPort, path, arg };
}
function qualifiesForCert(host) {
  return host !== "" && !host.includes("{") && !/[\s]/.test(host) && host !== "*" && !host.startsWith(".") && !host.endsWith(".");
}
function tlsByPort(sites, auto) {
  const ports = /* @__PURE__ */ new Map();
  for (const { site, addresses } of sites) for (const address of addresses) {
    const list = ports.get(address.port) ?? [];
    list.push({ site, address });
    ports.set(address.port, list);
  }
  const off = auto.mode === "off";
  const result = /* @__PURE__ */ new Map();
  for (const [port, entries] of ports) {
    const explicit = entries.some(({ site }) => tlsDirectives(site.directives).length > 0);
    const qualifies = entries.some(({ address }) => address.scheme === "https" || address.scheme !== "http" && address.host !== "" && address.port !== auto.httpPort);
    const autoWillAdd = !off && entries.every(({ address }) => address.port === auto.httpsPort || address.port !== auto.httpPort && address.host !== "");
    const policies = explicit || qualifies && !autoWillAdd;
    const domains = entries.some(({ address }) => address.scheme !== "http" && qualifiesForCert(address.host));
    const automatic = !off && port !== auto.httpPort && (port === auto.httpsPort || domains);
    result.set(port, port !== auto.httpPort && (policies || automatic));
  }
  return result;
}
var AUTOMATIC_REDIRECT = "automatic HTTP->HTTPS redirect";
function byPort(addresses) {
  const groups = /* @__PURE__ */ new Map();
  for (const address of addresses) {
    const group2 = groups.get(address.port) ?? [];
    group2.push(address);
    groups.set(address.port, group2);
  }
  return groups.size ? [...groups.values()] : [[]];
}
function withRedirect(endpoint, mode, httpPort) {
  if (mode === "off" || mode === "disable_redirects" || !endpoint.listeners.some((l) => l.tls)) return [endpoint];
  const scope = {
    kind: "endpoint",
    label: AUTOMATIC_REDIRECT,
    catchAll: false,
    range: endpoint.range,
    headers: [],
    dropped: [],
    ownHeaders: [],
    returns: "redirect",
    headersUnknown: false
  };
  const redirect = {
    ...endpoint,
    label: `${endpoint.label} (automatic redirect)`,
    listeners: [{ address: null, port: httpPort, tls: false, tlsFrom: null, quic: false, defaultServer: false, source: null }],
    certificates: [],
    files: [],
    scopes: [scope],
    upstreams: [],
    httpRedirect: { toHttps: true, source: endpoint.range }
  };
  return [endpoint, redirect];
}
function withoutShadowedRedirects(endpoints, httpPort) {
  const explicit = new Set(endpoints.filter((e) => e.scopes[0]?.label !== AUTOMATIC_REDIRECT && e.listeners.some((l) => !l.tls && l.port === httpPort)).flatMap((e) => e.serverNames));
  return endpoints.flatMap((endpoint) => {
    if (endpoint.scopes[0]?.label !== AUTOMATIC_REDIRECT || endpoint.serverNames.length === 0) return [endpoint];
    const names = endpoint.serverNames.filter((name) => !explicit.has(name));
    return names.length === 0 ? [] : [{ ...endpoint, serverNames: names }];
  });
}
function buildEndpoint(site, addresses, tlsPorts, context) {
  const tls = readTls(site, context);
  const listeners = [];
  const seenPorts = /* @__PURE__ */ new Set();
  const socketsUnknown = context.auto.fromEnvironment !== void 0 || addresses.length === 0 && site.addresses.some((a) => hasEnvPlaceholder(withEnvDefaults(a.value))) || bindsInheritedSockets(site);
  for (const address of socketsUnknown ? [] : addresses) {
    if (seenPorts.has(address.port)) continue;
    seenPorts.add(address.port);
    const onTls = tlsPorts.get(address.port) ?? false;
    listeners.push({
      address: null,
      port: address.port,
      tls: onTls,
      tlsFrom: onTls ? tls.directive ? "listener" : "automatic" : null,
      quic: false,
      defaultServer: false,
      source: address.arg.range
    });
  }
  const hosts = /* @__PURE__ */ new Set();
  for (const address of addresses) hosts.add(address.host);
  const serverNames = hosts.has("") ? ["", ...[...hosts].filter((host) => host !== "")] : [...hosts];
  const certificates = [...tls.certificates, ...managedCertificates(site, addresses, listeners, tls, context.auto)];
  refuseUnboundedOnDemand(addresses, tls, context);
  const range = site.headRange;
  const unreadable = hasUnresolvedImport(site.directives);
  const scopes = headerScopes(site, range, unreadable, context.version);
  const httpRedirect = siteRedirect(site);
  return {
    label: site.addresses.map((a) => a.value.replace(/,$/, "")).join(", ") || "site",
    range,
    serverNames,
    listeners,
    certificates,
    protocols: tls.protocols,
    ciphers: tls.ciphers,
    // Go's crypto/tls offers its TLS 1.3 suites whatever the configuration says.
    ciphersuites: { value: GO_TLS13_SUITES_TEXT, source: null, level: "default" },
    // caddy: Go's crypto/tls sends session tickets and rotates their keys itself (caddytls SessionTicketService
    // rotates every 12 hours by default).
    sessionTickets: { value: true, source: null, level: "default" },
    ticketKeyRotation: "automatic",
    // caddy: certmagic staples OCSP responses for every managed and loaded certificate by default.
    stapling: { value: true, source: null, level: "default" },
    dhparam: { value: null, source: null, level: "default" },
    // Go's crypto/tls implements no DHE suites.
    dheAvailable: false,
    files: namedFiles(tls, context),
    deprecated: [],
    scopes,
    upstreams: upstreamsOf(site.directives, "endpoint"),
    rejectsHandshake: false,
    httpRedirect,
    ...tls.clientAuth && tls.clientAuth.mode !== "none" ? { clientAuth: tls.clientAuth } : {},
    application: "http",
    // caddy: certmagic staples OCSP for managed and loaded certificates alike.
    staplingAvailable: true,
    unknown: unreadable || socketsUnknown ? ALL_UNKNOWN : tls.unknown.size ? tls.unknown : NOTHING_UNKNOWN
  };
}
function bindsInheritedSockets(site) {
  const addresses = site.directives.filter((d) => d.name === "bind").flatMap((d) => d.args.map((a) => a.value));
  return addresses.length > 0 && addresses.every((a) => /^fd(gram)?\//.test(a));
}
function managedCertificates(site, addresses, listeners, tls, auto) {
  if (tls.certificates.length > 0 || tls.unknown.has("certificates") || !listeners.some((l) => l.tls)) return [];
  const off = auto.mode === "off" || auto.mode === "disable_certs";
  const hostless = auto.mode !== "off" && site.addresses.some((arg) => parseAddress(withEnvDefaults(arg.value), auto, arg)?.host === "");
  if (off && !tls.onDemand && !hostless) return [];
  const internal = tls.internal ?? (tls.acme ? void 0 : auto.localCerts);
  const names = [...new Set(addresses.filter((a) => a.scheme !== "http" && a.port !== auto.httpPort && qualifiesForCert(a.host)).map((a) => a.host))];
  const source = tls.directive?.range ?? null;
  const viaAutomate = hostless && !tls.onDemand;
  const how = { ...tls.onDemand ? { onDemand: true } : {}, ...viaAutomate || auto.mode === "ignore_loaded_certs" ? {} : { unlessLoaded: true } };
  if (names.length === 0) {
    if (!tls.onDemand) return [];
    const level = internal && internal === auto.localCerts ? "global" : "endpoint";
    return [{ certificate: { value: internal ? "internal" : "automatic", source: internal ?? source, level }, key: null, managed: { issuer: internal ? "local-ca" : "public-ca", names: [], ...how } }];
  }
  if (internal) {
    const level = internal === auto.localCerts ? "global" : "endpoint";
    return [{ certificate: { value: "internal", source: internal, level }, key: null, managed: { issuer: "local-ca", names, ...how } }];
  }
  const certificate = { value: "automatic", source, level: source ? "endpoint" : "default" };
  const publicNames = names.filter((n) => tls.acme || qualifiesForPublicCert(n));
  const localNames = names.filter((n) => !publicNames.includes(n));
  return [
    ...publicNames.length ? [{ certificate, key: null, managed: { issuer: "public-ca", names: publicNames, ...how } }] : [],
    ...localNames.length ? [{ certificate, key: null, managed: { issuer: "local-ca", names: localNames, ...how } }] : []
  ];
}
var GO_TLS13_SUITES_TEXT = GO_TLS13_SUITES.join(":");
var CADDY_DEFAULT_CIPHERS_TEXT = CADDY_DEFAULT_CIPHERS.join(":");
function refuseUnboundedOnDemand(addresses, tls, context) {
  if (!tls.onDemandSource || tls.managers || !versionAtLeast(context.version, ON_DEMAND_PERMISSION_SINCE) || context.auto.onDemandPermission) return;
  const subjects = addresses.filter((a) => a.scheme !== "http" && a.port !== context.auto.httpPort && qualifiesForCert(a.host)).map((a) => a.host);
  const unbounded = subjects.length === 0 || subjects.some((s) => s.startsWith("*"));
  const onlyInternal = tls.internal !== void 0 || !tls.acme && context.auto.localCerts !== void 0;
  if (!unbounded || onlyInternal) return;
  context.problems.refuse(tls.onDemandSource, `Caddy ${context.version} refuses on_demand for ${subjects.length ? "a wildcard name" : "a site with no host name"} without a permission: add "ask <url>" (or "permission <module>") to the global on_demand_tls option`);
}
var ALL_UNKNOWN = /* @__PURE__ */ new Set(["protocols", "ciphers", "sessionTickets", "stapling", "certificates", "redirect"]);
var NOTHING_UNKNOWN = /* @__PURE__ */ new Set();
function hasUnresolvedImport(directives) {
  for (const directive of directives) {
    if (directive.name === "import" || directive.children !== void 0 && hasUnresolvedImport(directive.children)) return true;
  }
  return false;
}
function siteRedirect(site) {
  const redir = site.directives.find((d) => d.name === "redir" && d.args.length > 0 && !isMatcherToken(d.args[0].value));
  return redir ? { toHttps: /^https:\/\//i.test(redir.args[0].value), source: redir.range } : null;
}
function tlsDirectives(directives) {
  return directives.filter((d) => d.name === "tls");
}
function readTls(site, context) {
  const settings = {
    directive: null,
    certificates: [],
    protocols: { value: ["TLSv1.2", "TLSv1.3"], source: null, level: "default" },
    ciphers: { value: CADDY_DEFAULT_CIPHERS_TEXT, source: null, level: "default" },
    trustedFiles: [],
    unknown: /* @__PURE__ */ new Set()
  };
  for (const directive of tlsDirectives(site.directives)) {
    settings.directive ??= directive;
    const args = directive.args;
    if (args.some((a) => hasEnvPlaceholder(withEnvDefaults(a.value)))) {
      settings.unknown.add("certificates");
      settings.certificatesFromEnvironment = true;
    } else if (args.length === 1 && args[0].value === "internal") settings.internal ??= directive.range;
    else if (args.length === 1) settings.acme = true;
    if (args.length === 2 && !settings.certificatesFromEnvironment) {
      const certificate = { value: withEnvDefaults(args[0].value), source: directive.range, valueRange: args[0].range, level: "endpoint" };
      const key = { value: withEnvDefaults(args[1].value), source: directive.range, valueRange: args[1].range, level: "endpoint" };
      const resolvedPath = certificatePath(certificate.value, context);
      const keyPath = certificatePath(key.value, context);
      settings.certificates.push({ certificate, key, ...resolvedPath ? { resolvedPath } : {}, ...keyPath ? { keyPath } : {} });
    }
    for (const option of directive.children ?? []) readTlsOption(option, settings, context);
  }
  return settings;
}
var ACME_ISSUER_OPTIONS = /* @__PURE__ */ new Set(["issuer", "ca", "ca_root", "dns", "dns_ttl", "propagation_delay", "propagation_timeout", "resolvers", "eab", "preferred_chains"]);
function readTlsOption(option, settings, context) {
  if (option.name !== "client_auth" && option.args.some((a) => hasEnvPlaceholder(withEnvDefaults(a.value)))) {
    if (option.name === "protocols") settings.unknown.add("protocols");
    else if (option.name === "ciphers") settings.unknown.add("ciphers");
    else if (option.name === "issuer" || ACME_ISSUER_OPTIONS.has(option.name)) settings.unknown.add("certificates");
    return;
  }
  const values = option.args.map((a) => withEnvDefaults(a.value));
  const valueRange = option.args.length ? spanArgs(option.args) : void 0;
  if (option.name === "on_demand") {
    settings.onDemand = true;
    settings.onDemandSource ??= option.range;
  }
  if (option.name === "get_certificate") settings.managers = true;
  if (option.name === "issuer" && values[0] === "internal") settings.internal ??= option.range;
  else if (ACME_ISSUER_OPTIONS.has(option.name)) settings.acme = true;
  if (option.name === "protocols") {
    const bad = option.args.find((a) => !(withEnvDefaults(a.value) in CADDY_PROTOCOLS));
    if (bad) {
      context.problems.refuse(bad.range, `Caddy refuses protocol "${withEnvDefaults(bad.value)}": it supports only tls1.2 and tls1.3; expected "protocols tls1.2"`);
      return;
    }
    if (values.length === 0 || values.length > 2) {
      context.problems.refuse(option.range, 'Caddy refuses "protocols" without one or two versions: expected "protocols <min> [<max>]"');
      return;
    }
    const min = CADDY_PROTOCOLS[values[0]];
    const max = values[1] ? CADDY_PROTOCOLS[values[1]] : "TLSv1.3";
    if (min === "TLSv1.3" && max === "TLSv1.2") {
      context.problems.refuse(option.range, `Caddy refuses protocols "${values.join(" ")}": the minimum is above the maximum`);
      return;
    }
    const value = min === max ? [min] : ["TLSv1.2", "TLSv1.3"];
    settings.protocols = { value, source: option.range, valueRange, level: "endpoint" };
  } else if (option.name === "ciphers") {
    settings.ciphers = { value: values.join(":"), source: option.range, valueRange, level: "endpoint" };
  } else if (option.name === "curves") {
    for (const arg of option.args) {
      const curve = withEnvDefaults(arg.value);
      if (!GO_CURVES.has(curve)) context.problems.refuse(arg.range, `Caddy refuses curve "${curve}": expected one of ${[...GO_CURVES].join(", ")}`);
    }
  } else if (option.name === "client_auth") {
    readClientAuth(option, settings, context);
  }
}
function readClientAuth(block, settings, context) {
  let mode;
  let cas = 0;
  let leaves = 0;
  let verifiers = 0;
  let caSource;
  for (const line of block.children ?? []) {
    const value = line.args[0] ? withEnvDefaults(line.args[0].value) : void 0;
    if (line.name === "mode") mode = line;
    else if (line.name === "trusted_ca_cert" || line.name === "trusted_ca_cert_file" || line.name === "trust_pool") {
      cas++;
      caSource ??= line.range;
    } else if (line.name === "trusted_leaf_cert" || line.name === "trusted_leaf_cert_file") leaves++;
    else if (line.name === "verifier") verifiers++;
    if ((line.name === "trusted_ca_cert_file" || line.name === "trusted_leaf_cert_file") && value !== void 0 && !hasEnvPlaceholder(value) && line.args[0]) {
      settings.trustedFiles.push({ value, source: line.range, valueRange: line.args[0].range, level: "endpoint" });
    }
  }
  const written = mode?.args[0] ? withEnvDefaults(mode.args[0].value) : void 0;
  if (mode && written !== void 0 && hasEnvPlaceholder(written)) {
    settings.clientAuth = void 0;
    return;
  }
  const clientAuth = caddyClientAuth({ mode: written, cas, leaves, verifiers, source: block.range, ...caSource ? { caSource } : {}, ...mode ? { modeSource: mode.range } : {}, level: "endpoint" });
  if (!clientAuth && mode?.args[0]) {
    context.problems.refuse(mode.args[0].range, `Caddy refuses client_auth mode "${written}": expected request, require, verify_if_given or require_and_verify`);
  }
  settings.clientAuth = clientAuth;
}
function spanArgs(args) {
  const first = args[0].range;
  const last = args[args.length - 1].range;
  return first.file === last.file ? { file: first.file, start: first.start, end: last.end } : first;
}
function resolveFile(value, context) {
  if (context.resolved.has(value)) return context.resolved.get(value);
  const resolved = resolveNamedFile(value, { base: context.prefix, baseKnown: true, root: context.root, pathMaps: context.pathMaps });
  context.resolved.set(value, resolved);
  return resolved;
}
function certificatePath(value, context) {
  return resolveFile(value, context)?.path;
}
function namedFiles(tls, context) {
  const files = [];
  const add = (role, setting) => {
    if (!setting?.source) return;
    const resolved = resolveFile(setting.value, context);
    files.push({ role, setting, inCheckout: resolved?.inCheckout ?? false, ...resolved ? { path: resolved.path } : {} });
  };
  for (const ref of tls.certificates) {
    add("certificate", ref.certificate);
    add("key", ref.key);
  }
  for (const trusted of tls.trustedFiles) add("trusted-certificate", trusted);
  return files;
}
function isMatcherToken(value) {
  return value === "*" || value.startsWith("/") || value.startsWith("@");
}
function headerOps(directive, level, reading) {
  const { mayFail, deferPrefix, version } = reading;
  const args = directive.args;
  const start = args[0] && isMatcherToken(args[0].value) ? 1 : 0;
  const lines = [];
  if (args.length > start) lines.push({ args: args.slice(start), source: directive.range });
  let deferredBy;
  for (const child of directive.children ?? []) {
    if (child.name === "defer") {
      deferredBy = child.range;
      continue;
    }
    lines.push({ args: [{ value: child.name, raw: child.name, quoted: null, range: child.nameRange }, ...child.args], source: child.range });
  }
  deferredBy ??= lines.find((line) => line.args[0]?.value.startsWith("-") || deferPrefix && line.args[0]?.value.startsWith(">"))?.source;
  const ops = [];
  for (const line of lines) {
    const [field, value, replacement] = line.args;
    if (!field || replacement) continue;
    let name = field.value;
    let op = "set";
    const prefix = name[0];
    let unsent;
    if (prefix === ">" && !deferPrefix) {
      const meant = name.slice(1);
      unsent = {
        meant,
        why: `Caddy ${version} reads "${name}" as a header named "${name}", which Go's net/http never sends (">" defers a header only from Caddy 2.7 on); write "${meant}" without ">"`
      };
    } else if (prefix === "+" || prefix === "-" || prefix === "?" || prefix === ">") {
      op = prefix === "+" ? "add" : prefix === "-" ? "delete" : prefix === "?" ? "default" : "set";
      name = name.slice(1);
    }
    if (op !== "delete" && !value) continue;
    const text2 = withEnvDefaults(value?.value ?? "");
    const deferred = mayFail ? op === "default" ? line.source : deferredBy : void 0;
    ops.push({
      op,
      header: {
        name,
        value: text2,
        // caddy: the headers handler writes its fields before the next handler runs, so they are on every
        // status, errors included; deferred ones only on responses a handler writes.
        always: deferred === void 0,
        ...deferred ? { deferred } : {},
        dynamic: text2.includes("{"),
        source: line.source,
        valueRange: value?.range ?? field.range,
        level,
        ...unsent ? { unsent } : {}
      }
    });
  }
  return ops;
}
function applyOps(inherited, ops) {
  let headers = [...inherited];
  for (const { op, header } of ops) {
    const lower = header.name.toLowerCase();
    if (op === "set") headers = [...headers.filter((h) => h.name.toLowerCase() !== lower), header];
    else if (op === "add") headers.push(header);
    else if (op === "default" && !headers.some((h) => h.name.toLowerCase() === lower)) headers.push(header);
  }
  const deleted = new Set(ops.filter((o) => o.op === "delete").map((o) => o.header.name.toLowerCase()));
  return headers.filter((h) => !deleted.has(h.name.toLowerCase()));
}
function fixedAnswerOf(directive) {
  if (directive.name === "redir") return "redirect";
  if (directive.name === "abort") return "close";
  if (directive.name === "error") return "error";
  if (directive.name !== "respond") return null;
  const args = hasMatcher(directive) ? directive.args.slice(1) : directive.args;
  const status = args.find((a) => /^\d{3}$/.test(a.value))?.value;
  if (status && /^[45]/.test(status)) return "error";
  if (status && status.startsWith("3")) return "redirect";
  return "body";
}
var NOT_CONTENT = /* @__PURE__ */ new Set(["header", "tls", "log", "encode", "request_header", "bind", "import", "vars", "map", "root", "uri", "rewrite", "skip_log", "log_skip"]);
function fixedAnswer(directives) {
  const content = directives.filter((d) => !NOT_CONTENT.has(d.name) && !d.name.startsWith("@"));
  if (content.length === 0) return null;
  const answers = content.map(fixedAnswerOf);
  return answers.every((a) => a !== null) ? answers[0] : null;
}
var PATH_BLOCKS = /* @__PURE__ */ new Set(["handle", "handle_path", "route", "handle_errors"]);
function headerScopes(site, range, unreadable, version) {
  const deferPrefix = versionAtLeast(version, HEADER_DEFER_PREFIX_SINCE);
  const mayFail = site.directives.some(directiveMayFail);
  const siteOps = site.directives.filter((d) => d.name === "header" && !hasMatcher(d)).flatMap((d) => headerOps(d, "endpoint", { mayFail, deferPrefix, version }));
  const siteHeaders = applyOps([], siteOps);
  const blocks = site.directives.filter((d) => PATH_BLOCKS.has(d.name));
  const scopes = [{
    kind: "endpoint",
    label: "site",
    catchAll: false,
    range,
    headers: siteHeaders,
    dropped: [],
    ownHeaders: [],
    returns: blocks.length === 0 ? fixedAnswer(site.directives) : null,
    headersUnknown: unreadable
  }];
  for (const directive of site.directives) {
    if (directive.name !== "header" || !hasMatcher(directive)) continue;
    const ops = headerOps(directive, "path", { mayFail, deferPrefix, version });
    scopes.push({
      kind: "path",
      label: `header ${directive.args[0].value}`,
      catchAll: directive.args[0].value === "*",
      range: directive.range,
      headers: applyOps(siteHeaders, [...siteOps, ...ops]),
      dropped: [],
      ownHeaders: ops.map((o) => o.header),
      returns: null,
      headersUnknown: unreadable
    });
  }
  for (const block of blocks) addBlockScopes(block, siteOps, scopes, unreadable, { mayFail, deferPrefix, version });
  return scopes;
}
var NEVER_FAIL = /* @__PURE__ */ new Set([
  "respond",
  "redir",
  "abort",
  "header",
  "request_header",
  "encode",
  "vars",
  "map",
  "root",
  "uri",
  "rewrite",
  "try_files",
  "tls",
  "log",
  "bind",
  "import",
  "skip_log",
  "log_skip",
  "push",
  "request_body",
  // The error routes answer errors themselves: deferred fields of the site never reach them anyway.
  "handle_errors"
]);
var HANDLER_BLOCKS = /* @__PURE__ */ new Set(["handle", "handle_path", "route"]);
function directiveMayFail(directive) {
  if (directive.name.startsWith("@")) return false;
  if (HANDLER_BLOCKS.has(directive.name)) return (directive.children ?? []).some(directiveMayFail);
  return !NEVER_FAIL.has(directive.name);
}
function hasMatcher(directive) {
  return directive.args.length > 0 && isMatcherToken(directive.args[0].value);
}
function addBlockScopes(block, inheritedOps, out, unreadable, reading) {
  if (block.name === "handle_errors") return;
  const children = block.children ?? [];
  const ownOps = children.filter((d) => d.name === "header" && !hasMatcher(d)).flatMap((d) => headerOps(d, "path", reading));
  const ops = [...inheritedOps, ...ownOps];
  const nested = children.filter((d) => PATH_BLOCKS.has(d.name));
  const matcher = block.args[0]?.value;
  out.push({
    kind: "path",
    label: [block.name, ...block.args.map((a) => a.value)].join(" "),
    catchAll: block.name !== "route" && (matcher === void 0 || matcher === "*"),
    range: block.headRange ?? block.range,
    headers: applyOps([], ops),
    dropped: [],
    ownHeaders: ownOps.map((o) => o.header),
    returns: nested.length === 0 ? fixedAnswer(children) : null,
    headersUnknown: unreadable
  });
  for (const child of nested) addBlockScopes(child, ops, out, unreadable, reading);
}
function upstreamsOf(directives, level) {
  const out = [];
  for (const directive of directives) {
    if (directive.name === "reverse_proxy") {
      const args = hasMatcher(directive) ? directive.args.slice(1) : directive.args;
      const upstreamArgs = [...args];
      const transport = (directive.children ?? []).find((c) => c.name === "transport" && c.args[0]?.value === "http");
      for (const child of directive.children ?? []) if (child.name === "to") upstreamArgs.push(...child.args);
      const options = transport?.children ?? [];
      const insecure = options.find((o) => o.name === "tls_insecure_skip_verify");
      const transportTls = options.some((o) => o.name === "tls" || o.name.startsWith("tls_"));
      for (const arg of upstreamArgs) {
        if (!/^https:\/\//i.test(withEnvDefaults(arg.value)) && !transportTls) continue;
        const verify = insecure ? { value: false, source: insecure.range, level } : { value: true, source: null, level: "default" };
        out.push({ target: withEnvDefaults(arg.value), via: "reverse_proxy", source: arg.range, verify });
      }
    }
    if (directive.children && directive.name !== "reverse_proxy") for (const item of upstreamsOf(directive.children, PATH_BLOCKS.has(directive.name) ? "path" : level)) out.push(item);
  }
  return out;
}

// src/dialects/caddy/json-model.ts
import { dirname as dirname3 } from "node:path";

// src/model/hsts.ts
var PRELOAD_MIN_MAX_AGE = 31536e3;
var KNOWN_DIRECTIVES = { "max-age": "max-age", includesubdomains: "includeSubDomains", preload: "preload" };
var TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
var HSTS_HEADER = "Strict-Transport-Security";
var HSTS_NAME = "strict-transport-security";
function isHstsHeader(header) {
  return isHstsName(header.name);
}
function isHstsName(name) {
  return name.length === HSTS_NAME.length && (name === HSTS_HEADER || name.toLowerCase() === HSTS_NAME);
}
function hstsHeadersOf(headers) {
  if (headers.length === 0) return NO_HEADERS;
  let found = hstsByList.get(headers);
  if (!found) {
    found = headers.filter(isSentHsts);
    if (found.length === 1) {
      const shared = onlyHeader.get(found[0]);
      if (shared) found = shared;
      else onlyHeader.set(found[0], found);
    }
    hstsByList.set(headers, found);
  }
  return found;
}
var onlyHeader = /* @__PURE__ */ new WeakMap();
function isSentHsts(header) {
  return isHstsHeader(header) && header.value !== "";
}
function hasHstsHeaders(headers) {
  if (headers !== lastAsked) {
    lastAsked = headers;
    lastAnswer = hstsHeadersOf(headers).length > 0;
  }
  return lastAnswer;
}
var lastAsked;
var lastAnswer = false;
function distinctHstsLists(endpoints) {
  let lists = hstsListsByEndpoints.get(endpoints);
  if (!lists) {
    const seen = /* @__PURE__ */ new Set();
    lists = [];
    let previous;
    for (const endpoint of endpoints) {
      for (const scope of endpoint.scopes) {
        if (scope.headers === previous) continue;
        previous = scope.headers;
        if (seen.has(scope.headers)) continue;
        seen.add(scope.headers);
        const hsts = hstsHeadersOf(scope.headers);
        if (hsts.length > 0 && !seen.has(hsts)) {
          seen.add(hsts);
          lists.push(hsts);
        }
      }
    }
    hstsListsByEndpoints.set(endpoints, lists);
  }
  return lists;
}
var hstsListsByEndpoints = /* @__PURE__ */ new WeakMap();
var NO_HEADERS = [];
var hstsByList = /* @__PURE__ */ new WeakMap();
function rangeInValue(header, span) {
  const { valueRange, value } = header;
  const { start, end } = valueRange;
  if (start.line !== end.line) return null;
  const written = end.offset - start.offset;
  if (written !== value.length && written !== value.length + 2) return null;
  const shift = (written === value.length ? 0 : 1) + span.offset;
  const at2 = (delta) => ({ line: start.line, column: start.column + delta, offset: start.offset + delta });
  return { file: valueRange.file, start: at2(shift), end: at2(shift + span.length) };
}
var parsedValues = /* @__PURE__ */ new Map();
var MAX_PARSED_VALUES = 4096;
function parseHsts(value) {
  let policy = parsedValues.get(value);
  if (!policy) {
    policy = parseHstsValue(value);
    if (parsedValues.size < MAX_PARSED_VALUES) parsedValues.set(value, policy);
  }
  return policy;
}
function parseHstsValue(value) {
  const policy = { maxAge: null, maxAgeSpan: null, includeSubDomains: false, preload: false, problems: [] };
  const seen = /* @__PURE__ */ new Set();
  const directives = splitDirectives(value, policy.problems).flatMap((segment) => readDirectives(segment, policy.problems));
  for (const directive of directives) {
    const key = directive.name.toLowerCase();
    if (seen.has(key)) {
      policy.problems.push({ reason: `Expected each directive once, got "${directive.name}" again: browsers ignore the whole header`, ignoresHeader: true, span: directive.nameSpan });
      continue;
    }
    seen.add(key);
    applyDirective(directive, policy);
  }
  if (!seen.has("max-age")) policy.problems.push(missingMaxAge(directives));
  return policy;
}
function splitDirectives(value, problems) {
  const segments = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (quoted) {
      if (char === "\\") i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ";" || char === ",") {
      if (char === ",") problems.push({ reason: 'Expected ";" between directives, got ","', ignoresHeader: true, span: { offset: i, length: 1 }, replacement: ";" });
      segments.push({ text: value.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  if (quoted) problems.push({ reason: `Expected a closing '"' in the Strict-Transport-Security value`, ignoresHeader: true });
  segments.push({ text: value.slice(start), offset: start });
  return segments;
}
function readDirectives(segment, problems) {
  const { text: text2, offset } = segment;
  const directives = [];
  let pos = skipSpaces(text2, 0);
  while (pos < text2.length) {
    const nameEnd = skipToken(text2, pos);
    if (nameEnd === pos) {
      problems.push({ reason: `Expected a directive name, got "${text2.slice(pos).trim()}"`, ignoresHeader: true, span: { offset: offset + pos, length: text2.trimEnd().length - pos } });
      break;
    }
    const directive = { name: text2.slice(pos, nameEnd), nameSpan: { offset: offset + pos, length: nameEnd - pos } };
    directives.push(directive);
    let end = nameEnd;
    pos = skipSpaces(text2, end);
    if (text2[pos] === "=") {
      end = readValue(text2, skipSpaces(text2, pos + 1), offset, directive);
      pos = skipSpaces(text2, end);
    }
    if (pos === text2.length) break;
    if (pos === end || !TOKEN_CHAR.test(text2[pos])) {
      const rest = text2.slice(pos).trimEnd();
      problems.push({ reason: `Expected ";" or the end of the value, got "${rest}"`, ignoresHeader: true, span: { offset: offset + pos, length: rest.length } });
      break;
    }
    const written = text2.slice(directive.nameSpan.offset - offset, end);
    const next = text2.slice(pos, skipToken(text2, pos));
    problems.push({ reason: `Expected ";" between "${written}" and "${next}"`, ignoresHeader: true, span: { offset: offset + end, length: 0 }, replacement: ";" });
  }
  return directives;
}
function readValue(text2, pos, offset, directive) {
  if (text2[pos] === '"') {
    const close = closingQuote(text2, pos + 1);
    const inner = text2.slice(pos + 1, close);
    directive.value = inner.replace(/\\(.)/g, "$1");
    directive.valueSpan = { offset: offset + pos + 1, length: inner.length };
    return Math.min(close + 1, text2.length);
  }
  const end = skipToken(text2, pos);
  directive.value = text2.slice(pos, end);
  directive.valueSpan = { offset: offset + pos, length: end - pos };
  return end;
}
function applyDirective(directive, policy) {
  const key = directive.name.toLowerCase();
  if (key === "max-age") applyMaxAge(directive, policy);
  else if (key === "includesubdomains" || key === "preload") applyFlag(directive, key, policy);
  else {
    const meant = likelyMeant(directive.name);
    if (meant && meant !== "max-age") policy.problems.push({ reason: `Unknown directive "${directive.name}", expected "${meant}": browsers ignore it`, ignoresHeader: false, span: directive.nameSpan });
  }
}
function missingMaxAge(directives) {
  const consequence = "browsers ignore a Strict-Transport-Security header without it";
  const typo = directives.find((d) => likelyMeant(d.name) === "max-age");
  if (!typo) return { reason: `Expected a "max-age" directive, got none: ${consequence}`, ignoresHeader: true };
  return { reason: `Expected "max-age", got "${typo.name}": ${consequence}`, ignoresHeader: true, span: typo.nameSpan, replacement: "max-age" };
}
function applyMaxAge(directive, policy) {
  const { value, valueSpan } = directive;
  if (value === void 0 || value === "") {
    policy.problems.push({ reason: `Expected "max-age=<seconds>", got "${directive.name}${value === void 0 ? "" : "="}"`, ignoresHeader: true, span: directive.nameSpan });
  } else if (!/^[0-9]+$/.test(value)) {
    policy.problems.push({ reason: `Expected max-age to be a number of seconds, got "${value}"`, ignoresHeader: true, span: valueSpan });
  } else {
    policy.maxAge = Number(value);
    policy.maxAgeSpan = valueSpan ?? null;
  }
}
function applyFlag(directive, key, policy) {
  if (directive.value !== void 0) {
    const written = KNOWN_DIRECTIVES[key];
    policy.problems.push({ reason: `Expected "${written}" without a value, got "${directive.name}=${directive.value}"`, ignoresHeader: key === "includesubdomains", span: directive.nameSpan });
    return;
  }
  if (key === "includesubdomains") policy.includeSubDomains = true;
  else policy.preload = true;
}
function likelyMeant(name) {
  const squashed = squash(name);
  for (const known of Object.values(KNOWN_DIRECTIVES)) {
    const target = squash(known);
    if (editDistance(squashed, target) <= (target.length > 7 ? 2 : 1)) return known;
  }
  return void 0;
}
function squash(name) {
  return name.toLowerCase().replace(/[-_]/g, "");
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function skipSpaces(text2, pos) {
  while (pos < text2.length && (text2[pos] === " " || text2[pos] === "	")) pos++;
  return pos;
}
function skipToken(text2, pos) {
  while (pos < text2.length && TOKEN_CHAR.test(text2[pos])) pos++;
  return pos;
}
function closingQuote(text2, pos) {
  for (let i = pos; i < text2.length; i++) {
    if (text2[i] === "\\") i++;
    else if (text2[i] === '"') return i;
  }
  return text2.length;
}

// src/dialects/caddy/json-model.ts
var endpointSources = /* @__PURE__ */ new WeakMap();
var scopeSources = /* @__PURE__ */ new WeakMap();
function jsonEndpointSource(endpoint) {
  return endpointSources.get(endpoint.range);
}
function jsonScopeSource(scope) {
  return scopeSources.get(scope);
}
function buildCaddyJsonModel(entry, options) {
  const root = jsonOf(entry);
  const version = options.serverVersions.caddy ?? CADDY_DEFAULT_VERSION;
  const model = { dialect: "caddy", server: { product: "Caddy", version, tlsLibrary: "go" }, endpoints: [], files: [entry] };
  if (!root) return model;
  const http = at(root, "apps", "http");
  const httpPort = numberOr(member(http, "http_port"), 80);
  const httpsPort = numberOr(member(http, "https_port"), 443);
  const context = {
    entry,
    httpPort,
    httpsPort,
    prefix: dirname3(entry.path),
    pathMaps: options.pathMaps,
    root: options.root,
    loaded: loadedCertificates(root, entry, options.root, options.pathMaps),
    policies: automationPolicies(root),
    automate: new Set(strings(at(root, "apps", "tls", "certificates", "automate")).map((n) => n.toLowerCase()))
  };
  for (const { key, keyRange, value } of members(member(http, "servers"))) {
    const server = serverFacts(key, keyRange, value);
    for (const item of serverEndpoints(server, context)) model.endpoints.push(item);
  }
  model.endpoints = withSharedCertificates(withoutShadowedRedirects(model.endpoints, httpPort));
  return model;
}
function numberOr(value, fallback) {
  return value?.kind === "number" ? value.value : fallback;
}
function serverFacts(name, range, value) {
  const listeners = items(member(value, "listen")).flatMap((item) => {
    if (item.kind !== "string") return [];
    const parsed = parseListen(item.value);
    return parsed ? [{ ...parsed, range: item.range }] : [];
  });
  const auto = member(value, "automatic_https");
  return {
    value,
    name,
    range,
    listeners,
    policies: items(member(value, "tls_connection_policies")),
    disabled: member(auto, "disable")?.kind === "boolean" && member(auto, "disable").value,
    disableRedirects: member(auto, "disable_redirects")?.kind === "boolean" && member(auto, "disable_redirects").value,
    disableCerts: member(auto, "disable_certificates")?.kind === "boolean" && member(auto, "disable_certificates").value,
    ignoreLoadedCerts: member(auto, "ignore_loaded_certificates")?.kind === "boolean" && member(auto, "ignore_loaded_certificates").value,
    skip: new Set(strings(member(auto, "skip"))),
    skipCerts: new Set(strings(member(auto, "skip_certificates"))),
    routes: items(member(value, "routes"))
  };
}
function parseListen(address) {
  const withoutNetwork = address.replace(/^(tcp[46]?|udp[46]?)\//, "");
  if (/^unix/.test(address)) return void 0;
  const match = /^(.*):(\d+)(?:-\d+)?$/.exec(withoutNetwork);
  if (!match) return void 0;
  const host = match[1].replace(/^\[|\]$/g, "");
  return { port: Number(match[2]), address: host === "" ? null : host };
}
function routeHosts(route) {
  return items(member(route, "match")).flatMap((set) => strings(member(set, "host")));
}
function qualifiesForCert2(host) {
  return host !== "" && !host.includes("{") && !/\s/.test(host) && host !== "*" && !host.startsWith(".") && !host.endsWith(".");
}
function serverEndpoints(server, context) {
  const domains = server.routes.flatMap(routeHosts).filter((h) => !server.skip.has(h) && qualifiesForCert2(h));
  const onlyHttps = server.listeners.length > 0 && server.listeners.every((l) => l.port === context.httpsPort);
  const onlyHttp = server.listeners.length > 0 && server.listeners.every((l) => l.port === context.httpPort);
  const tls = server.policies.length > 0 || !server.disabled && !onlyHttp && (onlyHttps || domains.length > 0);
  const sites = /* @__PURE__ */ new Map();
  for (const route of server.routes) {
    const hosts = [...new Set(routeHosts(route))];
    const key = hosts.join(" ");
    const site = sites.get(key) ?? { hosts, routes: [] };
    site.routes.push(route);
    sites.set(key, site);
  }
  if (sites.size === 0) sites.set("", { hosts: [], routes: [] });
  const redirects = tls && !server.disabled && !server.disableRedirects && !server.listeners.some((l) => l.port === context.httpPort);
  return [...sites.values()].flatMap(({ hosts, routes }) => {
    const range = routes[0]?.range ?? server.range;
    const listeners = server.listeners.map((l) => {
      const onTls = tls && l.port !== context.httpPort;
      return { address: l.address, port: l.port, tls: onTls, tlsFrom: onTls ? server.policies.length ? "listener" : "automatic" : null, quic: false, defaultServer: false, source: l.range };
    });
    const httpRedirect = siteRedirect2(routes);
    const policy = policyFor(server.policies, hosts);
    const certificates = certificatesFor(hosts, tls, server, context);
    const endpoint = {
      label: hosts.length ? hosts.join(", ") : `server ${server.name}`,
      range,
      serverNames: hosts,
      listeners,
      certificates,
      protocols: protocolsOf(policy),
      ciphers: ciphersOf(policy),
      ciphersuites: { value: GO_TLS13_SUITES_TEXT2, source: null, level: "default" },
      sessionTickets: { value: true, source: null, level: "default" },
      ticketKeyRotation: "automatic",
      stapling: { value: true, source: null, level: "default" },
      dhparam: { value: null, source: null, level: "default" },
      dheAvailable: false,
      files: certificates.flatMap((ref) => fileReferences(ref, context)),
      deprecated: [],
      scopes: scopesOf(routes, range, { server: server.value, hosts, first: routes[0] ?? null }),
      upstreams: upstreamsOf2(routes, "endpoint"),
      rejectsHandshake: false,
      httpRedirect,
      ...clientAuthOf(policy),
      application: "http",
      staplingAvailable: true,
      // A JSON config is one file: nothing is left unread.
      unknown: /* @__PURE__ */ new Set()
    };
    endpointSources.set(range, { server: server.value, policy });
    return withRedirect(endpoint, redirects ? null : "off", context.httpPort);
  });
}
function policyFor(policies, hosts) {
  const { bySni, catchAll } = policyIndex(policies);
  let first = Infinity;
  for (const host of hosts) {
    const index = bySni.get(host);
    if (index !== void 0 && index < first) first = index;
  }
  return first === Infinity ? catchAll : policies[first];
}
var policyIndexes = /* @__PURE__ */ new WeakMap();
function policyIndex(policies) {
  let index = policyIndexes.get(policies);
  if (!index) {
    const bySni = /* @__PURE__ */ new Map();
    policies.forEach((policy, position) => {
      for (const name of strings(at(policy, "match", "sni"))) if (!bySni.has(name)) bySni.set(name, position);
    });
    index = { bySni, catchAll: policies.find((p) => member(p, "match") === void 0) };
    policyIndexes.set(policies, index);
  }
  return index;
}
var GO_TLS13_SUITES_TEXT2 = GO_TLS13_SUITES.join(":");
var CADDY_DEFAULT_CIPHERS_TEXT2 = CADDY_DEFAULT_CIPHERS.join(":");
function protocolsOf(policy) {
  const min = member(policy, "protocol_min");
  const max = member(policy, "protocol_max");
  const minValue = CADDY_PROTOCOLS[text(min) ?? "tls1.2"] ?? "TLSv1.2";
  const maxValue = CADDY_PROTOCOLS[text(max) ?? "tls1.3"] ?? "TLSv1.3";
  if (!min && !max) return { value: ["TLSv1.2", "TLSv1.3"], source: null, level: "default" };
  const value = minValue === maxValue ? [minValue] : ["TLSv1.2", "TLSv1.3"];
  const source = (max && maxValue !== "TLSv1.3" ? max : min ?? max).range;
  return { value, source, valueRange: source, level: "endpoint" };
}
function clientAuthOf(policy) {
  const auth = member(policy, "client_authentication");
  if (!auth) return {};
  const mode = member(auth, "mode");
  const ca = member(auth, "trusted_ca_certs_pem_files") ?? member(auth, "trusted_ca_certs") ?? member(auth, "ca");
  const clientAuth = caddyClientAuth({
    ...text(mode) !== void 0 ? { mode: text(mode) } : {},
    // caddy 2.8+: `ca` is a CA pool module (inline, file, pki_root, ...).
    cas: items(member(auth, "trusted_ca_certs")).length + items(member(auth, "trusted_ca_certs_pem_files")).length + (member(auth, "ca") ? 1 : 0),
    leaves: items(member(auth, "trusted_leaf_certs")).length,
    verifiers: items(member(auth, "verifiers")).length,
    source: auth.range,
    ...mode ? { modeSource: mode.range } : {},
    ...ca ? { caSource: ca.range } : {},
    level: "endpoint"
  });
  return clientAuth && clientAuth.mode !== "none" ? { clientAuth } : {};
}
function ciphersOf(policy) {
  const suites = member(policy, "cipher_suites");
  if (!suites) return { value: CADDY_DEFAULT_CIPHERS_TEXT2, source: null, level: "default" };
  return { value: strings(suites).join(":"), source: suites.range, valueRange: suites.range, level: "endpoint" };
}
function certificatesFor(hosts, tls, server, context) {
  if (!tls) return [];
  const selected = /* @__PURE__ */ new Set();
  const rest = [];
  for (const host of hosts) {
    const tags = strings(at(policyFor(server.policies, [host]), "certificate_selection", "any_tag"));
    const refs = context.loaded.filter((l) => l.tags.some((t) => tags.includes(t))).map((l) => l.ref);
    if (refs.length) refs.forEach((r) => selected.add(r));
    else rest.push(host);
  }
  const untagged = context.loaded.filter((l) => l.tags.length === 0).map((l) => l.ref);
  if (untagged.length && rest.length) untagged.forEach((r) => selected.add(r));
  if (selected.size) return [...selected];
  const automatic = !server.disabled && !server.disableCerts;
  const byAutomaticHttps = (h) => automatic && !server.skip.has(h) && !server.skipCerts.has(h);
  const onDemand = (h) => policyOf(h, context.policies)?.onDemand === true;
  const unlessLoaded = (h) => byAutomaticHttps(h) && !server.ignoreLoadedCerts || onDemand(h);
  const names = [...new Set(rest.filter((h) => qualifiesForCert2(h)).map((h) => h.toLowerCase()))].filter((h) => byAutomaticHttps(h) || context.automate.has(h) || onDemand(h));
  if (hosts.length === 0) {
    const automated = [...context.automate].filter((n) => !policyOf(n, context.policies)?.onDemand);
    const anyName = context.policies.find((p) => p.subjects.length === 0);
    const out = [];
    if (anyName?.onDemand) {
      out.push({
        certificate: anyName.internal ? { value: "internal", source: anyName.internal, level: "global" } : { value: "automatic", source: anyName.range, level: "global" },
        key: null,
        managed: { issuer: anyName.internal ? "local-ca" : "public-ca", names: [], onDemand: true, unlessLoaded: true }
      });
    }
    return [...out, ...managedGroups(automated, context, () => false)];
  }
  return managedGroups(names, context, unlessLoaded);
}
function managedGroups(names, context, unlessLoaded) {
  if (names.length === 0) return [];
  const groups = /* @__PURE__ */ new Map();
  for (const name of names) {
    const { issuer, source } = issuerFor(name, context.policies);
    const onDemand = policyOf(name, context.policies)?.onDemand === true;
    const loaded = unlessLoaded(name);
    const key = `${source ? source.start.offset : "-"}:${issuer}:${onDemand}:${loaded}`;
    const group2 = groups.get(key) ?? { source, managed: { issuer, names: [], ...onDemand ? { onDemand } : {}, ...loaded ? { unlessLoaded: true } : {} } };
    group2.managed.names.push(name);
    groups.set(key, group2);
  }
  return [...groups.values()].map(({ source, managed }) => ({
    certificate: source ? { value: "internal", source, level: "global" } : { value: "automatic", source: null, level: "default" },
    key: null,
    managed
  }));
}
function automationPolicies(root) {
  return items(at(root, "apps", "tls", "automation", "policies")).map((policy) => {
    const issuers = [...member(policy, "issuer") ? [member(policy, "issuer")] : [], ...items(member(policy, "issuers"))];
    const first = issuers[0];
    return {
      subjects: strings(member(policy, "subjects")).map((s) => s.toLowerCase()),
      internal: first && text(member(first, "module")) === "internal" ? first.range : null,
      issuers: issuers.length > 0,
      onDemand: member(policy, "on_demand")?.kind === "boolean" && member(policy, "on_demand").value,
      range: policy.range
    };
  });
}
function issuerFor(name, policies) {
  const policy = policyOf(name, policies);
  if (policy?.internal) return { issuer: "local-ca", source: policy.internal };
  if (policy?.issuers) return { issuer: "public-ca", source: null };
  return { issuer: qualifiesForPublicCert(name) ? "public-ca" : "local-ca", source: null };
}
function policyOf(name, policies) {
  return policies.find((p) => p.subjects.length === 0 || p.subjects.some((s) => matchesSubject(name, s)));
}
function matchesSubject(name, subject) {
  if (name === subject) return true;
  if (!subject.startsWith("*.")) return false;
  const dot = name.indexOf(".");
  return dot > 0 && name.slice(dot) === subject.slice(1);
}
function fileReferences(ref, context) {
  if (ref.managed) return [];
  const out = [];
  for (const [role, setting] of [["certificate", ref.certificate], ["key", ref.key]]) {
    if (!setting?.source) continue;
    const resolved = resolveNamedFile(setting.value, { base: context.prefix, baseKnown: true, root: context.root, pathMaps: context.pathMaps });
    out.push({ role, setting, inCheckout: resolved?.inCheckout ?? false, ...resolved ? { path: resolved.path } : {} });
  }
  return out;
}
function loadedCertificates(json, entry, root, pathMaps) {
  const out = [];
  for (const file of items(at(json, "apps", "tls", "certificates", "load_files"))) {
    const cert = member(file, "certificate");
    const key = member(file, "key");
    if (cert?.kind !== "string") continue;
    const certificate = { value: cert.value, source: file.range, valueRange: cert.range, level: "global" };
    const keySetting = key?.kind === "string" ? { value: key.value, source: file.range, valueRange: key.range, level: "global" } : null;
    const resolvedPath = resolveNamedFile(cert.value, { base: dirname3(entry.path), baseKnown: true, root, pathMaps })?.path;
    const keyPath = keySetting ? resolveNamedFile(keySetting.value, { base: dirname3(entry.path), baseKnown: true, root, pathMaps })?.path : void 0;
    out.push({ ref: { certificate, key: keySetting, ...resolvedPath ? { resolvedPath } : {}, ...keyPath ? { keyPath } : {} }, tags: strings(member(file, "tags")) });
  }
  return out;
}
function unsentField(key) {
  if (!key.startsWith(">")) return {};
  const meant = key.slice(1);
  return { unsent: { meant, why: `Caddy never sends a header named "${key}" (Go's net/http drops a field whose name is no token; ">" defers a header only in a Caddyfile, from Caddy 2.7 on); write "${meant}"` } };
}
function headerOps2(handler, level, place) {
  const response = member(handler, "response");
  if (!response) return [];
  const require2 = member(response, "require");
  const codes = member(require2, "status_code");
  const statusFilter = codes?.kind === "array" && !(coversClass(codes, 4) && coversClass(codes, 5)) ? codes : void 0;
  const deferredFlag = member(response, "deferred");
  const deferredAt = deferredFlag?.kind === "boolean" && deferredFlag.value ? deferredFlag : require2;
  const deferred = place.mayFail && deferredAt ? deferredAt.range : void 0;
  const always = !statusFilter && !deferred;
  const requiredAbsent = new Set(members(member(require2, "headers")).filter((m) => m.value.kind === "null").map((m) => m.key.toLowerCase()));
  const otherHeaderConditions = members(member(require2, "headers")).some((m) => m.value.kind !== "null");
  const ops = [];
  for (const op of ["add", "set"]) {
    for (const { key, value } of members(member(response, op))) {
      const values = items(value).flatMap((item) => item.kind === "string" ? [item] : []);
      if (values.length === 0) continue;
      const fields = op === "set" ? [values] : values.map((item) => [item]);
      const isDefault = op === "set" && requiredAbsent.has(key.toLowerCase()) && !otherHeaderConditions;
      for (const field of fields) {
        const text2 = field.map((item) => item.value).join(",");
        const range = field.length === 1 ? field[0].range : spanOf(field[0].range, field[field.length - 1].range);
        const header = {
          name: key,
          value: text2,
          always,
          dynamic: text2.includes("{"),
          source: range,
          valueRange: range,
          level,
          ...statusFilter ? { statusFilter: statusFilter.range } : {},
          ...deferred ? { deferred } : {},
          ...unsentField(key)
        };
        ops.push({ op: isDefault ? "default" : op, header });
        if (place.handle?.kind === "array") headerSources.set(header, { handle: place.handle, handler, response, op, key, values: value, isDefault });
      }
    }
  }
  for (const item of items(member(response, "delete"))) {
    if (item.kind === "string") ops.push({ op: "delete", header: { name: item.value, value: "", always, dynamic: false, source: item.range, valueRange: item.range, level } });
  }
  for (const { key, keyRange } of members(member(response, "replace"))) {
    ops.push({ op: "replace", header: { name: key, value: "", always, dynamic: true, source: keyRange, valueRange: keyRange, level } });
  }
  return ops;
}
function coversClass(codes, digit) {
  return items(codes).some((code) => code.kind === "number" && (code.value === digit || Math.floor(code.value / 100) === digit));
}
var NEVER_FAIL2 = /* @__PURE__ */ new Set(["static_response", "headers", "vars", "rewrite", "map", "encode", "request_body", "push"]);
function routeMayFail(route) {
  return handlersOf(route).some((handler) => {
    const kind = text(member(handler, "handler")) ?? "";
    return kind === "subroute" ? items(member(handler, "routes")).some(routeMayFail) : !NEVER_FAIL2.has(kind);
  });
}
var headerSources = /* @__PURE__ */ new WeakMap();
function jsonHeaderSource(header) {
  return headerSources.get(header);
}
function deletes(pattern, name) {
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  if (p.length > 1 && p.startsWith("*") && p.endsWith("*")) return n.includes(p.slice(1, -1));
  if (p.startsWith("*")) return n.endsWith(p.slice(1));
  if (p.endsWith("*")) return n.startsWith(p.slice(0, -1));
  return n === p;
}
function applyOps2(ops) {
  let headers = [];
  for (const { op, header } of ops) {
    const lower = header.name.toLowerCase();
    if (op === "set") headers = [...headers.filter((h) => h.name.toLowerCase() !== lower), header];
    else if (op === "add") headers.push(header);
    else if (op === "default" && !headers.some((h) => h.name.toLowerCase() === lower)) headers.push(header);
    else if (op === "replace") headers = headers.map((h) => lower === "*" || h.name.toLowerCase() === lower ? { ...h, dynamic: true } : h);
  }
  const deleted = ops.filter((o) => o.op === "delete").map((o) => o.header.name);
  return deleted.length ? headers.filter((h) => !deleted.some((d) => deletes(d, h.name))) : headers;
}
function deletesHsts(ops) {
  return ops.some((o) => o.op === "delete" && deletes(o.header.name, HSTS_HEADER));
}
function siteRedirect2(routes) {
  for (const route of routes) {
    if (hasPathMatcher(route)) continue;
    for (const handler of handlersOf(route)) {
      const kind = text(member(handler, "handler"));
      if (kind === "subroute") {
        const inner = siteRedirect2(items(member(handler, "routes")));
        if (inner) return inner;
        continue;
      }
      if (kind !== "static_response") continue;
      const status = member(handler, "status_code");
      const code = status?.kind === "number" ? status.value : Number(text(status));
      const location = items(at(handler, "headers", "Location"))[0];
      if (code >= 300 && code < 400 && location?.kind === "string") return { toHttps: /^https:\/\//i.test(location.value), source: handler.range };
      return null;
    }
  }
  return null;
}
function hasPathMatcher(route) {
  return items(member(route, "match")).some((set) => members(set).some((m) => m.key !== "host"));
}
function handlersOf(route) {
  return items(member(route, "handle"));
}
function scopesOf(routes, range, site) {
  const siteOps = [];
  const scopes = [];
  const pathRoutes = [];
  const mayFail = routes.some(routeMayFail);
  const visit = (list, ops, matched) => {
    for (const route of list) {
      if (hasPathMatcher(route) && !matched) {
        pathRoutes.push({ route, inherited: ops });
        continue;
      }
      for (const handler of handlersOf(route)) {
        const kind = text(member(handler, "handler"));
        if (kind === "headers") for (const item of headerOps2(handler, matched ? "path" : "endpoint", { handle: member(route, "handle"), mayFail })) ops.push(item);
        else if (kind === "subroute") visit(items(member(handler, "routes")), ops, matched);
      }
    }
  };
  visit(routes, siteOps, false);
  const siteReturns = pathRoutes.length === 0 ? fixedAnswerOf2(routes) : null;
  const siteScope = { kind: "endpoint", label: "site", catchAll: false, range, headers: applyOps2(siteOps), dropped: [], ownHeaders: [], returns: siteReturns, headersUnknown: false };
  scopes.push(siteScope);
  scopeSources.set(siteScope, { server: site.server, site: { hosts: site.hosts, first: site.first }, deletesHsts: deletesHsts(siteOps) });
  for (const { route, inherited } of pathRoutes) {
    const ops = [];
    visit([route], ops, true);
    const scope = {
      kind: "path",
      label: `route ${matcherText(route)}`,
      catchAll: false,
      range: route.range,
      headers: applyOps2([...inherited, ...ops]),
      dropped: [],
      ownHeaders: ops.map((o) => o.header),
      returns: fixedAnswerOf2([route]),
      headersUnknown: false
    };
    scopes.push(scope);
    scopeSources.set(scope, { server: site.server, route, deletesHsts: deletesHsts([...inherited, ...ops]) });
  }
  return scopes;
}
function fixedAnswerOf2(routes) {
  for (const route of routes) {
    if (member(route, "match") !== void 0 && routes.length > 1) return null;
    for (const handler of handlersOf(route)) {
      const kind = text(member(handler, "handler"));
      if (kind === "headers" || kind === "vars" || kind === "rewrite" || kind === "map" || kind === "encode") continue;
      if (kind === "subroute") return fixedAnswerOf2(items(member(handler, "routes")));
      if (kind === "error") return "error";
      if (kind !== "static_response") return null;
      const flag = (key) => member(handler, key)?.kind === "boolean" && member(handler, key).value;
      if (flag("abort")) return "close";
      const status = member(handler, "status_code");
      const code = status === void 0 ? 200 : status.kind === "number" ? status.value : Number(text(status));
      if (!Number.isFinite(code)) return null;
      if (code >= 400) return "error";
      if (code >= 300) return "redirect";
      return "body";
    }
  }
  return null;
}
function matcherText(route) {
  const sets = items(member(route, "match")).map((set) => members(set).filter((m) => m.key !== "host").map((m) => `${m.key} ${strings(m.value).join(" ")}`.trim()).join(" "));
  return sets.join(" | ");
}
function upstreamsOf2(routes, level) {
  const out = [];
  for (const route of routes) {
    for (const handler of handlersOf(route)) {
      const kind = text(member(handler, "handler"));
      if (kind === "subroute") for (const item of upstreamsOf2(items(member(handler, "routes")), hasPathMatcher(route) ? "path" : level)) out.push(item);
      if (kind !== "reverse_proxy") continue;
      const tls = at(handler, "transport", "tls");
      if (!tls) continue;
      const insecure = member(tls, "insecure_skip_verify");
      const off = insecure?.kind === "boolean" && insecure.value;
      const verify = off ? { value: false, source: insecure.range, level } : { value: true, source: null, level: "default" };
      for (const upstream of items(member(handler, "upstreams"))) {
        const dial = member(upstream, "dial");
        if (dial?.kind === "string") out.push({ target: dial.value, via: "reverse_proxy", source: dial.range, verify });
      }
    }
  }
  return out;
}

// src/dialects/caddy/names.ts
var SETTINGS = {
  protocols: "protocols",
  ciphers: "ciphers",
  // Go's crypto/tls does not let TLS 1.3 suites be chosen.
  ciphersuites: "ciphers",
  // Caddy has no switch for session tickets in the Caddyfile (JSON: session_tickets.disabled).
  sessionTickets: "session_tickets",
  stapling: "ocsp_stapling",
  certificate: "tls",
  certificateKey: "tls",
  certificateChain: "tls",
  dhparam: "tls",
  listen: "site address",
  // Go's crypto/tls has neither TLS compression nor insecure renegotiation to turn on.
  compression: "tls",
  insecureRenegotiation: "tls"
};
var LEVELS = {
  default: "Caddy's defaults",
  global: "the global options",
  endpoint: "the site block",
  path: "the enclosing handle or route"
};
var JSON_SETTINGS = {
  ciphers: "cipher_suites",
  ciphersuites: "cipher_suites",
  certificate: "apps.tls.certificates.load_files",
  certificateKey: "apps.tls.certificates.load_files",
  certificateChain: "apps.tls.certificates.load_files",
  listen: "listen"
};
var caddyNames = {
  server: "Caddy",
  // A finding in a JSON config names the JSON field (`at` is where it is reported).
  setting: (key, at2) => (at2 && jsonPaths.has(at2.file) ? JSON_SETTINGS[key] : void 0) ?? SETTINGS[key],
  headerDirective: "header",
  // Caddy's `header` is applied on every status; there is no keyword to add.
  alwaysKeyword: "",
  level: (level) => LEVELS[level],
  upstreamVerify(upstream) {
    if (jsonPaths.has(upstream.source.file)) return `no "insecure_skip_verify": true in the transport's "tls" (and "root_ca_pem_files" for a private CA)`;
    return 'no "tls_insecure_skip_verify" (and "tls_trusted_ca_certs" for a private CA)';
  },
  clientAuthVerify(clientAuth) {
    const mode = clientAuth.mode === "optional" ? "verify_if_given" : "require_and_verify";
    if (clientAuth.source && jsonPaths.has(clientAuth.source.file)) return `"mode": "${mode}" with "trusted_ca_certs_pem_files"`;
    return `"mode ${mode}" with "trusted_ca_cert_file"`;
  },
  deprecated(deprecated) {
    return { written: deprecated.key, since: "Caddy 2", removedIn: null, instead: "the Caddy 2 syntax" };
  }
};

// src/dialects/caddy/json-edit.ts
function sourceOf(value) {
  return value.range.source;
}
function startOf(value) {
  return value.range.startOffset;
}
function endOf(value) {
  return value.range.endOffset;
}
function lineIndent(text2, offset) {
  const lineStart = text2.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text2.slice(lineStart, offset))[0];
}
function startsLine(text2, offset) {
  const lineStart = text2.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*$/.test(text2.slice(lineStart, offset));
}
function documentUnit(text2) {
  const match = /\n([ \t]+)\S/.exec(text2);
  if (!match) return "	";
  const blanks = match[1];
  return blanks.startsWith("	") ? "	" : blanks.length >= 4 && blanks.length % 4 === 0 ? "    " : "  ";
}
function layoutOf(container) {
  const source = sourceOf(container);
  const text2 = source.text;
  const ownIndent = lineIndent(text2, startOf(container));
  const unit = documentUnit(text2);
  const colon = /"\s*:\s/.test(text2) ? ": " : ":";
  const children = container.kind === "object" ? container.members.map((m) => m.keyRange) : container.kind === "array" ? container.items.map((i) => i.range) : [];
  const between = children.length > 1 ? text2.slice(children[0].endOffset, children[1].startOffset) : /,\s*/.exec(text2)?.[0] ?? ", ";
  const comma = between.includes(", ") || between.includes("\n") ? ", " : ",";
  if (children.length > 0) {
    const first = children[0].startOffset;
    if (!startsLine(text2, first)) return { childIndent: null, ownIndent, unit, colon, comma };
    return { childIndent: lineIndent(text2, first), ownIndent, unit, colon, comma };
  }
  const oneLine = !text2.trim().includes("\n");
  return { childIndent: oneLine ? null : ownIndent + unit, ownIndent, unit, colon, comma };
}
function write(value, layout, indent) {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (indent === null) return `[${value.map((v) => write(v, layout, null)).join(layout.comma)}]`;
    const inner = indent + layout.unit;
    return `[
${value.map((v) => inner + write(v, layout, inner)).join(",\n")}
${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    if (indent === null) return `{${entries.map(([k, v]) => `${JSON.stringify(k)}${layout.colon}${write(v, layout, null)}`).join(layout.comma)}}`;
    const inner = indent + layout.unit;
    return `{
${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}${layout.colon}${write(v, layout, inner)}`).join(",\n")}
${indent}}`;
  }
  return JSON.stringify(value);
}
function edit(source, start, end, text2) {
  return { range: source.span(start, end), text: text2 };
}
function insertFirstItem(array, value) {
  const source = sourceOf(array);
  const layout = layoutOf(array);
  const first = array.items[0];
  if (!first) {
    if (layout.childIndent === null) return edit(source, startOf(array), endOf(array), `[${write(value, layout, null)}]`);
    return edit(source, startOf(array), endOf(array), `[
${layout.childIndent}${write(value, layout, layout.childIndent)}
${layout.ownIndent}]`);
  }
  if (layout.childIndent === null) return edit(source, startOf(first), startOf(first), `${write(value, layout, null)}${layout.comma}`);
  return edit(source, startOf(first), startOf(first), `${write(value, layout, layout.childIndent)},
${layout.childIndent}`);
}
function insertItemBefore(array, before, value) {
  const source = sourceOf(array);
  const layout = layoutOf(array);
  const at2 = startOf(before);
  if (layout.childIndent === null || !startsLine(source.text, at2)) return edit(source, at2, at2, `${write(value, layout, null)}${layout.comma}`);
  const indent = lineIndent(source.text, at2);
  return edit(source, at2, at2, `${write(value, layout, indent)},
${indent}`);
}
function insertFirstMember(object, key, value) {
  const source = sourceOf(object);
  const layout = layoutOf(object);
  const first = object.members[0];
  const member2 = (indent) => `${JSON.stringify(key)}${layout.colon}${write(value, layout, indent)}`;
  if (!first) {
    if (layout.childIndent === null) return edit(source, startOf(object), endOf(object), `{${member2(null)}}`);
    return edit(source, startOf(object), endOf(object), `{
${layout.childIndent}${member2(layout.childIndent)}
${layout.ownIndent}}`);
  }
  const at2 = first.keyRange.startOffset;
  if (layout.childIndent === null) return edit(source, at2, at2, `${member2(null)}${layout.comma}`);
  return edit(source, at2, at2, `${member2(layout.childIndent)},
${layout.childIndent}`);
}
function replaceWith(target, value) {
  const source = sourceOf(target);
  if (target.kind === "array" || target.kind === "object") {
    const layout = layoutOf(target);
    return edit(source, startOf(target), endOf(target), write(value, layout, layout.childIndent === null ? null : layout.ownIndent));
  }
  return edit(source, startOf(target), endOf(target), JSON.stringify(value));
}
function removeMember(object, index) {
  const source = sourceOf(object);
  const members2 = object.members;
  const target = members2[index];
  if (members2.length === 1) return edit(source, startOf(object), endOf(object), "{}");
  const next = members2[index + 1];
  if (next) return edit(source, target.keyRange.startOffset, next.keyRange.startOffset, "");
  return edit(source, endOf(members2[index - 1].value), endOf(target.value), "");
}
function jsonStringContent(text2) {
  return JSON.stringify(text2).slice(1, -1);
}

// src/dialects/caddy/render.ts
var INDENT = "	";
var PROTOCOL_NAMES = { "TLSv1.2": "tls1.2", "TLSv1.3": "tls1.3" };
function renderCaddy(change) {
  if (jsonPaths.has(changedFile(change))) return renderCaddyJson(change);
  switch (change.kind) {
    case "set": {
      if (change.key !== "protocols") return void 0;
      const names = change.value.map((p) => PROTOCOL_NAMES[p]);
      if (names.length === 0 || names.some((n) => n === void 0)) return void 0;
      const text2 = names.length === 1 ? `${names[0]} ${names[0]}` : `${names[0]} ${names[names.length - 1]}`;
      return replaceValue(change.endpoint.protocols, text2, `Allow only ${change.value.join(" ")}`);
    }
    case "setCiphers": {
      const names = change.profile.ianaCiphers.filter(isGoCipherSuite);
      if (names.length === 0) return void 0;
      return replaceValue(change.endpoint.ciphers, names.join(" "), `Use the Mozilla ${change.profile.name} suites Go offers`);
    }
    case "addHeader": {
      const opening = change.scope.range;
      const line = headerLine(change.name, change.value);
      const indent = indentOf(opening) + INDENT;
      return { description: `Add a ${change.name} header`, edits: [{ range: pointAt(opening, "end"), text: `
${indent}${line}` }] };
    }
    case "copyHeader": {
      const { name, header, before } = change;
      const indent = indentOf(before.source);
      return { description: `Repeat the ${name} header here`, edits: [{ range: pointAt(before.source, "start"), text: `${headerLine(name, header.value)}
${indent}` }] };
    }
    case "replaceText":
      return { description: change.description, edits: [{ range: change.range, text: change.text }] };
    default:
      return void 0;
  }
}
function changedFile(change) {
  switch (change.kind) {
    case "set":
    case "setCiphers":
    case "addProtocol":
      return change.endpoint.range.file;
    case "addHeader":
      return change.scope.range.file;
    case "copyHeader":
      return change.before.source.file;
    case "headerAlways":
      return change.header.source.file;
    case "removeDeprecated":
      return change.deprecated.setting.source?.file ?? "";
    case "replaceText":
      return change.range.file;
  }
}
function headerLine(name, value) {
  return `header ${name} "${value.replace(/"/g, '\\"')}"`;
}
function indentOf(range) {
  return " ".repeat(Math.max(0, range.start.column - 1));
}
function headersHandler(name, value) {
  return { handler: "headers", response: { set: { [name]: [value] } } };
}
function renderCaddyJson(change) {
  switch (change.kind) {
    case "set": {
      if (change.key !== "protocols") return void 0;
      const names = change.value.map((p) => PROTOCOL_NAMES[p]);
      if (names.length === 0 || names.some((n) => n === void 0)) return void 0;
      return setProtocols(change.endpoint, names[0], names[names.length - 1], `Allow only ${change.value.join(" ")}`);
    }
    case "addProtocol": {
      const name = PROTOCOL_NAMES[change.protocol];
      const policy = jsonEndpointSource(change.endpoint)?.policy;
      if (!name || policy?.kind !== "object") return void 0;
      const min = text(member(policy, "protocol_min")) ?? "tls1.2";
      const max = text(member(policy, "protocol_max")) ?? "tls1.3";
      const order = ["tls1.2", "tls1.3"];
      const at2 = order.indexOf(name);
      if (order.indexOf(min) < 0 || order.indexOf(max) < 0 || at2 < 0) return void 0;
      return setProtocols(change.endpoint, order[Math.min(at2, order.indexOf(min))], order[Math.max(at2, order.indexOf(max))], `Allow ${change.protocol} too`);
    }
    case "setCiphers": {
      const names = change.profile.ianaCiphers.filter(isGoCipherSuite);
      const suites = member(jsonEndpointSource(change.endpoint)?.policy, "cipher_suites");
      if (names.length === 0 || suites?.kind !== "array") return void 0;
      return { description: `Use the Mozilla ${change.profile.name} suites Go offers`, edits: [replaceWith(suites, names)] };
    }
    case "addHeader":
      return addJsonHeader(change.scope, change.name, change.value);
    case "headerAlways":
      return undeferHeader(change.header);
    case "replaceText":
      return { description: change.description, edits: [{ range: change.range, text: jsonStringContent(change.text) }] };
    default:
      return void 0;
  }
}
function undeferHeader(header) {
  const source = jsonHeaderSource(header);
  if (!source || source.isDefault || header.statusFilter || source.handle.kind !== "array") return void 0;
  const ops = member(source.response, source.op);
  if (ops?.kind !== "object") return void 0;
  const index = ops.members.findIndex((m) => m.value === source.values);
  if (index < 0) return void 0;
  const values = items(source.values).flatMap((item) => item.kind === "string" ? [item.value] : []);
  const handler = { handler: "headers", response: { [source.op]: { [source.key]: values } } };
  return {
    description: `Set ${source.key} before the next handler runs`,
    edits: [insertItemBefore(source.handle, source.handler, handler), removeMember(ops, index)]
  };
}
function setProtocols(endpoint, min, max, description) {
  const policy = jsonEndpointSource(endpoint)?.policy;
  if (policy?.kind !== "object") return void 0;
  const edits = [];
  for (const [key, value, fallback] of [["protocol_max", max, "tls1.3"], ["protocol_min", min, "tls1.2"]]) {
    const written = member(policy, key);
    if (written) {
      if (text(written) !== value) edits.push(replaceWith(written, value));
    } else if (value !== fallback) {
      edits.push(insertFirstMember(policy, key, value));
    }
  }
  return edits.length ? { description, edits } : void 0;
}
function addJsonHeader(scope, name, value) {
  const source = jsonScopeSource(scope);
  if (!source || source.deletesHsts) return void 0;
  const handler = headersHandler(name, value);
  const description = `Add a ${name} header`;
  if (source.route) {
    const handle = member(source.route, "handle");
    if (handle?.kind === "array") return { description, edits: [insertFirstItem(handle, handler)] };
    if (handle === void 0 && source.route.kind === "object") return { description, edits: [insertFirstMember(source.route, "handle", [handler])] };
    return void 0;
  }
  if (!source.site) return void 0;
  const route = source.site.hosts.length ? { match: [{ host: source.site.hosts }], handle: [handler] } : { handle: [handler] };
  const routes = member(source.server, "routes");
  if (routes?.kind === "array" && source.site.first) return { description, edits: [insertItemBefore(routes, source.site.first, route)] };
  if (routes === void 0 && source.server.kind === "object") return { description, edits: [insertFirstMember(source.server, "routes", [route])] };
  return void 0;
}

export {
  ianaNameOf,
  expandGoSuites,
  PRELOAD_MIN_MAX_AGE,
  HSTS_HEADER,
  isHstsName,
  hstsHeadersOf,
  hasHstsHeaders,
  distinctHstsLists,
  rangeInValue,
  parseHsts,
  CADDY_JSON,
  loadCaddyfile,
  isCaddyJson,
  loadCaddyJson,
  CADDY_DEFAULT_VERSION,
  buildCaddyModel,
  buildCaddyJsonModel,
  caddyNames,
  renderCaddy
};
