// The command line as a user meets it: exit codes, usage errors with hints, formats, colours.
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const scratch = mkdtempSync(join(tmpdir(), 'tlslint-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(args, scratch, env);
}

function writeConfig(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('tlslint CLI', () => {
  it('exits 0 on the clean example and 1 on the examples with mistakes', async () => {
    expect((await run([join(EXAMPLES, 'nginx/clean')])).code).toBe(0);
    const bad = await run([join(EXAMPLES, 'nginx/legacy')]);
    expect(bad.code).toBe(1);
    // nginx 1.29 no longer knows `ssl on;`, so the legacy server is plain HTTP on 443 and refuses to start.
    expect(bad.stdout).toContain('ssl-directive-deprecated');
    expect(bad.stdout).toContain('listen-443-no-tls');
    const old = await run(['--server-version', '1.22.1', join(EXAMPLES, 'nginx/legacy')]);
    expect(old.stdout).toContain('protocol-deprecated');
    expect(old.stdout).toContain('hsts-max-age-short');
  });

  it('reports an unknown option as a usage error with a hint and exit code 2', async () => {
    const { code, stderr } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown option '--bogus'/);
    expect(stderr).toContain("tlslint --help");
  });

  it.each([
    [['--profile', 'ancient'], /Allowed choices are modern, intermediate, old/],
    [['--rule', 'no-such-rule=off'], /Unknown rule "no-such-rule"/],
    [['--rule', 'hsts-missing=loud'], /Invalid value "loud"/],
    [['--now', 'yesterday'], /Invalid --now/],
    [['--server-version', 'latest'], /Invalid --server-version/],
    [['--map', 'etc=nginx'], /Invalid --map/],
  ])('rejects %j', async (args, message) => {
    const { code, stderr } = await run([...args, join(EXAMPLES, 'nginx/clean')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when nothing could be linted and says why, without a stack trace', async () => {
    const { code, stdout, stderr } = await run([join(scratch, 'missing.conf')]);
    expect(code).toBe(2);
    expect(stdout + stderr).toContain('No such file or directory');
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });

  it('--fail-on error ignores warnings', async () => {
    const file = writeConfig('warn-only.conf', 'server {\n    listen 443 ssl;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n}\n');
    const lenient = await run(['--fail-on', 'error', '--rule', 'ocsp-stapling-disabled=off', file]);
    const strict = await run(['--fail-on', 'note', file]);
    expect(lenient.code).toBe(0);
    expect(strict.code).toBe(1);
  });

  it('turns a rule off with --rule id=off', async () => {
    const { stdout } = await run(['--format', 'json', '--rule', 'protocol-deprecated=off', join(EXAMPLES, 'nginx/legacy')]);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('protocol-deprecated');
  });

  it('writes the report to -o FILE', async () => {
    const out = join(scratch, 'report.sarif');
    const { code, stdout } = await run(['--format', 'sarif', '-o', out, join(EXAMPLES, 'nginx/legacy')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  // Reports are written in pieces through a 3 MB buffer: a report of several buffers, with non-ASCII text
  // in it, must come out byte for byte as the same report printed to stdout.
  it('writes a report larger than its write buffer to -o FILE exactly as to stdout', async () => {
    const server = (i: number) => `server {\n    listen 443 ssl;\n    server_name café${i}.example;\n    ssl_protocols TLSv1 TLSv1.2;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n}\n`;
    const config = writeConfig('many.conf', Array.from({ length: 2500 }, (_, i) => server(i)).join(''));
    const out = join(scratch, 'many.sarif');
    const written = await run(['--format', 'sarif', '--now', '2026-01-01', '-o', out, config]);
    const printed = await run(['--format', 'sarif', '--now', '2026-01-01', config]);
    expect(readFileSync(out).length).toBeGreaterThan(3 * 1024 * 1024);
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
    expect(written.code).toBe(printed.code);
  });

  // Ranges count from after a BOM (the loader drops it); the snippet must come from that same text.
  it('takes SARIF snippets from the text it linted, BOM dropped', async () => {
    const config = writeConfig('bom.conf', '\uFEFFserver { listen 443 ssl; ssl_protocols TLSv1 TLSv1.2; ssl_certificate /c.pem; ssl_certificate_key /c.key; }\n');
    const { stdout } = await run(['--format', 'sarif', config]);
    const results = JSON.parse(stdout).runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { snippet?: { text: string } } } }[] }[];
    const deprecated = results.find((r) => r.ruleId === 'protocol-deprecated');
    expect(deprecated?.locations[0].physicalLocation.region.snippet?.text).toBe('TLSv1 TLSv1.2');
  });

  // nginx counts lines at LF only, and so do ranges: a file with old Mac line endings (lone CR) is one line,
  // and its snippets must be cut from that line.
  it('takes SARIF snippets from lines counted as ranges count them, lone CRs included', async () => {
    const config = writeConfig('cr.conf', 'server {\r    listen 443 ssl;\r    ssl_certificate /c.pem;\r    ssl_certificate_key /c.key;\r    ssl_protocols TLSv1 TLSv1.2;\r}\r');
    const { stdout } = await run(['--format', 'sarif', config]);
    const results = JSON.parse(stdout).runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number; snippet?: { text: string } } } }[] }[];
    const region = results.find((r) => r.ruleId === 'protocol-deprecated')?.locations[0].physicalLocation.region;
    expect(region).toMatchObject({ startLine: 1, snippet: { text: 'TLSv1 TLSv1.2' } });
  });

  it('uses no colour when NO_COLOR is set or stdout is not a terminal', async () => {
    const { stdout } = await run([join(EXAMPLES, 'nginx/legacy')], { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(stdout).not.toMatch(/\u001b\[/);
    const plain = await run([join(EXAMPLES, 'nginx/legacy')]);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await run([join(EXAMPLES, 'nginx/legacy')], { FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(/\u001b\[/);
  });

  it('lists rules and prints one rule page', async () => {
    const list = await run(['rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('hsts-missing');
    const page = await run(['rules', 'hsts-missing']);
    expect(page.stdout.startsWith('# hsts-missing')).toBe(true);
    expect((await run(['rules', 'nope'])).code).toBe(2);
  });

  it('maps an absolute include prefix into the checkout with --map', async () => {
    const dir = join(scratch, 'mapped');
    writeConfig('mapped-main.conf', '');
    rmSync(dir, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'snippets'), { recursive: true });
    writeFileSync(join(dir, 'nginx.conf'), 'events {}\nhttp {\n    include /etc/nginx/snippets/site.conf;\n}\n');
    writeFileSync(join(dir, 'snippets/site.conf'), 'server {\n    listen 443;\n    server_name a.example;\n}\n');
    const unmapped = await run(['--format', 'json', join(dir, 'nginx.conf')]);
    expect(JSON.parse(unmapped.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('include-not-found');
    const mapped = await run(['--format', 'json', '--map', `/etc/nginx=${dir}`, join(dir, 'nginx.conf')]);
    const ids = JSON.parse(mapped.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('include-not-found');
    expect(ids).toContain('listen-443-no-tls');
  });

  it('runs the ciphers subcommand with its own options, a leading "-" after --, and exit 1 when OpenSSL rejects the string', async () => {
    const names = await run(['ciphers', '-f', 'names', '--', '-ALL:ECDHE+AESGCM']);
    expect(names.code).toBe(0);
    expect(names.stdout.trim().split('\n')).toEqual([
      'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256',
    ]);
    const rejected = await run(['ciphers', 'NOPE']);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('rejects "NOPE"');
  });
});

describe('--baseline', () => {
  it('records today\'s findings, then reports only new ones (old ones stay in SARIF as suppressed)', async () => {
    const config = writeConfig('baseline.conf', 'server {\n    listen 443;\n    server_name a.example;\n}\n');
    const baseline = join(scratch, 'tlslint-baseline.json');
    expect((await run(['--baseline', baseline, config])).code).toBe(2);
    const recorded = await run(['--baseline', baseline, '--update-baseline', config]);
    expect(recorded.stderr).toMatch(/wrote \d+ fingerprints/);
    expect(JSON.parse(readFileSync(baseline, 'utf8'))).toMatchObject({ version: 1, tool: 'tlslint' });
    const again = await run(['--baseline', baseline, config]);
    expect(again).toMatchObject({ code: 0, stdout: '' });
    writeFileSync(config, '\n\nserver {\n    listen 443;\n    server_name a.example;\n}\nserver {\n    listen 8443 ssl;\n    server_name b.example;\n}\n');
    const moved = await run(['--baseline', baseline, '-f', 'json', config]);
    const findings = JSON.parse(moved.stdout).findings as { ruleId: string; suppressed: unknown; line: number }[];
    expect(findings.filter((f) => !f.suppressed).every((f) => f.line >= 7)).toBe(true);
    expect(findings.some((f) => f.suppressed && f.ruleId === 'listen-443-no-tls')).toBe(true);
  });
});
