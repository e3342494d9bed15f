// Turns parsed command-line flags into run options; every bad value becomes a UsageError with a hint.
import { resolve } from 'node:path';
import { DIALECT_IDS, isDialectId, type DialectId } from '../dialects/registry.js';
import type { Severity } from '../engine/finding.js';
import type { OpenSslVersion } from '../engine/options.js';
import { DEFAULT_LIMITS, type OptionsForFile, type RuleSetting, type RunOptions } from '../engine/run.js';
import { GUIDELINE_VERSIONS, LATEST_GUIDELINES, PROFILE_NAMES, type ProfileName } from '../tls/mozilla-profiles.js';

/** A mistake in how tlslint was called: printed as one line plus a hint, exit code 2. */
export class UsageError extends Error {}

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];
export const OPENSSL_VERSIONS: readonly OpenSslVersion[] = ['3.0', '1.1.1', '1.0.2'];
export const FAIL_ON: readonly Severity[] = ['error', 'warning', 'note'];
const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'note', 'warning', 'error'];

/** Flags as commander hands them over. */
export interface CliFlags {
  format: string;
  output?: string;
  sarifCategory?: string;
  profile: string;
  guidelines: string;
  serverVersion?: string;
  openssl: string;
  rule: string[];
  failOn: string;
  root?: string;
  map: string[];
  dialect: string;
  now?: string;
  color?: boolean;
  debug?: boolean;
  maxFileSize?: string;
  reportUnusedDisable?: boolean;
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
  /** `--sarif-category`: the code scanning category (`automationDetails.id`). */
  sarifCategory?: string;
  failOn: Severity;
  debug: boolean;
  color?: boolean;
}

/** Validates every flag and builds the run options. */
export function settingsFromFlags(flags: CliFlags, knownRuleIds: readonly string[], cwd = process.cwd()): CliSettings {
  const dialect = oneOf<DialectId>('--dialect', flags.dialect, DIALECT_IDS);
  if (!isDialectId(dialect)) throw new UsageError(`Unknown dialect "${flags.dialect}"`);
  const root = resolve(cwd, flags.root ?? '.');
  return {
    run: {
      dialect,
      profile: oneOf<ProfileName>('--profile', flags.profile, PROFILE_NAMES),
      guidelines: guidelinesFor(flags.guidelines, flags.profile),
      serverVersions: flags.serverVersion ? parseServerVersion(flags.serverVersion, dialect) : {},
      openssl: oneOf<OpenSslVersion>('--openssl', flags.openssl, OPENSSL_VERSIONS),
      now: parseNow(flags.now),
      root,
      pathMaps: flags.map.map((m) => parseMap(m, root)),
      ruleOptions: {},
      reportUnusedDisable: flags.reportUnusedDisable ?? false,
      ruleSettings: Object.fromEntries(flags.rule.map((r) => parseRuleSetting(r, knownRuleIds))),
      limits: {
        maxFileBytes: flags.maxFileSize ? parseSize(flags.maxFileSize) : DEFAULT_LIMITS.maxFileBytes,
        maxIncludedFiles: flags.maxIncludedFiles ? parseCount('--max-included-files', flags.maxIncludedFiles) : DEFAULT_LIMITS.maxIncludedFiles,
        maxIncludeDepth: flags.maxIncludeDepth ? parseCount('--max-include-depth', flags.maxIncludeDepth) : DEFAULT_LIMITS.maxIncludeDepth,
      },
    },
    format: oneOf<FormatName>('--format', flags.format, FORMATS),
    output: flags.output,
    sarifCategory: parseCategory(flags.sarifCategory),
    failOn: oneOf<Severity>('--fail-on', flags.failOn, FAIL_ON),
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

/** `1.22.1` for the dialect in use, or `nginx=1.22.1`. */
export function parseServerVersion(value: string, dialect: DialectId): Record<string, string> {
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
