// Table-driven fixture suite: every config under fixtures/<dialect>/<rule-id>/ is linted and its findings
// must match its own `# expect:` / `# ok:` annotations both ways; every run's SARIF must validate.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, DEFAULT_LIMITS, type RunOptions, type RuleSetting } from '../src/engine/run.js';
import type { Finding, LintResult } from '../src/engine/finding.js';
import type { ProfileName } from '../src/tls/mozilla-profiles.js';
import type { OpenSslVersion } from '../src/engine/options.js';
import { allRules } from '../rules/index.js';
import { readExpectations, readHeader, type Expectation, type FixtureHeader } from './helpers/annotations.js';
import { sarifFor } from './helpers/sarif.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const DIALECTS = ['nginx'] as const;
/** Folders that hold parser and corpus material, not rule cases. */
const NOT_RULE_CASES = new Set(['syntax', 'corpus']);
const ruleIds = new Set(allRules.map((r) => r.meta.id));

/** Case files of one folder: `nginx.conf` files first, so files they include are not cases of their own. */
function casesOf(dialect: string, folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.conf')) files.push(path);
    }
  };
  walk(join(FIXTURES, dialect, folder));
  return files.sort((a, b) => Number(basename(b) === 'nginx.conf') - Number(basename(a) === 'nginx.conf') || a.localeCompare(b));
}

function optionsFor(header: FixtureHeader, folder: string, dialect: string): RunOptions {
  const onlyRules = header.allRules || !ruleIds.has(folder) ? undefined : [folder, 'parse-error'];
  return {
    dialect: dialect as RunOptions['dialect'],
    profile: (header.profile ?? 'intermediate') as ProfileName,
    guidelines: header.guidelines ?? '6.0',
    serverVersions: header.serverVersion ? { [dialect]: header.serverVersion } : {},
    openssl: (header.openssl ?? '3.0') as OpenSslVersion,
    now: new Date(header.now ?? '2026-06-01T00:00:00Z'),
    root: FIXTURES,
    pathMaps: [],
    ruleOptions: {},
    ruleSettings: (header.rules ?? {}) as Record<string, RuleSetting>,
    onlyRules,
    limits: DEFAULT_LIMITS,
  };
}

/** Differences between findings and annotations, as readable lines; empty when they agree. */
export function compareWithAnnotations(result: LintResult): string[] {
  const problems: string[] = [];
  const unmatched = [...result.findings];
  for (const file of result.files) {
    const rel = relative(FIXTURES, file);
    for (const exp of readExpectations(readFileSync(file, 'utf8'))) checkExpectation(exp, file, rel, unmatched, problems);
  }
  for (const f of unmatched) problems.push(`${relative(FIXTURES, f.range.file)}:${f.range.start.line}: unexpected ${f.ruleId}: ${f.message}`);
  for (const n of result.notifications) problems.push(`notification: ${n.message}`);
  return problems;
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
  const folders = readdirSync(join(FIXTURES, dialect)).filter((f) => !NOT_RULE_CASES.has(f) && statSync(join(FIXTURES, dialect, f)).isDirectory());
  describe(`fixtures/${dialect}`, () => {
    for (const folder of folders.sort()) {
      it(folder, async () => {
        const covered = new Set<string>();
        const problems: string[] = [];
        for (const file of casesOf(dialect, folder)) {
          if (covered.has(file)) continue;
          const text = readFileSync(file, 'utf8');
          const result = await lint([file], optionsFor(readHeader(text), folder, dialect));
          result.files.forEach((f) => covered.add(f));
          problems.push(...compareWithAnnotations(result));
          problems.push(...sarifFor(result).errors.map((e) => `${relative(FIXTURES, file)}: SARIF invalid: ${e}`));
        }
        expect(problems).toEqual([]);
      });
    }
  });
}
