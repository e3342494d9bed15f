// What a rule reports, and what reporters print.
import type { SourceRange } from '../syntax/range.js';

export type Severity = 'error' | 'warning' | 'note';

/** Severity order, lowest first. */
export const SEVERITIES: readonly Severity[] = ['note', 'warning', 'error'];

/** True when `severity` is at least `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);
}

/** One text replacement; `range` may be empty for an insertion. */
export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  range: SourceRange;
  message: string;
}

export interface Suppression {
  kind: 'inSource' | 'external';
  justification?: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  related: RelatedLocation[];
  fix?: Fix;
  suppression?: Suppression;
  /** Facts of the finding for machine-readable reports (SARIF result `properties`), e.g. a certificate's fingerprint. */
  properties?: Record<string, string>;
}

/** A problem of the tool rather than of the config (unreadable path, a rule that crashed). */
export interface ToolNotification {
  level: 'error' | 'warning' | 'note';
  message: string;
  file?: string;
  /** The line in `file` it is about (a disable comment). */
  line?: number;
  ruleId?: string;
  /**
   * A problem of the config's own text that counts toward the exit code at `level` like a finding
   * (an unknown or unused disable comment), rather than a problem of the run.
   */
  counts?: boolean;
}

/** The outcome of one run, handed to reporters. */
export interface LintResult {
  findings: Finding[];
  notifications: ToolNotification[];
  /** Absolute paths of every file read. */
  files: string[];
  /** Directory that relative uris in reports are relative to. */
  root: string;
  /** Run properties for reports: profile, guidelines version, server versions. */
  properties: Record<string, string>;
  /** Paths the run was given that matched no file (see `discoverFiles`); the CLI exits 2 for them. */
  unmatched?: string[];
  /** False when a fatal problem stopped the run. */
  executionSuccessful: boolean;
  /**
   * The text of each file read, as the run read it (a BOM dropped), for reports' snippets and fingerprints:
   * ranges point into these texts. Absent in results not made by `lint`.
   */
  sources?: ReadonlyMap<string, string>;
}
