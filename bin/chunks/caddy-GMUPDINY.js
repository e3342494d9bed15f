import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  CADDY_JSON,
  GO_TLS13_SUITES,
  KEYLESS_BLOCK,
  at,
  caddyNames,
  items,
  jsonOf,
  member,
  members,
  parseCaddyJson,
  parseCaddyfile,
  renderCaddy,
  strings,
  text
} from "./chunk-7JMHWUF3.js";
import {
  LimitExceeded,
  expandGlob,
  failureText,
  hasGlob,
  mapPath,
  readConfigFile,
  resolveNamedFile,
  versionAtLeast
} from "./chunk-5HNNOAVR.js";
import {
  endOffsetOf,
  startOffsetOf
} from "./chunk-4X7IGRWZ.js";
import {
  readRegularFileHead
} from "./chunk-4ZPUNWHE.js";

// src/dialects/caddy/index.ts
import { basename } from "node:path";

// src/dialects/caddy/json-model.ts
import { dirname as dirname3 } from "node:path";

// src/dialects/caddy/model.ts
import { dirname as dirname2 } from "node:path";

// src/syntax/ast.ts
function* walkDirectives(directives) {
  for (const d of directives) {
    yield d;
    if (d.children) yield* walkDirectives(d.children);
  }
}

// src/dialects/caddy/load.ts
import { realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
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
  return readConfigFile(path, context, parse);
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
    const pattern = directive.args[0].value;
    if (walk.snippets.has(pattern) || pattern.includes("{args")) continue;
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
  const value = directive.args[0].value;
  const path = importPath(value, file.path, walk.context);
  if (hasGlob(value)) {
    if (count(path, "*") > 1 || count(path, "?") > 1 || path.includes("[") && path.includes("]")) {
      report(file, directive, "parse-error", `Caddy refuses import pattern "${value}": a glob may hold only one wildcard (*)`);
      return [];
    }
    return expandGlob(path).paths;
  }
  if (exists(path)) return [path];
  report(file, directive, "include-not-found", `Missing import "${value}": no snippet of that name is defined before it and no file "${path}" exists`);
  return [];
}
function count(text2, ch) {
  return text2.split(ch).length - 1;
}
function exists(path) {
  try {
    statSync(path);
    return true;
  } catch (error) {
    return error.code === "EACCES" || error.code === "ELOOP";
  }
}
function report(file, directive, ruleId, message) {
  file.diagnostics.push({ ruleId, message, range: directive.range });
}
function chainText(walk, last) {
  return [...walk.chain, last].map((path) => relative(walk.prefix, path) || path).join(" -> ");
}
function announceLimit(walk, kind, includer, message) {
  if (walk.announced.has(kind)) return;
  walk.announced.add(kind);
  walk.context.notify({ level: "warning", message, file: includer.path });
}
function includeSite(target, directive, includer, walk) {
  const shown = (path) => relative(walk.prefix, path) || path;
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
    report(includer, directive, loop ? "include-cycle" : "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    return void 0;
  }
  if (walk.chain.includes(real)) {
    report(includer, directive, "include-cycle", `Include cycle: ${chainText(walk, real)}`);
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

// src/dialects/caddy/expand.ts
var MAX_EXPANDED_DIRECTIVES = 2e5;
var MAX_IMPORT_DEPTH = 30;
var reported = /* @__PURE__ */ new WeakSet();
function expandCaddyfile(entry) {
  const filesByPath = /* @__PURE__ */ new Map();
  collect(entry, filesByPath);
  const expansion = {
    snippets: /* @__PURE__ */ new Map(),
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
    const directive = args ? substitute(written, args) : written;
    if (topLevel) {
      const snippet = snippetName(directive);
      if (snippet !== void 0) {
        if (expansion.snippets.has(snippet) && expansion.snippets.get(snippet) !== written) {
          expansion.report(written, `Snippet "${snippet}" is already defined; Caddy refuses to redeclare it`);
        }
        expansion.snippets.set(snippet, directive);
        continue;
      }
    }
    if (directive.name === "import" && directive.args.length) {
      if (depth >= MAX_IMPORT_DEPTH) {
        expansion.report(written, `Imports nested deeper than ${MAX_IMPORT_DEPTH} levels (a snippet importing itself?); this import is not expanded`);
        continue;
      }
      const inner = [...via, written];
      const snippet = expansion.snippets.get(directive.args[0].value);
      if (snippet) {
        recordUse(expansion, snippet, () => snippet.range, written.range);
        const values = directive.args.slice(1).map((arg) => arg.value);
        for (const item of expandList(snippet.children ?? [], inner, expansion, depth + 1, topLevel, values)) out.push(item);
      } else if (!written.included?.length && !/[*?[]/.test(directive.args[0].value)) {
        out.push({ ...copyOf(directive), importedVia: via });
      } else {
        for (const file of written.included ?? []) recordUse(expansion, file, () => wholeFile(file), written.range);
        for (const file of written.included ?? []) for (const item of expandList(file.directives, inner, expansion, depth + 1, topLevel)) out.push(item);
      }
      continue;
    }
    expansion.produced++;
    const expanded = { ...copyOf(directive), importedVia: via };
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
function copyOf(directive) {
  const { name, nameRange, args, range, headRange, recovered } = directive;
  return { name, nameRange, args, range, headRange, recovered };
}
var ARG_PLACEHOLDER = /\{args(?:\[(\d+)\]|\.(\d+))\}/g;
var ARG_RANGE = /^\{args\[(\d*):(\d*)\]\}$/;
function substitute(directive, values) {
  const replaceIn = (arg) => {
    if (!arg.value.includes("{args")) return [arg];
    const range = ARG_RANGE.exec(arg.value);
    if (range) {
      const from = range[1] ? Number(range[1]) : 0;
      const to = range[2] ? Number(range[2]) : values.length;
      return values.slice(from, to).map((value) => ({ ...arg, value }));
    }
    return [{ ...arg, value: arg.value.replace(ARG_PLACEHOLDER, (_, a, b) => values[Number(a ?? b)] ?? "") }];
  };
  const [name] = replaceIn({ value: directive.name, raw: directive.name, quoted: null, range: directive.nameRange });
  return { ...directive, name: name?.value ?? "", args: directive.args.flatMap(replaceIn) };
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
function withEnvDefaults(value) {
  return value.includes("{$") ? value.replace(/\{\$([^{}:]+):([^{}]*)\}/g, (_, _name, fallback) => fallback) : value;
}

// src/dialects/caddy/versions.ts
var CADDY_DEFAULT_VERSION = "2.6.2";
var HEREDOC_SINCE = "2.7.0";
var CADDY_PROTOCOLS = { "tls1.2": "TLSv1.2", "tls1.3": "TLSv1.3" };
var CADDY_DEFAULT_CIPHERS = [
  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
  "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
];
var GO_CURVES = /* @__PURE__ */ new Set(["x25519", "secp256r1", "secp384r1", "secp521r1"]);

// src/dialects/caddy/issuers.ts
function qualifiesForPublicCert(host) {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (name === "localhost" || /\.(localhost|local|internal|home\.arpa)$/.test(name)) return false;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(":")) return false;
  return true;
}

// src/dialects/caddy/model.ts
function buildCaddyModel(entry, options) {
  const config = expandCaddyfile(entry);
  const files = filesOf(entry);
  const problems = new Problems(files);
  const auto = autoHttpsOf(config);
  const sites = config.sites.map((site) => ({ site, addresses: addressesOf(site, auto, problems) }));
  const tlsPorts = tlsByPort(sites, auto);
  const prefix = dirname2(entry.path);
  const context = { auto, prefix, root: options.root, pathMaps: options.pathMaps, problems };
  const endpoints = withoutShadowedRedirects(
    sites.flatMap(({ site, addresses }) => byPort(addresses).flatMap((group2) => withRedirect(buildEndpoint(site, group2, tlsPorts, context), auto.mode, auto.httpPort))),
    auto.httpPort
  );
  const version = options.serverVersions.caddy ?? CADDY_DEFAULT_VERSION;
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
    const sites = [];
    for (const use of byFile.get(range.file) ?? []) {
      if (startOffsetOf(use.range) <= at2 && at2 < endOffsetOf(use.range)) for (const site of use.sites) sites.push(site);
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
    if (option.name === "auto_https") {
      auto.mode = value;
      auto.source = option.range;
    } else if (option.name === "local_certs") {
      auto.localCerts = option.range;
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
  for (const address of addresses) {
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
  const serverNames = [...new Set(addresses.map((a) => a.host))].sort((a, b) => Number(a !== "") - Number(b !== ""));
  const certificates = [...tls.certificates, ...managedCertificates(addresses, listeners, tls, context.auto)];
  const range = site.headRange;
  const unreadable = hasUnresolvedImport(site.directives);
  const scopes = headerScopes(site, range, unreadable);
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
    ciphersuites: { value: GO_TLS13_SUITES.join(":"), source: null, level: "default" },
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
    application: "http",
    // caddy: certmagic staples OCSP for managed and loaded certificates alike.
    staplingAvailable: true,
    unknown: unreadable ? ALL_UNKNOWN : NOTHING_UNKNOWN
  };
}
function managedCertificates(addresses, listeners, tls, auto) {
  if (tls.certificates.length > 0 || !listeners.some((l) => l.tls)) return [];
  const off = auto.mode === "off" || auto.mode === "disable_certs";
  const internal = tls.internal ?? (off || tls.acme ? void 0 : auto.localCerts);
  if (!internal && off) return [];
  const names = [...new Set(addresses.filter((a) => a.scheme !== "http" && a.port !== auto.httpPort && qualifiesForCert(a.host)).map((a) => a.host))];
  if (names.length === 0) return [];
  if (internal) {
    const level = internal === auto.localCerts ? "global" : "endpoint";
    return [{ certificate: { value: "internal", source: internal, level }, key: null, managed: { issuer: "local-ca", names } }];
  }
  const source = tls.directive?.range ?? null;
  const certificate = { value: "automatic", source, level: source ? "endpoint" : "default" };
  const publicNames = names.filter((n) => tls.acme || qualifiesForPublicCert(n));
  const localNames = names.filter((n) => !publicNames.includes(n));
  return [
    ...publicNames.length ? [{ certificate, key: null, managed: { issuer: "public-ca", names: publicNames } }] : [],
    ...localNames.length ? [{ certificate, key: null, managed: { issuer: "local-ca", names: localNames } }] : []
  ];
}
var ALL_UNKNOWN = /* @__PURE__ */ new Set(["protocols", "ciphers", "sessionTickets", "stapling", "certificates", "redirect"]);
var NOTHING_UNKNOWN = /* @__PURE__ */ new Set();
function hasUnresolvedImport(directives) {
  return directives.some((d) => d.name === "import" || d.children !== void 0 && hasUnresolvedImport(d.children));
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
    ciphers: { value: CADDY_DEFAULT_CIPHERS.join(":"), source: null, level: "default" }
  };
  for (const directive of tlsDirectives(site.directives)) {
    settings.directive ??= directive;
    const args = directive.args;
    if (args.length === 1 && args[0].value === "internal") settings.internal ??= directive.range;
    else if (args.length === 1) settings.acme = true;
    if (args.length === 2) {
      const certificate = { value: args[0].value, source: directive.range, valueRange: args[0].range, level: "endpoint" };
      const key = { value: args[1].value, source: directive.range, valueRange: args[1].range, level: "endpoint" };
      const resolvedPath = certificatePath(args[0].value, context);
      const keyPath = certificatePath(args[1].value, context);
      settings.certificates.push({ certificate, key, ...resolvedPath ? { resolvedPath } : {}, ...keyPath ? { keyPath } : {} });
    }
    for (const option of directive.children ?? []) readTlsOption(option, settings, context);
  }
  return settings;
}
var ACME_ISSUER_OPTIONS = /* @__PURE__ */ new Set(["issuer", "ca", "ca_root", "dns", "dns_ttl", "propagation_delay", "propagation_timeout", "resolvers", "eab", "preferred_chains"]);
function readTlsOption(option, settings, context) {
  const values = option.args.map((a) => a.value);
  const valueRange = option.args.length ? spanArgs(option.args) : void 0;
  if (option.name === "issuer" && values[0] === "internal") settings.internal ??= option.range;
  else if (ACME_ISSUER_OPTIONS.has(option.name)) settings.acme = true;
  if (option.name === "protocols") {
    const bad = option.args.find((a) => !(a.value in CADDY_PROTOCOLS));
    if (bad) {
      context.problems.refuse(bad.range, `Caddy refuses protocol "${bad.value}": it supports only tls1.2 and tls1.3; expected "protocols tls1.2"`);
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
      if (!GO_CURVES.has(arg.value)) context.problems.refuse(arg.range, `Caddy refuses curve "${arg.value}": expected one of ${[...GO_CURVES].join(", ")}`);
    }
  }
}
function spanArgs(args) {
  const first = args[0].range;
  const last = args[args.length - 1].range;
  return first.file === last.file ? { file: first.file, start: first.start, end: last.end } : first;
}
function resolveFile(value, context) {
  return resolveNamedFile(value, { base: context.prefix, baseKnown: true, root: context.root, pathMaps: context.pathMaps });
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
  return files;
}
function isMatcherToken(value) {
  return value === "*" || value.startsWith("/") || value.startsWith("@");
}
function headerOps(directive, level) {
  const args = directive.args;
  const start = args[0] && isMatcherToken(args[0].value) ? 1 : 0;
  const lines = [];
  if (args.length > start) lines.push({ args: args.slice(start), source: directive.range });
  for (const child of directive.children ?? []) {
    if (child.name === "defer") continue;
    lines.push({ args: [{ value: child.name, raw: child.name, quoted: null, range: child.nameRange }, ...child.args], source: child.range });
  }
  const ops = [];
  for (const line of lines) {
    const [field, value, replacement] = line.args;
    if (!field || replacement) continue;
    let name = field.value;
    let op = "set";
    const prefix = name[0];
    if (prefix === "+" || prefix === "-" || prefix === "?" || prefix === ">") {
      op = prefix === "+" ? "add" : prefix === "-" ? "delete" : prefix === "?" ? "default" : "set";
      name = name.slice(1);
    }
    if (op !== "delete" && !value) continue;
    const text2 = value?.value ?? "";
    ops.push({
      op,
      header: {
        name,
        value: text2,
        // caddy: the headers handler writes its fields before the next handler runs (or, deferred, as the
        // response is written), so they are on every status, errors included.
        always: true,
        dynamic: text2.includes("{"),
        source: line.source,
        valueRange: value?.range ?? field.range,
        level
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
function headerScopes(site, range, unreadable) {
  const siteOps = site.directives.filter((d) => d.name === "header" && !hasMatcher(d)).flatMap((d) => headerOps(d, "endpoint"));
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
    const ops = headerOps(directive, "path");
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
  for (const block of blocks) addBlockScopes(block, siteOps, scopes, unreadable);
  return scopes;
}
function hasMatcher(directive) {
  return directive.args.length > 0 && isMatcherToken(directive.args[0].value);
}
function addBlockScopes(block, inheritedOps, out, unreadable) {
  if (block.name === "handle_errors") return;
  const children = block.children ?? [];
  const ownOps = children.filter((d) => d.name === "header" && !hasMatcher(d)).flatMap((d) => headerOps(d, "path"));
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
  for (const child of nested) addBlockScopes(child, ops, out, unreadable);
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
        if (!/^https:\/\//i.test(arg.value) && !transportTls) continue;
        const verify = insecure ? { value: false, source: insecure.range, level } : { value: true, source: null, level: "default" };
        out.push({ target: arg.value, via: "reverse_proxy", source: arg.range, verify });
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
  const context = { entry, httpPort, httpsPort, prefix: dirname3(entry.path), pathMaps: options.pathMaps, root: options.root, loaded: loadedCertificates(root, entry, options.root, options.pathMaps), policies: automationPolicies(root) };
  for (const { key, keyRange, value } of members(member(http, "servers"))) {
    const server = serverFacts(key, keyRange, value);
    for (const item of serverEndpoints(server, context)) model.endpoints.push(item);
  }
  model.endpoints = withoutShadowedRedirects(model.endpoints, httpPort);
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
    name,
    range,
    listeners,
    policies: items(member(value, "tls_connection_policies")),
    disabled: member(auto, "disable")?.kind === "boolean" && member(auto, "disable").value,
    disableRedirects: member(auto, "disable_redirects")?.kind === "boolean" && member(auto, "disable_redirects").value,
    skip: new Set(strings(member(auto, "skip"))),
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
    const httpRedirect = null;
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
      ciphersuites: { value: GO_TLS13_SUITES.join(":"), source: null, level: "default" },
      sessionTickets: { value: true, source: null, level: "default" },
      ticketKeyRotation: "automatic",
      stapling: { value: true, source: null, level: "default" },
      dhparam: { value: null, source: null, level: "default" },
      dheAvailable: false,
      files: certificates.flatMap((ref) => fileReferences(ref, context)),
      deprecated: [],
      scopes: scopesOf(routes, range),
      upstreams: upstreamsOf2(routes, "endpoint"),
      rejectsHandshake: false,
      httpRedirect,
      application: "http",
      staplingAvailable: true,
      // A JSON config is one file: nothing is left unread.
      unknown: /* @__PURE__ */ new Set()
    };
    return withRedirect(endpoint, redirects ? null : "off", context.httpPort);
  });
}
function policyFor(policies, hosts) {
  const bySni = policies.find((p) => strings(at(p, "match", "sni")).some((name) => hosts.includes(name)));
  return bySni ?? policies.find((p) => member(p, "match") === void 0);
}
function protocolsOf(policy) {
  const min = member(policy, "protocol_min");
  const max = member(policy, "protocol_max");
  const minValue = CADDY_PROTOCOLS[text(min) ?? "tls1.2"] ?? "TLSv1.2";
  const maxValue = CADDY_PROTOCOLS[text(max) ?? "tls1.3"] ?? "TLSv1.3";
  if (!min && !max) return { value: ["TLSv1.2", "TLSv1.3"], source: null, level: "default" };
  const value = minValue === maxValue ? [minValue] : ["TLSv1.2", "TLSv1.3"];
  const source = (min ?? max).range;
  return { value, source, valueRange: source, level: "endpoint" };
}
function ciphersOf(policy) {
  const suites = member(policy, "cipher_suites");
  if (!suites) return { value: CADDY_DEFAULT_CIPHERS.join(":"), source: null, level: "default" };
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
  const names = [...new Set(rest.filter((h) => qualifiesForCert2(h) && !server.skip.has(h)).map((h) => h.toLowerCase()))];
  if (names.length === 0 || server.disabled) return [];
  const groups = /* @__PURE__ */ new Map();
  for (const name of names) {
    const { issuer, source } = issuerFor(name, context.policies);
    const group2 = groups.get(source) ?? { issuer, names: [] };
    group2.names.push(name);
    groups.set(source, group2);
  }
  return [...groups].map(([source, managed]) => ({
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
      issuers: issuers.length > 0
    };
  });
}
function issuerFor(name, policies) {
  const policy = policies.find((p) => p.subjects.length === 0 || p.subjects.some((s) => matchesSubject(name, s)));
  if (policy?.internal) return { issuer: "local-ca", source: policy.internal };
  if (policy?.issuers) return { issuer: "public-ca", source: null };
  return { issuer: qualifiesForPublicCert(name) ? "public-ca" : "local-ca", source: null };
}
function matchesSubject(name, subject) {
  if (name === subject) return true;
  if (!subject.startsWith("*.")) return false;
  const dot = name.indexOf(".");
  return dot > 0 && name.slice(dot) === subject.slice(1);
}
function fileReferences(ref, context) {
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
function headerOps2(handler, level) {
  const response = member(handler, "response");
  if (!response) return [];
  const always = member(response, "require") === void 0;
  const ops = [];
  for (const op of ["set", "add"]) {
    for (const { key, value } of members(member(response, op))) {
      for (const item of items(value)) {
        if (item.kind !== "string") continue;
        ops.push({ op, header: { name: key, value: item.value, always, dynamic: item.value.includes("{"), source: item.range, valueRange: item.range, level } });
      }
    }
  }
  for (const item of items(member(response, "delete"))) {
    if (item.kind === "string") ops.push({ op: "delete", header: { name: item.value, value: "", always, dynamic: false, source: item.range, valueRange: item.range, level } });
  }
  return ops;
}
function applyOps2(ops) {
  let headers = [];
  for (const { op, header } of ops) {
    const lower = header.name.toLowerCase();
    if (op === "set") headers = [...headers.filter((h) => h.name.toLowerCase() !== lower), header];
    else if (op === "add") headers.push(header);
  }
  const deleted = new Set(ops.filter((o) => o.op === "delete").map((o) => o.header.name.toLowerCase()));
  return headers.filter((h) => !deleted.has(h.name.toLowerCase()));
}
function hasPathMatcher(route) {
  return items(member(route, "match")).some((set) => members(set).some((m) => m.key !== "host"));
}
function handlersOf(route) {
  return items(member(route, "handle"));
}
function scopesOf(routes, range) {
  const siteOps = [];
  const scopes = [];
  const pathRoutes = [];
  const visit = (list, ops, matched) => {
    for (const route of list) {
      if (hasPathMatcher(route) && !matched) {
        pathRoutes.push({ route, inherited: ops });
        continue;
      }
      for (const handler of handlersOf(route)) {
        const kind = text(member(handler, "handler"));
        if (kind === "headers") for (const item of headerOps2(handler, matched ? "path" : "endpoint")) ops.push(item);
        else if (kind === "subroute") visit(items(member(handler, "routes")), ops, matched);
      }
    }
  };
  visit(routes, siteOps, false);
  scopes.push({ kind: "endpoint", label: "site", catchAll: false, range, headers: applyOps2(siteOps), dropped: [], ownHeaders: [], returns: null, headersUnknown: false });
  for (const { route, inherited } of pathRoutes) {
    const ops = [];
    visit([route], ops, true);
    scopes.push({
      kind: "path",
      label: `route ${matcherText(route)}`,
      catchAll: false,
      range: route.range,
      headers: applyOps2([...inherited, ...ops]),
      dropped: [],
      ownHeaders: ops.map((o) => o.header),
      returns: null,
      headersUnknown: false
    });
  }
  return scopes;
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
function isCaddyPath(path) {
  const name = basename(path);
  return /^Caddyfile(\.[^/]*)?$/.test(name) || /\.caddyfile$/i.test(name) || name === "caddy.json";
}
async function loadCaddy(entry, context) {
  return isCaddyJson(entry) ? loadCaddyJson(entry, context) : loadCaddyfile(entry, context);
}
function buildModel(entry, options) {
  return entry.dialect === CADDY_JSON ? buildCaddyJsonModel(entry, options) : buildCaddyModel(entry, options);
}
var caddy = {
  id: "caddy",
  defaultServerVersion: CADDY_DEFAULT_VERSION,
  mainFileNames: ["Caddyfile"],
  detect: isCaddyPath,
  load: loadCaddy,
  buildModel,
  names: caddyNames,
  render: renderCaddy
};
export {
  caddy,
  isCaddyPath
};
