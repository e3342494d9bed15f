// Stylish reporter: golden output, source excerpts with carets, colours, summary and colour detection.
import { describe, expect, it } from 'vitest';
import { formatStylish, shouldUseColor } from '../../src/report/stylish.js';
import type { Finding } from '../../src/engine/finding.js';
import { FINDINGS, RULES, SITE, readSource, rangeIn, sampleResult } from './sample.js';

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('formatStylish', () => {
  it('groups findings by file with aligned columns, notifications and a summary', async () => {
    await expect(formatStylish(sampleResult(), RULES)).toMatchFileSnapshot('golden/stylish.txt');
  });

  it('shows Ruff-style excerpts with carets when asked', async () => {
    const output = formatStylish(sampleResult(), RULES, { showSource: true, readSource });
    await expect(output).toMatchFileSnapshot('golden/stylish-source.txt');
  });

  it('shows no excerpt without showSource, even with readSource', () => {
    expect(formatStylish(sampleResult(), RULES, { readSource })).toBe(formatStylish(sampleResult(), RULES));
  });

  it('expands tabs so the carets sit under the range', () => {
    const tabbed: Finding = { ...FINDINGS[3], suppression: undefined, range: rangeIn(SITE, 3, 16, 3, 23) };
    const output = formatStylish(sampleResult({ findings: [tabbed], notifications: [] }), RULES, { showSource: true, readSource });
    const [source, carets] = output.split('\n').filter((line) => line.includes(' | '));
    expect(source).toContain('    ssl_protocols TLSv1.1 TLSv1.2;');
    const column = carets.indexOf('^');
    expect(source.slice(column, column + 7)).toBe('TLSv1.1');
    expect(carets.slice(column)).toBe('^^^^^^^');
  });

  it('marks to the end of the first line when a range spans lines, and at least one caret for an empty range', () => {
    const block: Finding = { ...FINDINGS[2], related: [], range: rangeIn(SITE, 1, 1, 4, 2) };
    const empty: Finding = { ...FINDINGS[2], related: [], range: rangeIn(SITE, 4, 2, 4, 2) };
    const output = formatStylish(sampleResult({ findings: [block, empty], notifications: [] }), RULES, { showSource: true, readSource });
    const carets = output.split('\n').filter((line) => line.includes('^'));
    expect(carets.map((line) => line.trim())).toEqual(['| ^^^^^^^^', '|  ^']);
  });

  it('leaves suppressed findings out of the rows and the counts', () => {
    const output = formatStylish(sampleResult(), RULES);
    expect(output).not.toContain('TLSv1.1');
    expect(output).toContain('\u2716 4 problems (1 error, 2 warnings, 1 note)');
  });

  it('prints nothing for a clean run, like ESLint', () => {
    expect(formatStylish(sampleResult({ findings: [], notifications: [] }), RULES)).toBe('');
    expect(formatStylish(sampleResult({ findings: [FINDINGS[3]], notifications: [] }), RULES)).toBe('');
  });

  it('prints notifications without a summary when nothing else was found', () => {
    const output = formatStylish(sampleResult({ findings: [] }), RULES);
    expect(output).toContain('Cannot read file: EACCES  nginx/conf.d/private.conf');
    expect(output).not.toContain('\u2716');
  });

  it('uses the singular for one of a kind', () => {
    const output = formatStylish(sampleResult({ findings: [FINDINGS[1]], notifications: [] }), RULES);
    expect(output).toContain('\u2716 1 problem (1 error, 0 warnings, 0 notes)');
  });

  it('colours only when asked, and the colours change nothing else', () => {
    const plain = formatStylish(sampleResult(), RULES, { showSource: true, readSource });
    const coloured = formatStylish(sampleResult(), RULES, { color: true, showSource: true, readSource });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(stripAnsi(coloured)).toBe(plain);
  });
});

describe('shouldUseColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it.each([
    ['NO_COLOR set', tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR set beats FORCE_COLOR', tty, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    ['NO_COLOR empty is ignored', tty, { NO_COLOR: '' }, true],
    ['FORCE_COLOR=0', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=1 on a pipe', pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR empty on a pipe', pipe, { FORCE_COLOR: '' }, true],
    ['a terminal', tty, {}, true],
    ['a pipe', pipe, {}, false],
    ['a stream without isTTY', {}, {}, false],
  ])('%s', (_name, stream, env, expected) => {
    expect(shouldUseColor(stream, env)).toBe(expected);
  });
});
