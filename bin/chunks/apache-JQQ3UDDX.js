import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  apacheNames,
  renderApache
} from "./chunk-SNVCBAEI.js";
import {
  isApacheConfigPath
} from "./chunk-ICFKTVEJ.js";
import {
  socketKey
} from "./chunk-X7FJA4DW.js";
import {
  LimitExceeded,
  MAX_GLOB_ENTRIES,
  compareBytes,
  compareVersions,
  expandGlob,
  failureText,
  hasGlob,
  mapPath,
  readConfigFile,
  versionAtLeast
} from "./chunk-5HNNOAVR.js";
import {
  ArgFlag,
  CstParser,
  Lexer,
  SourceDirective,
  SourceText,
  createToken,
  spanOf,
  startOffsetOf,
  tokenMatcher
} from "./chunk-4X7IGRWZ.js";
import "./chunk-P2F32ZOJ.js";
import {
  OPENSSL_DEFAULT_CIPHERSUITES
} from "./chunk-4ZPUNWHE.js";

// src/dialects/apache/load.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, join as join2, relative, resolve } from "node:path";

// src/dialects/apache/evaluate.ts
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";

// src/dialects/apache/directives.ts
var SV = ["server", "vhost"];
var SVD = ["server", "vhost", "directory"];
var ALL = ["server", "vhost", "directory", "htaccess"];
var S = ["server"];
var ANY = Infinity;
var APACHE_DIRECTIVES = {
  // Core (server/core.c) and structure.
  serverroot: { module: "core", contexts: S, args: [1, 1] },
  servername: { module: "core", contexts: SV, args: [1, 1], inheritance: "replace" },
  serveralias: { module: "core", contexts: ["vhost"], args: [1, ANY] },
  include: { module: "core", contexts: SVD, args: [1, 1] },
  includeoptional: { module: "core", contexts: SVD, args: [1, 1] },
  define: { module: "core", contexts: SVD, args: [1, 2] },
  undefine: { module: "core", contexts: S, args: [1, 1] },
  documentroot: { module: "core", contexts: SV, args: [1, 1] },
  protocols: { module: "core", contexts: SV, args: [1, ANY], since: "2.4.17" },
  virtualhost: { module: "core", contexts: S, args: [1, ANY], section: true },
  directory: { module: "core", contexts: SV, args: [1, 1], section: true },
  directorymatch: { module: "core", contexts: SV, args: [1, 1], section: true },
  location: { module: "core", contexts: SV, args: [1, 1], section: true },
  locationmatch: { module: "core", contexts: SV, args: [1, 1], section: true },
  files: { module: "core", contexts: ["server", "vhost", "directory", "htaccess"], args: [1, 1], section: true },
  filesmatch: { module: "core", contexts: ["server", "vhost", "directory", "htaccess"], args: [1, 1], section: true },
  if: { module: "core", contexts: ALL, args: [1, 1], section: true },
  elseif: { module: "core", contexts: ALL, args: [1, 1], section: true },
  else: { module: "core", contexts: ALL, args: [0, 0], section: true },
  limit: { module: "core", contexts: ALL, args: [1, ANY], section: true },
  limitexcept: { module: "core", contexts: ALL, args: [1, ANY], section: true },
  ifdefine: { module: "core", contexts: ALL, args: [1, 1], section: true },
  ifmodule: { module: "core", contexts: ALL, args: [1, 1], section: true },
  iffile: { module: "core", contexts: ALL, args: [1, 1], section: true, since: "2.4.34" },
  ifdirective: { module: "core", contexts: ALL, args: [1, 1], section: true, since: "2.4.34" },
  ifsection: { module: "core", contexts: ALL, args: [1, 1], section: true, since: "2.4.34" },
  ifversion: { module: "version", contexts: ALL, args: [1, 2], section: true },
  // server/listen.c, mod_so.
  listen: { module: "core", contexts: S, args: [1, 2] },
  loadmodule: { module: "so", contexts: S, args: [2, 2] },
  // mod_ssl (modules/ssl/mod_ssl.c ssl_config_cmds).
  sslengine: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslprotocol: { module: "ssl", contexts: SV, args: [1, ANY], inheritance: "replace" },
  sslciphersuite: { module: "ssl", contexts: ALL, args: [1, 2], inheritance: "replace" },
  sslhonorcipherorder: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslcompression: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslinsecurerenegotiation: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslsessiontickets: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslsessionticketkeyfile: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslusestapling: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslopensslconfcmd: { module: "ssl", contexts: SV, args: [2, 2], inheritance: "merge", since: "2.4.8" },
  sslcertificatefile: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslcertificatekeyfile: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslcertificatechainfile: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace", deprecated: "2.4.8" },
  sslcacertificatefile: { module: "ssl", contexts: SV, args: [1, 1], inheritance: "replace" },
  sslstrictsnivhostcheck: { module: "ssl", contexts: SV, args: [1, 1] },
  sslproxyengine: { module: "ssl", contexts: ["server", "vhost", "directory"], args: [1, 1], inheritance: "replace" },
  sslproxyprotocol: { module: "ssl", contexts: ["server", "vhost", "directory"], args: [1, ANY], inheritance: "replace" },
  sslproxyciphersuite: { module: "ssl", contexts: ["server", "vhost", "directory"], args: [1, 2], inheritance: "replace" },
  sslproxyverify: { module: "ssl", contexts: ["server", "vhost", "directory"], args: [1, 1], inheritance: "replace" },
  sslproxycheckpeername: { module: "ssl", contexts: ["server", "vhost", "directory"], args: [1, 1], inheritance: "replace" },
  sslproxycheckpeercn: { module: "ssl", contexts: ["server", "vhost", "directory"], args: [1, 1], inheritance: "replace" },
  sslproxycacertificatefile: { module: "ssl", contexts: ["server", "vhost", "directory"], args: [1, 1], inheritance: "replace" },
  sslstaplingcache: { module: "ssl", contexts: S, args: [1, 1] },
  sslsessioncache: { module: "ssl", contexts: S, args: [1, 1] },
  sslrandomseed: { module: "ssl", contexts: S, args: [2, 3] },
  sslpassphrasedialog: { module: "ssl", contexts: S, args: [1, 1] },
  // mod_headers, mod_alias, mod_rewrite, mod_proxy.
  header: { module: "headers", contexts: ALL, args: [2, ANY], inheritance: "merge" },
  requestheader: { module: "headers", contexts: ALL, args: [2, ANY], inheritance: "merge" },
  redirect: { module: "alias", contexts: ALL, args: [1, 3] },
  redirectmatch: { module: "alias", contexts: ALL, args: [2, 3] },
  redirectpermanent: { module: "alias", contexts: ALL, args: [2, 2] },
  redirecttemp: { module: "alias", contexts: ALL, args: [2, 2] },
  rewriteengine: { module: "rewrite", contexts: ALL, args: [1, 1] },
  rewritecond: { module: "rewrite", contexts: ALL, args: [2, 3] },
  rewriterule: { module: "rewrite", contexts: ALL, args: [2, 3] },
  proxypass: { module: "proxy", contexts: SVD, args: [1, ANY] },
  proxypassreverse: { module: "proxy", contexts: SVD, args: [1, 3] }
};
var OTHER_DIRECTIVES = [
  "accessfilename",
  "adddefaultcharset",
  "addhandler",
  "addtype",
  "addoutputfilterbytype",
  "alias",
  "aliasmatch",
  "allowencodedslashes",
  "allowoverride",
  "allowoverridelist",
  "browsermatch",
  "customlog",
  "defaulttype",
  "directoryindex",
  "errordocument",
  "errorlog",
  "expiresactive",
  "expiresbytype",
  "expiresdefault",
  "filetag",
  "group",
  "hostnamelookups",
  "indexoptions",
  "keepalive",
  "keepalivetimeout",
  "logformat",
  "loglevel",
  "maxconnectionsperchild",
  "maxkeepaliverequests",
  "maxrequestworkers",
  "maxspareservers",
  "maxsparethreads",
  "minspareservers",
  "minsparethreads",
  "mutex",
  "namevirtualhost",
  "options",
  "order",
  "allow",
  "deny",
  "pidfile",
  "require",
  "scriptalias",
  "serveradmin",
  "serversignature",
  "servertokens",
  "setenv",
  "setenvif",
  "setenvifnocase",
  "setenvifexpr",
  "sethandler",
  "startservers",
  "threadlimit",
  "threadsperchild",
  "timeout",
  "traceenable",
  "typesconfig",
  "user",
  "usecanonicalname",
  "addlanguage",
  "addcharset",
  "languagepriority",
  "forcelanguagepriority",
  "addicon",
  "addiconbyencoding",
  "addiconbytype",
  "defaulticon",
  "readmename",
  "headername",
  "indexignore",
  "addencoding",
  "addoutputfilter",
  "forcetype",
  "authtype",
  "authname",
  "authuserfile",
  "authbasicprovider",
  "proxyrequests",
  "proxypreservehost",
  "proxyset",
  "proxytimeout",
  "proxyerroroverride",
  "proxyvia",
  "rewritebase",
  "rewritemap",
  "rewriteoptions",
  "satisfy",
  "serverlimit",
  "scoreboardfile",
  "gracefulshutdowntimeout",
  "listenbacklog",
  "enablesendfile",
  "enablemmap",
  "limitrequestbody",
  "limitrequestfields",
  "limitrequestfieldsize",
  "limitrequestline",
  "dirsyntax",
  "macro",
  "use",
  "undefmacro",
  "h2direct",
  "h2push",
  "mdomain",
  "mdcertificateagreement",
  "sslverifyclient",
  "sslverifydepth",
  "sslcarevocationfile",
  "sslcarevocationpath",
  "sslcacertificatepath",
  "ssloptions",
  "sslrequiressl",
  "sslrequire",
  "sslsessioncachetimeout",
  "sslstaplingrespondertimeout",
  "sslstaplingreturnrespondererrors",
  "sslstaplingstandardcachetimeout",
  "sslsrpverifierfile",
  "sslproxymachinecertificatefile",
  "sslproxyverifydepth",
  "sslproxycheckpeerexpire",
  "sslproxycacertificatepath",
  "sslfips",
  "sslcryptodevice",
  "sslecdhcurve"
];
var KNOWN = /* @__PURE__ */ new Set([...Object.keys(APACHE_DIRECTIVES), ...OTHER_DIRECTIVES]);
function isKnownDirective(name) {
  return KNOWN.has(name.toLowerCase());
}
function isKnownSection(name) {
  return APACHE_DIRECTIVES[name.toLowerCase()]?.section === true || name.toLowerCase() === "proxy" || name.toLowerCase() === "proxymatch" || name.toLowerCase() === "macro";
}

// src/dialects/apache/evaluate.ts
var COMPILED_IN = /* @__PURE__ */ new Set(["core", "so", "watchdog", "http_core", "log_config", "logio", "version", "unixd"]);
function moduleKey(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith("_module")) return lower.slice(0, -"_module".length).replace(/^mpm_/, "");
  return lower.replace(/^mod_/, "").replace(/\.(c|so)$/, "");
}
function moduleLoaded(name, state) {
  const key = moduleKey(name);
  if (state.loadedModules.size === 0) return true;
  return state.loadedModules.has(key) || COMPILED_IN.has(key);
}
var MAX_SUBSTITUTED = 64 * 1024;
function substitute(value, state) {
  if (!value.includes("${")) return value;
  let length = 0;
  const result = value.replace(/\$\{([^}]*)\}/g, (whole, name) => {
    const replacement = state.defines.get(name) ?? whole;
    length += replacement.length;
    return length > MAX_SUBSTITUTED ? whole : replacement;
  });
  return result.length > MAX_SUBSTITUTED ? value : result;
}
function serverRootOf(state) {
  return state.serverRoot ?? state.defaultServerRoot;
}
function serverPath(path, state) {
  return state.mapPath(isAbsolute(path) ? path : join(state.mapPath(serverRootOf(state)), path));
}
function negation(arg) {
  return arg.startsWith("!") ? { negated: true, name: arg.slice(1) } : { negated: false, name: arg };
}
function versionMatches(args, version) {
  if (args.length === 0) return false;
  let [operator, wanted] = args.length >= 2 ? [args[0], args[1]] : ["=", args[0]];
  let negated = false;
  if (operator.startsWith("!")) {
    negated = true;
    operator = operator.slice(1) || "=";
  }
  let result;
  if (operator === "~" || args.length === 1 && wanted.startsWith("/") && wanted.endsWith("/") && wanted.length > 1) {
    const pattern = operator === "~" ? wanted : wanted.slice(1, -1);
    result = safeRegexTest(pattern, version);
  } else {
    const order = compareVersions(version, wanted);
    switch (operator) {
      case "=":
      case "==":
        result = order === 0;
        break;
      case ">":
        result = order > 0;
        break;
      case ">=":
        result = order >= 0;
        break;
      case "<":
        result = order < 0;
        break;
      case "<=":
        result = order <= 0;
        break;
      default:
        return false;
    }
  }
  return negated ? !result : result;
}
function safeRegexTest(pattern, text) {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
}
var MAX_LOWER_NAMES = 65536;
var lowerNames = /* @__PURE__ */ new Map();
function lowerName(name) {
  let lower = lowerNames.get(name);
  if (lower === void 0) {
    lower = name.toLowerCase();
    if (lowerNames.size < MAX_LOWER_NAMES) lowerNames.set(name, lower);
  }
  return lower;
}
var CONDITIONALS = /* @__PURE__ */ new Set(["ifdefine", "ifmodule", "ifversion", "iffile", "ifdirective", "ifsection"]);
function isConditional(section) {
  return section.children !== void 0 && CONDITIONALS.has(lowerName(section.name));
}
function conditionHolds(section, state) {
  const args = section.args.map((arg) => substitute(arg.value, state));
  const kind = lowerName(section.name);
  if (kind === "ifversion") return versionMatches(args, state.serverVersion);
  if (args.length === 0) return false;
  const { negated, name } = negation(args[0]);
  let holds;
  switch (kind) {
    // server/core.c start_ifdefine: true when the name was given with -D or by Define.
    case "ifdefine":
      holds = state.defines.has(name);
      break;
    case "ifmodule":
      holds = moduleLoaded(name, state);
      break;
    // server/core.c start_iffile: the path, relative to ServerRoot, exists.
    case "iffile":
      holds = existsSync(serverPath(name, state));
      break;
    case "ifdirective":
      holds = isKnownDirective(name);
      break;
    case "ifsection":
      holds = isKnownSection(name);
      break;
    default:
      holds = false;
  }
  return negated ? !holds : holds;
}
function applyStateDirective(directive, state) {
  const name = lowerName(directive.name);
  if (name !== "define" && name !== "undefine" && name !== "loadmodule" && name !== "serverroot") return;
  const args = directive.args.map((arg) => substitute(arg.value, state));
  if (args.length === 0) return;
  if (name === "define") state.defines.set(args[0], args[1] ?? "");
  else if (name === "undefine") state.defines.delete(args[0]);
  else if (name === "loadmodule") state.loadedModules.add(moduleKey(args[0]));
  else state.serverRoot = args[0];
}
function isInclude(directive) {
  const name = lowerName(directive.name);
  return name === "include" || name === "includeoptional";
}
var MAX_WALK_DEPTH = 256;
var DEFAULT_MAX_READINGS = 1e5;
function walkApache(file, state, hooks, maxReadings = DEFAULT_MAX_READINGS) {
  walkFile(file, state, hooks, [], /* @__PURE__ */ new Set(), { left: maxReadings + 1 });
}
function walkFile(file, state, hooks, sections, chain, budget) {
  if (chain.has(file) || chain.size >= MAX_WALK_DEPTH || budget.left <= 0) return;
  budget.left--;
  chain.add(file);
  hooks.enter?.(file);
  walkDirectives(file.directives, file, state, hooks, sections, chain, budget);
  hooks.leave?.(file);
  chain.delete(file);
}
function walkDirectives(directives, file, state, hooks, sections, chain, budget) {
  for (const directive of directives) {
    if (directive.children !== void 0) {
      if (isConditional(directive)) {
        if (conditionHolds(directive, state)) walkDirectives(directive.children, file, state, hooks, sections, chain, budget);
        continue;
      }
      hooks.directive?.(directive, file, sections, state);
      sections.push(directive);
      walkDirectives(directive.children, file, state, hooks, sections, chain, budget);
      sections.pop();
      continue;
    }
    if (isInclude(directive)) {
      for (const child of hooks.include(directive, file, state, sections)) walkFile(child, state, hooks, sections, chain, budget);
      continue;
    }
    applyStateDirective(directive, state);
    hooks.directive?.(directive, file, sections, state);
  }
}

// src/dialects/apache/tokens.ts
var LF = 10;
var CR = 13;
var BACKSLASH = 92;
function isBlank(code) {
  return code === 32 || code === 9 || code === CR || code === 11 || code === 12;
}
function continuationAt(text, offset) {
  if (text.charCodeAt(offset) !== BACKSLASH) return 0;
  const next = text.charCodeAt(offset + 1);
  if (next === LF) return 2;
  return next === CR && text.charCodeAt(offset + 2) === LF ? 3 : 0;
}
function logicalLineEnd(text, offset) {
  let index = offset;
  for (; ; ) {
    const newline = text.indexOf("\n", index);
    if (newline === -1) return text.length;
    const before = text.charCodeAt(newline - 1) === CR ? newline - 2 : newline - 1;
    if (before < index || text.charCodeAt(before) !== BACKSLASH) return newline;
    index = newline + 1;
  }
}
function atLineStart(tokens) {
  return tokens.length === 0 || tokenMatcher(tokens[tokens.length - 1], LineBreak);
}
var sectionLine = { text: "", start: -1, end: -1, lastGt: -1 };
function enterSectionLine(text, start) {
  const end = logicalLineEnd(text, start);
  sectionLine.text = text;
  sectionLine.start = start;
  sectionLine.end = end;
  let lastGt = end - 1;
  while (lastGt >= start && text.charCodeAt(lastGt) !== 62) lastGt--;
  sectionLine.lastGt = lastGt >= start ? lastGt : -1;
}
function wordLimit(text, offset) {
  if (sectionLine.text === text && offset > sectionLine.start && offset <= sectionLine.end && sectionLine.lastGt >= offset) {
    return sectionLine.lastGt;
  }
  return text.length;
}
var LineBreak = createToken({ name: "LineBreak", pattern: /\n/, line_breaks: true });
var Whitespace = createToken({
  name: "Whitespace",
  pattern: /(?:[ \t\r\v\f]|\\\r?\n)+/,
  group: Lexer.SKIPPED,
  line_breaks: true
});
function matchComment(text, offset, tokens) {
  if (text.charCodeAt(offset) !== 35 || !atLineStart(tokens)) return null;
  let end = logicalLineEnd(text, offset);
  if (text.charCodeAt(end - 1) === CR) end--;
  return [text.slice(offset, end)];
}
var Comment = createToken({
  name: "Comment",
  pattern: { exec: matchComment },
  group: "comments",
  line_breaks: true,
  start_chars_hint: ["#"]
});
function tagLength(text, offset, closing) {
  if (text.charCodeAt(offset) !== 60) return 0;
  const slash = text.charCodeAt(offset + 1) === 47;
  if (slash !== closing) return 0;
  let index = offset + (closing ? 2 : 1);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === LF || isBlank(code) || code === 62 || continuationAt(text, index)) break;
    index++;
  }
  return !closing && index === offset + 1 ? 0 : index - offset;
}
function matchSectionOpen(text, offset, tokens) {
  if (!atLineStart(tokens)) return null;
  const length = tagLength(text, offset, false);
  if (length === 0) return null;
  enterSectionLine(text, offset);
  return [text.slice(offset, offset + length)];
}
function matchSectionClose(text, offset, tokens) {
  if (!atLineStart(tokens)) return null;
  const length = tagLength(text, offset, true);
  if (length === 0) return null;
  enterSectionLine(text, offset);
  return [text.slice(offset, offset + length)];
}
var SectionOpen = createToken({
  name: "SectionOpen",
  pattern: { exec: matchSectionOpen },
  line_breaks: false,
  start_chars_hint: ["<"]
});
var SectionClose = createToken({
  name: "SectionClose",
  pattern: { exec: matchSectionClose },
  line_breaks: false,
  start_chars_hint: ["<"]
});
function matchGreaterThan(text, offset) {
  if (text.charCodeAt(offset) !== 62 || sectionLine.text !== text || sectionLine.lastGt !== offset) return null;
  return [">"];
}
var GreaterThan = createToken({
  name: "GreaterThan",
  pattern: { exec: matchGreaterThan },
  line_breaks: false,
  start_chars_hint: [">"]
});
var Word = createToken({ name: "Word", pattern: Lexer.NA });
function matchQuoted(text, offset) {
  const quote = text.charCodeAt(offset);
  if (quote !== 34 && quote !== 39) return null;
  const limit = wordLimit(text, offset);
  let index = offset + 1;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code === quote) {
      quotedMatch[0] = text.slice(offset, index + 1);
      quotedMatch.payload = true;
      return quotedMatch;
    }
    if (code === LF) break;
    if (code === BACKSLASH) {
      const continuation = continuationAt(text, index);
      if (continuation) index += continuation;
      else index += text.charCodeAt(index + 1) === quote && index + 1 < limit ? 2 : 1;
    } else index++;
  }
  const end = Math.min(index, limit);
  let trimmed = end;
  while (trimmed > offset + 1 && isBlank(text.charCodeAt(trimmed - 1))) trimmed--;
  quotedMatch[0] = text.slice(offset, trimmed);
  quotedMatch.payload = false;
  return quotedMatch;
}
var quotedMatch = [""];
var Quoted = createToken({
  name: "Quoted",
  pattern: { exec: matchQuoted },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: ['"', "'"]
});
function matchBareWord(text, offset) {
  const limit = wordLimit(text, offset);
  let index = offset;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code === LF || isBlank(code)) break;
    if (code === BACKSLASH) {
      const continuation = continuationAt(text, index);
      if (continuation) {
        index += continuation;
        continue;
      }
    }
    index++;
  }
  let end = Math.min(index, limit);
  while (end > offset) {
    if (text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === BACKSLASH) end -= 2;
    else if (text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === CR && text.charCodeAt(end - 3) === BACKSLASH) end -= 3;
    else break;
  }
  if (end === offset) return null;
  bareWordMatch[0] = text.slice(offset, end);
  return bareWordMatch;
}
var bareWordMatch = [""];
function bareWordStartChars() {
  const chars = [];
  for (let code = 0; code < 256; code++) if (code !== LF && !isBlank(code)) chars.push(code);
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
var allTokens = [LineBreak, Whitespace, Comment, SectionClose, SectionOpen, GreaterThan, Quoted, BareWord, Word];
function createApacheLexer({ validate = false } = {}) {
  return new Lexer(allTokens, { ensureOptimizations: validate, skipValidations: !validate, positionTracking: "onlyOffset" });
}
var apacheLexer = createApacheLexer();

// src/dialects/apache/parser.ts
var ApacheParser = class extends CstParser {
  /** `validate` runs chevrotain's grammar checks; the shared parser skips them (see the nginx parser). */
  constructor({ validate = false } = {}) {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: "none", skipValidations: !validate });
    this.performSelfAnalysis();
  }
  // apache: server/config.c ap_build_config reads lines until the end of the file.
  config = this.RULE("config", () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.directive) },
        { ALT: () => this.SUBRULE(this.sectionOpen) },
        { ALT: () => this.SUBRULE(this.sectionClose) },
        { ALT: () => this.CONSUME(LineBreak) }
      ]);
    });
  });
  // apache: ap_build_config_sub: the first word is the directive name, the rest of the line its arguments.
  directive = this.RULE("directive", () => {
    this.CONSUME(Word, { LABEL: "name" });
    this.MANY(() => this.CONSUME2(Word, { LABEL: "arg" }));
  });
  // apache: server/core.c: a section's arguments end at the line's last `>` (missing: "directive
  // missing closing '>'"); text after it is dropped.
  sectionOpen = this.RULE("sectionOpen", () => {
    this.CONSUME(SectionOpen);
    this.MANY(() => this.CONSUME(Word, { LABEL: "arg" }));
    this.OPTION(() => this.CONSUME(GreaterThan));
    this.MANY2(() => this.CONSUME2(Word, { LABEL: "trailing" }));
  });
  sectionClose = this.RULE("sectionClose", () => {
    this.CONSUME(SectionClose);
    this.MANY(() => this.CONSUME(Word, { LABEL: "arg" }));
    this.OPTION(() => this.CONSUME(GreaterThan));
    this.MANY2(() => this.CONSUME2(Word, { LABEL: "trailing" }));
  });
};
var apacheParser = new ApacheParser();

// src/dialects/apache/to-ast.ts
var BaseCstVisitor = apacheParser.getBaseCstVisitorConstructor();
var MAX_SECTION_DEPTH = 100;
function endOffsetOf(token) {
  return token.startOffset + token.image.length;
}
function unescapeApache(text) {
  if (!text.includes("\\")) return text;
  return text.replace(/\\\r?\n|\\(["'])/g, (_, quote) => quote ?? "");
}
var ApacheCstToAst = class extends BaseCstVisitor {
  constructor(source) {
    super();
    this.source = source;
    this.validateVisitor();
  }
  source;
  diagnostics = [];
  stack = [];
  /** Stack positions of the open sections by key, so a closing tag finds its section without scanning the stack. */
  openByKey = /* @__PURE__ */ new Map();
  top = [];
  reportedTooDeep = false;
  rangeOf(token) {
    return this.source.span(token.startOffset, endOffsetOf(token));
  }
  report(message, range) {
    this.diagnostics.push({ ruleId: "parse-error", message, range });
  }
  /** Where new directives go: the innermost open section's children, or the file's top level. */
  get current() {
    return this.stack.length ? this.stack[this.stack.length - 1].children : this.top;
  }
  get tooDeep() {
    return this.stack.length > 0 && this.stack[this.stack.length - 1].directive === void 0;
  }
  config(children, out = []) {
    this.readLines(linesInOrder(children), out);
  }
  /** Reads the lines of a file, in order, into `out`. */
  readLines(lines, out) {
    this.top = out;
    for (const line of lines) {
      if (line.kind === "directive") this.directive(line.children);
      else if (line.kind === "open") this.sectionOpen(line.children);
      else this.sectionClose(line.children);
    }
    while (this.stack.length) {
      const open = this.stack[this.stack.length - 1];
      if (open.directive) this.report(`Unclosed section: <${open.directive.name}> is never closed with </${open.directive.name}>`, open.directive.nameRange);
      this.closeTop(void 0);
    }
  }
  directive(children) {
    if (this.tooDeep) return;
    const nameToken = children.name[0];
    const argTokens = children.arg ?? [];
    const name = intern(unescapeApache(quotedInner(nameToken)));
    const firstArg = this.addArgs(argTokens);
    const directive = new SourceDirective(name, this.source, nameToken.startOffset, endOffsetOf(nameToken), firstArg, argTokens.length);
    directive.endAt(endOffsetOf(argTokens.length ? argTokens[argTokens.length - 1] : nameToken));
    this.current.push(directive);
  }
  sectionOpen(children) {
    const tag = children.SectionOpen[0];
    const name = intern(tag.image.slice(1));
    if (this.tooDeep || this.stack.length >= MAX_SECTION_DEPTH) {
      if (!this.tooDeep && !this.reportedTooDeep) {
        this.reportedTooDeep = true;
        this.report(`Sections nested deeper than ${MAX_SECTION_DEPTH} levels; the content of this section is not read`, this.rangeOf(tag));
      }
      this.push({ directive: void 0, key: name.toLowerCase(), children: [] });
      return;
    }
    const argTokens = children.arg ?? [];
    const firstArg = this.addArgs(argTokens);
    const directive = new SourceDirective(name, this.source, tag.startOffset, endOffsetOf(tag), firstArg, argTokens.length);
    const gt = children.GreaterThan?.[0];
    const headEnd = gt ? endOffsetOf(gt) : endOffsetOf(argTokens.length ? argTokens[argTokens.length - 1] : tag);
    directive.headEndsAt(headEnd);
    directive.endAt(headEnd);
    if (!gt) {
      directive.recovered = true;
      this.report(`Missing ">" at the end of the <${name}> tag`, this.source.span(headEnd, headEnd));
    }
    this.current.push(directive);
    this.push({ directive, key: name.toLowerCase(), children: [] });
  }
  sectionClose(children) {
    const tag = children.SectionClose[0];
    const name = tag.image.slice(2);
    const key = name.toLowerCase();
    const gt = children.GreaterThan?.[0];
    const end = gt ? endOffsetOf(gt) : endOffsetOf(tag);
    const tagRange = this.source.span(tag.startOffset, end);
    if (!gt || gt.startOffset !== endOffsetOf(tag)) this.report(`Missing ">" right after </${name}>`, this.source.span(endOffsetOf(tag), endOffsetOf(tag)));
    const extra = children.arg?.[0];
    if (extra) this.report(`Unexpected "${extra.image}" in the </${name}> tag`, this.rangeOf(extra));
    const innermost = this.stack[this.stack.length - 1];
    if (!innermost) {
      this.report(`Unexpected </${name}>: no <${name}> section is open`, tagRange);
      return;
    }
    if (innermost.key === key) {
      this.closeTop(end);
      return;
    }
    const expected = innermost.directive?.name ?? name;
    this.report(`Expected </${expected}> but saw </${name}>`, tagRange);
    const match = this.openByKey.get(key)?.at(-1);
    if (match === void 0) return;
    while (this.stack.length - 1 > match) this.closeTop(void 0);
    this.closeTop(end);
  }
  push(open) {
    const positions = this.openByKey.get(open.key);
    if (positions) positions.push(this.stack.length);
    else this.openByKey.set(open.key, [this.stack.length]);
    this.stack.push(open);
  }
  /** Pops the innermost section; `end` is just after its closing tag, or undefined when it was never closed. */
  closeTop(end) {
    const open = this.stack.pop();
    this.openByKey.get(open.key).pop();
    const directive = open.directive;
    if (!directive) return;
    directive.children = open.children.slice();
    if (end !== void 0) {
      directive.endAt(end);
      return;
    }
    directive.recovered = true;
    const last2 = open.children[open.children.length - 1];
    directive.endAt(last2 ? last2.endOffset : directive.headEndOffset);
  }
  addArgs(tokens) {
    const first = this.source.argCount;
    for (const token of tokens) this.source.addArg(token.startOffset, endOffsetOf(token), argFlags(token));
    return first;
  }
};
function linesInOrder(children) {
  const lines = [];
  for (const node of children.directive ?? []) lines.push({ kind: "directive", children: node.children, at: node.children.name[0].startOffset });
  for (const node of children.sectionOpen ?? []) lines.push({ kind: "open", children: node.children, at: node.children.SectionOpen[0].startOffset });
  for (const node of children.sectionClose ?? []) lines.push({ kind: "close", children: node.children, at: node.children.SectionClose[0].startOffset });
  if (children.sectionOpen?.length || children.sectionClose?.length) lines.sort((a, b) => a.at - b.at);
  return lines;
}
function flatLines(tokens) {
  const lines = [];
  const count = tokens.length;
  let index = 0;
  while (index < count) {
    const first = tokens[index];
    const type = first.tokenType;
    if (type === LineBreak) {
      index++;
      continue;
    }
    let end = index + 1;
    if (type === BareWord || type === Quoted) {
      while (end < count && isWordToken(tokens[end])) end++;
      if (end < count && tokens[end].tokenType !== LineBreak) return null;
      const children2 = { name: [first] };
      if (end > index + 1) children2.arg = tokens.slice(index + 1, end);
      lines.push({ kind: "directive", children: children2, at: first.startOffset });
      index = end;
      continue;
    }
    if (type !== SectionOpen && type !== SectionClose) return null;
    while (end < count && isWordToken(tokens[end])) end++;
    const argEnd = end;
    const gt = end < count && tokens[end].tokenType === GreaterThan ? tokens[end++] : void 0;
    const trailingStart = end;
    while (end < count && isWordToken(tokens[end])) end++;
    if (end < count && tokens[end].tokenType !== LineBreak) return null;
    const children = type === SectionOpen ? { SectionOpen: [first] } : { SectionClose: [first] };
    if (argEnd > index + 1) children.arg = tokens.slice(index + 1, argEnd);
    if (gt) children.GreaterThan = [gt];
    if (end > trailingStart) children.trailing = tokens.slice(trailingStart, end);
    lines.push(type === SectionOpen ? { kind: "open", children, at: first.startOffset } : { kind: "close", children, at: first.startOffset });
    index = end;
  }
  return lines;
}
function isWordToken(token) {
  return token.tokenType === BareWord || token.tokenType === Quoted;
}
function quoteOf(token) {
  const first = token.image.charCodeAt(0);
  return first === 34 ? '"' : first === 39 ? "'" : null;
}
function isClosed(token) {
  return token.payload === true;
}
function quotedInner(token) {
  if (quoteOf(token) === null) return token.image;
  return isClosed(token) ? token.image.slice(1, -1) : token.image.slice(1);
}
function argFlags(token) {
  const quote = quoteOf(token);
  if (quote === null) return 0;
  const kind = quote === '"' ? ArgFlag.DoubleQuoted : ArgFlag.SingleQuoted;
  return isClosed(token) ? kind : kind | ArgFlag.Unterminated;
}
var MAX_INTERNED = 65536;
var MAX_INTERNED_LENGTH = 40;
var interned = /* @__PURE__ */ new Map();
function intern(text) {
  if (text.length > MAX_INTERNED_LENGTH) return text;
  const known = interned.get(text);
  if (known !== void 0) return known;
  if (interned.size < MAX_INTERNED) interned.set(text, text);
  return text;
}

// src/dialects/apache/parse.ts
var BOM = "\uFEFF";
function parseApache(text, path) {
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
    return { path, dialect: "apache", text: source, directives: [], comments: [], diagnostics: [diagnostic] };
  }
}
function parseSource(text, path) {
  const source = new SourceText(path, text, unescapeApache);
  const lexed = apacheLexer.tokenize(text);
  const diagnostics = lexed.errors.map((error) => lexingDiagnostic(error, source));
  const visitor = new ApacheCstToAst(source);
  const directives = [];
  let parserErrors = [];
  const lines = flatLines(lexed.tokens);
  if (lines) visitor.readLines(lines, directives);
  else {
    apacheParser.input = lexed.tokens;
    const cst = apacheParser.config();
    parserErrors = apacheParser.errors;
    visitor.visit(cst, directives);
  }
  source.trimTables();
  for (const diagnostic of visitor.diagnostics) diagnostics.push(diagnostic);
  for (const error of parserErrors) diagnostics.push(recognitionDiagnostic(error, source));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const comments = (lexed.groups.comments ?? []).map((token) => toComment(token, source));
  return { path, dialect: "apache", text, directives, comments, diagnostics };
}
function toComment(token, source) {
  return { text: token.image.slice(1), range: source.span(token.startOffset, endOffsetOf(token)), inline: false };
}
function lexingDiagnostic(error, source) {
  return { ruleId: "parse-error", message: `Unexpected character "${source.text.slice(error.offset, error.offset + 1)}"`, range: source.span(error.offset, error.offset + Math.max(1, error.length)) };
}
function recognitionDiagnostic(error, source) {
  const token = error.token;
  const start = Number.isFinite(token.startOffset) ? token.startOffset : source.text.length;
  const image = token.image.length > 40 ? `${token.image.slice(0, 39)}\u2026` : token.image;
  return { ruleId: "parse-error", message: `Unexpected "${image}"`, range: source.span(start, start + image.length) };
}

// src/dialects/apache/versions.ts
var APACHE_DEFAULT_VERSION = "2.4.66";
function defaultProtocolWords(version) {
  return versionAtLeast(version, "2.4.17") ? ["all", "-SSLv3"] : ["all"];
}
function appendsNullExclusions(version) {
  return versionAtLeast(version, "2.4.17");
}
function prependsNullExclusions(version) {
  return versionAtLeast(version, "2.4.7");
}

// src/dialects/apache/load.ts
function initialState(entry, context) {
  return {
    defines: /* @__PURE__ */ new Map(),
    loadedModules: /* @__PURE__ */ new Set(),
    serverRoot: void 0,
    serverVersion: context.serverVersions?.apache ?? APACHE_DEFAULT_VERSION,
    mapPath: (path) => mapPath(path, context.pathMaps),
    defaultServerRoot: dirname(entry)
  };
}
var extents = /* @__PURE__ */ new WeakMap();
function extentOf(file, seen = /* @__PURE__ */ new Set()) {
  const known = extents.get(file);
  if (known) return known;
  if (seen.has(file)) return { depth: 0, reads: 1 };
  seen.add(file);
  let depth = 0;
  let reads = 1;
  for (const directive of includesOf(file)) {
    for (const child of directive.included ?? []) {
      const below = extentOf(child, seen);
      depth = Math.max(depth, below.depth + 1);
      reads += below.reads;
    }
  }
  seen.delete(file);
  const extent = { depth, reads };
  extents.set(file, extent);
  return extent;
}
function freeze(file) {
  for (const directive of includesOf(file)) directive.included ??= [];
}
var includesByFile = /* @__PURE__ */ new WeakMap();
function includesOf(file) {
  let found = includesByFile.get(file);
  if (!found) {
    found = [];
    const stack = [...file.directives].reverse();
    while (stack.length) {
      const directive = stack.pop();
      if (isInclude(directive)) found.push(directive);
      const children = directive.children;
      if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
    includesByFile.set(file, found);
  }
  return found;
}
async function loadApache(entry, context) {
  const entryPath = resolve(entry);
  let root;
  try {
    root = context.cache.get(entryPath) ?? readConfigFile(entryPath, context, parseApache);
  } catch (error) {
    throw new Error(`Cannot read Apache config "${entryPath}": ${failureText(error)}`);
  }
  const walk = { context, entryDir: dirname(entryPath), chain: [], reads: 0, full: false, announced: /* @__PURE__ */ new Set() };
  const files = /* @__PURE__ */ new Set([root]);
  walkApache(root, initialState(entryPath, context), {
    enter: (file) => walk.chain.push(realPathOr(file.path)),
    leave(file) {
      walk.chain.pop();
      freeze(file);
    },
    include(directive, file, state) {
      if (directive.included !== void 0) return directive.included;
      const included = [];
      directive.included = included;
      const targets = includeTargets(directive, file, state, walk);
      return (function* () {
        for (const target of targets) {
          const child = includeFile(target, directive, file, walk);
          if (!child) continue;
          included.push(child);
          files.add(child);
          yield child;
        }
      })();
    }
  }, context.maxIncludedFiles);
  return [...files];
}
function includeTargets(directive, file, state, walk) {
  const written = directive.args[0]?.value;
  if (written === void 0) return [];
  const value = substitute(written, state);
  const optional = directive.name.toLowerCase() === "includeoptional";
  const candidates = candidatePaths(value, file.path, state, walk);
  let targets = [];
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
      targets = paths;
      if (targets.length) break;
    }
    if (!targets.length && !optional) report(file, directive, "include-not-found", `Missing include "${value}": the wildcard matches no file (tried ${candidates.join(", ")}); use IncludeOptional if that is intended`);
  } else {
    const found = candidates.find(exists);
    if (found) targets = [found];
    else if (!optional) report(file, directive, "include-not-found", `Missing include "${value}" (tried ${candidates.join(", ")})`);
  }
  return targets.flatMap((target) => filesOf(target));
}
function candidatePaths(value, includer, state, walk) {
  if (isAbsolute2(value)) return [mapPath(value, walk.context.pathMaps)];
  const serverRoot = mapPath(serverRootOf(state), walk.context.pathMaps);
  const candidates = [join2(serverRoot, value), join2(walk.entryDir, value), join2(dirname(includer), value), join2(resolve(walk.context.root), value)];
  return [...new Set(candidates)];
}
function filesOf(path, budget = { left: MAX_GLOB_ENTRIES }, seen = /* @__PURE__ */ new Set()) {
  let entries;
  try {
    if (!statSync(path).isDirectory()) return [path];
    const real = realpathSync(path);
    if (seen.has(real)) return [];
    seen.add(real);
    entries = readdirSync(path).sort(compareBytes);
  } catch {
    return [path];
  }
  budget.left -= entries.length;
  if (budget.left < 0) return [];
  const files = [];
  for (const name of entries) for (const file of filesOf(join2(path, name), budget, seen)) files.push(file);
  return files;
}
function exists(path) {
  try {
    statSync(path);
    return true;
  } catch (error) {
    const code = error.code;
    return code === "EACCES" || code === "ELOOP";
  }
}
function report(file, directive, ruleId, message) {
  file.diagnostics.push({ ruleId, message, range: directive.range });
}
function includeSite(target, directive, includer, walk) {
  const shown = (path) => relative(walk.entryDir, path) || path;
  return `"${shown(target)}" (included at ${shown(includer.path)}:${directive.range.start.line})`;
}
function announceLimit(walk, kind, includer, message) {
  if (walk.announced.has(kind)) return;
  walk.announced.add(kind);
  walk.context.notify({ level: "warning", message, file: includer.path });
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
    const shown = [...walk.chain, real].map((path) => relative(walk.entryDir, path) || path).join(" -> ");
    report(includer, directive, "include-cycle", `Include cycle: ${shown}`);
    return void 0;
  }
  const known = context.cache.get(target);
  const extent = known && !walk.chain.includes(realPathOr(known.path)) ? extentOf(known) : { depth: 0, reads: 1 };
  if (walk.chain.length + extent.depth > context.maxIncludeDepth) {
    announceLimit(walk, "depth", includer, `Includes nested deeper than ${context.maxIncludeDepth} levels (--max-include-depth): ${includeSite(target, directive, includer, walk)} is not read, nor is any other include that deep`);
    return void 0;
  }
  if (walk.full || walk.reads + extent.reads > context.maxIncludedFiles) {
    walk.full = true;
    announceLimit(walk, "files", includer, `More than ${context.maxIncludedFiles} included files (--max-included-files): ${includeSite(target, directive, includer, walk)} and every later include are not read`);
    return void 0;
  }
  try {
    const file = known ?? readConfigFile(target, context, parseApache);
    walk.reads += extent.reads;
    return file;
  } catch (error) {
    if (error instanceof LimitExceeded) {
      context.notify({ level: "warning", message: `Skipped ${includeSite(target, directive, includer, walk)}: ${error.message}`, file: includer.path });
    } else {
      report(includer, directive, "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    }
    return void 0;
  }
}
function realPathOr(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

// src/dialects/apache/model.ts
import { isAbsolute as isAbsolute3, join as join3, relative as relative2 } from "node:path";
var DirectiveRead = class {
  constructor(directive, name, values) {
    this.directive = directive;
    this.name = name;
    this.values = values;
  }
  directive;
  name;
  values;
  get args() {
    return this.directive.args;
  }
};
var NO_ARGS = [];
var NO_VALUES = [];
var MAIN = /* @__PURE__ */ Symbol("main server");
var SERVER_LEVEL = "global";
var VHOST_LEVEL = "endpoint";
var PATH_LEVEL = "path";
function buildApacheModel(entry, options) {
  const version = options.serverVersions.apache ?? APACHE_DEFAULT_VERSION;
  const state = initialState(entry.path, { pathMaps: options.pathMaps, serverVersions: { apache: version } });
  const main = { section: null, own: [], paths: [] };
  const vhosts = [];
  const vhostOf = /* @__PURE__ */ new Map();
  const unreadAt = /* @__PURE__ */ new Set();
  const listens = [];
  const files = /* @__PURE__ */ new Set();
  const pathOf = /* @__PURE__ */ new Map();
  walkApache(entry, state, {
    enter: (file) => files.add(file),
    include(directive, _file, _state, sections) {
      const included = directive.included ?? [];
      if (included.length === 0 && directive.name.toLowerCase() === "include" && directive.args.length > 0) {
        unreadAt.add(sections.length ? sections[sections.length - 1] : MAIN);
      }
      return included;
    },
    directive(directive, _file, sections, walkState) {
      const name = lowerName(directive.name);
      if (!directive.children && !isModelled(name)) return;
      const read = directive.children ? { directive, name, args: NO_ARGS, values: NO_VALUES } : readOf(directive, name, walkState);
      const top = sections[0];
      if (!top) {
        if (name === "virtualhost" && directive.children) {
          const vhost = { section: directive, own: [], paths: [] };
          vhosts.push(vhost);
          vhostOf.set(directive, vhost);
        } else if (directive.children) addPath(main, directive, null, pathOf);
        else {
          main.own.push(read);
          if (read.name === "listen") listens.push(read);
        }
        return;
      }
      const server = lowerName(top.name) === "virtualhost" ? vhostOf.get(top) : main;
      if (!server) return;
      const enclosing = sections.length > (server === main ? 0 : 1) ? pathOf.get(sections[sections.length - 1]) ?? null : null;
      if (directive.children) addPath(server, directive, enclosing, pathOf);
      else if (enclosing) enclosing.own.push(read);
      else server.own.push(read);
    }
  });
  const context = { version, root: options.root, state, openssl: options.openssl, main, unreadAt };
  const endpoints = vhosts.map((vhost) => buildEndpoint(vhost, context, listens));
  const mainEndpoint = mainServerEndpoint(context, listens, endpoints);
  if (mainEndpoint) endpoints.unshift(mainEndpoint);
  markDefaultServers(endpoints);
  return { dialect: "apache", server: { product: "Apache httpd", version, tlsLibrary: "openssl" }, endpoints, files: [...files] };
}
var MODELLED = /* @__PURE__ */ new Set(["listen", "servername", "serveralias", "header", "redirect", "redirectmatch", "redirectpermanent", "redirecttemp", "rewriterule", "proxypass"]);
function isModelled(name) {
  return name.startsWith("ssl") || MODELLED.has(name);
}
function readOf(directive, name, state) {
  return new DirectiveRead(directive, name, directive.args.map((arg) => substitute(arg.value, state)));
}
function addPath(server, section, parent, pathOf) {
  const path = { section, parent, own: [] };
  pathOf.set(section, path);
  server.paths.push(path);
}
function last(list, name) {
  for (let index = list.length - 1; index >= 0; index--) if (list[index].name === name) return list[index];
  return void 0;
}
function setting(vhost, context, name, read, fallback) {
  return vhost !== context.main && ownSetting(vhost.own, name, read, VHOST_LEVEL) || ownSetting(context.main.own, name, read, SERVER_LEVEL) || { value: fallback, source: null, level: "default" };
}
function ownSetting(own, name, read, level) {
  for (let index = own.length - 1; index >= 0; index--) {
    if (own[index].name !== name) continue;
    const value = read(own[index]);
    if (value !== void 0) return settingOf(own[index], value, level);
  }
  return void 0;
}
function settingOf(read, value, level) {
  const args = read.args;
  const valueRange = args.length ? spanOf(args[0].range, args[args.length - 1].range) : void 0;
  return { value, source: read.directive.range, ...valueRange ? { valueRange } : {}, level };
}
function flag(read) {
  const value = read.values[0]?.toLowerCase();
  return value === "on" ? true : value === "off" ? false : void 0;
}
var PROTOCOL_WORDS = {
  sslv2: "SSLv2",
  sslv3: "SSLv3",
  tlsv1: "TLSv1",
  "tlsv1.1": "TLSv1.1",
  "tlsv1.2": "TLSv1.2",
  "tlsv1.3": "TLSv1.3",
  all: "all"
};
function allProtocols(context) {
  const tls = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
  return context.openssl === "1.0.2" ? ["SSLv3", ...tls] : tls;
}
function protocolArithmetic(words, all) {
  let enabled = /* @__PURE__ */ new Set();
  for (const word of words) {
    const action = word[0] === "+" || word[0] === "-" ? word[0] : "";
    const named = PROTOCOL_WORDS[word.slice(action.length).toLowerCase()];
    if (named === void 0) return void 0;
    const these = named === "all" ? all : [named];
    if (action === "-") for (const p of these) enabled.delete(p);
    else if (action === "+") for (const p of these) enabled.add(p);
    else enabled = new Set(these);
  }
  return [...enabled].sort((a, b) => PROTOCOL_ORDER.indexOf(a) - PROTOCOL_ORDER.indexOf(b));
}
var PROTOCOL_ORDER = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
function protocolsSetting(vhost, context) {
  const all = allProtocols(context);
  const fallback = protocolArithmetic(defaultProtocolWords(context.version), all) ?? all;
  const written = setting(vhost, context, "sslprotocol", (r) => protocolArithmetic(r.values, all), fallback);
  const command = confCmd(vhost, context, "Protocol");
  if (!command) return written;
  const changed = confProtocols(command.value, written.value, all);
  return changed ? { value: changed, source: command.source, level: command.level } : written;
}
function confProtocols(list, current, all) {
  const enabled = new Set(current);
  for (const item of list.split(/[\s,]+/).filter(Boolean)) {
    const off = item.startsWith("-");
    const word = item.replace(/^[+-]/, "").toLowerCase();
    const named = word === "all" ? "all" : PROTOCOL_WORDS[word];
    if (named === void 0) return void 0;
    for (const protocol of named === "all" ? all : [named]) {
      if (off) enabled.delete(protocol);
      else enabled.add(protocol);
    }
  }
  return [...enabled].sort((a, b) => PROTOCOL_ORDER.indexOf(a) - PROTOCOL_ORDER.indexOf(b));
}
function ciphersSetting(vhost, context) {
  return setting(vhost, context, "sslciphersuite", (r) => {
    const [first, second] = r.values;
    if (second === void 0) return withNullExclusions(first, context);
    return first.toUpperCase() === "SSL" ? withNullExclusions(second, context) : void 0;
  }, "DEFAULT");
}
function withNullExclusions(ciphers, context) {
  const exclusions = context.openssl === "1.0.2" ? "!aNULL:!eNULL:!EXP" : "!aNULL:!eNULL";
  if (appendsNullExclusions(context.version)) return `${ciphers}:${exclusions}`;
  if (prependsNullExclusions(context.version)) return `${exclusions}:${ciphers}`;
  return ciphers;
}
function ciphersuitesSetting(vhost, context) {
  return setting(vhost, context, "sslciphersuite", (r) => r.values.length >= 2 && r.values[0].toLowerCase() === "tlsv1.3" ? r.values[1] : void 0, void 0);
}
function confCmd(vhost, context, command) {
  const wanted = command.toLowerCase();
  for (const [config, level] of [[vhost, VHOST_LEVEL], [context.main, SERVER_LEVEL]]) {
    const own = config.own;
    let found;
    for (let index = own.length - 1; index >= 0 && !found; index--) {
      if (own[index].name === "sslopensslconfcmd" && own[index].values[0]?.toLowerCase() === wanted) found = own[index];
    }
    if (found && found.values[1] !== void 0) {
      return { value: found.values[1], source: found.directive.range, valueRange: found.args[1].range, level: config === context.main ? SERVER_LEVEL : level };
    }
  }
  return void 0;
}
function buildEndpoint(vhost, context, listens) {
  const section = vhost.section;
  const range = section.headRange ?? section.range;
  const own = namesOf(vhost);
  const mainName = last(vhost.own, "servername") ? void 0 : mainServerName(context);
  const serverNames = mainName ? [mainName, ...own] : own;
  const tls = setting(vhost, context, "sslengine", flag, false).value;
  context.listenPorts ??= [...new Set(listens.map((l) => listenAddress(l.values[0] ?? "")?.port).filter((p) => p !== void 0))];
  const listeners = vhostListeners(section, context.state, context.listenPorts, tls);
  return endpointOf(vhost, context, range, serverNames[0] ? `VirtualHost ${serverNames[0]}` : `VirtualHost ${section.args.map((a) => a.raw).join(" ")}`, serverNames, listeners);
}
function mainServerName(context) {
  if (context.mainName === void 0) context.mainName = namesOf({ ...context.main, own: context.main.own.filter((r) => r.name === "servername") })[0] ?? null;
  return context.mainName ?? void 0;
}
function endpointOf(server, context, range, label, serverNames, listeners) {
  const suites = ciphersuitesSetting(server, context);
  const ciphersuites = suites.value === void 0 ? confCmd(server, context, "Ciphersuites") ?? { value: OPENSSL_DEFAULT_CIPHERSUITES, source: null, level: "default" } : { ...suites, value: suites.value };
  const confCiphers = confCmd(server, context, "CipherString");
  const certificates = certificatesOf(server, context);
  const dhparam = confCmd(server, context, "DHParameters") ?? { value: null, source: null, level: "default" };
  const chainFile = setting(server, context, "sslcertificatechainfile", (r) => r.values[0], null);
  const tls = listeners.some((l) => l.tls);
  const headers = headerScopes(server, context, range);
  return {
    label,
    range,
    // mod_proxy and mod_ssl serve HTTP here; Apache has no stream or mail proxy with TLS settings of its own.
    application: "http",
    serverNames,
    listeners,
    certificates,
    protocols: protocolsSetting(server, context),
    ciphers: confCiphers ?? ciphersSetting(server, context),
    ciphersuites,
    // mod_ssl: SSLSessionTickets defaults to on; without SSLSessionTicketKeyFile the key is random per start
    // and renewed on restart (CHANGES 2.4.11), never rotated while the server runs.
    sessionTickets: setting(server, context, "sslsessiontickets", flag, true),
    ticketKeyRotation: setting(server, context, "sslsessionticketkeyfile", (r) => r.values[0], null).value !== null ? "never" : "per-restart",
    stapling: setting(server, context, "sslusestapling", flag, false),
    // mod_ssl staples when built with OCSP stapling (HAVE_OCSP_STAPLING, every OpenSSL 1.0+ build).
    staplingAvailable: true,
    dhparam,
    files: tls ? namedFiles(server, context, certificates, dhparam, chainFile) : [],
    // mod_ssl (ssl_engine_init.c, 2.4.x): without DH parameters it picks standard primes sized to the key
    // (RFC 7919 / RFC 3526 groups through ssl_callback_TmpDH), so DHE suites are always available.
    dheAvailable: true,
    deprecated: chainFile.source && versionAtLeast(context.version, CHAIN_FILE_DEPRECATED) ? [{ key: "chainFile", setting: chainFile, removed: false }] : [],
    scopes: headers,
    upstreams: upstreamsOf(server, context),
    rejectsHandshake: false,
    unknown: unknownSettings(server, context),
    // mod_ssl: SSLCompression is off by default since 2.4.4 (CHANGES: "the so called CRIME attack"), and
    // since 2.4.30 httpd refuses `on` when OpenSSL has no compression method (OpenSSL 1.1.0+ default builds).
    compression: setting(server, context, "sslcompression", flag, !versionAtLeast(context.version, "2.4.4")),
    insecureRenegotiation: setting(server, context, "sslinsecurerenegotiation", flag, false),
    httpRedirect: redirectOf(server)
  };
}
var EVERY_UNKNOWN = /* @__PURE__ */ new Set(["protocols", "ciphers", "sessionTickets", "stapling", "certificates", "redirect"]);
var NOTHING_UNKNOWN = /* @__PURE__ */ new Set();
function serverLevelUnread(server, context) {
  return context.unreadAt.has(MAIN) || server.section !== null && context.unreadAt.has(server.section);
}
function unknownSettings(server, context) {
  return serverLevelUnread(server, context) ? EVERY_UNKNOWN : NOTHING_UNKNOWN;
}
var CHAIN_FILE_DEPRECATED = "2.4.8";
function namedFiles(server, context, certificates, dhparam, chain) {
  const files = [];
  const add = (role, value) => {
    if (!value?.source) return;
    const resolved = resolveFile(value.value, context);
    files.push({ role, setting: value, inCheckout: resolved?.inCheckout ?? false, ...resolved ? { path: resolved.path } : {} });
  };
  for (const ref of certificates) {
    add("certificate", ref.certificate);
    add("key", ref.key);
  }
  if (chain.value !== null) add("chain", chain);
  if (dhparam.value !== null) add("dhparam", dhparam);
  const ca = setting(server, context, "sslcacertificatefile", (r) => r.values[0], null);
  if (ca.value !== null) add("trusted-certificate", ca);
  return files;
}
function resolveFile(value, context) {
  const path = certificatePath(value, context.state);
  if (!path) return void 0;
  const unmapped = isAbsolute3(value) ? value : join3(serverRootOf(context.state), value);
  const inside = (dir) => !relative2(dir, path).startsWith("..") && !isAbsolute3(relative2(dir, path));
  return { path, inCheckout: path !== unmapped || inside(context.root) };
}
function namesOf(server) {
  const names = [];
  const name = last(server.own, "servername")?.values[0];
  if (name) names.push(name.replace(/^[a-z]+:\/\//i, "").replace(/:\d+$/, ""));
  for (const alias of server.own) if (alias.name === "serveralias") names.push(...alias.values);
  return names;
}
function vhostAddress(text) {
  const ipv6 = /^(\[[^\]]*\])(?::(\d+|\*))?$/.exec(text);
  if (ipv6) return { address: ipv6[1], port: ipv6[2] && ipv6[2] !== "*" ? Number(ipv6[2]) : null };
  const colon = text.lastIndexOf(":");
  if (colon > 0) {
    const port = text.slice(colon + 1);
    return { address: text.slice(0, colon), port: /^\d+$/.test(port) ? Number(port) : null };
  }
  return { address: text, port: null };
}
function listenAddress(text) {
  if (/^\d+$/.test(text)) return { address: null, port: Number(text) };
  const parsed = vhostAddress(text);
  return parsed.port === null ? void 0 : { address: parsed.address, port: parsed.port };
}
function vhostListeners(section, state, listenPorts, tls) {
  const listeners = [];
  for (const arg of section.args) {
    const { address, port } = vhostAddress(substitute(arg.value, state));
    const ports = port !== null ? [port] : listenPorts.length ? listenPorts : [80];
    for (const p of ports) listeners.push({ address: address === "_default_" ? "*" : address, port: p, tls, tlsFrom: tls ? "listener" : null, quic: false, defaultServer: false, source: arg.range });
  }
  return listeners;
}
function covers(vhost, listen) {
  if (vhost.port !== listen.port) return false;
  return vhost.address === "*" || listen.address !== null && vhost.address === listen.address;
}
function mainServerEndpoint(context, listens, vhosts) {
  const main = context.main;
  const tls = setting(main, context, "sslengine", flag, false).value;
  const listeners = [];
  for (const listen of listens) {
    const socket = listenAddress(listen.values[0] ?? "");
    if (!socket) continue;
    if (vhosts.some((v) => v.listeners.some((l) => covers(l, socket)))) continue;
    listeners.push({ address: socket.address, port: socket.port, tls, tlsFrom: tls ? "listener" : null, quic: false, defaultServer: false, source: listen.directive.range });
  }
  if (listeners.length === 0 && (vhosts.length > 0 || listens.length > 0)) return void 0;
  const first = main.own[0]?.directive ?? main.paths[0]?.section;
  const range = first ? first.range : emptyRange(context);
  return endpointOf(main, context, range, "main server", namesOf(main), listeners);
}
function emptyRange(context) {
  const start = { line: 1, column: 1, offset: 0 };
  return { file: context.state.defaultServerRoot, start, end: start };
}
function markDefaultServers(endpoints) {
  const seen = /* @__PURE__ */ new Set();
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) {
      const key = socketKey(listener);
      if (!seen.has(key)) {
        seen.add(key);
        listener.defaultServer = true;
      }
    }
  }
}
function certificatesOf(server, context) {
  for (const [config, level] of [[server, VHOST_LEVEL], [context.main, SERVER_LEVEL]]) {
    const certs = config.own.filter((r) => r.name === "sslcertificatefile");
    if (certs.length === 0) continue;
    const keys = config.own.filter((r) => r.name === "sslcertificatekeyfile");
    const at = config === context.main ? SERVER_LEVEL : level;
    return certs.map((cert, index) => {
      const certificate = settingOf(cert, cert.values[0] ?? "", at);
      const key = keys[index] ? settingOf(keys[index], keys[index].values[0] ?? "", at) : null;
      const resolvedPath = certificatePath(certificate.value, context.state);
      const keyPath = key ? certificatePath(key.value, context.state) : void 0;
      return { certificate, key, ...resolvedPath ? { resolvedPath } : {}, ...keyPath ? { keyPath } : {} };
    });
  }
  return [];
}
function certificatePath(value, state) {
  if (value === "" || value.includes("${") || /^[a-z0-9]+:/i.test(value)) return void 0;
  return serverPath(value, state);
}
var NO_HEADERS = [];
function headerAction(read, level) {
  if (read.name !== "header") return void 0;
  const values = [...read.values];
  let always = false;
  const condition = values[0]?.toLowerCase();
  if (condition === "always" || condition === "onsuccess") {
    always = condition === "always";
    values.shift();
  }
  const action = values[0]?.toLowerCase();
  const name = values[1];
  if (action === void 0 || name === void 0) return void 0;
  return { always, action, name, value: values[2], read, level };
}
function applyHeaders(headers, actions) {
  let result = headers;
  for (const action of actions) {
    const same = (h) => h.always === action.always && h.name.toLowerCase() === action.name.toLowerCase();
    const header = () => {
      const args = action.read.args;
      const valueArg = args[args.length - 1];
      const value = action.value ?? "";
      return { name: action.name, value, always: action.always, dynamic: isDynamic(value), source: action.read.directive.range, valueRange: valueArg.range, level: action.level };
    };
    switch (action.action) {
      case "set":
        result = [...result.filter((h) => !same(h)), header()];
        break;
      case "setifempty":
        if (!result.some(same)) result = [...result, header()];
        break;
      case "add":
        result = [...result, header()];
        break;
      case "append":
      case "merge": {
        const existing = result.find(same);
        const added = action.value ?? "";
        const present = action.action === "merge" && existing !== void 0 && existing.value.split(",").some((part) => part.trim() === added.trim());
        if (!existing) result = [...result, header()];
        else if (!present) result = result.map((h) => h === existing ? { ...h, value: `${h.value}, ${added}` } : h);
        break;
      }
      case "unset":
        result = result.filter((h) => !same(h) && !(h.name.toLowerCase() === action.name.toLowerCase() && !action.always));
        break;
      default:
        break;
    }
  }
  return result;
}
function actionsOf(reads, level) {
  const actions = [];
  for (const read of reads) {
    const action = headerAction(read, level);
    if (action) actions.push(action);
  }
  return actions;
}
function headerScopes(server, context, range) {
  const outer = server === context.main ? NO_HEADERS : mainHeaders(context);
  const ownActions = actionsOf(server.own, server === context.main ? SERVER_LEVEL : VHOST_LEVEL);
  const serverHeaders = applyHeaders(outer, ownActions);
  const serverAnswer = redirectOf(server) !== null ? "redirect" : null;
  const serverUnknown = serverLevelUnread(server, context);
  const scopes = [scopeOf("endpoint", server === context.main ? "main server" : "VirtualHost", range, outer, serverHeaders, ownActions, serverAnswer, false, serverUnknown)];
  const byPath = /* @__PURE__ */ new Map();
  const paths = server === context.main ? server.paths : [...context.main.paths, ...server.paths];
  for (const path of paths) {
    const parentScope = path.parent ? byPath.get(path.parent) ?? scopes[0] : scopes[0];
    const actions = actionsOf(path.own, PATH_LEVEL);
    const headers = applyHeaders(parentScope.headers, actions);
    const label = `<${path.section.name}${path.section.args.map((a) => ` ${a.raw}`).join("")}>`;
    const answer = parentScope.returns ?? (redirectOf({ section: path.section, own: path.own, paths: [] }) ? "redirect" : null);
    const unknown = parentScope.headersUnknown || context.unreadAt.has(path.section);
    const scope = scopeOf("path", label, path.section.headRange ?? path.section.range, parentScope.headers, headers, actions, answer, isCatchAll(path), unknown);
    byPath.set(path, scope);
    scopes.push(scope);
  }
  return scopes;
}
function mainHeaders(context) {
  context.mainHeaders ??= applyHeaders(NO_HEADERS, actionsOf(context.main.own, SERVER_LEVEL));
  return context.mainHeaders;
}
function isCatchAll(path) {
  if (path.parent) return false;
  const name = path.section.name.toLowerCase();
  const arg = path.section.args[0]?.value;
  return name === "location" && arg === "/" || name === "locationmatch" && arg !== void 0 && CATCH_ALL_PATTERNS.has(arg);
}
function isDynamic(value) {
  return /%(\{[^}]*\}[a-zA-Z]|[tDlLeu])/.test(value) || value.startsWith("expr=");
}
function rangeKey(range) {
  return `${range.file}\0${startOffsetOf(range)}`;
}
function scopeOf(kind, label, range, fromOutside, headers, actions, returns, catchAll, headersUnknown) {
  if (actions.length === 0 && headers === fromOutside) {
    return { kind, label, catchAll, range, headers: headers.length ? headers : NO_HEADERS, dropped: NO_HEADERS, ownHeaders: NO_HEADERS, returns, headersUnknown };
  }
  const ownStarts = new Set(actions.map((a) => rangeKey(a.read.directive.range)));
  const own = headers.filter((h) => ownStarts.has(rangeKey(h.source)));
  const removals = actions.filter((a) => a.action === "unset").map((a) => ({ name: a.name, source: a.read.directive.range }));
  return {
    kind,
    label,
    catchAll,
    range,
    headers: headers.length ? headers : NO_HEADERS,
    dropped: fromOutside.filter((h) => !headers.some((k) => k.source === h.source)),
    ownHeaders: own.length ? own : NO_HEADERS,
    returns,
    headersUnknown,
    ...removals.length ? { removals } : {}
  };
}
function redirectOf(server) {
  for (const read of server.own) {
    const target = redirectTarget(read);
    if (target !== void 0) return { toHttps: /^https:\/\//i.test(target), source: read.directive.range };
  }
  return null;
}
var CATCH_ALL_PATTERNS = /* @__PURE__ */ new Set(["^", "^/", "/", "(.*)", "^(.*)$", "^/(.*)$", "^/(.*)", "^(.*)", ".*", "^.*$", "^/?(.*)$", "^/?(.*)"]);
function redirectTarget(read) {
  const values = read.values;
  if (read.name === "redirect" || read.name === "redirectpermanent" || read.name === "redirecttemp") {
    const [path, url] = values.length >= 3 ? [values[1], values[2]] : [values[0], values[1]];
    return path === "/" && url !== void 0 ? url : void 0;
  }
  if (read.name === "redirectmatch") {
    const [pattern, url] = values.length >= 3 ? [values[1], values[2]] : [values[0], values[1]];
    return pattern !== void 0 && CATCH_ALL_PATTERNS.has(pattern) && url !== void 0 ? url : void 0;
  }
  if (read.name === "rewriterule") {
    const [pattern, url, flags = ""] = values;
    if (pattern === void 0 || url === void 0 || !CATCH_ALL_PATTERNS.has(pattern)) return void 0;
    return /^\[(?:.*,)?R(=\d+)?(,.*)?\]$/i.test(flags) ? url : void 0;
  }
  return void 0;
}
function upstreamsOf(server, context) {
  const upstreams = [];
  const chain = setting(server, context, "sslproxyverify", (r) => r.values[0] ? r.values[0].toLowerCase() === "require" : void 0, false);
  const peerName = setting(server, context, "sslproxycheckpeername", flag, true);
  const verify = chain.value && !peerName.value ? { ...peerName, value: false } : chain;
  const add = (reads) => {
    for (const read of reads) {
      if (read.name !== "proxypass") continue;
      const target = read.values.find((v) => /^https:\/\//i.test(v));
      if (target) upstreams.push({ target, via: read.directive.name, source: read.directive.range, verify });
    }
  };
  add(server.own);
  for (const path of server.paths) add(path.own);
  return upstreams;
}

// src/dialects/apache/index.ts
var apache = {
  id: "apache",
  defaultServerVersion: APACHE_DEFAULT_VERSION,
  mainFileNames: ["apache2.conf", "httpd.conf"],
  detect: isApacheConfigPath,
  load: loadApache,
  buildModel: buildApacheModel,
  names: apacheNames,
  render: renderApache
};
export {
  apache
};
