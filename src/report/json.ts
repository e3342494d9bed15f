// The machine-readable report: a stable JSON document of findings with paths relative to the root.
import type { Finding, LintResult, RelatedLocation, TextEdit, ToolNotification } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import type { SourceRange } from '../syntax/range.js';
import { compareRanges } from '../syntax/range.js';
import { assignFingerprints } from './fingerprint.js';
import { displayPath, sortedRecord } from './paths.js';

/** Version of the JSON report's shape; bumped only when a field changes meaning or disappears. */
export const JSON_REPORT_VERSION = 1;

/** Options of the JSON reporter. */
export interface JsonOptions {
  /** Returns a file's text; makes fingerprints line-based instead of message-based. */
  readSource?: (file: string) => string | undefined;
  /** Indentation of the JSON text. Default 2. */
  indent?: number;
}

/** Where something is, in a JSON report. Lines and columns are 1-based; `endColumn` is exclusive. */
export interface JsonRange {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One finding in a JSON report. */
export interface JsonFinding extends JsonRange {
  ruleId: string;
  messageId: string;
  severity: Finding['severity'];
  message: string;
  related: (JsonRange & { message: string })[];
  fix: { description: string; edits: (JsonRange & { text: string })[] } | null;
  /** Null unless an in-source or external suppression hides the finding. */
  suppressed: { kind: 'inSource' | 'external'; justification: string | null } | null;
  /** `<hash>:<occurrence>`, as in SARIF `partialFingerprints`. */
  fingerprint: string;
  /** Facts of the finding, when its rule gives any (a certificate's subject, issuer, validity, fingerprint), as in SARIF. */
  properties?: Record<string, string>;
}

/** The whole JSON report. */
export interface JsonReport {
  version: number;
  root: string;
  properties: Record<string, string>;
  findings: JsonFinding[];
  /** `line` is the line of `file` a notification is about (a disable comment), else null. */
  notifications: { level: ToolNotification['level']; message: string; file: string | null; line: number | null; ruleId: string | null }[];
}

/** Builds the JSON report object (findings in file and position order). */
export function buildJsonReport(result: LintResult, options: JsonOptions = {}): JsonReport {
  const fingerprints = assignFingerprints(result.findings, options.readSource ?? (() => undefined), result.root);
  const findings = [...result.findings].sort((a, b) => compareRanges(a.range, b.range));
  return {
    version: JSON_REPORT_VERSION,
    root: result.root,
    properties: sortedRecord(result.properties),
    findings: findings.map((f) => jsonFinding(f, result.root, fingerprints.get(f) ?? '')),
    notifications: result.notifications.map((n) => ({
      level: n.level,
      message: n.message,
      file: n.file === undefined ? null : displayPath(n.file, result.root),
      line: n.line ?? null,
      ruleId: n.ruleId ?? null,
    })),
  };
}

/** Formats `result` as the JSON report, ending with a newline. */
export function formatJson(result: LintResult, _rules: readonly RuleMeta[], options: JsonOptions = {}): string {
  return `${JSON.stringify(buildJsonReport(result, options), null, options.indent ?? 2)}\n`;
}

function jsonFinding(finding: Finding, root: string, fingerprint: string): JsonFinding {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    ...jsonRange(finding.range, root),
    related: finding.related.map((r: RelatedLocation) => ({ ...jsonRange(r.range, root), message: r.message })),
    fix: finding.fix
      ? { description: finding.fix.description, edits: finding.fix.edits.map((e: TextEdit) => ({ ...jsonRange(e.range, root), text: e.text })) }
      : null,
    suppressed: finding.suppression
      ? { kind: finding.suppression.kind, justification: finding.suppression.justification ?? null }
      : null,
    fingerprint,
    ...(finding.properties ? { properties: sortedRecord(finding.properties) } : {}),
  };
}

function jsonRange(range: SourceRange, root: string): JsonRange {
  // Each position read once: a Span finds its line and column anew on every read.
  const { start, end } = range;
  return {
    file: displayPath(range.file, root),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

