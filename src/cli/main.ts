// The tlslint command line: parses argv, runs a subcommand, returns the exit code (0 clean, 1 findings, 2 usage or fatal).
import { closeSync, existsSync, statSync, writeSync } from 'node:fs';
import { decodeUtf8, fileErrorText, openRegularFileForWriting, RefusedFile } from '../engine/read-file.js';
import { dirname, relative, resolve } from 'node:path';
import { collectGarbage } from '../engine/memory.js';
import { FixAbandoned, fixScope, MAX_FIX_PASSES, planFixes, unifiedDiff, writeAtomically } from '../engine/fix.js';
import { applyBaseline, writeBaseline } from '../engine/baseline.js';
import { Command, CommanderError, Option } from 'commander';
import { atLeast, type LintResult, type Severity, type ToolNotification } from '../engine/finding.js';
import { packageVersion } from '../engine/package-root.js';
import { lint, type StdinInput } from '../engine/run.js';
import { ConfigError, ConfigResolver } from '../engine/config.js';
import { optionsResolver, type ExplicitFlags } from '../engine/effective-options.js';
import { printConfig } from './print-config.js';
import { allRules } from '../../rules/index.js';
import { GUIDELINE_VERSIONS, LATEST_GUIDELINES, PROFILE_NAMES } from '../tls/mozilla-profiles.js';
import { OPENSSL_VERSIONS } from '../tls/openssl-builds.js';
import { CADDY_JSON_DIALECT, DIALECT_CHOICES, FAIL_ON, FORMATS, settingsFromFlags, UNUSED_DISABLE_SEVERITIES, UsageError, type CliFlags, type CliSettings, type FailOn } from './options.js';
import { renderReport } from './render.js';
import { printRuleDoc, printRuleList } from './rules-command.js';
import { ciphersSubcommand } from './ciphers-subcommand.js';

/** Where the CLI writes; tests pass buffers. */
export interface CliIo {
  /** Read only with `--stdin`. */
  stdin?: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

// stdin and stderr are getters: Node builds each stream on first use, and most runs never read stdin or write to stderr.
const defaultIo = (): CliIo => ({
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  get stderr() {
    return process.stderr;
  },
  env: process.env,
  cwd: process.cwd(),
});

/** Text written per call: large enough to keep calls few, small enough not to copy a whole report. */
const WRITE_BATCH_CHARS = 1 << 20;

/** Joins small pieces into batches of about WRITE_BATCH_CHARS. */
function* batched(chunks: Iterable<string>): Generator<string> {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= WRITE_BATCH_CHARS) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

/** A file the user named could not be used (an -o into a missing directory, a FIFO): exit 2, no stack, no "internal error". */
export class FileError extends Error {}

/**
 * Refuses to write `flag`'s file when it is one the run read (by device and inode, so through any link):
 * `-o nginx.conf nginx.conf` would replace the config with the report.
 */
function refuseOverwritingLinted(path: string, result: LintResult, flag: string, inputs: readonly string[] = []): void {
  let target;
  try {
    target = statSync(path);
  } catch {
    return;
  }
  for (const file of [...inputs, ...result.files]) {
    let info;
    try {
      info = statSync(file);
    } catch {
      continue;
    }
    if (info.ino === target.ino && info.dev === target.dev) {
      const what = inputs.includes(file) ? 'a file this run read' : 'a file this run linted';
      throw new FileError(`Refusing to write ${flag} ${path}: it is ${file === path ? what : `${what.replace(/^a /, 'the ')}, ${file}`}`);
    }
  }
}

/** Writes the report to `path` (`--output`) through one reused buffer, so no piece is copied twice. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  let fd: number;
  try {
    fd = openRegularFileForWriting(path);
  } catch (error) {
    throw new FileError(`Cannot write the report to ${path}: ${fileErrorText(error)}`);
  }
  const buffer = Buffer.allocUnsafe(WRITE_BATCH_CHARS * 3);
  let used = 0;
  const flush = (bytes: Buffer, length: number) => {
    for (let written = 0; written < length; ) written += writeSync(fd, bytes, written, length - written);
  };
  try {
    for (const chunk of chunks) {
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      if (used + chunk.length * 3 > buffer.length) {
        flush(buffer, used);
        used = 0;
      }
      if (chunk.length * 3 > buffer.length) {
        const bytes = Buffer.from(chunk);
        flush(bytes, bytes.length);
      } else {
        used += buffer.write(chunk, used);
      }
    }
    flush(buffer, used);
  } catch (error) {
    // A full disk or a quota is the user's to fix; a report that failed to render is an internal error.
    if ((error as NodeJS.ErrnoException).code) throw new FileError(`Cannot write the report to ${path}: ${fileErrorText(error)}`);
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** Runs tlslint with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, debug);
  }
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('tlslint')
    .description('Lint web-server configuration for TLS mistakes')
    .version(packageVersion(), '-v, --version')
    .argument('[paths...]', 'config files or directories to lint', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--also-report <format=file>', 'also write the same run in another format to a file, - for stdout (repeatable)', collect, [])
    .option('--sarif-category <id>', 'SARIF automationDetails.id prefix: one category per code scanning analysis')
    .option('--sarif-include-suppressed', 'keep suppressed and baselined results in SARIF (GitHub shows them as open alerts)')
    .addOption(new Option('--profile <profile>', 'Mozilla Server Side TLS profile').choices(PROFILE_NAMES).default('intermediate'))
    .addOption(new Option('--guidelines <version>', 'Mozilla guidelines version').choices(GUIDELINE_VERSIONS).default(LATEST_GUIDELINES))
    .option('--server-version <version>', 'server version whose defaults apply, e.g. 1.22.1 or nginx=1.22.1')
    .addOption(new Option('--openssl <version>', 'OpenSSL version the server is built with').choices(OPENSSL_VERSIONS).default('3.0'))
    .option('--rule <id=severity>', 'set a rule to off|note|warning|error (repeatable)', collect, [])
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1; none: report only').choices(FAIL_ON).default('warning'))
    .option('--max-warnings <count>', 'warnings fail the run only when there are more than this many')
    .option('--quiet', 'report only errors; warnings and notes neither print nor fail the run')
    .option('--stdin', 'lint the config text read from stdin')
    .option('--stdin-filename <path>', 'with --stdin: the file the text is linted as (inside the tree that includes it)')
    .option('--no-error-on-unmatched-pattern', 'a path that matches no config file is not an error (exit 2 otherwise)')
    .option('--root <dir>', 'repository root: report paths are relative to it, includes resolve against it')
    .option('--map <from=to>', 'map an absolute config prefix into the checkout, e.g. /etc/nginx=./nginx (repeatable)', collect, [])
    .addOption(new Option('--dialect <dialect>', 'read every file as this server\'s configuration (default: detected from each path)').choices(DIALECT_CHOICES))
    .option('--now <date>', 'date certificate checks compare against (ISO 8601)')
    .option('--max-file-size <size>', 'largest config file read, e.g. 50M')
    .option('--max-included-files <count>', 'most files one entry may include, counting every inclusion (default 10000)')
    .option('--max-include-depth <levels>', 'deepest include nesting (default 50)')
    .option('--fix', 'apply the safe fixes to the linted files, then report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff and change nothing')
    .option('--baseline <file>', 'report only findings not recorded in this baseline file')
    .option('--update-baseline', 'with --baseline: record the current findings in the file instead')
    .option('--report-unused-disable', 'warn about tlslint-disable comments that suppress nothing')
    .addOption(new Option('--report-unused-disable-severity <severity>', 'report unused tlslint-disable comments at this severity').choices(UNUSED_DISABLE_SEVERITIES))
    .option('-c, --config <file>', 'use this config file for every linted file instead of searching for one')
    .option('--no-config', 'use no config file (.tlslintrc.json, .tlslintrc.yaml, tlslint.config.json)')
    .option('--print-config <file>', 'print the configuration tlslint would lint <file> with, as JSON, and exit')
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .option('--debug', 'print stack traces for internal errors')
    // Options after a subcommand name belong to the subcommand (`tlslint ciphers -f names ...`).
    .enablePositionalOptions()
    .showHelpAfterError("(run 'tlslint --help' for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`tlslint: ${text.replace(/^error: /, '')}`),
    })
    .action(async (paths: string[], flags: CliFlags, command: Command) => setExit(await lintCommand(paths, flags, explicitFlags(command, flags), io)));

  program
    .command('rules')
    .description('list the rules, or print the documentation of one')
    .argument('[id]', 'rule id')
    .action((id: string | undefined) => setExit(id ? printRuleDoc(id, io.stdout, io.stderr) : printRuleList(io.stdout)));
  program.addCommand(ciphersSubcommand(io, setExit));
  return program;
}

/** Which settings the user gave on the command line (they override config files). */
function explicitFlags(command: Command, flags: CliFlags): ExplicitFlags {
  const given = (name: string) => command.getOptionValueSource(name) === 'cli';
  return {
    profile: given('profile'),
    guidelines: given('guidelines'),
    openssl: given('openssl'),
    serverVersions: flags.serverVersion ? [flags.serverVersion.includes('=') ? flags.serverVersion.split('=')[0] : (flags.dialect === CADDY_JSON_DIALECT ? 'caddy' : flags.dialect) ?? 'nginx'] : [],
    rules: flags.rule.map((r) => r.split('=')[0]),
    failOn: given('failOn'),
    paths: command.args.length > 0,
  };
}

async function lintCommand(paths: string[], flags: CliFlags, explicit: ExplicitFlags, io: CliIo): Promise<number> {
  const settings = settingsFromFlags(flags, allRules.map((r) => r.meta.id), io.cwd);
  paths = paths.map((path) => resolve(io.cwd, path));
  const explicitConfig = flags.config === false ? false : flags.config === undefined ? undefined : resolve(io.cwd, flags.config);
  const configs = new ConfigResolver(allRules, explicitConfig, flags.root === undefined ? undefined : settings.run.root);
  const baseline = await runLevelSettings(flags, explicit, settings, configs, io.cwd);
  settings.optionsFor = optionsResolver(settings.run, explicit, configs);
  if (flags.printConfig !== undefined) return printConfig(resolve(io.cwd, flags.printConfig), settings, configs, io);
  const stdin = flags.stdin ? await readStdin(flags, explicit, io, settings.run.limits.maxFileBytes) : undefined;
  if (flags.fixDryRun) return fixDryRun(paths, settings, io);
  const result = flags.fix ? await lintAndFix(paths, settings, io) : await lint(paths, settings.run, settings.optionsFor, stdin);
  if (baseline) await useBaseline(baseline, flags.updateBaseline ?? false, result, io);
  if (settings.quiet) {
    result.findings = result.findings.filter((f) => f.severity === 'error');
    // Only errors: a note about files outside the checkout is not what --quiet asks to see.
    result.notifications = result.notifications.filter((n) => n.level === 'error');
  }
  // The run's files and models are garbage now; the report should not be built on top of them.
  collectGarbage();
  const reports = [{ format: settings.format, output: settings.output }, ...settings.alsoReports].map((report) => ({
    ...report,
    output: report.output === undefined ? undefined : resolve(io.cwd, report.output),
  }));
  // Every output is checked before any is written: a refused one must not leave the others half done.
  // The config (-c) and the baseline the run read are inputs too: a report written over them would destroy them.
  const inputs = [explicitConfig, baseline].filter((path): path is string => typeof path === 'string');
  for (const { output } of reports) if (output) refuseOverwritingLinted(output, result, '-o', inputs);
  for (const report of reports) {
    const chunks = renderReport(result, { ...settings, ...report }, io);
    if (report.output) writeChunks(report.output, chunks);
    else for (const text of batched(chunks)) io.stdout.write(text);
  }
  const unmatched = settings.allowUnmatched ? [] : (result.unmatched ?? []);
  for (const path of unmatched) io.stderr.write(`tlslint: ${unmatchedMessage(path, io.cwd)}\n`);
  if (unmatched.length) {
    io.stderr.write('(pass --no-error-on-unmatched-pattern if a path may match nothing)\n');
    return 2;
  }
  return exitCodeFor(result, settings.failOn, settings.maxWarnings);
}

/** ESLint's wording: a missing path, or a directory with nothing tlslint reads in it. */
function unmatchedMessage(path: string, cwd: string): string {
  const shown = relative(cwd, path) || '.';
  return existsSync(path) ? `No config files found in "${shown}"` : `No files matching "${shown}" were found`;
}

/**
 * Applies the config file's run-level keys (`failOn`, `baseline`, `reportUnusedDisable`) where no flag
 * set them, from the config of the directory tlslint runs in; returns the baseline file to use, if any.
 */
async function runLevelSettings(flags: CliFlags, explicit: ExplicitFlags, settings: CliSettings, configs: ConfigResolver, cwd: string): Promise<string | undefined> {
  const config = await configs.configAt(cwd);
  const data = config?.data;
  if (data?.failOn !== undefined && !explicit.failOn) settings.failOn = data.failOn;
  if (data?.reportUnusedDisable !== undefined && flags.reportUnusedDisable === undefined && flags.reportUnusedDisableSeverity === undefined) {
    settings.run.reportUnusedDisable = data.reportUnusedDisable;
  }
  if (flags.stdinFilename !== undefined && !flags.stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin');
  if (flags.baseline) return resolve(cwd, flags.baseline);
  if (config && data?.baseline !== undefined) return resolve(dirname(config.path), data.baseline);
  if (flags.updateBaseline) throw new UsageError('--update-baseline needs a baseline file: --baseline <file>, or "baseline" in the config file');
  return undefined;
}

/** The text for `--stdin`, as the file `--stdin-filename` names (relative to the working directory). */
async function readStdin(flags: CliFlags, explicit: ExplicitFlags, io: CliIo, cap: number): Promise<StdinInput> {
  if (flags.fix || flags.fixDryRun) throw new UsageError('--fix and --fix-dry-run change files on disk; they cannot be used with --stdin');
  if (explicit.paths) throw new UsageError('--stdin lints the text read from stdin: give its file name with --stdin-filename, not as a path');
  if (!io.stdin) throw new UsageError('--stdin: no standard input');
  const chunks: Buffer[] = [];
  // Capped as a file is (--max-file-size): `tlslint --stdin < /dev/zero` must end, not fill memory.
  let size = 0;
  for await (const chunk of io.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > cap) throw new FileError(`Standard input is over the file size limit of ${cap} bytes (--max-file-size); it is not linted`);
    chunks.push(bytes);
  }
  const { text, invalid } = decodeUtf8(Buffer.concat(chunks));
  return { path: resolve(io.cwd, flags.stdinFilename ?? '<stdin>'), text, invalid };
}

/** Lints and fixes until no fix is left (or {@link MAX_FIX_PASSES}); says what changed on stderr. */
async function lintAndFix(paths: string[], settings: CliSettings, io: CliIo): Promise<LintResult> {
  const roots = paths.map((p) => resolve(p));
  const scope = fixScope(roots, settings.run.root);
  const changedFiles = new Set<string>();
  // A file left alone is left alone on every pass: one notification each.
  const notes = new Map<string, ToolNotification>();
  let fixed = 0;
  let result = await lint(paths, settings.run, settings.optionsFor);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { plans, skipped } = await planFixes(result, roots, scope, settings.run.limits.maxFileBytes);
    for (const note of skipped) notes.set(note.message, note);
    let wrote = false;
    for (const plan of plans) {
      try {
        await writeAtomically(plan.file, plan.after, plan.bytes);
      } catch (error) {
        if (!(error instanceof FixAbandoned)) throw error;
        const message = `Not fixed: ${plan.file}: ${error.message}`;
        notes.set(message, { level: error.level, message, file: plan.file });
        continue;
      }
      wrote = true;
      changedFiles.add(plan.file);
      fixed += plan.fixed;
    }
    if (!wrote) break;
    result = await lint(paths, settings.run, settings.optionsFor);
  }
  if (fixed > 0) io.stderr.write(`tlslint: fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${changedFiles.size} file${changedFiles.size === 1 ? '' : 's'}\n`);
  for (const note of notes.values()) result.notifications.push(note);
  // A file that changed under the fix must be fixed again: that run did not finish its job.
  if ([...notes.values()].some((note) => note.level === 'error')) result.executionSuccessful = false;
  return result;
}

/** Prints the first pass of fixes as a unified diff and writes nothing; files a fix would leave alone are named on stderr. */
async function fixDryRun(paths: string[], settings: CliSettings, io: CliIo): Promise<number> {
  const result = await lint(paths, settings.run, settings.optionsFor);
  const roots = paths.map((p) => resolve(p));
  const { plans, skipped } = await planFixes(result, roots, fixScope(roots, settings.run.root), settings.run.limits.maxFileBytes);
  io.stdout.write(plans.map((plan) => unifiedDiff(plan, relative(result.root, plan.file))).join(''));
  for (const note of skipped) io.stderr.write(`tlslint: ${note.level}: ${note.message}\n`);
  if (skipped.some((note) => note.level === 'error')) return 2;
  return exitCodeFor(result, settings.failOn);
}

async function useBaseline(path: string, update: boolean, result: LintResult, io: CliIo): Promise<void> {
  const file = relative(io.cwd, path) || path;
  if (update) {
    refuseOverwritingLinted(path, result, '--baseline');
    let count: number;
    try {
      count = await writeBaseline(path, result);
    } catch (error) {
      throw new FileError(`Cannot write the baseline ${path}: ${fileErrorText(error)}`);
    }
    io.stderr.write(`tlslint: wrote ${count} fingerprints to ${file}\n`);
    return;
  }
  if (!existsSync(path)) throw new UsageError(`Baseline "${file}" does not exist: create it with --baseline ${file} --update-baseline`);
  try {
    await applyBaseline(path, result);
  } catch (error) {
    throw new UsageError(error instanceof RefusedFile || (error as NodeJS.ErrnoException).code ? `Cannot read the baseline ${path}: ${fileErrorText(error)}` : (error as Error).message);
  }
}

/**
 * 2 when nothing could be linted; 1 when an unsuppressed finding (or a disable comment that counts) reaches
 * `failOn`, or with `maxWarnings` when there are more warnings than that (warnings then fail only by count);
 * else 0. `failOn` `none` reports only.
 */
export function exitCodeFor(result: LintResult, failOn: FailOn, maxWarnings?: number): number {
  if (!result.executionSuccessful) return 2;
  const levels: Severity[] = [
    ...result.findings.filter((f) => !f.suppression).map((f) => f.severity),
    ...result.notifications.filter((n) => n.counts).map((n) => n.level),
  ];
  if (maxWarnings !== undefined && levels.filter((level) => level === 'warning').length > maxWarnings) return 1;
  if (failOn === 'none') return 0;
  return levels.some((level) => atLeast(level, failOn) && !(maxWarnings !== undefined && level === 'warning')) ? 1 : 0;
}

function handleError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; commander already printed its message.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`tlslint: ${error.message}\n(run 'tlslint --help' for usage)\n`);
    return 2;
  }
  if (error instanceof FileError) {
    io.stderr.write(`tlslint: ${error.message}\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`tlslint: invalid config:\n${error.message.replace(/^/gm, '  ')}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`tlslint: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write('(run with --debug for details)\n');
  return 2;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export type { CliSettings };
