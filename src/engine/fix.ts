// --fix: apply the rules' fixes to the files under the linted paths, atomically, until nothing is left to fix.
import { randomBytes } from 'node:crypto';
import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Finding, LintResult, TextEdit } from './finding.js';

/** Passes of lint-and-fix at most: a fix may reveal another (ESLint uses 10 too). */
export const MAX_FIX_PASSES = 10;

export interface FileFix {
  file: string;
  before: string;
  after: string;
  /** Findings whose fixes went in. */
  fixed: number;
}

/** The new text of every file one pass of fixes changes; overlapping edits wait for the next pass. */
export async function planFixes(result: LintResult, linted: readonly string[]): Promise<FileFix[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    if (!finding.fix || finding.suppression || !isUnder(finding.range.file, linted)) continue;
    const list = byFile.get(finding.range.file) ?? [];
    list.push(finding);
    byFile.set(finding.range.file, list);
  }
  const plans: FileFix[] = [];
  for (const [file, findings] of byFile) {
    const before = await readFile(file, 'utf8');
    const { text, fixed } = applyFindingFixes(before, findings);
    if (text !== before) plans.push({ file, before, after: text, fixed });
  }
  return plans;
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

/** Replaces `file` with `text` atomically: a temp file in the same directory, fsync, rename; the mode is kept. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  // A symlinked config (Debian's sites-enabled/x -> ../sites-available/x) is changed where it lives:
  // renaming onto the link would replace it with a copy and leave its target as it was.
  const file = await realpath(path);
  const { mode, uid, gid } = await stat(file);
  const temp = join(dirname(file), `.${basename(file)}.tlslint-${randomBytes(6).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      // open()'s mode passes through the umask (0664 would become 0644): set it, and the owner, exactly.
      await handle.chmod(mode & 0o7777);
      await handle.chown(uid, gid).catch(() => undefined);
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
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
