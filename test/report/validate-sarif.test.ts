// Self-test of the SARIF schema validator on the example logs of fixtures/sarif/examples.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSarif } from './validate-sarif.js';

const EXAMPLES = new URL('../../fixtures/sarif/examples/', import.meta.url);
const example = (name: string): unknown => JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8'));
const invalidExamples = readdirSync(EXAMPLES).filter((name) => name.startsWith('invalid-'));

describe('validateSarif', () => {
  it('accepts the valid example log', () => {
    expect(validateSarif(example('minimal-valid.sarif.json'))).toEqual([]);
  });

  it('accepts the log as JSON text too', () => {
    expect(validateSarif(readFileSync(new URL('minimal-valid.sarif.json', EXAMPLES), 'utf8'))).toEqual([]);
  });

  it('has the three invalid examples to check', () => {
    expect(invalidExamples.sort()).toEqual([
      'invalid-bad-level.sarif.json',
      'invalid-missing-version.sarif.json',
      'invalid-region-without-start.sarif.json',
    ]);
  });

  it.each(invalidExamples)('rejects %s', (name) => {
    expect(validateSarif(example(name)).length).toBeGreaterThan(0);
  });

  it('names where the log is wrong', () => {
    expect(validateSarif(example('invalid-missing-version.sarif.json')).join('\n')).toMatch(/version/);
    expect(validateSarif(example('invalid-bad-level.sarif.json')).join('\n')).toMatch(/\/runs\/0\/results\/0\/level/);
  });

  it('rejects a region with only a start column, which only the errata01 schema forbids', () => {
    const errors = validateSarif(example('invalid-region-without-start.sarif.json'));
    expect(errors.join('\n')).toMatch(/region/);
  });
});
