// How reports name files: paths relative to the run's root, and SARIF-ready uris.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `file` as an absolute path; a relative one is taken relative to `root`. */
export function absolutePath(file: string, root: string): string {
  return isAbsolute(file) ? file : resolve(root, file);
}

/** The path of `file` relative to `root` with `/` separators, or undefined when `file` lies outside `root`. */
export function pathInsideRoot(file: string, root: string): string | undefined {
  return memoized(insidePaths, file, root, computePathInsideRoot) ?? undefined;
}

function computePathInsideRoot(file: string, root: string): string | null {
  const rel = relative(resolve(root), absolutePath(file, root));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** What a human-facing report prints for `file`: relative to `root` when inside it, else absolute. */
export function displayPath(file: string, root: string): string {
  return memoized(displayPaths, file, root, (f, r) => pathInsideRoot(f, r) ?? absolutePath(f, r).split(sep).join('/'));
}

/**
 * Answers by root and file. A report names the same few files for each of thousands of findings, and
 * path.relative and path.resolve were a tenth of writing one. A relative root depends on the working
 * directory, so it is never cached.
 */
const insidePaths = new Map<string, Map<string, string | null>>();
const displayPaths = new Map<string, Map<string, string>>();

/** Files remembered per root before the cache starts over: it serves one run's files, not a long process's every file. */
const MAX_CACHED_FILES = 100_000;

function memoized<T>(cache: Map<string, Map<string, T>>, file: string, root: string, compute: (file: string, root: string) => T): T {
  if (!isAbsolute(root)) return compute(file, root);
  let byFile = cache.get(root);
  if (!byFile) cache.set(root, (byFile = new Map()));
  let value = byFile.get(file);
  if (value === undefined && !byFile.has(file)) {
    if (byFile.size >= MAX_CACHED_FILES) byFile.clear();
    byFile.set(file, (value = compute(file, root)));
  }
  return value as T;
}

/** A relative path (`/`-separated) as a URI reference: each segment percent-encoded (spaces, `#`, `%`, `:` and non-ASCII). */
export function encodeRelativeUri(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

/** The `file://` uri of a directory, with the trailing slash SARIF requires of a uri base. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** The absolute `file://` uri of a file. */
export function fileUri(file: string, root: string): string {
  const absolute = absolutePath(file, root);
  // pathToFileURL resolves the path and percent-encodes it: 7 ms of a 10,000-vhost report on a tree outside the
  // root, two calls per file. A resolved POSIX path of letters, digits and `._-` comes out as it went in (Node encodes even `~`).
  return sep === '/' && PLAIN_PATH.test(absolute) ? `file://${absolute}` : pathToFileURL(absolute).href;
}

/** Absolute, no `.` or `..` segment, no empty one, no trailing slash, and no character a uri path encodes. */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[\w.-]+)+$/;

/** `record` with its keys in code-unit order, so reports do not depend on insertion order. */
export function sortedRecord(record: Record<string, string>): Record<string, string> {
  // Findings about one certificate share its properties record (certificateProperties): sort it once.
  let sorted = sortedRecords.get(record);
  if (!sorted) sortedRecords.set(record, (sorted = sortRecord(record)));
  return sorted;
}

const sortedRecords = new WeakMap<Record<string, string>, Record<string, string>>();

function sortRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
