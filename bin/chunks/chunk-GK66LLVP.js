import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

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

// src/tls/mozilla-guidelines.data.ts
var MOZILLA_GUIDELINES = {
  "5.1": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.2": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.3": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.4": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.5": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.6": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.7": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.8": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 31.3.0",
        "Android 4.4.2",
        "Chrome 49",
        "Edge 15 on Windows 10",
        "IE 11 on Windows 10",
        "Java 8u161",
        "OpenSSL 1.0.1l",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "6.0": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 31.3.0",
        "Android 4.4.2",
        "Chrome 49",
        "Edge 15 on Windows 10",
        "IE 11 on Windows 10",
        "Java 8u161",
        "OpenSSL 1.0.1l",
        "Opera 20",
        "Safari 9"
      ]
    }
  }
};

// src/tls/mozilla-profiles.ts
var PROFILE_NAMES = ["modern", "intermediate", "old"];
var LATEST_GUIDELINES = "6.0";
var GUIDELINE_VERSIONS = Object.keys(MOZILLA_GUIDELINES);
function getProfile(name, version = LATEST_GUIDELINES) {
  const guidelines = version in MOZILLA_GUIDELINES ? version : void 0;
  if (!guidelines) throw new RangeError(`Unknown Mozilla guidelines version "${version}"; known: ${GUIDELINE_VERSIONS.join(", ")}`);
  const configs = MOZILLA_GUIDELINES[guidelines];
  const raw = configs[name];
  if (!raw) {
    if (name === "old" && version === LATEST_GUIDELINES) return getProfile("old", "5.8");
    throw new RangeError(`Mozilla guidelines ${version} have no "${name}" profile`);
  }
  return {
    name,
    guidelines,
    tlsVersions: [...raw.tls_versions],
    opensslCiphers: [...raw.ciphers.openssl],
    ianaCiphers: [...raw.ciphers.iana],
    ciphersuites: [...raw.ciphersuites],
    tlsCurves: [...raw.tls_curves],
    hstsMinAge: raw.hsts_min_age,
    dhParamSize: raw.dh_param_size,
    ecdhParamSize: raw.ecdh_param_size,
    rsaKeySize: raw.rsa_key_size,
    ocspStaple: raw.ocsp_staple,
    serverPreferredOrder: raw.server_preferred_order,
    certificateTypes: [...raw.certificate_types],
    maximumCertificateLifespan: raw.maximum_certificate_lifespan
  };
}
function profileCipherString(profile) {
  return profile.opensslCiphers.join(":");
}

export {
  RefusedFile,
  readRegularFile,
  openRegularFileForWriting,
  fileErrorText,
  decodeUtf8,
  readSourceText,
  PROFILE_NAMES,
  LATEST_GUIDELINES,
  GUIDELINE_VERSIONS,
  getProfile,
  profileCipherString
};
