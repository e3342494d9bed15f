// One entry point for every output format: `formatResult(format, result, rules, options)`.
import type { LintResult } from '../engine/finding.js';
import type { RuleMeta } from '../engine/define-rule.js';
import { formatCheckstyle, type CheckstyleOptions } from './checkstyle.js';
import { formatGithub, type GithubOptions } from './github.js';
import { formatGitlab, type GitlabOptions } from './gitlab.js';
import { formatJson, type JsonOptions } from './json.js';
import { formatMarkdown, type MarkdownOptions } from './markdown.js';
import { formatSarif, sarifChunks, type SarifOptions } from './sarif.js';
import { formatStylish, type StylishOptions } from './stylish.js';

/** The output formats, as `--format` spells them. */
export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'gitlab' | 'checkstyle' | 'markdown';

/** Every format name, in the order help text lists them. */
export const FORMAT_NAMES: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'markdown'];

/** The options of all reporters together; each reads only its own. */
export type ReportOptions = StylishOptions & JsonOptions & SarifOptions & GithubOptions & GitlabOptions & CheckstyleOptions & MarkdownOptions;

/** Formats `result` in `format`. Pure: file text comes only through `options.readSource`. */
export function formatResult(format: FormatName, result: LintResult, rules: readonly RuleMeta[], options: ReportOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(result, rules, options);
    case 'json':
      return formatJson(result, rules, options);
    case 'sarif':
      return formatSarif(result, rules, options);
    case 'github':
      return formatGithub(result, rules, options);
    case 'gitlab':
      return formatGitlab(result, rules, options);
    case 'checkstyle':
      return formatCheckstyle(result, rules, options);
    case 'markdown':
      return formatMarkdown(result, rules, options);
  }
}

/**
 * `formatResult`'s text in pieces to write one after another: SARIF comes a result at a time, so a large
 * log is never one string. The other formats come whole.
 */
export function* formatResultChunks(format: FormatName, result: LintResult, rules: readonly RuleMeta[], options: ReportOptions): Generator<string> {
  if (format === 'sarif') yield* sarifChunks(result, rules, options);
  else yield formatResult(format, result, rules, options);
}

export { formatCheckstyle, formatGithub, formatGitlab, formatJson, formatMarkdown, formatSarif, formatStylish };
export { shouldUseColor } from './stylish.js';
export { assignFingerprints, fingerprintFinding } from './fingerprint.js';
export type { CheckstyleOptions, GithubOptions, GitlabOptions, JsonOptions, MarkdownOptions, SarifOptions, StylishOptions };
