// Turns a lint result into the report text of the chosen format, with what each reporter needs from the run.
import type { LintResult } from '../engine/finding.js';
import { readSourceText } from '../engine/read-file.js';
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
    readSource: sourceReader(result),
    toolVersion: packageVersion(),
    helpMarkdown: settings.format === 'sarif' ? helpPages(rules.map((r) => r.id)) : undefined,
    category: settings.sarifCategory,
    includeSuppressed: settings.sarifIncludeSuppressed,
  });
}

/**
 * Config file texts for source excerpts and line-based fingerprints: the run's own, or read once each
 * for a file the run did not read. A file the run read but left out of its sources (one that does not
 * look like configuration) is never read again for a report.
 */
function sourceReader(result: LintResult): (file: string) => string | undefined {
  const texts = new Map<string, string | undefined>(result.sources ?? []);
  for (const file of result.files) if (!texts.has(file)) texts.set(file, undefined);
  return (file) => {
    if (!texts.has(file)) texts.set(file, readSourceText(file));
    return texts.get(file);
  };
}

function helpPages(ids: readonly string[]): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const id of ids) {
    const doc = readRuleDoc(id);
    if (doc !== undefined) pages[id] = doc;
  }
  return pages;
}
