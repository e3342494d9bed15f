// The Caddy dialect: which files are Caddyfiles, how to load them, how to read them into the model.
import { basename } from 'node:path';
import type { Dialect } from '../dialect.js';
import { buildCaddyJsonModel } from './json-model.js';
import { loadCaddyfile, loadCaddyJson } from './load.js';
import { buildCaddyModel } from './model.js';
import { caddyNames } from './names.js';
import { renderCaddy, renderCaddyJson } from './render.js';
import { CADDY_DEFAULT_VERSION } from './versions.js';

/** `Caddyfile` (also `Caddyfile.prod` and the like) and `*.caddyfile`, as Caddy's own tooling names them. */
export function isCaddyfilePath(path: string): boolean {
  const name = basename(path);
  return /^Caddyfile(\.[^/]*)?$/.test(name) || /\.caddyfile$/i.test(name);
}

export const caddy: Dialect = {
  id: 'caddy',
  defaultServerVersion: CADDY_DEFAULT_VERSION,
  mainFileNames: ['Caddyfile'],
  detect: isCaddyfilePath,
  load: loadCaddyfile,
  buildModel: buildCaddyModel,
  names: caddyNames,
  render: renderCaddy,
};

/** `caddy.json`: Caddy's native config, as `caddy run --config caddy.json` reads it. */
export function isCaddyJsonPath(path: string): boolean {
  return basename(path) === 'caddy.json';
}

export const caddyJson: Dialect = {
  id: 'caddy-json',
  defaultServerVersion: CADDY_DEFAULT_VERSION,
  mainFileNames: ['caddy.json'],
  detect: isCaddyJsonPath,
  load: loadCaddyJson,
  buildModel: buildCaddyJsonModel,
  names: caddyNames,
  render: renderCaddyJson,
};
