// One lint run: find files, load them with includes, build each model, run the rules, collect results.
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Dialect, LoadContext } from '../dialects/dialect.js';
import { detectDialect, DIALECT_IDS, loadDialect, plannedDialectOf, type DialectId } from '../dialects/registry.js';
import type { ConfigFile } from '../syntax/ast.js';
import { compareRanges } from '../syntax/range.js';
import type { TlsModel } from '../model/types.js';
import { attachCertificateInfo } from '../model/certificates.js';
import type { Rule } from './define-rule.js';
import { discoverFiles, entryOrder, describeFsError, isFile, type DiscoveredFile } from './discover.js';
import type { Finding, LintResult, Severity, ToolNotification } from './finding.js';
import { collectGarbage } from './memory.js';
import type { LintOptions } from './options.js';
import { runRule } from './run-rule.js';
import { applySuppressions } from './suppressions.js';
import { allRules } from '../../rules/index.js';
import { getProfile } from '../tls/mozilla-profiles.js';

export type RuleSetting = Severity | 'off';

export interface RunOptions extends LintOptions {
  /** The dialect of files whose name and place say nothing (and of every file when `dialectForced`). */
  dialect: DialectId;
  /** True when `--dialect` was given: every file is read as `dialect`, none is detected. */
  dialectForced?: boolean;
  /** Severity overrides by rule id (`--rule id=off|note|warning|error`). */
  ruleSettings: Record<string, RuleSetting>;
  /** Report `tlslint-disable` comments that suppress nothing (`--report-unused-disable`). */
  reportUnusedDisable?: boolean;
  /** When set, only these rules run (the fixture harness uses it). */
  onlyRules?: string[];
  limits: Pick<LoadContext, 'maxFileBytes' | 'maxIncludedFiles' | 'maxIncludeDepth'>;
}

export const DEFAULT_LIMITS: RunOptions['limits'] = {
  maxFileBytes: 50 * 1024 * 1024,
  maxIncludedFiles: 10_000,
  maxIncludeDepth: 50,
};

/**
 * Options per linted file, from config files (src/engine/config.ts); `null` means the file is ignored.
 * Files given the same options object are loaded and checked together.
 */
export type OptionsForFile = (file: string) => Promise<RunOptions | null>;

/** Lints `paths` (files or directories). Never throws for problems of the input. */
export async function lint(paths: string[], options: RunOptions, optionsFor: OptionsForFile = async () => options): Promise<LintResult> {
  const forced = options.dialectForced ? await loadDialect(options.dialect) : undefined;
  const notifications: ToolNotification[] = [];
  // Without --dialect, a directory yields the files any dialect recognises, each read as its own.
  const detector = forced ?? { detect: (path: string) => detectDialect(insideRoot(path, options.root)) !== undefined };
  const found = await discoverFiles(paths.map((p) => resolve(p)), detector);
  const { problems } = found;
  for (const problem of problems) notifications.push({ level: 'error', message: problem.message, file: problem.path });
  const discovered = withoutPlannedDialects(found.files, options.root, notifications);

  const findings: Finding[] = [];
  const caches: Array<Map<string, ConfigFile>> = [];
  let groupCount = 0;
  const used: Dialect[] = [];
  for (const [id, files] of byDialect(discovered, options)) {
    const dialect = await loadDialect(id);
    used.push(dialect);
    const entries = [...files, ...contextEntries(files, dialect, options.root)];
    const groups = await groupByOptions(entryOrder(entries), optionsFor, notifications);
    groupCount += groups.size;
    for (const [groupOptions, group] of groups) {
      const linted = await lintGroup(group, groupOptions, dialect, notifications);
      caches.push(linted.cache);
      for (const finding of linted.findings) findings.push(finding);
    }
  }
  const files = firstReadings(caches);
  const ignored = await ignoredFiles([...new Set(findings.map((f) => f.range.file))], optionsFor);
  const kept = dedupeFindings(findings.filter((f) => !ignored.has(f.range.file))).sort(compareFindings);
  const knownIds = new Set(allRules.map((r) => r.meta.id));
  for (const notice of applySuppressions(kept, files, knownIds, options.reportUnusedDisable ?? false)) notifications.push(notice);
  const readFiles = files.map((file) => file.path);
  if (used.length === 0) used.push(forced ?? await loadDialect(options.dialect));
  return {
    findings: kept,
    notifications,
    files: readFiles,
    sources: new Map(files.map((file) => [file.path, file.text])),
    root: options.root,
    properties: runProperties(options, used),
    // Nothing to lint (no file found, or the config ignores all) is a success; nothing readable is not.
    executionSuccessful: readFiles.length > 0 || (groupCount === 0 && problems.length === 0),
  };
}

/** The part of `path` inside `root`, or its base name when it lies outside (a checkout under /builds/httpd/ is not Apache's). */
function insideRoot(path: string, root: string): string {
  const inside = relative(root, path);
  return inside.startsWith('..') ? basename(path) : inside;
}

/** Files by the dialect that reads them: `--dialect` for all, else each file's detected one, else `options.dialect`. */
function byDialect(files: DiscoveredFile[], options: RunOptions): Map<DialectId, DiscoveredFile[]> {
  const groups = new Map<DialectId, DiscoveredFile[]>();
  for (const file of files) {
    const id = options.dialectForced ? options.dialect : detectDialect(insideRoot(file.path, options.root), file.explicit) ?? options.dialect;
    const group = groups.get(id);
    if (group) group.push(file);
    else groups.set(id, [file]);
  }
  // In DIALECT_IDS order, so reports do not depend on which dialect's file was found first.
  return new Map(DIALECT_IDS.filter((id) => groups.has(id)).map((id) => [id, groups.get(id)!]));
}

/** Loads one group of entry files with their shared options, builds each model and runs the rules. */
async function lintGroup(
  candidates: DiscoveredFile[], options: RunOptions, dialect: Dialect, notifications: ToolNotification[],
): Promise<{ cache: Map<string, ConfigFile>; findings: Finding[] }> {
  const modelOptions = withServerVersion(options, dialect);
  const context: LoadContext = {
    root: options.root,
    pathMaps: options.pathMaps,
    cache: new Map(),
    ...options.limits,
    serverVersions: modelOptions.serverVersions,
    notify: (notification) => notifications.push(notification),
  };
  const findings: Finding[] = [];
  const models = (await loadEntries(candidates, dialect, context, notifications)).map(({ entry, reportOnly }) => ({
    model: buildModel(dialect, entry, modelOptions, notifications),
    reportOnly,
  }));
  releaseDirectives(context.cache);
  collectGarbage();
  for (const { model, reportOnly } of models) {
    if (!model) continue;
    // Loops, not push(...spread): one file can have more findings than V8 takes as arguments.
    for (const finding of runRules(model, options, notifications)) if (!reportOnly || reportOnly.has(finding.range.file)) findings.push(finding);
  }
  return { cache: context.cache, findings };
}

/**
 * Empties each file's directive tree once every model of the group is built. Rules read only the models,
 * and the files live on only for their text, comments and diagnostics (suppressions, fixes, reports); the
 * trees were 100 MB of a 10,000-server run that the rules and the report then had to work beside.
 */
function releaseDirectives(files: Map<string, ConfigFile>): void {
  for (const file of files.values()) file.directives = [];
}

/** Drops Caddy files (no dialect reads them yet); a named one gets a note saying so. */
function withoutPlannedDialects(files: DiscoveredFile[], root: string, notifications: ToolNotification[]): DiscoveredFile[] {
  return files.filter((file) => {
    const planned = plannedDialectOf(insideRoot(file.path, root));
    if (planned && file.explicit) {
      notifications.push({ level: 'note', message: `Skipped ${file.path}: tlslint does not read ${planned.name} configuration yet`, file: file.path });
    }
    return !planned;
  });
}

/** Every file read, once: a file two groups both read keeps its first reading. */
function firstReadings(caches: Array<Map<string, ConfigFile>>): ConfigFile[] {
  const files = new Map<string, ConfigFile>();
  for (const cache of caches) for (const file of cache.values()) if (!files.has(file.path)) files.set(file.path, file);
  return [...files.values()];
}

async function ignoredFiles(files: string[], optionsFor: OptionsForFile): Promise<Set<string>> {
  const ignored = new Set<string>();
  for (const file of files) if ((await optionsFor(file)) === null) ignored.add(file);
  return ignored;
}

/** Candidates grouped by the options they get, in order; ignored files are dropped (named ones with a warning). */
async function groupByOptions(candidates: DiscoveredFile[], optionsFor: OptionsForFile, notifications: ToolNotification[]): Promise<Map<RunOptions, DiscoveredFile[]>> {
  const groups = new Map<RunOptions, DiscoveredFile[]>();
  for (const candidate of candidates) {
    const options = await optionsFor(candidate.path);
    if (options === null) {
      if (candidate.explicit) notifications.push({ level: 'warning', message: `File ignored by the config's "ignore" patterns: ${candidate.path}`, file: candidate.path });
      continue;
    }
    const group = groups.get(options);
    if (group) group.push(candidate);
    else groups.set(options, [candidate]);
  }
  return groups;
}

/** `options` with the dialect's server version filled in: the given one, else the newest the dialect knows. */
export function withServerVersion(options: RunOptions, dialect: Pick<Dialect, 'id' | 'defaultServerVersion'>): RunOptions {
  const serverVersion = options.serverVersions[dialect.id] ?? dialect.defaultServerVersion;
  return { ...options, serverVersions: { ...options.serverVersions, [dialect.id]: serverVersion } };
}

/** Loads each candidate unless an earlier entry already included it; drops entries another entry includes. */
/**
 * A named file that is not a main config (`conf.d/site.conf`, as pre-commit passes it) means nothing on
 * its own: the http-level settings it inherits live in the main file that includes it. So the main
 * files above it (up to the root) are loaded too, as context: a named file one of them includes is
 * linted inside that tree, and only findings in the named files are reported from it.
 */
function contextEntries(discovered: DiscoveredFile[], dialect: Dialect, root: string): DiscoveredFile[] {
  const known = new Set(discovered.map((f) => f.path));
  const added: DiscoveredFile[] = [];
  for (const file of discovered) {
    if (!file.explicit || dialect.mainFileNames.includes(basename(file.path))) continue;
    for (const main of mainFilesAbove(file.path, dialect, root)) {
      if (!known.has(main)) added.push({ path: main, explicit: false, contextOnly: true });
      known.add(main);
    }
  }
  return added;
}

/** Main config files in the directories above `file`, nearest first, up to `root` when `file` is inside it. */
function mainFilesAbove(file: string, dialect: Dialect, root: string): string[] {
  const found: string[] = [];
  const inside = !relative(root, file).startsWith('..');
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    for (const name of dialect.mainFileNames) if (isFile(join(dir, name))) found.push(join(dir, name));
    if (dir === dirname(dir) || (inside && dir === root)) return found;
  }
}

interface LoadedEntry {
  entry: ConfigFile;
  /** For a context entry: the named files it includes, the only ones its findings may be in. */
  reportOnly?: Set<string>;
}

async function loadEntries(candidates: DiscoveredFile[], dialect: Dialect, context: LoadContext, notifications: ToolNotification[]): Promise<LoadedEntry[]> {
  const included = new Set<string>();
  const named = new Set(candidates.filter((c) => !c.contextOnly).map((c) => c.path));
  const entries: LoadedEntry[] = [];
  for (const candidate of candidates) {
    if (included.has(candidate.path)) continue;
    try {
      const [entry, ...rest] = await dialect.load(candidate.path, context);
      if (candidate.contextOnly) {
        const reportOnly = new Set(rest.map((file) => file.path).filter((path) => named.has(path)));
        for (const path of reportOnly) included.add(path);
        // A main file that includes none of the named files is not linted.
        if (reportOnly.size) entries.push({ entry, reportOnly });
        continue;
      }
      for (const file of rest) if (file.path !== entry.path) included.add(file.path);
      entries.push({ entry });
    } catch (error) {
      // A loader's own error already names the file and the reason; only bare fs errors need describing.
      const named = error instanceof Error && error.message.includes(candidate.path);
      notifications.push({ level: 'error', message: named ? error.message : describeFsError(error, candidate.path), file: candidate.path });
    }
  }
  return entries.filter(({ entry }) => !included.has(entry.path));
}

function buildModel(dialect: Dialect, entry: ConfigFile, options: LintOptions, notifications: ToolNotification[]): TlsModel | undefined {
  try {
    const model = dialect.buildModel(entry, options);
    attachCertificateInfo(model);
    return model;
  } catch (error) {
    notifications.push({ level: 'error', message: `Internal error while reading ${entry.path}: ${errorText(error)}`, file: entry.path });
    return undefined;
  }
}

/** Runs every enabled rule; a rule that throws becomes a notification and the others still report. */
function runRules(model: TlsModel, options: RunOptions, notifications: ToolNotification[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of enabledRules(options)) {
    const severity = options.ruleSettings[rule.meta.id];
    try {
      for (const finding of runRule(rule, model, options, severity === undefined || severity === 'off' ? rule.meta.severity : severity)) findings.push(finding);
    } catch (error) {
      notifications.push({
        level: 'error',
        message: `Rule ${rule.meta.id} failed on ${model.files[0]?.path ?? 'a model'}: ${errorText(error)}`,
        file: model.files[0]?.path,
        ruleId: rule.meta.id,
      });
    }
  }
  return findings;
}

/** The rules this run uses: profile applies, not turned off, and in `onlyRules` when given. */
export function enabledRules(options: Pick<RunOptions, 'profile' | 'ruleSettings' | 'onlyRules'>): Rule[] {
  return allRules.filter((rule) => {
    const id = rule.meta.id;
    if (options.onlyRules && !options.onlyRules.includes(id)) return false;
    if (options.ruleSettings[id] === 'off') return false;
    return rule.meta.profiles.includes(options.profile);
  });
}

function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.range.file}\0${f.range.start.offset}\0${f.range.end.offset}\0${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function runProperties(options: RunOptions, dialects: ReadonlyArray<Pick<Dialect, 'id' | 'defaultServerVersion'>>): Record<string, string> {
  return {
    profile: options.profile,
    mozillaGuidelines: getProfile(options.profile, options.guidelines).guidelines,
    dialect: dialects.map((d) => d.id).join(', '),
    serverVersion: dialects.map((d) => `${d.id} ${withServerVersion(options, d).serverVersions[d.id]}`).join(', '),
    openssl: options.openssl,
    now: options.now.toISOString(),
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
