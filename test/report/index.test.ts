// formatResult dispatches to the reporter of each format.
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatGithub, formatJson, formatResult, formatSarif, formatStylish, type ReportOptions } from '../../src/report/index.js';
import { RULES, readSource, sampleResult } from './sample.js';
import { validateSarif } from './validate-sarif.js';

const OPTIONS: ReportOptions = { toolVersion: '0.1.0', readSource, showSource: true, category: 'nginx' };

describe('formatResult', () => {
  it.each([
    ['stylish', formatStylish],
    ['json', formatJson],
    ['sarif', formatSarif],
    ['github', formatGithub],
  ] as const)('%s', (format, reporter) => {
    expect(formatResult(format, sampleResult(), RULES, OPTIONS)).toBe(reporter(sampleResult(), RULES, OPTIONS));
  });

  it('knows every format', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'markdown']);
  });

  it('is pure: the same input gives the same output', () => {
    for (const format of FORMAT_NAMES) {
      expect(formatResult(format, sampleResult(), RULES, OPTIONS)).toBe(formatResult(format, sampleResult(), RULES, OPTIONS));
    }
    expect(validateSarif(formatResult('sarif', sampleResult(), RULES, OPTIONS))).toEqual([]);
  });
});
