// Hostile config input: output bounded in the input, no silent pass when the stack runs out, no secret
// quoted from a file that is not a config, bounded glob walks, and invalid UTF-8 reported as the README says.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { FORMATS } from '../../src/cli/options.js';
import { Capture } from '../helpers/run-cli.js';
import { expandGlob } from '../../src/dialects/glob.js';
import { MAX_PARSE_ERRORS } from '../../src/syntax/diagnostics.js';
import { expectNoCrash, runCli } from './cli-helpers.js';
import { makeTree } from './fs-helpers.js';

/** Calls of compiled `ignore` matchers: work counted, not timed. */
const matcherCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('picomatch', async (importOriginal) => {
  const original = (await importOriginal<{ default: (...args: unknown[]) => (path: string) => boolean }>()).default;
  const counting = (...args: unknown[]) => {
    const matcher = original(...args);
    return (path: string) => {
      matcherCalls.count++;
      return matcher(path);
    };
  };
  return { default: Object.assign(counting, original) };
});

const TLS_SERVER = 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n}\n';

describe('parse errors are capped per file (#18 item 2)', () => {
  it(`200 KB of ";" gives ${MAX_PARSE_ERRORS} parse errors and one "more", in a small report`, async () => {
    const root = makeTree({ 'nginx.conf': `${TLS_SERVER}${';'.repeat(200_000)}\n` });
    const run = await runCli(['-f', 'json'], root, ['nginx.conf']);
    expectNoCrash(run);
    const errors = (JSON.parse(run.stdout).findings as { ruleId: string; message: string }[]).filter((f) => f.ruleId === 'parse-error');
    expect(errors).toHaveLength(MAX_PARSE_ERRORS + 1);
    expect(errors.at(-1)!.message).toMatch(new RegExp(`^${200_000 - MAX_PARSE_ERRORS} more parse errors`));
    expect(run.stdout.length).toBeLessThan(100_000);
    expect(run.stdout).toContain('protocol-deprecated');
  });
});

describe('no silent pass when the stack runs out (#18 item 6)', () => {
  it('49 included files of 99 nested locations (valid nginx): exit 2, and the run says the tree was not checked', async () => {
    const files: Record<string, string> = {
      'nginx.conf': 'events {}\nhttp {\n    include inc/f0.conf;\n    server {\n        listen 443 ssl;\n        ssl_certificate /c.pem;\n        ssl_certificate_key /c.key;\n        ssl_protocols TLSv1;\n    }\n}\n',
    };
    for (let index = 0; index < 49; index++) {
      const inner = index < 48 ? `include inc/f${index + 1}.conf;\n` : 'root /x;\n';
      const body = `${'location /a {\n'.repeat(99)}${inner}${'}\n'.repeat(99)}`;
      files[`inc/f${index}.conf`] = index === 0 ? `server {\n${body}}\n` : body;
    }
    const root = makeTree(files);
    const run = await runCli(['-f', 'json'], root, ['nginx.conf']);
    expectNoCrash(run);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
    // Either the tree is modelled (then TLSv1 is reported) or the run fails: never exit 0 with nothing said.
    if (report.findings.some((f) => f.ruleId === 'protocol-deprecated')) expect(run.code).toBe(1);
    else {
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/nest blocks too deeply/);
    }
  });

  it('a 12 MB quoted string is one token: the file is parsed and its other directives checked', async () => {
    const root = makeTree({ 'nginx.conf': `${TLS_SERVER}map $x $y {\n    default "${'a'.repeat(12_000_000)}";\n}\n` });
    const run = await runCli(['-f', 'json'], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.stdout).not.toMatch(/parser failed/);
    expect(run.stdout).toContain('protocol-deprecated');
  });
});

describe('files that are not configuration are never quoted (#18 item 7)', () => {
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const secretFiles: Record<string, string> = {
    'home/.aws/credentials': `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${SECRET}\n`,
    'home/.netrc': `machine example.com login me password ${SECRET}\n`,
    'repo/.git/config': `[remote "origin"]\n\turl = https://me:${SECRET}@example.com/x.git\n`,
    'home/token': `${SECRET}\n`,
  };

  it.each(Object.keys(secretFiles))('include %s: no byte of it in any format, a parse error without a quote', async (path) => {
    const root = makeTree({ ...secretFiles, 'nginx.conf': `server {\n    listen 443 ssl;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n    include @/${path};\n}\n` });
    for (const format of FORMATS) {
      const run = await runCli(['-f', format], root, ['nginx.conf']);
      expectNoCrash(run);
      expect(run.code).toBe(1);
      for (const piece of [SECRET, SECRET.slice(0, 12), 'AKIAIOSF', 'aws_secret', 'example.com login']) expect(run.stdout + run.stderr, format).not.toContain(piece);
      expect(run.stdout, format).toMatch(/does not parse as any|not quoted/);
    }
  });

  it('a config with a typo is still excerpted, and its parse error quotes only the directive name, cut short', async () => {
    const root = makeTree({ 'nginx.conf': `${TLS_SERVER}server_name ${'s'.repeat(100)}\n` });
    const run = await runCli([], root, ['nginx.conf']);
    expect(run.stdout).toMatch(/Missing ";" to end the "server_name" directive/);
    expect(run.stdout).toContain('|     ssl_protocols TLSv1 TLSv1.2;');
    const sarif = await runCli(['-f', 'sarif'], root, ['nginx.conf']);
    expect(sarif.stdout).toContain('"snippet"');
    expect((await runCli(['-f', 'json'], root, ['nginx.conf'])).stdout).not.toContain('s'.repeat(40));
  });
});

describe('include globs and ignore globs are bounded (#18 item 9)', () => {
  it('an include glob stops after the directory entries it may visit, and matches nothing then', () => {
    const root = makeTree({});
    for (let dir = 0; dir < 30; dir++) {
      mkdirSync(join(root, `d${dir}`));
      for (let file = 0; file < 10; file++) writeFileSync(join(root, `d${dir}`, `f${file}.conf`), '');
    }
    expect(expandGlob(join(root, '*/*.conf'))).toEqual({ paths: expect.any(Array), cut: false, regular: expect.any(Set) });
    expect(expandGlob(join(root, '*/*.conf')).paths).toHaveLength(300);
    expect(expandGlob(join(root, '*/*.conf'), 100)).toEqual({ paths: [], cut: true, regular: new Set() });
  });

  it('the loader warns when a glob is cut, naming the include', async () => {
    // The real disk from "/": more than the default budget on any machine with an OS on it.
    const root = makeTree({ 'nginx.conf': `include /*/*/*/*/*/*/*.conf;\n${TLS_SERVER}` });
    const run = await runCli(['-f', 'json'], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.stdout).toMatch(/Include glob .* visits more than \d+ directory entries/);
    expect(run.stdout).toContain('protocol-deprecated');
  });

  it('ignore globs test a bounded number of directories above a file 1,500 levels deep', async () => {
    const deep = Array.from({ length: 1500 }, () => 'a').join('/');
    const root = makeTree({ '.tlslintrc.json': '{ "ignore": ["**/b/**/c/**/d", "vendor"] }\n', 'vendor/x/nginx.conf': TLS_SERVER });
    mkdirSync(join(root, deep), { recursive: true });
    writeFileSync(join(root, deep, 'site.conf'), TLS_SERVER);
    matcherCalls.count = 0;
    const run = await runCli(['-f', 'json'], root, [join(deep, 'site.conf'), 'vendor/x/nginx.conf']);
    expectNoCrash(run);
    expect(run.stdout).toContain('protocol-deprecated');
    // The directory above still ignores the file below it.
    expect(run.stdout).toMatch(/ignored by the config's .*vendor\/x\/nginx\.conf/);
    // Each of a few lookups of the deep file tests the file and at most 32 directories, not 1,500.
    expect(matcherCalls.count).toBeLessThan(500);
  });
});

describe('invalid UTF-8 is a parse error, as the README says (#18 item 13)', () => {
  it('on stdin too', async () => {
    const [stdout, stderr] = [new Capture(), new Capture()];
    const text = Buffer.concat([Buffer.from(`${TLS_SERVER}# caf`), Buffer.from([0xe9, 0x0a])]);
    const cwd = makeTree({});
    await main(['--stdin', '--stdin-filename', 'nginx.conf', '-f', 'json'], { stdin: Readable.from([text]), stdout, stderr, env: { NO_COLOR: '1' }, cwd });
    const errors = (JSON.parse(stdout.text).findings as { ruleId: string; message: string; line: number; column: number }[]).filter((f) => f.ruleId === 'parse-error');
    expect(errors).toEqual([expect.objectContaining({ line: 7, column: 6, message: expect.stringMatching(/got byte 0xE9/) })]);
  });

  it('reports the first bad byte by line and column, and lints the rest', async () => {
    const root = makeTree({ 'nginx.conf': Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${TLS_SERVER}# na\u00efve ok\n# bad again `), Buffer.from([0xff, 0x0a])]) });
    const run = await runCli(['-f', 'json'], root, ['nginx.conf']);
    expectNoCrash(run);
    const errors = (JSON.parse(run.stdout).findings as { ruleId: string; message: string; line: number; column: number }[]).filter((f) => f.ruleId === 'parse-error');
    expect(errors).toEqual([expect.objectContaining({ line: 1, column: 6, message: expect.stringMatching(/Expected UTF-8 text, got byte 0xE9/) })]);
    expect(run.stdout).toContain('protocol-deprecated');
  });
});
