// Checkstyle XML, the format Jenkins (warnings-ng), reviewdog and many CI dashboards read.
import type { LintResult, Severity, ToolNotification } from '../engine/finding.js';
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

function errorElement(line: number, column: number, severity: Severity, message: string, source: string): string {
  return `    <error line="${line}" column="${column}" severity="${SEVERITY[severity]}" message="${escapeXml(message)}" source="${escapeXml(source)}"/>`;
}

function notificationSource(notification: ToolNotification): string {
  return notification.ruleId ? `tlslint.${notification.ruleId}` : 'tlslint';
}

/**
 * A `<file>` per file with findings, an `<error line column severity message source>` per unsuppressed
 * finding; `source` is `tlslint.<rule-id>`, as ESLint's checkstyle formatter prefixes its rule ids. Error and
 * warning tool notifications about a file follow its findings (source `tlslint`).
 */
export function formatCheckstyle(result: LintResult, _rules: readonly RuleMeta[], _options: CheckstyleOptions = {}): string {
  const byFile = new Map<string, string[]>();
  const add = (path: string, line: string) => {
    const lines = byFile.get(path);
    if (lines) lines.push(line);
    else byFile.set(path, [line]);
  };
  for (const f of result.findings.filter((f) => !f.suppression).sort((a, b) => compareRanges(a.range, b.range))) {
    add(displayPath(f.range.file, result.root), errorElement(f.range.start.line, f.range.start.column, f.severity, f.message, `tlslint.${f.ruleId}`));
  }
  // Tool notifications about a file (a rule that crashed on it, an unreadable include) show with it; notes are advice.
  for (const n of result.notifications) {
    if (n.file !== undefined && n.level !== 'note') add(displayPath(n.file, result.root), errorElement(n.line ?? 1, 1, n.level, n.message, notificationSource(n)));
  }
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  // Loops, not push(...spread): one file can have more findings than V8 takes as arguments.
  for (const [path, errors] of byFile) {
    lines.push(`  <file name="${escapeXml(path)}">`);
    for (const error of errors) lines.push(error);
    lines.push('  </file>');
  }
  lines.push('</checkstyle>', '');
  return lines.join('\n');
}
