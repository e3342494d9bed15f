// Turns command-line paths into the config files to lint: directories are scanned, files taken as given.
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, basename } from 'node:path';
import type { DialectFinder } from '../dialects/dialect.js';
import type { DialectId } from '../dialects/registry.js';

/** Directories never worth scanning. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'coverage']);

export interface DiscoveredFile {
  path: string;
  /** The dialect that reads it: the one forced, else the first whose `detect` claims the path (nginx for a named file none claims). */
  dialect: DialectId;
  /** True when the user named the file itself: it is linted whatever its name. */
  explicit: boolean;
  /** A main config loaded only as the context of named files it includes (see contextEntries in run.ts). */
  contextOnly?: boolean;
  /** The directory given on the command line whose scan found the file. */
  scannedFrom?: string;
}

export interface DiscoveryProblem {
  path: string;
  message: string;
}

/** What {@link discoverFiles} found under the given paths. */
export interface Discovery {
  files: DiscoveredFile[];
  problems: DiscoveryProblem[];
  /** Given paths that matched nothing: no such file, or a directory holding no config file a dialect knows. */
  unmatched: string[];
}

/**
 * Finds config files under `paths` that one of `dialects` recognises (the first that claims a path reads it);
 * files named directly are always kept.
 */
export async function discoverFiles(paths: string[], dialects: readonly DialectFinder[]): Promise<Discovery> {
  const files: DiscoveredFile[] = [];
  const problems: DiscoveryProblem[] = [];
  const unmatched: string[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const before = files.length;
        await scanDirectory(path, dialects, files, problems);
        for (const file of files.slice(before)) file.scannedFrom = path;
        if (files.length === before) unmatched.push(path);
      } else files.push({ path, dialect: dialectOf(path, dialects)?.id ?? dialects[0].id, explicit: true });
    } catch (error) {
      problems.push({ path, message: describeFsError(error, path) });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') unmatched.push(path);
    }
  }
  return { files: dedupe(files), problems, unmatched };
}

/** The dialect whose files look like `path`; with one dialect forced, that one. */
export function dialectOf(path: string, dialects: readonly DialectFinder[]): DialectFinder | undefined {
  if (dialects.length === 1) return dialects[0];
  return dialects.find((dialect) => dialect.detect(path));
}

async function scanDirectory(directory: string, dialects: readonly DialectFinder[], files: DiscoveredFile[], problems: DiscoveryProblem[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: directory, message: describeFsError(error, directory) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await scanDirectory(path, dialects, files, problems);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const dialect = dialects.find((d) => d.detect(path));
      if (dialect) files.push({ path, dialect: dialect.id, explicit: false });
    }
  }
}

function dedupe(files: DiscoveredFile[]): DiscoveredFile[] {
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)));
}

/** True when `path` is a regular file (or a link to one) that can be stat'ed. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A one-line description of a file-system error, without a stack. */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return `No such file or directory: ${path}`;
    case 'EACCES': case 'EPERM': return `Permission denied: ${path}`;
    case 'EISDIR': return `Is a directory: ${path}`;
    case 'ELOOP': return `Too many levels of symbolic links: ${path}`;
    default: return `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Entry files first: a main config (`nginx.conf`) includes the others, so it must be read first. */
export function entryOrder(files: DiscoveredFile[], dialect: Pick<DialectFinder, 'mainFileNames'>): DiscoveredFile[] {
  const rank = (f: DiscoveredFile) => (dialect.mainFileNames.includes(basename(f.path)) ? 0 : 1);
  return [...files].sort((a, b) => rank(a) - rank(b) || a.path.split('/').length - b.path.split('/').length);
}
