import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/engine/read-file.ts
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync } from "node:fs";
var RefusedFile = class extends Error {
  constructor(reason, message, size = 0) {
    super(message);
    this.reason = reason;
    this.size = size;
  }
  reason;
  size;
};
var READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
var WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_NONBLOCK | constants.O_NOCTTY;
function refuseIrregular(info) {
  if (info.isDirectory()) throw new RefusedFile("directory", "it is a directory");
  if (!info.isFile()) throw new RefusedFile("special", "it is not a regular file (a device, pipe or socket); it is not read");
}
function readRegularFile(path, maxBytes) {
  let fd;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    if (error.code === "ENXIO") throw new RefusedFile("special", "it is not a regular file (a device, pipe or socket); it is not read");
    throw error;
  }
  try {
    const info = fstatSync(fd);
    refuseIrregular(info);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(length, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw tooLarge(length, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function tooLarge(size, maxBytes) {
  return new RefusedFile("too-large", `it is ${size} bytes, over the limit of ${maxBytes} bytes`, size);
}
function openRegularFileForWriting(path) {
  let fd;
  try {
    fd = openSync(path, WRITE_FLAGS, 438);
  } catch (error) {
    if (error.code === "ENXIO") throw new RefusedFile("special", "it is not a regular file (a device, pipe or socket); it is not written");
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new RefusedFile("directory", "it is a directory");
    if (!info.isFile()) throw new RefusedFile("special", "it is not a regular file (a device, pipe or socket); it is not written");
    ftruncateSync(fd, 0);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
function fileErrorText(error) {
  if (error instanceof RefusedFile) return error.message;
  switch (error?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
function decodeUtf8(bytes) {
  const text = new TextDecoder("utf-8").decode(bytes);
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return { text };
  return { text, invalid: { byte: bytes[at], offset: new TextDecoder("utf-8").decode(bytes.subarray(0, at)).length } };
}
function firstInvalidUtf8(bytes) {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index];
    if (lead < 128) {
      index++;
      continue;
    }
    const trailing = lead >= 194 && lead <= 223 ? 1 : lead >= 224 && lead <= 239 ? 2 : lead >= 240 && lead <= 244 ? 3 : 0;
    if (trailing === 0 || index + trailing >= bytes.length) return index;
    const low = lead === 224 ? 160 : lead === 240 ? 144 : 128;
    const high = lead === 237 ? 159 : lead === 244 ? 143 : 191;
    if (bytes[index + 1] < low || bytes[index + 1] > high) return index;
    for (let k = 2; k <= trailing; k++) if ((bytes[index + k] & 192) !== 128) return index;
    index += trailing + 1;
  }
  return -1;
}
var MAX_SOURCE_BYTES = 50 * 1024 * 1024;
function readSourceText(file) {
  try {
    return decodeUtf8(readRegularFile(file, MAX_SOURCE_BYTES)).text;
  } catch {
    return void 0;
  }
}

export {
  __require,
  __commonJS,
  __toESM,
  RefusedFile,
  readRegularFile,
  openRegularFileForWriting,
  fileErrorText,
  decodeUtf8,
  readSourceText
};
