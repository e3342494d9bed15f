// Every loader when the file system fails under it: unreadable files (EACCES) and files deleted while linting.
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ConfigFile } from '../../src/syntax/ast.js';
import { makeTree, recordingContext } from './fs-helpers.js';
import { PARSERS } from './parsers.js';

/**
 * Files whose name holds one of these words fail when read, as if chmod 000 (EACCES) or deleted after
 * the loader saw them (ENOENT). A mock, because tests often run as root, where chmod 000 blocks nothing.
 */
const FAILING_READS: Record<string, string> = { unreadable: 'EACCES', vanishing: 'ENOENT' };

/** Throws the simulated error when `path` names a failing file. */
function failIfMarked(path: unknown): void {
  for (const [word, code] of Object.entries(FAILING_READS)) {
    if (String(path).includes(word)) throw Object.assign(new Error(`${code}: simulated, open '${String(path)}'`), { code, path: String(path) });
  }
}

// Loaders open with openSync (src/engine/read-file.ts, which the nginx loader uses), readFileSync or readFile:
// all fail the same way, where the kernel fails them: at open.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((...args: Parameters<typeof fs.readFileSync>) => {
    failIfMarked(args[0]);
    return fs.readFileSync(...args);
  }) as typeof fs.readFileSync;
  const openSync = ((...args: Parameters<typeof fs.openSync>) => {
    failIfMarked(args[0]);
    return fs.openSync(...args);
  }) as typeof fs.openSync;
  return { ...fs, readFileSync, openSync, default: { ...fs, readFileSync, openSync } };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = async (...args: Parameters<typeof fs.readFile>) => {
    failIfMarked(args[0]);
    return fs.readFile(...args);
  };
  return { ...fs, readFile, default: { ...fs, readFile } };
});

const messages = (files: readonly ConfigFile[]) => files.flatMap((f) => f.diagnostics.map((d) => `${d.ruleId}: ${d.message}`));

/** True when this process ignores file permissions, so chmod 000 cannot make a file unreadable. */
const runningAsRoot = process.getuid?.() === 0;

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s loader when the file system fails', (_dialect, parser) => {
  const { include, filler } = parser;

  it('reports an unreadable included file (EACCES) on its include and reads the rest', async () => {
    const root = makeTree({ 'main.conf': include('@/unreadable.conf') + include('@/ok.conf'), 'unreadable.conf': filler, 'ok.conf': filler });
    const files = await parser.load(join(root, 'main.conf'), recordingContext(root).context);
    expect(files.map((f) => f.path)).toEqual([join(root, 'main.conf'), join(root, 'ok.conf')]);
    expect(messages(files)).toEqual([expect.stringMatching(/^include-not-found: Cannot include ".*unreadable\.conf": permission denied$/)]);
  });

  it('refuses an unreadable entry file with a clear error', async () => {
    const root = makeTree({ 'unreadable.conf': filler });
    await expect(parser.load(join(root, 'unreadable.conf'), recordingContext(root).context)).rejects.toThrow(/unreadable\.conf.*permission denied/);
  });

  it('reports an included file deleted between listing and reading', async () => {
    const root = makeTree({ 'main.conf': include('@/conf.d/*.conf'), 'conf.d/a.conf': filler, 'conf.d/vanishing.conf': filler });
    const files = await parser.load(join(root, 'main.conf'), recordingContext(root).context);
    expect(files.map((f) => f.path)).toEqual([join(root, 'main.conf'), join(root, 'conf.d/a.conf')]);
    expect(messages(files)).toEqual([expect.stringMatching(/^include-not-found: Cannot include ".*vanishing\.conf": no such file$/)]);
  });

  it('refuses an entry file deleted before it is read with a clear error', async () => {
    const root = makeTree({ 'main.conf': filler });
    rmSync(join(root, 'main.conf'));
    await expect(parser.load(join(root, 'main.conf'), recordingContext(root).context)).rejects.toThrow(/main\.conf.*no such file/);
  });

  // The mock above proves the handling; this proves the mock matches what the kernel does, where it can.
  it.skipIf(runningAsRoot)('reports a really unreadable file (chmod 000) — SKIPPED when running as root: root reads any file', async () => {
    const root = makeTree({ 'main.conf': include('@/locked.conf'), 'locked.conf': filler });
    chmodSync(join(root, 'locked.conf'), 0o000);
    try {
      const files = await parser.load(join(root, 'main.conf'), recordingContext(root).context);
      expect(messages(files)).toEqual([expect.stringMatching(/locked\.conf": permission denied$/)]);
    } finally {
      chmodSync(join(root, 'locked.conf'), 0o644);
    }
  });
});

if (runningAsRoot) {
  // Loud, so nobody reads the skipped test above as covered.
  console.warn('load-fs-errors: running as root, the real chmod 000 test is skipped (root reads any file); EACCES is covered by the fs mock');
}
