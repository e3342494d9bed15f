// GitLab Code Quality reporter: the documented required fields (checked by a schema derived from GitLab's docs), severities, fingerprints.
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatGitlab, type CodeQualityIssue } from '../../src/report/gitlab.js';
import { assignFingerprints } from '../../src/report/fingerprint.js';
import type { LintResult } from '../../src/engine/finding.js';
import { FINDINGS, OUTSIDE, RULES, readSource, sampleResult } from './sample.js';

const Ajv = AjvModule.default;
const schema = JSON.parse(readFileSync(new URL('../../fixtures/gitlab/code-quality.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const issues = (result = sampleResult()): CodeQualityIssue[] => JSON.parse(formatGitlab(result, RULES, { readSource }));
const insideRoot = (notifications: LintResult['notifications'] = []) => sampleResult({ findings: FINDINGS.filter((f) => f.range.file !== OUTSIDE), notifications });

describe('formatGitlab', () => {
  it('writes issues GitLab accepts: every field its documentation requires', () => {
    expect(validate(issues(insideRoot())), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(issues(insideRoot(sampleResult().notifications))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(issues(sampleResult({ findings: [] })))).toBe(true);
  });

  it('the schema rejects what GitLab would not take', () => {
    const [good] = issues(insideRoot());
    const broken = [
      { ...good, severity: 'warning' },
      { ...good, fingerprint: undefined },
      { ...good, location: { path: './nginx/nginx.conf', lines: { begin: 1 } } },
      { ...good, location: { path: 'nginx/nginx.conf' } },
    ];
    for (const issue of broken) expect(validate([issue])).toBe(false);
  });

  it('maps severities, leaves out suppressed findings and names files relative to the root', () => {
    const written = issues(insideRoot());
    expect(written.map((i) => [i.check_name, i.severity, i.location.path, i.location.positions.begin.line])).toEqual([
      ['hsts-not-always', 'minor', 'nginx/nginx.conf', 2],
      ['protocol-deprecated', 'major', 'nginx/nginx.conf', 5],
      ['ocsp-stapling-disabled', 'info', 'nginx/sites enabled/shop#1.conf', 1],
    ]);
    expect(written[1]).toMatchObject({ description: 'Deprecated protocol "TLSv1" enabled', location: { positions: { begin: { column: 23 }, end: { line: 5, column: 28 } } } });
  });

  // A rule that crashed on a file, or an include that could not be read: the run missed findings there.
  it('lists error and warning notifications about a file as issues of check "tlslint", notes not', () => {
    const notices = [
      { level: 'error' as const, message: 'Rule x failed on nginx.conf: boom', file: '/repo/nginx/nginx.conf', ruleId: 'hsts-not-always' },
      { level: 'warning' as const, message: 'Unused tlslint-disable-line', file: '/repo/nginx/nginx.conf', line: 4 },
      { level: 'note' as const, message: 'Skipped a file', file: '/repo/nginx/nginx.conf' },
      { level: 'error' as const, message: 'No file named', ruleId: undefined },
    ];
    const written = issues(sampleResult({ findings: [], notifications: notices }));
    expect(written.map((i) => [i.check_name, i.severity, i.location.path, i.location.positions.begin.line])).toEqual([
      ['tlslint/hsts-not-always', 'major', 'nginx/nginx.conf', 1],
      ['tlslint', 'minor', 'nginx/nginx.conf', 4],
    ]);
    expect(validate(written)).toBe(true);
  });

  it('uses the baseline fingerprints: unique, and the same when lines move', () => {
    const written = issues(sampleResult({ notifications: [] }));
    expect(new Set(written.map((i) => i.fingerprint)).size).toBe(written.length);
    const unsuppressed = FINDINGS.filter((f) => !f.suppression);
    const expected = assignFingerprints(unsuppressed, readSource, '/repo');
    expect(written.map((i) => i.fingerprint).sort()).toEqual(unsuppressed.map((f) => expected.get(f)).sort());
  });

  it('writes an empty array for a clean run', () => {
    expect(formatGitlab(sampleResult({ findings: [], notifications: [] }), RULES)).toBe('[]\n');
  });
});
