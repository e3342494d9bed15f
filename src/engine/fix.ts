// --fix: apply the rules' fixes to the files under the linted paths, atomically, until nothing is left to fix.
import { cryptoModule } from './builtins.js';
import { realpathSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Finding, LintResult, TextEdit, ToolNotification } from './finding.js';
import { fileErrorText, readRegularFile } from './read-file.js';

/** Passes of lint-and-fix at most: a fix may reveal another (ESLint uses 10 too). */
export const MAX_FIX_PASSES = 10;

export interface FileFix {
  file: string;
  before: string;
  after: string;
  /** The file's bytes when the fix was planned: it is written only if it still holds them. */
  bytes: Buffer;
  /** Findings whose fixes went in. */
  fixed: number;
}

/** What one pass of fixes will write, and the files it will not touch, each with a notification saying why. */
export interface FixPlan {
  plans: FileFix[];
  skipped: ToolNotification[];
}

/**
 * Where `--fix` may write: the linted paths and the root, as real paths. A symlink out of them (a committed
 * `sites-enabled/x -> /etc/nginx/...`) is linted, but its target is not the user's to rewrite; a named file
 * that is such a link counts as its own name, not its target. A named directory counts wherever it is.
 */
export function fixScope(linted: readonly string[], root: string): string[] {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const scopeOf = (path: string) => (isDirectory(path) ? real(path) : join(real(dirname(path)), basename(path)));
  return [...new Set([...linted.map(scopeOf), real(root)])];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The new text of every file one pass of fixes changes; overlapping edits wait for the next pass. A file is
 * left alone, with a notification, when it is not valid UTF-8 (its other bytes could not be kept exactly),
 * when it changed since it was linted (the fixes' offsets would land in the wrong place), or when writing
 * it would leave `scope` or change it in more than its text (see {@link refusalToWrite}).
 */
export async function planFixes(result: LintResult, linted: readonly string[], scope: readonly string[] = linted, maxBytes = 1 << 30): Promise<FixPlan> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    if (!finding.fix || finding.suppression || !isUnder(finding.range.file, linted)) continue;
    const list = byFile.get(finding.range.file) ?? [];
    list.push(finding);
    byFile.set(finding.range.file, list);
  }
  const plans: FileFix[] = [];
  const skipped: ToolNotification[] = [];
  const skip = (file: string, why: string, level: ToolNotification['level'] = 'warning') => skipped.push({ level, message: `Not fixed: ${file}: ${why}`, file });
  for (const [file, findings] of byFile) {
    let bytes: Buffer;
    try {
      bytes = readRegularFile(file, maxBytes);
    } catch (error) {
      skip(file, fileErrorText(error), 'error');
      continue;
    }
    // Decoding and encoding again keeps every byte only when the file is valid UTF-8: a Latin-1 "é"
    // would come back as U+FFFD. A BOM stays in `before` (Buffer's decoder keeps it).
    if (!isUtf8(bytes)) {
      skip(file, 'it is not valid UTF-8, so a fix could not keep its other bytes as they are');
      continue;
    }
    const before = bytes.toString('utf8');
    const linted = result.sources?.get(file);
    if (linted !== undefined && linted !== before.replace(/^\uFEFF/, '')) {
      skip(file, 'it changed after it was linted; run tlslint --fix again', 'error');
      continue;
    }
    const refusal = refusalToWrite(file, scope);
    if (refusal) {
      skip(file, refusal);
      continue;
    }
    const { text, fixed } = applyFindingFixes(before, findings);
    if (text !== before) plans.push({ file, before, after: text, bytes, fixed });
  }
  return { plans, skipped };
}

/**
 * Why `--fix` will not replace `file`, or undefined. ESLint writes fixes in place; tlslint writes a temp file
 * and renames it over the config, so a crash never leaves half a file (test/engine/fix-kill.test.ts). A
 * rename makes a new inode, so a file that would come out different in anything but its text is left alone:
 * - a real path outside `scope` (the linted paths and --root): a symlink out of the tree is not the user's;
 * - more than one hard link: the other names would keep the old text;
 * - no write permission for anyone (0444): the owner marked it not to be changed; a rename would ignore that.
 * Owner and group are copied to the temp file; when that fails (not root, another owner), the write is
 * abandoned too (see {@link writeAtomically}).
 */
export function refusalToWrite(file: string, scope: readonly string[]): string | undefined {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    return fileErrorText(error);
  }
  if (!isUnder(real, scope)) return `it is ${real}, outside the linted paths and --root; tlslint writes only inside them`;
  const info = statSync(real);
  if (info.nlink > 1) return `it has ${info.nlink} hard links; replacing it would leave the other names with the old text`;
  if ((info.mode & 0o222) === 0) return 'it is read-only (no write permission for anyone)';
  return undefined;
}

function isUnder(file: string, linted: readonly string[]): boolean {
  return linted.some((path) => {
    const rel = relative(resolve(path), file);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}

/**
 * Applies whole fixes (all edits of a finding or none) that overlap no fix taken before, last offset first.
 * Offsets count from after a byte-order mark, as the parser reads the file; CRLF files get CRLF in new text.
 */
export function applyFindingFixes(text: string, findings: readonly Finding[]): { text: string; fixed: number } {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const crlf = text.includes('\r\n');
  const taken: TextEdit[] = [];
  let fixed = 0;
  const ordered = [...findings].sort((a, b) => firstOffset(a) - firstOffset(b));
  for (const finding of ordered) {
    const edits = finding.fix!.edits;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    fixed++;
  }
  let out = text;
  for (const edit of [...taken].sort((a, b) => b.range.start.offset - a.range.start.offset)) {
    const insert = crlf ? edit.text.replace(/\r?\n/g, '\r\n') : edit.text;
    const [start, end] = insert === '' ? wholeLineIfAlone(out, edit.range.start.offset + bom, edit.range.end.offset + bom) : [edit.range.start.offset + bom, edit.range.end.offset + bom];
    out = out.slice(0, start) + insert + out.slice(end);
  }
  return { text: out, fixed };
}

/** A deletion that leaves only blanks on its line takes the line with it (indentation and line break). */
function wholeLineIfAlone(text: string, start: number, end: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const blank = /^[ \t]*$/;
  if (!blank.test(text.slice(lineStart, start)) || !blank.test(text.slice(end, lineEnd).replace(/\r?\n$/, ''))) return [start, end];
  return [lineStart, lineEnd];
}

function firstOffset(finding: Finding): number {
  return Math.min(...finding.fix!.edits.map((e) => e.range.start.offset));
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const [as, ae, bs, be] = [a.range.start.offset, a.range.end.offset, b.range.start.offset, b.range.end.offset];
  // Touching edits conflict too (an insertion at the end of a replaced value, two insertions at one
  // point): the next pass re-lints the new text and decides again.
  return as <= be && bs <= ae;
}

/** Why a planned write was abandoned: the file is left as it was. `error` when the user must act (run again). */
export class FixAbandoned extends Error {
  constructor(
    message: string,
    readonly level: 'error' | 'warning' = 'error',
  ) {
    super(message);
  }
}

/**
 * Replaces `path` with `text` atomically: a temp file (created exclusively, random name) in the same
 * directory, fsync, rename; mode, owner and group are kept. Just before the rename the file is read again:
 * when it no longer holds `expected` (an editor saved it, another run fixed it), nothing is written and
 * FixAbandoned is thrown. So is it when the temp file cannot get the file's owner and group.
 */
export async function writeAtomically(path: string, text: string, expected?: Buffer): Promise<void> {
  // A symlinked config (Debian's sites-enabled/x -> ../sites-available/x) is changed where it lives:
  // renaming onto the link would replace it with a copy and leave its target as it was.
  const file = await realpath(path);
  const { mode, uid, gid } = await stat(file);
  const temp = join(dirname(file), `.${basename(file)}.tlslint-${cryptoModule().randomBytes(6).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      // open()'s mode passes through the umask (0664 would become 0644): set it, and the owner, exactly.
      await handle.chmod(mode & 0o7777);
      await handle.chown(uid, gid).catch(() => undefined);
      const made = await handle.stat();
      if (made.uid !== uid || made.gid !== gid) throw new FixAbandoned(`its owner and group (${uid}:${gid}) could not be kept`, 'warning');
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Still what was linted? Compared as late as possible; a write in the instant after this is the
    // one race left, and it would lose that write, never mix the two.
    if (expected && !stillHolds(file, expected)) throw new FixAbandoned('it changed after it was linted; run tlslint --fix again');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** True when `file` holds exactly `expected` (a file that grew, vanished or became a FIFO does not). */
function stillHolds(file: string, expected: Buffer): boolean {
  try {
    return readRegularFile(file, expected.length).equals(expected);
  } catch {
    return false;
  }
}

/** A unified diff of one file's change, in one hunk spanning the changed lines (with 3 lines of context). */
export function unifiedDiff(plan: FileFix, shownPath: string): string {
  const a = plan.before.split('\n');
  const b = plan.after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const start = Math.max(0, head - 3);
  const aEnd = Math.min(a.length, a.length - tail + 3);
  const bEnd = Math.min(b.length, b.length - tail + 3);
  const lines = [
    ...a.slice(start, head).map((l) => ` ${l}`),
    ...a.slice(head, a.length - tail).map((l) => `-${l}`),
    ...b.slice(head, b.length - tail).map((l) => `+${l}`),
    ...a.slice(a.length - tail, aEnd).map((l) => ` ${l}`),
  ];
  const range = (from: number, to: number) => `${to - from === 0 ? from : from + 1},${to - from}`;
  return [`--- a/${shownPath}`, `+++ b/${shownPath}`, `@@ -${range(start, aEnd)} +${range(start, bEnd)} @@`, ...lines, ''].join('\n');
}
