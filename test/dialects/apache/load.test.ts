// Apache include resolution through globs: matches a directory listing shows to be regular files are neither
// stat'ed nor realpath'ed one by one, so their real paths (what cycle detection compares) come from their directory.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadContext } from '../../../src/dialects/dialect.js';
import { loadApache } from '../../../src/dialects/apache/load.js';

function context(root: string): LoadContext {
  return { root, pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 100, maxIncludeDepth: 20, notify: () => {} };
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tlslint-apache-load-'));
  made.push(dir);
  return dir;
}

describe('loadApache globs', () => {
  it('sees a cycle through a symlinked directory a glob lists', async () => {
    const dir = tree();
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    writeFileSync(join(dir, 'real', 'a.conf'), `IncludeOptional ${join(dir, 'link')}/*.conf\nServerName a\n`);
    const files = await loadApache(join(dir, 'real', 'a.conf'), context(dir));
    expect(files.map((file) => file.path)).toEqual([join(dir, 'real', 'a.conf')]);
    const diagnostics = files[0].diagnostics.map((d) => [d.ruleId, d.message]);
    expect(diagnostics).toEqual([['include-cycle', 'Include cycle: a.conf -> a.conf']]);
  });

  it('reads files and symlinks to files a glob matches, in byte order, and sees a cycle through a symlinked file', async () => {
    const dir = tree();
    mkdirSync(join(dir, 'sites'));
    writeFileSync(join(dir, 'main.conf'), 'IncludeOptional sites/*.conf\n');
    writeFileSync(join(dir, 'sites', 'b.conf'), 'ServerName b\n');
    writeFileSync(join(dir, 'other.conf'), 'IncludeOptional sites/*.conf\n');
    symlinkSync(join(dir, 'other.conf'), join(dir, 'sites', 'a.conf'));
    symlinkSync(join(dir, 'sites', 'b.conf'), join(dir, 'sites', 'c.conf'));
    const files = await loadApache(join(dir, 'main.conf'), context(dir));
    expect(files.map((file) => file.path.slice(dir.length + 1))).toEqual(['main.conf', 'sites/a.conf', 'sites/b.conf', 'sites/c.conf']);
    const cycles = files.flatMap((file) => file.diagnostics).filter((d) => d.ruleId === 'include-cycle');
    // a.conf is other.conf, which includes sites/a.conf again: its real path is other.conf's.
    expect(cycles.map((d) => d.message)).toEqual(['Include cycle: main.conf -> other.conf -> other.conf']);
  });
});
