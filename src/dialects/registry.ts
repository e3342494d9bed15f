// The dialects tlslint knows, loaded only when a run needs them (cold start matters in pre-commit).
import type { Dialect, DialectFinder } from './dialect.js';
import { apacheFinder } from './apache/detect.js';
import { caddyFinder } from './caddy/detect.js';
import { nginxFinder } from './nginx/detect.js';

export type DialectId = 'nginx' | 'apache' | 'caddy';

/**
 * Every dialect; the one source of truth for ids (CLI choices, config schema, detection order). nginx comes
 * first: a file no dialect claims is read as nginx. nginx declines Apache's layouts (apache2/sites-enabled/).
 */
export const DIALECT_IDS: readonly DialectId[] = ['nginx', 'apache', 'caddy'];

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
  apache: { name: 'Apache httpd', fence: 'apacheconf', exampleFile: 'apache2.conf' },
  caddy: { name: 'Caddy', fence: 'caddyfile', exampleFile: 'Caddyfile' },
};

const loaders: Record<DialectId, () => Promise<Dialect>> = {
  nginx: async () => (await import('./nginx/index.js')).nginx,
  apache: async () => (await import('./apache/index.js')).apache,
  caddy: async () => (await import('./caddy/index.js')).caddy,
};

/** The dialect `id`, imported on first use. */
export function loadDialect(id: DialectId): Promise<Dialect> {
  return loaders[id]();
}

/**
 * How each dialect's files are found and named, without its reader: a run sorts its files with these and imports
 * only the dialects it has files of (an nginx tree loads no Apache or Caddy code).
 */
export const DIALECT_FINDERS: Record<DialectId, DialectFinder> = { nginx: nginxFinder, apache: apacheFinder, caddy: caddyFinder };

/** The dialect that reads `path`: the forced one, else the first whose `detect` claims it, else nginx. */
export function dialectFor(path: string, forced?: DialectId): Promise<Dialect> {
  const id = forced ?? DIALECT_IDS.find((candidate) => DIALECT_FINDERS[candidate].detect(path)) ?? DIALECT_IDS[0];
  return loadDialect(id);
}

export function isDialectId(value: string): value is DialectId {
  return (DIALECT_IDS as readonly string[]).includes(value);
}

/** A server whose configuration tlslint does not read yet, and how its files are recognised. */
export interface PlannedDialect {
  name: string;
  detect(path: string): boolean;
}

/** Servers whose files tlslint recognises but does not read yet: none today (nginx, Apache and Caddy are read). */
export const PLANNED_DIALECTS: readonly PlannedDialect[] = [
];

/** The planned dialect `path` belongs to, if any. */
export function plannedDialectOf(path: string): PlannedDialect | undefined {
  return PLANNED_DIALECTS.find((dialect) => dialect.detect(path));
}
