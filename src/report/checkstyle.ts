// Checkstyle XML, the format Jenkins (warnings-ng), reviewdog and many CI dashboards read.
import type { Finding, LintResult, Severity } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import { compareRanges } from '../syntax/range.js';
import { displayPath } from './paths.js';

/** Options of the Checkstyle reporter (none; kept for a uniform reporter signature). */
export type CheckstyleOptions = object;

// Checkstyle's severities are error, warning, info and ignore.
const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'info' };

/** Escapes text for an XML attribute; characters XML 1.0 cannot hold at all become U+FFFD. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/**
 * A `<file>` per file with findings, an `<error line column severity message source>` per unsuppressed
 * finding; `source` is `tlslint.<rule-id>`, as ESLint's checkstyle formatter prefixes its rule ids.
 */
export function formatCheckstyle(result: LintResult, _rules: readonly RuleMeta[], _options: CheckstyleOptions = {}): string {
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings.filter((f) => !f.suppression).sort((a, b) => compareRanges(a.range, b.range))) {
    const path = displayPath(finding.range.file, result.root);
    byFile.set(path, [...(byFile.get(path) ?? []), finding]);
  }
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const [path, findings] of byFile) {
    lines.push(`  <file name="${escapeXml(path)}">`);
    for (const f of findings) {
      lines.push(
        `    <error line="${f.range.start.line}" column="${f.range.start.column}" severity="${SEVERITY[f.severity]}" ` +
          `message="${escapeXml(f.message)}" source="tlslint.${escapeXml(f.ruleId)}"/>`,
      );
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>', '');
  return lines.join('\n');
}
