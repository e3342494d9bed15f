// One lint run: find files, load them with includes, build each model, run the rules, collect results.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Dialect, DialectFinder, LoadContext } from '../dialects/dialect.js';
import { DIALECT_FINDERS, DIALECT_IDS, loadDialect, plannedDialectOf, type DialectId } from '../dialects/registry.js';
import { loadMissedModules, onDemandMisses } from '../dialects/on-demand.js';
import type { ConfigFile } from '../syntax/ast.js';
import { compareRanges, endOffsetOf, startOffsetOf } from '../syntax/range.js';
import { capParseErrors, invalidUtf8Diagnostic } from '../syntax/diagnostics.js';
import type { TlsModel } from '../model/types.js';
import { attachCertificateInfo, emptyFileReadSummary, type FileReadSummary } from '../model/certificates.js';
import type { Rule } from './define-rule.js';
import { dialectOf, discoverFiles, entryOrder, describeFsError, isFile, type DiscoveredFile } from './discover.js';
import type { Finding, LintResult, Severity, ToolNotification } from './finding.js';
import { contributedAreas, contributedFinding } from './contributions.js';
import type { LintOptions } from './options.js';
import { runRule } from './run-rule.js';
import { applySuppressions, type UnusedDisableSetting } from './suppressions.js';
import { allRules } from '../../rules/index.js';
import { getProfile } from '../tls/mozilla-profiles.js';

export type RuleSetting = Severity | 'off';

export interface RunOptions extends LintOptions {
  /** Reads every file as this dialect; absent, each file's dialect is detected from its path. */
  dialect?: DialectId;
  /** With dialect `caddy`: every file is Caddy's JSON config (`--dialect caddy-json`). */
  syntax?: LoadContext['syntax'];
  /** Severity overrides by rule id (`--rule id=off|note|warning|error`). */
  ruleSettings: Record<string, RuleSetting>;
  /** Report `tlslint-disable` comments that suppress nothing, and at which level (`--report-unused-disable`). */
  reportUnusedDisable?: UnusedDisableSetting;
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

/** Text to lint in place of a file's content (`--stdin` with `--stdin-filename`). */
export interface StdinInput {
  /** Absolute path the text is linted as: it need not exist, and if a linted tree includes it, it is linted there. */
  path: string;
  text: string;
  /** Where the bytes read were not UTF-8 (see decodeUtf8): reported as a file's would be. */
  invalid?: { byte: number; offset: number };
}

/**
 * Lints `paths` (files or directories), or with `stdin` that text as the file it names (then `paths` are
 * ignored). Never throws for problems of the input.
 */
export async function lint(paths: string[], options: RunOptions, optionsFor: OptionsForFile = async () => options, stdin?: StdinInput): Promise<LintResult> {
  // Files are sorted by the dialects' finders; a dialect's reader is imported only when the run has files of it.
  const dialects = (options.dialect ? [options.dialect] : DIALECT_IDS).map((id) => DIALECT_FINDERS[id]);
  const notifications: ToolNotification[] = [];
  const found = stdin
    ? { files: [{ path: resolve(stdin.path), dialect: dialectOf(resolve(stdin.path), dialects)?.id ?? dialects[0].id, explicit: true }], problems: [], unmatched: [] }
    : await discoverFiles(paths.map((p) => resolve(p)), dialects);
  const { problems } = found;
  for (const problem of problems) notifications.push({ level: 'error', message: problem.message, file: problem.path });
  const discovered = withoutPlannedDialects(found.files, options.root, notifications);
  // A directory whose only configs are of servers tlslint does not read yet matched nothing it can lint.
  const unmatched = [...found.unmatched, ...emptiedDirectories(found.files, discovered, notifications)];
  const texts = stdin ? new Map([[resolve(stdin.path), stdin.text]]) : undefined;

  const findings: Finding[] = [];
  const caches: Array<Map<string, ConfigFile>> = [];
  const fileSummary = emptyFileReadSummary();
  // Set when a named file (or a tree) could not be linted: its findings are missing, so the run is no pass.
  // A path that does not exist is an unmatched pattern: the CLI decides (--no-error-on-unmatched-pattern).
  const failed = { any: problems.some((problem) => !found.unmatched.includes(problem.path)) };
  let groupCount = 0;
  // Models whose findings may repeat another's: two models reading one file, or a finding moved onto a server.
  let checkedModels = 0;
  let contributed = false;
  const used: DialectFinder[] = [];
  // One dialect at a time: a repository may hold an nginx tree and an Apache tree side by side.
  for (const finder of dialects) {
    const own = discovered.filter((file) => file.dialect === finder.id);
    if (own.length === 0) continue;
    used.push(finder);
    const dialect = await loadDialect(finder.id);
    const entries = [...own, ...contextEntries(own, dialect, options.root)];
    const groups = await groupByOptions(entryOrder(entries, dialect), optionsFor, notifications);
    groupCount += groups.size;
    for (const [groupOptions, group] of groups) {
      const linted = await lintGroup(group, groupOptions, dialect, notifications, { fileSummary, failed, texts, stdin: stdin && { ...stdin, path: resolve(stdin.path) } });
      caches.push(linted.cache);
      checkedModels += linted.checkedModels;
      contributed ||= linted.contributed;
      for (const finding of linted.findings) findings.push(finding);
    }
  }
  for (const notice of fileNotifications(fileSummary)) notifications.push(notice);
  const files = firstReadings(caches);
  const ignored = await ignoredFiles([...new Set(findings.map((f) => f.range.file))], optionsFor);
  const unignored = ignored.size > 0 ? findings.filter((f) => !ignored.has(f.range.file)) : findings;
  // runRule already reports a (rule, range, message) once per model: only findings of several models can repeat.
  const kept = (checkedModels > 1 || contributed ? dedupeFindings(unignored) : unignored).sort(compareFindings);
  const knownIds = new Set(allRules.map((r) => r.meta.id));
  for (const notice of applySuppressions(kept, files, knownIds, options.reportUnusedDisable ?? false)) notifications.push(notice);
  const readFiles = files.map((file) => file.path);
  return {
    findings: kept,
    notifications,
    files: readFiles,
    // A file that does not look like configuration is never quoted: no snippet, no excerpt.
    sources: new Map(files.filter((file) => !file.withheld).map((file) => [file.path, file.text])),
    root: options.root,
    unmatched,
    properties: runProperties(options, used.length > 0 ? used : dialects.slice(0, 1)),
    // Nothing to lint (no file found, or the config ignores all) is a success; nothing readable is not, nor
    // is a named file that could not be read or a tree that could not be modelled (exit code 2).
    executionSuccessful: !failed.any && (readFiles.length > 0 || groupCount === 0),
  };
}

/** Named files by real path, so a main config that reaches one through a symlink reads it under its given name. */
function namedByRealPath(candidates: readonly DiscoveredFile[]): Map<string, string> {
  const named = new Map<string, string>();
  for (const candidate of candidates) {
    if (candidate.contextOnly) continue;
    try {
      const real = realpathSync(candidate.path);
      // The first name wins: a scan lists sites-available/x before the sites-enabled/x symlink to it.
      if (!named.has(real)) named.set(real, candidate.path);
    } catch {
      // An unreadable named file is reported when it is loaded.
    }
  }
  return named;
}

/** Loads one group of entry files with their shared options, builds each model and runs the rules. */
async function lintGroup(
  candidates: DiscoveredFile[], options: RunOptions, dialect: Dialect, notifications: ToolNotification[],
  run: { fileSummary: FileReadSummary; failed: { any: boolean }; texts?: ReadonlyMap<string, string>; stdin?: StdinInput },
): Promise<{ cache: Map<string, ConfigFile>; findings: Finding[]; checkedModels: number; contributed: boolean }> {
  const modelOptions = withServerVersion(options, dialect);
  const context: LoadContext = {
    root: options.root,
    pathMaps: options.pathMaps,
    cache: new Map(),
    texts: run.texts,
    namedByRealPath: namedByRealPath(candidates),
    ...options.limits,
    serverVersions: modelOptions.serverVersions,
    ...(options.syntax ? { syntax: options.syntax } : {}),
    notify: (notification) => notifications.push(notification),
  };
  const noted = notifications.length;
  const failedBefore = run.failed.any;
  const misses = onDemandMisses();
  const loaded = await loadEntries(candidates, dialect, context, notifications, run.failed);
  if (onDemandMisses() !== misses) {
    // A file needed parser code that is imported on demand (src/dialects/on-demand.ts) and was read as a stand-in:
    // the group is read again, from scratch, once that code is loaded.
    notifications.length = noted;
    run.failed.any = failedBefore;
    await loadMissedModules();
    return lintGroup(candidates, options, dialect, notifications, run);
  }
  const findings: Finding[] = [];
  const models = loaded.map(({ entry, reportOnly }) => {
    const model = buildModel(dialect, entry, modelOptions, notifications, run.fileSummary);
    if (!model) run.failed.any = true;
    // Endpoints a named snippet is included in: read from the directive trees before they are released.
    return { model, reportOnly, areas: model && reportOnly ? contributedAreas(model, reportOnly) : [] };
  });
  // Text from stdin was decoded before the loader saw it: its invalid UTF-8 is reported here, as a file's is.
  const stdinFile = run.stdin?.invalid && context.cache.get(run.stdin.path);
  if (stdinFile && run.stdin?.invalid) stdinFile.diagnostics.push(invalidUtf8Diagnostic(stdinFile.path, stdinFile.text, run.stdin.invalid));
  // The model's directive checks may add parse errors (one per directive at most): cap them with the parser's.
  for (const file of context.cache.values()) file.diagnostics = capParseErrors(file.diagnostics);
  // The trees are left to V8's own collector: a forced collection here cost 40-60 ms at 10,000 servers and kept
  // peak memory 20 MB lower on nginx, none on Apache (whose walks read table rows and make no tree); the one
  // before the report (cli/main.ts) frees the trees and the models together.
  releaseDirectives(context.cache);
  let checkedModels = 0;
  let contributed = false;
  for (const { model, reportOnly, areas } of models) {
    if (!model) continue;
    checkedModels++;
    // Loops, not push(...spread): one file can have more findings than V8 takes as arguments.
    for (const finding of runRules(model, options, notifications, run.failed)) {
      if (!reportOnly || reportOnly.has(finding.range.file)) findings.push(finding);
      else {
        // A finding the named snippet causes lands on the server that includes it (a removed HSTS line).
        const moved = contributedFinding(finding, areas);
        if (moved) {
          findings.push(moved);
          contributed = true;
        }
      }
    }
  }
  return { cache: context.cache, findings, checkedModels, contributed };
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
    // Only the part of the path inside the root counts: a checkout under /builds/httpd/ is not Apache's.
    const inside = relative(root, file.path);
    const planned = plannedDialectOf(inside.startsWith('..') ? basename(file.path) : inside);
    if (planned && file.explicit) {
      notifications.push({ level: 'note', message: `Skipped ${file.path}: tlslint does not read ${planned.name} configuration yet`, file: file.path });
    }
    return !planned;
  });
}

/**
 * The scanned directories all of whose files were dropped as Caddy configuration, each with a
 * note saying how many files were skipped: they must not make a run that read nothing look clean.
 */
function emptiedDirectories(found: DiscoveredFile[], kept: DiscoveredFile[], notifications: ToolNotification[]): string[] {
  const keptFrom = new Set(kept.map((file) => file.scannedFrom));
  const skipped = new Map<string, number>();
  for (const file of found) {
    if (file.scannedFrom !== undefined && !keptFrom.has(file.scannedFrom)) skipped.set(file.scannedFrom, (skipped.get(file.scannedFrom) ?? 0) + 1);
  }
  for (const [directory, count] of skipped) {
    notifications.push({ level: 'note', message: `Skipped ${count} file${count === 1 ? '' : 's'} under ${directory}: tlslint does not read Caddy configuration yet`, file: directory });
  }
  return [...skipped.keys()];
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
 * linted inside that tree, and only findings in the named files are reported from it, plus those of
 * the servers whose block includes a named file (see contributions.ts).
 */
function contextEntries(discovered: DiscoveredFile[], dialect: Dialect, root: string): DiscoveredFile[] {
  const known = new Set(discovered.map((f) => f.path));
  const added: DiscoveredFile[] = [];
  for (const file of discovered) {
    if (!file.explicit || dialect.mainFileNames.includes(basename(file.path))) continue;
    for (const main of mainFilesAbove(file.path, dialect, root)) {
      if (!known.has(main)) added.push({ path: main, dialect: dialect.id, explicit: false, contextOnly: true });
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

async function loadEntries(
  candidates: DiscoveredFile[], dialect: Dialect, context: LoadContext, notifications: ToolNotification[], failed: { any: boolean },
): Promise<LoadedEntry[]> {
  // By real path: a scan finds Debian's sites-enabled/x symlink and the sites-available/x it points to.
  const included = new Set<string>();
  const named = new Set(candidates.filter((c) => !c.contextOnly).map((c) => c.path));
  const entries: LoadedEntry[] = [];
  for (const candidate of candidates) {
    if (included.has(realPathOf(candidate.path))) continue;
    try {
      const [entry, ...rest] = await dialect.load(candidate.path, context);
      if (candidate.contextOnly) {
        const reportOnly = new Set(rest.map((file) => file.path).filter((path) => named.has(path)));
        for (const path of reportOnly) included.add(realPathOf(path));
        // A main file that includes none of the named files is not linted.
        if (reportOnly.size) entries.push({ entry, reportOnly });
        continue;
      }
      for (const file of rest) if (file.path !== entry.path) included.add(realPathOf(file.path));
      entries.push({ entry });
    } catch (error) {
      // A loader's own error already names the file and the reason; only bare fs errors need describing.
      const named = error instanceof Error && error.message.includes(candidate.path);
      notifications.push({ level: 'error', message: named ? error.message : describeFsError(error, candidate.path), file: candidate.path });
      // A named file that cannot be read is no pass, even when others were linted. (A scan's finds are
      // reported, but a key or binary file a directory happens to hold is not what the user asked for.)
      if (candidate.explicit) failed.any = true;
    }
  }
  return entries.filter(({ entry }) => !included.has(realPathOf(entry.path)));
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function buildModel(dialect: Dialect, entry: ConfigFile, options: LintOptions, notifications: ToolNotification[], fileSummary: FileReadSummary): TlsModel | undefined {
  try {
    const model = dialect.buildModel(entry, options);
    attachCertificateInfo(model, fileSummary);
    return model;
  } catch (error) {
    // Blocks nested through includes deeper than the stack allows (40 files of 95 nested locations is
    // valid nginx): the tree is not linted, and the run says so and fails rather than pass in silence.
    const message = isStackOverflow(error)
      ? `${entry.path} and its includes nest blocks too deeply to be modelled (the stack overflowed); nothing in them was checked`
      : `Internal error while reading ${entry.path}: ${errorText(error)}`;
    notifications.push({ level: 'error', message, file: entry.path });
    return undefined;
  }
}

/** True for the run's note about certificate files outside the checkout (fixture tests expect it where it applies). */
export function isFilesNotFoundNotice(notification: ToolNotification): boolean {
  return /^\d+ certificate files? named by the config (was|were) not found/.test(notification.message);
}

/**
 * One note for every named certificate, key, CA or DH parameter file that is not in the checkout (rules
 * needing it stayed silent: unknown is not a finding), with the `--map` that would bring them in; and one
 * for encrypted keys, which are not compared with their certificates.
 */
function fileNotifications(summary: FileReadSummary): ToolNotification[] {
  const notices: ToolNotification[] = [];
  const missing = [...summary.notFound].sort();
  const maps = mapSuggestions(missing);
  if (missing.length === 1) {
    notices.push({ level: 'note', message: `1 certificate file named by the config was not found and was not checked (${missing[0]}); to check it, map its directory into the checkout: ${maps}` });
  } else if (missing.length > 1) {
    notices.push({ level: 'note', message: `${missing.length} certificate files named by the config were not found and were not checked; to check them, map their directories into the checkout: ${maps}` });
  }
  const encrypted = [...summary.encryptedKeys].sort();
  if (encrypted.length === 1) {
    notices.push({ level: 'note', message: `1 private key file is encrypted and was not compared with its certificate (${encrypted[0]})` });
  } else if (encrypted.length > 1) {
    notices.push({ level: 'note', message: `${encrypted.length} private key files are encrypted and were not compared with their certificates` });
  }
  return notices;
}

/** `--map` flags that would bring the paths in: one per top directory (`/etc/ssl`, `/etc/letsencrypt`), at most three. */
function mapSuggestions(paths: string[]): string {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const top = dirname(path).split('/').slice(0, 3).join('/') || '/';
    const group = groups.get(top);
    if (group) group.push(path);
    else groups.set(top, [path]);
  }
  const flags = [...new Set([...groups.values()].map((group) => `--map ${commonDirectory(group)}=./path/in/checkout`))];
  return flags.length > 3 ? `${flags.slice(0, 3).join(' ')} (and ${flags.length - 3} more)` : flags.join(' ');
}

/** The deepest directory holding every path (`/` at worst). */
function commonDirectory(paths: string[]): string {
  let common = dirname(paths[0]);
  for (const path of paths) while (common !== '/' && !path.startsWith(`${common}/`)) common = dirname(common);
  return common;
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Runs every enabled rule; a rule that throws becomes a notification and the others still report. */
function runRules(model: TlsModel, options: RunOptions, notifications: ToolNotification[], failed: { any: boolean }): Finding[] {
  const findings: Finding[] = [];
  for (const rule of enabledRules(options)) {
    const severity = options.ruleSettings[rule.meta.id];
    try {
      for (const finding of runRule(rule, model, options, severity === undefined || severity === 'off' ? rule.meta.severity : severity)) findings.push(finding);
    } catch (error) {
      // A rule that ran out of stack on a deep tree checked none of it: like a model that could not be built,
      // the run fails rather than pass on what the rule never saw. Other rule failures are bugs, reported.
      if (isStackOverflow(error)) failed.any = true;
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
    // Offsets, not positions: a Span would find the line and column of each.
    const key = `${f.ruleId}\0${f.range.file}\0${startOffsetOf(f.range)}\0${endOffsetOf(f.range)}\0${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function runProperties(options: RunOptions, dialects: readonly DialectFinder[]): Record<string, string> {
  const versions = dialects.map((dialect) => `${dialect.id} ${withServerVersion(options, dialect).serverVersions[dialect.id]}`);
  return {
    profile: options.profile,
    mozillaGuidelines: getProfile(options.profile, options.guidelines).guidelines,
    dialect: dialects.map((dialect) => dialect.id).join(', '),
    serverVersion: versions.join(', '),
    openssl: options.openssl,
    now: options.now.toISOString(),
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
