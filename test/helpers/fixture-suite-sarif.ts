// Writes one SARIF log holding the findings of the whole fixture suite (every case, every rule), as the
// CLI's --format sarif would: `.ci/run` validates it with Microsoft's SARIF multitool (GitHub's rules).
// Usage: npx tsx test/helpers/fixture-suite-sarif.ts OUT.sarif
import { writeFileSync } from 'node:fs';
import type { LintResult } from '../../src/engine/finding.js';
import { DIALECTS, FIXTURES, foldersOf, lintCases } from './fixture-cases.js';
import { sarifFor } from './sarif.js';

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx test/helpers/fixture-suite-sarif.ts OUT.sarif');

const merged: LintResult = { findings: [], notifications: [], files: [], root: FIXTURES, properties: {}, executionSuccessful: true };
for (const dialect of DIALECTS) {
  for (const folder of foldersOf(dialect)) {
    for await (const { result } of lintCases(dialect, folder)) {
      for (const finding of result.findings) merged.findings.push(finding);
      for (const notification of result.notifications) merged.notifications.push(notification);
      for (const path of result.files) if (!merged.files.includes(path)) merged.files.push(path);
      merged.properties = result.properties;
    }
  }
}
const { log, errors } = sarifFor(merged);
if (errors.length) throw new Error(`the fixture suite's SARIF fails the 2.1.0 schema:\n${errors.join('\n')}`);
writeFileSync(out, `${JSON.stringify(log, null, 2)}\n`);
process.stdout.write(`${merged.findings.length} results from ${merged.files.length} files written to ${out}\n`);
