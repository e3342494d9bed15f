import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  isApacheConfigPath
} from "./chunk-XYCRMC2L.js";
import {
  versionAtLeast
} from "./chunk-E7OSVBOX.js";

// src/dialects/nginx/detect.ts
import { basename, sep } from "node:path";

// src/dialects/nginx/versions.ts
var NGINX_DEFAULT_VERSION = "1.29.3";
var DEFAULT_CIPHERS = "HIGH:!aNULL:!MD5";
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

// src/dialects/nginx/detect.ts
var CONFIG_DIRS = /* @__PURE__ */ new Set(["nginx", "conf.d", "sites-enabled", "sites-available"]);
function isNginxConfigPath(path) {
  const name = basename(path);
  if (name === "nginx.conf") return true;
  const dirs = path.split(sep).slice(0, -1);
  if (dirs.some((d) => d === "sites-enabled" || d === "sites-available")) return !name.startsWith(".");
  return name.endsWith(".conf") && dirs.some((d) => CONFIG_DIRS.has(d));
}
var nginxFinder = {
  id: "nginx",
  defaultServerVersion: NGINX_DEFAULT_VERSION,
  mainFileNames: ["nginx.conf"],
  // Apache's Debian layout has sites-enabled/ and conf.d/ too: those files are Apache's.
  detect: (path) => isNginxConfigPath(path) && !isApacheConfigPath(path)
};

export {
  NGINX_DEFAULT_VERSION,
  DEFAULT_CIPHERS,
  defaultProtocols,
  rotatesTicketKeys,
  hasSslDirective,
  protocolsPerServer,
  hasAddHeaderInherit,
  isNginxConfigPath,
  nginxFinder
};
