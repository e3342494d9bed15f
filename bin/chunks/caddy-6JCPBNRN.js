import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  CADDY_DEFAULT_VERSION,
  CADDY_JSON,
  buildCaddyJsonModel,
  buildCaddyModel,
  caddyNames,
  isCaddyJson,
  loadCaddyJson,
  loadCaddyfile,
  renderCaddy
} from "./chunk-DX3U4MDW.js";
import "./chunk-TJ564R7M.js";
import "./chunk-OZ33Z7ZD.js";
import "./chunk-VP7JA27V.js";

// src/dialects/caddy/index.ts
import { basename } from "node:path";
function isCaddyPath(path) {
  const name = basename(path);
  return /^Caddyfile(\.[^/]*)?$/.test(name) || /\.caddyfile$/i.test(name) || name === "caddy.json";
}
async function loadCaddy(entry, context) {
  return context.syntax === CADDY_JSON || isCaddyJson(entry) ? loadCaddyJson(entry, context) : loadCaddyfile(entry, context);
}
function buildModel(entry, options) {
  return entry.dialect === CADDY_JSON ? buildCaddyJsonModel(entry, options) : buildCaddyModel(entry, options);
}
var caddy = {
  id: "caddy",
  defaultServerVersion: CADDY_DEFAULT_VERSION,
  mainFileNames: ["Caddyfile"],
  detect: isCaddyPath,
  load: loadCaddy,
  buildModel,
  names: caddyNames,
  render: renderCaddy
};
export {
  caddy,
  isCaddyPath
};
