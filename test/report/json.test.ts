// JSON reporter: golden output and the meaning of each field.
import { describe, expect, it } from 'vitest';
import { buildJsonReport, formatJson } from '../../src/report/json.js';
import { FINDINGS, RULES, readSource, sampleResult } from './sample.js';

describe('formatJson', () => {
  it('matches the golden report', async () => {
    await expect(formatJson(sampleResult(), RULES, { readSource })).toMatchFileSnapshot('golden/report.json');
  });

  it('is parseable JSON ending with a newline', () => {
    const text = formatJson(sampleResult(), RULES);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).version).toBe(1);
  });

  it('does not depend on the order findings and properties arrive in', () => {
    const shuffled = sampleResult({ findings: [...FINDINGS].reverse(), properties: { 'serverVersion.nginx': '1.28.0', profile: 'intermediate', guidelines: '5.7' } });
    expect(formatJson(shuffled, RULES, { readSource })).toBe(formatJson(sampleResult(), RULES, { readSource }));
  });

  it('keeps suppressed findings, marked with their justification', () => {
    const report = buildJsonReport(sampleResult());
    const suppressed = report.findings.filter((f) => f.suppressed);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({ ruleId: 'protocol-deprecated', suppressed: { kind: 'inSource', justification: 'legacy kiosk' } });
  });

  it('reports paths relative to the root, absolute outside it', () => {
    const files = buildJsonReport(sampleResult()).findings.map((f) => f.file);
    expect(files).toEqual(['/etc/nginx/snippets/tls.conf', 'nginx/nginx.conf', 'nginx/nginx.conf', 'nginx/sites enabled/shop#1.conf', 'nginx/sites enabled/shop#1.conf']);
  });

  it('carries fixes and related locations with exclusive end columns', () => {
    const hsts = buildJsonReport(sampleResult()).findings.find((f) => f.ruleId === 'hsts-not-always');
    expect(hsts?.related).toEqual([{ file: 'nginx/nginx.conf', line: 3, column: 5, endLine: 3, endColumn: 13, message: 'Server that inherits the header' }]);
    expect(hsts?.fix).toEqual({ description: 'Add "always"', edits: [{ file: 'nginx/nginx.conf', line: 2, column: 61, endLine: 2, endColumn: 61, text: ' always' }] });
  });

  it('gives every finding a fingerprint and lists notifications with nulls for unknown parts', () => {
    const report = buildJsonReport(sampleResult(), { readSource });
    for (const finding of report.findings) expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}:\d+$/);
    expect(report.notifications).toEqual([
      { level: 'error', message: 'Cannot read file: EACCES', file: 'nginx/conf.d/private.conf', line: null, ruleId: null },
      { level: 'warning', message: 'Rule crashed: unexpected model', file: null, line: null, ruleId: 'hsts-not-always' },
    ]);
  });
});
