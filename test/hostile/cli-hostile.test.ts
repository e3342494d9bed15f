// The CLI on hostile trees: deep nesting, limits, missing, binary and vanishing files; clear messages, no crash, exit 2 when a named file was not linted.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, settingsFromFlags, type CliFlags } from '../../src/cli/options.js';
import { renderReport } from '../../src/cli/render.js';
import { lint } from '../../src/engine/run.js';
import { allRules } from '../../rules/index.js';
import { expectNoCrash, runCli } from './cli-helpers.js';
import { makeTree } from './fs-helpers.js';

const TLS_SERVER = 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n}\n';

describe('tlslint CLI on hostile input', () => {
  it('reports 10,000 nested blocks as a parse-error finding', async () => {
    const root = makeTree({ 'nginx.conf': `${'server {\n'.repeat(10_000)}${'}\n'.repeat(10_000)}` });
    const run = await runCli([], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/nested deeper than \d+ levels.*parse-error/);
  });

  // A named file that was not linted is no pass, whatever the rest found (#18, item 8).
  it('goes on past an unreadable path, reports the rest, and exits 2', async () => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER });
    const run = await runCli([], root, ['missing.conf', 'nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/No such file or directory: .*missing\.conf/);
    expect(run.stdout).toMatch(/protocol-deprecated/);
  });

  it('exits 2 when the only file is over --max-file-size, naming the limit and the flag', async () => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER.repeat(20) });
    const run = await runCli(['--max-file-size', '1K'], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/nginx\.conf.* is \d+ bytes, over the file size limit of 1024 bytes \(--max-file-size\)/);
  });

  it('lints the rest when includes hit a limit, and says which limit and flag', async () => {
    const root = makeTree({
      'nginx.conf': `include @/big.conf;\ninclude @/a.conf;\n${TLS_SERVER}`,
      'big.conf': '# padding\n'.repeat(500),
      'a.conf': 'include @/b.conf;\n',
      'b.conf': 'include @/c.conf;\n',
      'c.conf': '\n',
    });
    const run = await runCli(['--max-file-size', '1K', '--max-include-depth', '2'], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const output = run.stdout + run.stderr;
    expect(output).toMatch(/big\.conf.* over the file size limit of 1024 bytes \(--max-file-size\)/);
    expect(output).toMatch(/Includes nested deeper than 2 levels \(--max-include-depth\)/);
    expect(output).toMatch(/protocol-deprecated/);
    const raised = await runCli(['--max-file-size', '1M', '--max-include-depth', '5'], root, ['nginx.conf']);
    expect(raised.stdout + raised.stderr).not.toMatch(/--max-/);
  });

  it('rejects a malformed limit as a usage error', async () => {
    const run = await runCli(['--max-include-depth', 'deep'], makeTree({}), ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Invalid --max-include-depth "deep": expected a whole number/);
  });

  it('reports include cycles, self-includes, symlink loops and directories as findings and goes on', async () => {
    const root = makeTree({
      'nginx.conf': `include @/nginx.conf;\ninclude @/a.conf;\ninclude @/loop.conf;\ninclude @/conf.d/*;\n${TLS_SERVER}`,
      'a.conf': 'include @/b.conf;\n',
      'b.conf': 'include @/a.conf;\n',
      'loop.conf': { symlink: '@/loop.conf' },
      'conf.d/sub': { directory: true },
    });
    const run = await runCli(['--format', 'json'], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; message: string }> };
    const messages = report.findings.filter((f) => f.ruleId.startsWith('include-')).map((f) => `${f.ruleId}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^include-cycle: Include cycle: nginx\.conf -> nginx\.conf$/),
        expect.stringMatching(/^include-cycle: Include cycle: .*a\.conf -> b\.conf -> a\.conf$/),
        expect.stringMatching(/^include-cycle: .*loop\.conf.*too many levels of symbolic links$/),
        expect.stringMatching(/^include-not-found: .*conf\.d\/sub.*it is a directory/),
      ]),
    );
  });

  it('refuses a binary file named on the command line with a clear message', async () => {
    const root = makeTree({ 'image.conf': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d) });
    const run = await runCli([], root, ['image.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/image\.conf.*binary file/);
  });

  it('excerpts a long line around the finding, with the carets under it', async () => {
    const root = makeTree({ 'nginx.conf': `${'a'.repeat(3000)}; } ${'b'.repeat(3000)};\n` });
    const run = await runCli([], root, ['nginx.conf']);
    expectNoCrash(run);
    const lines = run.stdout.split('\n');
    const source = lines.findIndex((line) => line.startsWith('    1 | '));
    expect(lines[source]).toMatch(/^ {4}1 \| …a+; } b+…$/);
    expect(lines[source].length).toBeLessThan(200);
    const caret = lines[source + 1].indexOf('^');
    expect(lines[source][caret]).toBe('}');
  });

  it('reports in every format when a linted file is deleted before the report is written', async () => {
    const root = makeTree({ 'nginx.conf': TLS_SERVER, 'other.conf': TLS_SERVER });
    const flags: CliFlags = { format: 'stylish', profile: 'intermediate', guidelines: '6.0', openssl: '3.0', rule: [], failOn: 'warning', map: [], dialect: 'nginx' };
    const settings = settingsFromFlags(flags, allRules.map((r) => r.meta.id), root);
    const result = await lint([join(root, 'nginx.conf'), join(root, 'other.conf')], settings.run);
    expect(result.findings.length).toBeGreaterThan(0);
    rmSync(join(root, 'nginx.conf'));
    for (const format of FORMATS) {
      const report = [...renderReport(result, { ...settings, format }, { stdout: { isTTY: false }, env: {} })].join('');
      expect(report).toMatch(/nginx\.conf/);
      expect(report).toMatch(/other\.conf/);
    }
  });
});
