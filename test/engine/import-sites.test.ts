// Findings in text that many places import (a Caddy snippet) name a bounded number of those places.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../src/engine/run.js';

const dir = mkdtempSync(join(tmpdir(), 'tlslint-import-sites-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import sites of a finding', () => {
  it('lists the first ten places a snippet is imported at, the tenth saying how many more there are', async () => {
    const sites = Array.from({ length: 15 }, (_, i) => `site${i}.example.com {\n\timport common\n}\n`).join('');
    const file = join(dir, 'Caddyfile');
    writeFileSync(file, `(common) {\n\theader Strict-Transport-Security "max-age=300"\n}\n${sites}`);
    const options: RunOptions = {
      dialect: 'caddy', profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
      root: dir, pathMaps: [], ruleOptions: {}, ruleSettings: {}, onlyRules: ['hsts-max-age-short'], limits: DEFAULT_LIMITS,
    };
    const { findings } = await lint([file], options);
    expect(findings).toHaveLength(1);
    const related = findings[0].related;
    expect(related.map((r) => r.range.start.line)).toEqual([5, 8, 11, 14, 17, 20, 23, 26, 29, 32]);
    expect(related.at(-1)?.message).toBe('Imported here (and at 5 more places)');
  });
});
