// GitHub workflow-command reporter: golden output and escaping by the toolkit's rules.
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import type { Finding } from '../../src/engine/finding.js';
import { FINDINGS, MAIN, RULES, rangeIn, sampleResult } from './sample.js';

describe('formatGithub', () => {
  it('matches the golden annotations', async () => {
    await expect(formatGithub(sampleResult(), RULES)).toMatchFileSnapshot('golden/github.txt');
  });

  it('maps notes to ::notice and skips suppressed findings', () => {
    const output = formatGithub(sampleResult(), RULES);
    expect(output).toMatch(/^::notice file=nginx\/sites enabled\/shop#1\.conf,/m);
    expect(output).not.toContain('TLSv1.1');
    expect(output).not.toMatch(/^::note /m);
  });

  it('prints nothing for a clean run', () => {
    expect(formatGithub(sampleResult({ findings: [], notifications: [] }), RULES)).toBe('');
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const tricky: Finding = {
      ...FINDINGS[1],
      ruleId: 'rule:a,b',
      message: '100% bad\r\nsecond line: a, b',
      range: { ...rangeIn(MAIN, 5, 23, 5, 28), file: '/repo/nginx/a,b:c%.conf' },
    };
    const line = formatGithub(sampleResult({ findings: [tricky], notifications: [] }), RULES);
    expect(line).toBe('::error file=nginx/a%2Cb%3Ac%25.conf,line=5,col=23,endLine=5,endColumn=27,title=rule%3Aa%2Cb::100%25 bad%0D%0Asecond line: a, b\n');
  });

  it('sends columns only for a single-line range', () => {
    const block: Finding = { ...FINDINGS[0], related: [], range: rangeIn(MAIN, 3, 5, 6, 6) };
    const line = formatGithub(sampleResult({ findings: [block], notifications: [] }), RULES);
    expect(line).toBe('::warning file=nginx/nginx.conf,line=3,endLine=6,title=hsts-not-always::Expected "always" on the Strict-Transport-Security add_header\n');
  });

  it('never makes endColumn smaller than col for an empty range', () => {
    const empty: Finding = { ...FINDINGS[0], related: [], range: rangeIn(MAIN, 2, 61, 2, 61) };
    expect(formatGithub(sampleResult({ findings: [empty], notifications: [] }), RULES)).toContain('col=61,endLine=2,endColumn=61,');
  });
});

describe('escaping helpers', () => {
  it('escape % first so existing escapes are not mistaken for ours', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('a:b,c%\r')).toBe('a%3Ab%2Cc%25%0D');
  });
});
