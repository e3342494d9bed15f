// The dialects tlslint knows, loaded only when a run needs them (cold start matters in pre-commit).
import type { Dialect } from './dialect.js';

export type DialectId = 'nginx' | 'caddy';

export const DIALECT_IDS: readonly DialectId[] = ['nginx', 'caddy'];

/** What docs and tests need to know of each dialect without loading it. */
export interface DialectInfo {
  /** The server's name for people: `nginx`, `Apache httpd`, `Caddy`. */
  name: string;
  /** The markdown fence language of its examples in rule pages. */
  fence: string;
  /** The file name an example or test case is written to, so that detection and main-file rules apply. */
  exampleFile: string;
}

export const DIALECT_INFO: Record<DialectId, DialectInfo> = {
  nginx: { name: 'nginx', fence: 'nginx', exampleFile: 'nginx.conf' },
  caddy: { name: 'Caddy', fence: 'caddyfile', exampleFile: 'Caddyfile' },
};

const loaders: Record<DialectId, () => Promise<Dialect>> = {
  nginx: async () => (await import('./nginx/index.js')).nginx,
  caddy: async () => (await import('./caddy/index.js')).caddy,
};

/** The dialect `id`, imported on first use. */
export function loadDialect(id: DialectId): Promise<Dialect> {
  return loaders[id]();
}

/** The dialect that reads `path`: the forced one, else the first whose `detect` claims it, else nginx. */
export async function dialectFor(path: string, forced?: DialectId): Promise<Dialect> {
  if (forced) return loadDialect(forced);
  const dialects = await Promise.all(DIALECT_IDS.map(loadDialect));
  return dialects.find((dialect) => dialect.detect(path)) ?? dialects[0];
}

export function isDialectId(value: string): value is DialectId {
  return (DIALECT_IDS as readonly string[]).includes(value);
}

/** A server whose configuration tlslint does not read yet, and how its files are recognised. */
export interface PlannedDialect {
  name: string;
  detect(path: string): boolean;
}

// Debian/RHEL/upstream layouts: /etc/apache2, /etc/httpd, conf/httpd.conf.
const APACHE_DIRS = /(^|\/)(apache2?|httpd)\//;

/**
 * Apache httpd files: skipped, with a note when named, instead of being read as nginx
 * (Apache's sites-enabled/*.conf would otherwise look like nginx's and drown a run in parse errors).
 */
export const PLANNED_DIALECTS: readonly PlannedDialect[] = [
  { name: 'Apache httpd', detect: (path) => /(^|\/)(httpd|apache2)\.conf$|(^|\/)\.htaccess$/.test(path) || (APACHE_DIRS.test(path) && !/(^|\/)nginx\//.test(path)) },
];

/** The planned dialect `path` belongs to, if any. */
export function plannedDialectOf(path: string): PlannedDialect | undefined {
  return PLANNED_DIALECTS.find((dialect) => dialect.detect(path));
}
