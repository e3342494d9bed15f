// Findings in text that many places import (a Caddy snippet) name a bounded number of those places.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/define-rule.js';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../src/engine/run.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { TlsModel } from '../../src/model/types.js';
import type { SourceRange } from '../../src/syntax/range.js';
import { makeModel, makeOptions } from '../helpers/model-builder.js';

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

describe('import sites, counted', () => {
  // The work is counted, not timed: 1,000 findings on one imported line once asked for every import site each.
  it('asks the model for the import sites of a range once, however many findings land on it', () => {
    const line = rangeAt('/conf/Caddyfile', 2);
    const sites = Array.from({ length: 1000 }, (_, i) => rangeAt('/conf/Caddyfile', 10 + i));
    let asked = 0;
    const model: TlsModel = { ...makeModel([]), importSites: () => (asked++, sites) };
    const rule = defineRule({
      id: 'test-many-findings', description: 'Test rule', howToFix: 'Nothing', severity: 'warning', tags: [], profiles: ['intermediate'],
      messages: { many: (p: { i: number }) => `Finding ${p.i}` },
      check(_model, ctx) {
        for (let i = 0; i < 1000; i++) ctx.report('many', { i }, line);
      },
    });
    const findings = runRule(rule, model, makeOptions());
    expect(findings).toHaveLength(1000);
    expect(asked).toBe(1);
    expect(findings[999].related.map((r) => r.message).at(-1)).toBe('Imported here (and at 990 more places)');
    expect(findings[999].related.map((r) => r.range.start.line)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });
});

function rangeAt(file: string, line: number): SourceRange {
  return { file, start: { line, column: 1, offset: line * 100 }, end: { line, column: 5, offset: line * 100 + 4 } };
}
