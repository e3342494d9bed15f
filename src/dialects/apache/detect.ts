// Which files are Apache httpd configs: kept apart from the dialect so the run can sort files cheaply.
import { basename } from 'node:path';
import type { DialectFinder } from '../dialect.js';
import { APACHE_DEFAULT_VERSION } from './versions.js';

/** Directories, directly below an `apache2/` or `httpd/` directory, whose files are configs (Debian and RHEL layouts). */
const CONFIG_DIRS = /(^|\/)(apache2?|httpd)\/(sites-[^/]+|conf-[^/]+|conf\.d|conf\.modules\.d|mods-[^/]+|conf)\/[^/]+$/;

/**
 * True for `apache2.conf` and `httpd.conf` anywhere, `.htaccess`, and files in `sites-*`, `conf-*`,
 * `conf.d`, `conf.modules.d`, `mods-*` and `conf` directories of an `apache2/` or `httpd/` tree.
 * `path` should be relative to the repository root, so that a checkout under `/builds/httpd/` is not Apache's.
 */
export function isApacheConfigPath(path: string): boolean {
  const normal = path.replaceAll('\\', '/');
  const name = basename(normal);
  if (name === 'apache2.conf' || name === 'httpd.conf' || name === '.htaccess') return true;
  if (name.startsWith('.') || !CONFIG_DIRS.test(normal)) return false;
  // Debian's mods-*/ hold `.load` and `.conf` files; sites and conf directories hold `.conf` files
  // (Debian's a2ensite only enables `*.conf`), but a `sites-enabled` link may have any name.
  return /\/sites-[^/]+\/[^/]+$/.test(normal) || name.endsWith('.conf') || name.endsWith('.load');
}

/** Any file of an `apache2/`, `apache/` or `httpd/` tree (`ports.conf`, `envvars`): Apache's when named on the command line. */
export function isInApacheTree(path: string): boolean {
  const normal = path.replaceAll('\\', '/');
  return /(^|\/)(apache2?|httpd)\//.test(normal) && !/(^|\/)nginx\//.test(normal);
}

export const apacheFinder: DialectFinder = {
  id: 'apache',
  defaultServerVersion: APACHE_DEFAULT_VERSION,
  mainFileNames: ['apache2.conf', 'httpd.conf'],
  detect: isApacheConfigPath,
};
