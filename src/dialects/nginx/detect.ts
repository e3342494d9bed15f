// Which files are nginx configs: kept apart from the dialect so the run can sort files cheaply.
import { basename, sep } from 'node:path';
import type { DialectFinder } from '../dialect.js';
import { isApacheConfigPath } from '../apache/detect.js';
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

export const nginxFinder: DialectFinder = {
  id: 'nginx',
  defaultServerVersion: NGINX_DEFAULT_VERSION,
  mainFileNames: ['nginx.conf'],
  // Apache's Debian layout has sites-enabled/ and conf.d/ too: those files are Apache's.
  detect: (path) => isNginxConfigPath(path) && !isApacheConfigPath(path),
};
