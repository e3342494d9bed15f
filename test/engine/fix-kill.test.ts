// `--fix` killed at any moment (SIGKILL from outside after a random delay, or from inside at the N-th call on
// the write path) leaves every config holding its old or its new content, never a mix, with its mode; leftover
// temp files never replace a config and are never linted; a second `--fix` run finishes the job.
//
// Runs the bundled CLI (bin/tlslint.js, which `npm test` builds first) as a child process. Rounds per variant:
// 8, or FC_RUNS / 50 (at least 8) when FC_RUNS is set (so `npm run test:hostile` runs 200); FC_SEED replays.
// Modes are checked exactly, group-writable ones included (the umask must not trim them); symlinked configs
// are covered in test/engine/fix.test.ts.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(REPO, 'bin', 'tlslint.js');
const SEED = Number(process.env.FC_SEED ?? 20260408);
const ROUNDS = process.env.FC_RUNS ? Math.max(8, Math.ceil(Number(process.env.FC_RUNS) / 50)) : 8;
/** Per test: spawned runs take about a second each on a loaded machine. */
const TIMEOUT = 60_000 + ROUNDS * 8_000;
/** `ssl on;` is only deprecated (and removed by the fix) from nginx 1.15.0 on. */
const FLAGS = ['--server-version', '1.24.0'];
/** Temp files of writeAtomically in src/engine/fix.ts: `.<name>.tlslint-<12 hex>` next to the file. */
const TEMP = /^\.(.+)\.tlslint-[0-9a-f]{12}$/;

/**
 * Preloaded with `--import` into the CLI: wraps the write path (write-mode `open`, the FileHandle's
 * `writeFile` — split into 4 KiB `write`s so a kill can land mid-file — `sync`, `close`, `rename` and
 * `fs.promises.writeFile`) and counts a step before and after each call. `TLSLINT_KILL_AT=N` SIGKILLs the
 * process at step N; `TLSLINT_KILL_LOG=file` records the steps (and which files were renamed onto).
 */
const PRELOAD = String.raw`
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const killAt = Number(process.env.TLSLINT_KILL_AT ?? 0);
const log = process.env.TLSLINT_KILL_LOG;
let count = 0;
function step(label) {
  count++;
  if (log) fs.appendFileSync(log, count + ' ' + label + '\n');
  if (count === killAt) process.kill(process.pid, 'SIGKILL');
}
const p = fs.promises;
const writing = new WeakSet();
const probe = await p.open(new URL(import.meta.url), 'r');
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();
const { open, rename, writeFile } = p;
p.open = async function (path, flags, ...rest) {
  const write = typeof flags === 'string' && /[wa+]/.test(flags);
  if (!write) return open.call(this, path, flags, ...rest);
  step('open-before ' + path);
  const handle = await open.call(this, path, flags, ...rest);
  writing.add(handle);
  step('open-after ' + path);
  return handle;
};
p.rename = async function (from, to) {
  step('rename-before ' + to);
  await rename.call(this, from, to);
  step('rename-after ' + to);
};
p.writeFile = async function (path, ...rest) {
  step('writeFile-before ' + path);
  await writeFile.call(this, path, ...rest);
  step('writeFile-after ' + path);
};
const { sync, close } = FileHandle;
FileHandle.writeFile = async function (data, options) {
  const bytes = typeof data === 'string' ? Buffer.from(data, typeof options === 'string' ? options : options?.encoding ?? 'utf8') : Buffer.from(data);
  let at = 0;
  do {
    step('write ' + at);
    at += (await this.write(bytes, at, Math.min(4096, bytes.length - at))).bytesWritten;
  } while (at < bytes.length);
  step('write-done');
};
for (const [name, original] of [['sync', sync], ['close', close]]) {
  FileHandle[name] = async function (...args) {
    const counted = writing.has(this);
    if (counted) step(name + '-before');
    const result = await original.apply(this, args);
    if (counted) step(name + '-after');
    return result;
  };
}
syncBuiltinESMExports();
`;

/** One server block with four fixable findings (ssl on, TLSv1/TLSv1.1, session tickets, HSTS without always). */
function server(name: string): string {
  return [
    'server {',
    '    listen 443 ssl;',
    `    server_name ${name}.example.com;`,
    `    ssl_certificate /etc/ssl/${name}.pem;`,
    `    ssl_certificate_key /etc/ssl/${name}.key;`,
    '    ssl on;',
    '    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;',
    '    ssl_session_tickets on;',
    '    add_header Strict-Transport-Security "max-age=63072000";',
    '',
    '    location / {',
    '        proxy_pass http://127.0.0.1:8080;',
    '    }',
    '}',
    '',
  ].join('\n');
}

/** The scratch tree: path, servers, CRLF, mode. */
const FILES: [string, number, boolean, number][] = [
  ['nginx/conf.d/big-lf.conf', 40, false, 0o644],
  ['nginx/conf.d/big-crlf.conf', 40, true, 0o600],
  ['nginx/sites-enabled/big-site', 30, true, 0o640],
  ['nginx/sites-available/medium', 15, false, 0o664],
  ['conf.d/medium-crlf.conf', 15, true, 0o660],
  ['conf.d/small.conf', 1, false, 0o755],
  // A read-only file is refused by --fix with a note (test/hostile covers it); here every file is writable.
  ['conf.d/owner-only.conf', 5, true, 0o600],
  ['sites-enabled/tiny', 1, true, 0o604],
];

function writeTree(dir: string): void {
  for (const [path, servers, crlf, mode] of FILES) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    let text = `# ${path}\n`;
    for (let i = 0; i < servers; i++) text += server(`${basename(path).replace(/\W/g, '-')}-${i}`);
    writeFileSync(file, crlf ? text.replace(/\n/g, '\r\n') : text);
    chmodSync(file, mode);
  }
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI on `dir`; `killAfter` ms SIGKILLs it from outside, `env` may arm the preload. */
function cli(dir: string, options: { killAfter?: number; preload?: string; env?: NodeJS.ProcessEnv; json?: boolean } = {}): Promise<Run> {
  const args = [...(options.preload ? ['--import', options.preload] : []), BIN, ...FLAGS, '--fix', ...(options.json ? ['-f', 'json'] : []), dir];
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (options.json ? (stdout += chunk) : undefined));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = options.killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfter);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, ms: performance.now() - start, stdout, stderr });
    });
  });
}

/** Every regular file under `dir`, relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const scratch = mkdtempSync(join(tmpdir(), 'tlslint-fix-kill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const pristine = join(scratch, 'pristine');
const preload = join(scratch, 'kill-preload.mjs');
const before = new Map<string, { bytes: Buffer; mode: number }>();
const after = new Map<string, Buffer>();
let fullRunMs = 0;
let killSteps = 0;
let round = 0;

beforeAll(async () => {
  writeFileSync(preload, PRELOAD);
  writeTree(pristine);
  for (const path of listFiles(pristine)) before.set(path, { bytes: readFileSync(join(pristine, path)), mode: statSync(join(pristine, path)).mode & 0o7777 });

  // The expected result: one uninterrupted run on a copy, timed, and one through the preload, which counts
  // the steps of the write path and checks each file is written once (a second pass would add states).
  const reference = join(scratch, 'reference');
  cpSync(pristine, reference, { recursive: true });
  const run = await cli(reference);
  expect(run.stderr).toMatch(/^tlslint: fixed \d+ problems in 8 files\n$/);
  fullRunMs = run.ms;
  for (const path of before.keys()) after.set(path, readFileSync(join(reference, path)));
  expect(listFiles(reference)).toEqual([...before.keys()]);

  const counted = join(scratch, 'counted');
  cpSync(pristine, counted, { recursive: true });
  const log = join(scratch, 'steps.log');
  const countedRun = await cli(counted, { preload, env: { TLSLINT_KILL_LOG: log } });
  expect(countedRun.code).toBe(1);
  for (const path of before.keys()) expect(readFileSync(join(counted, path)).equals(after.get(path)!), path).toBe(true);
  const steps = readFileSync(log, 'utf8').trim().split('\n');
  killSteps = steps.length;
  const renamed = steps.filter((s) => / rename-after /.test(s)).map((s) => relative(counted, s.split(' ').slice(2).join(' '))).sort();
  expect(renamed).toEqual([...before.keys()]);
  expect(steps.filter((s) => / write \d+$/.test(s)).length).toBeGreaterThan(renamed.length);
}, 60_000);

/** Kills one `--fix` run with `kill`, checks the tree, re-runs `--fix` and checks it finished; returns leftovers. */
async function killRound(kill: (dir: string) => Promise<Run>): Promise<{ killed: boolean; leftovers: number; fixedFiles: number }> {
  const dir = join(scratch, `round-${round++}`);
  cpSync(pristine, dir, { recursive: true });
  const killedRun = await kill(dir);
  const killed = killedRun.signal === 'SIGKILL';
  if (!killed) expect(killedRun.code, killedRun.stderr).toBe(1);

  const files = listFiles(dir);
  const temps = files.filter((path) => !before.has(path));
  for (const [path, old] of before) {
    expect(files, `${path} is gone`).toContain(path);
    const bytes = readFileSync(join(dir, path));
    const isOld = bytes.equals(old.bytes);
    const isNew = bytes.equals(after.get(path)!);
    expect(isOld || isNew, `${path} holds neither its old nor its new content (${bytes.length} bytes)`).toBe(true);
    expect(statSync(join(dir, path)).mode & 0o7777, `${path} mode`).toBe(old.mode);
  }
  for (const temp of temps) {
    const name = TEMP.exec(basename(temp));
    expect(name, `unexpected file ${temp}`).not.toBeNull();
    const target = join(dirname(temp), name![1]);
    expect(before.has(target), `${temp} belongs to no config`).toBe(true);
    // A leftover is the new content cut short (the kill landed before its rename).
    expect(after.get(target)!.subarray(0, statSync(join(dir, temp)).size).equals(readFileSync(join(dir, temp))), `${temp} content`).toBe(true);
  }
  const fixedFiles = [...before.keys()].filter((path) => readFileSync(join(dir, path)).equals(after.get(path)!)).length;

  // A second run finishes the job; leftover temp files are neither linted nor touched.
  const tempBytes = new Map(temps.map((temp) => [temp, readFileSync(join(dir, temp))]));
  const rerun = await cli(dir, { json: true });
  expect(rerun.signal).toBeNull();
  expect(rerun.code, rerun.stderr).toBe(1);
  for (const path of before.keys()) expect(readFileSync(join(dir, path)).equals(after.get(path)!), `${path} after the re-run`).toBe(true);
  expect(listFiles(dir)).toEqual(files);
  for (const [temp, bytes] of tempBytes) expect(readFileSync(join(dir, temp)).equals(bytes), `${temp} touched`).toBe(true);
  const reported = new Set((JSON.parse(rerun.stdout).findings as { file: string }[]).map((f) => basename(f.file)));
  expect([...reported].sort(), 'files with findings after the re-run').toEqual([...before.keys()].map((path) => basename(path)).sort());
  rmSync(dir, { recursive: true, force: true });
  return { killed, leftovers: temps.length, fixedFiles };
}

describe.concurrent('tlslint --fix killed mid-run', () => {
  it(`SIGKILL from inside at a random step of the write path (${ROUNDS} rounds, seed ${SEED})`, async () => {
    const outcomes: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.noBias(fc.integer({ min: 1, max: killSteps })), async (killAt) => {
        const { killed, leftovers, fixedFiles } = await killRound((dir) => cli(dir, { preload, env: { TLSLINT_KILL_AT: String(killAt) } }));
        expect(killed, `step ${killAt} of ${killSteps} did not kill`).toBe(true);
        outcomes.push(`step ${killAt}/${killSteps}: ${fixedFiles}/8 fixed, ${leftovers} temp left`);
      }),
      { seed: SEED, numRuns: ROUNDS, endOnFailure: true },
    );
    console.log(`fix-kill (preload): ${outcomes.join('; ')}`);
  }, TIMEOUT);

  it(`SIGKILL from outside after a random delay within one run (${ROUNDS} rounds, seed ${SEED})`, async () => {
    const outcomes: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.noBias(fc.integer({ min: 0, max: Math.ceil(fullRunMs) })), async (delay) => {
        const { killed, leftovers, fixedFiles } = await killRound((dir) => cli(dir, { killAfter: delay }));
        outcomes.push(`${delay}/${Math.ceil(fullRunMs)} ms: ${killed ? 'killed' : 'finished'}, ${fixedFiles}/8 fixed, ${leftovers} temp left`);
      }),
      { seed: SEED, numRuns: ROUNDS, endOnFailure: true },
    );
    console.log(`fix-kill (timed): ${outcomes.join('; ')}`);
  }, TIMEOUT);
});
