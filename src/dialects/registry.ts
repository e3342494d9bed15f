// The dialects tlslint knows, loaded only when a run needs them (cold start matters in pre-commit).
import type { Dialect } from './dialect.js';

export type DialectId = 'nginx';

export const DIALECT_IDS: readonly DialectId[] = ['nginx'];

const loaders: Record<DialectId, () => Promise<Dialect>> = {
  nginx: async () => (await import('./nginx/index.js')).nginx,
};

/** The dialect `id`, imported on first use. */
export function loadDialect(id: DialectId): Promise<Dialect> {
  return loaders[id]();
}

export function isDialectId(value: string): value is DialectId {
  return (DIALECT_IDS as readonly string[]).includes(value);
}
