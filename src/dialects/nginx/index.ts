// The nginx dialect: which files are nginx configs, how to load them, how to read them into the model.
import { basename, sep } from 'node:path';
import type { Dialect } from '../dialect.js';
import { loadNginx } from './load.js';
import { buildNginxModel } from './model.js';
import { nginxNames } from './names.js';
import { renderNginx } from './render.js';
import { NGINX_DEFAULT_VERSION } from './versions.js';

/** Directories whose `*.conf` files are nginx configs (Debian, RHEL and the official packages' layouts). */
const CONFIG_DIRS = new Set(['nginx', 'conf.d', 'sites-enabled', 'sites-available']);

/** True for `nginx.conf` anywhere, `*.conf` below one of {@link CONFIG_DIRS}, and any file in `sites-*`. */
export function isNginxConfigPath(path: string): boolean {
  const name = basename(path);
  if (name === 'nginx.conf') return true;
  const dirs = path.split(sep).slice(0, -1);
  if (dirs.some((d) => d === 'sites-enabled' || d === 'sites-available')) return !name.startsWith('.');
  return name.endsWith('.conf') && dirs.some((d) => CONFIG_DIRS.has(d));
}

export const nginx: Dialect = {
  id: 'nginx',
  defaultServerVersion: NGINX_DEFAULT_VERSION,
  mainFileNames: ['nginx.conf'],
  detect: isNginxConfigPath,
  load: loadNginx,
  buildModel: buildNginxModel,
  names: nginxNames,
  render: renderNginx,
};
