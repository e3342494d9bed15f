// The Caddy dialect: which files are Caddyfiles, how to load them, how to read them into the model.
import { basename } from 'node:path';
import type { Dialect } from '../dialect.js';
import { buildCaddyJsonModel } from './json-model.js';
import { isCaddyJson, loadCaddyfile, loadCaddyJson } from './load.js';
import { CADDY_JSON } from './parse.js';
import type { ConfigFile } from '../../syntax/ast.js';
import type { LoadContext } from '../dialect.js';
import type { LintOptions } from '../../engine/options.js';
import type { TlsModel } from '../../model/types.js';
import { buildCaddyModel } from './model.js';
import { caddyNames } from './names.js';
import { renderCaddy } from './render.js';
import { CADDY_DEFAULT_VERSION } from './versions.js';

/**
 * `Caddyfile` (also `Caddyfile.prod` and the like) and `*.caddyfile`, as Caddy's own tooling names them, and
 * `caddy.json`, Caddy's native config.
 */
export function isCaddyPath(path: string): boolean {
  const name = basename(path);
  return /^Caddyfile(\.[^/]*)?$/.test(name) || /\.caddyfile$/i.test(name) || name === 'caddy.json';
}

// One dialect reads both forms: the JSON a file holds (caddy.json, or what `caddy adapt` printed) is known
// from its name or its first characters, so `--dialect caddy` needs no second id for it; `--dialect caddy-json`
// reads every file as JSON (a config named otherwise whose broken JSON would look like a Caddyfile).
async function loadCaddy(entry: string, context: LoadContext): Promise<ConfigFile[]> {
  return context.syntax === CADDY_JSON || isCaddyJson(entry) ? loadCaddyJson(entry, context) : loadCaddyfile(entry, context);
}

function buildModel(entry: ConfigFile, options: LintOptions): TlsModel {
  return entry.dialect === CADDY_JSON ? buildCaddyJsonModel(entry, options) : buildCaddyModel(entry, options);
}

export const caddy: Dialect = {
  id: 'caddy',
  defaultServerVersion: CADDY_DEFAULT_VERSION,
  mainFileNames: ['Caddyfile'],
  detect: isCaddyPath,
  load: loadCaddy,
  buildModel,
  names: caddyNames,
  render: renderCaddy,
};

