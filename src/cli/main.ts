// The tlslint command line: parses argv, runs a subcommand, returns the exit code (0 clean, 1 findings, 2 usage or fatal).
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { collectGarbage } from '../engine/memory.js';
import { MAX_FIX_PASSES, planFixes, unifiedDiff, writeAtomically } from '../engine/fix.js';
import { applyBaseline, writeBaseline } from '../engine/baseline.js';
import { Command, CommanderError, Option } from 'commander';
import { atLeast, type LintResult, type Severity } from '../engine/finding.js';
import { packageVersion } from '../engine/package-root.js';
import { lint } from '../engine/run.js';
import { ConfigError, ConfigResolver } from '../engine/config.js';
import { optionsResolver, type ExplicitFlags } from '../engine/effective-options.js';
import { printConfig } from './print-config.js';
import { DIALECT_IDS } from '../dialects/registry.js';
import { allRules } from '../../rules/index.js';
import { GUIDELINE_VERSIONS, LATEST_GUIDELINES, PROFILE_NAMES } from '../tls/mozilla-profiles.js';
import { FAIL_ON, FORMATS, OPENSSL_VERSIONS, settingsFromFlags, UsageError, type CliFlags, type CliSettings } from './options.js';
import { renderReport } from './render.js';
import { printRuleDoc, printRuleList } from './rules-command.js';
import { ciphersSubcommand } from './ciphers-subcommand.js';

/** Where the CLI writes; tests pass buffers. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const defaultIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

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

/** Writes the report to `path` (`--output`) through one reused buffer, so no piece is copied twice. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
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
    .option('--sarif-category <id>', 'SARIF automationDetails.id prefix: one category per code scanning analysis')
    .addOption(new Option('--profile <profile>', 'Mozilla Server Side TLS profile').choices(PROFILE_NAMES).default('intermediate'))
    .addOption(new Option('--guidelines <version>', 'Mozilla guidelines version').choices(GUIDELINE_VERSIONS).default(LATEST_GUIDELINES))
    .option('--server-version <version>', 'server version whose defaults apply, e.g. 1.22.1 or nginx=1.22.1')
    .addOption(new Option('--openssl <version>', 'OpenSSL version the server is built with').choices(OPENSSL_VERSIONS).default('3.0'))
    .option('--rule <id=severity>', 'set a rule to off|note|warning|error (repeatable)', collect, [])
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(FAIL_ON).default('warning'))
    .option('--root <dir>', 'repository root: report paths are relative to it, includes resolve against it')
    .option('--map <from=to>', 'map an absolute config prefix into the checkout, e.g. /etc/nginx=./nginx (repeatable)', collect, [])
    .addOption(new Option('--dialect <dialect>', 'server dialect').choices([...DIALECT_IDS]).default('nginx'))
    .option('--now <date>', 'date certificate checks compare against (ISO 8601)')
    .option('--max-file-size <size>', 'largest config file read, e.g. 50M')
    .option('--max-included-files <count>', 'most files one entry may include, counting every inclusion (default 10000)')
    .option('--max-include-depth <levels>', 'deepest include nesting (default 50)')
    .option('--fix', 'apply the safe fixes to the linted files, then report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff and change nothing')
    .option('--baseline <file>', 'report only findings not recorded in this baseline file')
    .option('--update-baseline', 'with --baseline: record the current findings in the file instead')
    .option('--report-unused-disable', 'warn about tlslint-disable comments that suppress nothing')
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
    serverVersions: flags.serverVersion ? [flags.serverVersion.includes('=') ? flags.serverVersion.split('=')[0] : flags.dialect] : [],
    rules: flags.rule.map((r) => r.split('=')[0]),
  };
}

async function lintCommand(paths: string[], flags: CliFlags, explicit: ExplicitFlags, io: CliIo): Promise<number> {
  const settings = settingsFromFlags(flags, allRules.map((r) => r.meta.id), io.cwd);
  paths = paths.map((path) => resolve(io.cwd, path));
  const configs = new ConfigResolver(allRules, flags.config === false ? false : flags.config === undefined ? undefined : resolve(io.cwd, flags.config));
  settings.optionsFor = optionsResolver(settings.run, explicit, configs);
  if (flags.printConfig !== undefined) return printConfig(resolve(io.cwd, flags.printConfig), settings, configs, io);
  if (flags.fixDryRun) return fixDryRun(paths, settings, io);
  const result = flags.fix ? await lintAndFix(paths, settings, io) : await lint(paths, settings.run, settings.optionsFor);
  if (flags.baseline) await useBaseline(flags.baseline, flags.updateBaseline ?? false, result, io);
  // The run's files and models are garbage now; the report should not be built on top of them.
  collectGarbage();
  const report = renderReport(result, settings, io);
  if (settings.output) writeChunks(settings.output, report);
  else for (const text of batched(report)) io.stdout.write(text);
  return exitCodeFor(result, settings.failOn);
}

/** Lints and fixes until no fix is left (or {@link MAX_FIX_PASSES}); says what changed on stderr. */
async function lintAndFix(paths: string[], settings: CliSettings, io: CliIo): Promise<LintResult> {
  const roots = paths.map((p) => resolve(p));
  const changedFiles = new Set<string>();
  let fixed = 0;
  let result = await lint(paths, settings.run, settings.optionsFor);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const plans = await planFixes(result, roots);
    if (plans.length === 0) break;
    for (const plan of plans) {
      await writeAtomically(plan.file, plan.after);
      changedFiles.add(plan.file);
      fixed += plan.fixed;
    }
    result = await lint(paths, settings.run, settings.optionsFor);
  }
  if (fixed > 0) io.stderr.write(`tlslint: fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${changedFiles.size} file${changedFiles.size === 1 ? '' : 's'}\n`);
  return result;
}

/** Prints the first pass of fixes as a unified diff and writes nothing. */
async function fixDryRun(paths: string[], settings: CliSettings, io: CliIo): Promise<number> {
  const result = await lint(paths, settings.run, settings.optionsFor);
  const plans = await planFixes(result, paths.map((p) => resolve(p)));
  io.stdout.write(plans.map((plan) => unifiedDiff(plan, relative(result.root, plan.file))).join(''));
  return exitCodeFor(result, settings.failOn);
}

async function useBaseline(file: string, update: boolean, result: LintResult, io: CliIo): Promise<void> {
  const path = resolve(io.cwd, file);
  if (update) {
    const count = await writeBaseline(path, result);
    io.stderr.write(`tlslint: wrote ${count} fingerprints to ${file}\n`);
    return;
  }
  if (!existsSync(path)) throw new UsageError(`Baseline "${file}" does not exist: create it with --baseline ${file} --update-baseline`);
  try {
    await applyBaseline(path, result);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** 2 when nothing could be linted, 1 when a finding reaches the threshold, else 0. */
export function exitCodeFor(result: LintResult, failOn: Severity): number {
  if (!result.executionSuccessful) return 2;
  return result.findings.some((f) => !f.suppression && atLeast(f.severity, failOn)) ? 1 : 0;
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
