// GitHub Actions workflow-command annotations (`::error file=…::message`), one line per finding.
import type { Finding, LintResult, Severity, ToolNotification } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import { compareRanges } from '../syntax/range.js';
import { displayPath } from './paths.js';

/** Options of the GitHub reporter (none yet; kept for a uniform reporter signature). */
export type GithubOptions = object;

// GitHub's levels: error, warning and notice (there is no "note").
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** Escapes a command's message as @actions/core does (toolkit `command.ts` escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value: escapeData plus `:` and `,`, which delimit properties (toolkit escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Formats each unsuppressed finding as `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::message`
 * (notes as `::notice`), then each tool notification. `col`/`endColumn` are sent only for single-line
 * ranges, as GitHub ignores them otherwise; `endColumn` is the last character's column (inclusive).
 */
export function formatGithub(result: LintResult, _rules: readonly RuleMeta[], _options: GithubOptions = {}): string {
  const findings = result.findings.filter((f) => !f.suppression).sort((a, b) => compareRanges(a.range, b.range));
  const lines = [
    ...findings.map((f) => findingCommand(f, result.root)),
    ...result.notifications.map((n) => notificationCommand(n, result.root)),
  ];
  return lines.map((line) => `${line}\n`).join('');
}

function findingCommand(finding: Finding, root: string): string {
  const { start, end } = finding.range;
  const properties: [string, string | number][] = [['file', displayPath(finding.range.file, root)], ['line', start.line]];
  if (start.line === end.line) properties.push(['col', start.column]);
  properties.push(['endLine', end.line]);
  if (start.line === end.line) properties.push(['endColumn', Math.max(start.column, end.column - 1)]);
  properties.push(['title', finding.ruleId]);
  return command(COMMAND[finding.severity], properties, finding.message);
}

function notificationCommand(notification: ToolNotification, root: string): string {
  const properties: [string, string][] = [];
  if (notification.file !== undefined) properties.push(['file', displayPath(notification.file, root)]);
  if (notification.file !== undefined && notification.line !== undefined) properties.push(['line', String(notification.line)]);
  properties.push(['title', notification.ruleId ? `tlslint (${notification.ruleId})` : 'tlslint']);
  return command(COMMAND[notification.level], properties, notification.message);
}

function command(name: string, properties: [string, string | number][], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}
