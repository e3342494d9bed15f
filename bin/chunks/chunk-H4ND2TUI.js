import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  lookupTable
} from "./chunk-E7OSVBOX.js";

// src/dialects/caddy/detect.ts
import { basename } from "node:path";

// src/dialects/caddy/versions.ts
var CADDY_DEFAULT_VERSION = "2.6.2";
var IMPORT_ARG_BRACKETS_SINCE = "2.7.0";
var HEADER_DEFER_PREFIX_SINCE = "2.7.0";
var ON_DEMAND_PERMISSION_SINCE = "2.8.0";
var HEREDOC_SINCE = "2.7.0";
var CADDY_PROTOCOLS = lookupTable({ "tls1.2": "TLSv1.2", "tls1.3": "TLSv1.3" });
var CADDY_DEFAULT_CIPHERS = [
  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
  "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
];
var GO_CURVES = /* @__PURE__ */ new Set(["x25519", "secp256r1", "secp384r1", "secp521r1"]);

// src/dialects/caddy/detect.ts
function isCaddyPath(path) {
  const name = basename(path);
  return /^Caddyfile(\.[^/]*)?$/.test(name) || /\.caddyfile$/i.test(name) || name === "caddy.json";
}
var caddyFinder = {
  id: "caddy",
  defaultServerVersion: CADDY_DEFAULT_VERSION,
  mainFileNames: ["Caddyfile"],
  detect: isCaddyPath
};

export {
  CADDY_DEFAULT_VERSION,
  IMPORT_ARG_BRACKETS_SINCE,
  HEADER_DEFER_PREFIX_SINCE,
  ON_DEMAND_PERMISSION_SINCE,
  HEREDOC_SINCE,
  CADDY_PROTOCOLS,
  CADDY_DEFAULT_CIPHERS,
  GO_CURVES,
  caddyFinder
};
