// SARIF 2.1.0 report for GitHub code scanning and other SARIF viewers.
import type { Finding, LintResult, Severity, ToolNotification } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import type { Position, SourceRange } from '../syntax/range.js';
import { compareRanges } from '../syntax/range.js';
import { fingerprintList } from './fingerprint.js';
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
  yield frame.slice(0, at);
  const results = new ResultWriter(context, keyIndent + 2);
  for (const finding of kept) {
    results.add(finding);
    if (results.count % RESULTS_PER_CHUNK === 0) yield results.take();
  }
  yield results.count === 0 ? '[]' : `${results.take()}\n${' '.repeat(keyIndent)}]`;
  yield `${frame.slice(at + marker.length + 2)}\n`;
}

/** Results joined into one piece of text: about half a megabyte, a few writes' worth. */
const RESULTS_PER_CHUNK = 500;

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
const lineBreak = (indent: number): string => (breaks[indent] ??= flat(`\n${' '.repeat(indent)}`));

/**
 * `text`, flattened. A string made by concatenation is a tree of its pieces, walked again each time it is
 * copied; the texts made once and copied into each of thousands of results are flattened once instead. (V8
 * flattens a string to read a character of it.)
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

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

/**
 * An artifact location's JSON text as jsonAt writes it (its values are strings and an integer), without wrapping it
 * in arrays to stringify: a report makes two per file (two depths), a thousand files' worth on a large tree.
 */
function artifactLocationText(location: SarifArtifactLocation, indent: number): string {
  const field = lineBreak(indent + 2);
  let text = `{${field}"uri": ${JSON.stringify(location.uri)}`;
  if (location.uriBaseId !== undefined) text += `,${field}"uriBaseId": ${JSON.stringify(location.uriBaseId)}`;
  if (location.index !== undefined) text += `,${field}"index": ${numberText(location.index)}`;
  return flat(`${text}${lineBreak(indent)}}`);
}

/** A number as JSON.stringify writes it: as String does when finite (both use Number::toString), else null. */
const numberText = (value: number): string => (Number.isFinite(value) ? `${value}` : 'null');

/** The text around a region's numbers, for a region standing `indent` spaces deep (see {@link region}). */
class RegionLayout {
  private readonly startColumn: string;
  private readonly endLine: string;
  private readonly endColumn: string;
  private readonly charOffset: string;
  private readonly charLength: string;
  /** Between the last number and the snippet's text. */
  readonly snippet: string;
  /** After the snippet's text: its closing brace and the region's. */
  readonly snippetClose: string;
  /** After the last number when there is no snippet: the region's closing brace. */
  readonly close: string;
  /**
   * The text from the start line's value to the end line's, and from the end line's value to the offset's, by line
   * and column: a report has a few distinct columns on each line (and lengths, see RegionEnd), so each such stretch
   * is one part, made once.
   */
  private readonly startTexts: string[][] = [];
  private readonly endTexts: string[][] = [];

  constructor(indent: number) {
    const field = lineBreak(indent + 2);
    this.startColumn = flat(`,${field}"startColumn": `);
    this.endLine = flat(`,${field}"endLine": `);
    this.endColumn = flat(`,${field}"endColumn": `);
    this.charOffset = flat(`,${field}"charOffset": `);
    this.charLength = flat(`,${field}"charLength": `);
    this.snippet = flat(`,${field}"snippet": {${lineBreak(indent + 4)}"text": `);
    this.snippetClose = flat(`${field}}${lineBreak(indent)}}`);
    this.close = flat(`${lineBreak(indent)}}`);
  }

  /** A region's end that `tail` follows: the text after its `"charLength"`, the one number that varies in it. */
  end(tail: string): RegionEnd {
    return { head: this.charLength, tail, byLength: [] };
  }

  /** Pushes the region's numbers from its start line's value (after `"startLine": `) on, then `end`. */
  write(parts: string[], start: Position, end: Position, last: RegionEnd): void {
    parts.push(
      linePiece(this.startTexts, start.line, this.startColumn, start.column, this.endLine),
      linePiece(this.endTexts, end.line, this.endColumn, end.column, this.charOffset), numberText(start.offset),
      piece(last.byLength, last.head, end.offset - start.offset, last.tail),
    );
  }
}

/** What follows a region's last number (`tail`), and the text from `"charLength"` on by length, made as met. */
interface RegionEnd {
  head: string;
  tail: string;
  byLength: string[];
}

/** Numbers below this have their stretch of text made once (see RegionLayout); others are written each time. */
const CACHED_NUMBERS = 4096;

/** `head`, `value` and `tail` as one text, made once per small value. */
function piece(cache: string[], head: string, value: number, tail: string): string {
  if (!cacheable(value)) return `${head}${numberText(value)}${tail}`;
  return (cache[value] ??= flat(`${head}${value}${tail}`));
}

/** `line`, `head`, `column` and `tail` as one text, made once per small line and column. */
function linePiece(cache: string[][], line: number, head: string, column: number, tail: string): string {
  if (!(cacheable(line) && cacheable(column))) return `${numberText(line)}${head}${numberText(column)}${tail}`;
  const byColumn = (cache[line] ??= []);
  return (byColumn[column] ??= flat(`${line}${head}${column}${tail}`));
}

const cacheable = (value: number): boolean => value >= 0 && value < CACHED_NUMBERS && Number.isInteger(value);

/**
 * Writes the JSON text of results, each the same as `indented(sarifResult(finding, context), indent / 2)`, as
 * parts pushed onto one array and joined a batch of results at a time. Stringified whole inside wrapping
 * arrays, the result objects were a fifth of a large report's time; concatenated, the text of 20,000 results
 * was a million small strings that writing then had to flatten, and each part still costs about as much as
 * copying a hundred characters. So the text between two values (keys, braces, indentation) is one part, made
 * once, and so is what a rule's results share (rule id, index, level), what a file's locations share (the
 * artifact location) and the text of a message, of which a large run has a handful.
 */
class ResultWriter {
  /** Results added so far. */
  count = 0;
  private parts: string[] = [];
  /** Result heads, up to the message text, by rule id, then level. */
  private readonly heads = new Map<string, Map<string, string>>();
  /** Message texts as JSON, by message: for results without related locations, whose text depends on the message alone. */
  private readonly messages = new Map<string, string>();
  /** Result heads with their message text, by message, with the rule and level they were made for. */
  private readonly headsByMessage = new Map<string, { ruleId: string; severity: string; text: string }>();
  /** The last result's file, its lines and its primary location's head: results come grouped by file. */
  private file: string | undefined = undefined;
  private lines: SourceLines | undefined = undefined;
  private fileHead = '';
  /** A physical location's text up to its start line's value, by file. */
  private readonly locationHeads = new Map<string, string>();
  /** The same after the end of the message and the opening of the locations array: a result's first location. */
  private readonly primaryHeads = new Map<string, string>();
  /** Artifact location texts by depth, then file. */
  private readonly artifacts = new Map<number, Map<string, string>>();
  /** Property bags are shared by the findings about one certificate (sortedRecord returns one object for each). */
  private readonly propertyTexts = new WeakMap<object, string>();
  /** Snippet texts with what follows them (see snippetText), by snippet. */
  private readonly snippets = new Map<string, string>();
  private readonly snippetsBeforeRelated = new Map<string, string>();
  private readonly region: RegionLayout;
  private readonly deletedRegion: RegionLayout;
  // The fixed text between a result's values, named by what comes before or after it.
  private readonly field: string;
  private readonly locations: string;
  private readonly primaryCloseAfterSnippet: string;
  /** The same, then the fingerprint's opening: for a result without related locations, which come between. */
  private readonly primaryCloseAfterSnippetFingerprint: string;
  private readonly fingerprint: string;
  /** The primary region's end: before its snippet; without a snippet, closing the location (then the fingerprint's opening, or not). */
  private readonly snippetRegionEnd: RegionEnd;
  private readonly closedRegionEnd: RegionEnd;
  private readonly closedRegionEndFingerprint: RegionEnd;
  private readonly relatedRegionEnd: RegionEnd;
  private readonly deletedRegionEnd: RegionEnd;
  private readonly fingerprintClose: string;
  private readonly fingerprintCloseResult: string;
  private readonly end: string;
  private readonly fixOpen: string;
  private readonly fixChanges: string;
  private readonly fixClose: string;
  private readonly firstReplacement: string;
  private readonly nextReplacement: string;
  /** After an edit's inserted text: when another edit of the file follows, when another file follows, at the end. */
  private readonly replacementEnd: string;
  private readonly changeEnd: string;
  private readonly fixEnd: string;
  /** Fix texts up to the first change, by description; artifact changes up to the first replacement, by file. */
  private readonly fixHeads = new Map<string, string>();
  private readonly changeHeads = new Map<string, string>();
  /** See insertedTextAtEnd. */
  private readonly insertedTexts = new Map<string, string>();

  /** @param indent where results stand: the depth of the log's results array, plus 2. */
  constructor(private readonly context: RunContext, private readonly indent: number) {
    const [field, item, member, change, changeMember, replacement, replacementMember, text] = [2, 4, 6, 8, 10, 12, 14, 16].map((depth) => lineBreak(indent + depth));
    // Locations (and related locations) stand at indent + 6, their regions at indent + 8.
    this.region = new RegionLayout(indent + 8);
    this.deletedRegion = new RegionLayout(indent + 14);
    this.field = field;
    this.locations = flat(`${field}},${field}"locations": [${item}{${member}"physicalLocation": `);
    const locationClose = `${member}}${item}}${field}]`;
    const primaryClose = `${this.region.close}${locationClose}`;
    this.primaryCloseAfterSnippet = flat(`${this.region.snippetClose}${locationClose}`);
    // A fingerprint is `<hex>:<count>` (fingerprint.ts): nothing in it needs escaping.
    this.fingerprint = flat(`,${field}"partialFingerprints": {${item}${JSON.stringify(FINGERPRINT_KEY)}: "`);
    this.primaryCloseAfterSnippetFingerprint = flat(`${this.primaryCloseAfterSnippet}${this.fingerprint}`);
    this.snippetRegionEnd = this.region.end(this.region.snippet);
    this.closedRegionEnd = this.region.end(flat(primaryClose));
    this.closedRegionEndFingerprint = this.region.end(flat(`${primaryClose}${this.fingerprint}`));
    this.fingerprintClose = flat(`"${field}}`);
    this.end = flat(`${lineBreak(indent)}}`);
    this.fingerprintCloseResult = flat(`${this.fingerprintClose}${this.end}`);
    this.relatedRegionEnd = this.region.end(flat(`${this.region.close}${member}},${member}"message": {${change}"text": `));
    this.fixOpen = flat(`,${field}"fixes": [${item}{${member}"description": {${change}"text": `);
    this.fixChanges = flat(`${member}},${member}"artifactChanges": `);
    this.fixClose = flat(`${item}}${field}]`);
    const replacementOpen = `${replacement}{${replacementMember}"deletedRegion": {${text}"startLine": `;
    this.firstReplacement = flat(replacementOpen);
    this.nextReplacement = flat(`,${replacementOpen}`);
    this.deletedRegionEnd = this.deletedRegion.end(flat(`${this.deletedRegion.close},${replacementMember}"insertedContent": {${text}"text": `));
    const replacementClose = `${replacementMember}}${replacement}}`;
    const changeClose = `${replacementClose}${changeMember}]${change}}`;
    this.replacementEnd = flat(replacementClose);
    this.changeEnd = flat(`${changeClose},`);
    this.fixEnd = flat(`${changeClose}${member}]${this.fixClose}`);
  }

  /** Adds `finding`'s result: after the previous one, or, the first, after the array's opening bracket. */
  add(finding: Finding): void {
    const { parts, context, field } = this;
    const { file, start, end } = finding.range;
    if (file !== this.file) {
      this.file = file;
      this.lines = context.linesOf?.(file);
      this.fileHead = this.primaryHead(file);
    }
    const snippet = snippetOf(start, end, this.lines);
    const head = this.headAndMessage(finding);
    parts.push(this.count++ === 0 ? `[${head.slice(1)}` : head, this.fileHead);
    const related = finding.related.length > 0;
    if (snippet) {
      this.region.write(parts, start, end, this.snippetRegionEnd);
      parts.push(this.snippetText(snippet, related));
    } else {
      this.region.write(parts, start, end, related ? this.closedRegionEnd : this.closedRegionEndFingerprint);
    }
    if (related) {
      this.related(finding.related);
      parts.push(this.fingerprint);
    }
    const last = !finding.fix && !finding.properties && !finding.suppression;
    parts.push(context.fingerprints.of(finding), last ? this.fingerprintCloseResult : this.fingerprintClose);
    if (last) return;
    if (finding.fix) this.fix(finding.fix);
    if (finding.properties) parts.push(this.properties(sortedRecord(finding.properties)));
    if (finding.suppression) {
      const suppression = {
        kind: finding.suppression.kind,
        ...(finding.suppression.justification ? { justification: finding.suppression.justification } : {}),
      };
      parts.push(',', field, '"suppressions": ', jsonAt([suppression], this.indent + 2)!);
    }
    parts.push(this.end);
  }

  /** The text added since the last call. */
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }

  /** The result's text up to the end of its message: its head, then the message text as JSON. */
  private headAndMessage(finding: Finding): string {
    if (finding.related.length > 0) return `${this.head(finding)}${this.message(finding)}`;
    // One lookup for the three a result's head and message took: a message is (nearly always) one rule's, at one level.
    const known = this.headsByMessage.get(finding.message);
    if (known && known.ruleId === finding.ruleId && known.severity === finding.severity) return known.text;
    const text = flat(`${this.head(finding)}${this.message(finding)}`);
    if (!known) this.headsByMessage.set(finding.message, { ruleId: finding.ruleId, severity: finding.severity, text });
    return text;
  }

  /** `, { "ruleId": …, "ruleIndex": …, "level": …, "message": { "text": ` at this depth, after a line break. */
  private head(finding: Finding): string {
    let byLevel = this.heads.get(finding.ruleId);
    if (!byLevel) this.heads.set(finding.ruleId, (byLevel = new Map()));
    let text = byLevel.get(finding.severity);
    if (text === undefined) {
      const { field } = this;
      const index = this.context.ruleIndex.get(finding.ruleId);
      text = `,${lineBreak(this.indent)}{${field}"ruleId": ${JSON.stringify(finding.ruleId)},${index === undefined ? '' : `${field}"ruleIndex": ${index},`}`
        + `${field}"level": ${JSON.stringify(finding.severity)},${field}"message": {${lineBreak(this.indent + 4)}"text": `;
      byLevel.set(finding.severity, (text = flat(text)));
    }
    return text;
  }

  /** The message text as JSON (with its links to related locations). */
  private message(finding: Finding): string {
    if (finding.related.length > 0) return JSON.stringify(messageWithLinks(finding));
    let text = this.messages.get(finding.message);
    if (text === undefined) this.messages.set(finding.message, (text = JSON.stringify(messageWithLinks(finding))));
    return text;
  }

  /** The end of the message, then the first location up to its start line's value. */
  private primaryHead(file: string): string {
    let text = this.primaryHeads.get(file);
    if (text === undefined) this.primaryHeads.set(file, (text = flat(`${this.locations}${this.locationHead(file)}`)));
    return text;
  }

  /** A physical location standing indent + 6 deep, up to its start line's value. */
  private locationHead(file: string): string {
    let text = this.locationHeads.get(file);
    if (text === undefined) {
      const field = lineBreak(this.indent + 8);
      text = `{${field}"artifactLocation": ${this.artifactText(file, this.indent + 8)},${field}"region": {${lineBreak(this.indent + 10)}"startLine": `;
      this.locationHeads.set(file, (text = flat(text)));
    }
    return text;
  }

  private related(related: Finding['related']): void {
    const { parts, field } = this;
    const item = lineBreak(this.indent + 4);
    const member = lineBreak(this.indent + 6);
    parts.push(`,${field}"relatedLocations": [`);
    related.forEach((r, i) => {
      const { file, start, end } = r.range;
      parts.push(i === 0 ? item : `,${item}`, `{${member}"id": `, `${i + 1}`, `,${member}"physicalLocation": `, this.locationHead(file));
      this.region.write(parts, start, end, this.relatedRegionEnd);
      parts.push(JSON.stringify(r.message), `${member}}${item}}`);
    });
    parts.push(`${field}]`);
  }

  /** The text of `[sarifFix(fix, context)]`, the result's fixes. */
  private fix(fix: NonNullable<Finding['fix']>): void {
    const { parts } = this;
    if (fix.edits.length === 0) {
      parts.push(this.fixOpen, JSON.stringify(fix.description), this.fixChanges, '[]', this.fixClose);
      return;
    }
    if (fix.edits.length === 1) {
      // Most fixes are one edit: no grouping.
      const [{ range, text }] = fix.edits;
      parts.push(this.fixHead(fix.description), this.changeHead(absolutePath(range.file, this.context.root)));
      this.deletedRegion.write(parts, range.start, range.end, this.deletedRegionEnd);
      parts.push(this.insertedTextAtEnd(text));
      return;
    }
    // As sarifFix: the edits grouped by file, files in the order their first edit comes.
    const byFile = new Map<string, Array<NonNullable<Finding['fix']>['edits'][number]>>();
    for (const edit of fix.edits) {
      const file = absolutePath(edit.range.file, this.context.root);
      const edits = byFile.get(file);
      if (edits) edits.push(edit);
      else byFile.set(file, [edit]);
    }
    parts.push(this.fixHead(fix.description));
    let filesLeft = byFile.size;
    for (const [file, edits] of byFile) {
      filesLeft--;
      parts.push(this.changeHead(file));
      edits.forEach((edit, i) => {
        if (i > 0) parts.push(this.nextReplacement);
        this.deletedRegion.write(parts, edit.range.start, edit.range.end, this.deletedRegionEnd);
        const last = i === edits.length - 1;
        parts.push(JSON.stringify(edit.text), !last ? this.replacementEnd : filesLeft > 0 ? this.changeEnd : this.fixEnd);
      });
    }
  }

  /** A one-edit fix's inserted text as JSON and the fix's close, made once per text: fixes repeat a few lines. */
  private insertedTextAtEnd(text: string): string {
    let json = this.insertedTexts.get(text);
    if (json === undefined) this.insertedTexts.set(text, (json = flat(`${JSON.stringify(text)}${this.fixEnd}`)));
    return json;
  }

  /** A fix's text up to its first artifact change. */
  private fixHead(description: string): string {
    let text = this.fixHeads.get(description);
    if (text === undefined) this.fixHeads.set(description, (text = flat(`${this.fixOpen}${JSON.stringify(description)}${this.fixChanges}[`)));
    return text;
  }

  /** An artifact change's text up to its first replacement's start line. */
  private changeHead(file: string): string {
    let text = this.changeHeads.get(file);
    if (text === undefined) {
      const member = lineBreak(this.indent + 10);
      text = flat(`${lineBreak(this.indent + 8)}{${member}"artifactLocation": ${this.artifactText(file, this.indent + 10)},${member}"replacements": [${this.firstReplacement}`);
      this.changeHeads.set(file, text);
    }
    return text;
  }

  private artifactText(file: string, indent: number): string {
    let byFile = this.artifacts.get(indent);
    if (!byFile) this.artifacts.set(indent, (byFile = new Map()));
    let text = byFile.get(file);
    if (text === undefined) byFile.set(file, (text = artifactLocationText(artifactLocation(file, this.context), indent)));
    return text;
  }

  /** The result's `"properties"` member, from the comma before it. */
  private properties(record: Record<string, string>): string {
    let text = this.propertyTexts.get(record);
    if (text === undefined) this.propertyTexts.set(record, (text = flat(`,${this.field}"properties": ${jsonAt(record, this.indent + 2)!}`)));
    return text;
  }

  /**
   * The snippet's text as JSON and what closes the primary location after it (before related locations, or the
   * fingerprint's opening), made once per snippet: a large tree repeats a few lines in every virtual host.
   */
  private snippetText(snippet: string, related: boolean): string {
    const texts = related ? this.snippetsBeforeRelated : this.snippets;
    let text = texts.get(snippet);
    if (text === undefined) {
      text = flat(`${JSON.stringify(snippet)}${related ? this.primaryCloseAfterSnippet : this.primaryCloseAfterSnippetFingerprint}`);
      texts.set(snippet, text);
    }
    return text;
  }
}

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
  fingerprints: Fingerprints;
  linesOf?: (file: string) => SourceLines | undefined;
}

/**
 * The fingerprints of a run's findings, for its results. Results come in the order of the run's findings, some left
 * out: then a forward search finds each, with no map of 20,000 findings to build and look up.
 */
class Fingerprints {
  private next = 0;
  /** Made when a result comes out of that order (the findings were not in position order and were sorted). */
  private byFinding: Map<Finding, string> | undefined;

  /** @param list entry `i` for `findings[i]` (fingerprintList) */
  constructor(private readonly findings: readonly Finding[], private readonly list: readonly string[]) {}

  of(finding: Finding): string {
    if (!this.byFinding) {
      const { findings } = this;
      let at = this.next;
      while (at < findings.length && findings[at] !== finding) at++;
      if (at < findings.length) {
        this.next = at + 1;
        return this.list[at];
      }
      this.byFinding = new Map(findings.map((other, index) => [other, this.list[index]]));
    }
    return this.byFinding.get(finding) ?? '';
  }
}

/** The run without its results, the findings its results are made of, and what making them needs. */
function buildRun(result: LintResult, rules: readonly RuleMeta[], options: SarifOptions): { run: Omit<SarifRun, 'results'>; kept: readonly Finding[]; context: RunContext } {
  const artifactFiles = collectFiles(result);
  // Fingerprints and snippets read the same lines: each file is indexed once for both.
  const linesOf = options.readSource ? lineCache(options.readSource, result.findings) : undefined;
  const context: RunContext = {
    root: result.root,
    ruleIndex: new Map(rules.map((meta, index) => [meta.id, index])),
    artifactIndex: new Map(artifactFiles.map((file, index) => [file, index])),
    artifactLocations: new Map(),
    fingerprints: new Fingerprints(result.findings, fingerprintList(result.findings, options.readSource ?? (() => undefined), result.root, linesOf)),
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
  // Findings come grouped by file: a file is added when it changes, not once per finding.
  let last: string | undefined;
  for (const finding of result.findings) {
    const { file } = finding.range;
    if (file !== last) named.add((last = file));
    for (const related of finding.related) named.add(related.range.file);
    if (finding.fix) for (const edit of finding.fix.edits) named.add(edit.range.file);
  }
  for (const file of named) files.add(absolutePath(file, result.root));
  for (const n of result.notifications) if (n.file !== undefined) files.add(absolutePath(n.file, result.root));
  // Each file with its key, sorted together: a comparison reads two fields, not up to four map entries.
  const keyed = [...files].map((file) => ({ file, key: displayPath(file, result.root) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ file }) => file);
}

/**
 * Keeps at most `max` findings: when there are more, errors before warnings before notes and
 * unsuppressed before suppressed, then position order; says so in a warning notification.
 */
function limitResults(findings: readonly Finding[], max: number): { kept: readonly Finding[]; notification?: ToolNotification } {
  // Findings from lint come in position order already: checking is cheaper than sorting a copy.
  const byPosition = findings.every((finding, index) => index === 0 || comparePosition(findings[index - 1], finding) <= 0) ? findings : [...findings].sort(comparePosition);
  if (byPosition.length <= max) return { kept: byPosition };
  // The first `max` in importance order, found by counting instead of sorting: importance ranks a few classes
  // (suppressed or not, then severity) and breaks ties by position, so each class keeps its first in position order.
  const counts = [0, 0, 0, 0, 0, 0];
  for (const finding of byPosition) counts[importanceClass(finding)]++;
  // Classes before `partial` are kept whole; of `partial`, its first `room` findings.
  let partial = 0;
  let room = max;
  while (counts[partial] <= room) room -= counts[partial++];
  return {
    kept: byPosition.filter((finding) => {
      const rank = importanceClass(finding);
      return rank < partial || (rank === partial && room-- > 0);
    }),
    notification: {
      level: 'warning',
      message: `Only ${max} of ${findings.length} results are included: GitHub code scanning accepts at most ${GITHUB_MAX_RESULTS} results per run; run tlslint with --format json for all of them`,
    },
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** 0 to 5: unsuppressed before suppressed, then errors before warnings before notes. */
function importanceClass(finding: Finding): number {
  return (finding.suppression ? 3 : 0) + SEVERITY_RANK[finding.severity];
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
    partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprints.of(finding) },
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
  const snippet = withSnippet ? snippetOf(start, end, context.linesOf?.(file)) : undefined;
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
function snippetOf(start: Position, end: Position, lines: SourceLines | undefined): string | undefined {
  if (!lines || end.line > lines.count) return undefined;
  if (start.line === end.line) return start.column >= 1 && end.column >= 1 ? lines.between(start, end) : lines.line(start.line)!.slice(start.column - 1, end.column - 1);
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
