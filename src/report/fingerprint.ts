// Stable finding fingerprints: unchanged when unrelated lines move, changed when the flagged line is edited.
import { cryptoModule } from '../engine/builtins.js';
import type { Finding } from '../engine/finding.js';
import type { Position } from '../syntax/range.js';
import { displayPath } from './paths.js';
import { lineAt, lineCache, type SourceLines } from './source-lines.js';

/** Hex digits kept from the sha256: 64 bits, ample for the findings of one repository. */
const HASH_LENGTH = 16;

/** A line with runs of whitespace collapsed, so re-indenting does not change it. */
function normalised(line: string | undefined): string | undefined {
  if (line === undefined) return undefined;
  const trimmed = line.trim();
  // Most lines have no whitespace but single spaces, which the replacement would copy unchanged.
  return CHANGED_BY_COLLAPSING.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** Whitespace other than a space, or two spaces in a row: what collapsing runs of whitespace into one space changes. */
const CHANGED_BY_COLLAPSING = /[^\S ]| {2}/;

/**
 * The fingerprint of one finding, without the occurrence counter: sha256 (hex, first 16 digits) of the
 * rule id, the file path relative to `root` and the whitespace-normalised text of the finding's first
 * line. Without the file text it falls back to the message, which is just as position-free.
 */
export function fingerprintFinding(finding: Finding, fileText: string | undefined, root: string): string {
  const line = fileText === undefined ? undefined : normalised(lineAt(fileText, finding.range.start.line));
  return hashOf(finding.ruleId, displayPath(finding.range.file, root), line, finding.message);
}

/** The hash of the rule id, the file shown as `path` and its normalised `line`, or `message` when the line is unknown. */
function hashOf(ruleId: string, path: string, line: string | undefined, message: string): string {
  const content = line === undefined ? `message:${message}` : `line:${line}`;
  return sha256Hex(`${ruleId}\0${path}\0${content}`).slice(0, HASH_LENGTH);
}

/** The hex SHA-256 of a string: made on first use, as node:crypto is loaded then (see builtins.ts). */
let hasher: ((input: string) => string) | undefined;

function sha256Hex(input: string): string {
  return (hasher ??= sha256Hasher())(input);
}

function sha256Hasher(): (input: string) => string {
  const crypto = cryptoModule();
  // crypto.hash (Node 20.12+) hashes a string in one call, twice as fast as a Hash object per string; same digest.
  const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
  return oneShot ? (input) => oneShot('sha256', input, 'hex') : (input) => crypto.createHash('sha256').update(input).digest('hex');
}

/**
 * Fingerprints for all `findings` as `<hash>:<n>`, where `n` counts findings with the same hash in
 * file order (1 for the first), so identical lines in one file still get distinct fingerprints.
 * `readText` returns a file's text (by the path in the finding's range), or undefined when unreadable.
 */
export function assignFingerprints(
  findings: readonly Finding[],
  readText: (file: string) => string | undefined,
  root: string,
  linesOf?: (file: string) => SourceLines | undefined,
): Map<Finding, string> {
  const list = fingerprintList(findings, readText, root, linesOf);
  const fingerprints = new Map<Finding, string>();
  for (let index = 0; index < findings.length; index++) fingerprints.set(findings[index], list[index]);
  return fingerprints;
}

/** The fingerprints of {@link assignFingerprints}, entry `i` for `findings[i]`: no map for a reporter that walks the findings in order. */
export function fingerprintList(
  findings: readonly Finding[],
  readText: (file: string) => string | undefined,
  root: string,
  linesOf: (file: string) => SourceLines | undefined = lineCache(readText, findings),
): string[] {
  // Each file indexed once (`linesOf`, which a reporter may share), each line normalised once, and each distinct
  // (rule, line) of a file hashed once: a large tree repeats a few lines in every virtual host of a file, and a
  // minified file may have many findings on one long line.
  const fingerprints = new Array<string>(findings.length);
  // Files and start positions read once per finding: a range may find them on demand (Span), and ordering asks often.
  const files = findings.map((finding) => finding.range.file);
  const starts = findings.map((finding) => finding.range.start);
  let file: string | undefined;
  let path = '';
  let lines: SourceLines | undefined;
  let lineNumber = NaN;
  // The current line's normalised text; undefined when the line is unknown (then the message is hashed).
  let line: string | undefined;
  // The current file's counters by rule id, then normalised line (the path is the file's), or else message; every
  // file's counters by hash, which counts on across files that reports name alike.
  const lineCounters = new Map<string, Map<string, Counter>>();
  const messageCounters = new Map<string, Map<string, Counter>>();
  const counters = new Map<string, Counter>();
  // lint hands findings over in position order: then they are counted as they come, not sorted again.
  const order = inOccurrenceOrder(findings, files, starts) ? undefined : sortedOrder(findings, files, starts);
  for (let at = 0; at < findings.length; at++) {
    const index = order ? order[at] : at;
    const finding = findings[index];
    if (files[index] !== file) {
      file = files[index];
      lines = linesOf(file);
      path = displayPath(file, root);
      lineCounters.clear();
      messageCounters.clear();
      lineNumber = NaN;
    }
    if (starts[index].line !== lineNumber) {
      lineNumber = starts[index].line;
      line = normalised(lines?.line(lineNumber));
    }
    const byRule = line === undefined ? messageCounters : lineCounters;
    let byContent = byRule.get(finding.ruleId);
    if (!byContent) byRule.set(finding.ruleId, (byContent = new Map()));
    const key = line ?? finding.message;
    let counter = byContent.get(key);
    if (counter === undefined) {
      const hash = hashOf(finding.ruleId, path, line, finding.message);
      counter = counters.get(hash);
      if (counter === undefined) counters.set(hash, (counter = { hash, count: 0 }));
      byContent.set(key, counter);
    }
    fingerprints[index] = `${counter.hash}:${++counter.count}`;
  }
  return fingerprints;
}

/** The findings so far with one hash: the hash, and how many. */
interface Counter {
  hash: string;
  count: number;
}

/**
 * True when counting `findings` as they come gives what counting them in occurrence order (file, line, column,
 * rule, message, by a stable sort) gives. Only findings with one hash share a counter, and those have one rule and,
 * at one place, one line: so the places must not go back, and findings of one rule at one place must come in
 * message order. Findings of several rules at one place (a directive two rules flag) may come in any order.
 */
function inOccurrenceOrder(findings: readonly Finding[], files: readonly string[], starts: readonly Position[]): boolean {
  // Where the findings at the current place begin.
  let placeStart = 0;
  for (let index = 1; index < findings.length; index++) {
    const place = compareText(files[index - 1], files[index]) || starts[index - 1].line - starts[index].line || starts[index - 1].column - starts[index].column;
    if (place > 0) return false;
    if (place < 0) {
      placeStart = index;
      continue;
    }
    const { ruleId, message } = findings[index];
    for (let other = placeStart; other < index; other++) {
      if (findings[other].ruleId === ruleId && findings[other].message > message) return false;
    }
  }
  return true;
}

/** Indexes of `findings` in occurrence order: position, then rule and message; a stable sort keeps full ties as they came. */
function sortedOrder(findings: readonly Finding[], files: readonly string[], starts: readonly Position[]): number[] {
  return findings.map((_, index) => index).sort((x, y) => compareText(files[x], files[y]) || starts[x].line - starts[y].line
    || starts[x].column - starts[y].column || compareText(findings[x].ruleId, findings[y].ruleId) || compareText(findings[x].message, findings[y].message));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
