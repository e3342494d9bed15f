// Which files are Caddy configs: kept apart from the dialect so the run can sort files cheaply.
import { basename } from 'node:path';
import type { DialectFinder } from '../dialect.js';
import { CADDY_DEFAULT_VERSION } from './versions.js';

/**
 * `Caddyfile` (also `Caddyfile.prod` and the like) and `*.caddyfile`, as Caddy's own tooling names them, and
 * `caddy.json`, Caddy's native config.
 */
export function isCaddyPath(path: string): boolean {
  const name = basename(path);
  return /^Caddyfile(\.[^/]*)?$/.test(name) || /\.caddyfile$/i.test(name) || name === 'caddy.json';
}

export const caddyFinder: DialectFinder = {
  id: 'caddy',
  defaultServerVersion: CADDY_DEFAULT_VERSION,
  mainFileNames: ['Caddyfile'],
  detect: isCaddyPath,
};
