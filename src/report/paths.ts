// How reports name files: paths relative to the run's root, and SARIF-ready uris.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `file` as an absolute path; a relative one is taken relative to `root`. */
export function absolutePath(file: string, root: string): string {
  return isAbsolute(file) ? file : resolve(root, file);
}

/** The path of `file` relative to `root` with `/` separators, or undefined when `file` lies outside `root`. */
export function pathInsideRoot(file: string, root: string): string | undefined {
  const rel = relative(resolve(root), absolutePath(file, root));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** What a human-facing report prints for `file`: relative to `root` when inside it, else absolute. */
export function displayPath(file: string, root: string): string {
  return pathInsideRoot(file, root) ?? absolutePath(file, root).split(sep).join('/');
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
  return pathToFileURL(absolutePath(file, root)).href;
}

/** `record` with its keys in code-unit order, so reports do not depend on insertion order. */
export function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
