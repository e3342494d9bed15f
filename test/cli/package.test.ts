// What the npm tarball (and so pre-commit's `npm pack` + `npm install -g`) ships: the bundle, its licenses, the
// rule pages and the schema; and package.json metadata a registry page and `npm bugs` need.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIALECT_IDS, DIALECT_INFO, PLANNED_DIALECTS } from '../../src/dialects/registry.js';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the npm package', () => {
  it('packs the bundle, the MIT license, the third-party notices with the MPL-2.0 data notice, docs and schema', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const files = (JSON.parse(pack.stdout)[0].files as { path: string }[]).map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/tlslint.js', 'bin/THIRD-PARTY-NOTICES.txt', 'schema/tlslint.schema.json', 'rules/hsts-missing.md']));
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('fixtures/'))).toEqual([]);
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    const notices = readFileSync(join(ROOT, 'bin/THIRD-PARTY-NOTICES.txt'), 'utf8');
    expect(notices).toContain('Mozilla Server Side TLS guidelines (MPL-2.0)');
    expect(notices).toContain('src/tls/mozilla-guidelines.data.ts in https://github.com/tlslint/tlslint');
    expect(notices).toContain('Mozilla Public License Version 2.0');
  });

  it('has no runtime dependencies: the bundle is all it needs', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
  });

  it('says where the project lives and describes what this release reads', () => {
    expect(manifest).toMatchObject({
      license: 'MIT',
      homepage: 'https://github.com/tlslint/tlslint#readme',
      bugs: { url: 'https://github.com/tlslint/tlslint/issues' },
      repository: { type: 'git', url: 'git+https://github.com/tlslint/tlslint.git' },
    });
    // The description names every server this release reads, and none it only skips with a note.
    for (const id of DIALECT_IDS) expect(manifest.description).toContain(DIALECT_INFO[id].name);
    for (const planned of PLANNED_DIALECTS) expect(manifest.description).not.toContain(planned.name.split(' ')[0]);
  });
});
