import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  capParseErrors,
  invalidUtf8Diagnostic
} from "./chunk-4X7IGRWZ.js";
import {
  RefusedFile,
  decodeUtf8,
  readRegularFile
} from "./chunk-4ZPUNWHE.js";

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

// src/dialects/glob.ts
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

export {
  mapPath,
  resolveNamedFile,
  hasGlob,
  MAX_GLOB_ENTRIES,
  expandGlob,
  compareBytes,
  LimitExceeded,
  readConfigFile,
  failureText,
  compareVersions,
  versionAtLeast
};
