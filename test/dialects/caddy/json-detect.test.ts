// Caddy's JSON config is found without flags (caddy.json, in a directory scan and by the pre-commit hook),
// read as JSON whatever its name with --dialect caddy-json, and the JSON example gives line-exact findings.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'tlslint-caddy-json-detect-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const NO_HSTS = '{"apps": {"http": {"servers": {"a": {"listen": [":443"], "routes": [\n{"match": [{"host": ["example.com"]}], "handle": [{"handler": "static_response", "body": "hi"}]}\n]}}}}}\n';

interface JsonFinding {
  ruleId: string;
  message: string;
  file: string;
  line: number;
}

/** `file:line rule` of each finding in a --format json report (paths relative to the run's root, the cwd). */
function findingsOf(stdout: string): string[] {
  const report = JSON.parse(stdout) as { findings: JsonFinding[] };
  return report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
}

describe('Caddy JSON detection', () => {
  it('lints caddy.json found in a directory, without flags, as Caddy JSON', async () => {
    const dir = mkdtempSync(join(scratch, 'scan-'));
    writeFileSync(join(dir, 'caddy.json'), NO_HSTS);
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}\n');
    const run = await runCli(['--format', 'json', dir], dir);
    expect(run.stderr).toBe('');
    expect(findingsOf(run.stdout)).toEqual(['caddy.json:2 hsts-missing']);
  });

  it('reads every file as JSON with --dialect caddy-json, whatever its name', async () => {
    const dir = mkdtempSync(join(scratch, 'forced-'));
    // Not JSON (an unquoted key): sniffed as a Caddyfile, it would be a global options block.
    writeFileSync(join(dir, 'config'), '{\n  apps: {}\n}\n');
    const forced = await runCli(['--format', 'json', '--dialect', 'caddy-json', 'config'], dir);
    expect((JSON.parse(forced.stdout) as { findings: JsonFinding[] }).findings).toMatchObject([
      { ruleId: 'parse-error', file: 'config', line: 2, message: 'Unexpected "a": expected a quoted key' },
    ]);
    writeFileSync(join(dir, 'caddy-config'), NO_HSTS);
    const named = await runCli(['--format', 'json', '--dialect', 'caddy-json', 'caddy-config'], dir);
    expect(findingsOf(named.stdout)).toEqual(['caddy-config:2 hsts-missing']);
  });

  it('is among the files the pre-commit hook passes', () => {
    const hooks = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const files = new RegExp(/^\s*files:\s*(.+)$/m.exec(hooks)![1].trim());
    expect(['caddy.json', 'deploy/caddy.json'].filter((p) => !files.test(p))).toEqual([]);
    expect(['package.json', 'caddy.json.bak', 'tsconfig.json'].filter((p) => files.test(p))).toEqual([]);
  });
});

describe('examples/caddy/api/caddy.json', () => {
  it('shows each mistake at the line that makes it', async () => {
    const run = await runCli(['--format', 'json', 'examples/caddy/api/'], ROOT);
    expect(findingsOf(run.stdout)).toEqual([
      'examples/caddy/api/caddy.json:16 hsts-not-always',
      'examples/caddy/api/caddy.json:25 upstream-tls-unverified',
      'examples/caddy/api/caddy.json:30 hsts-missing',
      'examples/caddy/api/caddy.json:42 protocol-tls13-disabled',
      'examples/caddy/api/caddy.json:43 cipher-no-forward-secrecy',
      'examples/caddy/api/caddy.json:43 cipher-not-in-profile',
    ]);
  });
});
