// --baseline: remember today's findings by fingerprint and report only new ones later.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { assignFingerprints } from '../report/fingerprint.js';
import type { LintResult } from './finding.js';

/** The baseline file: fingerprints are line-based and root-relative, so moving lines or clones keeps them. */
export interface BaselineFile {
  version: 1;
  tool: 'tlslint';
  fingerprints: string[];
}

function fingerprintsOf(result: LintResult): Map<LintResult['findings'][number], string> {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  return assignFingerprints(result.findings, read, result.root);
}

/** Writes the fingerprints of every unsuppressed finding, atomically (temp file and rename). */
export async function writeBaseline(path: string, result: LintResult): Promise<number> {
  const all = fingerprintsOf(result);
  const fingerprints = result.findings.filter((f) => !f.suppression).map((f) => all.get(f)!);
  const content: BaselineFile = { version: 1, tool: 'tlslint', fingerprints: [...new Set(fingerprints)].sort() };
  const temp = join(dirname(path), `.${basename(path)}.tlslint-${process.pid}`);
  await writeFile(temp, `${JSON.stringify(content, null, 2)}\n`);
  await rename(temp, path);
  return content.fingerprints.length;
}

/** Marks findings the baseline already holds as suppressed (external, "baseline"); returns how many. */
export async function applyBaseline(path: string, result: LintResult): Promise<number> {
  const known = new Set(parseBaseline(await readFile(path, 'utf8'), path).fingerprints);
  const fingerprints = fingerprintsOf(result);
  let count = 0;
  for (const finding of result.findings) {
    if (finding.suppression || !known.has(fingerprints.get(finding)!)) continue;
    finding.suppression = { kind: 'external', justification: 'baseline' };
    count++;
  }
  return count;
}

function parseBaseline(text: string, path: string): BaselineFile {
  const value = JSON.parse(text) as Partial<BaselineFile>;
  if (value.version !== 1 || !Array.isArray(value.fingerprints) || !value.fingerprints.every((f) => typeof f === 'string')) {
    throw new Error(`${path}: not a tlslint baseline (expected {"version": 1, "fingerprints": [...]})`);
  }
  return value as BaselineFile;
}
