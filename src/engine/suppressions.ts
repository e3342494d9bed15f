// Inline suppressions in config comments, ESLint-style: `# tlslint-disable-next-line id -- reason` and friends.
import type { ConfigFile } from '../syntax/ast.js';
import type { Finding, Severity, ToolNotification } from './finding.js';

type Kind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

/** One `tlslint-*` comment: which rules (empty = all), the lines it covers, and why. */
interface SuppressionComment {
  kind: Kind;
  ruleIds: string[];
  reason?: string;
  file: string;
  line: number;
  /** Lines covered, inclusive; computed once the whole file is read. */
  from: number;
  to: number;
  used: boolean;
}

const DIRECTIVE = /^\s*tlslint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/;

/** The suppression comments of `file`, with the lines each one covers. */
export function suppressionComments(file: ConfigFile): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  for (const comment of file.comments) {
    // A substring search before the regex: a large tree has tens of thousands of comments, none of them ours.
    const match = comment.text.includes('tlslint-') ? DIRECTIVE.exec(comment.text) : null;
    if (!match) continue;
    const [list, reason] = splitReason(match[2]);
    const line = comment.range.start.line;
    const kind = match[1] as Kind;
    comments.push({ kind, ruleIds: list.split(/[\s,]+/).filter(Boolean), reason, file: file.path, line, from: line, to: line, used: false });
  }
  // Split only a file that has suppression comments: most have none, and a large tree's lines are a million strings.
  if (comments.length === 0) return comments;
  const lines = file.text.split('\n');
  for (const c of comments) coverLines(c, comments, lines);
  return comments.filter((c) => c.kind !== 'enable');
}

function splitReason(rest: string): [string, string | undefined] {
  const at = rest.indexOf(' -- ');
  if (at < 0) return [rest.replace(/\s--\s*$/, ''), undefined];
  return [rest.slice(0, at), rest.slice(at + 4).trim() || undefined];
}

function coverLines(c: SuppressionComment, all: SuppressionComment[], lines: string[]): void {
  if (c.kind === 'disable-file') [c.from, c.to] = [1, lines.length];
  else if (c.kind === 'disable-next-line') c.from = c.to = nextCodeLine(lines, c.line);
  else if (c.kind === 'disable') {
    const end = all.find((e) => e.kind === 'enable' && e.line > c.line && sameRules(e, c));
    c.to = end ? end.line : lines.length;
  }
}

/** The next line below `line` (1-based) that is neither blank nor only a comment. */
function nextCodeLine(lines: string[], line: number): number {
  for (let i = line; i < lines.length; i++) if (!/^\s*(#.*)?\r?$/.test(lines[i])) return i + 1;
  return line + 1;
}

function sameRules(enable: SuppressionComment, disable: SuppressionComment): boolean {
  return enable.ruleIds.length === 0 || disable.ruleIds.every((id) => enable.ruleIds.includes(id));
}

/**
 * How disable comments that suppress nothing are reported: `false`/`'off'` not at all, `true` as warnings,
 * or at the severity given (ESLint's `--report-unused-disable-directives-severity`).
 */
export type UnusedDisableSetting = boolean | Severity | 'off';

/** The level an unused disable comment is reported at, or undefined when it is not reported. */
export function unusedDisableLevel(setting: UnusedDisableSetting | undefined): Severity | undefined {
  if (setting === undefined || setting === false || setting === 'off') return undefined;
  return setting === true ? 'warning' : setting;
}

/**
 * Marks findings covered by a suppression comment as suppressed (they stay in the result: SARIF shows
 * them with `suppressions` when asked, the stylish report and the exit code ignore them). Returns
 * notifications, with their line, for comments naming unknown rules (at the chosen level, a warning by
 * default) and, when asked, for comments that suppress nothing; both count toward the exit code.
 */
export function applySuppressions(findings: Finding[], files: Iterable<ConfigFile>, knownRuleIds: ReadonlySet<string>, reportUnused: UnusedDisableSetting): ToolNotification[] {
  const byFile = new Map<string, SuppressionComment[]>();
  for (const file of files) byFile.set(file.path, suppressionComments(file));
  for (const finding of findings) {
    const comments = byFile.get(finding.range.file);
    // Most files have no suppression comment: their findings' lines are never needed (a Span finds its line anew).
    if (!comments || comments.length === 0) continue;
    const line = finding.range.start.line;
    const match = comments.find((c) => line >= c.from && line <= c.to && (c.ruleIds.length === 0 || c.ruleIds.includes(finding.ruleId)));
    if (!match) continue;
    match.used = true;
    finding.suppression = { kind: 'inSource', ...(match.reason ? { justification: match.reason } : {}) };
  }
  const unusedLevel = unusedDisableLevel(reportUnused);
  return [...byFile.values()].flat().flatMap((c) => notificationsFor(c, knownRuleIds, unusedLevel));
}

function notificationsFor(c: SuppressionComment, known: ReadonlySet<string>, unusedLevel: Severity | undefined): ToolNotification[] {
  const unknown = c.ruleIds.filter((id) => !known.has(id));
  const about = { file: c.file, line: c.line, counts: true };
  if (unknown.length > 0) return [{ level: unusedLevel ?? 'warning', message: `tlslint-${c.kind} names unknown rule "${unknown.join('", "')}"`, ...about }];
  if (unusedLevel && !c.used) return [{ level: unusedLevel, message: `Unused tlslint-${c.kind}${c.ruleIds.length ? ` ${c.ruleIds.join(', ')}` : ''}: nothing to suppress`, ...about }];
  return [];
}
