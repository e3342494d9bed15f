// The SARIF a lint result would be reported as, and its schema errors: every suite that lints checks both.
import { readFileSync } from 'node:fs';
import type { LintResult } from '../../src/engine/finding.js';
import { packageVersion, readRuleDoc } from '../../src/engine/package-root.js';
import { buildSarifLog, type SarifLog } from '../../src/report/sarif.js';
import { allRules } from '../../rules/index.js';
import { validateSarif } from '../report/validate-sarif.js';

/** `result` as the CLI's `--format sarif` builds it (help pages and source snippets included), with its schema errors. */
export function sarifFor(result: LintResult): { log: SarifLog; errors: string[] } {
  const rules = allRules.map((r) => r.meta);
  const helpMarkdown = Object.fromEntries(rules.map((r) => [r.id, readRuleDoc(r.id) ?? '']));
  const log = buildSarifLog(result, rules, { toolVersion: packageVersion(), helpMarkdown, readSource: (file) => readFileSync(file, 'utf8') });
  return { log, errors: validateSarif(JSON.parse(JSON.stringify(log))) };
}
