import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  capParseErrors,
  invalidUtf8Diagnostic
} from "./chunk-M3DNQLE4.js";
import {
  RefusedFile,
  decodeUtf8,
  readRegularFile
} from "./chunk-GK66LLVP.js";

// src/dialects/apache/detect.ts
import { basename } from "node:path";
var CONFIG_DIRS = /(^|\/)(apache2?|httpd)\/(sites-[^/]+|conf-[^/]+|conf\.d|conf\.modules\.d|mods-[^/]+|conf)\/[^/]+$/;
function isApacheConfigPath(path) {
  const normal = path.replaceAll("\\", "/");
  const name = basename(normal);
  if (name === "apache2.conf" || name === "httpd.conf" || name === ".htaccess") return true;
  if (name.startsWith(".") || !CONFIG_DIRS.test(normal)) return false;
  return /\/sites-[^/]+\/[^/]+$/.test(normal) || name.endsWith(".conf") || name.endsWith(".load");
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

export {
  isApacheConfigPath,
  LimitExceeded,
  readConfigFile,
  failureText
};
