// The certificate rules end to end: path maps decide what is missing, one note counts the rest, SARIF carries the facts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../src/engine/run.js';
import { formatStylish } from '../../src/report/stylish.js';
import { formatJson } from '../../src/report/json.js';
import { allRules } from '../../rules/index.js';
import { sarifFor } from '../helpers/sarif.js';

const CERTS = resolve(import.meta.dirname, '../../fixtures/certs');
const CERT_RULES = ['certificate-file-missing', 'certificate-key-mismatch', 'certificate-name-mismatch', 'certificate-expired', 'certificate-not-yet-valid', 'ocsp-stapling-disabled'];
let root: string;

function options(overrides: Partial<RunOptions> = {}): RunOptions {
  return {
    dialect: 'nginx', profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
    root, pathMaps: [], ruleOptions: {}, ruleSettings: {}, onlyRules: CERT_RULES, limits: DEFAULT_LIMITS, ...overrides,
  };
}

function site(name: string, cert: string, key: string): string {
  return `server {\n    listen 443 ssl;\n    server_name ${name};\n    ssl_certificate ${cert};\n    ssl_certificate_key ${key};\n}\n`;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tlslint-certrules-'));
  mkdirSync(join(root, 'deploy/ssl'), { recursive: true });
  for (const file of ['www.example.com.fullchain.pem', 'www.example.com.key', 'other.key', 'future.example.com.fullchain.pem']) copyFileSync(join(CERTS, file), join(root, 'deploy/ssl', file));
});

describe('files outside the checkout', () => {
  it('are not findings: one note counts them and names the --map that would bring them in', async () => {
    const conf = join(root, 'outside.conf');
    writeFileSync(conf, site('a.example.com', '/etc/letsencrypt/live/a/fullchain.pem', '/etc/letsencrypt/live/a/privkey.pem') +
      site('b.example.com', '/etc/letsencrypt/live/b/fullchain.pem', '/etc/letsencrypt/live/b/privkey.pem'));
    const result = await lint([conf], options());
    expect(result.findings).toEqual([]);
    expect(result.notifications).toEqual([{
      level: 'note',
      message: '4 certificate files named by the config were not found and were not checked; to check them, map their directories into the checkout: --map /etc/letsencrypt/live=./path/in/checkout',
    }]);
    const { log, errors } = sarifFor(result);
    expect(errors).toEqual([]);
    expect(log.runs[0].invocations?.[0].toolExecutionNotifications?.map((n) => n.message.text)).toEqual([result.notifications[0].message]);
  });

  it('get one --map per top directory they are in', async () => {
    const conf = join(root, 'spread.conf');
    writeFileSync(conf, site('a.example.com', '/etc/ssl/certs/a.pem', '/etc/ssl/private/a.key') + site('b.example.com', '/etc/nginx/tls/b.pem', '/etc/nginx/tls/b.key'));
    const [note] = (await lint([conf], options())).notifications;
    expect(note.message).toMatch(/: --map \/etc\/nginx\/tls=\.\/path\/in\/checkout --map \/etc\/ssl=\.\/path\/in\/checkout$/);
  });

  it('are checked once a path map brings them in: a missing one is then a finding', async () => {
    const conf = join(root, 'mapped.conf');
    writeFileSync(conf, site('www.example.com', '/etc/ssl/site/www.example.com.fullchain.pem', '/etc/ssl/site/gone.key'));
    const result = await lint([conf], options({ pathMaps: [{ from: '/etc/ssl/site', to: join(root, 'deploy/ssl') }] }));
    expect(result.findings.map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ['certificate-file-missing', 5, 'Missing key file "/etc/ssl/site/gone.key" (looked for deploy/ssl/gone.key): the server refuses to start'],
    ]);
    expect(result.notifications).toEqual([]);
  });
});

describe('encrypted keys', () => {
  it('are skipped with one note, naming no key content', async () => {
    execFileSync('openssl', ['pkey', '-in', join(CERTS, 'www.example.com.key'), '-aes256', '-passout', 'pass:test', '-out', join(root, 'deploy/ssl/locked.key')],
      { stdio: 'ignore', env: { ...process.env, OPENSSL_CONF: '/dev/null' } });
    const conf = join(root, 'locked.conf');
    writeFileSync(conf, site('www.example.com', 'deploy/ssl/www.example.com.fullchain.pem', 'deploy/ssl/locked.key') +
      site('example.com', 'deploy/ssl/www.example.com.fullchain.pem', 'deploy/ssl/locked.key'));
    const result = await lint([conf], options());
    expect(result.findings).toEqual([]);
    expect(result.notifications).toEqual([{ level: 'note', message: `1 private key file is encrypted and was not compared with its certificate (${join(root, 'deploy/ssl/locked.key')})` }]);
  });
});

describe('certificate facts in reports', () => {
  it('SARIF results carry subject, issuer, validity and fingerprint, and point at the directive naming the file', async () => {
    const conf = join(root, 'facts.conf');
    writeFileSync(conf, site('shop.example.com', 'deploy/ssl/www.example.com.fullchain.pem', 'deploy/ssl/other.key'));
    const result = await lint([conf], options());
    expect(result.findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column])).toEqual([
      ['certificate-name-mismatch', 4, 21],
      ['certificate-key-mismatch', 5, 25],
    ]);
    const { log, errors } = sarifFor(result);
    expect(errors).toEqual([]);
    const fingerprint = new X509Certificate(readFileSync(join(CERTS, 'www.example.com.pem'))).fingerprint256;
    const json = JSON.parse(formatJson(result, allRules.map((r) => r.meta))) as { findings: Array<{ properties?: Record<string, string> }> };
    expect(json.findings.map((f) => f.properties?.sha256Fingerprint)).toEqual([fingerprint, fingerprint]);
    for (const sarifResult of log.runs[0].results) {
      expect(sarifResult.properties).toEqual({
        issuer: 'CN=tlslint Test Intermediate CA', notAfter: '2036-01-01T00:00:00.000Z', notBefore: '2026-01-01T00:00:00.000Z',
        sha256Fingerprint: fingerprint, subject: 'CN=www.example.com',
      });
    }
  });

  it('--now pins the clock of every validity check', async () => {
    const conf = join(root, 'clock.conf');
    writeFileSync(conf, site('future.example.com', 'deploy/ssl/future.example.com.fullchain.pem', 'deploy/ssl/www.example.com.key'));
    const ids = async (now: string) => (await lint([conf], options({ now: new Date(now), onlyRules: ['certificate-expired', 'certificate-not-yet-valid'] }))).findings.map((f) => f.ruleId);
    expect(await ids('2026-12-31T23:59:59Z')).toEqual(['certificate-not-yet-valid']);
    expect(await ids('2027-01-01T00:00:00Z')).toEqual([]);
    expect(await ids('2028-01-01T00:00:01Z')).toEqual(['certificate-expired']);
  });

  it('never print key material, in any format', async () => {
    const conf = join(root, 'keys.conf');
    writeFileSync(conf, site('www.example.com', 'deploy/ssl/www.example.com.fullchain.pem', 'deploy/ssl/other.key'));
    const result = await lint([conf], options({ onlyRules: undefined }));
    const rules = allRules.map((r) => r.meta);
    const outputs = [formatStylish(result, rules), formatJson(result, rules), JSON.stringify(sarifFor(result).log)].join('\n');
    for (const key of ['other.key', 'www.example.com.key']) {
      for (const line of readFileSync(join(CERTS, key), 'utf8').split('\n').filter((l) => l && !l.startsWith('-----'))) expect(outputs).not.toContain(line);
    }
    expect(outputs).not.toMatch(/PRIVATE KEY/);
  });
});
