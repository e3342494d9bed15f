import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  apacheNames,
  renderApache
} from "./chunk-IJR3FAAM.js";
import {
  socketKey
} from "./chunk-COKSC463.js";
import {
  bareWordEnd,
  lastGreaterThan,
  logicalLineEnd,
  quotedWordEnd,
  tagLength,
  whitespaceLength
} from "./chunk-AFBE54SC.js";
import {
  LimitExceeded,
  MAX_GLOB_ENTRIES,
  announceLimit,
  chainText,
  compareBytes,
  expandGlob,
  failureText,
  hasGlob,
  includeSite,
  mapPath,
  pathExists,
  readConfigFile,
  reportAt
} from "./chunk-XOZLSPNC.js";
import {
  ArgFlag,
  NO_HEAD,
  NO_TAG,
  SourceComment,
  SourceDirective,
  SourceText,
  Span,
  argValuesOf,
  spanOf,
  startOffsetOf,
  withRoom
} from "./chunk-NKCL4C7Z.js";
import {
  OnDemand,
  standInFile
} from "./chunk-6KK6BM5G.js";
import {
  parseGuarded
} from "./chunk-KMDNR4W6.js";
import {
  APACHE_DEFAULT_VERSION,
  apacheFinder,
  appendsNullExclusions,
  defaultProtocolWords,
  prependsNullExclusions
} from "./chunk-XYCRMC2L.js";
import {
  OPENSSL_DEFAULT_CIPHERSUITES,
  compareVersions,
  lookupTable,
  versionAtLeast
} from "./chunk-E7OSVBOX.js";
import "./chunk-3PFUZ4WF.js";

// src/dialects/apache/load.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute as isAbsolute2, join as join2, resolve } from "node:path";

// src/dialects/apache/evaluate.ts
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";

// src/dialects/apache/directives.ts
var SV = ["server", "vhost"];
var SVD = ["server", "vhost", "directory"];
var ALL = ["server", "vhost", "directory", "htaccess"];
var S = ["server"];
var APACHE_DIRECTIVES = lookupTable({
  // Core (server/core.c) and structure.
  serverroot: { module: "core", contexts: S, how: "TAKE1" },
  servername: { module: "core", contexts: SV, how: "TAKE1", inheritance: "replace" },
  serveralias: { module: "core", contexts: ["vhost"], how: "RAW_ARGS" },
  include: { module: "core", contexts: SVD, how: "TAKE1" },
  includeoptional: { module: "core", contexts: SVD, how: "TAKE1" },
  define: { module: "core", contexts: SVD, how: "TAKE12" },
  undefine: { module: "core", contexts: S, how: "TAKE1" },
  documentroot: { module: "core", contexts: SV, how: "TAKE1" },
  protocols: { module: "core", contexts: SV, how: "ITERATE", since: "2.4.17" },
  virtualhost: { module: "core", contexts: S, how: "RAW_ARGS", section: true },
  directory: { module: "core", contexts: SV, how: "RAW_ARGS", section: true },
  directorymatch: { module: "core", contexts: SV, how: "RAW_ARGS", section: true },
  location: { module: "core", contexts: SV, how: "RAW_ARGS", section: true },
  locationmatch: { module: "core", contexts: SV, how: "RAW_ARGS", section: true },
  files: { module: "core", contexts: ["server", "vhost", "directory", "htaccess"], how: "RAW_ARGS", section: true },
  filesmatch: { module: "core", contexts: ["server", "vhost", "directory", "htaccess"], how: "RAW_ARGS", section: true },
  if: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true },
  elseif: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true },
  else: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true },
  limit: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true },
  limitexcept: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true },
  ifdefine: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true },
  ifmodule: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true },
  iffile: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true, since: "2.4.34" },
  ifdirective: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true, since: "2.4.34" },
  ifsection: { module: "core", contexts: ALL, how: "RAW_ARGS", section: true, since: "2.4.34" },
  ifversion: { module: "version", contexts: ALL, how: "RAW_ARGS", section: true },
  // server/listen.c, mod_so.
  listen: { module: "core", contexts: S, how: "TAKE_ARGV" },
  loadmodule: { module: "so", contexts: S, how: "TAKE2" },
  // mod_ssl (modules/ssl/mod_ssl.c ssl_config_cmds).
  sslengine: { module: "ssl", contexts: SV, how: "TAKE1", inheritance: "replace" },
  sslprotocol: { module: "ssl", contexts: SV, how: "RAW_ARGS", inheritance: "replace" },
  sslciphersuite: { module: "ssl", contexts: ALL, how: "TAKE12", inheritance: "replace" },
  sslhonorcipherorder: { module: "ssl", contexts: SV, how: "FLAG", inheritance: "replace" },
  sslcompression: { module: "ssl", contexts: SV, how: "FLAG", inheritance: "replace" },
  sslinsecurerenegotiation: { module: "ssl", contexts: SV, how: "FLAG", inheritance: "replace" },
  sslsessiontickets: { module: "ssl", contexts: SV, how: "FLAG", inheritance: "replace" },
  sslsessionticketkeyfile: { module: "ssl", contexts: SV, how: "TAKE1", inheritance: "replace" },
  sslusestapling: { module: "ssl", contexts: SV, how: "FLAG", inheritance: "replace" },
  sslopensslconfcmd: { module: "ssl", contexts: SV, how: "TAKE2", inheritance: "merge", since: "2.4.8" },
  sslcertificatefile: { module: "ssl", contexts: SV, how: "TAKE1", inheritance: "replace" },
  sslcertificatekeyfile: { module: "ssl", contexts: SV, how: "TAKE1", inheritance: "replace" },
  sslcertificatechainfile: { module: "ssl", contexts: SV, how: "TAKE1", inheritance: "replace", deprecated: "2.4.8" },
  sslcacertificatefile: { module: "ssl", contexts: SV, how: "TAKE1", inheritance: "replace" },
  sslstrictsnivhostcheck: { module: "ssl", contexts: SV, how: "FLAG" },
  sslproxyengine: { module: "ssl", contexts: ["server", "vhost", "directory"], how: "FLAG", inheritance: "replace" },
  sslproxyprotocol: { module: "ssl", contexts: ["server", "vhost", "directory"], how: "RAW_ARGS", inheritance: "replace" },
  sslproxyciphersuite: { module: "ssl", contexts: ["server", "vhost", "directory"], how: "TAKE12", inheritance: "replace" },
  sslproxyverify: { module: "ssl", contexts: ["server", "vhost", "directory"], how: "TAKE1", inheritance: "replace" },
  sslproxycheckpeername: { module: "ssl", contexts: ["server", "vhost", "directory"], how: "FLAG", inheritance: "replace" },
  sslproxycheckpeercn: { module: "ssl", contexts: ["server", "vhost", "directory"], how: "FLAG", inheritance: "replace" },
  sslproxycacertificatefile: { module: "ssl", contexts: ["server", "vhost", "directory"], how: "TAKE1", inheritance: "replace" },
  sslstaplingcache: { module: "ssl", contexts: S, how: "TAKE1" },
  sslsessioncache: { module: "ssl", contexts: S, how: "TAKE1" },
  sslrandomseed: { module: "ssl", contexts: S, how: "TAKE23" },
  sslpassphrasedialog: { module: "ssl", contexts: S, how: "TAKE1" },
  // mod_headers, mod_alias, mod_rewrite, mod_proxy.
  header: { module: "headers", contexts: ALL, how: "RAW_ARGS", inheritance: "merge" },
  requestheader: { module: "headers", contexts: ALL, how: "RAW_ARGS", inheritance: "merge" },
  redirect: { module: "alias", contexts: ALL, how: "TAKE123" },
  redirectmatch: { module: "alias", contexts: ALL, how: "TAKE23" },
  redirectpermanent: { module: "alias", contexts: ALL, how: "TAKE2" },
  redirecttemp: { module: "alias", contexts: ALL, how: "TAKE2" },
  rewriteengine: { module: "rewrite", contexts: ALL, how: "FLAG" },
  rewritecond: { module: "rewrite", contexts: ALL, how: "RAW_ARGS" },
  rewriterule: { module: "rewrite", contexts: ALL, how: "RAW_ARGS" },
  proxypass: { module: "proxy", contexts: SVD, how: "RAW_ARGS" },
  proxypassreverse: { module: "proxy", contexts: SVD, how: "TAKE123" }
});
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
var COUNT_WORDS = {
  NO_ARGS: "no arguments",
  TAKE1: "one argument",
  TAKE2: "two arguments",
  TAKE12: "1-2 arguments",
  TAKE3: "three arguments",
  TAKE23: "two or three arguments",
  TAKE123: "one, two or three arguments",
  TAKE13: "one or three arguments"
};
function argumentProblem(name, values, lower = name.toLowerCase()) {
  const spec = APACHE_DIRECTIVES[lower];
  if (!spec || spec.section) return void 0;
  const count = values.length;
  switch (spec.how) {
    case "NO_ARGS":
      return count > 0 ? takes("NO_ARGS", name, count, 0) : void 0;
    case "TAKE1":
      if (empty(values, 0)) return takes("TAKE1", name, count);
      if (count > 1) return takes("TAKE1", name, count, 1);
      if (spec === APACHE_DIRECTIVES.sslengine && !["on", "off", "optional"].includes(values[0].toLowerCase())) return { message: `Expected On, Off or Optional for ${name}, got "${values[0]}"`, at: 0 };
      return void 0;
    case "TAKE2":
      return empty(values, 0) || empty(values, 1) ? takes("TAKE2", name, count) : count > 2 ? takes("TAKE2", name, count, 2) : void 0;
    case "TAKE12":
      return empty(values, 0) ? takes("TAKE12", name, count) : count > 2 ? takes("TAKE12", name, count, 2) : void 0;
    case "TAKE3":
      return empty(values, 0) || empty(values, 1) || empty(values, 2) ? takes("TAKE3", name, count) : count > 3 ? takes("TAKE3", name, count, 3) : void 0;
    case "TAKE23":
      return empty(values, 0) || empty(values, 1) ? takes("TAKE23", name, count) : count > 3 ? takes("TAKE23", name, count, 3) : void 0;
    case "TAKE123":
      return empty(values, 0) ? takes("TAKE123", name, count) : count > 3 ? takes("TAKE123", name, count, 3) : void 0;
    case "TAKE13":
      return empty(values, 0) || count === 2 && values[1] !== "" ? takes("TAKE13", name, count, 1) : count > 3 ? takes("TAKE13", name, count, 3) : void 0;
    case "ITERATE":
      return empty(values, 0) ? { message: `Expected at least one argument to ${name}, got none` } : void 0;
    case "ITERATE2":
      return empty(values, 0) || count < 2 ? { message: `Expected at least two arguments to ${name}, got ${count}` } : void 0;
    case "FLAG": {
      const flag2 = values[0]?.toLowerCase();
      if (flag2 === "on" || flag2 === "off") return void 0;
      return { message: `Expected On or Off for ${name}, got ${count ? `"${values[0]}"` : "nothing"}`, ...count ? { at: 0 } : {} };
    }
    case "TAKE_ARGV":
      if (spec === APACHE_DIRECTIVES.listen) return count < 1 ? { message: `Expected 1 or 2 arguments to ${name}, got none` } : count > 2 ? { message: `Expected 1 or 2 arguments to ${name}, got ${count}`, at: 2 } : void 0;
      return void 0;
    case "RAW_ARGS":
      return spec.module === "headers" ? headerProblem(name, lower === "header", values) : void 0;
  }
}
function empty(values, index) {
  return values[index] === void 0 || values[index] === "";
}
function takes(how, written, count, at) {
  const message = `Expected ${COUNT_WORDS[how]} to ${written}, got ${count}${at === void 0 && count ? ' (an empty "" is no argument)' : ""}`;
  return at !== void 0 ? { message, at } : { message };
}
var CHECKED = new Set(
  Object.entries(APACHE_DIRECTIVES).filter(([name, spec]) => !spec.section && (spec.how !== "RAW_ARGS" || spec.module === "headers") && (spec.how !== "TAKE_ARGV" || name === "listen")).map(([name]) => name)
);
function counting(min, max, filled, first) {
  return { min, max, filled, first };
}
var COUNT_CHECKS = {
  NO_ARGS: counting(0, 0, 0),
  TAKE1: counting(1, 1, 1),
  TAKE2: counting(2, 2, 2),
  TAKE12: counting(1, 2, 1),
  TAKE3: counting(3, 3, 3),
  TAKE23: counting(2, 3, 2),
  TAKE123: counting(1, 3, 1),
  // Two words are refused unless the second is empty: only one word is sure to pass.
  TAKE13: counting(1, 1, 1),
  ITERATE: counting(1, Infinity, 1),
  ITERATE2: counting(2, Infinity, 1),
  // Only the first word is read.
  FLAG: counting(1, Infinity, 1, ["on", "off"])
};
var READ_WORDS = counting(Infinity, -1, 0);
var OUTPUT_HEADER = counting(Infinity, -1, 0);
var INPUT_HEADER = counting(Infinity, -1, 0);
var SPECIAL_CHECKS = {
  sslengine: counting(1, 1, 1, ["on", "off", "optional"]),
  listen: counting(1, 2, 0),
  header: OUTPUT_HEADER,
  requestheader: INPUT_HEADER
};
var ARGUMENT_CHECKS = new Map(
  [...CHECKED].map((name) => [name, SPECIAL_CHECKS[name] ?? COUNT_CHECKS[APACHE_DIRECTIVES[name].how] ?? READ_WORDS])
);
function takenUnread(check, table) {
  if (check === OUTPUT_HEADER || check === INPUT_HEADER) return headerTakenUnread(check === OUTPUT_HEADER, table);
  const count = table.argCount;
  return count >= check.min && count <= check.max && table.argsFilled(check.filled) && (check.first === void 0 || table.argIsOneOf(0, check.first));
}
var HEADER_CONDITIONS = ["always", "onsuccess"];
var HEADER_SETTERS = ["set", "setifempty", "add", "append", "merge", "note"];
var HEADER_REMOVERS = ["unset", "echo"];
function headerTakenUnread(output, table) {
  const count = table.argCount;
  const first = output && count > 0 && table.argIsOneOf(0, HEADER_CONDITIONS) ? 1 : 0;
  if (count - first === 3) return table.argIsOneOf(first, HEADER_SETTERS);
  if (count - first === 2) return table.argIsOneOf(first, HEADER_REMOVERS);
  return false;
}
function argumentCheckOf(name) {
  return ARGUMENT_CHECKS.get(name);
}
var HEADER_ACTIONS = /* @__PURE__ */ new Set(["set", "setifempty", "add", "append", "merge", "unset", "echo", "edit", "edit*", "note"]);
function headerProblem(written, output, values) {
  let first = 0;
  const condition = values[0]?.toLowerCase();
  if (output && (condition === "always" || condition === "onsuccess")) first = 1;
  const words2 = first ? values.slice(first) : values;
  const action = words2[0]?.toLowerCase() ?? "";
  if (words2.length > 5) return { message: `Expected at most 5 arguments to ${written} after its condition, got ${words2.length}: "#" after arguments is no comment in Apache`, at: first + 5 };
  if (!HEADER_ACTIONS.has(action)) return { message: `Expected ${written} action add, set, setifempty, append, merge, unset, echo, note, edit or edit*, got "${words2[0] ?? ""}"`, ...words2.length ? { at: first } : {} };
  const edit = action === "edit" || action === "edit*";
  if (edit && words2.length < 4) return { message: `Expected a header, a match and a substitution after ${written} ${words2[0]}, got ${words2.length - 1} arguments` };
  if (!edit && words2.length > 4) return { message: `Expected at most 4 arguments to ${written} ${words2[0]}, got ${words2.length}: "#" after arguments is no comment in Apache`, at: first + 4 };
  if (action === "unset" || action === "echo") {
    if (words2.length > 3) return { message: `Expected at most 3 arguments to ${written} ${words2[0]}, got ${words2.length}: "#" after arguments is no comment in Apache`, at: first + 3 };
  } else if (words2.length < 3) {
    return { message: `Expected a header and a value after ${written} ${words2[0]}, got ${words2.length - 1} arguments` };
  }
  const clauseAt = edit ? 4 : action === "unset" || action === "echo" ? 2 : 3;
  const clause = words2[clauseAt];
  if (clause === void 0) return void 0;
  const lower = clause.toLowerCase();
  if (lower === "early" || lower.startsWith("expr=")) return void 0;
  if (lower.startsWith("env=")) {
    const variable = clause.slice(4).replace(/^!/, "");
    return variable ? void 0 : { message: `Expected env=NAME in ${written}, got "${clause}"`, at: first + clauseAt };
  }
  return { message: `Unknown ${written} parameter "${clause}": expected early, env=NAME or expr=...; "#" after arguments is no comment in Apache`, at: first + clauseAt };
}
var SECTIONS_WITH_ARGUMENT = /* @__PURE__ */ new Set([
  "directory",
  "directorymatch",
  "location",
  "locationmatch",
  "files",
  "filesmatch",
  "if",
  "elseif",
  "virtualhost",
  "limit",
  "limitexcept",
  "ifdefine",
  "ifmodule",
  "iffile",
  "ifdirective",
  "ifsection"
]);
var NEEDS_A_WORD = counting(1, Infinity, 0);
var TAKES_NO_WORD = counting(0, 0, 0);
function sectionCheckOf(name) {
  if (name === "else") return TAKES_NO_WORD;
  if (!SECTIONS_WITH_ARGUMENT.has(name)) return void 0;
  return name.startsWith("if") && name !== "if" ? READ_WORDS : NEEDS_A_WORD;
}
function sectionProblem(name, values, lower = name.toLowerCase()) {
  if (lower === "else") return values.length ? { message: `Expected no argument to <${name}>, got ${values.length}`, at: 0 } : void 0;
  if (!SECTIONS_WITH_ARGUMENT.has(lower)) return void 0;
  const missing = { message: `Expected an argument to <${name}>, got none` };
  if (!lower.startsWith("if") || lower === "if") return values.length === 0 ? missing : void 0;
  const first = values[0] ?? "";
  const word = first.startsWith("!") ? first.length > 1 ? first.slice(1) : values[1] ?? "" : first;
  return word === "" ? missing : void 0;
}
var NameRole = {
  Other: 0,
  /** As a section: <IfDefine>, <IfModule>, <IfVersion>, <IfFile>, <IfDirective>, <IfSection>, decided when read. */
  Conditional: 1,
  /** `Include` or `IncludeOptional`, as a line. */
  Include: 2,
  /** `Define`, `UnDefine`, `LoadModule`, `ServerRoot`, as a line: they change the read-time state. */
  State: 3
};
var ROLES = lookupTable({
  ifdefine: NameRole.Conditional,
  ifmodule: NameRole.Conditional,
  ifversion: NameRole.Conditional,
  iffile: NameRole.Conditional,
  ifdirective: NameRole.Conditional,
  ifsection: NameRole.Conditional,
  include: NameRole.Include,
  includeoptional: NameRole.Include,
  define: NameRole.State,
  undefine: NameRole.State,
  loadmodule: NameRole.State,
  serverroot: NameRole.State
});
var DirectiveName = class {
  constructor(written, id) {
    this.written = written;
    this.id = id;
    const lower = written.toLowerCase();
    this.lower = lower;
    this.role = ROLES[lower] ?? NameRole.Other;
    this.argumentCheck = argumentCheckOf(lower);
    this.sectionCheck = sectionCheckOf(lower);
  }
  written;
  id;
  /** In lower case: httpd matches directive names case-insensitively. */
  lower;
  /** NameRole of the name (as a line; a conditional only as a section). */
  role;
  /** How the loader checks the arguments of a line of this name (argumentCheckOf), or of a section (sectionCheckOf). */
  argumentCheck;
  sectionCheck;
};
var MAX_NAMES = 65536;
var NO_NAME_ID = NO_TAG;
var namesByWritten = /* @__PURE__ */ new Map();
var namesById = [];
function directiveName(written) {
  let name = namesByWritten.get(written);
  if (name === void 0) {
    name = new DirectiveName(written, namesById.length < MAX_NAMES ? namesById.length : NO_NAME_ID);
    if (name.id !== NO_NAME_ID) {
      namesByWritten.set(written, name);
      namesById.push(name);
    }
  }
  return name;
}
function directiveNameById(id) {
  return namesById[id];
}

// src/dialects/apache/tree.ts
var directivesMade = { count: 0 };
var ApacheTree = class {
  constructor(source) {
    this.source = source;
  }
  source;
  /** The names of rows whose DirectiveName has no id (past MAX_NAMES names), by row. */
  untagged = void 0;
  /**
   * The directive objects made so far, by row: one per row, so that a row is the same Directive at each request
   * (the loader keys what an Include read by its object), until the file's directives are replaced (forget).
   */
  made = void 0;
  /** How many rows the file has. */
  get count() {
    return this.source.directiveCount;
  }
  /** Records the name of a row whose DirectiveName has no id. */
  nameRow(row, name) {
    if (name.id === NO_NAME_ID) (this.untagged ??= /* @__PURE__ */ new Map()).set(row, name);
  }
  /** The row's DirectiveName, by the id its tag holds. */
  nameOf(row) {
    const id = this.source.directiveTag(row);
    return id === NO_NAME_ID ? this.untagged.get(row) : directiveNameById(id);
  }
  /** True for a section (a row with a head), false for a line. */
  isSection(row) {
    return this.source.directiveHeadEnd(row) !== NO_HEAD;
  }
  /** The row after `row` and its content: its next sibling, or the end of its parent's content. */
  next(row) {
    return this.source.directiveNext(row);
  }
  /** The row as a Directive, made on first request; a section's children too. */
  directive(row) {
    const made = this.made ??= /* @__PURE__ */ new Map();
    let directive = made.get(row);
    if (directive !== void 0) return directive;
    directive = new SourceDirective(this.nameOf(row).written, this.source, row);
    directivesMade.count++;
    made.set(row, directive);
    if (this.isSection(row)) directive.children = this.directivesIn(row + 1, this.next(row));
    return directive;
  }
  /** The directives of the rows from `from` up to `to` at the level of `from`. */
  directivesIn(from, to) {
    const directives = [];
    for (let row = from; row < to; row = this.next(row)) directives.push(this.directive(row));
    return directives;
  }
  /** The file's top-level directives, made now. */
  top() {
    return this.directivesIn(0, this.count);
  }
  /** Drops the directive objects made (see apacheFile). */
  forget() {
    this.made = void 0;
  }
  /** How many arguments the row has. */
  argCount(row) {
    return this.source.directiveArgCount(row);
  }
  /** The row's argument values (SourceDirective.argValues). */
  argValues(row) {
    return this.source.directiveArgValues(row);
  }
  /** The row's arguments' source texts, quotes included (SourceDirective.argRaws). */
  argRaws(row) {
    return this.source.directiveArgRaws(row);
  }
  /** True when an argument's source text holds `needle` (SourceDirective.argsHold). */
  argsHold(row, needle) {
    const source = this.source;
    const first = source.directiveFirstArg(row);
    const count = source.directiveArgCount(row);
    for (let index = 0; index < count; index++) if (source.argHolds(first + index, needle)) return true;
    return false;
  }
  /** The range of the row's argument `index` (which must exist). */
  argRange(row, index) {
    return this.source.argSpan(this.source.directiveFirstArg(row) + index);
  }
  /** From the first character of the name to the end of the line, or of the closing tag. */
  range(row) {
    return new Span(this.source, this.source.directiveStart(row), this.source.directiveEnd(row));
  }
  /** A section's opening tag; a line's range for a line. */
  headRange(row) {
    const headEnd = this.source.directiveHeadEnd(row);
    return new Span(this.source, this.source.directiveStart(row), headEnd === NO_HEAD ? this.source.directiveEnd(row) : headEnd);
  }
};
var Line = class {
  constructor(tree, row) {
    this.tree = tree;
    this.row = row;
  }
  tree;
  row;
  /** The name as written (the Directive's `name`). */
  get written() {
    return this.tree.nameOf(this.row).written;
  }
  /** The name's DirectiveName. */
  get directiveName() {
    return this.tree.nameOf(this.row);
  }
  get file() {
    return this.tree.source.file;
  }
  /** Where the name starts in the file's text. */
  get startOffset() {
    return this.tree.source.directiveStart(this.row);
  }
  get range() {
    return this.tree.range(this.row);
  }
  /** A section's opening tag (`headRange ?? range` of its Directive). */
  get headRange() {
    return this.tree.headRange(this.row);
  }
  get argCount() {
    return this.tree.argCount(this.row);
  }
  /** The range of argument `index` (which must exist). */
  argRange(index) {
    return this.tree.argRange(this.row, index);
  }
  argValues() {
    return this.tree.argValues(this.row);
  }
  argRaws() {
    return this.tree.argRaws(this.row);
  }
};
var RowWords = class {
  source = void 0;
  first = 0;
  argCount = 0;
  /** Points at `row` of `tree`; returns itself. */
  at(tree, row) {
    this.source = tree.source;
    this.first = tree.source.directiveFirstArg(row);
    this.argCount = tree.source.directiveArgCount(row);
    return this;
  }
  argsFilled(count) {
    for (let index = 0; index < count; index++) if (this.source.argEmpty(this.first + index)) return false;
    return true;
  }
  argIsOneOf(index, words2) {
    return this.source.argIsOneOf(this.first + index, words2);
  }
};
var trees = /* @__PURE__ */ new WeakMap();
function treeOf(file) {
  return trees.get(file);
}
function apacheFile(path, text, tree, comments, diagnostics) {
  let directives;
  const file = { path, dialect: "apache", text, directives: [], comments, diagnostics };
  Object.defineProperty(file, "directives", {
    enumerable: true,
    configurable: true,
    get: () => directives ??= tree.top(),
    set: (value) => {
      directives = value;
      tree.forget();
    }
  });
  trees.set(file, tree);
  return file;
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
  return value.includes("${") ? substituted(value, state) : value;
}
function substituted(value, state) {
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
function conditionHolds(values, state, sectionName) {
  const args = values.map((value) => substitute(value, state));
  const kind = sectionName.lower;
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
function applyStateDirective(values, state, name) {
  if (name.role !== NameRole.State) return;
  const args = values.map((value) => substitute(value, state));
  if (args.length === 0) return;
  const lower = name.lower;
  if (lower === "define") state.defines.set(args[0], args[1] ?? "");
  else if (lower === "undefine") state.defines.delete(args[0]);
  else if (lower === "loadmodule") state.loadedModules.add(moduleKey(args[0]));
  else state.serverRoot = args[0];
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
  const tree = treeOf(file);
  if (tree !== void 0) walkRows(tree, 0, tree.count, file, state, hooks, sections, chain, budget);
  hooks.leave?.(file);
  chain.delete(file);
}
function walkRows(tree, from, to, file, state, hooks, sections, chain, budget) {
  for (let row = from; row < to; row = tree.next(row)) {
    const name = tree.nameOf(row);
    const role = name.role;
    if (tree.isSection(row)) {
      if (role === NameRole.Conditional) {
        hooks.conditional?.(tree, row, file, sections);
        if (conditionHolds(tree.argValues(row), state, name)) walkRows(tree, row + 1, tree.next(row), file, state, hooks, sections, chain, budget);
        continue;
      }
      const section = new Line(tree, row);
      hooks.directive?.(tree, row, section, file, sections, state, name);
      sections.push(section);
      walkRows(tree, row + 1, tree.next(row), file, state, hooks, sections, chain, budget);
      sections.pop();
      continue;
    }
    if (role === NameRole.Include) {
      for (const child of hooks.include(tree.directive(row), file, state, sections)) walkFile(child, state, hooks, sections, chain, budget);
      continue;
    }
    if (role === NameRole.State) applyStateDirective(tree.argValues(row), state, name);
    hooks.directive?.(tree, row, void 0, file, sections, state, name);
  }
}

// src/dialects/apache/to-ast.ts
var MAX_SECTION_DEPTH = 100;
function endOffsetOf(token) {
  return token.startOffset + token.image.length;
}
function unescapeApache(text) {
  if (!text.includes("\\")) return text;
  return text.replace(/\\(?:\r?\n|(["']))/g, "$1");
}
var NO_GT = -1;
var ApacheAstBuilder = class {
  constructor(source) {
    this.source = source;
    this.tree = new ApacheTree(source);
  }
  source;
  diagnostics = [];
  /** The rows read. */
  tree;
  // The open sections, innermost last, as two parallel stacks of `depth` entries (entries after it are
  // stale): an object per section was 68,000 of them made and dropped in a 10,000-vhost tree.
  /** Each open section's row (TOO_DEEP when too deep). */
  openRows = [];
  /** Each open section's tag name, lower case, for matching its closing tag (Apache compares with strcasecmp). */
  openKeys = [];
  depth = 0;
  /**
   * Stack positions of the open sections by key, so a misnested closing tag finds its section without
   * scanning the stack: made at the first one (a file whose tags all match never needs it), kept from then on.
   */
  openByKey = void 0;
  reportedTooDeep = false;
  report(message, range) {
    this.diagnostics.push({ ruleId: "parse-error", message, range });
  }
  get tooDeep() {
    return this.depth > 0 && this.openRows[this.depth - 1] === TOO_DEEP;
  }
  /** The end of the file: every section still open is unclosed. */
  closeAll() {
    while (this.depth) {
      const open = this.openRows[this.depth - 1];
      if (open !== TOO_DEEP) {
        const name = this.tree.nameOf(open).written;
        this.report(`Unclosed section: <${name}> is never closed with </${name}>`, this.source.span(this.source.directiveStart(open), this.source.directiveNameEnd(open)));
      }
      this.closeTop(void 0);
    }
  }
  // The three kinds of line: the first word (the name, or the section tag) from `start` to `end` (exclusive),
  // its `argCount` arguments, the last ones of the source's argument table from `firstArg` on (the reader
  // writes them there as it reads them: a line's words copied from a buffer of their own were a second
  // write of each), `lastEnd` just after the line's last word, and where a section tag's `>` is (NO_GT when
  // none). The arguments after the `>` are dropped before, as core.c drops them; a line that makes no
  // directive drops its own. Rows are written in document order, a section's before its content.
  /** `flags`: the first word's ArgFlag bits; `name`: its value when the reader has it already (see readApacheText). */
  readDirective(start, end, flags, firstArg, argCount, lastEnd, name) {
    if (this.tooDeep) {
      this.source.dropLastArgs(argCount);
      return;
    }
    name ??= nameOf(this.source.text, start, end, flags);
    const row = this.source.addDirective(start, end, firstArg, argCount, name.id);
    this.source.setDirectiveEnd(row, lastEnd);
    this.tree.nameRow(row, name);
  }
  /** `tag`: the tag's name when the reader has it already (see readApacheText). */
  readSectionOpen(start, end, firstArg, argCount, lastEnd, gt, tag) {
    tag ??= internRange(this.source.text, start + 1, end);
    const name = tag.written;
    if (this.tooDeep || this.depth >= MAX_SECTION_DEPTH) {
      if (!this.tooDeep && !this.reportedTooDeep) {
        this.reportedTooDeep = true;
        this.report(`Sections nested deeper than ${MAX_SECTION_DEPTH} levels; the content of this section is not read`, this.source.span(start, end));
      }
      this.source.dropLastArgs(argCount);
      this.push(TOO_DEEP, tag.lower);
      return;
    }
    const source = this.source;
    const row = source.addDirective(start, end, firstArg, argCount, tag.id);
    this.tree.nameRow(row, tag);
    const headEnd = gt !== NO_GT ? gt + 1 : lastEnd;
    source.setDirectiveHeadEnd(row, headEnd);
    source.setDirectiveEnd(row, headEnd);
    if (gt === NO_GT) {
      source.extrasOf(row).recovered = true;
      this.report(`Missing ">" at the end of the <${name}> tag`, source.span(headEnd, headEnd));
    }
    this.push(row, tag.lower);
  }
  readSectionClose(start, tagEnd, firstArg, argCount, gt, tag) {
    const source = this.source;
    tag ??= internRange(source.text, start + 2, tagEnd);
    const name = tag.written;
    const key = tag.lower;
    const end = gt !== NO_GT ? gt + 1 : tagEnd;
    if (gt !== tagEnd) this.report(`Missing ">" right after </${name}>`, source.span(tagEnd, tagEnd));
    if (argCount > 0) {
      this.report(`Unexpected "${source.argRaw(firstArg)}" in the </${name}> tag`, source.argSpan(firstArg));
      source.dropLastArgs(argCount);
    }
    if (this.depth === 0) {
      this.report(`Unexpected </${name}>: no <${name}> section is open`, source.span(start, end));
      return;
    }
    if (this.openKeys[this.depth - 1] === key) {
      this.closeTop(end);
      return;
    }
    const open = this.openRows[this.depth - 1];
    const expected = open !== TOO_DEEP ? this.tree.nameOf(open).written : name;
    this.report(`Expected </${expected}> but saw </${name}>`, source.span(start, end));
    const match = this.openPositions().get(key)?.at(-1);
    if (match === void 0) return;
    while (this.depth - 1 > match) this.closeTop(void 0);
    this.closeTop(end);
  }
  /** openByKey, made from the stack when first needed. */
  openPositions() {
    if (this.openByKey) return this.openByKey;
    const byKey = /* @__PURE__ */ new Map();
    for (let position = 0; position < this.depth; position++) {
      const positions = byKey.get(this.openKeys[position]);
      if (positions) positions.push(position);
      else byKey.set(this.openKeys[position], [position]);
    }
    return this.openByKey = byKey;
  }
  push(row, key) {
    const position = this.depth++;
    this.openRows[position] = row;
    this.openKeys[position] = key;
    if (this.openByKey === void 0) return;
    const positions = this.openByKey.get(key);
    if (positions) positions.push(position);
    else this.openByKey.set(key, [position]);
  }
  /** Pops the innermost section; `end` is just after its closing tag, or undefined when it was never closed. */
  closeTop(end) {
    const position = --this.depth;
    const row = this.openRows[position];
    this.openByKey?.get(this.openKeys[position]).pop();
    if (row === TOO_DEEP) return;
    const source = this.source;
    source.setDirectiveNext(row, source.directiveCount);
    if (end !== void 0) {
      source.setDirectiveEnd(row, end);
      return;
    }
    source.extrasOf(row).recovered = true;
    let last2 = -1;
    for (let child = row + 1; child < source.directiveCount; child = source.directiveNext(child)) last2 = child;
    source.setDirectiveEnd(row, last2 !== -1 ? source.directiveEnd(last2) : source.directiveHeadEnd(row));
  }
};
var TOO_DEEP = -1;
function readApacheText(text, builder, comments) {
  const source = builder.source;
  const length = text.length;
  let offset = 0;
  source.reserve((length >>> 3) + 16, (length >>> 4) + 16);
  const meetsEveryLf = !text.includes("\\\n") && !text.includes("\\\r\n");
  let lines = lineScratch;
  let lineCount = 1;
  lines[0] = 0;
  while (offset < length) {
    offset += whitespaceLength(text, offset);
    if (offset >= length) break;
    let code = text.charCodeAt(offset);
    if (code === LF) {
      offset++;
      if (lineCount === lines.length) lines = withRoom(lines, lineCount + 1);
      lines[lineCount++] = offset;
      continue;
    }
    if (code === HASH) {
      let end = logicalLineEnd(text, offset);
      if (text.charCodeAt(end - 1) === CR) end--;
      comments.push(new SourceComment(source, offset, end));
      offset = end;
      continue;
    }
    let firstStart = offset;
    let firstEnd = offset;
    let firstFlags = 0;
    let hasFirst = false;
    const firstArg = source.argCount;
    let argCount = 0;
    let lastEnd = offset;
    let kind = 0 /* Directive */;
    let lastGt = NO_GT;
    let name;
    if (code !== LT && code !== DOUBLE_QUOTE && code !== SINGLE_QUOTE) {
      let hash = 0;
      let end = offset;
      for (; end < length; end++) {
        const char = text.charCodeAt(end);
        if (char <= 32 || char === BACKSLASH) break;
        hash = Math.imul(hash, 31) + char | 0;
      }
      const stop = end < length ? text.charCodeAt(end) : LF;
      if (stop === LF || stop === SPACE || stop === TAB || stop === CR || stop === VT || stop === FF) {
        name = internHashed(text, offset, end, hash);
        firstEnd = lastEnd = offset = end;
        hasFirst = true;
      }
    } else if (code === LT) {
      const closing = text.charCodeAt(offset + 1) === SLASH;
      const nameStart = offset + (closing ? 2 : 1);
      let hash = 0;
      let end = nameStart;
      for (; end < length; end++) {
        const char = text.charCodeAt(end);
        if (char <= 32 || char === GT || char === BACKSLASH) break;
        hash = Math.imul(hash, 31) + char | 0;
      }
      const stop = end < length ? text.charCodeAt(end) : LF;
      let tagEnd = end;
      if (stop === LF || stop === SPACE || stop === TAB || stop === CR || stop === VT || stop === FF || stop === GT) {
        if (closing || end > nameStart) name = internHashed(text, nameStart, end, hash);
      } else {
        tagEnd = offset + tagLength(text, offset, closing);
      }
      if (closing || tagEnd > nameStart) {
        kind = closing ? 2 /* Close */ : 1 /* Open */;
        lastGt = lastGreaterThan(text, offset, logicalLineEnd(text, offset));
        firstEnd = lastEnd = offset = tagEnd;
        hasFirst = true;
      }
    }
    let argsBeforeGt = 0;
    let endBeforeGt = 0;
    let gt = NO_GT;
    for (; ; ) {
      offset += whitespaceLength(text, offset);
      if (offset >= length) break;
      code = text.charCodeAt(offset);
      if (code === LF) break;
      if (offset === lastGt) {
        argsBeforeGt = argCount;
        endBeforeGt = lastEnd;
        gt = offset++;
        continue;
      }
      const limit = lastGt >= offset ? lastGt : length;
      let end;
      let flags = 0;
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        const scanned = quotedWordEnd(text, offset, limit);
        end = scanned >>> 1;
        flags = code === DOUBLE_QUOTE ? ArgFlag.DoubleQuoted : ArgFlag.SingleQuoted;
        if ((scanned & 1) === 0) flags |= ArgFlag.Unterminated;
      } else {
        end = bareWordEnd(text, offset, limit);
        if (end === offset) return false;
      }
      if (hasFirst) {
        source.addArg(offset, end, flags);
        argCount++;
      } else {
        firstStart = offset;
        firstEnd = end;
        firstFlags = flags;
        hasFirst = true;
      }
      lastEnd = offset = end;
    }
    if (gt !== NO_GT) {
      source.dropLastArgs(argCount - argsBeforeGt);
      argCount = argsBeforeGt;
      lastEnd = endBeforeGt;
    }
    if (kind === 0 /* Directive */) builder.readDirective(firstStart, firstEnd, firstFlags, firstArg, argCount, lastEnd, name);
    else if (kind === 1 /* Open */) builder.readSectionOpen(firstStart, firstEnd, firstArg, argCount, lastEnd, gt, name);
    else builder.readSectionClose(firstStart, firstEnd, firstArg, argCount, gt, name);
  }
  builder.closeAll();
  if (meetsEveryLf) source.keepLineStarts(lines, lineCount);
  if (lines.length <= MAX_LINE_SCRATCH) lineScratch = lines;
  return true;
}
var lineScratch = new Int32Array(4096);
var MAX_LINE_SCRATCH = 1 << 20;
var TAB = 9;
var LF = 10;
var VT = 11;
var FF = 12;
var CR = 13;
var SPACE = 32;
var HASH = 35;
var BACKSLASH = 92;
var LT = 60;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var SLASH = 47;
var GT = 62;
var ApacheCstToAst = class {
  builder;
  constructor(source) {
    this.builder = new ApacheAstBuilder(source);
  }
  /** Reads the CST of a whole file (the parser's `config` rule). */
  visit(cst) {
    this.config(cst.children);
  }
  config(children) {
    for (const line of linesInOrder(children)) {
      if (line.kind === "directive") this.directive(line.children);
      else if (line.kind === "open") this.sectionOpen(line.children);
      else this.sectionClose(line.children);
    }
    this.builder.closeAll();
  }
  directive(children) {
    const name = children.name[0];
    const firstArg = this.builder.source.argCount;
    const lastEnd = this.addArgs(name, children.arg);
    this.builder.readDirective(name.startOffset, endOffsetOf(name), argFlags(name), firstArg, children.arg?.length ?? 0, lastEnd);
  }
  sectionOpen(children) {
    const tag = children.SectionOpen[0];
    const firstArg = this.builder.source.argCount;
    const lastEnd = this.addArgs(tag, children.arg);
    this.builder.readSectionOpen(tag.startOffset, endOffsetOf(tag), firstArg, children.arg?.length ?? 0, lastEnd, children.GreaterThan?.[0].startOffset ?? NO_GT);
  }
  sectionClose(children) {
    const tag = children.SectionClose[0];
    const firstArg = this.builder.source.argCount;
    this.addArgs(tag, children.arg);
    this.builder.readSectionClose(tag.startOffset, endOffsetOf(tag), firstArg, children.arg?.length ?? 0, children.GreaterThan?.[0].startOffset ?? NO_GT);
  }
  /** Adds a line's words after its first token (those before any `>`) to the source's argument table; returns where the last word ends. */
  addArgs(first, args) {
    let lastEnd = endOffsetOf(first);
    for (const token of args ?? []) {
      lastEnd = endOffsetOf(token);
      this.builder.source.addArg(token.startOffset, lastEnd, argFlags(token));
    }
    return lastEnd;
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
function quoteOf(token) {
  const first = token.image.charCodeAt(0);
  return first === 34 ? '"' : first === 39 ? "'" : null;
}
function isClosed(token) {
  return token.payload === true;
}
function argFlags(token) {
  const quote = quoteOf(token);
  if (quote === null) return 0;
  const kind = quote === '"' ? ArgFlag.DoubleQuoted : ArgFlag.SingleQuoted;
  return isClosed(token) ? kind : kind | ArgFlag.Unterminated;
}
var MAX_INTERNED = 65536;
var MAX_INTERNED_LENGTH = 40;
var SLICE_VIEW_LENGTH = 13;
var INTERN_SLOTS = 2 * MAX_INTERNED;
var internSlots;
var internedCount = 0;
function internRange(text, start, end) {
  if (end - start > MAX_INTERNED_LENGTH) return directiveName(text.slice(start, end));
  let hash = 0;
  for (let index = start; index < end; index++) hash = Math.imul(hash, 31) + text.charCodeAt(index) | 0;
  return internHashed(text, start, end, hash);
}
function internHashed(text, start, end, hash) {
  const length = end - start;
  if (length > MAX_INTERNED_LENGTH) return directiveName(text.slice(start, end));
  const slots = internSlots ??= new Array(INTERN_SLOTS).fill(void 0);
  let slot = hash & INTERN_SLOTS - 1;
  for (let known = slots[slot]; known !== void 0; known = slots[slot]) {
    const written = known.written;
    if (written.length === length) {
      let index = 0;
      while (index < length && written.charCodeAt(index) === text.charCodeAt(start + index)) index++;
      if (index === length) return known;
    }
    slot = slot + 1 & INTERN_SLOTS - 1;
  }
  const made = directiveName(length === text.length ? text : length < SLICE_VIEW_LENGTH ? text.slice(start, end) : [...text.slice(start, end)].join(""));
  if (internedCount < MAX_INTERNED) {
    slots[slot] = made;
    internedCount++;
  }
  return made;
}
function hasBackslash(text, start, end) {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 92) return true;
  return false;
}
function nameOf(text, start, end, flags) {
  if (flags === 0 && !hasBackslash(text, start, end)) return internRange(text, start, end);
  const innerStart = flags === 0 ? start : start + 1;
  const innerEnd = flags & ArgFlag.Unterminated || flags === 0 ? end : end - 1;
  const name = unescapeApache(text.slice(innerStart, innerEnd));
  return internRange(name, 0, name.length);
}

// src/dialects/apache/parse.ts
var cstReader = new OnDemand(() => import("./cst-reader-KUEVV4H6.js"));
function parseApache(text, path) {
  return parseGuarded(text, path, "apache", parseSource);
}
function parseSource(text, path) {
  const comments = [];
  let source = new SourceText(path, text, unescapeApache);
  let builder = new ApacheAstBuilder(source);
  let diagnostics = [];
  let parserErrors = [];
  if (!readApacheText(text, builder, comments)) {
    const reader = cstReader.get();
    if (reader === void 0) return standInFile(text, path, "apache");
    comments.length = 0;
    source = new SourceText(path, text, unescapeApache);
    const parsed = reader.parseWithParser(text);
    diagnostics = parsed.lexed.errors.map((error) => lexingDiagnostic(error, source));
    parserErrors = parsed.parserErrors;
    const visitor = new ApacheCstToAst(source);
    visitor.visit(parsed.cst);
    builder = visitor.builder;
    for (const token of parsed.lexed.groups.comments ?? []) comments.push(toComment(token, source));
  }
  source.trimTables();
  for (const diagnostic of builder.diagnostics) diagnostics.push(diagnostic);
  for (const error of parserErrors) diagnostics.push(recognitionDiagnostic(error, source));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return apacheFile(path, text, builder.tree, comments, diagnostics);
}
function toComment(token, source) {
  return new SourceComment(source, token.startOffset, endOffsetOf(token));
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
function extentOf(file, memo = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Set()) {
  const known = extents.get(file);
  if (known) return { ...known, complete: true };
  const memoised = memo.get(file);
  if (memoised) return memoised;
  if (seen.has(file)) return { depth: 0, reads: 1, complete: true };
  seen.add(file);
  let depth = 0;
  let reads = 1;
  let complete = true;
  for (const directive of includesOf(file)) {
    if (directive.included === void 0 || includedByValue.has(directive)) complete = false;
    for (const child of allIncluded(directive)) {
      const below = extentOf(child, memo, seen);
      depth = Math.max(depth, below.depth + 1);
      reads += below.reads;
      complete &&= below.complete;
    }
  }
  seen.delete(file);
  const extent = { depth, reads, complete };
  if (complete) extents.set(file, { depth, reads });
  else memo.set(file, extent);
  return extent;
}
var includesByFile = /* @__PURE__ */ new WeakMap();
function includesOf(file) {
  let found = includesByFile.get(file);
  if (!found) {
    found = [];
    const tree = treeOf(file);
    const count = tree?.count ?? 0;
    for (let row = 0; row < count; row++) if (tree.nameOf(row).role === NameRole.Include) found.push(tree.directive(row));
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
  const walk = { context, prefix: dirname(entryPath), chain: [], reads: 0, full: false, announced: /* @__PURE__ */ new Set(), realPaths: /* @__PURE__ */ new WeakMap(), lastChecked: void 0, listedFiles: /* @__PURE__ */ new Map(), realDirs: /* @__PURE__ */ new Map() };
  const files = /* @__PURE__ */ new Set([root]);
  walkApache(root, initialState(entryPath, context), {
    enter: (file) => walk.chain.push(walk.realPaths.get(file) ?? realPathOr(file.path)),
    // An Include is resolved when a reading first takes it: one skipped by a false conditional in a
    // file's first reading is read at a later reading that takes it (httpd rereads the file each time).
    leave: () => {
      walk.chain.pop();
    },
    directive: (tree, row, _section, file, sections, _state, name) => checkArguments(tree, row, file, sections, walk, name),
    conditional: (tree, row, file, sections) => checkArguments(tree, row, file, sections, walk, tree.nameOf(row)),
    include(directive, file, state, sections) {
      const tree = treeOf(file);
      checkArguments(tree, directive.index, file, sections, walk, tree.nameOf(directive.index));
      const known = includedFiles(directive, state);
      if (known !== void 0) return known;
      const included = [];
      directive.included ??= included;
      const variable = variableArgument(directive);
      if (variable !== void 0) {
        let byValue = includedByValue.get(directive);
        if (!byValue) includedByValue.set(directive, byValue = /* @__PURE__ */ new Map());
        byValue.set(substitute(variable, state), included);
      }
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
var includedByValue = /* @__PURE__ */ new WeakMap();
function variableArgument(directive) {
  const written = directive.args[0]?.value;
  return written?.includes("${") ? written : void 0;
}
function includedFiles(directive, state) {
  const variable = directive.included !== void 0 ? variableArgument(directive) : void 0;
  if (variable === void 0) return directive.included;
  return includedByValue.get(directive)?.get(substitute(variable, state));
}
function allIncluded(directive) {
  const byValue = includedByValue.get(directive);
  return byValue ? [...byValue.values()].flat() : directive.included ?? [];
}
var checkedInTable = /* @__PURE__ */ new WeakMap();
function firstCheck(tree, row, walk) {
  const source = tree.source;
  let bytes = walk.lastChecked?.source === source ? walk.lastChecked.bytes : checkedInTable.get(source);
  if (!bytes) {
    bytes = new Uint8Array(source.directiveCount);
    checkedInTable.set(source, bytes);
  }
  if (walk.lastChecked?.source !== source) walk.lastChecked = { source, bytes };
  if (bytes[row]) return false;
  bytes[row] = 1;
  return true;
}
var words = new RowWords();
function checkArguments(tree, row, file, sections, walk, name) {
  const section = tree.isSection(row);
  const check = section ? name.sectionCheck : name.argumentCheck;
  if (check === void 0) return;
  if (takenUnread(check, words.at(tree, row))) return;
  if (!firstCheck(tree, row, walk) || insideMacro(sections)) return;
  if (tree.argsHold(row, "${")) return;
  const values = tree.argValues(row);
  const problem = section ? sectionProblem(name.written, values, name.lower) : argumentProblem(name.written, values, name.lower);
  if (!problem) return;
  const count = tree.argCount(row);
  const whole = section ? tree.headRange(row) : tree.range(row);
  const range = problem.at !== void 0 && problem.at < count ? spanOf(tree.argRange(row, problem.at), tree.argRange(row, count - 1)) : whole;
  file.diagnostics.push({ ruleId: "parse-error", message: problem.message, range });
}
function insideMacro(sections) {
  for (const section of sections) if (section.directiveName.lower === "macro") return true;
  return false;
}
function includeTargets(directive, file, state, walk) {
  const written = argValuesOf(directive)[0];
  if (written === void 0) return [];
  const value = substitute(written, state);
  const optional = directive.name.toLowerCase() === "includeoptional";
  const candidates = candidatePaths(value, file.path, state, walk);
  let targets = [];
  if (hasGlob(value)) {
    for (const candidate of candidates) {
      const { paths, cut, regular } = expandGlob(candidate);
      if (cut) {
        walk.context.notify({
          level: "warning",
          message: `Include glob "${candidate}" (${file.path}:${directive.range.start.line}) visits more than ${MAX_GLOB_ENTRIES} directory entries; none of its matches are read`,
          file: file.path
        });
        return [];
      }
      for (const path of regular) listFile(path, walk);
      targets = paths;
      if (targets.length) break;
    }
    if (!targets.length && !optional) reportAt(file, directive, "include-not-found", `Missing include "${value}": the wildcard matches no file (tried ${candidates.join(", ")}); use IncludeOptional if that is intended`);
  } else {
    const found = candidates.find(pathExists);
    if (found) targets = [found];
    else if (!optional) reportAt(file, directive, "include-not-found", `Missing include "${value}" (tried ${candidates.join(", ")})`);
  }
  return targets.flatMap((target) => walk.listedFiles.has(target) ? [target] : filesOf(target));
}
function listFile(path, walk) {
  const directory = dirname(path);
  let realDirectory = walk.realDirs.get(directory);
  if (!walk.realDirs.has(directory)) {
    try {
      realDirectory = realPath(directory);
    } catch {
      realDirectory = void 0;
    }
    walk.realDirs.set(directory, realDirectory);
  }
  if (realDirectory !== void 0) walk.listedFiles.set(path, join2(realDirectory, basename(path)));
}
function candidatePaths(value, includer, state, walk) {
  if (isAbsolute2(value)) return [mapPath(value, walk.context.pathMaps)];
  const serverRoot = mapPath(serverRootOf(state), walk.context.pathMaps);
  const candidates = [join2(serverRoot, value), join2(walk.prefix, value), join2(dirname(includer), value), join2(resolve(walk.context.root), value)];
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
function includeFile(target, directive, includer, walk) {
  const { context } = walk;
  let real;
  try {
    real = walk.listedFiles.get(target) ?? realPath(target);
  } catch (error) {
    const loop = error.code === "ELOOP";
    reportAt(includer, directive, loop ? "include-cycle" : "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    return void 0;
  }
  if (walk.chain.includes(real)) {
    const shown = chainText(walk, real);
    reportAt(includer, directive, "include-cycle", `Include cycle: ${shown}`);
    return void 0;
  }
  const known = context.cache.get(target);
  const extent = known && !walk.chain.includes(real) ? extentOf(known) : { depth: 0, reads: 1 };
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
    walk.realPaths.set(file, real);
    return file;
  } catch (error) {
    if (error instanceof LimitExceeded) {
      context.notify({ level: "warning", message: `Skipped ${includeSite(target, directive, includer, walk)}: ${error.message}`, file: includer.path });
    } else {
      reportAt(includer, directive, "include-not-found", `Cannot include "${target}": ${failureText(error)}`);
    }
    return void 0;
  }
}
function realPathOr(path) {
  try {
    return realPath(path);
  } catch {
    return path;
  }
}
function realPath(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return realpathSync(path);
  }
}

// src/dialects/apache/model.ts
import { isAbsolute as isAbsolute4, join as join4, relative } from "node:path";

// src/dialects/apache/context.ts
var Read = class extends Line {
  constructor(tree, row, name, values) {
    super(tree, row);
    this.name = name;
    this.values = values;
  }
  name;
  values;
};
var MAIN = /* @__PURE__ */ Symbol("main server");
var UnreadPlaces = class {
  /** How many places: 0 for most trees, which read every Include. */
  size = 0;
  main = false;
  rows = /* @__PURE__ */ new Map();
  add(place) {
    if (this.has(place)) return;
    this.size++;
    if (place === MAIN) this.main = true;
    else {
      let rows = this.rows.get(place.tree);
      if (!rows) this.rows.set(place.tree, rows = /* @__PURE__ */ new Set());
      rows.add(place.row);
    }
  }
  has(place) {
    return place === MAIN ? this.main : this.rows.get(place.tree)?.has(place.row) === true;
  }
};
var SERVER_LEVEL = "global";
var VHOST_LEVEL = "endpoint";
var PATH_LEVEL = "path";
var NO_READS = [];
function last(list, name) {
  for (let index = list.length - 1; index >= 0; index--) if (list[index].name === name) return list[index];
  return void 0;
}
function serverLevelUnread(server, context) {
  return context.unreadAt.has(MAIN) || server.section !== null && context.unreadAt.has(server.section);
}

// src/dialects/apache/settings.ts
var settingKinds = 0;
var kindsByName = /* @__PURE__ */ new Map();
function settingKind(name, read) {
  const kind = { name, read, slot: settingKinds++ };
  const kinds = kindsByName.get(name);
  if (kinds) kinds.push(kind);
  else kindsByName.set(name, [kind]);
  return kind;
}
function setting(vhost, context, kind, fallback) {
  return vhost !== context.main && ownSettingsOf(vhost, context)[kind.slot] || mainSetting(context, kind) || kindDefault(context, kind, fallback);
}
function kindDefault(context, kind, fallback) {
  const known = context.kindDefaults[kind.slot];
  if (known !== void 0 && known.value === fallback) return known;
  return context.kindDefaults[kind.slot] = defaultSetting(context, fallback);
}
function mainSetting(context, kind) {
  let shared = context.mainSettings[kind.slot];
  if (shared === void 0) context.mainSettings[kind.slot] = shared = ownSetting(context.main.own, kind, context, SERVER_LEVEL) ?? null;
  return shared;
}
function defaultSetting(context, value) {
  let shared = context.defaults.get(value);
  if (shared === void 0) context.defaults.set(value, shared = { value, source: null, level: "default" });
  return shared;
}
function ownSettingsOf(vhost, context) {
  const found = context.vhostSettings;
  if (context.vhostSettingsOf === vhost) return found;
  context.vhostSettingsOf = vhost;
  found.fill(void 0);
  const own = vhost.own;
  for (let index = own.length - 1; index >= 0; index--) {
    const kinds = kindsByName.get(own[index].name);
    if (kinds === void 0) continue;
    for (const kind of kinds) {
      if (found[kind.slot] !== void 0) continue;
      const value = kind.read(own[index], context);
      if (value !== void 0) found[kind.slot] = settingOf(own[index], value, VHOST_LEVEL);
    }
  }
  return found;
}
function ownSetting(own, kind, context, level) {
  const name = kind.name;
  for (let index = own.length - 1; index >= 0; index--) {
    if (own[index].name !== name) continue;
    const value = kind.read(own[index], context);
    if (value !== void 0) return settingOf(own[index], value, level);
  }
  return void 0;
}
function settingOf(read, value, level) {
  const count = read.argCount;
  const source = read.range;
  if (count === 0) return { value, source, level };
  const first = read.argRange(0);
  return lineSetting(value, source, first.startOffset, count === 1 ? first.endOffset : read.argRange(count - 1).endOffset, level);
}
function lineSetting(value, source, valueStart, valueEnd, level) {
  if (level !== SERVER_LEVEL) return new LineSetting(value, level, source.source, source.startOffset, source.endOffset, valueStart, valueEnd);
  return { value, source, valueRange: source.source.span(valueStart, valueEnd), level };
}
var LineSetting = class {
  constructor(value, level, text, start, end, valueStart, valueEnd) {
    this.value = value;
    this.level = level;
    this.text = text;
    this.start = start;
    this.end = end;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
  }
  value;
  level;
  text;
  start;
  end;
  valueStart;
  valueEnd;
  get source() {
    return this.text.span(this.start, this.end);
  }
  get valueRange() {
    return this.text.span(this.valueStart, this.valueEnd);
  }
};
function withValue(setting2, value) {
  if (setting2 instanceof LineSetting) return new LineSetting(value, setting2.level, setting2.text, setting2.start, setting2.end, setting2.valueStart, setting2.valueEnd);
  return { ...setting2, value };
}
function isWritten(setting2) {
  return setting2 instanceof LineSetting || setting2.source !== null;
}
function firstValue(read) {
  return read.values[0];
}
function flag(read) {
  const value = read.values[0]?.toLowerCase();
  return value === "on" ? true : value === "off" ? false : void 0;
}
var ENGINE = settingKind("sslengine", flag);
var SESSION_TICKETS = settingKind("sslsessiontickets", flag);
var STAPLING = settingKind("sslusestapling", flag);
var COMPRESSION = settingKind("sslcompression", flag);
var RENEGOTIATION = settingKind("sslinsecurerenegotiation", flag);
var PROXY_CHECK_PEER_NAME = settingKind("sslproxycheckpeername", flag);
var PROXY_VERIFY = settingKind("sslproxyverify", (read) => read.values[0] ? read.values[0].toLowerCase() === "require" : void 0);
var CHAIN_FILE = settingKind("sslcertificatechainfile", firstValue);
var TICKET_KEY_FILE = settingKind("sslsessionticketkeyfile", firstValue);
var CA_FILE = settingKind("sslcacertificatefile", firstValue);
var VERIFY_CLIENT = settingKind("sslverifyclient", (read) => read.values[0]?.toLowerCase());
var PROTOCOL_WORDS = lookupTable({
  sslv2: "SSLv2",
  sslv3: "SSLv3",
  tlsv1: "TLSv1",
  "tlsv1.1": "TLSv1.1",
  "tlsv1.2": "TLSv1.2",
  "tlsv1.3": "TLSv1.3",
  all: "all"
});
function allProtocols(context) {
  if (context.allProtocols) return context.allProtocols;
  const tls = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
  context.allProtocols = context.openssl === "1.0.2" ? ["SSLv3", ...tls] : tls;
  return context.allProtocols;
}
function protocolArithmetic(words2, all) {
  let enabled = /* @__PURE__ */ new Set();
  for (const word of words2) {
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
function protocolsOf(words2, context) {
  const last2 = context.lastProtocols;
  if (last2 !== void 0 && sameStrings(last2.words, words2)) return last2.protocols;
  const key = words2.join(" ");
  if (!context.protocolSets.has(key)) context.protocolSets.set(key, protocolArithmetic(words2, allProtocols(context)));
  const protocols = context.protocolSets.get(key);
  context.lastProtocols = { words: words2, protocols };
  return protocols;
}
function sameStrings(a, b) {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
var PROTOCOLS = settingKind("sslprotocol", (read, context) => protocolsOf(read.values, context));
function protocolsSetting(vhost, context) {
  const all = allProtocols(context);
  context.defaultProtocols ??= protocolArithmetic(defaultProtocolWords(context.version), all) ?? all;
  const written = setting(vhost, context, PROTOCOLS, context.defaultProtocols);
  if (context.openssl === "1.0.2") return confSetting(vhost, context, written, { min: 0, max: all.length - 1, off: new Set(all.filter((p) => !written.value.includes(p))) }, all);
  let bounds = context.protocolBounds.get(written.value);
  if (bounds === void 0) {
    const state = versionBounds(written.value, all);
    bounds = state ? { min: state.min, max: state.max, effective: rangeOf(state, all) } : null;
    context.protocolBounds.set(written.value, bounds);
  }
  if (!bounds) return written;
  const start = bounds.effective.length === written.value.length ? written : withValue(written, bounds.effective);
  return confSetting(vhost, context, start, { min: bounds.min, max: bounds.max, off: NO_PROTOCOLS }, all);
}
var NO_PROTOCOLS = /* @__PURE__ */ new Set();
function versionBounds(enabled, all) {
  let max = -1;
  for (let index = all.length - 1; index >= 0 && max < 0; index--) if (enabled.includes(all[index])) max = index;
  if (max < 0) return void 0;
  let min = max;
  while (min > 0 && enabled.includes(all[min - 1])) min--;
  return { min, max, off: NO_PROTOCOLS };
}
function rangeOf(state, all) {
  return all.filter((p, index) => index >= state.min && index <= state.max && !state.off.has(p));
}
function confSetting(vhost, context, written, state, all) {
  if (!context.main.own.some(isProtocolCommand) && (vhost === context.main || !vhost.own.some(isProtocolCommand))) return written;
  const commands = [...context.main.own.filter(isProtocolCommand).map((read) => [read, SERVER_LEVEL])];
  if (vhost !== context.main) {
    for (const read of vhost.own) if (isProtocolCommand(read)) commands.push([read, VHOST_LEVEL]);
  }
  let result = written;
  for (const [read, level] of commands) {
    const name = read.values[0].toLowerCase();
    const value = read.values[1];
    if (name === "protocol") {
      const off = confProtocolOptions(value, state.off, all);
      if (off === void 0) continue;
      state.off = off;
    } else {
      if (context.openssl === "1.0.2") continue;
      const bound = versionBound(value, name === "minprotocol", all);
      if (bound === void 0) continue;
      if (name === "minprotocol") state.min = bound;
      else state.max = bound;
    }
    const now = rangeOf(state, all);
    if (now.join() !== result.value.join()) result = { value: now, source: read.range, level };
  }
  return result;
}
var BOUND_NAMES = ["SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
function versionBound(value, min, all) {
  if (value === "None") return min ? 0 : all.length - 1;
  if (!BOUND_NAMES.includes(value)) return void 0;
  const order = PROTOCOL_ORDER.indexOf(value);
  if (min) {
    const index2 = all.findIndex((p) => PROTOCOL_ORDER.indexOf(p) >= order);
    return index2 < 0 ? all.length : index2;
  }
  let index = all.length - 1;
  while (index >= 0 && PROTOCOL_ORDER.indexOf(all[index]) > order) index--;
  return index;
}
function isProtocolCommand(read) {
  if (read.name !== "sslopensslconfcmd" || read.values.length !== 2) return false;
  const name = read.values[0].toLowerCase();
  return name === "protocol" || name === "minprotocol" || name === "maxprotocol";
}
function confProtocolOptions(list, off, all) {
  const result = new Set(off);
  for (const item of list.split(/[\s,]+/).filter(Boolean)) {
    const disable = item.startsWith("-");
    const word = item.replace(/^[+-]/, "").toLowerCase();
    const named = word === "all" ? "all" : PROTOCOL_WORDS[word];
    if (named === void 0) return void 0;
    for (const protocol of named === "all" ? all : [named]) {
      if (disable) result.add(protocol);
      else result.delete(protocol);
    }
  }
  return result;
}
function ciphersSetting(vhost, context) {
  return setting(vhost, context, CIPHERS, "DEFAULT");
}
var CIPHERS = settingKind("sslciphersuite", (read, context) => {
  const [first, second] = read.values;
  if (second === void 0) return withNullExclusions(first, context);
  return first.toUpperCase() === "SSL" ? withNullExclusions(second, context) : void 0;
});
function withNullExclusions(ciphers, context) {
  const last2 = context.lastCiphers;
  if (last2 !== void 0 && last2.written === ciphers) return last2.result;
  let result = context.cipherStrings.get(ciphers);
  if (result === void 0) context.cipherStrings.set(ciphers, result = nullExclusionsAdded(ciphers, context));
  context.lastCiphers = { written: ciphers, result };
  return result;
}
function nullExclusionsAdded(ciphers, context) {
  const exclusions = context.openssl === "1.0.2" ? "!aNULL:!eNULL:!EXP" : "!aNULL:!eNULL";
  if (appendsNullExclusions(context.version)) return `${ciphers}:${exclusions}`;
  if (prependsNullExclusions(context.version)) return `${exclusions}:${ciphers}`;
  return ciphers;
}
function ciphersuitesSetting(vhost, context) {
  return setting(vhost, context, CIPHERSUITES, void 0);
}
var CIPHERSUITES = settingKind("sslciphersuite", (read) => read.values.length >= 2 && read.values[0].toLowerCase() === "tlsv1.3" ? read.values[1] : void 0);
function confCmd(vhost, context, wanted) {
  const own = vhost !== context.main ? ownConfCmd(vhost.own, wanted, VHOST_LEVEL) : void 0;
  if (own) return own;
  let shared = context.mainConfCmds.get(wanted);
  if (shared === void 0) context.mainConfCmds.set(wanted, shared = ownConfCmd(context.main.own, wanted, SERVER_LEVEL) ?? null);
  return shared ?? void 0;
}
function ownConfCmd(own, wanted, level) {
  for (let index = own.length - 1; index >= 0; index--) {
    const read = own[index];
    if (read.name !== "sslopensslconfcmd" || read.values[0]?.toLowerCase() !== wanted) continue;
    if (read.values[1] === void 0) return void 0;
    const argument = read.argRange(1);
    return lineSetting(read.values[1], read.range, argument.startOffset, argument.endOffset, level);
  }
  return void 0;
}

// src/dialects/apache/headers.ts
var NO_HEADERS = [];
var NO_ACTIONS = [];
function headerAction(read, level) {
  if (read.name !== "header") return void 0;
  const values = read.values;
  const condition = values[0]?.toLowerCase();
  const always = condition === "always";
  const at = always || condition === "onsuccess" ? 1 : 0;
  const action = values[at]?.toLowerCase();
  const name = values[at + 1];
  if (action === void 0 || name === void 0) return void 0;
  const file = read.file;
  const start = read.startOffset;
  return { always, action, name, key: name.toLowerCase(), value: values[at + 2], valueArg: at + 2, read, level, file, start };
}
function actsOn(action, header) {
  return header.always === action.always && header.name.length === action.name.length && (header.name === action.name || header.name.toLowerCase() === action.key);
}
function madeByAny(header, actions) {
  for (const action of actions) if (madeBy(header, action)) return true;
  return false;
}
function madeBy(header, action) {
  return headerStart(header) === action.start && headerFile(header) === action.file;
}
function firstActedOn(headers, action) {
  for (const header of headers) if (actsOn(action, header)) return header;
  return void 0;
}
function without(headers, action) {
  let index = 0;
  while (index < headers.length && !actsOn(action, headers[index])) index++;
  if (index === headers.length) return headers;
  const kept = headers.slice(0, index);
  for (index++; index < headers.length; index++) if (!actsOn(action, headers[index])) kept.push(headers[index]);
  return kept;
}
function headerOf(action) {
  const read = action.read;
  const value = action.value ?? "";
  const source = read.range;
  const valueRange = read.argRange(Math.min(action.valueArg, read.argCount - 1));
  return new LineHeader(action.name, value, action.always, isDynamic(value), action.level, source.source, source.startOffset, source.endOffset, valueRange.startOffset, valueRange.endOffset);
}
function withHeaderValue(header, value) {
  if (header instanceof LineHeader) return new LineHeader(header.name, value, header.always, header.dynamic, header.level, header.text, header.start, header.end, header.valueStart, header.valueEnd);
  return { ...header, value };
}
var LineHeader = class {
  constructor(name, value, always, dynamic, level, text, start, end, valueStart, valueEnd) {
    this.name = name;
    this.value = value;
    this.always = always;
    this.dynamic = dynamic;
    this.level = level;
    this.text = text;
    this.start = start;
    this.end = end;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
  }
  name;
  value;
  always;
  dynamic;
  level;
  text;
  start;
  end;
  valueStart;
  valueEnd;
  get source() {
    return this.text.span(this.start, this.end);
  }
  get valueRange() {
    return this.text.span(this.valueStart, this.valueEnd);
  }
};
function headerStart(header) {
  return header instanceof LineHeader ? header.start : startOffsetOf(header.source);
}
function headerFile(header) {
  return header instanceof LineHeader ? header.text.file : header.source.file;
}
function applyHeaders(headers, actions) {
  let result = headers;
  for (const action of actions) {
    switch (action.action) {
      case "set":
        result = withHeader(without(result, action), headerOf(action));
        break;
      case "setifempty":
        if (!firstActedOn(result, action)) result = withHeader(result, headerOf(action));
        break;
      case "add":
        result = withHeader(result, headerOf(action));
        break;
      case "append":
      case "merge": {
        const existing = firstActedOn(result, action);
        const added = action.value ?? "";
        const present = action.action === "merge" && existing !== void 0 && existing.value.split(",").some((part) => part.trim() === added.trim());
        if (!existing) result = withHeader(result, headerOf(action));
        else if (!present) result = result.map((h) => h === existing ? withHeaderValue(h, `${h.value}, ${added}`) : h);
        break;
      }
      case "unset":
        result = without(result, action);
        break;
      default:
        break;
    }
  }
  return result;
}
function withHeader(headers, header) {
  const result = new Array(headers.length + 1);
  for (let index = 0; index < headers.length; index++) result[index] = headers[index];
  result[headers.length] = header;
  return result;
}
function actionsOf(reads, level) {
  let actions;
  for (const read of reads) {
    const action = headerAction(read, level);
    if (action) (actions ??= []).push(action);
  }
  return actions ?? NO_ACTIONS;
}
function mainHeaders(context) {
  if (context.mainHeaders === void 0) {
    context.mainActions = actionsOf(context.main.own, SERVER_LEVEL);
    context.mainHeaders = applyHeaders(NO_HEADERS, context.mainActions);
  }
  return context.mainHeaders;
}
function isDynamic(value) {
  if (!value.includes("%")) return value.startsWith("expr=");
  return /%(\{[^}]*\}[a-zA-Z]|[tDlLeu])/.test(value) || value.startsWith("expr=");
}

// src/dialects/apache/request-classes.ts
import { isAbsolute as isAbsolute3, join as join3 } from "node:path";

// src/dialects/apache/redirects.ts
function redirectOf(own) {
  for (const read of own) {
    const target = redirectTarget(read);
    if (target !== void 0) return { toHttps: /^https:\/\//i.test(target), source: read.range };
  }
  return null;
}
function redirectsAll(own) {
  for (const read of own) if (redirectTarget(read) !== void 0) return true;
  return false;
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

// src/dialects/apache/request-classes.ts
var DEFAULT_DOCUMENT_ROOT = "/var/www/html";
function sectionInfo(path, order, context) {
  if (path.info) return path.info;
  const section = path.section;
  const key = headKey(section);
  const recent = context.recentHeads[order];
  let head = recent !== void 0 && recent.key === key ? recent : context.sectionHeads.get(key);
  if (head === void 0) {
    let label = `<${section.written}`;
    for (const raw of section.argRaws()) label += ` ${raw}`;
    label += ">";
    const match = sectionMatch(section, context);
    const located = match.stage === "directory" || match.stage === "location";
    const glob = located && !match.regex ? globPrefix(match.pattern) : void 0;
    head = { id: context.sectionHeads.size, label, match, test: located && match.regex ? safeRegex(match.pattern) : glob, plain: !match.regex && glob === void 0, catchAll: isCatchAll(section), spec: void 0, key };
    context.sectionHeads.set(key, head);
  }
  context.recentHeads[order] = head;
  let proxy;
  for (const read of path.own) if (read.name === "proxypass" && read.values[0] !== void 0) proxy = read.values[0] !== "!";
  path.info = {
    head,
    // Most sections have no Header line: they share one empty list (the infos stay until the model is built).
    actions: actionsOf(path.own, PATH_LEVEL),
    catchAll: path.parent === null && head.catchAll,
    proxy,
    redirects: redirectsAll(path.own),
    order
  };
  return path.info;
}
function headKey(section) {
  const source = section.tree.source;
  const start = source.directiveStart(section.row);
  const headEnd = source.directiveHeadEnd(section.row);
  if (headEnd > start) return source.text.slice(start, headEnd);
  return `\0${section.written}\0${section.argRaws().join("\0")}`;
}
function sectionMatch(section, context) {
  const name = section.directiveName.lower;
  const args = section.argValues().map((value) => substitute(value, context.state));
  const tilde = args[0] === "~";
  const regex = tilde || name.endsWith("match");
  const pattern = (tilde ? args[1] : args[0]) ?? "";
  if (name === "directory" || name === "directorymatch") return { stage: "directory", pattern: regex ? pattern : trimSlash(pattern), regex };
  if (name === "files" || name === "filesmatch") return { stage: "files", pattern, regex };
  if (name === "location" || name === "locationmatch") return { stage: "location", pattern: regex ? pattern : trimSlash(pattern), regex };
  return { stage: "if", pattern, regex: false };
}
function trimSlash(path) {
  if (path.length > 0 && path.charCodeAt(path.length - 1) !== 47) return path;
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}
function globPrefix(pattern) {
  if (!/[*?[]/.test(pattern)) return void 0;
  const source = pattern.split("").map((c) => c === "*" ? "[^/]*" : c === "?" ? "[^/]" : c === "[" || c === "]" ? c : c.replace(/[.+^${}()|\\]/g, "\\$&")).join("");
  return safeRegex(`^${source}(/|$)`);
}
var regexCache = /* @__PURE__ */ new Map();
function safeRegex(source) {
  let cached = regexCache.get(source);
  if (cached === void 0) {
    try {
      cached = new RegExp(source);
    } catch {
      cached = null;
    }
    if (regexCache.size < 4096) regexCache.set(source, cached);
  }
  return cached ?? void 0;
}
function matchesPath(head, path) {
  const match = head.match;
  if (match.regex) return head.test?.test(path) ?? false;
  if (match.pattern === "/") return true;
  if (head.test) return head.test.test(path);
  return path === match.pattern || path.startsWith(`${match.pattern}/`);
}
function componentCount(path) {
  return path.split("/").filter(Boolean).length;
}
var SHORT_LIST = 8;
var RequestClasses = class {
  constructor(server, context, paths) {
    this.server = server;
    this.context = context;
    this.unreadAt = context.unreadAt;
    let catchAllProxy;
    for (const path of paths) {
      const info = path.info;
      const unread = context.unreadAt.size > 0 && context.unreadAt.has(path.section);
      if (unread) this.anyUnread = true;
      const counts = unread || info.actions.length > 0;
      if (path.parent) continue;
      if (info.head.match.stage === "directory" && counts) this.directories.push(path);
      if (info.head.match.stage !== "location") continue;
      if (counts) {
        this.locations.push(path);
        if (!info.head.plain) this.patternLocations.push(path);
        else {
          this.plainLocations ??= /* @__PURE__ */ new Map();
          if (this.plainLocations.get(info.head.match.pattern)?.push(path) === void 0) this.plainLocations.set(info.head.match.pattern, [path]);
        }
      }
      if (info.catchAll && counts) this.catchAlls.push(path);
      if (info.proxy !== void 0) {
        this.proxyLocations.push(path);
        if (info.catchAll) catchAllProxy = info.proxy;
      }
    }
    this.catchAllProxy = catchAllProxy;
    this.rootDirectories = this.directories.length === 0 ? NO_SECTIONS : this.directoriesOf(this.documentRoot);
    if (server !== context.main) this.addProxyRules(context.main.own);
    this.addProxyRules(server.own);
  }
  server;
  context;
  /** DocumentRoot, and the aliases below: worked out when asked, only where a <Directory> section counts (most servers have none). */
  root;
  /** Top-level <Directory> and <Location> sections whose lines count, in config order. */
  directories = [];
  locations = [];
  /** Top-level <Location> sections with a `ProxyPass`, in config order (all of them: they decide a request's way). */
  proxyLocations = [];
  /** The sections that count of every request under DocumentRoot: <Directory> (directoriesOf) and catch-all <Location>. */
  rootDirectories;
  catchAlls = [];
  /** The catch-all <Location> sections' `ProxyPass` verdict. */
  catchAllProxy;
  /** Some section that counts holds an unread Include. */
  anyUnread = false;
  /** Server-level `ProxyPass /path url` (or `!`), main server's first, in config order. */
  proxyRules = [];
  /**
   * Server-level `Alias /url /path`, vhost's first (mod_alias merges the vhost's aliases before the main server's):
   * the URL without its trailing `/`, what a URL under it starts with, and the path.
   */
  aliases;
  unreadAt;
  /** The plain-path <Location> sections that count, by path (made when there is one), and every other one that counts (regex, wildcard). */
  plainLocations;
  patternLocations = [];
  /** The request of a top-level plain <Location>, by its path: the same for every section of that path. */
  byUrl;
  /** directoriesOf's lists, by directory. */
  directoryLists;
  /**
   * The requests without <Files> or <If> sections (interned): the first few in a list (most servers have one
   * or two: two Maps each were garbage), then by their <Directory> and <Location> lists.
   */
  requestList;
  requests;
  get documentRoot() {
    if (this.root === void 0) {
      const { server, context } = this;
      const written = (server !== context.main ? last(server.own, "documentroot") : void 0) ?? last(context.main.own, "documentroot");
      const root = written?.values[0];
      this.root = trimSlash(root === void 0 ? DEFAULT_DOCUMENT_ROOT : isAbsolute3(root) ? root : join3(serverRootOf(context.state), root));
    }
    return this.root;
  }
  addProxyRules(own) {
    for (const read of own) {
      if (read.name !== "proxypass") continue;
      const [prefix, target] = read.values;
      if (prefix?.startsWith("/") && target !== void 0) this.proxyRules.push({ prefix, proxied: target !== "!" });
    }
  }
  aliasesOf() {
    if (this.aliases) return this.aliases;
    const aliases = [];
    const add = (own) => {
      for (const read of own) {
        if (read.name !== "alias") continue;
        const [prefix, target] = read.values;
        if (!prefix?.startsWith("/") || target === void 0) continue;
        const trimmed = trimSlash(prefix);
        aliases.push({ prefix: trimmed, under: trimmed === "/" ? "/" : `${trimmed}/`, path: trimSlash(target) });
      }
    };
    add(this.server.own);
    if (this.server !== this.context.main) add(this.context.main.own);
    this.aliases = aliases;
    return aliases;
  }
  /**
   * The directory a URL path maps to: through the first `Alias` whose URL starts it (mod_alias
   * translate_alias_redir; a prefix matches whole segments), else under DocumentRoot (core translate_name).
   */
  directoryOf(url) {
    for (const { prefix, under, path } of this.aliasesOf()) {
      if (url === prefix || url.startsWith(under)) return trimSlash(`${path}${url.slice(prefix === "/" ? 0 : prefix.length)}`);
    }
    return url === "/" ? this.documentRoot : trimSlash(`${this.documentRoot}${url}`);
  }
  /** A request for a document under DocumentRoot that no section but the catch-all ones takes. */
  endpoint() {
    const directory = this.proxied("/", this.catchAllProxy) ? NO_SECTIONS : this.rootDirectories;
    return this.interned(directory, NO_SECTIONS, this.catchAlls, NO_SECTIONS);
  }
  /**
   * mod_proxy maps a proxied request to storage itself (proxy_map_location returns before core's
   * map_to_storage), so no <Directory> or <Files> section applies to it: a `ProxyPass` in one of its
   * <Location> sections (`proxy`: the last one that has one decides) or a server-level `ProxyPass` whose
   * path starts the URL (the first that does decides; `!` excludes).
   */
  proxied(url, proxy) {
    if (proxy !== void 0) return proxy;
    for (const rule of this.proxyRules) if (url.startsWith(rule.prefix)) return rule.proxied;
    return false;
  }
  /** The request `path` stands for, with the sections it is nested in. */
  of(path) {
    const head = path.info.head;
    if (path.parent || head.match.stage !== "location" || !head.plain || head.catchAll) return this.request(path);
    this.byUrl ??= /* @__PURE__ */ new Map();
    let request = this.byUrl.get(head.match.pattern);
    if (!request) this.byUrl.set(head.match.pattern, request = this.request(path));
    return request;
  }
  /**
   * The counting <Location> sections a URL matches, in config order: plain paths looked up by each prefix of
   * the URL that ends at a `/` (matchesPath: the path itself or a prefix followed by `/`), the others tested.
   */
  locationsMatching(url) {
    if (this.locations.length === 0) return NO_SECTIONS;
    let found;
    const plain = this.plainLocations;
    if (plain) {
      found = this.withPlain(found, "/");
      for (let at = url.indexOf("/"); at >= 0; at = url.indexOf("/", at + 1)) if (at !== 1 || url[0] !== "/") found = this.withPlain(found, url.slice(0, at));
      if (url !== "/") found = this.withPlain(found, url);
    }
    for (const at of this.patternLocations) if (matchesPath(at.info.head, url)) (found ??= []).push(at);
    if (!found) return NO_SECTIONS;
    return found.length > 1 ? found.sort(byOrder) : found;
  }
  /** `found` with the plain <Location> sections of `pattern` added. */
  withPlain(found, pattern) {
    const list = this.plainLocations.get(pattern);
    if (list) for (const at of list) (found ??= []).push(at);
    return found;
  }
  request(path) {
    let top = path;
    while (top.parent) top = top.parent;
    const info = top.info;
    const match = info.head.match;
    let directory = this.rootDirectories;
    let location = this.catchAlls;
    let proxy = this.catchAllProxy;
    let files = NO_SECTIONS;
    let ifs = NO_SECTIONS;
    let url = "/";
    if (match.stage === "directory") {
      if (this.directories.length > 0 && !matchesPath(info.head, this.documentRoot)) {
        if (!match.regex) directory = this.directoriesOf(match.pattern, top);
        else {
          const everywhere = this.rootDirectories.filter((d) => d.info.head.match.pattern === "/" && !d.info.head.match.regex);
          if (this.counts(top)) everywhere.push(top);
          directory = everywhere;
        }
      }
      url = "";
    } else if (match.stage === "location") {
      if (!info.catchAll) {
        proxy = void 0;
        if (!info.head.plain) {
          if (this.counts(top)) location = [...this.catchAlls, top].sort(byOrder);
          for (const at of this.proxyLocations) if (at === top || at.info.catchAll) proxy = at.info.proxy;
        } else {
          location = this.locationsMatching(match.pattern);
          for (const at of this.proxyLocations) if (matchesPath(at.info.head, match.pattern)) proxy = at.info.proxy;
        }
      }
      if (info.head.plain) {
        url = match.pattern;
        directory = this.directories.length === 0 ? NO_SECTIONS : this.directoriesOf(this.directoryOf(url));
      }
    } else if (this.counts(top)) {
      if (match.stage === "files") files = [top];
      else ifs = [top];
    }
    if (url !== "" && this.proxied(url, proxy)) {
      directory = NO_SECTIONS;
      files = NO_SECTIONS;
    }
    if (path !== top) {
      const nested = [];
      for (let at = path; at !== top; at = at.parent) nested.push(at);
      const nestedFiles = [...files];
      const nestedIfs = [...ifs];
      for (let index = nested.length - 1; index >= 0; index--) {
        const inner = nested[index];
        if (this.counts(inner)) (inner.info.head.match.stage === "files" ? nestedFiles : nestedIfs).push(inner);
      }
      files = nestedFiles;
      ifs = nestedIfs;
    }
    return this.interned(directory, files, location, ifs);
  }
  /**
   * The one request of these lists: sections that stand for the same request (thousands of `<Location />`
   * or `<Directory />`, every one with the vhost's lists) share its merge (mergedScopes' mergeOf). A request
   * with <Files> or <If> sections is a section's own (its list holds that section): it is not looked up.
   */
  interned(directory, files, location, ifs) {
    if (files.length > 0 || ifs.length > 0) return { directory, files, location, if: ifs, merged: void 0 };
    if (directory.length === 0 && location.length === 0) return EMPTY_REQUEST;
    if (this.requests === void 0) {
      const list = this.requestList ??= [];
      for (const known of list) if (known.directory === directory && known.location === location) return known;
      const request = { directory, files, location, if: ifs, merged: void 0 };
      list.push(request);
      if (list.length > SHORT_LIST) for (const known of list) this.internedBy(known);
      return request;
    }
    return this.internedBy({ directory, files, location, if: ifs, merged: void 0 });
  }
  /** The request of `request`'s lists in the Maps (interned): `request` itself when none was there. */
  internedBy(request) {
    let byLocation = (this.requests ??= /* @__PURE__ */ new Map()).get(request.directory);
    if (!byLocation) this.requests.set(request.directory, byLocation = /* @__PURE__ */ new Map());
    const known = byLocation.get(request.location);
    if (known) return known;
    byLocation.set(request.location, request);
    return request;
  }
  /** Whether a section's lines count for the header table: it has Header lines, or an unread Include. */
  counts(section) {
    return section.info.actions.length > 0 || this.anyUnread && this.unreadAt.has(section.section);
  }
  /**
   * Top-level <Directory> sections that count a directory is in: non-regex ones by depth (config order within
   * one), then regex ones. With `self` (a section that counts or not), it too. One list per directory when
   * `self` adds nothing, so that requests of that directory share their lists (interned).
   */
  directoriesOf(directory, self) {
    if (this.directories.length === 0) return NO_SECTIONS;
    const shared = self === void 0 || this.counts(self) && matchesPath(self.info.head, directory);
    const known = shared ? this.directoryLists?.get(directory) : void 0;
    if (known) return known;
    const plain = [];
    const regex = [];
    for (const path of this.directories) {
      const info = path.info;
      if (path === self || matchesPath(info.head, directory)) (info.head.match.regex ? regex : plain).push(path);
    }
    if (plain.length > 1) plain.sort((a, b) => componentCount(a.info.head.match.pattern) - componentCount(b.info.head.match.pattern) || byOrder(a, b));
    for (const path of regex) plain.push(path);
    if (shared) (this.directoryLists ??= /* @__PURE__ */ new Map()).set(directory, plain);
    return plain;
  }
};
var NO_SECTIONS = [];
var EMPTY_REQUEST = { directory: NO_SECTIONS, files: NO_SECTIONS, location: NO_SECTIONS, if: NO_SECTIONS, merged: void 0 };
function byOrder(a, b) {
  return a.info.order - b.info.order;
}
function isCatchAll(section) {
  const name = section.directiveName.lower;
  if (name !== "location" && name !== "locationmatch") return false;
  const arg = section.argValues()[0];
  return name === "location" && arg === "/" || name === "locationmatch" && arg !== void 0 && CATCH_ALL_PATTERNS.has(arg);
}

// src/dialects/apache/header-merge.ts
function mergedScopes(server, context, range, outer, ownActions, serverAnswer, serverUnknown, paths, sectionHeaders) {
  const serverHeaders = applyHeaders(outer, ownActions);
  const classes = sectionHeaders ? new RequestClasses(server, context, paths) : void 0;
  let stageMerges;
  const stageMerge = (headers, paths2) => {
    let byList = (stageMerges ??= /* @__PURE__ */ new Map()).get(headers);
    if (!byList) stageMerges.set(headers, byList = /* @__PURE__ */ new Map());
    let done = byList.get(paths2);
    if (done) return done;
    const steps = new Array(paths2.length);
    let unsetting;
    for (let index = 0; index < paths2.length; index++) {
      const path = paths2[index];
      mergeWork.steps++;
      const before = headers;
      const actions = path.info.actions;
      headers = applyHeaders(headers, actions);
      const step = { actions, before, after: headers, unsetting: headers !== before && actions.some((a) => a.action === "unset") };
      steps[index] = step;
      if (step.unsetting) (unsetting ??= []).push(step);
    }
    done = { headers, paths: paths2, steps, byPath: void 0, unsetting: unsetting ?? NO_STEPS };
    byList.set(paths2, done);
    return done;
  };
  const mergeOf = (request) => {
    let done = request.merged;
    if (done) return done;
    let headers = serverHeaders;
    const stages = [];
    for (const stage of STAGES) {
      if (request[stage].length === 0) continue;
      const stageDone = stageMerge(headers, request[stage]);
      stages.push(stageDone);
      headers = stageDone.headers;
    }
    done = { headers, stages, removed: void 0, removedAfterServer: void 0 };
    request.merged = done;
    return done;
  };
  const serverStep = { actions: ownActions, before: outer, after: serverHeaders };
  const serverRemoved = serverHeaders !== outer && outer.length > 0;
  let serverRemovals;
  const removedIn = (done, afterServer) => {
    const cached = afterServer ? done.removedAfterServer : done.removed;
    if (cached) return cached;
    const steps = afterServer ? [serverStep] : [];
    for (const stage of done.stages) for (const step of stage.unsetting) steps.push(step);
    const removed = steps.length ? removedFor(steps, done.headers) : NO_REMOVALS;
    if (afterServer) done.removedAfterServer = removed;
    else done.removed = removed;
    return removed;
  };
  const tableOf = (request, own) => {
    const afterServer = own !== null && serverRemoved;
    if (!request || request === EMPTY_REQUEST) return { headers: serverHeaders, own: serverStep, elsewhere: afterServer ? serverRemovals ??= removedFor([serverStep], serverHeaders) : NO_REMOVALS };
    const done = mergeOf(request);
    let step;
    if (own) for (let index = 0; index < done.stages.length && !step; index++) step = stepOf(done.stages[index], own);
    return { headers: done.headers, own: step ?? serverStep, elsewhere: removedIn(done, afterServer) };
  };
  let unreadLists;
  const unreadIn = (request) => {
    if (!classes.anyUnread) return false;
    for (const stage of STAGES) {
      const list = request[stage];
      let unread = (unreadLists ??= /* @__PURE__ */ new Map()).get(list);
      if (unread === void 0) unreadLists.set(list, unread = list.some((p) => context.unreadAt.has(p.section)));
      if (unread) return true;
    }
    return false;
  };
  const rootRequest = classes?.endpoint();
  const endpointUnknown = serverUnknown || rootRequest !== void 0 && unreadIn(rootRequest);
  const root = tableOf(rootRequest, null);
  const scopes = new Array(paths.length + 1);
  scopes[0] = withElsewhere(scopeOf(endpointSpec(context, server === context.main, serverAnswer, endpointUnknown), range, root.own, root.headers, ownActions), root.elsewhere);
  let next = 1;
  let serverTable;
  for (const path of paths) {
    const info = path.info;
    const request = classes?.of(path);
    let answer = serverAnswer;
    for (let at = path; at && !answer; at = at.parent) if (at.info.redirects) answer = "redirect";
    let unknown = serverUnknown;
    if (context.unreadAt.size > 0) for (let at = path; at && !unknown; at = at.parent) unknown = context.unreadAt.has(at.section);
    if (request && !unknown) unknown = unreadIn(request);
    const table = request === void 0 || request !== EMPTY_REQUEST ? tableOf(request, path) : serverTable ??= tableOf(request, path);
    scopes[next++] = withElsewhere(scopeOf(sectionSpec(info, answer, unknown), path.section.headRange, table.own, table.headers, info.actions), table.elsewhere);
  }
  return scopes;
}
var STAGES = ["directory", "files", "location", "if"];
var NO_REMOVALS = [];
function stepOf(stage, path) {
  const paths = stage.paths;
  if (paths.length <= SHORT_LIST) {
    for (let index = paths.length - 1; index >= 0; index--) if (paths[index] === path) return stage.steps[index];
    return void 0;
  }
  if (!stage.byPath) {
    stage.byPath = /* @__PURE__ */ new Map();
    for (let index = 0; index < paths.length; index++) stage.byPath.set(paths[index], stage.steps[index]);
  }
  return stage.byPath.get(path);
}
var NO_STEPS = [];
var mergeWork = { steps: 0 };
function removedFor(steps, headers) {
  let removals;
  let seen;
  let names;
  for (const step of steps) {
    for (const lost of lostIn(step)) {
      const name = lost.name.toLowerCase();
      if (headers.length > SHORT_TABLE) {
        if (!names) {
          names = /* @__PURE__ */ new Set();
          for (const header of headers) names.add(`${header.always ? "a" : "s"}${header.name.toLowerCase()}`);
        }
        if (names.has(`${lost.always ? "a" : "s"}${name}`)) continue;
      } else if (headers.some((h) => h.name.toLowerCase() === name && h.always === lost.always)) continue;
      const unset = step.actions.find((a) => a.action === "unset" && a.always === lost.always && a.key === name);
      const source = unset?.read.range;
      if (!unset || !source) continue;
      const key = rangeKey(source);
      if ((seen ??= /* @__PURE__ */ new Set()).has(key)) continue;
      seen.add(key);
      (removals ??= []).push({ name: unset.name, source });
    }
  }
  return removals ?? NO_REMOVALS;
}
function droppedIn(step) {
  const dropped = lostIn(step);
  return dropped.length ? dropped.slice() : NO_HEADERS;
}
var SHORT_TABLE = 8;
function lostIn(step) {
  if (step.before === step.after) return NO_HEADERS;
  let lost;
  if (step.after.length <= SHORT_TABLE) {
    for (const header of step.before) if (!keeps(step.after, header)) (lost ??= []).push(header);
    return lost ?? NO_HEADERS;
  }
  const kept = /* @__PURE__ */ new Set();
  for (const header of step.after) kept.add(headerKey(header));
  for (const header of step.before) if (!kept.has(headerKey(header))) (lost ??= []).push(header);
  return lost ?? NO_HEADERS;
}
function keeps(headers, header) {
  for (const kept of headers) if (kept.always === header.always && headerStart(kept) === headerStart(header) && headerFile(kept) === headerFile(header)) return true;
  return false;
}
function headerKey(header) {
  return `${header.always ? "a" : "s"}${headerFile(header)}\0${headerStart(header)}`;
}
function withElsewhere(scope, removals) {
  if (removals.length) scope.removedElsewhere = removals;
  return scope;
}
function rangeKey(range) {
  return `${range.file}\0${startOffsetOf(range)}`;
}
function scopeOf(spec, range, step, headers, actions) {
  const shown = headers.length ? headers : NO_HEADERS;
  if (actions.length === 0) return new LineScope(spec, range, shown, NO_HEADERS, NO_HEADERS);
  let count = 0;
  for (const header of headers) if (madeByAny(header, actions)) count++;
  let own = NO_HEADERS;
  if (count === headers.length) own = shown;
  else if (count > 0) {
    const made = new Array(count);
    let at = 0;
    for (const header of headers) if (madeByAny(header, actions)) made[at++] = header;
    own = made;
  }
  const scope = new LineScope(spec, range, shown, droppedIn(step), own);
  const removals = unsetsOf(actions);
  if (removals) scope.removals = removals;
  return scope;
}
function unsetsOf(actions) {
  let removals;
  for (const action of actions) if (action.action === "unset") (removals ??= []).push({ name: action.name, source: action.read.range });
  return removals;
}
var ANSWERS = [null, "redirect", "body", "error", "close"];
function sectionSpec(info, returns, unknown) {
  const last2 = info.head.spec;
  if (last2 !== void 0 && last2.catchAll === info.catchAll && last2.returns === returns && last2.headersUnknown === unknown) return last2;
  return info.head.spec = { kind: "path", label: info.head.label, catchAll: info.catchAll, returns, headersUnknown: unknown };
}
function endpointSpec(context, main, returns, unknown) {
  const slot = 4 * ANSWERS.indexOf(returns) + (unknown ? 2 : 0) + (main ? 1 : 0);
  return context.endpointSpecs[slot] ??= { kind: "endpoint", label: main ? "main server" : "VirtualHost", catchAll: false, returns, headersUnknown: unknown };
}
var LineScope = class {
  constructor(spec, range, headers, dropped, ownHeaders) {
    this.spec = spec;
    this.headers = headers;
    this.dropped = dropped;
    this.ownHeaders = ownHeaders;
    const span = spec.kind === "path" && range instanceof Span;
    this.at = span ? range.source : range;
    this.rangeStart = span ? range.startOffset : 0;
    this.rangeEnd = span ? range.endOffset : 0;
  }
  spec;
  headers;
  dropped;
  ownHeaders;
  /** The range itself, or the file it is a span of (between rangeStart and rangeEnd). */
  at;
  rangeStart;
  rangeEnd;
  get kind() {
    return this.spec.kind;
  }
  get label() {
    return this.spec.label;
  }
  get catchAll() {
    return this.spec.catchAll;
  }
  get returns() {
    return this.spec.returns;
  }
  get headersUnknown() {
    return this.spec.headersUnknown;
  }
  get range() {
    const at = this.at;
    return at instanceof SourceText ? at.span(this.rangeStart, this.rangeEnd) : at;
  }
};

// src/dialects/apache/header-templates.ts
function headerScopes(server, context, range) {
  const outer = server === context.main ? NO_HEADERS : mainHeaders(context);
  const ownActions = actionsOf(server.own, server === context.main ? SERVER_LEVEL : VHOST_LEVEL);
  const serverAnswer = redirectsAll(server.own) ? "redirect" : null;
  const serverUnknown = serverLevelUnread(server, context);
  const paths = server === context.main || context.main.paths.length === 0 ? server.paths : [...context.main.paths, ...server.paths];
  let sectionHeaders = false;
  for (let index = 0; index < paths.length; index++) if (sectionInfo(paths[index], index, context).actions.length > 0) sectionHeaders = true;
  const merge = () => mergedScopes(server, context, range, outer, ownActions, serverAnswer, serverUnknown, paths, sectionHeaders);
  if (!sectionHeaders || server === context.main) return merge();
  if (context.templateKinds >= MAX_TEMPLATE_KINDS && context.templateFills < context.templateKinds) return merge();
  templateWork.looked++;
  const slots = actionSlots(context, ownActions, paths);
  if (slots === void 0) return merge();
  const words2 = serverWords(server, paths, context);
  const redirects = serverAnswer !== null;
  const shape = shapeHash(paths, ownActions, words2);
  let kinds = context.headerTemplates.get(shape);
  if (kinds) {
    for (const kind of kinds) {
      if (!sameShape(kind, paths, redirects, serverUnknown, context) || !sameWords(kind, slots, words2)) continue;
      if (!kind.template) return merge();
      context.templateFills++;
      return fromTemplate(kind.template, slots, ownActions, paths, range);
    }
  }
  const scopes = merge();
  if ((kinds?.length ?? 0) < MAX_KINDS && context.templateKinds < MAX_TEMPLATE_KINDS) {
    if (!kinds) context.headerTemplates.set(shape, kinds = []);
    context.templateKinds++;
    kinds.push({ paths, redirects, unknown: serverUnknown, slots, words: words2, template: templateOf(scopes, slots, context) ?? null });
  }
  return scopes;
}
var MAX_SLOTS = 32;
function actionSlots(context, own, paths) {
  const slots = [];
  for (const action of context.mainActions) slots.push(action);
  for (const action of own) slots.push(action);
  for (const path of paths) for (const action of path.info.actions) slots.push(action);
  if (slots.length > MAX_SLOTS) return void 0;
  for (let index = 1; index < slots.length; index++) {
    for (let other = 0; other < index; other++) if (slots[other].start === slots[index].start && slots[other].file === slots[index].file) return void 0;
  }
  return slots;
}
var MAX_KINDS = 16;
var MAX_TEMPLATE_KINDS = 256;
function shapeHash(paths, own, words2) {
  let hash = own.length * 64 + words2.length;
  for (const path of paths) hash = Math.imul(hash, 31) + path.info.head.id * 64 + path.info.actions.length | 0;
  return hash;
}
function sameShape(kind, paths, redirects, unknown, context) {
  if (kind.paths.length !== paths.length || kind.redirects !== redirects || kind.unknown !== unknown) return false;
  const unread = context.unreadAt.size > 0;
  for (let index = 0; index < paths.length; index++) {
    const a = kind.paths[index];
    const b = paths[index];
    const known = a.info;
    const info = b.info;
    if (known.head !== info.head || known.proxy !== info.proxy || known.redirects !== info.redirects || known.actions.length !== info.actions.length) return false;
    if ((a.parent ? a.parent.info.order : -1) !== (b.parent ? b.parent.info.order : -1)) return false;
    if (unread && context.unreadAt.has(a.section) !== context.unreadAt.has(b.section)) return false;
  }
  return true;
}
function serverWords(server, paths, context) {
  let directoryCounts = false;
  for (const path of paths) {
    const info = path.info;
    if (path.parent === null && info.head.match.stage === "directory" && (info.actions.length > 0 || context.unreadAt.size > 0 && context.unreadAt.has(path.section))) directoryCounts = true;
  }
  let words2;
  for (const read of server.own) {
    if (read.name === "proxypass" || directoryCounts && (read.name === "documentroot" || read.name === "alias")) (words2 ??= []).push(read);
  }
  return words2 ?? NO_READS;
}
function sameWords(kind, slots, words2) {
  if (kind.slots.length !== slots.length || kind.words.length !== words2.length) return false;
  for (let index = 0; index < slots.length; index++) {
    const a = kind.slots[index];
    const b = slots[index];
    if (a.always !== b.always || a.action !== b.action || a.name !== b.name || a.value !== b.value) return false;
  }
  for (let index = 0; index < words2.length; index++) {
    const a = kind.words[index];
    const b = words2[index];
    if (a.name !== b.name || a.values.length !== b.values.length) return false;
    for (let at = 0; at < a.values.length; at++) if (a.values[at] !== b.values[at]) return false;
  }
  return true;
}
function templateOf(scopes, slots, context) {
  const shared = context.mainHeaders;
  const slotAt = (start, file) => {
    for (let index = 0; index < slots.length; index++) if (slots[index].start === start && slots[index].file === file) return index;
    return -1;
  };
  const headers = [];
  const headerIndex = /* @__PURE__ */ new Map();
  const lists = [];
  const listIndex = /* @__PURE__ */ new Map();
  const removals = [];
  const removalIndex = /* @__PURE__ */ new Map();
  const removalLists = [];
  const removalListIndex = /* @__PURE__ */ new Map();
  let failed = false;
  const headerOfTemplate = (header) => {
    let index = headerIndex.get(header);
    if (index !== void 0) return index;
    const isShared = shared.includes(header);
    const slot = isShared ? -1 : slotAt(headerStart(header), headerFile(header));
    if (!isShared && (slot < 0 || slots[slot].name !== header.name || slots[slot].always !== header.always)) failed = true;
    headers.push({ slot, value: slot >= 0 && header.value !== (slots[slot].value ?? "") ? header.value : void 0, shared: isShared ? header : null });
    headerIndex.set(header, index = headers.length - 1);
    return index;
  };
  const listOf = (list) => {
    let index = listIndex.get(list);
    if (index !== void 0) return index;
    lists.push(list === NO_HEADERS || list === shared ? { items: [], shared: list } : { items: list.map(headerOfTemplate), shared: null });
    listIndex.set(list, index = lists.length - 1);
    return index;
  };
  const removalListOf = (list) => {
    if (list === void 0) return -1;
    let index = removalListIndex.get(list);
    if (index !== void 0) return index;
    const items = list.map((removal) => {
      let at = removalIndex.get(removal);
      if (at === void 0) {
        const slot = slotAt(startOffsetOf(removal.source), removal.source.file);
        if (slot < 0 || slots[slot].name !== removal.name) failed = true;
        removals.push(slot);
        removalIndex.set(removal, at = removals.length - 1);
      }
      return at;
    });
    removalLists.push(items);
    removalListIndex.set(list, index = removalLists.length - 1);
    return index;
  };
  const templateScopes = scopes.map((scope) => ({
    spec: scope.spec,
    headers: listOf(scope.headers),
    dropped: listOf(scope.dropped),
    ownHeaders: listOf(scope.ownHeaders),
    elsewhere: removalListOf(scope.removedElsewhere)
  }));
  return failed ? void 0 : { headers, lists, removals, removalLists, scopes: templateScopes };
}
function fromTemplate(template, slots, own, paths, range) {
  templateWork.filled++;
  const headers = new Array(template.headers.length);
  for (let index = 0; index < headers.length; index++) {
    const { slot, value, shared } = template.headers[index];
    if (shared) headers[index] = shared;
    else {
      const made = headerOf(slots[slot]);
      headers[index] = value === void 0 ? made : withHeaderValue(made, value);
    }
  }
  const lists = new Array(template.lists.length);
  for (let index = 0; index < lists.length; index++) {
    const { items, shared } = template.lists[index];
    if (shared) lists[index] = shared;
    else {
      const list = new Array(items.length);
      for (let at = 0; at < items.length; at++) list[at] = headers[items[at]];
      lists[index] = list;
    }
  }
  const removals = template.removals.map((slot) => ({ name: slots[slot].name, source: slots[slot].read.range }));
  const removalLists = template.removalLists.map((items) => items.map((at) => removals[at]));
  const scopes = new Array(template.scopes.length);
  for (let index = 0; index < scopes.length; index++) {
    const made = template.scopes[index];
    const path = index === 0 ? null : paths[index - 1];
    const scope = new LineScope(made.spec, path ? path.section.headRange : range, lists[made.headers], lists[made.dropped], lists[made.ownHeaders]);
    const unsets = unsetsOf(path ? path.info.actions : own);
    if (unsets) scope.removals = unsets;
    if (made.elsewhere >= 0) scope.removedElsewhere = removalLists[made.elsewhere];
    scopes[index] = scope;
  }
  return scopes;
}
var templateWork = { looked: 0, filled: 0 };

// src/dialects/apache/model.ts
function buildApacheModel(entry, options) {
  return readModel(entry, options, true) ?? readModel(entry, options, false);
}
var modelWalks = { count: 0 };
function changesModelState(name) {
  return name.role === NameRole.State && name.lower !== "loadmodule";
}
function readModel(entry, options, early) {
  modelWalks.count++;
  const version = options.serverVersions.apache ?? APACHE_DEFAULT_VERSION;
  const state = initialState(entry.path, { pathMaps: options.pathMaps, serverVersions: { apache: version } });
  const main = { section: null, own: [], paths: [] };
  const vhosts = [];
  const unreadAt = new UnreadPlaces();
  const listens = [];
  const files = /* @__PURE__ */ new Set();
  const context = {
    version,
    root: options.root,
    state,
    openssl: options.openssl,
    main,
    unreadAt,
    filePaths: /* @__PURE__ */ new Map(),
    resolvedFiles: /* @__PURE__ */ new Map(),
    protocolSets: /* @__PURE__ */ new Map(),
    sectionHeads: /* @__PURE__ */ new Map(),
    recentHeads: [],
    headerTemplates: /* @__PURE__ */ new Map(),
    templateKinds: 0,
    templateFills: 0,
    endpointSpecs: [],
    protocolBounds: /* @__PURE__ */ new Map(),
    cipherStrings: /* @__PURE__ */ new Map(),
    vhostAddresses: /* @__PURE__ */ new Map(),
    defaults: /* @__PURE__ */ new Map(),
    mainSettings: new Array(settingKinds).fill(void 0),
    mainConfCmds: /* @__PURE__ */ new Map(),
    vhostSettings: new Array(settingKinds).fill(void 0),
    vhostSettingsOf: null,
    kindDefaults: new Array(settingKinds).fill(void 0),
    compressionByDefault: !versionAtLeast(version, "2.4.4"),
    chainFileDeprecated: versionAtLeast(version, CHAIN_FILE_DEPRECATED)
  };
  const firstOnSocket = /* @__PURE__ */ new Map();
  const endpoints = [];
  let undone = false;
  const socketKeys = /* @__PURE__ */ new Map();
  const build = (config) => endpoints.push(markFirstOnSocket(buildEndpoint(config, context, listens), firstOnSocket, socketKeys));
  let vhost = null;
  const atMainLevel = () => {
    if (!early || vhost === null) return;
    build(vhost);
    vhost = null;
  };
  const pathAt = [];
  walkApache(entry, state, {
    enter: (file) => files.add(file),
    include(directive, _file, walkState, sections) {
      if (undone) return [];
      if (sections.length === 0) atMainLevel();
      const included = includedFiles(directive, walkState) ?? [];
      if (included.length === 0 && directive.name.toLowerCase() === "include" && directive.args.length > 0) {
        unreadAt.add(sections.length ? sections[sections.length - 1] : MAIN);
        if (endpoints.length > 0 && (vhost === null || sections[0] !== vhost.section)) undone = true;
      }
      return undone ? [] : included;
    },
    directive(tree, row, opened, _file, sections, walkState, name) {
      if (undone) return;
      const depth = sections.length;
      if (depth === 0) atMainLevel();
      if (endpoints.length > 0 && changesModelState(name)) {
        undone = true;
        return;
      }
      const section = opened !== void 0;
      if (!section && !isModelledName(name)) return;
      if (depth === 0 && section && name.lower === "virtualhost") {
        vhost = { section: opened, own: [], paths: [] };
        if (!early) vhosts.push(vhost);
        return;
      }
      const server = depth > 0 && vhost !== null && vhost.section === sections[0] ? vhost : main;
      if (server === main && endpoints.length > 0) {
        undone = true;
        return;
      }
      const outermost = server === main ? 0 : 1;
      const enclosing = depth > outermost && pathAt[depth - 1]?.section === sections[depth - 1] ? pathAt[depth - 1] : null;
      if (opened !== void 0) {
        const path = { section: opened, parent: enclosing, own: NO_READS, info: void 0 };
        pathAt[depth] = path;
        server.paths.push(path);
        return;
      }
      const read = readOf(tree, row, name.lower, walkState);
      addRead(enclosing ?? server, read);
      if (depth === 0 && name.lower === "listen") listens.push(read);
    }
  });
  if (undone) return void 0;
  atMainLevel();
  for (const config of vhosts) build(config);
  const mainEndpoint = mainServerEndpoint(context, listens, endpoints);
  if (mainEndpoint) {
    endpoints.unshift(mainEndpoint);
    markMainServer(mainEndpoint, firstOnSocket);
  }
  return { dialect: "apache", server: { product: "Apache httpd", version, tlsLibrary: "openssl" }, endpoints, files: [...files] };
}
function addRead(holder, read) {
  if (holder.own === NO_READS) holder.own = [read];
  else holder.own.push(read);
}
var MODELLED = /* @__PURE__ */ new Set(["listen", "documentroot", "alias", "servername", "serveralias", "header", "redirect", "redirectmatch", "redirectpermanent", "redirecttemp", "rewriterule", "proxypass"]);
function isModelled(name) {
  return name.startsWith("ssl") || MODELLED.has(name);
}
var modelledById = new Uint8Array(MAX_NAMES);
function isModelledName(name) {
  if (name.id === NO_NAME_ID) return isModelled(name.lower);
  let answer = modelledById[name.id];
  if (answer === 0) modelledById[name.id] = answer = isModelled(name.lower) ? 2 : 1;
  return answer === 2;
}
function readOf(tree, row, name, state) {
  const values = tree.argValues(row);
  for (let index = 0; index < values.length; index++) values[index] = substitute(values[index], state);
  return new Read(tree, row, name, values);
}
function buildEndpoint(vhost, context, listens) {
  const section = vhost.section;
  const range = section.headRange;
  const own = namesOf(vhost);
  const mainName = last(vhost.own, "servername") ? void 0 : mainServerName(context);
  const serverNames = mainName ? [mainName, ...own] : own;
  const tls = setting(vhost, context, ENGINE, false).value;
  context.listenPorts ??= [...new Set(listens.map((l) => listenAddress(l.values[0] ?? "")?.port).filter((p) => p !== void 0))];
  const listeners = vhostListeners(section, context.state, context.listenPorts, tls, context.vhostAddresses);
  return endpointOf(vhost, context, range, serverNames[0] ? `VirtualHost ${serverNames[0]}` : `VirtualHost ${section.argRaws().join(" ")}`, serverNames, listeners);
}
function mainServerName(context) {
  if (context.mainName === void 0) context.mainName = namesOf({ ...context.main, own: context.main.own.filter((r) => r.name === "servername") })[0] ?? null;
  return context.mainName ?? void 0;
}
function endpointOf(server, context, range, label, serverNames, listeners) {
  const suites = ciphersuitesSetting(server, context);
  const ciphersuites = suites.value === void 0 ? confCmd(server, context, "ciphersuites") ?? defaultSetting(context, OPENSSL_DEFAULT_CIPHERSUITES) : withValue(suites, suites.value);
  const confCiphers = confCmd(server, context, "cipherstring");
  const certificates = certificatesOf(server, context);
  const dhparam = confCmd(server, context, "dhparameters") ?? defaultSetting(context, null);
  const chainFile = setting(server, context, CHAIN_FILE, null);
  const tls = listeners.some((l) => l.tls);
  const headers = headerScopes(server, context, range);
  const endpoint = {
    label,
    range,
    // mod_proxy and mod_ssl serve HTTP here; Apache has no stream or mail proxy with TLS settings of its own.
    application: "http",
    serverNames: exact(serverNames),
    listeners: exact(listeners),
    certificates: exact(certificates),
    protocols: protocolsSetting(server, context),
    ciphers: confCiphers ?? ciphersSetting(server, context),
    ciphersuites,
    // mod_ssl: SSLSessionTickets defaults to on; without SSLSessionTicketKeyFile the key is random per start
    // and renewed on restart (CHANGES 2.4.11), never rotated while the server runs.
    sessionTickets: setting(server, context, SESSION_TICKETS, true),
    ticketKeyRotation: setting(server, context, TICKET_KEY_FILE, null).value !== null ? "never" : "per-restart",
    stapling: setting(server, context, STAPLING, false),
    // mod_ssl staples when built with OCSP stapling (HAVE_OCSP_STAPLING, every OpenSSL 1.0+ build).
    staplingAvailable: true,
    dhparam,
    files: tls ? exact(namedFiles(server, context, certificates, dhparam, chainFile)) : NO_ITEMS,
    // mod_ssl (ssl_engine_init.c, 2.4.x): without DH parameters it picks standard primes sized to the key
    // (RFC 7919 / RFC 3526 groups through ssl_callback_TmpDH), so DHE suites are always available.
    dheAvailable: true,
    deprecated: context.chainFileDeprecated && isWritten(chainFile) ? [{ key: "chainFile", setting: chainFile, removed: false }] : NO_ITEMS,
    // headerScopes' list has the exact length already.
    scopes: headers,
    upstreams: exact(upstreamsOf(server, context)),
    rejectsHandshake: false,
    unknown: unknownSettings(server, context),
    // mod_ssl: SSLCompression is off by default since 2.4.4 (CHANGES: "the so called CRIME attack"), and
    // since 2.4.30 httpd refuses `on` when OpenSSL has no compression method (OpenSSL 1.1.0+ default builds).
    compression: setting(server, context, COMPRESSION, context.compressionByDefault),
    insecureRenegotiation: setting(server, context, RENEGOTIATION, false),
    httpRedirect: redirectOf(server.own)
  };
  const clientAuth = clientAuthOf(server, context);
  if (clientAuth) endpoint.clientAuth = clientAuth;
  return endpoint;
}
function exact(list) {
  return list.length === 0 ? NO_ITEMS : list.slice();
}
var NO_ITEMS = Object.freeze([]);
var CLIENT_VERIFY = lookupTable({
  optional: { mode: "optional", verified: true },
  require: { mode: "required", verified: true },
  optional_no_ca: { mode: "optional", verified: false }
});
function clientAuthOf(server, context) {
  const verify = setting(server, context, VERIFY_CLIENT, null);
  const known = verify.value !== null ? CLIENT_VERIFY[verify.value] : void 0;
  if (!known) return void 0;
  const clientAuth = { ...known, written: `SSLVerifyClient ${verify.value}`, source: verify.source, level: verify.level };
  const ca = setting(server, context, CA_FILE, null);
  if (ca.source) clientAuth.caSource = ca.source;
  const handedOn = [server, ...server.paths].flatMap((s) => s.own).find((r) => r.values.some((v) => /ExportCertData|SSL_CLIENT_(?:VERIFY|CERT)\b/i.test(v)));
  if (!known.verified && handedOn) clientAuth.handedOn = handedOn.range;
  return clientAuth;
}
var EVERY_UNKNOWN = /* @__PURE__ */ new Set(["protocols", "ciphers", "sessionTickets", "stapling", "certificates", "redirect"]);
var NOTHING_UNKNOWN = /* @__PURE__ */ new Set();
function unknownSettings(server, context) {
  return serverLevelUnread(server, context) ? EVERY_UNKNOWN : NOTHING_UNKNOWN;
}
var CHAIN_FILE_DEPRECATED = "2.4.8";
function namedFiles(server, context, certificates, dhparam, chain) {
  const files = [];
  const add = (role, value) => {
    if (!value || !isWritten(value)) return;
    const resolved = resolveFile(value.value, context);
    const file = { role, setting: value, inCheckout: resolved?.inCheckout ?? false };
    if (resolved) file.path = resolved.path;
    files.push(file);
  };
  for (const ref of certificates) {
    add("certificate", ref.certificate);
    add("key", ref.key);
  }
  if (chain.value !== null) add("chain", chain);
  if (dhparam.value !== null) add("dhparam", dhparam);
  const ca = setting(server, context, CA_FILE, null);
  if (ca.value !== null) add("trusted-certificate", ca);
  return files;
}
function resolveFile(value, context) {
  let resolved = context.resolvedFiles.get(value);
  if (resolved === void 0) context.resolvedFiles.set(value, resolved = resolveFileOnce(value, context) ?? null);
  return resolved ?? void 0;
}
function resolveFileOnce(value, context) {
  const path = certificatePathOf(value, context);
  if (!path) return void 0;
  const unmapped = isAbsolute4(value) ? value : join4(serverRootOf(context.state), value);
  const inside = (dir) => !relative(dir, path).startsWith("..") && !isAbsolute4(relative(dir, path));
  return { path, inCheckout: path !== unmapped || inside(context.root) };
}
function namesOf(server) {
  const names = [];
  const name = last(server.own, "servername")?.values[0];
  if (name) names.push(name.includes(":") ? name.replace(/^[a-z]+:\/\//i, "").replace(/:\d+$/, "") : name);
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
function vhostListeners(section, state, listenPorts, tls, addresses) {
  const listeners = [];
  const values = section.argValues();
  for (let index = 0; index < values.length; index++) {
    const text = substitute(values[index], state);
    let parsed = addresses.get(text);
    if (parsed === void 0) addresses.set(text, parsed = vhostAddress(text));
    const { address, port } = parsed;
    const source = section.argRange(index);
    const host = address === "_default_" ? "*" : address;
    if (port !== null) listeners.push(listenerOf(host, port, tls, source));
    else for (const p of listenPorts.length ? listenPorts : DEFAULT_PORTS) listeners.push(listenerOf(host, p, tls, source));
  }
  return listeners;
}
var DEFAULT_PORTS = [80];
function listenerOf(address, port, tls, source) {
  return new LineListener(address, port, tls, source.source, source.startOffset, source.endOffset);
}
var LineListener = class {
  constructor(address, port, tls, text, start, end) {
    this.address = address;
    this.port = port;
    this.tls = tls;
    this.text = text;
    this.start = start;
    this.end = end;
    this.tlsFrom = tls ? "listener" : null;
  }
  address;
  port;
  tls;
  text;
  start;
  end;
  tlsFrom;
  quic = false;
  defaultServer = false;
  get source() {
    return this.text.span(this.start, this.end);
  }
};
function covers(vhost, listen) {
  if (vhost.port !== listen.port) return false;
  return vhost.address === "*" || listen.address !== null && vhost.address === listen.address;
}
function mainServerEndpoint(context, listens, vhosts) {
  const main = context.main;
  const tls = setting(main, context, ENGINE, false).value;
  const listeners = [];
  for (const listen of listens) {
    const socket = listenAddress(listen.values[0] ?? "");
    if (!socket) continue;
    if (vhosts.some((v) => v.listeners.some((l) => covers(l, socket)))) continue;
    listeners.push(listenerOf(socket.address, socket.port, tls, listen.range));
  }
  if (listeners.length === 0 && (vhosts.length > 0 || listens.length > 0)) return void 0;
  const first = main.own[0] ?? main.paths[0]?.section;
  const range = first ? first.range : emptyRange(context);
  return endpointOf(main, context, range, "main server", namesOf(main), listeners);
}
function emptyRange(context) {
  const start = { line: 1, column: 1, offset: 0 };
  return { file: context.state.defaultServerRoot, start, end: start };
}
function markFirstOnSocket(endpoint, firstOnSocket, keys) {
  for (const listener of endpoint.listeners) {
    const key = vhostSocketKey(listener, keys);
    if (!firstOnSocket.has(key)) {
      firstOnSocket.set(key, listener);
      listener.defaultServer = true;
    }
  }
  return endpoint;
}
function vhostSocketKey(listener, keys) {
  let byPort = keys.get(listener.address);
  if (!byPort) keys.set(listener.address, byPort = /* @__PURE__ */ new Map());
  let key = byPort.get(listener.port);
  if (key === void 0) byPort.set(listener.port, key = socketKey(listener));
  return key;
}
function markMainServer(main, firstOnSocket) {
  const seen = /* @__PURE__ */ new Set();
  for (const listener of main.listeners) {
    const key = socketKey(listener);
    if (seen.has(key)) continue;
    seen.add(key);
    listener.defaultServer = true;
    const vhost = firstOnSocket.get(key);
    if (vhost) vhost.defaultServer = false;
  }
}
function certificatesOf(server, context) {
  return (server !== context.main ? ownCertificates(server.own, context, VHOST_LEVEL) : void 0) ?? ownCertificates(context.main.own, context, SERVER_LEVEL) ?? [];
}
function ownCertificates(own, context, level) {
  let refs;
  let keys = 0;
  for (const read of own) {
    if (read.name === "sslcertificatefile") {
      const certificate = settingOf(read, read.values[0] ?? "", level);
      const ref = { certificate, key: null };
      const resolvedPath = certificatePathOf(certificate.value, context);
      if (resolvedPath) ref.resolvedPath = resolvedPath;
      (refs ??= []).push(ref);
    }
  }
  if (!refs) return void 0;
  for (const read of own) {
    if (read.name !== "sslcertificatekeyfile" || keys >= refs.length) continue;
    const ref = refs[keys++];
    ref.key = settingOf(read, read.values[0] ?? "", level);
    const keyPath = certificatePathOf(ref.key.value, context);
    if (keyPath) ref.keyPath = keyPath;
  }
  return refs;
}
function certificatePathOf(value, context) {
  let path = context.filePaths.get(value);
  if (path === void 0) context.filePaths.set(value, path = certificatePath(value, context.state) ?? null);
  return path ?? void 0;
}
function certificatePath(value, state) {
  if (value === "" || value.includes("${") || /^[a-z0-9]+:/i.test(value)) return void 0;
  return serverPath(value, state);
}
function upstreamsOf(server, context) {
  const upstreams = [];
  let verify;
  const add = (reads) => {
    for (const read of reads) {
      if (read.name !== "proxypass") continue;
      const target = read.values.find((v) => /^https:\/\//i.test(v));
      if (target) upstreams.push({ target, via: read.written, source: read.range, verify: verify ??= proxyVerify(server, context) });
    }
  };
  add(server.own);
  for (const path of server.paths) add(path.own);
  return upstreams;
}
function proxyVerify(server, context) {
  const chain = setting(server, context, PROXY_VERIFY, false);
  const peerName = setting(server, context, PROXY_CHECK_PEER_NAME, true);
  return chain.value && !peerName.value ? withValue(peerName, false) : chain;
}

// src/dialects/apache/index.ts
var apache = {
  ...apacheFinder,
  load: loadApache,
  buildModel: buildApacheModel,
  names: apacheNames,
  render: renderApache
};
export {
  apache
};
