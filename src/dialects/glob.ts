// Expands include globs as glob(3) does for nginx's and httpd's includes and Caddy's imports (Node 20 has no fs.glob).
import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, parse as parsePath, sep } from 'node:path';

/** True when `pattern` holds a glob character; nginx checks `strpbrk(file, "*?[")` (ngx_conf_include). */
export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Matches one bracket expression `[...]` at `pattern[start]`; returns the index after it, or -1 when malformed. */
function bracketEnd(pattern: string, start: number): number {
  let index = start + 1;
  if (pattern[index] === '!' || pattern[index] === '^') index++;
  if (pattern[index] === ']') index++;
  while (index < pattern.length && pattern[index] !== ']') index++;
  return index < pattern.length ? index + 1 : -1;
}

function bracketMatches(expression: string, ch: string): boolean {
  let body = expression.slice(1, -1);
  const negated = body[0] === '!' || body[0] === '^';
  if (negated) body = body.slice(1);
  let found = false;
  for (let index = 0; index < body.length; index++) {
    if (body[index + 1] === '-' && index + 2 < body.length) {
      if (ch >= body[index] && ch <= body[index + 2]) found = true;
      index += 2;
    } else if (body[index] === ch) found = true;
  }
  return found !== negated;
}

/**
 * Matches one path segment against one glob segment (`*`, `?`, `[...]`, `\` escapes), with the
 * usual two-pointer backtracking on the last `*` (no regex, no exponential backtracking).
 * Like glob(3) without GLOB_PERIOD, a leading `.` is only matched by a literal `.`.
 */
export function matchSegment(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const step = matchOne(pattern, p, name[n]);
    if (pattern[p] === '*') {
      starP = p++;
      starN = n;
    } else if (step !== -1) {
      p = step;
      n++;
    } else if (starP !== -1) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Index after the pattern element at `p` when it matches `ch`, else -1. */
function matchOne(pattern: string, p: number, ch: string): number {
  const token = pattern[p];
  if (token === undefined || token === '*') return -1;
  if (token === '?') return p + 1;
  if (token === '\\' && p + 1 < pattern.length) return pattern[p + 1] === ch ? p + 2 : -1;
  if (token === '[') {
    const end = bracketEnd(pattern, p);
    if (end !== -1) return bracketMatches(pattern.slice(p, end), ch) ? end : -1;
  }
  return token === ch ? p + 1 : -1;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** True for any directory entry, symlinks not followed: a dangling or looping link is still a match. */
function isEntry(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Directory entries one include glob may visit (names listed and paths looked up). Seven `*` segments from
 * `/` walk the whole disk: nginx would too, but a linter must finish. Real include globs visit a few hundred.
 */
export const MAX_GLOB_ENTRIES = 100_000;

/** Entries a glob expansion may still visit; `cut` once it ran out. */
interface GlobBudget {
  left: number;
  cut: boolean;
}

/** Takes `count` entries from the budget; false (and `cut`) when it is spent. */
function spend(budget: GlobBudget, count: number): boolean {
  budget.left -= count;
  if (budget.left < 0) budget.cut = true;
  return !budget.cut;
}

/** Expands one segment below each of `bases`; matches their listing shows to be regular files go into `regular` when given. */
function expandSegment(bases: string[], segment: string, budget: GlobBudget, regular?: Set<string>): string[] {
  if (!hasGlob(segment)) return bases.map((base) => join(base, segment.replace(/\\(.)/g, '$1')));
  const matches: string[] = [];
  for (const base of bases) {
    let entries: Dirent[];
    try {
      entries = readdirSync(base, { withFileTypes: true });
    } catch {
      continue;
    }
    if (!spend(budget, entries.length + 1)) break;
    for (const entry of entries) {
      if (!matchSegment(segment, entry.name)) continue;
      const path = join(base, entry.name);
      matches.push(path);
      if (regular && entry.isFile()) regular.add(path);
    }
  }
  return matches;
}

/**
 * The paths an absolute glob pattern matches, sorted in byte order as glob(3) sorts them in the C
 * locale nginx runs in (ngx_open_glob in src/os/unix/ngx_files.c passes no GLOB_NOSORT).
 * Directories, dangling and looping symlinks the last segment matches are kept: nginx tries to read
 * each match and fails on them (ngx_conf_include), so the loader reports them.
 */
export function expandGlob(pattern: string, maxEntries = MAX_GLOB_ENTRIES): GlobMatches {
  const { root } = parsePath(pattern);
  const segments = pattern.slice(root.length).split(sep).filter((segment) => segment !== '');
  const budget: GlobBudget = { left: maxEntries, cut: false };
  const regular = new Set<string>();
  let paths = [root];
  for (let index = 0; index < segments.length && !budget.cut; index++) {
    const last = index === segments.length - 1;
    paths = expandSegment(paths, segments[index], budget, last ? regular : undefined);
    if (!last) paths = spend(budget, paths.length) ? paths.filter(isDirectory) : [];
  }
  // A walk cut short matches nothing: a part of the matches, in whatever order the walk reached them,
  // would be read as if it were all of them.
  if (budget.cut) return { paths: [], cut: true, regular: new Set() };
  // Names a directory listing gave exist; only a last segment written out in full must be looked up.
  const listed = segments.length > 0 && hasGlob(segments[segments.length - 1]);
  return { paths: (listed ? paths : paths.filter(isEntry)).sort(compareBytes), cut: false, regular };
}

/** What a glob matched, sorted; none when `cut` (it visited too many entries). */
export interface GlobMatches {
  paths: string[];
  cut: boolean;
  /**
   * The matches their directory's listing showed to be regular files, not symlinks (when the file system
   * says so): a loader need not stat them again, and each one's real path is its directory's, plus its name.
   */
  regular: Set<string>;
}

/** strcmp order of the UTF-8 bytes. */
export function compareBytes(a: string, b: string): number {
  // UTF-8 orders as code points do, and below U+D800 a UTF-16 unit is its code point: at the first
  // difference two such units decide without encoding either path (sorting a directory of 1,000 sites
  // made 20,000 buffers). A surrogate or a unit above it leaves the order to the bytes.
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left === right) continue;
    if (left < 0xd800 && right < 0xd800) return left - right;
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
  }
  return a.length - b.length;
}
