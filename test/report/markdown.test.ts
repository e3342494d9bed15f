// Markdown summary reporter: counts, a table errors first, escaping, the row limit.
import { describe, expect, it } from 'vitest';
import { cell, formatMarkdown } from '../../src/report/markdown.js';
import type { Finding } from '../../src/engine/finding.js';
import { FINDINGS, MAIN, RULES, rangeIn, sampleResult } from './sample.js';

describe('formatMarkdown', () => {
  it('counts the problems and lists them errors first, rules linked to their pages', () => {
    const text = formatMarkdown(sampleResult({ notifications: [] }), RULES);
    const rows = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Severity') && !line.startsWith('| ---'));
    expect(text).toContain('4 problems: 1 error, 2 warnings, 1 note.');
    expect(text).toContain('1 finding suppressed by comments or the baseline is not listed.');
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(['| error', '| warning', '| warning', '| note']);
    expect(rows[0]).toBe('| error | [protocol-deprecated](https://github.com/tlslint/tlslint/blob/main/rules/protocol-deprecated.md) | `nginx/nginx.conf:5` | Deprecated protocol "TLSv1" enabled |');
    expect(text).not.toContain('TLSv1.1');
  });

  it('says a clean run is clean, and lists notices', () => {
    expect(formatMarkdown(sampleResult({ findings: [], notifications: [] }), RULES)).toBe('### tlslint\n\nNo problems found.\n');
    expect(formatMarkdown(sampleResult({ findings: [] }), RULES)).toContain('- error: Cannot read file: EACCES (`nginx/conf.d/private.conf`)');
  });

  it('never calls a run that could not lint everything clean', () => {
    const typo = formatMarkdown(sampleResult({ findings: [], notifications: [], unmatched: ['/repo/nginx/typo.conf'] }), RULES);
    expect(typo).not.toContain('\nNo problems found.');
    expect(typo).toContain('- `nginx/typo.conf` matched no config file');
    expect(formatMarkdown(sampleResult({ findings: [], executionSuccessful: false }), RULES)).toContain('see the notices below');
  });

  it('keeps a message in its cell and shows markup as text', () => {
    expect(cell('a | b\n<img src=x> *c* [d](e)')).toBe('a \\| b &lt;img src=x&gt; \\*c\\* \\[d\\](e)');
    const tricky: Finding = { ...FINDINGS[1], message: 'x | y', range: rangeIn(MAIN, 5, 23, 5, 28) };
    expect(formatMarkdown(sampleResult({ findings: [tricky], notifications: [] }), RULES)).toContain('| x \\| y |');
  });

  it('stops the table at maxRows and says how many more there are', () => {
    const text = formatMarkdown(sampleResult({ notifications: [] }), RULES, { maxRows: 2 });
    expect(text.match(/^\| (error|warning|note) /gm)).toHaveLength(2);
    expect(text).toContain('2 more not shown: see the full report.');
  });
});
