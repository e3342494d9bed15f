import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/engine/read-file.ts
import { isAscii, isUtf8 } from "node:buffer";
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
var shared = Buffer.allocUnsafe(0);
var MAX_SHARED_BYTES = 4 * 1024 * 1024;
var MIN_SHARED_BYTES = 64 * 1024;
function readRegularFile(path, maxBytes, transient = false) {
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
    const wanted = Math.min(info.size, maxBytes) + 1;
    if (transient && shared.length < wanted && wanted <= MAX_SHARED_BYTES) shared = Buffer.allocUnsafe(Math.max(wanted, MIN_SHARED_BYTES));
    let buffer = transient && wanted <= shared.length ? shared.subarray(0, wanted) : Buffer.allocUnsafe(wanted);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(length, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const wantedNow = buffer.length - length;
      const read = readSync(fd, buffer, length, wantedNow, null);
      if (read === 0) break;
      length += read;
      if (read < wantedNow && length === info.size) break;
    }
    if (length > maxBytes) throw tooLarge(length, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function readRegularFileHead(path, bytes) {
  const fd = openSync(path, READ_FLAGS);
  try {
    refuseIrregular(fstatSync(fd));
    const buffer = Buffer.allocUnsafe(bytes);
    let length = 0;
    while (length < bytes) {
      const read = readSync(fd, buffer, length, bytes - length, null);
      if (read === 0) break;
      length += read;
    }
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
  if (isAscii(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1") };
  const text = utf8.decode(bytes);
  if (isUtf8(bytes)) return { text };
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return { text };
  return { text, invalid: { byte: bytes[at], offset: utf8.decode(bytes.subarray(0, at)).length } };
}
var utf8 = new TextDecoder("utf-8");
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

// src/dialects/lookup-table.ts
function lookupTable(entries) {
  return Object.assign(/* @__PURE__ */ Object.create(null), entries);
}

// src/tls/cipher-aliases.ts
var ALL_AU = ["aRSA", "aDSS", "aNULL", "aECDSA", "aPSK", "aSRP", "aGOST01", "aGOST12", "aDH", "aECDH", "aKRB5", "aGOST94"];
var ALL_ENC = [
  "DES",
  "3DES",
  "RC4",
  "RC2",
  "IDEA",
  "eNULL",
  "AES128",
  "AES256",
  "CAMELLIA128",
  "CAMELLIA256",
  "GOST89",
  "GOST8912",
  "SEED",
  "AES128GCM",
  "AES256GCM",
  "AES128CCM",
  "AES256CCM",
  "AES128CCM8",
  "AES256CCM8",
  "CHACHA20POLY1305",
  "ARIA128GCM",
  "ARIA256GCM"
];
var allBut = (all, ...not) => all.filter((t) => !not.includes(t));
var AES_GCM = ["AES128GCM", "AES256GCM"];
var AES_CCM = ["AES128CCM", "AES256CCM", "AES128CCM8", "AES256CCM8"];
var PSK_KX = ["kPSK", "kECDHEPSK", "kDHEPSK", "kRSAPSK"];
var ALIASES_111 = [
  // "ALL" doesn't include eNULL (must be specifically enabled)
  { name: "ALL", enc: allBut(ALL_ENC, "eNULL") },
  { name: "COMPLEMENTOFALL", enc: ["eNULL"] },
  // "COMPLEMENTOFDEFAULT" (does *not* include ciphersuites not found in ALL!)
  { name: "COMPLEMENTOFDEFAULT", strength: ["NOT_DEFAULT"] },
  { name: "kRSA", kx: ["kRSA"] },
  { name: "kEDH", kx: ["kDHE"] },
  { name: "kDHE", kx: ["kDHE"] },
  { name: "DH", kx: ["kDHE"] },
  { name: "kEECDH", kx: ["kECDHE"] },
  { name: "kECDHE", kx: ["kECDHE"] },
  { name: "ECDH", kx: ["kECDHE"] },
  { name: "kPSK", kx: ["kPSK"] },
  { name: "kRSAPSK", kx: ["kRSAPSK"] },
  { name: "kECDHEPSK", kx: ["kECDHEPSK"] },
  { name: "kDHEPSK", kx: ["kDHEPSK"] },
  { name: "kSRP", kx: ["kSRP"] },
  { name: "kGOST", kx: ["kGOST"] },
  { name: "aRSA", au: ["aRSA"] },
  { name: "aDSS", au: ["aDSS"] },
  { name: "DSS", au: ["aDSS"] },
  { name: "aNULL", au: ["aNULL"] },
  { name: "aECDSA", au: ["aECDSA"] },
  { name: "ECDSA", au: ["aECDSA"] },
  { name: "aPSK", au: ["aPSK"] },
  { name: "aGOST01", au: ["aGOST01"] },
  { name: "aGOST12", au: ["aGOST12"] },
  { name: "aGOST", au: ["aGOST01", "aGOST12"] },
  { name: "aSRP", au: ["aSRP"] },
  { name: "EDH", kx: ["kDHE"], au: allBut(ALL_AU, "aNULL") },
  { name: "DHE", kx: ["kDHE"], au: allBut(ALL_AU, "aNULL") },
  { name: "EECDH", kx: ["kECDHE"], au: allBut(ALL_AU, "aNULL") },
  { name: "ECDHE", kx: ["kECDHE"], au: allBut(ALL_AU, "aNULL") },
  { name: "NULL", enc: ["eNULL"] },
  { name: "RSA", kx: ["kRSA"], au: ["aRSA"] },
  { name: "ADH", kx: ["kDHE"], au: ["aNULL"] },
  { name: "AECDH", kx: ["kECDHE"], au: ["aNULL"] },
  { name: "PSK", kx: PSK_KX },
  { name: "SRP", kx: ["kSRP"] },
  { name: "3DES", enc: ["3DES"] },
  { name: "RC4", enc: ["RC4"] },
  { name: "RC2", enc: ["RC2"] },
  { name: "IDEA", enc: ["IDEA"] },
  { name: "SEED", enc: ["SEED"] },
  { name: "eNULL", enc: ["eNULL"] },
  { name: "GOST89", enc: ["GOST89", "GOST8912"] },
  { name: "AES128", enc: ["AES128", "AES128GCM", "AES128CCM", "AES128CCM8"] },
  { name: "AES256", enc: ["AES256", "AES256GCM", "AES256CCM", "AES256CCM8"] },
  { name: "AES", enc: ["AES128", "AES256", ...AES_GCM, ...AES_CCM] },
  { name: "AESGCM", enc: AES_GCM },
  { name: "AESCCM", enc: AES_CCM },
  { name: "AESCCM8", enc: ["AES128CCM8", "AES256CCM8"] },
  { name: "CAMELLIA128", enc: ["CAMELLIA128"] },
  { name: "CAMELLIA256", enc: ["CAMELLIA256"] },
  { name: "CAMELLIA", enc: ["CAMELLIA128", "CAMELLIA256"] },
  { name: "CHACHA20", enc: ["CHACHA20POLY1305"] },
  { name: "ARIA", enc: ["ARIA128GCM", "ARIA256GCM"] },
  { name: "ARIAGCM", enc: ["ARIA128GCM", "ARIA256GCM"] },
  { name: "ARIA128", enc: ["ARIA128GCM"] },
  { name: "ARIA256", enc: ["ARIA256GCM"] },
  { name: "MD5", mac: ["MD5"] },
  { name: "SHA1", mac: ["SHA1"] },
  { name: "SHA", mac: ["SHA1"] },
  { name: "GOST94", mac: ["GOST94"] },
  { name: "GOST89MAC", mac: ["GOST89MAC", "GOST89MAC12"] },
  { name: "SHA256", mac: ["SHA256"] },
  { name: "SHA384", mac: ["SHA384"] },
  { name: "GOST12", mac: ["GOST12"] },
  { name: "SSLv3", minProtocol: "SSLv3" },
  { name: "TLSv1", minProtocol: "TLSv1" },
  { name: "TLSv1.0", minProtocol: "TLSv1" },
  { name: "TLSv1.2", minProtocol: "TLSv1.2" },
  { name: "LOW", strength: ["LOW"] },
  { name: "MEDIUM", strength: ["MEDIUM"] },
  { name: "HIGH", strength: ["HIGH"] },
  // FIPS 140-2 approved ciphersuite
  { name: "FIPS", enc: allBut(ALL_ENC, "eNULL"), strength: ["FIPS"] },
  // "EDH-" aliases to "DHE-" labels (for backward compatibility); still flagged HIGH although 3DES is MEDIUM.
  { name: "EDH-DSS-DES-CBC3-SHA", kx: ["kDHE"], au: ["aDSS"], enc: ["3DES"], mac: ["SHA1"], strength: ["HIGH", "FIPS"] },
  { name: "EDH-RSA-DES-CBC3-SHA", kx: ["kDHE"], au: ["aRSA"], enc: ["3DES"], mac: ["SHA1"], strength: ["HIGH", "FIPS"] }
];
var ALIASES_30 = [
  ...ALIASES_111.slice(0, -2),
  { name: "CBC", enc: ["DES", "3DES", "RC2", "IDEA", "AES128", "AES256", "CAMELLIA128", "CAMELLIA256", "SEED"] },
  { name: "kGOST18", kx: ["kGOST"] },
  { name: "MAGMA", enc: ["GOST89"] },
  { name: "KUZNYECHIK", enc: ["GOST8912"] },
  ...ALIASES_111.slice(-2)
];
var NOT_111_IN_102 = /* @__PURE__ */ new Set(["kECDHEPSK", "kDHEPSK", "kRSAPSK", "aGOST12", "aGOST", "AESCCM", "AESCCM8", "CHACHA20", "ARIA", "ARIAGCM", "ARIA128", "ARIA256", "GOST12", "TLSv1.0", "kGOST", "EDH-DSS-DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA", "ALL", "COMPLEMENTOFDEFAULT", "PSK", "DH", "ECDH", "LOW", "MEDIUM", "HIGH", "FIPS"]);
var ALIASES_102 = [
  { name: "ALL", enc: allBut(ALL_ENC, "eNULL") },
  { name: "COMPLEMENTOFDEFAULT", kx: ["kDHE", "kECDHE"], au: ["aNULL"], enc: allBut(ALL_ENC, "eNULL") },
  ...ALIASES_111.filter((a) => !NOT_111_IN_102.has(a.name)),
  { name: "kDHr", kx: ["kDHr"] },
  { name: "kDHd", kx: ["kDHd"] },
  { name: "kDH", kx: ["kDHr", "kDHd"] },
  { name: "DH", kx: ["kDHr", "kDHd", "kDHE"] },
  { name: "kKRB5", kx: ["kKRB5"] },
  { name: "kECDHr", kx: ["kECDHr"] },
  { name: "kECDHe", kx: ["kECDHe"] },
  { name: "kECDH", kx: ["kECDHr", "kECDHe"] },
  { name: "ECDH", kx: ["kECDHr", "kECDHe", "kECDHE"] },
  { name: "kGOST", kx: ["kGOST"] },
  { name: "aKRB5", au: ["aKRB5"] },
  { name: "aDH", au: ["aDH"] },
  { name: "aECDH", au: ["aECDH"] },
  { name: "aGOST94", au: ["aGOST94"] },
  { name: "aGOST", au: ["aGOST94", "aGOST01"] },
  { name: "KRB5", kx: ["kKRB5"], au: ["aKRB5"] },
  { name: "PSK", kx: ["kPSK"], au: ["aPSK"] },
  { name: "DES", enc: ["DES"] },
  { name: "SSLv2", minProtocol: "SSLv2" },
  { name: "EXP", strength: ["EXPORT"] },
  { name: "EXPORT", strength: ["EXPORT"] },
  { name: "EXPORT40", strength: ["EXP40"] },
  { name: "EXPORT56", strength: ["EXP56"] },
  { name: "LOW", strength: ["LOW"] },
  { name: "MEDIUM", strength: ["MEDIUM"] },
  { name: "HIGH", strength: ["HIGH"] },
  { name: "FIPS", strength: ["FIPS"] }
];

// src/tls/suite-types.ts
function suite(code, openssl, iana, minProtocol, kx, au, enc, mac, bits, flags, extra = {}) {
  return {
    code,
    openssl,
    iana,
    minProtocol,
    kx,
    au,
    enc,
    mac,
    maxProtocol: extra.maxProtocol ?? "TLSv1.2",
    strengthBits: bits,
    algBits: extra.algBits ?? bits,
    flags: flags.split(" ").filter(Boolean)
  };
}
function formatCode(code) {
  const hex = (b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;
  return `${hex(code >> 8)},${hex(code & 255)}`;
}

// src/tls/suites-3.0.data.ts
var OPENSSL_30_SUITES = [
  suite(49196, "ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kECDHE", "aECDSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(49200, "ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kECDHE", "aRSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(163, "DHE-DSS-AES256-GCM-SHA384", "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHE", "aDSS", "AES256GCM", "AEAD", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(159, "DHE-RSA-AES256-GCM-SHA384", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHE", "aRSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(52393, "ECDHE-ECDSA-CHACHA20-POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(52392, "ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kECDHE", "aRSA", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(52394, "DHE-RSA-CHACHA20-POLY1305", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kDHE", "aRSA", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(49327, "ECDHE-ECDSA-AES256-CCM8", "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8", "TLSv1.2", "kECDHE", "aECDSA", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49325, "ECDHE-ECDSA-AES256-CCM", "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", "TLSv1.2", "kECDHE", "aECDSA", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49315, "DHE-RSA-AES256-CCM8", "TLS_DHE_RSA_WITH_AES_256_CCM_8", "TLSv1.2", "kDHE", "aRSA", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49311, "DHE-RSA-AES256-CCM", "TLS_DHE_RSA_WITH_AES_256_CCM", "TLSv1.2", "kDHE", "aRSA", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49245, "ECDHE-ECDSA-ARIA256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kECDHE", "aECDSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49249, "ECDHE-ARIA256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kECDHE", "aRSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49239, "DHE-DSS-ARIA256-GCM-SHA384", "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kDHE", "aDSS", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49235, "DHE-RSA-ARIA256-GCM-SHA384", "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kDHE", "aRSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(167, "ADH-AES256-GCM-SHA384", "TLS_DH_anon_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHE", "aNULL", "AES256GCM", "AEAD", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(49195, "ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49199, "ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kECDHE", "aRSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(162, "DHE-DSS-AES128-GCM-SHA256", "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHE", "aDSS", "AES128GCM", "AEAD", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(158, "DHE-RSA-AES128-GCM-SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHE", "aRSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49326, "ECDHE-ECDSA-AES128-CCM8", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "TLSv1.2", "kECDHE", "aECDSA", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49324, "ECDHE-ECDSA-AES128-CCM", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", "TLSv1.2", "kECDHE", "aECDSA", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49314, "DHE-RSA-AES128-CCM8", "TLS_DHE_RSA_WITH_AES_128_CCM_8", "TLSv1.2", "kDHE", "aRSA", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49310, "DHE-RSA-AES128-CCM", "TLS_DHE_RSA_WITH_AES_128_CCM", "TLSv1.2", "kDHE", "aRSA", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49244, "ECDHE-ECDSA-ARIA128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49248, "ECDHE-ARIA128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kECDHE", "aRSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49238, "DHE-DSS-ARIA128-GCM-SHA256", "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kDHE", "aDSS", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49234, "DHE-RSA-ARIA128-GCM-SHA256", "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kDHE", "aRSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(166, "ADH-AES128-GCM-SHA256", "TLS_DH_anon_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHE", "aNULL", "AES128GCM", "AEAD", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(49188, "ECDHE-ECDSA-AES256-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "kECDHE", "aECDSA", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(49192, "ECDHE-RSA-AES256-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "kECDHE", "aRSA", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(107, "DHE-RSA-AES256-SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHE", "aRSA", "AES256", "SHA256", 256, "HIGH FIPS"),
  suite(106, "DHE-DSS-AES256-SHA256", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHE", "aDSS", "AES256", "SHA256", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(49267, "ECDHE-ECDSA-CAMELLIA256-SHA384", "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1.2", "kECDHE", "aECDSA", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(49271, "ECDHE-RSA-CAMELLIA256-SHA384", "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1.2", "kECDHE", "aRSA", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(196, "DHE-RSA-CAMELLIA256-SHA256", "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "kDHE", "aRSA", "CAMELLIA256", "SHA256", 256, "HIGH NOT_DEFAULT"),
  suite(195, "DHE-DSS-CAMELLIA256-SHA256", "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "kDHE", "aDSS", "CAMELLIA256", "SHA256", 256, "HIGH NOT_DEFAULT"),
  suite(109, "ADH-AES256-SHA256", "TLS_DH_anon_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHE", "aNULL", "AES256", "SHA256", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(197, "ADH-CAMELLIA256-SHA256", "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "kDHE", "aNULL", "CAMELLIA256", "SHA256", 256, "HIGH NOT_DEFAULT"),
  suite(49187, "ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(49191, "ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kECDHE", "aRSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(103, "DHE-RSA-AES128-SHA256", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHE", "aRSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(64, "DHE-DSS-AES128-SHA256", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHE", "aDSS", "AES128", "SHA256", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(49266, "ECDHE-ECDSA-CAMELLIA128-SHA256", "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kECDHE", "aECDSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49270, "ECDHE-RSA-CAMELLIA128-SHA256", "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kECDHE", "aRSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(190, "DHE-RSA-CAMELLIA128-SHA256", "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kDHE", "aRSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(189, "DHE-DSS-CAMELLIA128-SHA256", "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kDHE", "aDSS", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(108, "ADH-AES128-SHA256", "TLS_DH_anon_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHE", "aNULL", "AES128", "SHA256", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(191, "ADH-CAMELLIA128-SHA256", "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kDHE", "aNULL", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49162, "ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHE", "aECDSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(49172, "ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHE", "aRSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(57, "DHE-RSA-AES256-SHA", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "kDHE", "aRSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(56, "DHE-DSS-AES256-SHA", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", "SSLv3", "kDHE", "aDSS", "AES256", "SHA1", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(136, "DHE-RSA-CAMELLIA256-SHA", "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "kDHE", "aRSA", "CAMELLIA256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(135, "DHE-DSS-CAMELLIA256-SHA", "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "kDHE", "aDSS", "CAMELLIA256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(49177, "AECDH-AES256-SHA", "TLS_ECDH_anon_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHE", "aNULL", "AES256", "SHA1", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(58, "ADH-AES256-SHA", "TLS_DH_anon_WITH_AES_256_CBC_SHA", "SSLv3", "kDHE", "aNULL", "AES256", "SHA1", 256, "HIGH FIPS NOT_DEFAULT"),
  suite(137, "ADH-CAMELLIA256-SHA", "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "kDHE", "aNULL", "CAMELLIA256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(49161, "ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHE", "aECDSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(49171, "ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHE", "aRSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(51, "DHE-RSA-AES128-SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "kDHE", "aRSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(50, "DHE-DSS-AES128-SHA", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "SSLv3", "kDHE", "aDSS", "AES128", "SHA1", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(69, "DHE-RSA-CAMELLIA128-SHA", "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "kDHE", "aRSA", "CAMELLIA128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(68, "DHE-DSS-CAMELLIA128-SHA", "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "kDHE", "aDSS", "CAMELLIA128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(49176, "AECDH-AES128-SHA", "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHE", "aNULL", "AES128", "SHA1", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(52, "ADH-AES128-SHA", "TLS_DH_anon_WITH_AES_128_CBC_SHA", "SSLv3", "kDHE", "aNULL", "AES128", "SHA1", 128, "HIGH FIPS NOT_DEFAULT"),
  suite(70, "ADH-CAMELLIA128-SHA", "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "kDHE", "aNULL", "CAMELLIA128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(173, "RSA-PSK-AES256-GCM-SHA384", "TLS_RSA_PSK_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kRSAPSK", "aRSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(171, "DHE-PSK-AES256-GCM-SHA384", "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHEPSK", "aPSK", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(52398, "RSA-PSK-CHACHA20-POLY1305", "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kRSAPSK", "aRSA", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(52397, "DHE-PSK-CHACHA20-POLY1305", "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kDHEPSK", "aPSK", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(52396, "ECDHE-PSK-CHACHA20-POLY1305", "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kECDHEPSK", "aPSK", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(49323, "DHE-PSK-AES256-CCM8", "TLS_PSK_DHE_WITH_AES_256_CCM_8", "TLSv1.2", "kDHEPSK", "aPSK", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49319, "DHE-PSK-AES256-CCM", "TLS_DHE_PSK_WITH_AES_256_CCM", "TLSv1.2", "kDHEPSK", "aPSK", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49263, "RSA-PSK-ARIA256-GCM-SHA384", "TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kRSAPSK", "aRSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49261, "DHE-PSK-ARIA256-GCM-SHA384", "TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kDHEPSK", "aPSK", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(157, "AES256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kRSA", "aRSA", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(49313, "AES256-CCM8", "TLS_RSA_WITH_AES_256_CCM_8", "TLSv1.2", "kRSA", "aRSA", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49309, "AES256-CCM", "TLS_RSA_WITH_AES_256_CCM", "TLSv1.2", "kRSA", "aRSA", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49233, "ARIA256-GCM-SHA384", "TLS_RSA_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kRSA", "aRSA", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(169, "PSK-AES256-GCM-SHA384", "TLS_PSK_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kPSK", "aPSK", "AES256GCM", "AEAD", 256, "HIGH FIPS"),
  suite(52395, "PSK-CHACHA20-POLY1305", "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256", "TLSv1.2", "kPSK", "aPSK", "CHACHA20POLY1305", "AEAD", 256, "HIGH"),
  suite(49321, "PSK-AES256-CCM8", "TLS_PSK_WITH_AES_256_CCM_8", "TLSv1.2", "kPSK", "aPSK", "AES256CCM8", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49317, "PSK-AES256-CCM", "TLS_PSK_WITH_AES_256_CCM", "TLSv1.2", "kPSK", "aPSK", "AES256CCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(49259, "PSK-ARIA256-GCM-SHA384", "TLS_PSK_WITH_ARIA_256_GCM_SHA384", "TLSv1.2", "kPSK", "aPSK", "ARIA256GCM", "AEAD", 256, "HIGH NOT_DEFAULT"),
  suite(172, "RSA-PSK-AES128-GCM-SHA256", "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kRSAPSK", "aRSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(170, "DHE-PSK-AES128-GCM-SHA256", "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHEPSK", "aPSK", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49322, "DHE-PSK-AES128-CCM8", "TLS_PSK_DHE_WITH_AES_128_CCM_8", "TLSv1.2", "kDHEPSK", "aPSK", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49318, "DHE-PSK-AES128-CCM", "TLS_DHE_PSK_WITH_AES_128_CCM", "TLSv1.2", "kDHEPSK", "aPSK", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49262, "RSA-PSK-ARIA128-GCM-SHA256", "TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kRSAPSK", "aRSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49260, "DHE-PSK-ARIA128-GCM-SHA256", "TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kDHEPSK", "aPSK", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(156, "AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kRSA", "aRSA", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49312, "AES128-CCM8", "TLS_RSA_WITH_AES_128_CCM_8", "TLSv1.2", "kRSA", "aRSA", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49308, "AES128-CCM", "TLS_RSA_WITH_AES_128_CCM", "TLSv1.2", "kRSA", "aRSA", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49232, "ARIA128-GCM-SHA256", "TLS_RSA_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kRSA", "aRSA", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(168, "PSK-AES128-GCM-SHA256", "TLS_PSK_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kPSK", "aPSK", "AES128GCM", "AEAD", 128, "HIGH FIPS"),
  suite(49320, "PSK-AES128-CCM8", "TLS_PSK_WITH_AES_128_CCM_8", "TLSv1.2", "kPSK", "aPSK", "AES128CCM8", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49316, "PSK-AES128-CCM", "TLS_PSK_WITH_AES_128_CCM", "TLSv1.2", "kPSK", "aPSK", "AES128CCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(49258, "PSK-ARIA128-GCM-SHA256", "TLS_PSK_WITH_ARIA_128_GCM_SHA256", "TLSv1.2", "kPSK", "aPSK", "ARIA128GCM", "AEAD", 128, "HIGH NOT_DEFAULT"),
  suite(61, "AES256-SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kRSA", "aRSA", "AES256", "SHA256", 256, "HIGH FIPS"),
  suite(192, "CAMELLIA256-SHA256", "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256", "TLSv1.2", "kRSA", "aRSA", "CAMELLIA256", "SHA256", 256, "HIGH NOT_DEFAULT"),
  suite(60, "AES128-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kRSA", "aRSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(186, "CAMELLIA128-SHA256", "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1.2", "kRSA", "aRSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49208, "ECDHE-PSK-AES256-CBC-SHA384", "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384", "TLSv1", "kECDHEPSK", "aPSK", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(49206, "ECDHE-PSK-AES256-CBC-SHA", "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHEPSK", "aPSK", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(49186, "SRP-DSS-AES-256-CBC-SHA", "TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA", "SSLv3", "kSRP", "aDSS", "AES256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(49185, "SRP-RSA-AES-256-CBC-SHA", "TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "kSRP", "aRSA", "AES256", "SHA1", 256, "HIGH"),
  suite(49184, "SRP-AES-256-CBC-SHA", "TLS_SRP_SHA_WITH_AES_256_CBC_SHA", "SSLv3", "kSRP", "aSRP", "AES256", "SHA1", 256, "HIGH"),
  suite(183, "RSA-PSK-AES256-CBC-SHA384", "TLS_RSA_PSK_WITH_AES_256_CBC_SHA384", "TLSv1", "kRSAPSK", "aRSA", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(179, "DHE-PSK-AES256-CBC-SHA384", "TLS_DHE_PSK_WITH_AES_256_CBC_SHA384", "TLSv1", "kDHEPSK", "aPSK", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(149, "RSA-PSK-AES256-CBC-SHA", "TLS_RSA_PSK_WITH_AES_256_CBC_SHA", "SSLv3", "kRSAPSK", "aRSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(145, "DHE-PSK-AES256-CBC-SHA", "TLS_DHE_PSK_WITH_AES_256_CBC_SHA", "SSLv3", "kDHEPSK", "aPSK", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(49307, "ECDHE-PSK-CAMELLIA256-SHA384", "TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1", "kECDHEPSK", "aPSK", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(49305, "RSA-PSK-CAMELLIA256-SHA384", "TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1", "kRSAPSK", "aRSA", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(49303, "DHE-PSK-CAMELLIA256-SHA384", "TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1", "kDHEPSK", "aPSK", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(53, "AES256-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "kRSA", "aRSA", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(132, "CAMELLIA256-SHA", "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", "SSLv3", "kRSA", "aRSA", "CAMELLIA256", "SHA1", 256, "HIGH NOT_DEFAULT"),
  suite(175, "PSK-AES256-CBC-SHA384", "TLS_PSK_WITH_AES_256_CBC_SHA384", "TLSv1", "kPSK", "aPSK", "AES256", "SHA384", 256, "HIGH FIPS"),
  suite(141, "PSK-AES256-CBC-SHA", "TLS_PSK_WITH_AES_256_CBC_SHA", "SSLv3", "kPSK", "aPSK", "AES256", "SHA1", 256, "HIGH FIPS"),
  suite(49301, "PSK-CAMELLIA256-SHA384", "TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384", "TLSv1", "kPSK", "aPSK", "CAMELLIA256", "SHA384", 256, "HIGH NOT_DEFAULT"),
  suite(49207, "ECDHE-PSK-AES128-CBC-SHA256", "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", "TLSv1", "kECDHEPSK", "aPSK", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(49205, "ECDHE-PSK-AES128-CBC-SHA", "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHEPSK", "aPSK", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(49183, "SRP-DSS-AES-128-CBC-SHA", "TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA", "SSLv3", "kSRP", "aDSS", "AES128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(49182, "SRP-RSA-AES-128-CBC-SHA", "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "kSRP", "aRSA", "AES128", "SHA1", 128, "HIGH"),
  suite(49181, "SRP-AES-128-CBC-SHA", "TLS_SRP_SHA_WITH_AES_128_CBC_SHA", "SSLv3", "kSRP", "aSRP", "AES128", "SHA1", 128, "HIGH"),
  suite(182, "RSA-PSK-AES128-CBC-SHA256", "TLS_RSA_PSK_WITH_AES_128_CBC_SHA256", "TLSv1", "kRSAPSK", "aRSA", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(178, "DHE-PSK-AES128-CBC-SHA256", "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256", "TLSv1", "kDHEPSK", "aPSK", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(148, "RSA-PSK-AES128-CBC-SHA", "TLS_RSA_PSK_WITH_AES_128_CBC_SHA", "SSLv3", "kRSAPSK", "aRSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(144, "DHE-PSK-AES128-CBC-SHA", "TLS_DHE_PSK_WITH_AES_128_CBC_SHA", "SSLv3", "kDHEPSK", "aPSK", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(49306, "ECDHE-PSK-CAMELLIA128-SHA256", "TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1", "kECDHEPSK", "aPSK", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49304, "RSA-PSK-CAMELLIA128-SHA256", "TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1", "kRSAPSK", "aRSA", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49302, "DHE-PSK-CAMELLIA128-SHA256", "TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1", "kDHEPSK", "aPSK", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(47, "AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "kRSA", "aRSA", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(65, "CAMELLIA128-SHA", "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", "SSLv3", "kRSA", "aRSA", "CAMELLIA128", "SHA1", 128, "HIGH NOT_DEFAULT"),
  suite(174, "PSK-AES128-CBC-SHA256", "TLS_PSK_WITH_AES_128_CBC_SHA256", "TLSv1", "kPSK", "aPSK", "AES128", "SHA256", 128, "HIGH FIPS"),
  suite(140, "PSK-AES128-CBC-SHA", "TLS_PSK_WITH_AES_128_CBC_SHA", "SSLv3", "kPSK", "aPSK", "AES128", "SHA1", 128, "HIGH FIPS"),
  suite(49300, "PSK-CAMELLIA128-SHA256", "TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256", "TLSv1", "kPSK", "aPSK", "CAMELLIA128", "SHA256", 128, "HIGH NOT_DEFAULT"),
  suite(49158, "ECDHE-ECDSA-NULL-SHA", "TLS_ECDHE_ECDSA_WITH_NULL_SHA", "TLSv1", "kECDHE", "aECDSA", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(49168, "ECDHE-RSA-NULL-SHA", "TLS_ECDHE_RSA_WITH_NULL_SHA", "TLSv1", "kECDHE", "aRSA", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(49173, "AECDH-NULL-SHA", "TLS_ECDH_anon_WITH_NULL_SHA", "TLSv1", "kECDHE", "aNULL", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(59, "NULL-SHA256", "TLS_RSA_WITH_NULL_SHA256", "TLSv1.2", "kRSA", "aRSA", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(49211, "ECDHE-PSK-NULL-SHA384", "TLS_ECDHE_PSK_WITH_NULL_SHA384", "TLSv1", "kECDHEPSK", "aPSK", "eNULL", "SHA384", 0, "STRONG_NONE"),
  suite(49210, "ECDHE-PSK-NULL-SHA256", "TLS_ECDHE_PSK_WITH_NULL_SHA256", "TLSv1", "kECDHEPSK", "aPSK", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(49209, "ECDHE-PSK-NULL-SHA", "TLS_ECDHE_PSK_WITH_NULL_SHA", "TLSv1", "kECDHEPSK", "aPSK", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(185, "RSA-PSK-NULL-SHA384", "TLS_RSA_PSK_WITH_NULL_SHA384", "TLSv1", "kRSAPSK", "aRSA", "eNULL", "SHA384", 0, "STRONG_NONE"),
  suite(184, "RSA-PSK-NULL-SHA256", "TLS_RSA_PSK_WITH_NULL_SHA256", "TLSv1", "kRSAPSK", "aRSA", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(181, "DHE-PSK-NULL-SHA384", "TLS_DHE_PSK_WITH_NULL_SHA384", "TLSv1", "kDHEPSK", "aPSK", "eNULL", "SHA384", 0, "STRONG_NONE"),
  suite(180, "DHE-PSK-NULL-SHA256", "TLS_DHE_PSK_WITH_NULL_SHA256", "TLSv1", "kDHEPSK", "aPSK", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(46, "RSA-PSK-NULL-SHA", "TLS_RSA_PSK_WITH_NULL_SHA", "SSLv3", "kRSAPSK", "aRSA", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(45, "DHE-PSK-NULL-SHA", "TLS_DHE_PSK_WITH_NULL_SHA", "SSLv3", "kDHEPSK", "aPSK", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(2, "NULL-SHA", "TLS_RSA_WITH_NULL_SHA", "SSLv3", "kRSA", "aRSA", "eNULL", "SHA1", 0, "STRONG_NONE"),
  suite(1, "NULL-MD5", "TLS_RSA_WITH_NULL_MD5", "SSLv3", "kRSA", "aRSA", "eNULL", "MD5", 0, "STRONG_NONE"),
  suite(177, "PSK-NULL-SHA384", "TLS_PSK_WITH_NULL_SHA384", "TLSv1", "kPSK", "aPSK", "eNULL", "SHA384", 0, "STRONG_NONE"),
  suite(176, "PSK-NULL-SHA256", "TLS_PSK_WITH_NULL_SHA256", "TLSv1", "kPSK", "aPSK", "eNULL", "SHA256", 0, "STRONG_NONE"),
  suite(44, "PSK-NULL-SHA", "TLS_PSK_WITH_NULL_SHA", "SSLv3", "kPSK", "aPSK", "eNULL", "SHA1", 0, "STRONG_NONE")
];

// src/tls/suites-legacy.data.ts
var OLD = { maxProtocol: "TLSv1.1" };
var X3DES = { algBits: 168 };
var OPENSSL_111_ONLY_SUITES = [
  suite(49170, "ECDHE-RSA-DES-CBC3-SHA", "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHE", "aRSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(49160, "ECDHE-ECDSA-DES-CBC3-SHA", "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHE", "aECDSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(49175, "AECDH-DES-CBC3-SHA", "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHE", "aNULL", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(49180, "SRP-DSS-3DES-EDE-CBC-SHA", "TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kSRP", "aDSS", "3DES", "SHA1", 112, "MEDIUM NOT_DEFAULT", X3DES),
  suite(49179, "SRP-RSA-3DES-EDE-CBC-SHA", "TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kSRP", "aRSA", "3DES", "SHA1", 112, "MEDIUM NOT_DEFAULT", X3DES),
  suite(49178, "SRP-3DES-EDE-CBC-SHA", "TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kSRP", "aSRP", "3DES", "SHA1", 112, "MEDIUM NOT_DEFAULT", X3DES),
  suite(49204, "ECDHE-PSK-3DES-EDE-CBC-SHA", "TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHEPSK", "aPSK", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(155, "ADH-SEED-SHA", "TLS_DH_anon_WITH_SEED_CBC_SHA", "SSLv3", "kDHE", "aNULL", "SEED", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(154, "DHE-RSA-SEED-SHA", "TLS_DHE_RSA_WITH_SEED_CBC_SHA", "SSLv3", "kDHE", "aRSA", "SEED", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(153, "DHE-DSS-SEED-SHA", "TLS_DHE_DSS_WITH_SEED_CBC_SHA", "SSLv3", "kDHE", "aDSS", "SEED", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(150, "SEED-SHA", "TLS_RSA_WITH_SEED_CBC_SHA", "SSLv3", "kRSA", "aRSA", "SEED", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(147, "RSA-PSK-3DES-EDE-CBC-SHA", "TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kRSAPSK", "aRSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(143, "DHE-PSK-3DES-EDE-CBC-SHA", "TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHEPSK", "aPSK", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(139, "PSK-3DES-EDE-CBC-SHA", "TLS_PSK_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kPSK", "aPSK", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(27, "ADH-DES-CBC3-SHA", "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHE", "aNULL", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(22, "DHE-RSA-DES-CBC3-SHA", "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHE", "aRSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(19, "DHE-DSS-DES-CBC3-SHA", "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHE", "aDSS", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(10, "DES-CBC3-SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kRSA", "aRSA", "3DES", "SHA1", 112, "MEDIUM FIPS NOT_DEFAULT", X3DES),
  suite(7, "IDEA-CBC-SHA", "TLS_RSA_WITH_IDEA_CBC_SHA", "SSLv3", "kRSA", "aRSA", "IDEA", "SHA1", 128, "MEDIUM NOT_DEFAULT", OLD)
];
var OPENSSL_111_OPTIONAL_SUITES = [
  suite(49203, "ECDHE-PSK-RC4-SHA", "TLS_ECDHE_PSK_WITH_RC4_128_SHA", "TLSv1", "kECDHEPSK", "aPSK", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(49174, "AECDH-RC4-SHA", "TLS_ECDH_anon_WITH_RC4_128_SHA", "TLSv1", "kECDHE", "aNULL", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(49169, "ECDHE-RSA-RC4-SHA", "TLS_ECDHE_RSA_WITH_RC4_128_SHA", "TLSv1", "kECDHE", "aRSA", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(49159, "ECDHE-ECDSA-RC4-SHA", "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", "TLSv1", "kECDHE", "aECDSA", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(146, "RSA-PSK-RC4-SHA", "TLS_RSA_PSK_WITH_RC4_128_SHA", "SSLv3", "kRSAPSK", "aRSA", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(142, "DHE-PSK-RC4-SHA", "TLS_DHE_PSK_WITH_RC4_128_SHA", "SSLv3", "kDHEPSK", "aPSK", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(138, "PSK-RC4-SHA", "TLS_PSK_WITH_RC4_128_SHA", "SSLv3", "kPSK", "aPSK", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(131, "GOST2001-NULL-GOST94", "TLS_GOSTR341001_WITH_NULL_GOSTR3411", "SSLv3", "kGOST", "aGOST01", "eNULL", "GOST94", 0, "STRONG_NONE"),
  suite(129, "GOST2001-GOST89-GOST89", "TLS_GOSTR341001_WITH_28147_CNT_IMIT", "SSLv3", "kGOST", "aGOST01", "GOST89", "GOST89MAC", 256, "HIGH"),
  suite(24, "ADH-RC4-MD5", "TLS_DH_anon_WITH_RC4_128_MD5", "SSLv3", "kDHE", "aNULL", "RC4", "MD5", 128, "MEDIUM NOT_DEFAULT"),
  suite(5, "RC4-SHA", "TLS_RSA_WITH_RC4_128_SHA", "SSLv3", "kRSA", "aRSA", "RC4", "SHA1", 128, "MEDIUM NOT_DEFAULT"),
  suite(4, "RC4-MD5", "TLS_RSA_WITH_RC4_128_MD5", "SSLv3", "kRSA", "aRSA", "RC4", "MD5", 128, "MEDIUM NOT_DEFAULT")
];
var EXP40 = "EXPORT EXP40";
var OPENSSL_102_ONLY_SUITES = [
  suite(49202, "ECDH-RSA-AES256-GCM-SHA384", "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kECDHr", "aECDH", "AES256GCM", "AEAD", 256, "NOT_EXP HIGH FIPS"),
  suite(49201, "ECDH-RSA-AES128-GCM-SHA256", "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kECDHr", "aECDH", "AES128GCM", "AEAD", 128, "NOT_EXP HIGH FIPS"),
  suite(49198, "ECDH-ECDSA-AES256-GCM-SHA384", "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kECDHe", "aECDH", "AES256GCM", "AEAD", 256, "NOT_EXP HIGH FIPS"),
  suite(49197, "ECDH-ECDSA-AES128-GCM-SHA256", "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kECDHe", "aECDH", "AES128GCM", "AEAD", 128, "NOT_EXP HIGH FIPS"),
  suite(49194, "ECDH-RSA-AES256-SHA384", "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "kECDHr", "aECDH", "AES256", "SHA384", 256, "NOT_EXP HIGH FIPS"),
  suite(49193, "ECDH-RSA-AES128-SHA256", "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kECDHr", "aECDH", "AES128", "SHA256", 128, "NOT_EXP HIGH FIPS"),
  suite(49190, "ECDH-ECDSA-AES256-SHA384", "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384", "TLSv1.2", "kECDHe", "aECDH", "AES256", "SHA384", 256, "NOT_EXP HIGH FIPS"),
  suite(49189, "ECDH-ECDSA-AES128-SHA256", "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kECDHe", "aECDH", "AES128", "SHA256", 128, "NOT_EXP HIGH FIPS"),
  suite(49167, "ECDH-RSA-AES256-SHA", "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHr", "aECDH", "AES256", "SHA1", 256, "NOT_EXP HIGH FIPS"),
  suite(49166, "ECDH-RSA-AES128-SHA", "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHr", "aECDH", "AES128", "SHA1", 128, "NOT_EXP HIGH FIPS"),
  suite(49165, "ECDH-RSA-DES-CBC3-SHA", "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHr", "aECDH", "3DES", "SHA1", 112, "NOT_EXP MEDIUM FIPS", X3DES),
  suite(49164, "ECDH-RSA-RC4-SHA", "TLS_ECDH_RSA_WITH_RC4_128_SHA", "TLSv1", "kECDHr", "aECDH", "RC4", "SHA1", 128, "NOT_EXP MEDIUM"),
  suite(49163, "ECDH-RSA-NULL-SHA", "TLS_ECDH_RSA_WITH_NULL_SHA", "TLSv1", "kECDHr", "aECDH", "eNULL", "SHA1", 0, "NOT_EXP STRONG_NONE FIPS"),
  suite(49157, "ECDH-ECDSA-AES256-SHA", "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA", "TLSv1", "kECDHe", "aECDH", "AES256", "SHA1", 256, "NOT_EXP HIGH FIPS"),
  suite(49156, "ECDH-ECDSA-AES128-SHA", "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA", "TLSv1", "kECDHe", "aECDH", "AES128", "SHA1", 128, "NOT_EXP HIGH FIPS"),
  suite(49155, "ECDH-ECDSA-DES-CBC3-SHA", "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA", "TLSv1", "kECDHe", "aECDH", "3DES", "SHA1", 112, "NOT_EXP MEDIUM FIPS", X3DES),
  suite(49154, "ECDH-ECDSA-RC4-SHA", "TLS_ECDH_ECDSA_WITH_RC4_128_SHA", "TLSv1", "kECDHe", "aECDH", "RC4", "SHA1", 128, "NOT_EXP MEDIUM"),
  suite(49153, "ECDH-ECDSA-NULL-SHA", "TLS_ECDH_ECDSA_WITH_NULL_SHA", "TLSv1", "kECDHe", "aECDH", "eNULL", "SHA1", 0, "NOT_EXP STRONG_NONE FIPS"),
  suite(165, "DH-DSS-AES256-GCM-SHA384", "TLS_DH_DSS_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHd", "aDH", "AES256GCM", "AEAD", 256, "NOT_EXP HIGH FIPS"),
  suite(164, "DH-DSS-AES128-GCM-SHA256", "TLS_DH_DSS_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHd", "aDH", "AES128GCM", "AEAD", 128, "NOT_EXP HIGH FIPS"),
  suite(161, "DH-RSA-AES256-GCM-SHA384", "TLS_DH_RSA_WITH_AES_256_GCM_SHA384", "TLSv1.2", "kDHr", "aDH", "AES256GCM", "AEAD", 256, "NOT_EXP HIGH FIPS"),
  suite(160, "DH-RSA-AES128-GCM-SHA256", "TLS_DH_RSA_WITH_AES_128_GCM_SHA256", "TLSv1.2", "kDHr", "aDH", "AES128GCM", "AEAD", 128, "NOT_EXP HIGH FIPS"),
  suite(105, "DH-RSA-AES256-SHA256", "TLS_DH_RSA_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHr", "aDH", "AES256", "SHA256", 256, "NOT_EXP HIGH FIPS"),
  suite(104, "DH-DSS-AES256-SHA256", "TLS_DH_DSS_WITH_AES_256_CBC_SHA256", "TLSv1.2", "kDHd", "aDH", "AES256", "SHA256", 256, "NOT_EXP HIGH FIPS"),
  suite(63, "DH-RSA-AES128-SHA256", "TLS_DH_RSA_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHr", "aDH", "AES128", "SHA256", 128, "NOT_EXP HIGH FIPS"),
  suite(62, "DH-DSS-AES128-SHA256", "TLS_DH_DSS_WITH_AES_128_CBC_SHA256", "TLSv1.2", "kDHd", "aDH", "AES128", "SHA256", 128, "NOT_EXP HIGH FIPS"),
  suite(55, "DH-RSA-AES256-SHA", "TLS_DH_RSA_WITH_AES_256_CBC_SHA", "SSLv3", "kDHr", "aDH", "AES256", "SHA1", 256, "NOT_EXP HIGH FIPS"),
  suite(54, "DH-DSS-AES256-SHA", "TLS_DH_DSS_WITH_AES_256_CBC_SHA", "SSLv3", "kDHd", "aDH", "AES256", "SHA1", 256, "NOT_EXP HIGH FIPS"),
  suite(49, "DH-RSA-AES128-SHA", "TLS_DH_RSA_WITH_AES_128_CBC_SHA", "SSLv3", "kDHr", "aDH", "AES128", "SHA1", 128, "NOT_EXP HIGH FIPS"),
  suite(48, "DH-DSS-AES128-SHA", "TLS_DH_DSS_WITH_AES_128_CBC_SHA", "SSLv3", "kDHd", "aDH", "AES128", "SHA1", 128, "NOT_EXP HIGH FIPS"),
  suite(25, "EXP-ADH-DES-CBC-SHA", "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA", "SSLv3", "kDHE", "aNULL", "DES", "SHA1", 40, EXP40, { algBits: 128 }),
  suite(23, "EXP-ADH-RC4-MD5", "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5", "SSLv3", "kDHE", "aNULL", "RC4", "MD5", 40, EXP40, { algBits: 128 }),
  suite(21, "EDH-RSA-DES-CBC-SHA", "TLS_DHE_RSA_WITH_DES_CBC_SHA", "SSLv3", "kDHE", "aRSA", "DES", "SHA1", 56, "NOT_EXP LOW", OLD),
  suite(20, "EXP-EDH-RSA-DES-CBC-SHA", "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA", "SSLv3", "kDHE", "aRSA", "DES", "SHA1", 40, EXP40, { algBits: 56 }),
  suite(18, "EDH-DSS-DES-CBC-SHA", "TLS_DHE_DSS_WITH_DES_CBC_SHA", "SSLv3", "kDHE", "aDSS", "DES", "SHA1", 56, "NOT_EXP LOW", OLD),
  suite(17, "EXP-EDH-DSS-DES-CBC-SHA", "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA", "SSLv3", "kDHE", "aDSS", "DES", "SHA1", 40, EXP40, { algBits: 56 }),
  suite(26, "ADH-DES-CBC-SHA", "TLS_DH_anon_WITH_DES_CBC_SHA", "SSLv3", "kDHE", "aNULL", "DES", "SHA1", 56, "NOT_EXP LOW", OLD),
  suite(16, "DH-RSA-DES-CBC3-SHA", "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHr", "aDH", "3DES", "SHA1", 112, "NOT_EXP MEDIUM FIPS", X3DES),
  suite(13, "DH-DSS-DES-CBC3-SHA", "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA", "SSLv3", "kDHd", "aDH", "3DES", "SHA1", 112, "NOT_EXP MEDIUM FIPS", X3DES),
  suite(9, "DES-CBC-SHA", "TLS_RSA_WITH_DES_CBC_SHA", "SSLv3", "kRSA", "aRSA", "DES", "SHA1", 56, "NOT_EXP LOW", OLD),
  suite(8, "EXP-DES-CBC-SHA", "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", "SSLv3", "kRSA", "aRSA", "DES", "SHA1", 40, EXP40, { algBits: 56 }),
  suite(6, "EXP-RC2-CBC-MD5", "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", "SSLv3", "kRSA", "aRSA", "RC2", "MD5", 40, EXP40, { algBits: 128 }),
  suite(3, "EXP-RC4-MD5", "TLS_RSA_EXPORT_WITH_RC4_40_MD5", "SSLv3", "kRSA", "aRSA", "RC4", "MD5", 40, EXP40, { algBits: 128 })
];
var OPENSSL_102_RENAMES = {
  "DHE-RSA-DES-CBC3-SHA": "EDH-RSA-DES-CBC3-SHA",
  "DHE-DSS-DES-CBC3-SHA": "EDH-DSS-DES-CBC3-SHA"
};

// src/tls/openssl-builds.ts
var OPENSSL_VERSIONS = ["3.0", "1.1.1", "1.0.2"];
var OPENSSL_DEFAULT_CIPHERSUITES = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";
var byCodeDescending = (a, b) => b.code - a.code;
var ECDHE = ["kECDHE"];
var EPHEMERAL = ["kDHE", "kECDHE"];
var ORDER_111 = [
  { action: "ADD", select: { kx: ECDHE, au: ["aECDSA"] } },
  { action: "ADD", select: { kx: ECDHE } },
  { action: "DEL", select: { kx: ECDHE } },
  // Within each strength group, we prefer GCM over CHACHA...
  { action: "ADD", select: { enc: ["AES128GCM", "AES256GCM"] } },
  { action: "ADD", select: { enc: ["CHACHA20POLY1305"] } },
  // ...and generally, our preferred cipher is AES (SSL_AES ^ SSL_AESGCM).
  { action: "ADD", select: { enc: ["AES128", "AES256", "AES128CCM", "AES256CCM", "AES128CCM8", "AES256CCM8"] } },
  { action: "ADD" },
  { action: "ORD", select: { mac: ["MD5"] } },
  { action: "ORD", select: { au: ["aNULL"] } },
  { action: "ORD", select: { kx: ["kRSA"] } },
  { action: "ORD", select: { kx: ["kPSK"] } },
  { action: "ORD", select: { enc: ["RC4"] } },
  { action: "STRENGTH" },
  // Partially overrule strength sort to prefer TLS 1.2 ciphers/PRFs, then (EC)DHE + AEAD > (EC)DHE > AEAD > rest.
  { action: "BUMP", select: { minProtocol: "TLSv1.2" } },
  { action: "BUMP", select: { mac: ["AEAD"] } },
  { action: "BUMP", select: { kx: EPHEMERAL } },
  { action: "BUMP", select: { kx: EPHEMERAL, mac: ["AEAD"] } },
  { action: "DEL" }
];
var ORDER_102 = [
  { action: "ADD", select: { kx: ECDHE, au: ["aECDSA"] } },
  { action: "ADD", select: { kx: ECDHE } },
  { action: "DEL", select: { kx: ECDHE } },
  { action: "ADD", select: { enc: ["AES128", "AES256", "AES128GCM", "AES256GCM"] } },
  { action: "ADD" },
  { action: "ORD", select: { mac: ["MD5"] } },
  { action: "ORD", select: { au: ["aNULL"] } },
  { action: "ORD", select: { au: ["aECDH"] } },
  { action: "ORD", select: { kx: ["kRSA"] } },
  { action: "ORD", select: { kx: ["kPSK"] } },
  { action: "ORD", select: { kx: ["kKRB5"] } },
  { action: "ORD", select: { enc: ["RC4"] } },
  { action: "STRENGTH" },
  { action: "DEL" }
];
var TLS13_SUITES = [
  { code: 4865, name: "TLS_AES_128_GCM_SHA256", enc: "AES128GCM", strengthBits: 128 },
  { code: 4866, name: "TLS_AES_256_GCM_SHA384", enc: "AES256GCM", strengthBits: 256 },
  { code: 4867, name: "TLS_CHACHA20_POLY1305_SHA256", enc: "CHACHA20POLY1305", strengthBits: 256 },
  { code: 4868, name: "TLS_AES_128_CCM_SHA256", enc: "AES128CCM", strengthBits: 128 },
  { code: 4869, name: "TLS_AES_128_CCM_8_SHA256", enc: "AES128CCM8", strengthBits: 128 }
];
var TLS13_DEFAULT = ["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256"];
var STRENGTH_GROUPS_111 = [["STRONG_NONE", "LOW", "MEDIUM", "HIGH", "FIPS"], ["NOT_DEFAULT"]];
var BUILD_30 = {
  version: "3.0",
  suites: [...OPENSSL_30_SUITES].sort(byCodeDescending),
  aliases: ALIASES_30,
  defaultCipherList: "ALL:!COMPLEMENTOFDEFAULT:!eNULL",
  strengthGroups: STRENGTH_GROUPS_111,
  strongOverwrites: true,
  order: ORDER_111,
  // Debian and most distributions build 3.0 with -DOPENSSL_TLS_SECURITY_LEVEL=2 (upstream's default is 1).
  defaultSecurityLevel: 2,
  tls13Suites: TLS13_SUITES,
  tls13Default: TLS13_DEFAULT,
  tls13SkipsUnknown: true
};
var BUILD_111 = {
  ...BUILD_30,
  version: "1.1.1",
  suites: [...OPENSSL_30_SUITES, ...OPENSSL_111_ONLY_SUITES].sort(byCodeDescending),
  aliases: ALIASES_111,
  defaultSecurityLevel: 1,
  tls13SkipsUnknown: false
};
function existedIn102(suite2) {
  if (["CHACHA20POLY1305", "ARIA128GCM", "ARIA256GCM", "AES128CCM", "AES256CCM", "AES128CCM8", "AES256CCM8"].includes(suite2.enc)) return false;
  if (["kECDHEPSK", "kDHEPSK", "kRSAPSK"].includes(suite2.kx)) return false;
  if (suite2.kx === "kPSK") return suite2.code === 140 || suite2.code === 141;
  if (suite2.enc.startsWith("CAMELLIA")) return suite2.mac === "SHA1";
  return true;
}
function as102(suite2) {
  const flags = suite2.flags.filter((f) => f !== "NOT_DEFAULT");
  const renamed = OPENSSL_102_RENAMES[suite2.openssl];
  return { ...suite2, openssl: renamed ?? suite2.openssl, flags: flags.includes("EXPORT") || flags.includes("NOT_EXP") ? flags : ["NOT_EXP", ...flags] };
}
var BUILD_102 = {
  version: "1.0.2",
  suites: [
    ...OPENSSL_30_SUITES.filter(existedIn102),
    ...OPENSSL_111_ONLY_SUITES.filter(existedIn102),
    ...OPENSSL_111_OPTIONAL_SUITES.filter((s) => s.enc === "RC4" && existedIn102(s)),
    ...OPENSSL_102_ONLY_SUITES
  ].map(as102).sort(byCodeDescending),
  aliases: ALIASES_102,
  defaultCipherList: "ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2",
  strengthGroups: [["EXP40", "EXP56", "LOW", "MEDIUM", "HIGH", "FIPS", "STRONG_NONE"], ["NOT_EXP", "EXPORT"]],
  strongOverwrites: false,
  order: ORDER_102,
  defaultSecurityLevel: null,
  tls13Suites: [],
  tls13Default: [],
  tls13SkipsUnknown: false
};
var BUILDS = { "3.0": BUILD_30, "1.1.1": BUILD_111, "1.0.2": BUILD_102 };
function getBuild(version) {
  return BUILDS[version];
}
var KNOWN_SUITES = firstByName([
  ...OPENSSL_30_SUITES,
  ...OPENSSL_111_ONLY_SUITES,
  ...OPENSSL_111_OPTIONAL_SUITES,
  ...OPENSSL_102_ONLY_SUITES,
  ...BUILD_102.suites
]);
function firstByName(suites) {
  const map = /* @__PURE__ */ new Map();
  for (const suite2 of suites) if (!map.has(suite2.openssl)) map.set(suite2.openssl, suite2);
  return map;
}
var KNOWN_ALIASES = new Set([...ALIASES_30, ...ALIASES_111, ...ALIASES_102].map((a) => a.name));
var TLS13_BY_NAME = new Map(TLS13_SUITES.map((s) => [s.name, s]));

export {
  RefusedFile,
  readRegularFile,
  readRegularFileHead,
  openRegularFileForWriting,
  fileErrorText,
  decodeUtf8,
  readSourceText,
  compareVersions,
  versionAtLeast,
  lookupTable,
  formatCode,
  OPENSSL_VERSIONS,
  OPENSSL_DEFAULT_CIPHERSUITES,
  getBuild,
  KNOWN_SUITES,
  KNOWN_ALIASES,
  TLS13_BY_NAME
};
