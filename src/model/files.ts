// Where a server reads a file a TLS setting names, and whether the checkout is expected to hold it: shared by the dialects.
import { isAbsolute, join, relative } from 'node:path';

/** A path mapping as `--map` and `pathMaps` give it. */
export interface PathMap {
  from: string;
  to: string;
}

/** Maps an absolute path through `--map`: the longest matching `from` prefix wins. */
export function mapPath(path: string, pathMaps: readonly PathMap[]): string {
  let best: PathMap | undefined;
  for (const map of pathMaps) {
    const from = map.from.replace(/\/+$/, '') || '/';
    const matches = path === from || path.startsWith(from === '/' ? '/' : `${from}/`);
    if (matches && (!best || from.length > best.from.length)) best = { from, to: map.to };
  }
  if (!best) return path;
  return join(best.to, path.slice(best.from === '/' ? 0 : best.from.length));
}

/** How a dialect resolves a file name: its base directory for relative names, and the run's root and maps. */
export interface FileResolution {
  /** The directory relative names resolve against (nginx's conf prefix, Apache's ServerRoot). */
  base: string;
  /** False when `base` is a guess (a fragment linted without its main config): relative names are then unknown. */
  baseKnown: boolean;
  /** The checkout, absolute. */
  root: string;
  pathMaps: readonly PathMap[];
}

/**
 * The absolute path of `value` and whether the checkout should hold it: inside the root, or brought in by a
 * path map. A file elsewhere (`/etc/letsencrypt/...`) is unknown, not missing. Undefined for values that
 * are not plain file names: empty, with variables (`$ssl_server_name`, `{env.X}`) or `data:`, `engine:`,
 * `store:` URIs.
 */
export function resolveNamedFile(value: string, resolution: FileResolution): { path: string; inCheckout: boolean } | undefined {
  if (value === '' || /[${]/.test(value) || /^(data|engine|store):/.test(value)) return undefined;
  const inRoot = (path: string) => {
    const rel = relative(resolution.root, path);
    return !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (!isAbsolute(value)) {
    const path = join(resolution.base, value);
    return { path, inCheckout: resolution.baseKnown && inRoot(path) };
  }
  const path = mapPath(value, resolution.pathMaps);
  return { path, inCheckout: path !== value || inRoot(path) };
}
