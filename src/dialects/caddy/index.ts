// The Caddy dialect: which files are Caddyfiles, how to load them, how to read them into the model.
import { basename } from 'node:path';
import type { Dialect } from '../dialect.js';
import { loadCaddyfile } from './load.js';
import { buildCaddyModel } from './model.js';
import { caddyNames } from './names.js';
import { renderCaddy } from './render.js';
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
