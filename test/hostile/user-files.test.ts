// The files tlslint reads and writes besides configs: special files never hang it, outputs never replace a
// linted file, temp files never follow a planted link, and the user's own mistakes are not "internal errors".
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { readRegularFile, RefusedFile } from '../../src/engine/read-file.js';
import { Capture } from '../helpers/run-cli.js';
import { expectNoCrash, runCli } from './cli-helpers.js';
import { makeTree } from './fs-helpers.js';

const TLS_SERVER = 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n    ssl_certificate @/site.pem;\n    ssl_certificate_key /c.key;\n}\n';

/** A FIFO nobody writes to: reading it the ordinary way blocks forever, opening it for writing too. */
function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

// Each of these used to block the event loop for good (a FIFO) or fill memory (/dev/zero): a regression
// shows as a test that never ends, which no in-process timeout can stop, so CI's own limit catches it.
describe('special files are refused after opening, never read to their end (#18 item 1)', () => {
  it('reads a regular file, and refuses a device, a FIFO and a directory by what the open descriptor is', () => {
    const root = makeTree({ 'a.conf': 'x;\n' });
    expect(readRegularFile(join(root, 'a.conf'), 10).toString()).toBe('x;\n');
    for (const path of ['/dev/zero', '/dev/urandom', fifo(join(root, 'pipe')), root]) {
      expect(() => readRegularFile(path, 1 << 20), path).toThrow(RefusedFile);
    }
    expect(() => readRegularFile(join(root, 'a.conf'), 2)).toThrow(/3 bytes, over the limit of 2/);
  });

  it('reads transiently into a shared buffer under the same cap, each file whole', () => {
    const root = makeTree({ 'a.conf': 'x;\n', 'b.conf': 'longer;\n'.repeat(20), 'c.conf': 'y;\n' });
    for (const [name, text] of [['b.conf', 'longer;\n'.repeat(20)], ['a.conf', 'x;\n'], ['c.conf', 'y;\n']]) {
      expect(readRegularFile(join(root, name), 1 << 20, true).toString()).toBe(text);
    }
    expect(() => readRegularFile(join(root, 'b.conf'), 10, true)).toThrow(/160 bytes, over the limit of 10/);
    for (const path of ['/dev/zero', fifo(join(root, 'pipe'))]) expect(() => readRegularFile(path, 1 << 20, true), path).toThrow(RefusedFile);
  });

  it.each([
    ['a symlink to /dev/zero', (root: string) => symlinkSync('/dev/zero', join(root, 'site.pem'))],
    ['a FIFO', (root: string) => fifo(join(root, 'site.pem'))],
  ])('lints a config whose ssl_certificate is %s', async (_name, make) => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER });
    make(root);
    const run = await runCli(['-f', 'json'], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('protocol-deprecated');
  });

  it.each([
    ['-c /dev/zero', () => ['-c', '/dev/zero'], /\/dev\/zero.*not a regular file/],
    ['-c FIFO', (root: string) => ['-c', fifo(join(root, 'rc.json'))], /rc\.json.*not a regular file/],
    ['--baseline FIFO', (root: string) => ['--baseline', fifo(join(root, 'base.json'))], /base\.json.*not a regular file/],
    ['-o FIFO', (root: string) => ['-o', fifo(join(root, 'out.txt'))], /out\.txt.*not a regular file/],
    ['-o /dev/zero', () => ['-o', '/dev/zero'], /\/dev\/zero.*not a regular file/],
    ['a named /dev/zero', () => ['/dev/zero'], /\/dev\/zero.*not a regular file/],
    // Caddy's loader sniffs a Caddyfile's head for JSON before reading it: that read must not block either.
    ['a FIFO named Caddyfile', (root: string) => [fifo(join(root, 'Caddyfile'))], /Caddyfile.*not a regular file/],
    ['a FIFO named caddy.json', (root: string) => [fifo(join(root, 'caddy.json'))], /caddy\.json.*not a regular file/],
  ])('%s: exit 2 with the reason', async (_name, args, reason) => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem') });
    const run = await runCli([...args(root)], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(reason);
  });
});

describe('standard input is capped like a file', () => {
  it('--stdin with an endless stream stops at --max-file-size: exit 2', async () => {
    const endless = Readable.from((function* () {
      for (;;) yield Buffer.alloc(4096, 0x3b);
    })());
    const [stdout, stderr] = [new Capture(), new Capture()];
    const code = await main(['--stdin', '--max-file-size', '64K'], { stdin: endless, stdout, stderr, env: { NO_COLOR: '1' }, cwd: makeTree({}) });
    expect(code).toBe(2);
    expect(stderr.text).toMatch(/Standard input is over the file size limit of 65536 bytes/);
  });
});

describe('a private key piped to --stdin is refused like a key file (#18 item 7)', () => {
  it('is not parsed, and no byte of it is printed', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const [stdout, stderr] = [new Capture(), new Capture()];
    const code = await main(['--stdin', '--stdin-filename', 'site.conf'], { stdin: Readable.from([Buffer.from(pem)]), stdout, stderr, env: { NO_COLOR: '1' }, cwd: makeTree({}) });
    expect(code).toBe(2);
    expect(stdout.text + stderr.text).toMatch(/private key/);
    for (const line of pem.split('\n').slice(1, -2)) expect(stdout.text + stderr.text).not.toContain(line.slice(0, 16));
  });
});

describe('a config file that is not one is never quoted (#18 item 7)', () => {
  const SHADOW = 'root:$6$Zq3xS3cr3tSalt$verysecrethashverysecrethash:20228:0:99999:7:::\n';
  it.each(['secret.yaml', 'secret.json', 'secret'])('-c %s holding a shadow line: exit 2, none of it printed', async (name) => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem'), [name]: SHADOW });
    const run = await runCli(['-c', join(root, name)], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    for (const piece of ['S3cr3t', 'verysecret', 'root:', '$6$']) expect(run.stdout + run.stderr).not.toContain(piece);
  });

  it('a misspelt setting still gets its did-you-mean', async () => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem'), '.tlslintrc.yaml': 'profil: modern\n' });
    const run = await runCli([], root, ['nginx.conf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown key "profil" \(did you mean "profile"\?\)/);
  });
});

describe('outputs never replace a linted file (#18 item 4)', () => {
  it.each([
    ['-o', (path: string) => ['-o', path]],
    ['--baseline --update-baseline', (path: string) => ['--baseline', path, '--update-baseline']],
  ])('%s naming the config, a symlink to it or a hard link to it: exit 2, the config untouched', async (_flag, args) => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER, 'link.conf': { symlink: '@/nginx.conf' } });
    linkSync(join(root, 'nginx.conf'), join(root, 'hard.conf'));
    const before = readFileSync(join(root, 'nginx.conf'), 'utf8');
    for (const target of ['nginx.conf', 'link.conf', 'hard.conf']) {
      const run = await runCli(args(join(root, target)), root, ['nginx.conf']);
      expectNoCrash(run);
      expect(run.code, target).toBe(2);
      expect(run.stderr).toMatch(/Refusing to write/);
      expect(readFileSync(join(root, 'nginx.conf'), 'utf8')).toBe(before);
    }
  });
});

describe('-o never replaces the config file or the baseline the run read (#18 item 4)', () => {
  it.each(['-c', '--baseline'])('-o naming the %s file: exit 2, the file untouched', async (flag) => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem'), 'input.json': '{ "profile": "intermediate" }\n' });
    const input = join(root, 'input.json');
    if (flag === '--baseline') await runCli(['--baseline', input, '--update-baseline'], root, ['nginx.conf']);
    const before = readFileSync(input, 'utf8');
    const run = await runCli([flag, input, '-o', input], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Refusing to write -o .*input\.json: it is a file this run read/);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });
});

describe('a named file that is not linted fails the run (#18 item 8)', () => {
  it.each([
    ['a FIFO', (root: string) => fifo(join(root, 'conf.d/site.conf')), []],
    ['over --max-file-size', (root: string) => writeFileSync(join(root, 'conf.d/site.conf'), `${TLS_SERVER}#${'x'.repeat(2048)}\n`), ['--max-file-size', '1K']],
  ])('conf.d/site.conf that is %s, with an nginx.conf above including it: exit 2', async (_name, make, flags) => {
    const root = makeTree({ 'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n', 'conf.d/other.conf': TLS_SERVER.replace('@/site.pem', '/c.pem') });
    make(root);
    const run = await runCli([...flags], root, ['conf.d/site.conf', 'conf.d/other.conf']);
    expectNoCrash(run);
    expect(run.stdout + run.stderr).toMatch(/site\.conf/);
    expect(run.code).toBe(2);
  });
});

describe('--update-baseline writes through a random, exclusively created temp file (#18 item 11)', () => {
  it('never follows a link planted at a guessable temp name, nor the link at the baseline path', async () => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem'), 'victim.txt': 'precious\n', 'other.txt': 'also precious\n' });
    // The old temp name was `.<name>.tlslint-<pid>`: plant a link there to the victim.
    symlinkSync(join(root, 'victim.txt'), join(root, `.base.json.tlslint-${process.pid}`));
    const run = await runCli(['--baseline', join(root, 'base.json'), '--update-baseline'], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(JSON.parse(readFileSync(join(root, 'base.json'), 'utf8')).fingerprints.length).toBeGreaterThan(0);
    // A symlink at the baseline path is replaced, not written through.
    symlinkSync(join(root, 'other.txt'), join(root, 'linked.json'));
    await runCli(['--baseline', join(root, 'linked.json'), '--update-baseline'], root, ['nginx.conf']);
    expect(readFileSync(join(root, 'other.txt'), 'utf8')).toBe('also precious\n');
  });
});

describe('user errors are named as such, never "internal error" (#18 item 14)', () => {
  it('-o into a missing directory', async () => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem') });
    const run = await runCli(['-o', join(root, 'missing/report.txt')], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot write the report to .*missing\/report\.txt: no such file or directory/);
  });

  it('a YAML alias bomb in .tlslintrc.yaml', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) levels.push(`${'abcdefghi'[level]}: &${'abcdefghi'[level]} [${Array(9).fill(`*${'abcdefghi'[level - 1]}`).join(',')}]`);
    const root = makeTree({ 'nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem'), '.tlslintrc.yaml': `${levels.join('\n')}\n` });
    const run = await runCli([], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.tlslintrc\.yaml: invalid YAML/);
  });

  it.each(['--max-file-size', '--max-included-files', '--max-include-depth'])('an empty %s value', async (flag) => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem') });
    const run = await runCli([flag, ''], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Invalid ${flag} ""`);
  });

  it('a .tlslintrc above the repository (.git) or above --root does not apply', async () => {
    // The config above turns the finding off; inside the repository nothing should.
    const root = makeTree({ '.tlslintrc.json': '{ "rules": { "protocol-deprecated": "off" } }\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem'), 'tree/nginx.conf': TLS_SERVER.replace('@/site.pem', '/c.pem') });
    const inRepo = await runCli([], join(root, 'repo'), ['nginx.conf']);
    expect(inRepo.stdout).toContain('protocol-deprecated');
    const underRoot = await runCli(['--root', join(root, 'tree')], join(root, 'tree'), ['nginx.conf']);
    expect(underRoot.stdout).toContain('protocol-deprecated');
    // Without a repository or --root, the nearest config above still applies.
    const plain = await runCli([], join(root, 'tree'), ['nginx.conf']);
    expect(plain.stdout).not.toContain('protocol-deprecated');
  });
});
