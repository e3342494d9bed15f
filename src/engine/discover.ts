// Turns command-line paths into the config files to lint: directories are scanned, files taken as given.
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, basename } from 'node:path';
import type { Dialect } from '../dialects/dialect.js';

/** Directories never worth scanning. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'coverage']);

export interface DiscoveredFile {
  path: string;
  /** True when the user named the file itself: it is linted whatever its name. */
  explicit: boolean;
  /** A main config loaded only as the context of named files it includes (see contextEntries in run.ts). */
  contextOnly?: boolean;
}

export interface DiscoveryProblem {
  path: string;
  message: string;
}

/** Finds config files under `paths` that `dialect` recognises; files named directly are always kept. */
export async function discoverFiles(paths: string[], dialect: Pick<Dialect, 'detect'>): Promise<{ files: DiscoveredFile[]; problems: DiscoveryProblem[] }> {
  const files: DiscoveredFile[] = [];
  const problems: DiscoveryProblem[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await scanDirectory(path, dialect, files, problems);
      else files.push({ path, explicit: true });
    } catch (error) {
      problems.push({ path, message: describeFsError(error, path) });
    }
  }
  return { files: dedupe(files), problems };
}

async function scanDirectory(directory: string, dialect: Pick<Dialect, 'detect'>, files: DiscoveredFile[], problems: DiscoveryProblem[]): Promise<void> {
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
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await scanDirectory(path, dialect, files, problems);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && dialect.detect(path)) {
      files.push({ path, explicit: false });
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
export function entryOrder(files: DiscoveredFile[]): DiscoveredFile[] {
  const rank = (f: DiscoveredFile) => (basename(f.path) === 'nginx.conf' ? 0 : 1);
  return [...files].sort((a, b) => rank(a) - rank(b) || a.path.split('/').length - b.path.split('/').length);
}
