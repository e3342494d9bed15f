// Turns a lint result into the report text of the chosen format, with what each reporter needs from the run.
import { readFileSync } from 'node:fs';
import type { LintResult } from '../engine/finding.js';
import { packageVersion, readRuleDoc } from '../engine/package-root.js';
import { allRules } from '../../rules/index.js';
import { formatResultChunks, shouldUseColor } from '../report/index.js';
import type { CliSettings } from './options.js';

interface RenderIo {
  stdout: { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** The report for `result` as `settings` asks for it, in pieces to write in turn. */
export function renderReport(result: LintResult, settings: CliSettings, io: RenderIo): Iterable<string> {
  const rules = allRules.map((r) => r.meta);
  // A report written to a file is never coloured; `--color`/`--no-color` beat the environment.
  const color = settings.output ? false : (settings.color ?? shouldUseColor(io.stdout, io.env));
  return formatResultChunks(settings.format, result, rules, {
    color,
    showSource: settings.format === 'stylish',
    readSource: sourceReader(result.sources),
    toolVersion: packageVersion(),
    helpMarkdown: settings.format === 'sarif' ? helpPages(rules.map((r) => r.id)) : undefined,
    category: settings.sarifCategory,
    includeSuppressed: settings.sarifIncludeSuppressed,
  });
}

/**
 * Config file texts for source excerpts and line-based fingerprints: the run's own, or read once each
 * for a file the run did not read.
 */
function sourceReader(known: ReadonlyMap<string, string> = new Map()): (file: string) => string | undefined {
  const texts = new Map<string, string | undefined>(known);
  return (file) => {
    if (!texts.has(file)) texts.set(file, readOrUndefined(file));
    return texts.get(file);
  };
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function helpPages(ids: readonly string[]): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const id of ids) {
    const doc = readRuleDoc(id);
    if (doc !== undefined) pages[id] = doc;
  }
  return pages;
}
