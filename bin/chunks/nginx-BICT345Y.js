import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  nginxNames,
  renderNginx
} from "./chunk-VRPVVXWT.js";
import {
  LBrace,
  LuaBlock,
  RBrace,
  Semicolon,
  UnterminatedQuoted,
  Word,
  tokenizeNginx
} from "./chunk-DWXZZRLL.js";
import {
  TLS_PROTOCOLS,
  defaultServers,
  socketKey
} from "./chunk-COKSC463.js";
import {
  walkDirectives
} from "./chunk-TJ564R7M.js";
import {
  LimitExceeded,
  MAX_GLOB_ENTRIES,
  announceLimit,
  chainText,
  expandGlob,
  failureText,
  hasGlob,
  includeSite,
  mapPath,
  pathExists,
  readConfigFile,
  reportAt,
  resolveNamedFile
} from "./chunk-XOZLSPNC.js";
import {
  ArgFlag,
  BoundedDiagnostics,
  SourceDirective,
  SourceText,
  argCountOf,
  argRangeOf,
  argRawsOf,
  argValuesOf,
  capParseErrors,
  spanOf
} from "./chunk-NKCL4C7Z.js";
import {
  standInFile
} from "./chunk-6KK6BM5G.js";
import {
  hasCodeBefore,
  lexingDiagnostic,
  limitNesting,
  parseGuarded,
  tokenMatcher
} from "./chunk-KMDNR4W6.js";
import {
  DEFAULT_CIPHERS,
  NGINX_DEFAULT_VERSION,
  defaultProtocols,
  hasAddHeaderInherit,
  hasSslDirective,
  isNginxConfigPath,
  nginxFinder,
  protocolsPerServer,
  rotatesTicketKeys
} from "./chunk-4VD4F4AN.js";
import "./chunk-XYCRMC2L.js";
import {
  OPENSSL_DEFAULT_CIPHERSUITES,
  lookupTable,
  versionAtLeast
} from "./chunk-E7OSVBOX.js";
import "./chunk-3PFUZ4WF.js";

// src/dialects/nginx/load.ts
import { realpathSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

// src/dialects/nginx/to-ast.ts
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
var NginxCstToAst = class {
  constructor(source) {
    this.source = source;
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
      this.block(block.children, out);
    }
  }
  directive(children, out = []) {
    const nameToken = children.name[0];
    const argTokens = children.arg ?? [];
    const name = intern(unescapeNginx(innerText(nameToken, quoteOf(nameToken))));
    const firstArg2 = this.source.argCount;
    for (const token of argTokens) this.source.addArg(token.startOffset, endOffsetOf(token), argFlags(token));
    if (name === "if") stripIfParentheses(this.source, firstArg2);
    const argCount = this.source.argCount - firstArg2;
    const directive = new SourceDirective(name, this.source, this.source.addDirective(nameToken.startOffset, endOffsetOf(nameToken), firstArg2, argCount));
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
function stripIfParentheses(source, firstArg2) {
  const lastArg = source.argCount - 1;
  if (lastArg < firstArg2 || !source.argValue(firstArg2).startsWith("(") || !source.argValue(lastArg).endsWith(")")) return;
  trimArg(source, firstArg2, 1, 0);
  trimArg(source, lastArg, 0, 1);
  if (source.argValue(lastArg) === "") source.dropLastArgs(1);
  if (source.argCount > firstArg2 && source.argValue(firstArg2) === "") source.removeArg(firstArg2);
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
var recent = new Array(1024).fill("");
function intern(text) {
  const length = text.length;
  if (length > MAX_INTERNED_LENGTH || length === 0) return text;
  const slot = length * 61 + text.charCodeAt(0) * 7 + text.charCodeAt(length - 1) & 1023;
  const candidate = recent[slot];
  if (candidate === text) return candidate;
  let known = interned.get(text);
  if (known === void 0) {
    if (interned.size >= MAX_INTERNED) return text;
    interned.set(text, text);
    known = text;
  }
  recent[slot] = known;
  return known;
}

// src/dialects/nginx/parse.ts
var MAX_BLOCK_DEPTH = 100;
function parseNginx(text, path) {
  return parseGuarded(text, path, "nginx", parseSource);
}
function parseSource(text, path) {
  const source = new SourceText(path, text, unescapeNginx);
  const lexed = tokenizeNginx(text);
  if (lexed === void 0) return standInFile(text, path, "nginx");
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const limited = limitNesting(lexed.tokens, MAX_BLOCK_DEPTH, LBrace, RBrace);
  const visitor = new NginxCstToAst(source);
  for (const brace of limited.tooDeep) {
    diagnostics.push({
      ruleId: "parse-error",
      message: `Blocks nested deeper than ${MAX_BLOCK_DEPTH} levels; the content of this block is not read`,
      range: visitor.rangeOf(brace)
    });
  }
  reserveTables(source, limited.tokens);
  const directives = [];
  visitor.config(readCst(limited.tokens), directives);
  source.trimTables();
  for (const diagnostic of visitor.diagnostics.toArray()) diagnostics.push(diagnostic);
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const capped = capParseErrors(diagnostics);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  if (looksLikeConfig(text, directives, capped)) return { path, dialect: "nginx", text, directives, comments, diagnostics: capped };
  const unquoted = capped.map((d) => d.ruleId === "parse-error" ? { ...d, message: NOT_CONFIG_MESSAGE } : d);
  return { path, dialect: "nginx", text, directives, comments, diagnostics: unquoted.slice(0, 1), withheld: true };
}
function reserveTables(source, tokens) {
  let words = 0;
  let directives = 0;
  let afterWord = false;
  for (const token of tokens) {
    const word = tokenMatcher(token, Word);
    if (word) {
      words++;
      if (!afterWord) directives++;
    }
    afterWord = word;
  }
  source.reserve(words - directives, directives);
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
function toComment(token, source) {
  return {
    text: token.image.slice(1),
    range: source.span(token.startOffset, endOffsetOf(token)),
    inline: hasCodeBefore(source.text, token.startOffset)
  };
}
function readCst(tokens) {
  let index = 0;
  const directive = () => {
    const children = { name: [tokens[index++]] };
    const args = [];
    while (index < tokens.length && tokenMatcher(tokens[index], Word)) args.push(tokens[index++]);
    if (args.length) children.arg = args;
    const next = tokens[index];
    if (next !== void 0) {
      if (tokenMatcher(next, Semicolon)) {
        children.Semicolon = [next];
        index++;
      } else if (tokenMatcher(next, LBrace)) children.block = [block()];
      else if (tokenMatcher(next, LuaBlock)) {
        children.LuaBlock = [next];
        index++;
      }
    }
    return { name: "directive", children };
  };
  const statements = (into, inBlock) => {
    while (index < tokens.length) {
      const token = tokens[index];
      if (tokenMatcher(token, Word)) (into.directive ??= []).push(directive());
      else if (tokenMatcher(token, Semicolon)) {
        (into.straySemicolon ??= []).push(token);
        index++;
      } else if (tokenMatcher(token, LBrace)) (into.strayBlock ??= []).push(block());
      else if (inBlock) return;
      else {
        (into.strayRBrace ??= []).push(token);
        index++;
      }
    }
  };
  const block = () => {
    const children = { LBrace: [tokens[index++]] };
    statements(children, true);
    const close = tokens[index];
    if (close !== void 0 && tokenMatcher(close, RBrace)) {
      children.RBrace = [close];
      index++;
    }
    return { name: "block", children };
  };
  const config = {};
  statements(config, false);
  return config;
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
  const walk2 = { context, prefix: dirname(entryPath), chain: [realEntry], reads: 0, full: false, announced: /* @__PURE__ */ new Set() };
  resolveIncludes(root, walk2);
  if (!extents.has(root)) extents.set(root, extentOf(root));
  return collectFiles(root);
}
function readConfig(path, context) {
  return readConfigFile(path, context, parseNginx);
}
function markResolved(file, context) {
  let done = resolvedFiles.get(context);
  if (!done) resolvedFiles.set(context, done = /* @__PURE__ */ new WeakSet());
  if (done.has(file)) return false;
  done.add(file);
  return true;
}
function resolveIncludes(file, walk2) {
  if (!markResolved(file, walk2.context)) return;
  for (const directive of includeDirectives(file)) {
    if (directive.args.length === 0) continue;
    directive.included = [];
    for (const target of includeTargets(directive, file, walk2)) {
      const child = includeFile(target, directive, file, walk2);
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
function candidatePaths(value, includer, walk2) {
  if (isAbsolute(value)) return [mapPath(value, walk2.context.pathMaps)];
  const candidates = [join(walk2.prefix, value), join(dirname(includer), value), join(resolve(walk2.context.root), value)];
  return [...new Set(candidates)];
}
function includeTargets(directive, file, walk2) {
  const value = directive.args[0].value;
  const candidates = candidatePaths(value, file.path, walk2);
  if (hasGlob(value)) {
    for (const candidate of candidates) {
      const { paths, cut } = expandGlob(candidate);
      if (cut) {
        walk2.context.notify({
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
    if (pathExists(candidate)) return [candidate];
  }
  directive.unresolved = true;
  const published = publishedInclude(value);
  if (published) {
    directive.published = published.id;
    walk2.context.notify({
      level: "note",
      message: `Missing include "${value}" (${file.path}:${directive.range.start.line}) read as ${published.source}: ${published.summary} (--map it to lint the real file)`,
      file: file.path
    });
    return [];
  }
  reportAt(file, directive, "include-not-found", `Missing include "${value}" (tried ${candidates.join(", ")})`);
  return [];
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
function includeFile(target, directive, includer, walk2) {
  const { context } = walk2;
  let real;
  try {
    real = realpathSync(target);
  } catch (error) {
    const loop = error.code === "ELOOP";
    if (!loop) directive.unresolved = true;
    reportAt(includer, directive, loop ? "include-cycle" : "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    return void 0;
  }
  if (walk2.chain.includes(real)) {
    reportAt(includer, directive, "include-cycle", `Include cycle: ${chainText(walk2, real)}`);
    return void 0;
  }
  const named = context.namedByRealPath?.get(real);
  if (named !== void 0) target = named;
  const known = context.cache.get(target);
  const extent = (known && extents.get(known)) ?? { depth: 0, reads: 1 };
  if (walk2.chain.length + extent.depth > context.maxIncludeDepth) {
    const site = includeSite(target, directive, includer, walk2);
    announceLimit(walk2, "depth", includer, `Includes nested deeper than ${context.maxIncludeDepth} levels (--max-include-depth): ${site} is not read, nor is any other include that deep`);
    return void 0;
  }
  if (walk2.full || walk2.reads + extent.reads > context.maxIncludedFiles) {
    walk2.full = true;
    const site = includeSite(target, directive, includer, walk2);
    announceLimit(walk2, "files", includer, `More than ${context.maxIncludedFiles} included files (--max-included-files): ${site} and every later include are not read`);
    return void 0;
  }
  let file;
  try {
    file = known ?? readConfig(target, context);
  } catch (error) {
    if (error instanceof LimitExceeded) {
      context.notify({ level: "warning", message: `Skipped ${includeSite(target, directive, includer, walk2)}: ${error.message}`, file: includer.path });
    } else {
      directive.unresolved = true;
      reportAt(includer, directive, "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    }
    return void 0;
  }
  walk2.reads += extent.reads;
  walk2.chain.push(real);
  resolveIncludes(file, walk2);
  walk2.chain.pop();
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

// src/dialects/nginx/model.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";

// src/dialects/nginx/directives.ts
var HTTP_LEVELS = ["http", "server", "location"];
var SSL_HTTP = ["http", "server"];
var SSL_ALL = ["http", "server", "stream", "stream_server", "mail", "mail_server"];
var PROXY_SSL = ["http", "server", "location", "stream", "stream_server"];
var ANY = Infinity;
var NGINX_DIRECTIVES = {
  // Core and structure (src/core/nginx.c, src/http/ngx_http_core_module.c).
  events: { contexts: ["main"], args: [0, 0], block: true },
  http: { contexts: ["main"], args: [0, 0], block: true },
  stream: { contexts: ["main"], args: [0, 0], block: true, since: "1.9.0" },
  mail: { contexts: ["main"], args: [0, 0], block: true },
  // A block in http, stream and mail; a simple directive (one upstream address) in upstream.
  server: { contexts: ["http", "stream", "mail", "upstream", "stream_upstream"], args: [0, ANY] },
  location: { contexts: ["server", "location"], args: [1, 2], block: true },
  if: { contexts: ["server", "location"], args: [1, ANY], block: true },
  limit_except: { contexts: ["location"], args: [1, ANY], block: true },
  upstream: { contexts: ["http", "stream"], args: [1, 1], block: true },
  map: { contexts: ["http", "stream"], args: [2, 2], block: true },
  geo: { contexts: ["http", "stream"], args: [1, 2], block: true },
  types: { contexts: ["http", "server", "location"], args: [0, 0], block: true, inheritance: "replace" },
  split_clients: { contexts: ["http", "stream"], args: [2, 2], block: true },
  charset_map: { contexts: ["http"], args: [2, 2], block: true },
  include: { contexts: ["main", "events", "http", "server", "location", "if", "limit_except", "upstream", "stream", "stream_server", "stream_upstream", "mail", "mail_server", "map", "types"], args: [1, 1] },
  user: { contexts: ["main"], args: [1, 2] },
  worker_processes: { contexts: ["main"], args: [1, 1] },
  worker_connections: { contexts: ["events"], args: [1, 1] },
  listen: { contexts: ["server", "stream_server", "mail_server"], args: [1, ANY] },
  // ngx_mail_core_module: server_name in mail {} too; ngx_stream_core_module: server_name from 1.25.5.
  server_name: { contexts: ["server", "stream", "stream_server", "mail", "mail_server"], args: [1, ANY] },
  root: { contexts: [...HTTP_LEVELS, "if"], args: [1, 1], inheritance: "replace" },
  return: { contexts: ["server", "location", "if", "stream_server"], args: [1, 2] },
  rewrite: { contexts: ["server", "location", "if"], args: [2, 3] },
  // ngx_stream_set_module (1.19.3) takes `set` in stream servers.
  set: { contexts: ["server", "location", "if", "stream_server"], args: [2, 2] },
  proxy_pass: { contexts: ["location", "if", "limit_except", "stream_server"], args: [1, 1] },
  // Response headers (ngx_http_headers_module): inherited only when the inner level has none.
  add_header: { contexts: [...HTTP_LEVELS, "if"], args: [2, 3], inheritance: "replace" },
  add_header_inherit: { contexts: [...HTTP_LEVELS, "if"], args: [1, 1], since: "1.29.3" },
  // TLS (ngx_http_ssl_module, ngx_stream_ssl_module, ngx_mail_ssl_module).
  ssl: { contexts: [...SSL_HTTP, "mail", "mail_server"], args: [1, 1], deprecated: "1.15.0" },
  ssl_certificate: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_certificate_key: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_protocols: { contexts: SSL_ALL, args: [1, ANY], inheritance: "replace" },
  ssl_ciphers: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_conf_command: { contexts: SSL_ALL, args: [2, 2], inheritance: "replace", since: "1.19.4" },
  ssl_prefer_server_ciphers: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_session_tickets: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_session_ticket_key: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_session_cache: { contexts: SSL_ALL, args: [1, 2], inheritance: "replace" },
  ssl_session_timeout: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_dhparam: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_ecdh_curve: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  // Stream servers staple too from 1.27.2 (ngx_stream_ssl_module).
  ssl_stapling: { contexts: [...SSL_HTTP, "stream", "stream_server"], args: [1, 1], inheritance: "replace" },
  ssl_stapling_verify: { contexts: [...SSL_HTTP, "stream", "stream_server"], args: [1, 1], inheritance: "replace" },
  ssl_trusted_certificate: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_client_certificate: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_verify_client: { contexts: SSL_ALL, args: [1, 1], inheritance: "replace" },
  ssl_early_data: { contexts: SSL_HTTP, args: [1, 1], inheritance: "replace", since: "1.15.3" },
  http2: { contexts: SSL_HTTP, args: [1, 1], since: "1.25.1" },
  // Upstream TLS (ngx_http_proxy_module, ngx_stream_proxy_module).
  proxy_ssl_verify: { contexts: PROXY_SSL, args: [1, 1], inheritance: "replace" },
  proxy_ssl_trusted_certificate: { contexts: PROXY_SSL, args: [1, 1], inheritance: "replace" },
  proxy_ssl_server_name: { contexts: PROXY_SSL, args: [1, 1], inheritance: "replace" },
  proxy_ssl_protocols: { contexts: PROXY_SSL, args: [1, ANY], inheritance: "replace" },
  proxy_ssl_ciphers: { contexts: PROXY_SSL, args: [1, 1], inheritance: "replace" }
};
var SPECS = new Map(Object.entries(NGINX_DIRECTIVES));
function nginxDirective(name) {
  return SPECS.get(name);
}

// src/dialects/nginx/check.ts
var OPAQUE_BLOCKS = /* @__PURE__ */ new Set(["map", "geo", "types", "split_clients", "charset_map", "match"]);
var recorded = /* @__PURE__ */ new WeakMap();
function checkDirectives(entry, version) {
  const top = entry.directives.some((d) => d.name === "http" && d.children) ? "main" : null;
  walk(entry, entry.directives, top, version, /* @__PURE__ */ new Set());
}
function walk(file, directives, context, version, active) {
  for (const directive of directives) {
    if (directive.recovered) continue;
    if (directive.name === "include") {
      for (const included of directive.included ?? []) {
        if (active.has(included)) continue;
        active.add(included);
        walk(included, included.directives, context, version, active);
        active.delete(included);
      }
    }
    check(file, directive, context, version);
    if (!directive.children || OPAQUE_BLOCKS.has(directive.name) || directive.rawBlock !== void 0) continue;
    walk(file, directive.children, innerContext(directive.name, context), version, active);
  }
}
function innerContext(name, outer) {
  switch (name) {
    case "events":
      return "events";
    case "http":
      return "http";
    case "stream":
      return "stream";
    case "mail":
      return "mail";
    case "server":
      if (outer === "http") return "server";
      if (outer === "stream") return "stream_server";
      if (outer === "mail") return "mail_server";
      return null;
    case "upstream":
      if (outer === "http") return "upstream";
      return outer === "stream" ? "stream_upstream" : null;
    case "location":
      return "location";
    case "if":
      return "if";
    case "limit_except":
      return "limit_except";
    default:
      return null;
  }
}
function check(file, directive, context, version) {
  const spec = nginxDirective(directive.name);
  if (!spec || spec.since && !versionAtLeast(version, spec.since)) return;
  if (directive.name === "server") return;
  if (context !== null && !spec.contexts.includes(context)) {
    record(file, directive, `"${directive.name}" directive is not allowed here`);
    return;
  }
  const [min, max] = spec.args;
  const count = directive instanceof SourceDirective ? directive.argCount : directive.args.length;
  if (count < min || count > max) {
    const last = directive.args.at(-1);
    const swallowed = count > max && last !== void 0 && last.range.start.line > directive.nameRange.start.line;
    const hint = swallowed ? ': a missing ";" made the next line part of it' : "";
    record(file, directive, `invalid number of arguments in "${directive.name}" directive${hint}`);
  }
}
function record(file, directive, message) {
  let seen = recorded.get(file);
  if (!seen) recorded.set(file, seen = /* @__PURE__ */ new Set());
  const key = `${directive.range.start.offset}\0${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  file.diagnostics.push({ ruleId: "parse-error", message, range: directive.range });
}

// src/dialects/nginx/model.ts
function newLevel(kind, directives, parent, build) {
  return {
    kind,
    directives,
    parent,
    build,
    byName: void 0,
    label: void 0,
    headers: void 0,
    moduleHeaders: void 0,
    unreadInclude: void 0,
    inheritMode: void 0
  };
}
function buildNginxModel(entry, options) {
  const version = options.serverVersions.nginx ?? NGINX_DEFAULT_VERSION;
  const context = {
    version,
    addHeaderInherit: hasAddHeaderInherit(version),
    prefix: dirname2(entry.path),
    prefixKnown: true,
    pathMaps: options.pathMaps,
    root: resolve2(options.root),
    serverLevels: /* @__PURE__ */ new Map(),
    defaultSettings: /* @__PURE__ */ new Map(),
    labelsByHead: /* @__PURE__ */ new Map(),
    resolvedFiles: /* @__PURE__ */ new Map()
  };
  checkDirectives(entry, context.version);
  const endpoints = httpLevels(entry, context).flatMap((http) => blocks(http.directives, "server").map((server) => {
    context.serverLevels = /* @__PURE__ */ new Map();
    return buildEndpoint(server, http, context);
  }));
  for (const endpoint of otherEndpoints(entry, context)) endpoints.push(endpoint);
  const sockets = new SocketKeys();
  shareSocketTls(endpoints, sockets);
  const defaults = defaultServers(endpoints);
  if (!protocolsPerServer(context.version, options.openssl)) useDefaultServerProtocols(endpoints, defaults, sockets);
  useDefaultServerTickets(endpoints, defaults, sockets);
  return { dialect: "nginx", server: { product: "nginx", version: context.version, tlsLibrary: "openssl" }, endpoints, files: filesOf(entry) };
}
function httpLevels(entry, build) {
  const top = expandIncludes(entry.directives, build.version);
  const https = blocks(top, "http");
  if (https.length === 0) {
    build.prefixKnown = false;
    return [newLevel("global", top, null, build)];
  }
  return https.map((http) => newLevel("global", expandIncludes(http.children ?? [], build.version), null, build));
}
function expandIncludes(directives, version, active = /* @__PURE__ */ new Set()) {
  if (!includesAny(directives)) return directives;
  const out = [];
  for (const directive of directives) {
    if (directive.name !== "include" || !directive.included) {
      out.push(directive);
      continue;
    }
    if (directive.unresolved) {
      out.push(directive);
      for (const standIn of standInsFor(directive, version)) out.push(standIn);
    }
    for (const file of directive.included) {
      if (active.has(file)) continue;
      active.add(file);
      for (const expanded of expandIncludes(file.directives, version, active)) out.push(expanded);
      active.delete(file);
    }
  }
  return out;
}
function includesAny(directives) {
  for (const directive of directives) if (directive.name === "include" && directive.included) return true;
  return false;
}
var LEVEL_CONTEXTS = {
  default: [],
  global: ["http", "stream", "mail"],
  endpoint: ["server", "stream_server", "mail_server"],
  path: ["location", "if", "limit_except"]
};
var standIns = /* @__PURE__ */ new WeakSet();
var standInsByInclude = /* @__PURE__ */ new WeakMap();
function standInsFor(include, version) {
  const published = include.published === void 0 ? void 0 : publishedById(include.published);
  if (!published) return [];
  let made = standInsByInclude.get(include);
  if (!made) {
    const range = include.range;
    made = published.directives(version).map(([name, ...values]) => {
      const args = values.map((value) => ({ value, raw: value, quoted: null, range }));
      const directive = { name, nameRange: range, args, range };
      standIns.add(directive);
      return directive;
    });
    standInsByInclude.set(include, made);
  }
  return made;
}
function mayBeSetUnseen(level, name) {
  if (!hasUnreadInclude(level)) return false;
  const spec = nginxDirective(name);
  return !spec || spec.contexts.some((c) => LEVEL_CONTEXTS[level.kind].includes(c));
}
function hasUnreadInclude(level) {
  return level.unreadInclude ??= own(level, "include").some((d) => d.unresolved && d.published === void 0);
}
function unreadAround(level) {
  for (let at = level; at; at = at.parent) if (hasUnreadInclude(at)) return true;
  return false;
}
function unknownFrom(level, name) {
  for (let at = level; at; at = at.parent) {
    if (own(at, name).length > 0) return false;
    if (mayBeSetUnseen(at, name)) return true;
  }
  return false;
}
function blocks(directives, name) {
  return directives.filter((d) => d.name === name && d.children !== void 0);
}
function childLevel(block, kind, parent) {
  const { build } = parent;
  let level = build.serverLevels.get(block);
  if (!level || level.parent !== parent || level.kind !== kind) {
    level = newLevel(kind, expandIncludes(block.children ?? [], build.version), parent, build);
    build.serverLevels.set(block, level);
  }
  return level;
}
function buildEndpoint(server, http, context, application = "http") {
  const level = childLevel(server, "endpoint", http);
  const isHttp = application === "http";
  const nameDirectives = own(level, "server_name");
  const serverNames = nameDirectives.length === 1 ? argValuesOf(nameDirectives[0]) : exact(nameDirectives.flatMap((d) => argValuesOf(d)));
  const legacySsl = inherited(level, "ssl", onOff);
  const range = server.headRange ?? server.range;
  const scopes = isHttp ? headerScopes(level, range) : [];
  const certificates = certificatesOf(level, context);
  const rejectsHandshake = inherited(level, "ssl_reject_handshake", onOff)?.value === true;
  const listeners = application === "mail" ? withStarttls(level, listenersOf(level, legacySsl, context)) : listenersOf(level, legacySsl, context);
  const dhparam = setting(level, "ssl_dhparam", firstArg, null);
  const endpoint = {
    label: serverNames[0] ? `server ${serverNames[0]}` : "server",
    range,
    serverNames,
    listeners,
    certificates,
    protocols: setting(level, "ssl_protocols", protocolsOf, defaultProtocols(context.version)),
    ciphers: setting(level, "ssl_ciphers", firstArg, DEFAULT_CIPHERS),
    ciphersuites: ciphersuitesOf(level),
    sessionTickets: setting(level, "ssl_session_tickets", onOff, true),
    ticketKeyRotation: ticketKeyRotation(level, context.version),
    stapling: setting(level, "ssl_stapling", onOff, false),
    dhparam,
    files: namedFiles(level, certificates, rejectsHandshake, dhparam, context),
    // nginx sets no DH parameters without `ssl_dhparam` (ngx_ssl_dhparam returns at once for an empty
    // name), so it never negotiates DHE then; test/live proves it against nginx 1.22.
    dheAvailable: dhparam.value !== null,
    deprecated: legacySsl ? [{ key: "tlsSwitch", setting: legacySsl, removed: !hasSslDirective(context.version) }] : [],
    scopes,
    upstreams: isHttp ? upstreamsOf(level) : [],
    httpRedirect: isHttp ? redirectOf(level, plainPorts(listeners)) : null,
    rejectsHandshake,
    unknown: unknownSettings(level, isHttp),
    application,
    // ssl_stapling: ngx_http_ssl_module, and ngx_stream_ssl_module from 1.27.2; the mail module has none.
    staplingAvailable: isHttp || application === "stream" && versionAtLeast(context.version, "1.27.2")
  };
  const clientAuth = clientAuthOf(level);
  if (clientAuth) endpoint.clientAuth = clientAuth;
  return endpoint;
}
var NOTHING_UNKNOWN = /* @__PURE__ */ new Set();
var CLIENT_VERIFY = lookupTable({
  on: { mode: "required", verified: true },
  optional: { mode: "optional", verified: true },
  optional_no_ca: { mode: "optional", verified: false }
});
function clientAuthOf(level) {
  const verify = inherited(level, "ssl_verify_client", firstArg);
  const known = verify && CLIENT_VERIFY[verify.value.toLowerCase()];
  if (!verify || !known) return void 0;
  const clientAuth = { ...known, written: `ssl_verify_client ${verify.value}`, source: verify.source, level: verify.level };
  const ca = inherited(level, "ssl_client_certificate", firstArg);
  if (ca?.source) clientAuth.caSource = ca.source;
  if (!known.verified) {
    const uses = /\$(?:\{)?ssl_client_(?:cert|escaped_cert|raw_cert|verify|fingerprint)\b/;
    const mapped = /* @__PURE__ */ new Set();
    for (let at = level.parent; at; at = at.parent) {
      for (const map of own(at, "map")) if (map.args.length >= 2 && uses.test(map.args[0].value)) mapped.add(map.args[1].value.replace(/^\$/, ""));
    }
    const usesMapped = (value) => [...value.matchAll(/\$\{?(\w+)/g)].some((m) => mapped.has(m[1]));
    const use = [...walkDirectives(level.directives)].find((d) => d.args.some((a) => uses.test(a.value) || mapped.size > 0 && usesMapped(a.value)));
    if (use) clientAuth.handedOn = use.range;
  }
  return clientAuth;
}
function unknownSettings(level, isHttp) {
  if (!unreadAround(level) && !(isHttp && rootHasUnreadInclude(level))) return NOTHING_UNKNOWN;
  const root = isHttp ? rootLocations(level) : [];
  const unknown = /* @__PURE__ */ new Set();
  if (unknownFrom(level, "ssl_protocols")) unknown.add("protocols");
  if (unknownFrom(level, "ssl_ciphers") || unknownFrom(level, "ssl_conf_command")) unknown.add("ciphers");
  if (["ssl_session_tickets", "ssl_session_ticket_key", "ssl_session_cache"].some((name) => unknownFrom(level, name))) unknown.add("sessionTickets");
  if (unknownFrom(level, "ssl_stapling")) unknown.add("stapling");
  if (unknownFrom(level, "ssl_certificate")) unknown.add("certificates");
  if (isHttp && (mayBeSetUnseen(level, "return") || root.some((l) => mayBeSetUnseen(childLevel(l, "path", level), "return")))) unknown.add("redirect");
  return unknown.size > 0 ? unknown : NOTHING_UNKNOWN;
}
function rootHasUnreadInclude(server) {
  for (const directive of server.directives) {
    if (directive.name === "location" && directive.children && isPlainRootLocation(directive) && hasUnreadInclude(childLevel(directive, "path", server))) return true;
  }
  return false;
}
function rootLocations(server) {
  return blocks(server.directives, "location").filter(isPlainRootLocation);
}
function isPlainRootLocation(location) {
  return argCountOf(location) === 1 && argValuesOf(location)[0] === "/";
}
function otherEndpoints(entry, context) {
  const top = expandIncludes(entry.directives, context.version);
  const endpoints = [];
  for (const name of ["stream", "mail"]) {
    for (const block of blocks(top, name)) {
      const level = newLevel("global", expandIncludes(block.children ?? [], context.version), null, context);
      for (const server of blocks(level.directives, "server")) {
        context.serverLevels = /* @__PURE__ */ new Map();
        endpoints.push(buildEndpoint(server, level, context, name));
      }
    }
  }
  return endpoints;
}
function withStarttls(level, listeners) {
  const starttls = inherited(level, "starttls", firstArg)?.value;
  if (starttls !== "on" && starttls !== "only") return listeners;
  return listeners.map((l) => l.tls ? l : { ...l, tls: true, tlsFrom: "server-switch" });
}
var SCANNED_LEVEL_LENGTH = 32;
var NONE = Object.freeze([]);
var NO_HEADERS = Object.freeze([]);
function exact(list) {
  return list.length > 0 && list.length < 17 ? list.slice() : list;
}
function own(level, name) {
  const { directives } = level;
  if (directives.length <= SCANNED_LEVEL_LENGTH) {
    let found;
    for (const directive of directives) {
      if (directive.name !== name) continue;
      if (found) found.push(directive);
      else found = [directive];
    }
    return found ?? NONE;
  }
  if (!level.byName) {
    level.byName = /* @__PURE__ */ new Map();
    for (const directive of directives) {
      const list = level.byName.get(directive.name);
      if (list) list.push(directive);
      else level.byName.set(directive.name, [directive]);
    }
  }
  return level.byName.get(name) ?? NONE;
}
function firstOwn(level, name) {
  const { directives } = level;
  if (directives.length <= SCANNED_LEVEL_LENGTH) {
    for (const directive of directives) if (directive.name === name) return directive;
    return void 0;
  }
  return own(level, name)[0];
}
function inherited(level, name, read) {
  for (let at = level; at; at = at.parent) {
    const directive = firstOwn(at, name);
    if (!directive) continue;
    return settingOf(directive, read(argValuesOf(directive)), at.kind);
  }
  return void 0;
}
function setting(level, name, read, fallback) {
  return inherited(level, name, read) ?? defaultSetting(level, name, fallback);
}
function defaultSetting(level, name, fallback) {
  const { defaultSettings } = level.build;
  let known = defaultSettings.get(name);
  if (!known || known.value !== fallback) {
    known = Object.freeze({ value: fallback, source: null, level: "default" });
    defaultSettings.set(name, known);
  }
  return known;
}
function settingOf(directive, value, level) {
  return { value, source: directive.range, valueRange: valueRangeOf(directive), level };
}
function valueRangeOf(directive) {
  if (directive instanceof SourceDirective) {
    const count = directive.argCount;
    if (count === 0) return void 0;
    const first = directive.argRange(0);
    return count === 1 ? first : spanOf(first, directive.argRange(count - 1));
  }
  const args = directive.args;
  return args.length > 0 && !standIns.has(directive) ? spanOf(args[0].range, args[args.length - 1].range) : void 0;
}
function firstArg(values) {
  return values[0] ?? "";
}
function onOff(values) {
  return values[0]?.toLowerCase() === "on";
}
function protocolsOf(values) {
  return exact(TLS_PROTOCOLS.filter((p) => values.includes(p)));
}
function ciphersuitesOf(level) {
  for (let at = level; at; at = at.parent) {
    const commands = own(at, "ssl_conf_command");
    if (commands.length === 0) continue;
    const suites = commands.filter((d) => d.args[0]?.value.toLowerCase() === "ciphersuites").at(-1);
    if (!suites) break;
    const suitesArg = suites.args[1];
    return { value: suitesArg?.value ?? "", source: suites.range, valueRange: suitesArg?.range, level: at.kind };
  }
  return defaultSetting(level, "ssl_conf_command Ciphersuites", OPENSSL_DEFAULT_CIPHERSUITES);
}
function ticketKeyRotation(level, version) {
  if (inherited(level, "ssl_session_ticket_key", firstArg)) return "never";
  if (!rotatesTicketKeys(version)) return "per-restart";
  const cache = inherited(level, "ssl_session_cache", (values) => values.some((value) => value.startsWith("shared:")));
  return cache?.value === true ? "automatic" : "per-restart";
}
function listenersOf(level, legacySsl, context) {
  const directives = own(level, "listen");
  const listeners = directives.length > 0 ? directives.map(parseListen) : [implicitListener()];
  const sslOn = legacySsl?.value === true && hasSslDirective(context.version);
  if (!sslOn) return listeners;
  return listeners.map((l) => !l.tls && !l.quic ? { ...l, tls: true, tlsFrom: "server-switch" } : l);
}
function useDefaultServerProtocols(endpoints, defaults, sockets) {
  const chosen = /* @__PURE__ */ new Map();
  for (const endpoint of endpoints) {
    let owner;
    let ownsOne = false;
    for (const listener of endpoint.listeners) {
      if (!listener.tls || listener.quic) continue;
      const socketOwner = defaults.get(sockets.of(listener));
      if (socketOwner === endpoint) ownsOne = true;
      owner ??= socketOwner;
    }
    if (owner && !ownsOne) chosen.set(endpoint, owner);
  }
  for (const [endpoint, owner] of chosen) endpoint.protocols = owner.protocols;
}
function useDefaultServerTickets(endpoints, defaults, sockets) {
  for (const endpoint of endpoints) {
    let owner;
    let ownsOne = false;
    let first = true;
    for (const listener of endpoint.listeners) {
      const socketOwner = defaults.get(sockets.of(listener));
      if (socketOwner === endpoint) {
        ownsOne = true;
        break;
      }
      if (first && listener.tls && !listener.quic) {
        owner = socketOwner;
        first = false;
      }
    }
    if (!owner || ownsOne) continue;
    endpoint.ticketKeyRotation = owner.ticketKeyRotation;
    if (owner.unknown.has("sessionTickets") && !endpoint.unknown.has("sessionTickets")) endpoint.unknown = /* @__PURE__ */ new Set([...endpoint.unknown, "sessionTickets"]);
    if (!owner.sessionTickets.value && endpoint.sessionTickets.value) endpoint.sessionTickets = owner.sessionTickets;
  }
}
function shareSocketTls(endpoints, sockets) {
  const tlsSockets = /* @__PURE__ */ new Set();
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) if (listener.tls && !listener.quic && listener.unixPath === void 0) tlsSockets.add(sockets.of(listener));
  }
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) {
      if (listener.tls || listener.quic || listener.unixPath !== void 0 || !tlsSockets.has(sockets.of(listener))) continue;
      listener.tls = true;
      listener.tlsFrom = "shared-socket";
    }
  }
}
var SocketKeys = class {
  keys = /* @__PURE__ */ new Map();
  of(listener) {
    let key = this.keys.get(listener);
    if (key === void 0) {
      key = socketKey(listener);
      this.keys.set(listener, key);
    }
    return key;
  }
};
function implicitListener() {
  return { address: "*", port: 80, tls: false, tlsFrom: null, quic: false, defaultServer: false, source: null };
}
function parseListen(directive) {
  const values = argValuesOf(directive);
  const socket = values[0] ?? "";
  let tls = false;
  let quic = false;
  let defaultServer = false;
  for (let index = 1; index < values.length; index++) {
    const param = values[index];
    if (param === "ssl") tls = true;
    else if (param === "quic") quic = true;
    else if (param === "default_server" || param === "default") defaultServer = true;
  }
  const tlsFrom = tls ? "listener" : null;
  const source = directive.range;
  if (socket.startsWith("unix:")) return { address: null, port: 0, unixPath: socket.slice(5), tls, tlsFrom, quic, defaultServer, source };
  const { address, port } = addressAndPort(socket);
  return { address, port, tls, tlsFrom, quic, defaultServer, source };
}
function addressAndPort(socket) {
  if (/^\d+$/.test(socket)) return { address: null, port: Number(socket) };
  const ipv6 = /^(\[[^\]]*\])(?::(\d+))?$/.exec(socket);
  if (ipv6) return { address: ipv6[1], port: ipv6[2] ? Number(ipv6[2]) : 80 };
  const colon = socket.lastIndexOf(":");
  if (colon > 0 && /^\d+$/.test(socket.slice(colon + 1))) return { address: socket.slice(0, colon), port: Number(socket.slice(colon + 1)) };
  return { address: socket, port: 80 };
}
function certificatesOf(level, context) {
  for (let at = level; at; at = at.parent) {
    const certs = own(at, "ssl_certificate");
    if (certs.length === 0) continue;
    const keys = keysFor(at);
    return certs.map((cert, i) => {
      const certificate = settingOf(cert, firstArg(argValuesOf(cert)), at.kind);
      const key = keys[i] ?? null;
      const ref = { certificate, key };
      const resolvedPath = resolveFilePath(certificate.value, context)?.path;
      if (resolvedPath) ref.resolvedPath = resolvedPath;
      const keyPath = key ? resolveFilePath(key.value, context)?.path : void 0;
      if (keyPath) ref.keyPath = keyPath;
      return ref;
    });
  }
  return [];
}
function keysFor(level) {
  for (let at = level; at; at = at.parent) {
    const keys = own(at, "ssl_certificate_key");
    if (keys.length > 0) return keys.map((key) => settingOf(key, firstArg(argValuesOf(key)), at.kind));
  }
  return [];
}
function resolveFilePath(value, context) {
  let resolved = context.resolvedFiles.get(value);
  if (resolved === void 0) {
    resolved = resolveNamedFile(value, { base: context.prefix, baseKnown: context.prefixKnown, root: context.root, pathMaps: context.pathMaps }) ?? null;
    context.resolvedFiles.set(value, resolved);
  }
  return resolved ?? void 0;
}
function namedFiles(level, certificates, rejectsHandshake, dhparam, context) {
  if (certificates.length === 0 && !rejectsHandshake) return [];
  const files = [];
  const add = (role, setting2) => {
    if (!setting2?.source) return;
    const resolved = resolveFilePath(setting2.value, context);
    const file = { role, setting: setting2, inCheckout: resolved?.inCheckout ?? false };
    if (resolved) file.path = resolved.path;
    files.push(file);
  };
  for (const ref of certificates) {
    add("certificate", ref.certificate);
    add("key", ref.key);
  }
  if (dhparam.value !== null) add("dhparam", dhparam);
  add("trusted-certificate", inherited(level, "ssl_trusted_certificate", firstArg));
  const verifyClient = inherited(level, "ssl_verify_client", firstArg);
  if (verifyClient && verifyClient.value.toLowerCase() !== "off") add("trusted-certificate", inherited(level, "ssl_client_certificate", firstArg));
  return exact(files);
}
function headerScopes(server, range) {
  const scopes = [];
  visitScope(scopes, server, server, "server", range, effectiveHeaders(server.parent, NO_HEADERS), null, false);
  return exact(scopes);
}
function visitScope(scopes, server, level, label, at, fromOutside, outerAnswer, catchAll) {
  const addHeaders = effectiveHeaders(level, fromOutside);
  const scope = scopeOf(level, label, at, fromOutside, addHeaders, outerAnswer, catchAll);
  scopes.push(scope);
  const inherited2 = level === server ? scope.returns : null;
  for (const directive of level.directives) {
    if (!directive.children) continue;
    if (directive.name === "location") {
      const child = childLevel(directive, "path", level);
      const head = directive.headRange ?? directive.range;
      visitScope(scopes, server, child, locationLabel(directive, child), head, addHeaders, inherited2, level === server && isRootLocation(directive));
    } else if (directive.name === "if" && hasOwnHeaderSettings(directive)) {
      const child = childLevel(directive, "path", level);
      const label2 = `if (${argRawsOf(directive).join(" ")})`;
      const head = directive.headRange ?? directive.range;
      scopes.push(scopeOf(child, label2, head, addHeaders, effectiveHeaders(child, addHeaders), inherited2, false));
    }
  }
}
function hasOwnHeaderSettings(block) {
  return (block.children ?? []).some((d) => d.name === "add_header" || d.name === "add_header_inherit" || MODULE_HEADER_DIRECTIVES.has(d.name));
}
function locationLabel(location, level) {
  if (level.label !== void 0) return level.label;
  const head = location instanceof SourceDirective && location.headEndOffset > 0 ? location.source.text.slice(location.nameEndOffset, location.headEndOffset) : void 0;
  const { labelsByHead } = level.build;
  let label = head === void 0 ? void 0 : labelsByHead.get(head);
  if (label === void 0) {
    label = `location ${argRawsOf(location).join(" ")}`;
    if (head !== void 0) labelsByHead.set(head, label);
  }
  return level.label = label;
}
function isRootLocation(location) {
  const count = argCountOf(location);
  if (count !== 1 && count !== 2) return false;
  const values = argValuesOf(location);
  return count === 1 ? values[0] === "/" : values[0] === "^~" && values[1] === "/";
}
function scopeOf(level, label, range, fromOutside, addHeaders, outerAnswer, catchAll) {
  const ownHeaders = headersOf(level);
  const headers = withModuleHeaders(level, addHeaders);
  return {
    kind: level.kind === "path" ? "path" : "endpoint",
    label,
    catchAll,
    range,
    headers,
    dropped: droppedHeaders(fromOutside, addHeaders),
    ownHeaders,
    returns: outerAnswer ?? fixedAnswerOf(level),
    headersUnknown: headersMayBeUnseen(level)
  };
}
function droppedHeaders(fromOutside, addHeaders) {
  if (fromOutside === addHeaders) return NO_HEADERS;
  let dropped;
  for (const header of fromOutside) if (!addHeaders.includes(header)) (dropped ??= []).push(header);
  return dropped ? exact(dropped) : NO_HEADERS;
}
function headersMayBeUnseen(level) {
  if (!unreadAround(level)) return false;
  for (let at = level; at; at = at.parent) {
    if (mayBeSetUnseen(at, "add_header")) return true;
    if (headersOf(at).length > 0) return false;
  }
  return false;
}
function fixedAnswerOf(level) {
  const directive = firstOwn(level, "return");
  if (!directive) return null;
  const first = argValuesOf(directive)[0] ?? "";
  if (!/^\d+$/.test(first)) return "redirect";
  const code = Number(first);
  if (code === 444) return "close";
  if (code >= 300 && code < 400) return "redirect";
  return code >= 400 ? "error" : "body";
}
function effectiveHeaders(level, fromOutside) {
  const ownHeaders = headersOf(level);
  if (level.kind === "global") return ownHeaders;
  const mode = inheritMode(level);
  if (mode === "off") return ownHeaders;
  if (mode === "merge") return [...fromOutside, ...ownHeaders];
  return ownHeaders.length > 0 ? ownHeaders : fromOutside;
}
function inheritMode(level) {
  if (!level.build.addHeaderInherit) return "on";
  if (level.inheritMode === void 0) {
    const directive = firstOwn(level, "add_header_inherit");
    if (directive) {
      const value = firstArg(argValuesOf(directive));
      level.inheritMode = value === "off" || value === "merge" ? value : "on";
    } else {
      level.inheritMode = level.parent ? inheritMode(level.parent) : "on";
    }
  }
  return level.inheritMode;
}
function headersOf(level) {
  return level.headers ??= readHeaders(level);
}
function containsVariables(value) {
  return /\$(\{|[A-Za-z0-9_])/.test(value);
}
function readHeaders(level) {
  const headers = [];
  for (const directive of own(level, "add_header")) {
    if (argCountOf(directive) < 2) continue;
    const values = argValuesOf(directive);
    headers.push({
      name: values[0],
      value: values[1],
      always: values[2] === "always",
      dynamic: containsVariables(values[1]),
      source: directive.range,
      valueRange: argRangeOf(directive, 1),
      level: level.kind
    });
  }
  return headers.length > 0 ? exact(headers) : NO_HEADERS;
}
var MODULE_HEADER_DIRECTIVES = /* @__PURE__ */ new Set(["more_set_headers", "security_headers", "security_headers_hsts_preload"]);
function withModuleHeaders(level, headers) {
  const added = moduleHeadersOf(level);
  if (added.length === 0) return headers;
  return headers.length === 0 ? added : [...headers, ...added];
}
function moduleHeadersOf(level) {
  if (level.moduleHeaders) return level.moduleHeaders;
  const outer = level.parent ? moduleHeadersOf(level.parent) : NO_HEADERS;
  const more = own(level, "more_set_headers");
  const ownsSecurity = firstOwn(level, "security_headers") !== void 0 || firstOwn(level, "security_headers_hsts_preload") !== void 0;
  if (more.length === 0 && !ownsSecurity) return level.moduleHeaders = outer;
  const found = outer.filter((h) => !securityHeaders.has(h));
  for (const directive of more) for (const header of moreSetHeaders(directive, level.kind)) found.push(header);
  const security = securityHeadersHsts(level);
  if (security) found.push(security);
  return level.moduleHeaders = found.length > 0 ? exact(found) : NO_HEADERS;
}
var securityHeaders = /* @__PURE__ */ new WeakSet();
function moreSetHeaders(directive, level) {
  const args = directive.args;
  let statusFilter;
  const headers = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg.value === "-s" || arg.value === "-t") {
      if (arg.value === "-s") statusFilter = args[index + 1];
      index++;
      continue;
    }
    const colon = arg.value.indexOf(":");
    if (colon <= 0) continue;
    const name = arg.value.slice(0, colon).trim();
    const value = arg.value.slice(colon + 1).trim();
    if (value === "") continue;
    headers.push({
      name,
      value,
      always: true,
      dynamic: containsVariables(value),
      source: directive.range,
      valueRange: valueSpan(arg, value),
      level
    });
  }
  if (!statusFilter) return headers;
  const codes = statusFilter.value.split(/\s+/).filter(Boolean);
  const always = codes.some((c) => c.startsWith("4")) && codes.some((c) => c.startsWith("5"));
  return headers.map((h) => ({ ...h, always, statusFilter: statusFilter.range }));
}
function valueSpan(arg, value) {
  const quote = arg.quoted ? 1 : 0;
  const raw = arg.raw;
  const at = raw.length - quote - value.length;
  if (raw.slice(quote, raw.length - quote) !== arg.value || at < 0 || raw.slice(at, raw.length - quote) !== value) return arg.range;
  const start = arg.range.start;
  if (arg.range.end.line !== start.line) return arg.range;
  const point = (delta) => ({ line: start.line, column: start.column + delta, offset: start.offset + delta });
  return { file: arg.range.file, start: point(at), end: point(raw.length - quote) };
}
function securityHeadersHsts(level) {
  const enabled = inherited(level, "security_headers", onOff);
  if (!enabled?.value || !enabled.source || !enabled.valueRange) return void 0;
  const preload = inherited(level, "security_headers_hsts_preload", onOff)?.value ?? true;
  const header = {
    name: "Strict-Transport-Security",
    value: `max-age=31536000; includeSubDomains${preload ? "; preload" : ""}`,
    always: true,
    dynamic: false,
    source: enabled.source,
    valueRange: enabled.valueRange,
    level: enabled.level
  };
  securityHeaders.add(header);
  return header;
}
var REDIRECT_CODES = /* @__PURE__ */ new Set(["301", "302", "303", "307", "308"]);
function redirectOf(server, ports) {
  const atServer = redirectIn(server, ports);
  if (atServer) return atServer;
  for (const directive of server.directives) {
    if (directive.name === "location" && directive.children && isPlainRootLocation(directive)) return redirectIn(childLevel(directive, "path", server), ports);
  }
  return null;
}
function redirectIn(level, ports) {
  for (const directive of level.directives) {
    if (directive.name === "if" && directive.children && holdsForPlainRequests(directive.args, ports)) {
      const inside = redirectIn(childLevel(directive, level.kind, level), ports);
      if (inside) return inside;
      continue;
    }
    const url = redirectTarget(directive);
    if (url !== void 0) return { toHttps: /^https:\/\//i.test(url), source: directive.range };
  }
  return null;
}
function plainPorts(listeners) {
  return new Set(listeners.filter((l) => !l.tls && !l.quic && l.unixPath === void 0).map((l) => l.port));
}
function holdsForPlainRequests(args, ports) {
  if (args.length !== 3 || ports.size === 0) return false;
  const [variable, operator, operand] = [args[0].value, args[1].value, args[2].value];
  if (operator !== "=" && operator !== "!=") return false;
  const equal = operator === "=";
  if (variable === "$scheme") return equal ? operand === "http" : operand === "https";
  if (variable === "$https") return equal ? operand === "" : operand === "on";
  if (variable === "$server_port") {
    const port = /^\d+$/.test(operand) ? Number(operand) : NaN;
    return equal ? [...ports].every((p) => p === port) : ![...ports].some((p) => p === port);
  }
  return false;
}
function redirectTarget(directive) {
  if (directive.name !== "return" && directive.name !== "rewrite") return void 0;
  const args = argValuesOf(directive);
  if (directive.name === "return") {
    if (args.length === 2 && REDIRECT_CODES.has(args[0])) return args[1];
    if (args.length === 1 && /^(https?:\/\/|\$scheme)/i.test(args[0])) return args[0];
  }
  if (directive.name === "rewrite" && args.length >= 2 && /^https?:\/\//i.test(args[1])) return args[1];
  return void 0;
}
var TLS_PASSES = /* @__PURE__ */ new Map([
  ["proxy_pass", /^https:\/\//i],
  ["grpc_pass", /^grpcs:\/\//i],
  ["uwsgi_pass", /^suwsgi:\/\//i]
]);
function upstreamsOf(server) {
  const upstreams = [];
  visitUpstreams(upstreams, server);
  return exact(upstreams);
}
function visitUpstreams(upstreams, level) {
  for (const directive of level.directives) {
    const scheme = TLS_PASSES.get(directive.name);
    if (scheme) {
      const target = passTarget(argValuesOf(directive)[0] ?? "", level);
      if (scheme.test(target)) upstreams.push(upstreamOf(directive, level, target));
    }
    if (directive.name === "location" && directive.children) visitUpstreams(upstreams, childLevel(directive, "path", level));
    if (directive.name === "if" && directive.children) visitUpstreams(upstreams, childLevel(directive, level.kind, level));
  }
}
function upstreamOf(directive, level, target) {
  const prefix = directive.name.slice(0, -"_pass".length);
  return {
    target,
    via: directive.name,
    source: directive.range,
    verify: setting(level, `${prefix}_ssl_verify`, onOff, false)
  };
}
function passTarget(value, level) {
  const match = /^\$(\w+|\{\w+\})/.exec(value);
  if (!match) return value;
  const name = match[1].replace(/^\{|\}$/g, "");
  const known = staticValue(name, level);
  return known === void 0 ? value : known + value.slice(match[0].length);
}
function setsInside(block, name) {
  return (block.children ?? []).some((d) => d.name === "set" && d.args[0]?.value === `$${name}`);
}
function staticValue(name, level) {
  const chain = [];
  for (let at = level; at; at = at.parent) chain.unshift(at);
  let value;
  let found = false;
  for (const at of chain) {
    if (at.kind === "global") continue;
    for (const directive of at.directives) {
      if (directive.name === "if" && !chain.includes(at.build.serverLevels.get(directive)) && setsInside(directive, name)) return void 0;
      if (directive.name !== "set" || directive.args[0]?.value !== `$${name}`) continue;
      const written = directive.args[1]?.value ?? "";
      value = written.includes("$") ? void 0 : written;
      found = true;
    }
  }
  if (found) return value;
  for (let at = level; at; at = at.parent) {
    if (at.kind !== "global") continue;
    const map = blocks(at.directives, "map").find((d) => d.args[1]?.value === `$${name}`);
    if (!map) continue;
    const entries = (map.children ?? []).filter((d) => d.name !== "hostnames" && d.name !== "volatile");
    if (entries.some((d) => d.name === "include")) return void 0;
    const values = new Set(entries.map((d) => d.args.at(-1)?.value ?? d.name));
    if (!entries.some((d) => d.name === "default")) values.add("");
    return values.size === 1 && ![...values][0].includes("$") ? [...values][0] : void 0;
  }
  return void 0;
}
function filesOf(entry) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const directive of includeDirectives(file)) for (const child of directive.included ?? []) visit(child);
  };
  visit(entry);
  return [...seen];
}

// src/dialects/nginx/index.ts
var nginx = {
  ...nginxFinder,
  load: loadNginx,
  buildModel: buildNginxModel,
  names: nginxNames,
  render: renderNginx
};
export {
  isNginxConfigPath,
  nginx
};
