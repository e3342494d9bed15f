// The dialects tlslint knows, loaded only when a run needs them (cold start matters in pre-commit).
import type { Dialect } from './dialect.js';

export type DialectId = 'nginx' | 'caddy' | 'caddy-json';

export const DIALECT_IDS: readonly DialectId[] = ['nginx', 'caddy', 'caddy-json'];

const loaders: Record<DialectId, () => Promise<Dialect>> = {
  nginx: async () => (await import('./nginx/index.js')).nginx,
  caddy: async () => (await import('./caddy/index.js')).caddy,
  'caddy-json': async () => (await import('./caddy/index.js')).caddyJson,
};

/** The dialect `id`, imported on first use. */
export function loadDialect(id: DialectId): Promise<Dialect> {
  return loaders[id]();
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
