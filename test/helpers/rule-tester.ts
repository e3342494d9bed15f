// RuleTester: one rule, config texts in any dialect, the findings each must give and the text --fix makes of it
// (ESLint's RuleTester, stylelint's testRule with customSyntax). Cases run through the real parser and model.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECT_INFO, type DialectId } from '../../src/dialects/registry.js';
import type { Rule } from '../../src/engine/define-rule.js';
import { applyFindingFixes } from '../../src/engine/fix.js';
import type { Finding } from '../../src/engine/finding.js';
import { DEFAULT_LIMITS, isFilesNotFoundNotice, lint, type RunOptions } from '../../src/engine/run.js';

interface CaseOptions {
  dialect: DialectId;
  code: string;
  /** A name for the case in test output; the code's first line by default. */
  name?: string;
  /** Run options the case needs (`profile`, `serverVersions`, `openssl`, `now`, `ruleOptions`). */
  options?: Partial<RunOptions>;
}

export type ValidCase = CaseOptions;

/** What one finding must say; fields left out are not checked. */
export interface ExpectedFinding {
  messageId?: string;
  /** A part of the message. */
  message?: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase extends CaseOptions {
  findings: ExpectedFinding[];
  /** The text after the fixes of one pass; required when any finding has a fix, null when none may. */
  output?: string | null;
}

const scratch = mkdtempSync(join(tmpdir(), 'tlslint-rule-tester-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let written = 0;

/** Lints `code` as a file of its dialect with only `rule` (and parse-error) on. */
async function findingsOf(rule: Rule, testCase: CaseOptions): Promise<{ findings: Finding[]; file: string }> {
  const dir = join(scratch, String(written++));
  const file = join(dir, DIALECT_INFO[testCase.dialect].exampleFile);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, testCase.code);
  const options: RunOptions = {
    dialect: testCase.dialect, profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0',
    now: new Date('2026-06-01T00:00:00Z'), root: dir, pathMaps: [], ruleOptions: {}, ruleSettings: {},
    onlyRules: [rule.meta.id, 'parse-error'], limits: DEFAULT_LIMITS, ...testCase.options,
  };
  const result = await lint([file], options);
  // Cases name certificate files they do not hold: the run's one note counting them is not a problem of the case.
  expect(result.notifications.filter((n) => !isFilesNotFoundNotice(n)).map((n) => n.message), 'tool notifications').toEqual([]);
  return { findings: result.findings, file };
}

function caseName(testCase: CaseOptions): string {
  return `${testCase.dialect}: ${testCase.name ?? testCase.code.split('\n').find((l) => l.trim() !== '')?.trim() ?? ''}`;
}

function checkCases(rule: Rule, valid: readonly ValidCase[], invalid: readonly InvalidCase[]): void {
  if (valid.length === 0 || invalid.length === 0) throw new Error(`RuleTester for ${rule.meta.id}: needs valid and invalid cases`);
  const seen = new Set<string>();
  for (const testCase of [...valid, ...invalid]) {
    const key = `${testCase.dialect}\0${testCase.code}\0${JSON.stringify(testCase.options ?? {})}`;
    if (seen.has(key)) throw new Error(`RuleTester for ${rule.meta.id}: duplicate case ${caseName(testCase)}`);
    seen.add(key);
  }
  for (const testCase of invalid) {
    if (testCase.findings.length === 0) throw new Error(`RuleTester for ${rule.meta.id}: invalid case without findings: ${caseName(testCase)}`);
  }
}

function pick(finding: Finding, expected: ExpectedFinding): ExpectedFinding {
  const actual: ExpectedFinding = { line: finding.range.start.line };
  if (expected.messageId !== undefined) actual.messageId = finding.messageId;
  if (expected.message !== undefined) actual.message = finding.message.includes(expected.message) ? expected.message : finding.message;
  if (expected.column !== undefined) actual.column = finding.range.start.column;
  if (expected.endLine !== undefined) actual.endLine = finding.range.end.line;
  if (expected.endColumn !== undefined) actual.endColumn = finding.range.end.column;
  return actual;
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
    checkCases(rule, cases.valid, cases.invalid);
    describe(`RuleTester ${rule.meta.id}`, () => {
      for (const testCase of cases.valid) {
        it(`valid ${caseName(testCase)}`, async () => {
          const { findings } = await findingsOf(rule, testCase);
          expect(findings.map((f) => `${f.range.start.line}: ${f.ruleId}: ${f.message}`)).toEqual([]);
        });
      }
      for (const testCase of cases.invalid) {
        it(`invalid ${caseName(testCase)}`, async () => {
          const { findings } = await findingsOf(rule, testCase);
          const own = findings.filter((f) => f.ruleId === rule.meta.id);
          expect(findings.filter((f) => f.ruleId !== rule.meta.id).map((f) => f.message), 'other findings').toEqual([]);
          expect(own.map((f, i) => pick(f, testCase.findings[i] ?? { line: 0 }))).toEqual(testCase.findings);
          const fixable = own.filter((f) => f.fix);
          if (fixable.length > 0 && !rule.meta.fixable) throw new Error(`${rule.meta.id} fixed without meta.fixable`);
          if (testCase.output === undefined) {
            expect(fixable.length, 'the rule fixed this case: give the expected output').toBe(0);
          } else if (testCase.output === null) {
            expect(fixable.length, 'output: null means no fix').toBe(0);
          } else {
            expect(applyFindingFixes(testCase.code, fixable).text).toBe(testCase.output);
          }
        });
      }
    });
  },
};
