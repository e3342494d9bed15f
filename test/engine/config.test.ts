// Config files: discovery by walking up, JSON and YAML, validation errors with place and remedy,
// overrides, ignore globs, rule options, flags over files, --config / --no-config / --print-config.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ConfigError, ConfigResolver } from '../../src/engine/config.js';
import { allRules } from '../../rules/index.js';
import { SCHEMA_FILE, schemaText } from '../helpers/schema-file.js';

const base = mkdtempSync(join(tmpdir(), 'tlslint-config-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let root = '';
let counter = 0;
beforeEach(() => {
  root = join(base, `case-${++counter}`);
  mkdirSync(root);
});

function run(args: string[]) {
  return runCli(['--format', 'json', '--now', '2026-06-01', ...args], root);
}

function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

/** A TLS server whose only problems are an HSTS max-age of one year and, under `old`, nothing else. */
const ONE_YEAR_HSTS = `server {
    listen 443 ssl;
    server_name a.example;
    ssl_certificate /etc/ssl/a.pem;
    ssl_certificate_key /etc/ssl/a.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;
    ssl_session_tickets off;
    ssl_stapling on;
    ssl_stapling_verify on;
    add_header Strict-Transport-Security "max-age=31536000" always;
}
`;

async function ruleIds(args: string[]): Promise<string[]> {
  const { stdout, stderr } = await run(args);
  if (!stdout) throw new Error(stderr);
  return (JSON.parse(stdout).findings as Array<{ ruleId: string; file: string }>).map((f) => `${f.file}:${f.ruleId}`).sort();
}

describe('config files', () => {
  it('accepts the example config of the README', async () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const example = /```yaml\n((?:# yaml-language-server: .*\n)?# \.tlslintrc\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    write('.tlslintrc.yaml', example!);
    const config = await new ConfigResolver(allRules).configFor(join(root, 'legacy/nginx.conf'));
    expect(config?.data.profile).toBe('intermediate');
    expect(config?.overridesFor(join(root, 'legacy/nginx.conf'))).toEqual([{ profile: 'old', rules: { 'protocol-deprecated': 'note' } }]);
  });

  it('ships the schema built from the rules (npm run docs regenerates it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it('applies the nearest config above each linted file, whichever of the three names it has', async () => {
    write('nginx/nginx.conf', ONE_YEAR_HSTS);
    write('nginx/conf.d/nginx.conf', ONE_YEAR_HSTS);
    expect(await ruleIds(['nginx'])).toEqual(['nginx/conf.d/nginx.conf:hsts-max-age-short', 'nginx/nginx.conf:hsts-max-age-short']);
    write('.tlslintrc.json', '{ "rules": { "hsts-max-age-short": "off" } }');
    expect(await ruleIds(['nginx'])).toEqual([]);
    // A config nearer the file wins, and it replaces the outer one (no merging).
    write('nginx/conf.d/.tlslintrc.yaml', 'rules:\n  hsts-max-age-short: error\n');
    expect(await ruleIds(['nginx'])).toEqual(['nginx/conf.d/nginx.conf:hsts-max-age-short']);
    write('nginx/tlslint.config.json', '{ "rules": { "hsts-max-age-short": { "options": { "minMaxAge": 31536000 } } } }');
    expect(await ruleIds(['nginx'])).toEqual(['nginx/conf.d/nginx.conf:hsts-max-age-short']);
  });

  it('passes rule options to the rule: hsts-max-age-short minMaxAge', async () => {
    write('nginx.conf', ONE_YEAR_HSTS);
    expect(await ruleIds(['nginx.conf'])).toEqual(['nginx.conf:hsts-max-age-short']);
    write('.tlslintrc.yaml', 'rules:\n  hsts-max-age-short:\n    options:\n      minMaxAge: 31536000\n');
    expect(await ruleIds(['nginx.conf'])).toEqual([]);
  });

  it('applies overrides whose globs match, later ones on top, severities and options merged', async () => {
    write('sites/a/nginx.conf', ONE_YEAR_HSTS);
    write('sites/legacy/nginx.conf', ONE_YEAR_HSTS);
    write(
      '.tlslintrc.yaml',
      [
        'rules:',
        '  hsts-max-age-short: { severity: note, options: { minMaxAge: 31536000 } }',
        'overrides:',
        '  - files: "sites/legacy/**"',
        '    rules: { hsts-max-age-short: error }',
        '  - files: ["sites/legacy/*.conf"]',
        '    rules: { hsts-max-age-short: { options: { minMaxAge: 63072000 } } }',
      ].join('\n'),
    );
    const { stdout } = await run(['sites']);
    const findings = JSON.parse(stdout).findings as Array<{ ruleId: string; file: string; severity: string }>;
    expect(findings.map((f) => [f.file, f.ruleId, f.severity])).toEqual([['sites/legacy/nginx.conf', 'hsts-max-age-short', 'error']]);
  });

  it('sets profile, server version and OpenSSL version; flags given on the command line win', async () => {
    write('nginx.conf', 'server {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/a.pem;\n    ssl_certificate_key /etc/ssl/a.key;\n    ssl on;\n}\n');
    write('.tlslintrc.json', JSON.stringify({ profile: 'old', serverVersions: { nginx: '1.22.1' }, openssl: '1.1.1' }));
    const printed = JSON.parse((await run(['--print-config', 'nginx.conf'])).stdout);
    expect(printed).toMatchObject({ profile: 'old', guidelines: '6.0', serverVersions: { nginx: '1.22.1' }, openssl: '1.1.1', configFile: join(root, '.tlslintrc.json'), ignored: false });
    const flagged = JSON.parse((await run(['--print-config', 'nginx.conf', '--profile', 'modern', '--server-version', '1.25.0', '--openssl', '3.0'])).stdout);
    expect(flagged).toMatchObject({ profile: 'modern', serverVersions: { nginx: '1.25.0' }, openssl: '3.0' });
    // nginx 1.22.1 still reads `ssl on;` (deprecated); 1.25.1 removed it.
    expect(await ruleIds(['nginx.conf'])).toContain('nginx.conf:ssl-directive-deprecated');
  });

  it('lets --rule override a severity the config file sets', async () => {
    write('nginx.conf', ONE_YEAR_HSTS);
    write('.tlslintrc.json', '{ "rules": { "hsts-max-age-short": "off" } }');
    expect(await ruleIds(['nginx.conf', '--rule', 'hsts-max-age-short=error'])).toEqual(['nginx.conf:hsts-max-age-short']);
  });

  it('never lints or reports ignored files; a file named on the command line gets a warning', async () => {
    write('nginx/nginx.conf', `${ONE_YEAR_HSTS}include snippets/*.conf;\n`);
    write('nginx/snippets/vendor.conf', 'server { listen 443 ssl; server_name v.example; ssl_certificate /etc/ssl/v.pem; ssl_certificate_key /etc/ssl/v.key; }\n');
    write('vendor/nginx.conf', ONE_YEAR_HSTS);
    write('.tlslintrc.json', '{ "ignore": ["vendor", "nginx/snippets/**"], "rules": { "ocsp-stapling-disabled": "off" } }');
    const all = await ruleIds(['.']);
    expect(all.every((f) => f.startsWith('nginx/nginx.conf:'))).toBe(true);
    expect(all).toContain('nginx/nginx.conf:hsts-max-age-short');
    const named = await run(['vendor/nginx.conf']);
    expect(JSON.parse(named.stdout).findings).toEqual([]);
    expect(named.stdout).toContain('ignored by the config');
    expect(JSON.parse((await run(['--print-config', 'vendor/nginx.conf'])).stdout).ignored).toBe(true);
  });

  it('resolves pathMaps relative to the config file; --map entries come first', async () => {
    write('tls/a.pem', 'not a certificate');
    write('nginx/nginx.conf', 'server {\n    listen 443 ssl;\n    ssl_certificate /etc/nginx/tls/a.pem;\n    ssl_certificate_key /etc/nginx/tls/a.key;\n}\n');
    write('.tlslintrc.json', '{ "pathMaps": { "/etc/nginx": "." } }');
    const printed = JSON.parse((await run(['--print-config', 'nginx/nginx.conf', '--map', '/srv=./srv'])).stdout);
    expect(printed.pathMaps).toEqual({ '/srv': 'srv', '/etc/nginx': '.' });
  });

  it('uses only the file --config names, and none with --no-config', async () => {
    write('nginx.conf', ONE_YEAR_HSTS);
    write('.tlslintrc.json', '{ "rules": { "hsts-max-age-short": "off" } }');
    write('strict.yaml', 'rules:\n  hsts-max-age-short: error\n');
    expect(await ruleIds(['nginx.conf', '--config', 'strict.yaml'])).toEqual(['nginx.conf:hsts-max-age-short']);
    expect(await ruleIds(['nginx.conf', '--no-config'])).toEqual(['nginx.conf:hsts-max-age-short']);
  });
});

describe('config errors', () => {
  async function errorFor(name: string, text: string): Promise<string> {
    write('nginx.conf', ONE_YEAR_HSTS);
    write(name, text);
    const { code, stdout, stderr } = await run(['nginx.conf']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/\n\s+at /);
    return stderr;
  }

  it('names the file, line, column, JSON path and what is allowed, for every mistake at once', async () => {
    const stderr = await errorFor(
      '.tlslintrc.json',
      ['{', '  "profile": "intermedate",', '  "rules": {', '    "hsts-missin": "warning",', '    "cipher-weak": "warn",', '    "hsts-max-age-short": { "options": { "minMaxAge": -5 } }', '  },', '  "serverVersions": { "nginx": "1.22.x" },', '  "pathMaps": { "etc/nginx": "./x" },', '  "overrides": [ { "profile": "old" } ],', '  "colour": true', '}'].join('\n'),
    );
    const path = join(root, '.tlslintrc.json');
    expect(stderr).toContain(`${path}:2:14: /profile: must be one of "modern", "intermediate", "old"`);
    expect(stderr).toContain(`${path}:4:5: /rules/hsts-missin: unknown key "hsts-missin" (did you mean "hsts-missing"?); allowed: ${allRules.map((r) => r.meta.id).sort().slice(0, 3).join(', ')},`);
    expect(stderr).toContain(`${path}:5:20: /rules/cipher-weak: must be one of "off", "note", "warning", "error"`);
    expect(stderr).toContain(`${path}:6:55: /rules/hsts-max-age-short/options/minMaxAge: must be >= 1`);
    expect(stderr).toContain(`${path}:8:32: /serverVersions/nginx: must be a version like 1.22.1`);
    expect(stderr).toContain(`${path}:9:17: /pathMaps/etc/nginx: must be an absolute path (starting with "/")`);
    expect(stderr).toContain(`${path}:10:18: /overrides/0: "files" is required`);
    expect(stderr).toContain(`${path}:11:3: /colour: unknown key "colour"; allowed: $schema, profile,`);
    // Sorted by position.
    const lines = stderr.split('\n').filter((line) => line.includes(path)).map((line) => Number(/:(\d+):\d+:/.exec(line)![1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('reports JSON and YAML syntax errors with their position', async () => {
    expect(await errorFor('.tlslintrc.json', '{\n  "profile": "old",\n}\n')).toMatch(/\.tlslintrc\.json:3:1: invalid JSON: /);
    rmSync(join(root, '.tlslintrc.json'));
    expect(await errorFor('.tlslintrc.yaml', 'rules:\n  hsts-missing: [warning\n')).toMatch(/\.tlslintrc\.yaml:\d+:\d+: invalid YAML: /);
    rmSync(join(root, '.tlslintrc.yaml'));
    expect(await errorFor('.tlslintrc.yaml', 'profile: old\nprofile: modern\n')).toMatch(/\.tlslintrc\.yaml:2:1: invalid YAML: Map keys must be unique/);
  });

  it('lists the guideline versions it knows', async () => {
    expect(await errorFor('.tlslintrc.json', '{ "profile": "old", "guidelines": "5.0" }')).toMatch(/:1:35: \/guidelines: must be one of "5.1", .*"6.0"/);
  });

  it('the resolver throws ConfigError and caches each file once', async () => {
    write('.tlslintrc.json', '{ "profile": 3 }');
    const resolver = new ConfigResolver(allRules);
    await expect(resolver.configFor(join(root, 'a/nginx.conf'))).rejects.toThrow(ConfigError);
    write('b/.tlslintrc.json', '{}');
    const config = await resolver.configFor(join(root, 'b/c/nginx.conf'));
    expect(config?.path).toBe(join(root, 'b/.tlslintrc.json'));
    expect(await resolver.configFor(join(root, 'b/nginx.conf'))).toBe(config);
  });
});
