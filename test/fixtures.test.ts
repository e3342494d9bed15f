// Table-driven fixture suite: every config under fixtures/<dialect>/<rule-id>/ is linted and its findings
// must match its own `# expect:` / `# ok:` annotations both ways; every run's SARIF must validate.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../src/engine/finding.js';
import { isFilesNotFoundNotice } from '../src/engine/run.js';
import { expectationsOf, headerOf, sidecarOf, type Expectation } from './helpers/annotations.js';
import { applyFindingFixes } from '../src/engine/fix.js';
import { DIALECTS, FIXTURES, foldersOf, lintCases, readIfExists } from './helpers/fixture-cases.js';
import { sarifFor } from './helpers/sarif.js';

/** Differences between findings and annotations, as readable lines; empty when they agree. */
export function compareWithAnnotations(result: LintResult, notes: readonly string[] = []): string[] {
  const problems: string[] = [];
  const unmatched = [...result.findings];
  for (const file of result.files) {
    const rel = relative(FIXTURES, file);
    for (const exp of expectationsOf(file, readFileSync(file, 'utf8'), readIfExists)) checkExpectation(exp, file, rel, unmatched, problems);
  }
  for (const f of unmatched) problems.push(`${relative(FIXTURES, f.range.file)}:${f.range.start.line}: unexpected ${f.ruleId}: ${f.message}`);
  // Configs that name certificates outside the fixture tree (/etc/ssl/...) get the run's one note about them.
  // Notes the case's header announces (`"notes": ["part"]`) must each appear, and are no problem then.
  const expected = [...notes];
  for (const n of result.notifications) {
    if (isFilesNotFoundNotice(n)) continue;
    const index = n.level === 'note' ? expected.findIndex((part) => n.message.includes(part)) : -1;
    if (index >= 0) expected.splice(index, 1);
    else problems.push(`notification: ${n.message}`);
  }
  for (const part of expected) problems.push(`expected a note containing "${part}", got none`);
  return problems;
}

/** The case's fixes applied once must give its `.fixed.conf`, when it has one (ESLint's `output`). */
export function compareWithFixed(file: string, result: LintResult): string[] {
  // `case.fixed.conf` beside `case.conf`, `case.fixed.caddyfile` beside `case.caddyfile`, `.fixed.json` beside `.json`.
  const fixedFile = file.replace(/(\.conf|\.caddyfile|\.json)$/, '.fixed$1');
  if (fixedFile === file || !existsSync(fixedFile)) return [];
  const fixable = result.findings.filter((f) => f.fix && f.range.file === file);
  const original = readFileSync(file, 'utf8');
  const fixed = applyFindingFixes(original, fixable).text;
  if (fixed === original) return [`${relative(FIXTURES, file)}: has ${relative(FIXTURES, fixedFile)} but no fix changes it`];
  return fixed === readFileSync(fixedFile, 'utf8') ? [] : [`${relative(FIXTURES, file)}: --fix output differs from ${relative(FIXTURES, fixedFile)}:\n${fixed}`];
}

function checkExpectation(exp: Expectation, file: string, rel: string, unmatched: Finding[], problems: string[]): void {
  const onLine = (f: Finding) => f.range.file === file && f.range.start.line === exp.line && f.ruleId === exp.ruleId;
  if (exp.kind === 'expect') {
    const index = unmatched.findIndex((f) => onLine(f) && (!exp.messagePart || f.message.includes(exp.messagePart)));
    if (index >= 0) unmatched.splice(index, 1);
    else problems.push(`${rel}:${exp.line}: expected ${exp.ruleId}${exp.messagePart ? ` "${exp.messagePart}"` : ''}, got none`);
  } else if (unmatched.some(onLine)) {
    problems.push(`${rel}:${exp.line}: ${exp.kind === 'ok' ? 'must not report' : 'todo-expect now reported, promote it to expect:'} ${exp.ruleId}`);
  }
}

for (const dialect of DIALECTS) {
  const folders = foldersOf(dialect);
  describe(`fixtures/${dialect}`, () => {
    for (const folder of folders.sort()) {
      it(folder, async () => {
        const problems: string[] = [];
        for await (const { file, result } of lintCases(dialect, folder)) {
          const text = readFileSync(file, 'utf8');
          // A JSON case must say what it expects: without its sidecar it would only assert silence.
          const sidecar = sidecarOf(file);
          if (sidecar && !existsSync(sidecar)) problems.push(`${relative(FIXTURES, file)}: no ${relative(FIXTURES, sidecar)} with its annotations`);
          problems.push(...compareWithAnnotations(result, headerOf(file, text, readIfExists).notes));
          problems.push(...compareWithFixed(file, result));
          problems.push(...sarifFor(result).errors.map((e) => `${relative(FIXTURES, file)}: SARIF invalid: ${e}`));
        }
        expect(problems).toEqual([]);
      });
    }
  });
}
