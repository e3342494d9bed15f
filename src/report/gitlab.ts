// GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues, a subset of Code Climate's.
import { cryptoModule } from '../engine/builtins.js';
import type { Finding, LintResult, Severity, ToolNotification } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import { compareRanges } from '../syntax/range.js';
import { assignFingerprints } from './fingerprint.js';
import { displayPath } from './paths.js';

/** Options of the GitLab reporter. */
export interface GitlabOptions {
  /** A file's text, for line-based fingerprints that survive lines moving; without it the message is hashed. */
  readSource?: (file: string) => string | undefined;
}

/**
 * GitLab's severities are info, minor, major, critical and blocker
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 * Errors are `major`: `critical`/`blocker` are kept for what the rules do not judge (exploitability).
 */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', note: 'info' };

/** One Code Quality issue: every field GitLab's documentation lists as required, and `location.positions` for columns. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: {
    path: string;
    positions: { begin: { line: number; column: number }; end: { line: number; column: number } };
  };
}

/**
 * Formats each unsuppressed finding as a Code Quality issue. Paths are relative to the run's root (GitLab
 * links them to the repository; a file outside the root keeps its absolute path, which GitLab cannot link:
 * `--map` brings such files into the checkout); fingerprints are the baseline's line-based ones, so GitLab's merge request
 * widget sees an unchanged finding as the same issue when lines above it move.
 */
export function formatGitlab(result: LintResult, _rules: readonly RuleMeta[], options: GitlabOptions = {}): string {
  const findings = result.findings.filter((f) => !f.suppression).sort((a, b) => compareRanges(a.range, b.range));
  const fingerprints = assignFingerprints(findings, options.readSource ?? (() => undefined), result.root);
  const issues = findings.map((f) => issue(f, fingerprints.get(f)!, result.root));
  for (const n of result.notifications) if (n.file !== undefined && n.level !== 'note') issues.push(notificationIssue(n, result.root));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/**
 * A tool notification about a file (a rule that crashed on it, an unreadable include, a disable comment naming
 * an unknown rule) as an issue of check `tlslint`, so a run that missed findings does not look clean in the
 * merge request. Notes are left out: they are advice, and GitLab would show each as a new issue.
 */
function notificationIssue(notification: ToolNotification, root: string): CodeQualityIssue {
  const path = displayPath(notification.file!, root);
  const line = notification.line ?? 1;
  return {
    description: notification.message,
    check_name: notification.ruleId ? `tlslint/${notification.ruleId}` : 'tlslint',
    fingerprint: cryptoModule().createHash('sha256').update(['tlslint', path, notification.message].join('\0')).digest('hex').slice(0, 16),
    severity: SEVERITY[notification.level],
    location: { path, positions: { begin: { line, column: 1 }, end: { line, column: 1 } } },
  };
}

function issue(finding: Finding, fingerprint: string, root: string): CodeQualityIssue {
  const { start, end } = finding.range;
  return {
    description: finding.message,
    check_name: finding.ruleId,
    fingerprint,
    severity: SEVERITY[finding.severity],
    location: {
      path: displayPath(finding.range.file, root),
      positions: { begin: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
    },
  };
}
