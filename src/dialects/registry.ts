// The dialects tlslint knows, loaded only when a run needs them (cold start matters in pre-commit).
import type { Dialect } from './dialect.js';
import { isApacheConfigPath, isInApacheTree } from './apache/detect.js';
import { isNginxConfigPath } from './nginx/detect.js';

export type DialectId = 'nginx' | 'apache';

/** Every dialect; the one source of truth for ids (CLI choices, config schema, detection order). */
export const DIALECT_IDS: readonly DialectId[] = ['nginx', 'apache'];

const loaders: Record<DialectId, () => Promise<Dialect>> = {
  nginx: async () => (await import('./nginx/index.js')).nginx,
  apache: async () => (await import('./apache/index.js')).apache,
};

/** The dialect `id`, imported on first use. */
export function loadDialect(id: DialectId): Promise<Dialect> {
  return loaders[id]();
}

export function isDialectId(value: string): value is DialectId {
  return (DIALECT_IDS as readonly string[]).includes(value);
}

/**
 * The dialect whose files look like `path` (relative to the repository root), or undefined. Apache is
 * asked first: its `sites-enabled/*.conf` below `apache2/` would otherwise look like nginx's. A file named
 * on the command line (`explicit`) is Apache's anywhere in an Apache tree (`apache2/ports.conf`).
 */
export function detectDialect(path: string, explicit = false): DialectId | undefined {
  if (isApacheConfigPath(path) || (explicit && isInApacheTree(path))) return 'apache';
  if (!isPlannedDialectPath(path) && isNginxConfigPath(path)) return 'nginx';
  return undefined;
}

/** A server whose configuration tlslint does not read yet, and how its files are recognised. */
export interface PlannedDialect {
  name: string;
  detect(path: string): boolean;
}

/** Caddy files: skipped, with a note when named, instead of being read as nginx. */
export const PLANNED_DIALECTS: readonly PlannedDialect[] = [
  { name: 'Caddy', detect: (path) => /(^|\/)Caddyfile(\.[^/]*)?$|\.caddyfile$/i.test(path) },
];

function isPlannedDialectPath(path: string): boolean {
  return PLANNED_DIALECTS.some((dialect) => dialect.detect(path));
}

/** The planned dialect `path` belongs to, if any. */
export function plannedDialectOf(path: string): PlannedDialect | undefined {
  return PLANNED_DIALECTS.find((dialect) => dialect.detect(path));
}
