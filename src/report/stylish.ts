// The default human report, ESLint "stylish"-like: findings grouped by file, optional Ruff-style source excerpts.
import pc from 'picocolors';
import type { Finding, LintResult, RelatedLocation, Severity, ToolNotification } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import { compareRanges } from '../syntax/range.js';
import { displayPath } from './paths.js';
import { lineCache, type SourceLines } from './source-lines.js';

type Colors = ReturnType<typeof pc.createColors>;

/** Options of the stylish reporter. */
export interface StylishOptions {
  /** Colour the output (ANSI escapes); the CLI decides with {@link shouldUseColor}. Default false. */
  color?: boolean;
  /** Print the source line under each finding with `^^^` under the range. Default false. */
  showSource?: boolean;
  /** Returns a file's text (by the path in the finding's range); needed for `showSource`. */
  readSource?: (file: string) => string | undefined;
}

/** A stream as far as colour detection cares. */
export interface ColorStream {
  isTTY?: boolean;
}

/**
 * Whether to colour output written to `stream`: NO_COLOR set and non-empty → no (no-color.org);
 * FORCE_COLOR=0 → no; FORCE_COLOR set otherwise → yes; else only on a terminal.
 */
export function shouldUseColor(stream: ColorStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0') return false;
  if (env.FORCE_COLOR !== undefined) return true;
  return stream.isTTY === true;
}

const TAB_WIDTH = 4;

/** Widest excerpt of a source line: a longer line (minified, generated) is cut to a window around the range. */
const MAX_EXCERPT_WIDTH = 160;

/** Widest message column: one huge message must not pad every row of its file to its width. */
const MAX_MESSAGE_WIDTH = 120;

/**
 * Formats `result` ESLint-style: a block per file with `line:col  severity  message  rule-id` rows,
 * each followed by its related locations (`↳ file:line:col  message`), tool notifications, then `✖ N problems (E errors, W warnings, N notes)`. Suppressed findings are
 * left out. Like ESLint, a clean run prints nothing at all.
 */
export function formatStylish(result: LintResult, _rules: readonly RuleMeta[], options: StylishOptions = {}): string {
  const colors = pc.createColors(options.color ?? false);
  const findings = result.findings.filter((f) => !f.suppression);
  if (findings.length === 0 && result.notifications.length === 0) return '';
  const linesOf = options.showSource && options.readSource ? lineCache(options.readSource, findings) : undefined;
  const blocks = groupByFile(findings).map(([file, group]) => fileBlock(file, group, result.root, colors, linesOf));
  if (result.notifications.length > 0) blocks.push(notificationBlock(result.notifications, result.root, colors));
  const summary = findings.length > 0 ? [summaryLine(findings, colors), ''] : [];
  return ['', ...blocks.flatMap((block) => [...block, '']), ...summary].join('\n');
}

function groupByFile(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of [...findings].sort((a, b) => compareRanges(a.range, b.range))) {
    const group = groups.get(finding.range.file) ?? [];
    group.push(finding);
    groups.set(finding.range.file, group);
  }
  return [...groups];
}

function fileBlock(file: string, findings: Finding[], root: string, colors: Colors, linesOf?: (file: string) => SourceLines | undefined): string[] {
  const rows = findings.map((f) => {
    const { start } = f.range;
    return [`${start.line}:${start.column}`, f.severity, f.message, f.ruleId];
  });
  // reduce, not Math.max(...spread): a file can have more findings than V8 takes as arguments.
  const widths = [0, 1, 2].map((i) => rows.reduce((width, row) => Math.max(width, row[i].length), 0));
  widths[2] = Math.min(widths[2], MAX_MESSAGE_WIDTH);
  const lines = [colors.underline(displayPath(file, root))];
  findings.forEach((finding, i) => {
    lines.push(findingRow(rows[i], widths, finding.severity, colors));
    const sourceLines = linesOf?.(file);
    if (sourceLines) lines.push(...excerpt(finding, sourceLines, colors));
    lines.push(...finding.related.map((r) => relatedRow(r, root, colors)));
  });
  return lines;
}

function findingRow([position, severity, message, ruleId]: string[], widths: number[], level: Severity, colors: Colors): string {
  const cells = [
    colors.dim(position.padEnd(widths[0])),
    severityColor(level, colors)(severity.padEnd(widths[1])),
    message.padEnd(widths[2]),
    colors.dim(ruleId),
  ];
  return `  ${cells.join('  ')}`;
}

/** An indented pointer to a related location, e.g. where an inherited header was set. */
function relatedRow(related: RelatedLocation, root: string, colors: Colors): string {
  const { file, start } = related.range;
  return `    ${colors.dim(`\u21b3 ${displayPath(file, root)}:${start.line}:${start.column}`)}  ${related.message}`;
}

function severityColor(severity: Severity | ToolNotification['level'], colors: Colors): (text: string) => string {
  if (severity === 'error') return colors.red;
  return severity === 'warning' ? colors.yellow : colors.blue;
}

/**
 * Ruff-style excerpt: the finding's first line with its number, and carets under the range (to the
 * end of that line when the range spans several). Tabs are expanded so the carets line up.
 */
function excerpt(finding: Finding, sourceLines: SourceLines, colors: Colors): string[] {
  const { start, end } = finding.range;
  const line = sourceLines.line(start.line);
  if (line === undefined) return [];
  const endColumn = end.line === start.line ? end.column : line.length + 1;
  const { text, shift, last } = excerptWindow(line, start.column - 1, endColumn - 1);
  const before = expandTabs(text.slice(0, start.column - 1 - shift));
  const marked = expandTabs(text.slice(start.column - 1 - shift, Math.min(endColumn - 1, last) - shift), before.length);
  const gutter = String(start.line);
  const pad = ' '.repeat(gutter.length);
  return [
    `    ${pad} ${colors.dim('|')}`,
    `    ${colors.dim(gutter)} ${colors.dim('|')} ${expandTabs(text)}`,
    `    ${pad} ${colors.dim('|')} ${' '.repeat(before.length)}${severityColor(finding.severity, colors)('^'.repeat(Math.max(1, marked.length)))}`,
  ];
}

/**
 * `line`, or for a line longer than {@link MAX_EXCERPT_WIDTH} a window of it around offsets `from`..`to`
 * with `…` where it was cut, so a 1 MB line is not printed once per finding on it. `shift` maps offsets
 * in the line to offsets in the window; `last` is the line offset where the window's text ends.
 */
function excerptWindow(line: string, from: number, to: number): { text: string; shift: number; last: number } {
  if (line.length <= MAX_EXCERPT_WIDTH) return { text: line, shift: 0, last: line.length };
  const begin = Math.max(0, Math.min(from - 20, line.length - MAX_EXCERPT_WIDTH));
  const finish = Math.min(line.length, begin + MAX_EXCERPT_WIDTH, Math.max(to, from + 1) + 20);
  const head = begin > 0 ? '\u2026' : '';
  const tail = finish < line.length ? '\u2026' : '';
  return { text: head + line.slice(begin, finish) + tail, shift: begin - head.length, last: finish };
}

/** Replaces tabs by spaces up to the next tab stop, `startWidth` being the display column the text starts at. */
function expandTabs(text: string, startWidth = 0): string {
  let out = '';
  for (const char of text) {
    out += char === '\t' ? ' '.repeat(TAB_WIDTH - ((startWidth + out.length) % TAB_WIDTH)) : char;
  }
  return out;
}

function notificationBlock(notifications: readonly ToolNotification[], root: string, colors: Colors): string[] {
  const levelWidth = notifications.reduce((width, n) => Math.max(width, n.level.length), 0);
  return [
    colors.underline('tlslint'),
    ...notifications.map((n) => {
      const where = n.file ? `  ${colors.dim(`${displayPath(n.file, root)}${n.line === undefined ? '' : `:${n.line}`}`)}` : '';
      const rule = n.ruleId ? `  ${colors.dim(n.ruleId)}` : '';
      return `  ${severityColor(n.level, colors)(n.level.padEnd(levelWidth))}  ${n.message}${where}${rule}`;
    }),
  ];
}

function summaryLine(findings: readonly Finding[], colors: Colors): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const [errors, warnings, notes] = [count('error'), count('warning'), count('note')];
  const text =
    `\u2716 ${plural(findings.length, 'problem')} ` +
    `(${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')})`;
  const paint = errors > 0 ? colors.red : warnings > 0 ? colors.yellow : colors.blue;
  return colors.bold(paint(text));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
