import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  CstParser,
  Lexer,
  SourceText,
  createToken,
  pointAt,
  replaceValue,
  tokenMatcher
} from "./chunk-4X7IGRWZ.js";
import {
  KNOWN_SUITES
} from "./chunk-4ZPUNWHE.js";

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
var caddyLexer = createCaddyLexer();

// src/dialects/caddy/parser.ts
var CaddyParser = class extends CstParser {
  constructor({ validate = false } = {}) {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: "none", skipValidations: !validate });
    this.performSelfAnalysis();
  }
  // caddy: parse.go parseAll reads server blocks until EOF; a `}` at the top is an error there
  // ("Unexpected '}' because no matching opening brace"), kept here as `strayRBrace`.
  config = this.RULE("config", () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        { ALT: () => this.SUBRULE(this.statement) },
        { ALT: () => this.CONSUME(RBrace, { LABEL: "strayRBrace" }) }
      ]);
    });
  });
  // caddy: parse.go directive(): a segment is the directive's line of tokens, and, when a `{` opens,
  // every token up to the matching `}`. A block with no words before it is the global options block
  // (first in the file) or a stray block.
  statement = this.RULE("statement", () => {
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => this.CONSUME(Word, { LABEL: "word" }));
          this.OPTION(() => this.SUBRULE(this.block));
        }
      },
      { ALT: () => this.SUBRULE2(this.block, { LABEL: "keylessBlock" }) }
    ]);
  });
  // caddy: parse.go blockContents / directives: lines until the `}` that closes the block.
  // Deviation: the closing `}` is optional so an unclosed block keeps its children.
  block = this.RULE("block", () => {
    this.CONSUME(LBrace);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        { ALT: () => this.SUBRULE(this.statement) }
      ]);
    });
    this.OPTION(() => this.CONSUME(RBrace));
  });
};
var caddyParser = new CaddyParser();

// src/dialects/caddy/to-ast.ts
var BaseCstVisitor = caddyParser.getBaseCstVisitorConstructor();
var KEYLESS_BLOCK = "{";
function endOffsetOf(token) {
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
var CaddyCstToAst = class extends BaseCstVisitor {
  constructor(source) {
    super();
    this.source = source;
    this.validateVisitor();
  }
  source;
  diagnostics = [];
  rangeOf(token) {
    return this.source.span(token.startOffset, endOffsetOf(token));
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
    let end = words.length ? endOffsetOf(words[words.length - 1]) : endOffsetOf(first);
    const directive = { name: name ? name.value : KEYLESS_BLOCK, nameRange, args, range: nameRange };
    if (blockNode) {
      const block = blockNode.children;
      const childDirectives = [];
      this.block(block, childDirectives);
      directive.children = childDirectives;
      directive.headRange = this.source.span(first.startOffset, endOffsetOf(block.LBrace[0]));
      const close = block.RBrace?.[0];
      if (close) {
        end = endOffsetOf(close);
      } else {
        directive.recovered = true;
        const last = childDirectives[childDirectives.length - 1];
        end = last ? last.range.endOffset : endOffsetOf(block.LBrace[0]);
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
  const source = text2.startsWith(BOM) ? text2.slice(1) : text2;
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
    return { path, dialect: "caddy", text: source, directives: [], comments: [], diagnostics: [diagnostic] };
  }
}
function parseSource(text2, path) {
  const source = new SourceText(path, text2);
  const lexed = caddyLexer.tokenize(text2);
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const visitor = new CaddyCstToAst(source);
  const limited = limitNesting(lexed.tokens, MAX_BLOCK_DEPTH);
  for (const brace of limited.tooDeep) {
    diagnostics.push({
      ruleId: "parse-error",
      message: `Blocks nested deeper than ${MAX_BLOCK_DEPTH} levels; the content of this block is not read`,
      range: visitor.rangeOf(brace)
    });
  }
  caddyParser.input = limited.tokens;
  const cst = caddyParser.config();
  const parserErrors = caddyParser.errors;
  const directives = [];
  visitor.visit(cst, directives);
  for (const diagnostic of visitor.diagnostics) diagnostics.push(diagnostic);
  for (const error of parserErrors) diagnostics.push(recognitionDiagnostic(error, source));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  return { path, dialect: "caddy", text: text2, directives, comments, diagnostics };
}
function limitNesting(tokens, maxDepth) {
  const kept = [];
  const tooDeep = [];
  let depth = 0;
  for (const token of tokens) {
    const opens = tokenMatcher(token, LBrace);
    const closes = tokenMatcher(token, RBrace);
    if (opens) depth++;
    if (depth <= maxDepth || depth === maxDepth + 1 && (opens || closes)) {
      kept.push(token);
      if (opens && depth === maxDepth + 1) tooDeep.push(token);
    }
    if (closes && depth > 0) depth--;
  }
  return { tokens: kept, tooDeep };
}
function toComment(token, source) {
  return {
    text: token.image.slice(1).replace(/\r$/, ""),
    range: source.span(token.startOffset, endOffsetOf(token)),
    inline: hasCodeBefore(source.text, token.startOffset)
  };
}
function hasCodeBefore(text2, offset) {
  for (let index = offset - 1; index >= 0; index--) {
    const ch = text2[index];
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
  const image = token.image.length > 40 ? `${token.image.slice(0, 39)}\u2026` : token.image;
  return { ruleId: "parse-error", message: `Unexpected "${image}"`, range: source.span(token.startOffset, endOffsetOf(token)) };
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
var caddyNames = {
  server: "Caddy",
  setting: (key) => SETTINGS[key],
  headerDirective: "header",
  // Caddy's `header` is applied on every status; there is no keyword to add.
  alwaysKeyword: "",
  level: (level) => LEVELS[level],
  upstreamVerify() {
    return 'no "tls_insecure_skip_verify" (and "tls_trusted_ca_certs" for a private CA)';
  },
  deprecated(deprecated) {
    return { written: deprecated.key, since: "Caddy 2", removedIn: null, instead: "the Caddy 2 syntax" };
  }
};

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
function renderCaddyJson(change) {
  return change.kind === "replaceText" ? { description: change.description, edits: [{ range: change.range, text: change.text }] } : void 0;
}

export {
  GO_TLS13_SUITES,
  ianaNameOf,
  expandGoSuites,
  member,
  at,
  items,
  members,
  text,
  strings,
  KEYLESS_BLOCK,
  parseCaddyfile,
  CADDY_JSON,
  jsonOf,
  parseCaddyJson,
  caddyNames,
  renderCaddy
};
