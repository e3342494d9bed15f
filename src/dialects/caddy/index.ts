// The Caddy dialect: which files are Caddyfiles, how to load them, how to read them into the model.
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
import { caddyFinder } from './detect.js';

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
  ...caddyFinder,
  load: loadCaddy,
  buildModel,
  names: caddyNames,
  render: renderCaddy,
};

