// CLI behaviour users bring from ESLint and hadolint: no silent green run (exit 2 when a path matches
// nothing), --stdin, --quiet, --max-warnings, --fail-on none, counted disable comments, run-level config keys.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Capture, runCli } from '../helpers/run-cli.js';
import { validateSarif } from '../report/validate-sarif.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const scratch = mkdtempSync(join(tmpdir(), 'tlslint-adopt-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A file under the scratch directory, its directories made. */
function write(path: string, text: string): string {
  const full = join(scratch, path);
  mkdirSync(resolve(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

/** Runs in `cwd` with `text` on stdin. */
async function runWithStdin(args: string[], cwd: string, text: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdin: Readable.from([Buffer.from(text)]), stdout, stderr, env: { NO_COLOR: '1' }, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

// One warning (ocsp-stapling-disabled is a note; turned off) and nothing else: a server with a certificate but no HSTS.
const WARN_ONLY = 'server {\n    listen 443 ssl;\n    server_name w.example;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n}\n';

describe('no silent green run', () => {
  it('exits 2 naming a misspelled path next to a good one', async () => {
    const run = await runCli([join(EXAMPLES, 'nginx/clean'), 'nginx/clen.conf'], scratch);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No files matching "nginx/clen.conf" were found');
    expect(run.stderr).toContain('--no-error-on-unmatched-pattern');
  });

  write('empty/docs/README.md', '# nothing to lint\n');

  it('exits 2 when a directory holds no config file, and says so', async () => {
    const run = await runCli([], join(scratch, 'empty'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No config files found in "."');
  });

  // Every server tlslint recognises is read now (PLANNED_DIALECTS is empty): a Caddy-only tree is linted, not skipped.
  it('lints a directory holding only Caddy configs as Caddy', async () => {
    write('caddy-only/sites/example.caddyfile', 'example.com {\n    reverse_proxy localhost:8080\n}\n');
    const run = await runCli([], join(scratch, 'caddy-only'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('hsts-missing');
    expect(run.stderr).not.toContain('No config files found');
  });

  it('--no-error-on-unmatched-pattern lets a path match nothing', async () => {
    const empty = await runCli(['--no-error-on-unmatched-pattern'], join(scratch, 'empty'));
    expect(empty).toMatchObject({ code: 0, stdout: '' });
    const mixed = await runCli(['--no-error-on-unmatched-pattern', join(EXAMPLES, 'nginx/clean'), 'missing.conf'], scratch);
    expect(mixed.code).toBe(0);
    // The missing file is still listed, as a notification, but does not fail the run.
    expect(mixed.stdout).toContain('No such file or directory');
  });
});

describe('exit code controls', () => {
  const file = write('warn/site.conf', WARN_ONLY);
  const base = ['--rule', 'ocsp-stapling-disabled=off'];

  it('a warning fails the default run; --fail-on none only reports', async () => {
    const failing = await runCli([...base, file], scratch);
    expect(failing.code).toBe(1);
    const none = await runCli([...base, '--fail-on', 'none', file], scratch);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('warning');
    expect(none.stdout).toBe(failing.stdout);
  });

  it('--max-warnings N fails only beyond N warnings', async () => {
    const warnings = (await runCli([...base, '-f', 'json', file], scratch)).stdout;
    const count = (JSON.parse(warnings).findings as { severity: string }[]).filter((f) => f.severity === 'warning').length;
    expect(count).toBeGreaterThan(0);
    expect((await runCli([...base, '--max-warnings', String(count), file], scratch)).code).toBe(0);
    expect((await runCli([...base, '--max-warnings', String(count - 1), file], scratch)).code).toBe(1);
    expect((await runCli([...base, '--max-warnings', 'many', file], scratch)).code).toBe(2);
  });

  it('--quiet prints and counts only errors', async () => {
    const quiet = await runCli([...base, '--quiet', file], scratch);
    expect(quiet).toMatchObject({ code: 0, stdout: '' });
    const errors = await runCli(['--quiet', join(EXAMPLES, 'nginx/legacy')], scratch);
    expect(errors.code).toBe(1);
    expect(errors.stdout).toContain('error');
    expect(errors.stdout).not.toMatch(/\d+:\d+\s+warning/);
  });

  it('unused and unknown disable comments carry their line and count at the chosen severity', async () => {
    const commented = write('disable/site.conf', `# tlslint-disable-next-line hsts-missing\n${WARN_ONLY.replace('server {', 'server { # tlslint-disable-line no-such-rule')}`);
    const off = ['--rule', 'ocsp-stapling-disabled=off', '--rule', 'hsts-missing=off', '--rule', 'hsts-max-age-short=off'];
    const clean = await runCli([...off, '--fail-on', 'error', commented], scratch);
    // The unknown rule id is reported as a warning: below --fail-on error.
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('names unknown rule "no-such-rule"');
    const strict = await runCli([...off, '--fail-on', 'error', '--report-unused-disable-severity', 'error', '-f', 'github', commented], scratch);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error file=disable\/site\.conf,line=1,title=tlslint::Unused tlslint-disable-next-line hsts-missing: nothing to suppress$/m);
    expect(strict.stdout).toMatch(/^::error file=disable\/site\.conf,line=2,title=tlslint::tlslint-disable-line names unknown rule "no-such-rule"$/m);
    expect((await runCli([...off, '--report-unused-disable-severity', 'loud', commented], scratch)).code).toBe(2);
    // In SARIF they are tool notifications that point at the comment's line.
    const sarif = JSON.parse((await runCli([...off, '--report-unused-disable-severity', 'error', '-f', 'sarif', commented], scratch)).stdout);
    expect(validateSarif(sarif)).toEqual([]);
    const notices = sarif.runs[0].invocations[0].toolExecutionNotifications as { level: string; locations: { physicalLocation: { region?: { startLine: number } } }[] }[];
    expect(notices.filter((n) => n.level === 'error').map((n) => n.locations[0].physicalLocation.region?.startLine).sort()).toEqual([1, 2]);
  });
});

describe('--also-report', () => {
  it('writes the same run in more formats: SARIF to a file and stylish to stdout', async () => {
    const legacy = join(EXAMPLES, 'nginx/legacy');
    mkdirSync(join(scratch, 'out'), { recursive: true });
    const run = await runCli(['-f', 'sarif', '-o', 'out/r.sarif', '--also-report', 'stylish=-', '--also-report', 'gitlab=out/cq.json', legacy], scratch);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('listen-443-no-tls');
    const sarif = JSON.parse(readFileSync(join(scratch, 'out/r.sarif'), 'utf8'));
    const codeQuality = JSON.parse(readFileSync(join(scratch, 'out/cq.json'), 'utf8'));
    expect(codeQuality.length).toBe(sarif.runs[0].results.length);
    expect((await runCli(['--also-report', 'pdf=x', legacy], scratch)).code).toBe(2);
    expect((await runCli(['--also-report', 'stylish', legacy], scratch)).stderr).toContain('expected FORMAT=FILE');
  });
});

describe('config file run-level keys', () => {
  it('failOn, reportUnusedDisable and baseline apply from the config of the working directory; flags win', async () => {
    const dir = join(scratch, 'project');
    write('project/nginx/site.conf', `# tlslint-disable-next-line listen-443-no-tls\n${WARN_ONLY}`);
    write('project/.tlslintrc.yaml', 'failOn: none\nreportUnusedDisable: error\nrules:\n  ocsp-stapling-disabled: "off"\n');
    const report = await runCli(['nginx/site.conf'], dir);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/error +Unused tlslint-disable-next-line listen-443-no-tls: nothing to suppress +nginx\/site\.conf:1$/m);
    expect((await runCli(['--fail-on', 'warning', 'nginx/site.conf'], dir)).code).toBe(1);

    write('project/.tlslintrc.yaml', 'baseline: tlslint-baseline.json\nrules:\n  ocsp-stapling-disabled: "off"\n');
    expect((await runCli(['nginx/site.conf'], dir)).code).toBe(2);
    const recorded = await runCli(['--update-baseline', 'nginx/site.conf'], dir);
    expect(recorded.stderr).toMatch(/wrote \d+ fingerprints to tlslint-baseline\.json/);
    expect(JSON.parse(readFileSync(join(dir, 'tlslint-baseline.json'), 'utf8')).fingerprints.length).toBeGreaterThan(0);
    const clean = await runCli(['nginx/site.conf'], dir);
    expect(clean.code).toBe(0);
    // Every finding is in the baseline; only the run's note about certificate files outside the checkout remains.
    expect(clean.stdout).not.toMatch(/\d+:\d+\s+(error|warning|note)/);
  });

  it('refuses --update-baseline without a baseline file, and --stdin-filename without --stdin', async () => {
    const lone = await runCli(['--update-baseline', join(EXAMPLES, 'nginx/clean')], scratch);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('--update-baseline needs a baseline file');
    const name = await runCli(['--stdin-filename', 'a.conf', join(EXAMPLES, 'nginx/clean')], scratch);
    expect(name.code).toBe(2);
    expect(name.stderr).toContain('add --stdin');
  });

  it('rejects a bad failOn with the place and the allowed values', async () => {
    const dir = join(scratch, 'badconfig');
    write('badconfig/site.conf', WARN_ONLY);
    write('badconfig/.tlslintrc.json', '{ "failOn": "sometimes" }\n');
    const run = await runCli(['site.conf'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\/failOn: must be one of "error", "warning", "note", "none"/);
  });
});

describe('--stdin', () => {
  it('lints stdin as the named file, inside the tree that includes it', async () => {
    const tree = join(scratch, 'tree');
    write('tree/nginx/nginx.conf', `${readFileSync(join(EXAMPLES, 'nginx/clean/nginx.conf'), 'utf8').replace(/^http \{$/m, 'http {\n    include conf.d/*.conf;')}`);
    const site = 'server {\n    listen 8443 ssl;\n    server_name s.example;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n}\n';
    write('tree/nginx/conf.d/site.conf', site);
    // The saved file is clean in its tree; the editor's buffer switches TLS 1.0 back on.
    expect((await runCli(['nginx/conf.d/site.conf'], tree)).code).toBe(0);
    const buffer = site.replace('}\n', '    ssl_protocols TLSv1 TLSv1.2;\n}\n');
    const run = await runWithStdin(['--stdin', '--stdin-filename', 'nginx/conf.d/site.conf', '-f', 'json'], tree, buffer);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).findings as { ruleId: string; file: string; line: number }[];
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toContainEqual(['protocol-deprecated', 'nginx/conf.d/site.conf', 7]);
    // Linted in context: only the buffer's findings, none from the main file.
    expect(findings.every((f) => f.file === 'nginx/conf.d/site.conf')).toBe(true);
    // Nothing was written to disk.
    expect(readFileSync(join(tree, 'nginx/conf.d/site.conf'), 'utf8')).not.toContain('TLSv1 ');
  });

  it('lints a buffer with no file on disk, and refuses --fix and paths', async () => {
    const run = await runWithStdin(['--stdin', '--stdin-filename', 'new/site.conf'], scratch, 'server {\n    listen 443;\n    server_name n.example;\n}\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('new/site.conf');
    expect(run.stdout).toContain('listen-443-no-tls');
    expect((await runWithStdin(['--stdin', '--fix'], scratch, '')).code).toBe(2);
    const withPath = await runWithStdin(['--stdin', 'a.conf'], scratch, '');
    expect(withPath.code).toBe(2);
    expect(withPath.stderr).toContain('--stdin-filename');
  });
});
