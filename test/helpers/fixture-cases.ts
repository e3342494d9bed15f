// The fixture suite's cases: which files are cases and the options each runs with (from its header line).
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, lint, type RunOptions, type RuleSetting } from '../../src/engine/run.js';
import type { LintResult } from '../../src/engine/finding.js';
import type { ProfileName } from '../../src/tls/mozilla-profiles.js';
import type { OpenSslVersion } from '../../src/tls/openssl-builds.js';
import { allRules } from '../../rules/index.js';
import { DIALECT_IDS } from '../../src/dialects/registry.js';
import { headerOf, type FixtureHeader } from './annotations.js';

/** A file's text, or undefined when there is none (a JSON case without sidecar). */
export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
/**
 * Fixture trees under fixtures/: one per dialect, and `caddy-json` for Caddy's JSON config (linted as the
 * `caddy` dialect; its annotations are in sidecar `.expect` files, see annotations.ts sidecarOf).
 */
export const DIALECTS: readonly string[] = [...DIALECT_IDS, 'caddy-json'];
/** The dialect a fixture tree is linted as. */
export function dialectOfTree(tree: string): string {
  return tree === 'caddy-json' ? 'caddy' : tree;
}
/** `case.fixed.conf` beside `case.conf`: the text `--fix` must make of the case. */
export const FIXED_SUFFIX = '.fixed.conf';
/** `case.fixed.conf` beside `case.conf`, `.fixed.caddyfile` beside `.caddyfile`, `.fixed.json` beside `.json`. */
export const FIXED_FILE = /\.fixed\.(conf|caddyfile|json)$/;
/** Files that are fixture cases: nginx `*.conf`, Caddy `*.caddyfile`, `Caddyfile` and `*.json`. */
const CASE_FILE = /\.(conf|caddyfile|json)$|^Caddyfile$/;
/** Folders that hold parser and corpus material, not rule cases. */
const NOT_RULE_CASES = new Set(['syntax', 'corpus']);
const ruleIds = new Set(allRules.map((r) => r.meta.id));

/** Main config names: a folder's main file is linted first, so files it includes are not cases of their own. */
const MAIN_FILES = new Set(['nginx.conf', 'apache2.conf', 'httpd.conf', 'Caddyfile']);

/** Case files of one folder: main files first, so files they include are not cases of their own. */
export function casesOf(dialect: string, folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (CASE_FILE.test(name) && !FIXED_FILE.test(name)) files.push(path);
    }
  };
  walk(join(FIXTURES, dialect, folder));
  return files.sort((a, b) => Number(MAIN_FILES.has(basename(b))) - Number(MAIN_FILES.has(basename(a))) || a.localeCompare(b));
}

export function optionsFor(header: FixtureHeader, folder: string, tree: string): RunOptions {
  const dialect = dialectOfTree(tree);
  const onlyRules = header.allRules || !ruleIds.has(folder) ? undefined : [folder, 'parse-error'];
  return {
    dialect: dialect as RunOptions['dialect'],
    profile: (header.profile ?? 'intermediate') as ProfileName,
    guidelines: header.guidelines ?? '6.0',
    serverVersions: header.serverVersion ? { [dialect]: header.serverVersion } : {},
    openssl: (header.openssl ?? '3.0') as OpenSslVersion,
    now: new Date(header.now ?? '2026-06-01T00:00:00Z'),
    root: FIXTURES,
    pathMaps: [],
    ruleOptions: header.ruleOptions ?? {},
    ruleSettings: (header.rules ?? {}) as Record<string, RuleSetting>,
    onlyRules,
    limits: DEFAULT_LIMITS,
  };
}

/** Folders of rule cases for `dialect`, sorted. */
export function foldersOf(dialect: string): string[] {
  return readdirSync(join(FIXTURES, dialect)).filter((f) => !NOT_RULE_CASES.has(f) && statSync(join(FIXTURES, dialect, f)).isDirectory()).sort();
}

/** Lints each case of a folder with its header's options; a file an earlier case read is not a case of its own. */
export async function* lintCases(dialect: string, folder: string): AsyncGenerator<{ file: string; result: LintResult }> {
  const covered = new Set<string>();
  for (const file of casesOf(dialect, folder)) {
    if (covered.has(file)) continue;
    const result = await lint([file], optionsFor(headerOf(file, readFileSync(file, 'utf8'), readIfExists), folder, dialect));
    result.files.forEach((f) => covered.add(f));
    yield { file, result };
  }
}
