// A Markdown summary of a run, for a GitHub Actions job summary ($GITHUB_STEP_SUMMARY) or a merge request comment.
import type { Finding, LintResult, Severity } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import { compareRanges } from '../syntax/range.js';
import { displayPath } from './paths.js';

/** Options of the Markdown reporter. */
export interface MarkdownOptions {
  /** Most findings listed in the table; the rest are counted. Default {@link MARKDOWN_MAX_ROWS}. */
  maxRows?: number;
}

/** Table rows shown by default: a job summary is at most 1 MiB, and a long table is read by nobody. */
export const MARKDOWN_MAX_ROWS = 200;

const ORDER: readonly Severity[] = ['error', 'warning', 'note'];

/**
 * `### tlslint` with the counts, then a table of the unsuppressed findings (severity, rule linked to its docs,
 * location, message), errors first; tool notifications are listed below it. A clean run says so in one line.
 */
export function formatMarkdown(result: LintResult, rules: readonly RuleMeta[], options: MarkdownOptions = {}): string {
  const findings = result.findings.filter((f) => !f.suppression).sort(compareSeverityThenPosition);
  const suppressed = result.findings.length - findings.length;
  const lines = ['### tlslint', ''];
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const unmatched = result.unmatched ?? [];
  const incomplete = !result.executionSuccessful || unmatched.length > 0;
  lines.push(findings.length > 0
    ? `${plural(findings.length, 'problem')}: ${ORDER.map((s) => plural(count(s), s)).join(', ')}.`
    // A run that could not read everything must not look clean.
    : incomplete ? 'No problems found in what could be linted; see the notices below.' : 'No problems found.');
  if (suppressed > 0) lines.push('', `${plural(suppressed, 'finding')} suppressed by comments or the baseline ${suppressed === 1 ? 'is' : 'are'} not listed.`);
  if (findings.length > 0) {
    const docs = new Map(rules.map((rule) => [rule.id, rule.docs]));
    const max = options.maxRows ?? MARKDOWN_MAX_ROWS;
    lines.push('', '| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
    for (const finding of findings.slice(0, max)) lines.push(row(finding, docs.get(finding.ruleId), result.root));
    if (findings.length > max) lines.push('', `${findings.length - max} more not shown: see the full report.`);
  }
  if (result.notifications.length > 0 || unmatched.length > 0) {
    lines.push('', '**tlslint notices**', '');
    for (const path of unmatched) lines.push(`- \`${code(displayPath(path, result.root))}\` matched no config file`);
    for (const n of result.notifications) lines.push(`- ${n.level}: ${cell(n.message)}${n.file ? ` (\`${code(displayPath(n.file, result.root))}${n.line ? `:${n.line}` : ''}\`)` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function row(finding: Finding, docs: string | undefined, root: string): string {
  const rule = docs ? `[${finding.ruleId}](${docs})` : finding.ruleId;
  const where = `\`${code(displayPath(finding.range.file, root))}:${finding.range.start.line}\``;
  return `| ${finding.severity} | ${rule} | ${where} | ${cell(finding.message)} |`;
}

/** Text safe in a table cell: no line breaks, `|` escaped, HTML and Markdown markup shown as text. */
export function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1');
}

/** Text inside a code span: a backtick would end it and a `|` the cell, so both are replaced. */
function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\u2223').replace(/\r?\n/g, ' ');
}

function compareSeverityThenPosition(a: Finding, b: Finding): number {
  return ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || compareRanges(a.range, b.range);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
