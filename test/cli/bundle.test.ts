// bin/tlslint.js is the bundled CLI that users, pre-commit and the GitHub Action run. `npm test` rebuilds it
// before vitest starts; this runs the bundle itself, outside vitest's module loader.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'tlslint.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the bundled CLI (bin/tlslint.js)', () => {
  it('imports nothing but Node built-ins and its own chunks', () => {
    const files = [BIN, ...readdirSync(join(ROOT, 'bin', 'chunks')).map((name) => join(ROOT, 'bin', 'chunks', name))];
    for (const file of files) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:^import\s[^;]*?from\s*|\bimport\()\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      expect(specifiers.filter((s) => !s.startsWith('node:') && !/^\.\.?\/(chunks\/)?[\w-]+\.js$/.test(s)), file).toEqual([]);
    }
  });

  it('loads no Node built-in a plain run does not use (tls, child_process, v8, vm; crypto, for a report without fingerprints)', () => {
    // Printed at exit, before stderr itself is made: the built-ins the run loaded, as Node lists them.
    const hook = 'data:text/javascript,process.on("exit",()=>{const l=JSON.stringify(process.moduleLoadList);process.stderr.write(l)})';
    const result = spawnSync(process.execPath, ['--import', hook, BIN, '--dialect', 'apache', 'fixtures/apache/hsts-missing/inherited.conf'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const loaded = (JSON.parse(result.stderr) as string[]).filter((entry) => entry.startsWith('NativeModule '));
    expect(loaded).toContain('NativeModule fs');
    expect(loaded.filter((entry) => /^NativeModule (tls|_tls_wrap|child_process|dgram|v8|vm|crypto)$/.test(entry))).toEqual([]);
  });

  it('stops quietly when the reader of its output goes away (`tlslint ... | head`)', async () => {
    const child = spawn(process.execPath, [BIN, 'fixtures/'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Like `head -1`: read the first chunk, then close the pipe while the report is still being written.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('lints the shipped examples: findings, exit 1, nothing on stderr', () => {
    const result = run('examples/');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/problems? \(/);
    expect(result.stderr).toBe('');
  });

  it('prints its version and the rule pages it ships', () => {
    expect(run('--version').stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const page = run('rules', 'hsts-missing');
    expect(page.status).toBe(0);
    expect(page.stdout).toContain('hsts-missing');
  });
});
