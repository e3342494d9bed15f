// Turns parsed command-line flags into run options; every bad value becomes a UsageError with a hint.
import { resolve } from 'node:path';
import { DIALECT_IDS, isDialectId, type DialectId } from '../dialects/registry.js';

/** `--dialect caddy-json`: Caddy, every file read as its JSON config. */
export const CADDY_JSON_DIALECT = 'caddy-json';
/** What `--dialect` accepts: the dialects, and `caddy-json`. */
export const DIALECT_CHOICES: readonly string[] = [...DIALECT_IDS, CADDY_JSON_DIALECT];
import type { Severity } from '../engine/finding.js';
import { OPENSSL_VERSIONS, type OpenSslVersion } from '../tls/openssl-builds.js';
import { DEFAULT_LIMITS, type OptionsForFile, type RuleSetting, type RunOptions } from '../engine/run.js';
import { GUIDELINE_VERSIONS, LATEST_GUIDELINES, PROFILE_NAMES, type ProfileName } from '../tls/mozilla-profiles.js';

/** A mistake in how tlslint was called: printed as one line plus a hint, exit code 2. */
export class UsageError extends Error {}

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];
/** `--fail-on` values: the lowest severity that makes the exit code 1, or `none` (report only). */
export type FailOn = Severity | 'none';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'none'];
/** `--report-unused-disable-severity` values. */
export const UNUSED_DISABLE_SEVERITIES: readonly RuleSetting[] = ['off', 'note', 'warning', 'error'];
const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'note', 'warning', 'error'];

/** Flags as commander hands them over. */
export interface CliFlags {
  format: string;
  output?: string;
  alsoReport?: string[];
  sarifCategory?: string;
  profile: string;
  guidelines: string;
  serverVersion?: string;
  openssl: string;
  rule: string[];
  failOn: string;
  quiet?: boolean;
  maxWarnings?: string;
  stdin?: boolean;
  stdinFilename?: string;
  /** False for `--no-error-on-unmatched-pattern`. */
  errorOnUnmatchedPattern?: boolean;
  sarifIncludeSuppressed?: boolean;
  root?: string;
  map: string[];
  /** Forces one dialect for every file; absent, each file's dialect is detected from its path. */
  dialect?: string;
  now?: string;
  color?: boolean;
  debug?: boolean;
  maxFileSize?: string;
  reportUnusedDisable?: boolean;
  reportUnusedDisableSeverity?: string;
  maxIncludedFiles?: string;
  maxIncludeDepth?: string;
  baseline?: string;
  updateBaseline?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  /** `--config FILE`, or false for `--no-config`. */
  config?: string | false;
  printConfig?: string;
}

export interface CliSettings {
  run: RunOptions;
  /** Each linted file's options once config files apply; the flags' options alone until then. */
  optionsFor?: OptionsForFile;
  format: FormatName;
  output?: string;
  /** `--also-report FORMAT=FILE`: more reports of the same run (`-` is stdout), e.g. SARIF to a file and stylish to the log. */
  alsoReports: Array<{ format: FormatName; output?: string }>;
  /** `--sarif-category`: the code scanning category (`automationDetails.id`). */
  sarifCategory?: string;
  failOn: FailOn;
  /** `--quiet`: report and count only error-level findings. */
  quiet: boolean;
  /** `--max-warnings N`: warnings fail the run only when there are more than N. */
  maxWarnings?: number;
  /** `--no-error-on-unmatched-pattern`: a path that matches nothing is not an error. */
  allowUnmatched: boolean;
  /** `--sarif-include-suppressed`: keep suppressed and baselined results in SARIF. */
  sarifIncludeSuppressed: boolean;
  debug: boolean;
  color?: boolean;
}

/** Validates every flag and builds the run options. */
export function settingsFromFlags(flags: CliFlags, knownRuleIds: readonly string[], cwd = process.cwd()): CliSettings {
  // `caddy-json` is the caddy dialect with every file read as Caddy's JSON config.
  const caddyJson = flags.dialect === CADDY_JSON_DIALECT;
  const dialect = flags.dialect === undefined ? undefined : caddyJson ? 'caddy' : oneOf<DialectId>('--dialect', flags.dialect, DIALECT_IDS);
  const root = resolve(cwd, flags.root ?? '.');
  return {
    run: {
      dialect,
      ...(caddyJson ? { syntax: CADDY_JSON_DIALECT } : {}),
      profile: oneOf<ProfileName>('--profile', flags.profile, PROFILE_NAMES),
      guidelines: guidelinesFor(flags.guidelines, flags.profile),
      serverVersions: flags.serverVersion ? parseServerVersion(flags.serverVersion, dialect) : {},
      openssl: oneOf<OpenSslVersion>('--openssl', flags.openssl, OPENSSL_VERSIONS),
      now: parseNow(flags.now),
      root,
      pathMaps: flags.map.map((m) => parseMap(m, root)),
      ruleOptions: {},
      reportUnusedDisable: flags.reportUnusedDisableSeverity !== undefined
        ? oneOf<RuleSetting>('--report-unused-disable-severity', flags.reportUnusedDisableSeverity, UNUSED_DISABLE_SEVERITIES)
        : (flags.reportUnusedDisable ?? false),
      ruleSettings: Object.fromEntries(flags.rule.map((r) => parseRuleSetting(r, knownRuleIds))),
      limits: {
        // An empty value (`--max-file-size ""`, an unset shell variable) is an error, not the default.
        maxFileBytes: flags.maxFileSize !== undefined ? parseSize(flags.maxFileSize) : DEFAULT_LIMITS.maxFileBytes,
        maxIncludedFiles: flags.maxIncludedFiles !== undefined ? parseCount('--max-included-files', flags.maxIncludedFiles) : DEFAULT_LIMITS.maxIncludedFiles,
        maxIncludeDepth: flags.maxIncludeDepth !== undefined ? parseCount('--max-include-depth', flags.maxIncludeDepth) : DEFAULT_LIMITS.maxIncludeDepth,
      },
    },
    format: oneOf<FormatName>('--format', flags.format, FORMATS),
    output: flags.output,
    alsoReports: (flags.alsoReport ?? []).map(parseAlsoReport),
    sarifCategory: parseCategory(flags.sarifCategory),
    failOn: oneOf<FailOn>('--fail-on', flags.failOn, FAIL_ON),
    quiet: flags.quiet ?? false,
    maxWarnings: flags.maxWarnings === undefined ? undefined : parseCount('--max-warnings', flags.maxWarnings),
    allowUnmatched: flags.errorOnUnmatchedPattern === false,
    sarifIncludeSuppressed: flags.sarifIncludeSuppressed ?? false,
    debug: flags.debug ?? false,
    color: flags.color,
  };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Invalid value "${value}" for ${flag}: expected one of ${allowed.join(', ')}`);
}

/** `old` left 6.0, so without an explicit version it comes from 5.8 (see getProfile). */
function guidelinesFor(version: string, profile: string): string {
  oneOf('--guidelines', version, GUIDELINE_VERSIONS);
  if (profile === 'old' && version !== LATEST_GUIDELINES && !['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8'].includes(version)) {
    throw new UsageError(`Mozilla guidelines ${version} have no "old" profile; use --guidelines 5.8`);
  }
  return version;
}

/** `nginx=1.22.1`, or a bare `1.22.1` for the dialect `--dialect` forces (nginx when none is forced). */
export function parseServerVersion(value: string, dialect: DialectId = 'nginx'): Record<string, string> {
  const match = /^(?:([a-z]+)=)?(\d+(?:\.\d+){0,2})$/.exec(value);
  if (!match) throw new UsageError(`Invalid --server-version "${value}": expected a version like 1.22.1 or nginx=1.22.1`);
  const target = match[1] ?? dialect;
  if (!isDialectId(target)) throw new UsageError(`Unknown dialect "${target}" in --server-version`);
  return { [target]: match[2] };
}

/** GitHub keeps one analysis per category; `/` separates its parts, so it may not end the name. */
function parseCategory(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const category = value.replace(/\/+$/, '');
  if (!/^[\w.\-/]+$/.test(category)) throw new UsageError(`Invalid --sarif-category "${value}": use letters, digits, ".", "-", "_" and "/"`);
  return category;
}

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new UsageError(`Invalid --now "${value}": expected an ISO date like 2026-01-31`);
  return date;
}

function parseAlsoReport(value: string): { format: FormatName; output?: string } {
  const at = value.indexOf('=');
  if (at <= 0 || at === value.length - 1) throw new UsageError(`Invalid --also-report "${value}": expected FORMAT=FILE, e.g. stylish=- or sarif=tlslint.sarif`);
  const file = value.slice(at + 1);
  return { format: oneOf<FormatName>('--also-report', value.slice(0, at), FORMATS), output: file === '-' ? undefined : file };
}

function parseMap(value: string, root: string): { from: string; to: string } {
  const at = value.indexOf('=');
  if (at <= 0 || at === value.length - 1 || !value.startsWith('/')) {
    throw new UsageError(`Invalid --map "${value}": expected /absolute/prefix=./local/dir`);
  }
  return { from: value.slice(0, at).replace(/\/+$/, '') || '/', to: resolve(root, value.slice(at + 1)) };
}

function parseRuleSetting(value: string, knownRuleIds: readonly string[]): [string, RuleSetting] {
  const [id, setting] = value.split('=');
  if (!id || setting === undefined) throw new UsageError(`Invalid --rule "${value}": expected id=off|note|warning|error`);
  if (!knownRuleIds.includes(id)) throw new UsageError(`Unknown rule "${id}" in --rule; see 'tlslint rules'`);
  return [id, oneOf<RuleSetting>(`--rule ${id}`, setting, RULE_SETTINGS)];
}

function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`Invalid ${flag} "${value}": expected a whole number`);
  return Number(value);
}

function parseSize(value: string): number {
  const match = /^(\d+)([kKmMgG]?)[bB]?$/.exec(value);
  if (!match) throw new UsageError(`Invalid --max-file-size "${value}": expected bytes or a size like 50M`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
}
