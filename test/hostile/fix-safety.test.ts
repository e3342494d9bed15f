// --fix on files as users have them: bytes it does not edit stay as they were, a file that changed since it
// was linted is not written, nothing outside the linted tree is written, and hard-linked or read-only files
// are left alone with a note.
import { chmodSync, chownSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FixAbandoned, writeAtomically } from '../../src/engine/fix.js';
import { expectNoCrash, runCli } from './cli-helpers.js';
import { makeTree } from './fs-helpers.js';

/** When set, every lint run appends this to the named file after reading it: an editor saving mid-fix. */
const editor = vi.hoisted(() => ({ file: '', append: '' }));
vi.mock('../../src/engine/run.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/run.js')>();
  const { appendFileSync } = await import('node:fs');
  return {
    ...original,
    lint: async (...args: Parameters<typeof original.lint>) => {
      const result = await original.lint(...args);
      if (editor.file) appendFileSync(editor.file, editor.append);
      return result;
    },
  };
});

const FIXABLE = 'server {\n    listen 443 ssl;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n    ssl_protocols TLSv1 TLSv1.2;\n}\n';
const FIXED_LINE = 'ssl_protocols TLSv1.2 TLSv1.3;';
const FLAGS = ['--rule', 'hsts-missing=off', '--rule', 'session-tickets-enabled=off', '--rule', 'ocsp-stapling-disabled=off'];

const temps = (dir: string) => readdirSync(dir).filter((name) => name.includes('.tlslint-'));

describe('--fix keeps the bytes it does not edit (#18 item 3)', () => {
  it('leaves a Latin-1 file alone, says why, and --fix-dry-run says the same', async () => {
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${FIXABLE}`)]);
    const root = makeTree({ 'nginx.conf': bytes });
    const run = await runCli(['--fix', ...FLAGS], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(readFileSync(join(root, 'nginx.conf'))).toEqual(bytes);
    expect(run.stdout).toMatch(/Not fixed: .*nginx\.conf: it is not valid UTF-8/);
    const dry = await runCli(['--fix-dry-run', ...FLAGS], root, ['nginx.conf']);
    expect(dry.stdout).toBe('');
    expect(dry.stderr).toMatch(/not valid UTF-8/);
  });

  it('keeps a BOM, CRLF, a lone CR and multi-byte characters byte for byte around the edit', async () => {
    const text = `\uFEFF# caf\u00e9 \u{1F512}\r\n${FIXABLE.replace(/\n/g, '\r\n')}# old\rmac\r\n`;
    const root = makeTree({ 'nginx.conf': text });
    await runCli(['--fix', ...FLAGS], root, ['nginx.conf']);
    expect(readFileSync(join(root, 'nginx.conf'), 'utf8')).toBe(text.replace('ssl_protocols TLSv1 TLSv1.2;', FIXED_LINE));
  });
});

describe('--fix writes only a file that is still what was linted (#18 item 5)', () => {
  it('skips a file saved after it was linted, keeps the save, and exits 2', async () => {
    const root = makeTree({ 'nginx.conf': FIXABLE });
    const file = join(root, 'nginx.conf');
    Object.assign(editor, { file, append: '# saved by an editor\n' });
    try {
      const run = await runCli(['--fix', ...FLAGS], root, ['nginx.conf']);
      expectNoCrash(run);
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/Not fixed: .*nginx\.conf: it changed after it was linted/);
    } finally {
      Object.assign(editor, { file: '', append: '' });
    }
    expect(readFileSync(file, 'utf8')).toBe(`${FIXABLE}# saved by an editor\n`);
  });

  it('compares the file again just before the rename: nothing is written, no temp file is left', async () => {
    const root = makeTree({ 'a.conf': 'new text\n' });
    const file = join(root, 'a.conf');
    await expect(writeAtomically(file, 'fixed\n', Buffer.from('old text\n'))).rejects.toThrow(FixAbandoned);
    expect(readFileSync(file, 'utf8')).toBe('new text\n');
    expect(temps(root)).toEqual([]);
    await writeAtomically(file, 'fixed\n', Buffer.from('new text\n'));
    expect(readFileSync(file, 'utf8')).toBe('fixed\n');
  });

  it('8 runs fixing one file at once leave it fixed and whole', async () => {
    const root = makeTree({ 'nginx.conf': FIXABLE });
    const runs = await Promise.all(Array.from({ length: 8 }, () => runCli(['--fix', ...FLAGS], root, ['nginx.conf'])));
    for (const run of runs) expectNoCrash(run);
    expect(readFileSync(join(root, 'nginx.conf'), 'utf8')).toBe(FIXABLE.replace('ssl_protocols TLSv1 TLSv1.2;', FIXED_LINE));
    expect(temps(root)).toEqual([]);
  });
});

describe('--fix never writes outside the linted paths and --root (#18 item 10)', () => {
  it('leaves the target of a symlink out of the tree alone and says so', async () => {
    const root = makeTree({ 'outside/site.conf': FIXABLE });
    mkdirSync(join(root, 'tree'));
    symlinkSync(join(root, 'outside/site.conf'), join(root, 'tree/site.conf'));
    const run = await runCli(['--fix', '--root', join(root, 'tree'), ...FLAGS], join(root, 'tree'), ['tree/site.conf'].map((p) => join(root, p)));
    expectNoCrash(run);
    expect(readFileSync(join(root, 'outside/site.conf'), 'utf8')).toBe(FIXABLE);
    expect(run.stdout).toMatch(/Not fixed: .*site\.conf: it is .*outside\/site\.conf, outside the linted paths and --root/);
  });
});

describe('--fix on hard links and read-only files (#18 item 12)', () => {
  it('leaves a hard-linked file alone: a rename would split the names', async () => {
    const root = makeTree({ 'nginx.conf': FIXABLE });
    linkSync(join(root, 'nginx.conf'), join(root, 'other-name.conf'));
    const run = await runCli(['--fix', ...FLAGS], root, ['nginx.conf']);
    expect(run.stdout).toMatch(/Not fixed: .*nginx\.conf: it has 2 hard links/);
    expect(readFileSync(join(root, 'nginx.conf'), 'utf8')).toBe(FIXABLE);
    expect(statSync(join(root, 'nginx.conf')).ino).toBe(statSync(join(root, 'other-name.conf')).ino);
  });

  it('leaves a 0444 file alone, even when the process could replace it', async () => {
    const root = makeTree({ 'nginx.conf': FIXABLE });
    chmodSync(join(root, 'nginx.conf'), 0o444);
    const run = await runCli(['--fix', ...FLAGS], root, ['nginx.conf']);
    expect(run.stdout).toMatch(/Not fixed: .*nginx\.conf: it is read-only/);
    expect(readFileSync(join(root, 'nginx.conf'), 'utf8')).toBe(FIXABLE);
    expect(statSync(join(root, 'nginx.conf')).mode & 0o777).toBe(0o444);
  });

  // Needs root to give the file another owner; the chown of the temp file is then made to do nothing, as
  // it does for a user who is not root (the error is ignored there, so the check after it is what counts).
  // Only root may give a file to another owner; CI runs as root (.ci/run), so there it always runs.
  it.skipIf(process.getuid?.() !== 0 && process.env.CI !== 'true')('abandons the write when the temp file cannot get the owner and group', async () => {
    const { open } = await import('node:fs/promises');
    const root = makeTree({ 'a.conf': 'old\n' });
    const file = join(root, 'a.conf');
    chownSync(file, 12345, 12346);
    const probe = await open(file, 'r');
    const FileHandle = Object.getPrototypeOf(probe) as { chown: (uid: number, gid: number) => Promise<void> };
    await probe.close();
    const chown = vi.spyOn(FileHandle, 'chown').mockResolvedValue(undefined);
    try {
      await expect(writeAtomically(file, 'new\n', Buffer.from('old\n'))).rejects.toThrow(/owner and group \(12345:12346\) could not be kept/);
    } finally {
      chown.mockRestore();
    }
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(temps(root)).toEqual([]);
  });

  it('keeps mode, owner and group of a file it fixes', async () => {
    const root = makeTree({ 'nginx.conf': FIXABLE });
    const file = join(root, 'nginx.conf');
    chmodSync(file, 0o640);
    const before = statSync(file);
    writeFileSync(join(root, 'unrelated'), '');
    await runCli(['--fix', ...FLAGS], root, ['nginx.conf']);
    const after = statSync(file);
    expect(readFileSync(file, 'utf8')).toContain(FIXED_LINE);
    expect([after.mode, after.uid, after.gid]).toEqual([before.mode, before.uid, before.gid]);
  });
});
