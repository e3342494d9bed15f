// Stable finding fingerprints: unchanged when unrelated lines move, changed when the flagged line is edited.
import crypto, { createHash } from 'node:crypto';
import type { Finding } from '../engine/finding.js';
import type { Position } from '../syntax/range.js';
import { displayPath } from './paths.js';
import { lineAt, lineCache, type SourceLines } from './source-lines.js';

/** Hex digits kept from the sha256: 64 bits, ample for the findings of one repository. */
const HASH_LENGTH = 16;

/** A line with runs of whitespace collapsed, so re-indenting does not change it. */
function normalised(line: string | undefined): string | undefined {
  return line?.trim().replace(/\s+/g, ' ');
}

/**
 * The fingerprint of one finding, without the occurrence counter: sha256 (hex, first 16 digits) of the
 * rule id, the file path relative to `root` and the whitespace-normalised text of the finding's first
 * line. Without the file text it falls back to the message, which is just as position-free.
 */
export function fingerprintFinding(finding: Finding, fileText: string | undefined, root: string): string {
  return hashOf(finding, fileText === undefined ? undefined : lineAt(fileText, finding.range.start.line), displayPath(finding.range.file, root));
}

/** The fingerprint of `finding` whose first line is `firstLine` (undefined when unknown) in the file shown as `path`. */
function hashOf(finding: Finding, firstLine: string | undefined, path: string): string {
  const line = normalised(firstLine);
  const content = line === undefined ? `message:${finding.message}` : `line:${line}`;
  const input = [finding.ruleId, path, content].join('\0');
  return sha256Hex(input).slice(0, HASH_LENGTH);
}

/** crypto.hash (Node 20.12+) hashes a string in one call, twice as fast as a Hash object per string; same digest. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function sha256Hex(input: string): string {
  return oneShot ? oneShot('sha256', input, 'hex') : createHash('sha256').update(input).digest('hex');
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
  linesOf: (file: string) => SourceLines | undefined = lineCache(readText),
): Map<Finding, string> {
  // Each file indexed once (`linesOf`, which a reporter may share) and each (rule, file, line) hashed once: many
  // findings on one long line (a minified file) would otherwise index the file and hash the line again for each.
  const paths = new Map<string, string>();
  const pathOf = (file: string) => paths.get(file) ?? paths.set(file, displayPath(file, root)).get(file)!;
  const hashes = new Map<string, string>();
  const occurrences = new Map<string, number>();
  const fingerprints = new Map<Finding, string>();
  // Lines and columns read once per finding: a range may find them on demand (Span), and a sort asks often.
  const keyed = findings.map((finding) => ({ finding, file: finding.range.file, start: finding.range.start }));
  for (const { finding, file, start } of keyed.sort(compareForOccurrence)) {
    const lines = linesOf(file);
    // Without the line the message is hashed, so it belongs in the key then.
    const key = `${finding.ruleId}\0${file}\0${start.line}\0${lines === undefined || start.line > lines.count ? finding.message : ''}`;
    let hash = hashes.get(key);
    if (hash === undefined) {
      hash = hashOf(finding, lines?.line(start.line), pathOf(file));
      hashes.set(key, hash);
    }
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    fingerprints.set(finding, `${hash}:${occurrence}`);
  }
  return fingerprints;
}

/** Position order, then rule and message, so the counters do not depend on the order findings arrive in. */
function compareForOccurrence(x: KeyedFinding, y: KeyedFinding): number {
  return compareText(x.file, y.file) || x.start.line - y.start.line || x.start.column - y.start.column
    || compareText(x.finding.ruleId, y.finding.ruleId) || compareText(x.finding.message, y.finding.message);
}

interface KeyedFinding {
  finding: Finding;
  file: string;
  start: Position;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
