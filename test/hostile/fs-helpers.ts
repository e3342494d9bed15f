// Throwaway config trees on disk and load contexts that record the loader's notices, for the loader suites.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { LoadContext } from '../../src/dialects/dialect.js';
import type { ToolNotification } from '../../src/engine/finding.js';

/** One entry of a tree: file text, raw bytes, a symbolic link, or an empty directory. */
export type TreeEntry = string | Uint8Array | { symlink: string } | { directory: true };

const roots: string[] = [];
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A new empty temporary directory, removed after the suite. */
export function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'tlslint-hostile-'));
  roots.push(root);
  return root;
}

/**
 * Writes `entries` (relative path → entry) under a new temporary directory, removed after the suite.
 * `@/` in file texts and link targets stands for that directory, so includes can use absolute paths.
 */
export function makeTree(entries: Record<string, TreeEntry>, root = tempRoot()): string {
  const here = (text: string) => text.replaceAll('@/', `${root}/`);
  for (const [relative, entry] of Object.entries(entries)) {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof entry === 'string') writeFileSync(path, here(entry));
    else if (entry instanceof Uint8Array) writeFileSync(path, entry);
    else if ('symlink' in entry) symlinkSync(here(entry.symlink), path);
    else mkdirSync(path, { recursive: true });
  }
  return root;
}

/** A load context for `root` with generous limits unless overridden, and the notices it received. */
export function recordingContext(root: string, limits: Partial<Pick<LoadContext, 'maxFileBytes' | 'maxIncludedFiles' | 'maxIncludeDepth'>> = {}): { context: LoadContext; notices: ToolNotification[] } {
  const notices: ToolNotification[] = [];
  const context: LoadContext = {
    root,
    pathMaps: [],
    cache: new Map(),
    maxFileBytes: 1 << 20,
    maxIncludedFiles: 1000,
    maxIncludeDepth: 50,
    ...limits,
    notify: (notice) => notices.push(notice),
  };
  return { context, notices };
}
