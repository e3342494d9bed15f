// `--fix` killed at any point leaves every file with its old or its new content, never a mix.
// The built CLI (bin/tlslint.js, rebuilt by `npm test`) runs with a preload that SIGKILLs the process at
// the N-th step of its writes: after opening a temp file, halfway through writing it (the first half
// written), just before and just after the rename; N runs over every step of the run. A second part
// kills at random moments. Then a full --fix must finish the job.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'tlslint.js');
const SEED = Number(process.env.FC_SEED ?? 20261125);
const RANDOM_KILLS = Math.max(4, Math.min(Number(process.env.FC_RUNS ?? 8), 200));
const scratch = mkdtempSync(join(tmpdir(), 'tlslint-fix-kill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PRELOAD = join(scratch, 'kill-at.mjs');
writeFileSync(
  PRELOAD,
  `import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
const killAt = Number(process.env.TLSLINT_KILL_AT ?? 0);
let steps = 0;
const die = () => process.kill(process.pid, 'SIGKILL');
const step = () => ++steps === killAt;
const realOpen = fsp.open;
const realRename = fsp.rename;
fsp.open = async (path, flags, mode) => {
  const handle = await realOpen(path, flags, mode);
  if (flags !== 'wx') return handle;
  if (step()) die();
  const write = handle.writeFile.bind(handle);
  handle.writeFile = async (data) => {
    if (step()) {
      await write(String(data).slice(0, String(data).length >> 1));
      await handle.sync();
      die();
    }
    return write(data);
  };
  return handle;
};
fsp.rename = async (from, to) => {
  if (step()) die();
  await realRename(from, to);
  if (step()) die();
};
process.on('exit', () => { if (process.env.TLSLINT_COUNT_STEPS) process.stderr.write('steps=' + steps + '\\n'); });
syncBuiltinESMExports();
`,
);

/** One server with two single-pass fixes: the profile's protocol list, and `always` on its HSTS header. */
function server(i: number): string {
  return `server {
    listen 443 ssl;
    server_name site${i}.example.com;
    ssl_certificate /etc/ssl/site${i}.pem;
    ssl_certificate_key /etc/ssl/site${i}.key;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
    add_header Strict-Transport-Security "max-age=63072000";
    location / {
        proxy_pass http://127.0.0.1:${8000 + i};
    }
}
`;
}

interface TreeFile {
  name: string;
  text: string;
  mode: number;
}

const FILES: TreeFile[] = [0, 1, 2, 3, 4, 5].map((n) => {
  const text = Array.from({ length: 8 + n * 6 }, (_, i) => server(n * 1000 + i)).join('\n');
  return { name: `site${n}.conf`, text: n % 2 ? text.replace(/\n/g, '\r\n') : text, mode: [0o644, 0o600, 0o640, 0o755, 0o664, 0o604][n] };
});

function makeTree(dir: string): string {
  const confd = join(dir, 'nginx', 'conf.d');
  mkdirSync(confd, { recursive: true });
  for (const file of FILES) {
    writeFileSync(join(confd, file.name), file.text);
    chmodSync(join(confd, file.name), file.mode);
  }
  return join(dir, 'nginx');
}

function runFix(dir: string, killAt: number, extraEnv: Record<string, string> = {}): { status: number | null; signal: NodeJS.Signals | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', PRELOAD, BIN, '--fix', '--server-version', '1.22.1', '--rule', 'ocsp-stapling-disabled=off', 'nginx'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TLSLINT_KILL_AT: String(killAt), ...extraEnv },
  });
  return { status: result.status, signal: result.signal, stderr: result.stderr };
}

/** The contents after a complete --fix, and how many write steps that run takes. */
const reference = (() => {
  const dir = join(scratch, 'reference');
  makeTree(dir);
  const run = runFix(dir, 0, { TLSLINT_COUNT_STEPS: '1' });
  const steps = Number(/steps=(\d+)/.exec(run.stderr)?.[1] ?? 0);
  const fixed = new Map(FILES.map((file) => [file.name, readFileSync(join(dir, 'nginx', 'conf.d', file.name), 'utf8')]));
  return { steps, fixed };
})();

/** Problems with the tree after a kill: files neither old nor new, modes lost, temp files under config names. */
function problemsAfterKill(dir: string): string[] {
  const problems: string[] = [];
  const confd = join(dir, 'nginx', 'conf.d');
  for (const file of FILES) {
    const text = readFileSync(join(confd, file.name), 'utf8');
    if (text !== file.text && text !== reference.fixed.get(file.name)) problems.push(`${file.name}: neither its old nor its new content (${text.length} chars)`);
    const mode = statSync(join(confd, file.name)).mode & 0o7777;
    if (mode !== file.mode) problems.push(`${file.name}: mode ${mode.toString(8)}, expected ${file.mode.toString(8)}`);
  }
  const names = readdirSync(confd);
  for (const name of names) if (!FILES.some((f) => f.name === name) && !/^\.site\d\.conf\.tlslint-[0-9a-f]{12}$/.test(name)) problems.push(`unexpected file ${name}`);
  return problems;
}

/** After the kill, a complete --fix leaves every file fixed and nothing left to fix. */
function problemsAfterRerun(dir: string): string[] {
  const rerun = runFix(dir, 0);
  const problems = rerun.signal ? [`re-run killed by ${rerun.signal}`] : [];
  const confd = join(dir, 'nginx', 'conf.d');
  for (const file of FILES) {
    if (readFileSync(join(confd, file.name), 'utf8') !== reference.fixed.get(file.name)) problems.push(`${file.name}: not fixed by the re-run`);
  }
  return problems;
}

/** mulberry32: the kill moments replay from FC_SEED. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('--fix killed mid-run', () => {
  it('the reference run fixes every file in one pass of four write steps per file', () => {
    expect(reference.steps).toBe(FILES.length * 4);
    for (const file of FILES) {
      const fixed = reference.fixed.get(file.name)!;
      expect(fixed).not.toBe(file.text);
      expect(fixed).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
      expect(fixed.includes('\r\n')).toBe(file.text.includes('\r\n'));
    }
  });

  it('leaves old or new content at every write step it can be killed at', () => {
    const problems: string[] = [];
    for (let killAt = 1; killAt <= reference.steps; killAt++) {
      const dir = join(scratch, `step-${killAt}`);
      makeTree(dir);
      const run = runFix(dir, killAt);
      if (run.signal !== 'SIGKILL') problems.push(`step ${killAt}: the run was not killed (status ${run.status})`);
      for (const problem of problemsAfterKill(dir)) problems.push(`step ${killAt}: ${problem}`);
      if (killAt % 6 === 0 || killAt === reference.steps) for (const problem of problemsAfterRerun(dir)) problems.push(`step ${killAt}, re-run: ${problem}`);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  });

  it(`leaves old or new content when killed at ${RANDOM_KILLS} random moments (seed ${SEED})`, async () => {
    const { spawn } = await import('node:child_process');
    const next = random(SEED);
    const timing = join(scratch, 'timing');
    makeTree(timing);
    const started = Date.now();
    runFix(timing, 0);
    const duration = Math.max(50, Date.now() - started);
    const problems: string[] = [];
    for (let round = 0; round < RANDOM_KILLS; round++) {
      const dir = join(scratch, `random-${round}`);
      makeTree(dir);
      const delay = Math.floor(next() * duration * 1.2);
      const child = spawn(process.execPath, [BIN, '--fix', '--server-version', '1.22.1', '--rule', 'ocsp-stapling-disabled=off', 'nginx'], { cwd: dir, stdio: 'ignore' });
      await new Promise<void>((done) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        child.on('exit', () => (clearTimeout(timer), done()));
      });
      for (const problem of problemsAfterKill(dir)) problems.push(`kill after ${delay} ms: ${problem}`);
      for (const problem of problemsAfterRerun(dir)) problems.push(`kill after ${delay} ms, re-run: ${problem}`);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  });
});

// The preload must be able to catch a non-atomic writer: the same checks on a writer that truncates
// the config in place and is killed halfway through must fail.
describe('the kill harness', () => {
  it('catches a writer that is not atomic', () => {
    const dir = join(scratch, 'non-atomic');
    const nginx = makeTree(dir);
    const target = join(nginx, 'conf.d', FILES[0].name);
    writeFileSync(target, reference.fixed.get(FILES[0].name)!.slice(0, 1000));
    expect(problemsAfterKill(dir)).toEqual([`${FILES[0].name}: neither its old nor its new content (1000 chars)`]);
    cpSync(join(scratch, 'reference', 'nginx'), nginx, { recursive: true });
    expect(problemsAfterKill(dir)).toEqual([]);
  });
});
