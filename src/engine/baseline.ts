// --baseline: remember today's findings by fingerprint and report only new ones later.
import { cryptoModule } from './builtins.js';
import { lstatSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { readRegularFile, readSourceText, RefusedFile } from './read-file.js';
import { assignFingerprints } from '../report/fingerprint.js';
import type { LintResult } from './finding.js';

/** The baseline file: fingerprints are line-based and root-relative, so moving lines or clones keeps them. */
export interface BaselineFile {
  version: 1;
  tool: 'tlslint';
  fingerprints: string[];
}

/** Largest baseline read: 40 bytes a fingerprint, so room for millions. */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

/** Fingerprints from the texts the run linted, as the reports compute them; a file the run withheld is not read again. */
function fingerprintsOf(result: LintResult): Map<LintResult['findings'][number], string> {
  const read = (file: string) => result.sources?.get(file) ?? (result.files.includes(file) ? undefined : readSourceText(file));
  return assignFingerprints(result.findings, read, result.root);
}

/** Writes the fingerprints of every unsuppressed finding, atomically (temp file and rename). */
export async function writeBaseline(path: string, result: LintResult): Promise<number> {
  const all = fingerprintsOf(result);
  const fingerprints = result.findings.filter((f) => !f.suppression).map((f) => all.get(f)!);
  const content: BaselineFile = { version: 1, tool: 'tlslint', fingerprints: [...new Set(fingerprints)].sort() };
  refuseSpecialTarget(path);
  // A random name created exclusively (O_EXCL): a guessable one (the pid) let anyone with write access to
  // the directory plant a symlink there and have the baseline written through it.
  const temp = join(dirname(path), `.${basename(path)}.tlslint-${cryptoModule().randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(`${JSON.stringify(content, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // rename() replaces a symlink at `path` itself, never the file it points to.
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return content.fingerprints.length;
}

/** Marks findings the baseline already holds as suppressed (external, "baseline"); returns how many. */
export async function applyBaseline(path: string, result: LintResult): Promise<number> {
  const known = new Set(parseBaseline(readRegularFile(path, MAX_BASELINE_BYTES).toString('utf8'), path).fingerprints);
  const fingerprints = fingerprintsOf(result);
  let count = 0;
  for (const finding of result.findings) {
    if (finding.suppression || !known.has(fingerprints.get(finding)!)) continue;
    finding.suppression = { kind: 'external', justification: 'baseline' };
    count++;
  }
  return count;
}

/** A directory, device, FIFO or socket where the baseline goes is a mistake, not something to replace. */
function refuseSpecialTarget(path: string): void {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return;
  }
  if (info.isDirectory()) throw new RefusedFile('directory', 'it is a directory');
  if (!info.isFile() && !info.isSymbolicLink()) throw new RefusedFile('special', 'it is not a regular file (a device, pipe or socket); it is not written');
}

function parseBaseline(text: string, path: string): BaselineFile {
  let value: Partial<BaselineFile>;
  try {
    value = JSON.parse(text) as Partial<BaselineFile>;
  } catch {
    value = {};
  }
  if (value.version !== 1 || !Array.isArray(value.fingerprints) || !value.fingerprints.every((f) => typeof f === 'string')) {
    throw new Error(`${path}: not a tlslint baseline (expected {"version": 1, "fingerprints": [...]})`);
  }
  return value as BaselineFile;
}
