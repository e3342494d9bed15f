// SARIF 2.1.0 report for GitHub code scanning and other SARIF viewers.
import type { Finding, LintResult, Severity, ToolNotification } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import type { Position, SourceRange } from '../syntax/range.js';
import { compareRanges } from '../syntax/range.js';
import { assignFingerprints } from './fingerprint.js';
import { absolutePath, directoryUri, displayPath, encodeRelativeUri, fileUri, pathInsideRoot, sortedRecord } from './paths.js';
import { lineCache, type SourceLines } from './source-lines.js';
import type {
  SarifArtifactLocation, SarifFix, SarifLocation, SarifLog, SarifNotification, SarifRegion,
  SarifReportingDescriptor, SarifResult, SarifRun,
} from './sarif-types.js';

export type * from './sarif-types.js';

/** `$schema` of every log: the OASIS errata01 schema (its `id`), which the SARIF multitool accepts as final. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** GitHub code scanning rejects runs with more results than this. */
export const GITHUB_MAX_RESULTS = 25_000;

/** The `partialFingerprints` key tlslint fills (GitHub computes its own `primaryLocationLineHash`). */
export const FINGERPRINT_KEY = 'tlslintFinding/v1';

/** The uri base id results are relative to; `originalUriBaseIds` maps it to `result.root`. */
export const SRCROOT = '%SRCROOT%';

const DEFAULT_INFORMATION_URI = 'https://github.com/tlslint/tlslint';

/** Options of the SARIF reporter. */
export interface SarifOptions {
  /** tlslint's version, for `tool.driver.version` (and `semanticVersion` when it is semver). */
  toolVersion: string;
  /** `tool.driver.informationUri`. Default: the project's home page. */
  informationUri?: string;
  /** Help markdown per rule id (the rule's docs page), for `rules[].help.markdown`. */
  helpMarkdown?: Record<string, string>;
  /** Code scanning category: sets `automationDetails.id` to `<category>/`. */
  category?: string;
  /** Returns a file's text: adds region snippets and makes fingerprints line-based. */
  readSource?: (file: string) => string | undefined;
  /** Results kept per run. Default {@link GITHUB_MAX_RESULTS}. */
  maxResults?: number;
  /**
   * Keep suppressed and baselined results (with `suppressions`). Default false: GitHub code scanning does
   * not honour `suppressions` and shows such results as open alerts, so they are left out.
   */
  includeSuppressed?: boolean;
}

/** Builds the SARIF log object: one run, results in file and position order. */
export function buildSarifLog(result: LintResult, rules: readonly RuleMeta[], options: SarifOptions): SarifLog {
  const { run, kept, context } = buildRun(result, rules, options);
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [{ ...run, results: kept.map((finding) => sarifResult(finding, context)) }] };
}

/** Formats `result` as a SARIF 2.1.0 log (pretty-printed JSON ending with a newline). */
export function formatSarif(result: LintResult, rules: readonly RuleMeta[], options: SarifOptions): string {
  return [...sarifChunks(result, rules, options)].join('');
}

/**
 * The text of `formatSarif`, in pieces: the log around the results, then one result at a time. A 10,000-finding
 * log is 28 MB of JSON; built whole, its objects, its string and the bytes written doubled the run's peak memory.
 */
export function* sarifChunks(result: LintResult, rules: readonly RuleMeta[], options: SarifOptions): Generator<string> {
  const { run, kept, context } = buildRun(result, rules, options);
  // A key no message can spell: strings in JSON text carry their quotes escaped.
  const marker = `tlslint-results-${Math.random().toString(36).slice(2)}`;
  const frame = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [{ ...run, results: marker }] }, null, 2);
  const at = frame.indexOf(`"${marker}"`);
  const keyIndent = at - frame.lastIndexOf('\n', at) - 1 - '"results": '.length;
  const itemBreak = `\n${' '.repeat(keyIndent + 2)}`;
  yield frame.slice(0, at);
  let count = 0;
  const text = new ResultText(context, keyIndent + 2);
  for (const finding of kept) {
    yield `${count++ === 0 ? '[' : ','}${itemBreak}${text.of(finding)}`;
  }
  yield count === 0 ? '[]' : `\n${' '.repeat(keyIndent)}]`;
  yield `${frame.slice(at + marker.length + 2)}\n`;
}

/**
 * `value` as JSON.stringify(value, null, 2) writes it `depth` levels deep, without its first indentation:
 * stringified inside `depth` arrays, then cut out, so the text is not copied again to indent it.
 */
function indented(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Before the value: `[`, a line break and 2k spaces for k = 1..depth; after it: a line break, 2k spaces
  // and `]` for k = depth-1..0.
  return text.slice(depth * depth + 3 * depth, text.length - (depth * depth + depth));
}

/** A line break and `indent` spaces, made once per depth. */
const breaks: string[] = [];
const lineBreak = (indent: number): string => (breaks[indent] ??= `\n${' '.repeat(indent)}`);

/**
 * JSON text of `value` as JSON.stringify(value, null, 2) writes it standing `indent` spaces deep (the first
 * line not indented); undefined for what JSON.stringify leaves out of an object (undefined, functions).
 */
function jsonAt(value: unknown, indent: number): string | undefined {
  // A finite number is written as String writes it (both use Number::toString), without a call into JSON.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) as string | undefined;
  return indented(value, indent / 2);
}

/** JSON text of an array whose items are given as JSON text `indent + 2` spaces deep. */
function arrayText(items: readonly string[], indent: number): string {
  if (items.length === 0) return '[]';
  const inner = lineBreak(indent + 2);
  return `[${inner}${items.join(`,${inner}`)}${lineBreak(indent)}]`;
}

/** A number as JSON.stringify writes it: as String does when finite (both use Number::toString), else null. */
const numberText = (value: number): string => (Number.isFinite(value) ? `${value}` : 'null');

/** `{ "text": … }` standing `indent` spaces deep, SARIF's message object. */
function messageText(text: string, indent: number): string {
  return `{${lineBreak(indent + 2)}"text": ${JSON.stringify(text)}${lineBreak(indent)}}`;
}

/**
 * The JSON text of each result, the same as `indented(sarifResult(finding, context), indent / 2)` but written
 * from the finding, one template per part: the result objects, stringified whole inside wrapping arrays, were a
 * fifth of a large report's time, and written field by field their many small strings were still the most of
 * it. What every result of a rule, or every location in a file, repeats (keys, the artifact location) is made once.
 */
class ResultText {
  /** The text of a result up to its message, by rule id, then level. */
  private readonly heads = new Map<string, Map<string, string>>();
  /** A physical location's text up to its first line number, by depth, then file. */
  private readonly locationHeads = new Map<number, Map<string, string>>();
  /** Artifact location texts by depth, then file. */
  private readonly artifacts = new Map<number, Map<string, string>>();
  /** Property bags are shared by the findings about one certificate (sortedRecord returns one object for each). */
  private readonly propertyTexts = new WeakMap<object, string>();

  constructor(private readonly context: RunContext, private readonly indent: number) {}

  of(finding: Finding): string {
    const { context, indent } = this;
    const inner = indent + 2;
    const field = lineBreak(inner);
    const item = indent + 4;
    let text = `${this.head(finding)}${messageText(messageWithLinks(finding), inner)},${field}"locations": [${lineBreak(item)}{${lineBreak(item + 2)}"physicalLocation": ${this.physicalLocation(finding.range, true, item + 2)}${lineBreak(item)}}${lineBreak(inner)}]`;
    if (finding.related.length > 0) {
      const related = finding.related.map((r, i) => `{${lineBreak(item + 2)}"id": ${i + 1},${lineBreak(item + 2)}"physicalLocation": ${this.physicalLocation(r.range, false, item + 2)},${lineBreak(item + 2)}"message": ${messageText(r.message, item + 2)}${lineBreak(item)}}`);
      text += `,${field}"relatedLocations": ${arrayText(related, inner)}`;
    }
    text += `,${field}"partialFingerprints": {${lineBreak(item)}${FINGERPRINT_KEY_TEXT}: ${JSON.stringify(context.fingerprints.get(finding) ?? '')}${lineBreak(inner)}}`;
    if (finding.fix) text += `,${field}"fixes": [${lineBreak(item)}${this.fix(finding.fix, item)}${lineBreak(inner)}]`;
    if (finding.properties) text += `,${field}"properties": ${this.properties(sortedRecord(finding.properties), inner)}`;
    if (finding.suppression) {
      const suppression = {
        kind: finding.suppression.kind,
        ...(finding.suppression.justification ? { justification: finding.suppression.justification } : {}),
      };
      text += `,${field}"suppressions": ${jsonAt([suppression], inner)}`;
    }
    return `${text}${lineBreak(indent)}}`;
  }

  /** `{ "ruleId": …, "ruleIndex": …, "level": …, "message": ` at this depth. */
  private head(finding: Finding): string {
    let byLevel = this.heads.get(finding.ruleId);
    if (!byLevel) this.heads.set(finding.ruleId, (byLevel = new Map()));
    let text = byLevel.get(finding.severity);
    if (text === undefined) {
      const field = lineBreak(this.indent + 2);
      const index = this.context.ruleIndex.get(finding.ruleId);
      text = `{${field}"ruleId": ${JSON.stringify(finding.ruleId)},${index === undefined ? '' : `${field}"ruleIndex": ${index},`}${field}"level": ${JSON.stringify(finding.severity)},${field}"message": `;
      byLevel.set(finding.severity, text);
    }
    return text;
  }

  private physicalLocation(range: SourceRange, withSnippet: boolean, indent: number): string {
    const { file, start, end } = range;
    const snippet = withSnippet ? snippetOf({ file, start, end }, this.context.linesOf?.(file)) : undefined;
    return `${this.locationHead(file, indent)}${this.regionFields(start, end, snippet, indent + 2)}${lineBreak(indent)}}`;
  }

  /** `{ "artifactLocation": …, "region": { "startLine": ` standing `indent` spaces deep. */
  private locationHead(file: string, indent: number): string {
    let byFile = this.locationHeads.get(indent);
    if (!byFile) this.locationHeads.set(indent, (byFile = new Map()));
    let text = byFile.get(file);
    if (text === undefined) {
      const field = lineBreak(indent + 2);
      text = `{${field}"artifactLocation": ${this.artifactText(file, indent + 2)},${field}"region": {${lineBreak(indent + 4)}"startLine": `;
      byFile.set(file, text);
    }
    return text;
  }

  /** A region's fields from its start line's value on, and its closing brace (see {@link region}). */
  private regionFields(start: Position, end: Position, snippet: string | undefined, indent: number): string {
    const field = lineBreak(indent + 2);
    const text = `${numberText(start.line)},${field}"startColumn": ${numberText(start.column)},${field}"endLine": ${numberText(end.line)},${field}"endColumn": ${numberText(end.column)},${field}"charOffset": ${numberText(start.offset)},${field}"charLength": ${numberText(end.offset - start.offset)}`;
    return `${snippet ? `${text},${field}"snippet": ${messageText(snippet, indent + 2)}` : text}${lineBreak(indent)}}`;
  }

  /** The text of `sarifFix(fix, context)` standing `indent` spaces deep. */
  private fix(fix: NonNullable<Finding['fix']>, indent: number): string {
    // As sarifFix: the edits grouped by file, files in the order their first edit comes.
    const changes = indent + 4;
    const replacement = changes + 4;
    const byFile = new Map<string, string[]>();
    for (const edit of fix.edits) {
      const file = absolutePath(edit.range.file, this.context.root);
      const { start, end } = edit.range;
      const field = lineBreak(replacement + 2);
      const text = `{${field}"deletedRegion": {${lineBreak(replacement + 4)}"startLine": ${this.regionFields(start, end, undefined, replacement + 2)},${field}"insertedContent": ${messageText(edit.text, replacement + 2)}${lineBreak(replacement)}}`;
      const replacements = byFile.get(file);
      if (replacements) replacements.push(text);
      else byFile.set(file, [text]);
    }
    const field = lineBreak(changes + 2);
    const artifactChanges = [...byFile].map(([file, replacements]) => `{${field}"artifactLocation": ${this.artifactText(file, changes + 2)},${field}"replacements": ${arrayText(replacements, changes + 2)}${lineBreak(changes)}}`);
    return `{${lineBreak(indent + 2)}"description": ${messageText(fix.description, indent + 2)},${lineBreak(indent + 2)}"artifactChanges": ${arrayText(artifactChanges, indent + 2)}${lineBreak(indent)}}`;
  }

  private artifactText(file: string, indent: number): string {
    let byFile = this.artifacts.get(indent);
    if (!byFile) this.artifacts.set(indent, (byFile = new Map()));
    let text = byFile.get(file);
    if (text === undefined) byFile.set(file, (text = jsonAt(artifactLocation(file, this.context), indent)!));
    return text;
  }

  private properties(record: Record<string, string>, indent: number): string {
    let text = this.propertyTexts.get(record);
    if (text === undefined) this.propertyTexts.set(record, (text = jsonAt(record, indent)!));
    return text;
  }
}

/** The partialFingerprints key as JSON text. */
const FINGERPRINT_KEY_TEXT = JSON.stringify(FINGERPRINT_KEY);

/** `hsts-max-age-short` → `HstsMaxAgeShort`, the reportingDescriptor `name`. */
export function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join('');
}

/** The `reportingDescriptor` of a rule, built from its meta alone. */
export function reportingDescriptor(meta: RuleMeta, helpMarkdown?: string): SarifReportingDescriptor {
  const profiles = meta.profiles.length > 0 ? ` Runs under the Mozilla profiles: ${meta.profiles.join(', ')}.` : '';
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description}.${profiles}` },
    helpUri: meta.docs,
    help: {
      text: `${meta.description}. Documentation: ${meta.docs}`,
      markdown: helpMarkdown ?? `${meta.description}.\n\n[Documentation](${meta.docs})`,
    },
    defaultConfiguration: { level: meta.severity },
    properties: meta.securitySeverity > 0
      ? {
        // GitHub applies security-severity only to rules tagged "security".
        tags: meta.tags.includes('security') ? [...meta.tags] : ['security', ...meta.tags],
        precision: 'very-high',
        'security-severity': meta.securitySeverity.toFixed(1),
        'problem.severity': PROBLEM_SEVERITY[meta.severity],
      }
      // A config the server refuses to load (parse-error, include-not-found, include-cycle) stops the
      // server rather than weakening it: no security tag, so GitHub ranks it by problem.severity (an error)
      // instead of showing security-severity 0.0 as "Low".
      : { tags: meta.tags.filter((tag) => tag !== 'security'), precision: 'very-high', 'problem.severity': PROBLEM_SEVERITY[meta.severity] },
  };
}

// GitHub's problem.severity values: error, warning, recommendation.
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

/** What a run's parts need to know: the root, rule and artifact indexes, fingerprints and file lines. */
interface RunContext {
  root: string;
  ruleIndex: Map<string, number>;
  artifactIndex: Map<string, number>;
  /** Artifact locations by file as ranges name them, shared by every result (they are only serialised). */
  artifactLocations: Map<string, SarifArtifactLocation>;
  fingerprints: Map<Finding, string>;
  linesOf?: (file: string) => SourceLines | undefined;
}

/** The run without its results, the findings its results are made of, and what making them needs. */
function buildRun(result: LintResult, rules: readonly RuleMeta[], options: SarifOptions): { run: Omit<SarifRun, 'results'>; kept: Finding[]; context: RunContext } {
  const artifactFiles = collectFiles(result);
  // Fingerprints and snippets read the same lines: each file is indexed once for both.
  const linesOf = options.readSource ? lineCache(options.readSource) : undefined;
  const context: RunContext = {
    root: result.root,
    ruleIndex: new Map(rules.map((meta, index) => [meta.id, index])),
    artifactIndex: new Map(artifactFiles.map((file, index) => [file, index])),
    artifactLocations: new Map(),
    fingerprints: assignFingerprints(result.findings, options.readSource ?? (() => undefined), result.root, linesOf),
    linesOf,
  };
  // Fingerprints are counted over every finding, so a result's fingerprint does not depend on this option.
  const reported = options.includeSuppressed ? result.findings : result.findings.filter((f) => !f.suppression);
  const { kept, notification } = limitResults(reported, options.maxResults ?? GITHUB_MAX_RESULTS);
  const notifications = notification ? [...result.notifications, notification] : result.notifications;
  const run = {
    tool: { driver: driver(rules, options) },
    ...(options.category === undefined ? {} : { automationDetails: { id: `${options.category}/` } }),
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.root) } },
    artifacts: artifactFiles.map((file) => ({ location: bareLocation(file, result.root), roles: ['analysisTarget'] })),
    invocations: [{
      executionSuccessful: result.executionSuccessful,
      toolExecutionNotifications: notifications.map((n) => sarifNotification(n, context)),
    }],
    results: undefined,
    columnKind: 'utf16CodeUnits' as const,
    // Which standard the run applied: profile, guidelines version, server versions.
    properties: sortedRecord(result.properties),
  };
  return { run, kept, context };
}

function driver(rules: readonly RuleMeta[], options: SarifOptions): SarifRun['tool']['driver'] {
  const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion);
  return {
    name: 'tlslint',
    version: options.toolVersion,
    ...(semver ? { semanticVersion: options.toolVersion } : {}),
    informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
    rules: rules.map((meta) => reportingDescriptor(meta, options.helpMarkdown?.[meta.id])),
  };
}

/** Every file the run read or a report location names, absolute, ordered by the path reports print. */
function collectFiles(result: LintResult): string[] {
  const files = new Set(result.files.map((file) => absolutePath(file, result.root)));
  // Each file name once through path.resolve: the findings name the same few files again and again.
  const named = new Set<string>();
  for (const finding of result.findings) {
    named.add(finding.range.file);
    for (const related of finding.related) named.add(related.range.file);
    if (finding.fix) for (const edit of finding.fix.edits) named.add(edit.range.file);
  }
  for (const file of named) files.add(absolutePath(file, result.root));
  for (const n of result.notifications) if (n.file !== undefined) files.add(absolutePath(n.file, result.root));
  const keys = new Map([...files].map((file) => [file, displayPath(file, result.root)]));
  const key = (file: string) => keys.get(file)!;
  return [...files].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Keeps at most `max` findings: when there are more, errors before warnings before notes and
 * unsuppressed before suppressed, then position order; says so in a warning notification.
 */
function limitResults(findings: readonly Finding[], max: number): { kept: Finding[]; notification?: ToolNotification } {
  const byPosition = [...findings].sort(comparePosition);
  if (byPosition.length <= max) return { kept: byPosition };
  const kept = new Set([...byPosition].sort(compareImportance).slice(0, max));
  return {
    kept: byPosition.filter((f) => kept.has(f)),
    notification: {
      level: 'warning',
      message: `Only ${max} of ${findings.length} results are included: GitHub code scanning accepts at most ${GITHUB_MAX_RESULTS} results per run; run tlslint with --format json for all of them`,
    },
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function compareImportance(a: Finding, b: Finding): number {
  return Number(Boolean(a.suppression)) - Number(Boolean(b.suppression))
    || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
    || comparePosition(a, b);
}

function comparePosition(a: Finding, b: Finding): number {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function sarifResult(finding: Finding, context: RunContext): SarifResult {
  const index = context.ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: finding.severity,
    message: { text: messageWithLinks(finding) },
    locations: [{ physicalLocation: physicalLocation(finding.range, context, true) }],
    ...(finding.related.length > 0 ? { relatedLocations: finding.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r.range, context, false),
      message: { text: r.message },
    })) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprints.get(finding) ?? '' },
    ...(finding.fix ? { fixes: [sarifFix(finding.fix, context)] } : {}),
    ...(finding.properties ? { properties: sortedRecord(finding.properties) } : {}),
    ...(finding.suppression ? { suppressions: [{
      kind: finding.suppression.kind,
      ...(finding.suppression.justification ? { justification: finding.suppression.justification } : {}),
    }] } : {}),
  };
}

/**
 * The message, with a link to each related location (`[set here](1)`): GitHub shows related locations
 * only when the message links them (SARIF 3.11.6 embedded links, the target being the location's `id`).
 */
function messageWithLinks(finding: Finding): string {
  const text = escapeMessage(finding.message);
  if (finding.related.length === 0) return text;
  const links = finding.related.map((r, i) => `[${escapeMessage(r.message)}](${i + 1})`);
  return `${text} (${links.join(', ')})`;
}

/** SARIF 3.11.6: literal square brackets in message text, and a backslash before one, are escaped. */
export function escapeMessage(text: string): string {
  // Most messages have no bracket: two searches instead of two regex replacements.
  if (!text.includes('[') && !text.includes(']')) return text;
  return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

function sarifFix(fix: NonNullable<Finding['fix']>, context: RunContext): SarifFix {
  const byFile = new Map<string, SarifFix['artifactChanges'][number]['replacements']>();
  for (const edit of fix.edits) {
    const file = absolutePath(edit.range.file, context.root);
    const replacements = byFile.get(file) ?? [];
    replacements.push({ deletedRegion: region(edit.range, undefined), insertedContent: { text: edit.text } });
    byFile.set(file, replacements);
  }
  return {
    description: { text: fix.description },
    artifactChanges: [...byFile].map(([file, replacements]) => ({ artifactLocation: artifactLocation(file, context), replacements })),
  };
}

function physicalLocation(range: SourceRange, context: RunContext, withSnippet: boolean): SarifLocation['physicalLocation'] {
  const { file, start, end } = range;
  const positions = { file, start, end };
  const snippet = withSnippet ? snippetOf(positions, context.linesOf?.(file)) : undefined;
  return { artifactLocation: artifactLocation(file, context), region: region(positions, snippet) };
}

/** A full region: always `startLine` (GitHub and the errata01 schema need it), columns, offsets. */
function region(range: SourceRange, snippet: string | undefined): SarifRegion {
  // Each position read once: a Span finds its line and column anew on every read.
  const { start, end } = range;
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
    ...(snippet ? { snippet: { text: snippet } } : {}),
  };
}

/** The text the range covers, taken by lines and columns (line breaks as `\n`). */
function snippetOf(range: SourceRange, lines: SourceLines | undefined): string | undefined {
  const { start, end } = range;
  if (!lines || end.line > lines.count) return undefined;
  if (start.line === end.line) return lines.line(start.line)!.slice(start.column - 1, end.column - 1);
  const covered: string[] = [];
  for (let line = start.line; line <= end.line; line++) covered.push(lines.line(line)!);
  covered[0] = covered[0].slice(start.column - 1);
  covered[covered.length - 1] = covered[covered.length - 1].slice(0, end.column - 1);
  return covered.join('\n');
}

/** The artifact location of `file`, made once per file: a report names the same few files thousands of times. */
function artifactLocation(file: string, context: RunContext): SarifArtifactLocation {
  let location = context.artifactLocations.get(file);
  if (!location) {
    const absolute = absolutePath(file, context.root);
    const index = context.artifactIndex.get(absolute);
    location = { ...bareLocation(absolute, context.root), ...(index === undefined ? {} : { index }) };
    context.artifactLocations.set(file, location);
  }
  return location;
}

/** Relative to %SRCROOT% inside the root; outside it an absolute `file://` uri with no base. */
function bareLocation(file: string, root: string): SarifArtifactLocation {
  const relative = pathInsideRoot(file, root);
  return relative === undefined ? { uri: fileUri(file, root) } : { uri: encodeRelativeUri(relative), uriBaseId: SRCROOT };
}

function sarifNotification(notification: ToolNotification, context: RunContext): SarifNotification {
  const index = notification.ruleId === undefined ? undefined : context.ruleIndex.get(notification.ruleId);
  return {
    level: notification.level,
    message: { text: notification.message },
    ...(notification.file === undefined ? {} : { locations: [{ physicalLocation: {
      artifactLocation: artifactLocation(notification.file, context),
      ...(notification.line === undefined ? {} : { region: { startLine: notification.line } }),
    } }] }),
    ...(notification.ruleId === undefined ? {} : { associatedRule: { id: notification.ruleId, ...(index === undefined ? {} : { index }) } }),
  };
}
