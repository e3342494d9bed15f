import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  capParseErrors,
  invalidUtf8Diagnostic
} from "./chunk-NKCL4C7Z.js";
import {
  RefusedFile,
  decodeUtf8,
  readRegularFile
} from "./chunk-E7OSVBOX.js";

// src/dialects/include-walk.ts
import { statSync } from "node:fs";
import { relative } from "node:path";
function pathExists(path) {
  try {
    statSync(path);
    return true;
  } catch (error) {
    const code = error.code;
    return code === "EACCES" || code === "ELOOP";
  }
}
function reportAt(file, directive, ruleId, message) {
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

// src/model/files.ts
import { isAbsolute, join, relative as relative2 } from "node:path";
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
    const rel = relative2(resolution.root, path2);
    return !rel.startsWith("..") && !isAbsolute(rel);
  };
  if (!isAbsolute(value)) {
    const path2 = join(resolution.base, value);
    return { path: path2, inCheckout: resolution.baseKnown && inRoot(path2) };
  }
  const path = mapPath(value, resolution.pathMaps);
  return { path, inCheckout: path !== value || inRoot(path) };
}

// src/dialects/glob.ts
import { lstatSync, readdirSync, statSync as statSync2 } from "node:fs";
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
    return statSync2(path).isDirectory();
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
function expandSegment(bases, segment, budget, regular) {
  if (!hasGlob(segment)) return bases.map((base) => join2(base, segment.replace(/\\(.)/g, "$1")));
  const matches = [];
  for (const base of bases) {
    let entries;
    try {
      entries = readdirSync(base, { withFileTypes: true });
    } catch {
      continue;
    }
    if (!spend(budget, entries.length + 1)) break;
    for (const entry of entries) {
      if (!matchSegment(segment, entry.name)) continue;
      const path = join2(base, entry.name);
      matches.push(path);
      if (regular && entry.isFile()) regular.add(path);
    }
  }
  return matches;
}
function expandGlob(pattern, maxEntries = MAX_GLOB_ENTRIES) {
  const { root } = parsePath(pattern);
  const segments = pattern.slice(root.length).split(sep).filter((segment) => segment !== "");
  const budget = { left: maxEntries, cut: false };
  const regular = /* @__PURE__ */ new Set();
  let paths = [root];
  for (let index = 0; index < segments.length && !budget.cut; index++) {
    const last = index === segments.length - 1;
    paths = expandSegment(paths, segments[index], budget, last ? regular : void 0);
    if (!last) paths = spend(budget, paths.length) ? paths.filter(isDirectory) : [];
  }
  if (budget.cut) return { paths: [], cut: true, regular: /* @__PURE__ */ new Set() };
  const listed = segments.length > 0 && hasGlob(segments[segments.length - 1]);
  return { paths: (listed ? paths : paths.filter(isEntry)).sort(compareBytes), cut: false, regular };
}
function compareBytes(a, b) {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left === right) continue;
    if (left < 55296 && right < 55296) return left - right;
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
  }
  return a.length - b.length;
}

// src/dialects/read-config.ts
var ReadFailure = class extends Error {
  constructor(message, ruleId = "include-not-found") {
    super(message);
    this.ruleId = ruleId;
  }
  ruleId;
};
var LimitExceeded = class extends ReadFailure {
};
function readConfigFile(path, context, parse) {
  const given = context.texts?.get(path);
  let bytes;
  try {
    bytes = given !== void 0 ? Buffer.from(given, "utf8") : readRegularFile(path, context.maxFileBytes, true);
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

export {
  pathExists,
  reportAt,
  chainText,
  announceLimit,
  includeSite,
  mapPath,
  resolveNamedFile,
  hasGlob,
  MAX_GLOB_ENTRIES,
  expandGlob,
  compareBytes,
  LimitExceeded,
  readConfigFile,
  failureText
};
