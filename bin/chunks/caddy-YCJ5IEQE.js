import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  GO_TLS13_SUITES,
  HSTS_HEADER,
  at,
  caddyNames,
  endpointSources,
  headerSources,
  items,
  jsonPaths,
  member,
  members,
  parseJson,
  renderCaddy,
  scopeSources,
  strings,
  text
} from "./chunk-C7FR6AVM.js";
import {
  walkDirectives
} from "./chunk-TJ564R7M.js";
import {
  LimitExceeded,
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
  SourceText,
  endOffsetOf,
  spanOf,
  startOffsetOf
} from "./chunk-NKCL4C7Z.js";
import {
  Backticked,
  DoubleQuoted,
  Heredoc,
  LBrace,
  Newline,
  RBrace,
  UnterminatedQuoted,
  Word,
  tokenizeCaddy
} from "./chunk-NFGMUWXE.js";
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
  CADDY_DEFAULT_CIPHERS,
  CADDY_DEFAULT_VERSION,
  CADDY_PROTOCOLS,
  GO_CURVES,
  HEADER_DEFER_PREFIX_SINCE,
  HEREDOC_SINCE,
  IMPORT_ARG_BRACKETS_SINCE,
  ON_DEMAND_PERMISSION_SINCE,
  caddyFinder
} from "./chunk-H4ND2TUI.js";
import {
  lookupTable,
  readRegularFileHead,
  versionAtLeast
} from "./chunk-E7OSVBOX.js";
import "./chunk-3PFUZ4WF.js";

// src/dialects/caddy/json-model.ts
import { dirname as dirname3 } from "node:path";

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

// src/dialects/caddy/parse.ts
var MAX_BLOCK_DEPTH = 100;
var BOM = "\uFEFF";
function parseCaddyfile(text2, path) {
  return parseGuarded(text2, path, "caddy", parseSource);
}
function parseSource(text2, path) {
  const source = new SourceText(path, text2);
  const lexed = tokenizeCaddy(text2);
  if (lexed === void 0) return standInFile(text2, path, "caddy");
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

// src/dialects/caddy/model.ts
import { dirname as dirname2 } from "node:path";

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
  /** Per file, `offset:message` of the parse errors it holds: a model built again for a file reports nothing twice. */
  reported = /* @__PURE__ */ new Map();
  constructor(files) {
    for (const file of files) this.byPath.set(file.path, file);
  }
  /** Caddy refuses `range`'s text with `message`. */
  refuse(range, message) {
    const file = this.byPath.get(range.file);
    if (!file) return;
    let reported2 = this.reported.get(file);
    if (!reported2) {
      reported2 = new Set(file.diagnostics.map((d) => `${d.range.start.offset}:${d.message}`));
      this.reported.set(file, reported2);
    }
    const key = `${range.start.offset}:${message}`;
    if (reported2.has(key)) return;
    reported2.add(key);
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

// src/dialects/caddy/index.ts
async function loadCaddy(entry, context) {
  return context.syntax === CADDY_JSON || isCaddyJson(entry) ? loadCaddyJson(entry, context) : loadCaddyfile(entry, context);
}
function buildModel(entry, options) {
  return entry.dialect === CADDY_JSON ? buildCaddyJsonModel(entry, options) : buildCaddyModel(entry, options);
}
var caddy = {
  ...caddyFinder,
  load: loadCaddy,
  buildModel,
  names: caddyNames,
  render: renderCaddy
};
export {
  caddy
};
