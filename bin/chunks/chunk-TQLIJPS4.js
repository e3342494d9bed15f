import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  versionAtLeast
} from "./chunk-UNY3WCTV.js";

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

// src/dialects/nginx/versions.ts
var NGINX_DEFAULT_VERSION = "1.29.3";
var DEFAULT_CIPHERS = "HIGH:!aNULL:!MD5";
var OPENSSL_DEFAULT_CIPHERSUITES = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";
var DEFAULT_PROTOCOLS_1_27_3 = ["TLSv1.2", "TLSv1.3"];
var DEFAULT_PROTOCOLS_1_23_4 = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
var DEFAULT_PROTOCOLS_OLDER = ["TLSv1", "TLSv1.1", "TLSv1.2"];
function defaultProtocols(version) {
  if (versionAtLeast(version, "1.27.3")) return DEFAULT_PROTOCOLS_1_27_3;
  if (versionAtLeast(version, "1.23.4")) return DEFAULT_PROTOCOLS_1_23_4;
  return DEFAULT_PROTOCOLS_OLDER;
}
function rotatesTicketKeys(version) {
  return versionAtLeast(version, "1.23.2");
}
function hasSslDirective(version) {
  return !versionAtLeast(version, "1.25.1");
}
function protocolsPerServer(version, openssl) {
  return versionAtLeast(version, "1.29.2") && openssl !== "1.0.2";
}
function hasAddHeaderInherit(version) {
  return versionAtLeast(version, "1.29.3");
}

export {
  isApacheConfigPath,
  NGINX_DEFAULT_VERSION,
  DEFAULT_CIPHERS,
  OPENSSL_DEFAULT_CIPHERSUITES,
  defaultProtocols,
  rotatesTicketKeys,
  hasSslDirective,
  protocolsPerServer,
  hasAddHeaderInherit
};
