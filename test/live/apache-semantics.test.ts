// Apache httpd behaviours the generic fixture probes cannot reach, each proven on the installed apache2.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApache } from '../../src/dialects/apache/load.js';
import { buildApacheModel } from '../../src/dialects/apache/model.js';
import { DEFAULT_LIMITS } from '../../src/engine/run.js';
import { offeredSuites } from '../../src/tls/endpoint-ciphers.js';
import { allocatePort, handshake, request } from './probes.js';
import type { TlsModel, TlsProtocol } from '../../src/model/types.js';
import { negotiableProtocols } from '../../src/tls/negotiable.js';
import { hstsHeadersOf } from '../../src/model/hsts.js';
import { expandCipherString } from '../../src/tls/cipher-string.js';
import { apacheAdapter } from './servers/apache.js';
import { generateCredentials } from './servers/nginx.js';
import type { PreparedConfig, TestCredentials } from './servers/server.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/apache');
const version = apacheAdapter.installedVersion();
// Under CI (.ci/run installs every tool) a missing tool fails these tests instead of skipping them.
const IN_CI = process.env.CI === 'true';

let work: string;
let credentials: TestCredentials;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tlslint-live-apache-'));
  credentials = generateCredentials(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function withServer<T>(fixture: string, probe: (prepared: PreparedConfig) => T): Promise<T> {
  const scratch = mkdtempSync(join(work, 'case-'));
  try {
    const prepared = await apacheAdapter.prepare(join(FIXTURES, fixture), scratch, credentials, allocatePort);
    const check = apacheAdapter.check(prepared);
    if (!check.accepted) throw new Error(`apache2 -t refused ${fixture}:\n${check.output}`);
    const server = await apacheAdapter.start(prepared);
    try {
      return probe(prepared);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs apache2 on `text` (written to a file of its own, as a fixture would be) while `probe` runs. */
async function withText<T>(text: string, probe: (prepared: PreparedConfig, model: TlsModel) => T): Promise<T> {
  const dir = mkdtempSync(join(work, 'text-'));
  const file = join(dir, 'case.conf');
  writeFileSync(file, text);
  const [entry] = await loadApache(file, { root: dir, pathMaps: [], cache: new Map(), ...DEFAULT_LIMITS, notify: () => {} });
  const model = buildApacheModel(entry, {
    profile: 'intermediate', guidelines: '6.0', serverVersions: { apache: version ?? '2.4.66' }, openssl: '3.0', now: new Date(), root: dir, pathMaps: [], ruleOptions: {},
  });
  const scratch = mkdtempSync(join(work, 'case-'));
  try {
    const prepared = await apacheAdapter.prepare(file, scratch, credentials, allocatePort);
    const check = apacheAdapter.check(prepared);
    if (!check.accepted) throw new Error(`apache2 -t refused:\n${text}\n${check.output}`);
    const server = await apacheAdapter.start(prepared);
    try {
      return probe(prepared, model);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const TLS_VHOST = (body: string) => [
  '<VirtualHost *:443>',
  '    ServerName www.example.com',
  '    SSLEngine on',
  '    SSLCertificateFile /etc/ssl/www.example.com.pem',
  '    SSLCertificateKeyFile /etc/ssl/www.example.com.key',
  // Security level 0, so OpenSSL 3.0 lets TLS 1.0 and 1.1 through and only the protocol settings decide.
  '    SSLCipherSuite ALL:@SECLEVEL=0',
  ...body.split('\n').map((line) => `    ${line}`),
  '</VirtualHost>',
  '',
].join('\n');

describe.skipIf(version === null && !IN_CI)(`live apache ${version} semantics`, () => {
  it('mod_ssl adds ":!aNULL:!eNULL:!EXP" after every cipher string: "eNULL", which OpenSSL accepts, leaves it nothing to start with', async () => {
    // OpenSSL alone takes the string (SSL_CTX_set_cipher_list succeeds: NULL suites exist in the build).
    const bare = spawnSync('openssl', ['ciphers', 'eNULL'], { encoding: 'utf8', env: { ...process.env, OPENSSL_CONF: '/dev/null' } });
    expect(bare.status, bare.stderr).toBe(0);
    const fixture = 'cipher-no-usable-suite/null-only.conf';
    const file = join(FIXTURES, fixture);
    const [entry] = await loadApache(file, { root: FIXTURES, pathMaps: [], cache: new Map(), ...DEFAULT_LIMITS, notify: () => {} });
    const model = buildApacheModel(entry, {
      profile: 'intermediate', guidelines: '6.0', serverVersions: { apache: version ?? '2.4.66' }, openssl: '3.0', now: new Date(), root: FIXTURES, pathMaps: [], ruleOptions: {},
    });
    expect(model.endpoints[0].ciphers.value).toBe('eNULL:!aNULL:!eNULL');
    expect(offeredSuites(model.endpoints[0], '3.0').negotiable).toEqual([]);
    // apache2 -t passes (it stops before mod_ssl sets its contexts up); the start fails on the cipher list. On a
    // busy machine the port may accept before mod_ssl's setup ends the process: the error log says why it ends.
    const scratch = mkdtempSync(join(work, 'case-'));
    const prepared = await apacheAdapter.prepare(file, scratch, credentials, allocatePort);
    expect(apacheAdapter.check(prepared).accepted).toBe(true);
    let outcome: string;
    try {
      const server = await apacheAdapter.start(prepared);
      await new Promise((done) => setTimeout(done, 1_000));
      outcome = `${server.process.exitCode === null ? 'still running' : 'exited'}\n${readFileSync(join(prepared.prefix, 'error.log'), 'utf8')}`;
      await server.stop();
    } catch (error) {
      outcome = (error as Error).message;
    }
    rmSync(scratch, { recursive: true, force: true });
    expect(outcome).toMatch(/AH01898|Unable to configure permitted SSL ciphers/);
    expect(outcome).not.toMatch(/^still running/);
  });

  it('a string with @SECLEVEL=0 and an anonymous suite offers its authenticated suite; the model drops the anonymous one as mod_ssl does', async () => {
    const fixture = 'cipher-weak/anull-seclevel0.conf';
    const file = join(FIXTURES, fixture);
    const [entry] = await loadApache(file, { root: FIXTURES, pathMaps: [], cache: new Map(), ...DEFAULT_LIMITS, notify: () => {} });
    const model = buildApacheModel(entry, {
      profile: 'intermediate', guidelines: '6.0', serverVersions: { apache: version ?? '2.4.66' }, openssl: '3.0', now: new Date(), root: FIXTURES, pathMaps: [], ruleOptions: {},
    });
    expect(offeredSuites(model.endpoints[0], '3.0').negotiable.map((s) => s.openssl)).toEqual(['ECDHE-RSA-AES128-GCM-SHA256']);
    await withServer(fixture, (prepared) => {
      const port = prepared.ports.get('tcp *:443')!;
      expect(handshake(port, 'www.example.com', 'TLSv1.2', 'ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0').ok).toBe(true);
      // No probe of ADH itself: OpenSSL 3.0's own s_server completes no anonymous handshake either, so its
      // failure here would prove nothing; the first test proves the addition.
    });
  });

  // mod_ssl (OpenSSL 1.1.0+) turns SSLProtocol into version bounds without holes, then hands SSLOpenSSLConfCmd
  // to SSL_CONF: MinProtocol/MaxProtocol move the bounds, Protocol switches versions off within them.
  it.each([
    'SSLProtocol -all +TLSv1 +TLSv1.2',
    'SSLProtocol -all +TLSv1.2\nSSLOpenSSLConfCmd Protocol +TLSv1.1',
    'SSLProtocol -all +TLSv1.2\nSSLOpenSSLConfCmd MinProtocol TLSv1',
    'SSLProtocol all\nSSLOpenSSLConfCmd MinProtocol TLSv1.2',
    'SSLProtocol all\nSSLOpenSSLConfCmd MaxProtocol TLSv1.2',
    'SSLProtocol TLSv1.3\nSSLOpenSSLConfCmd MinProtocol None',
    'SSLProtocol TLSv1.2\nSSLOpenSSLConfCmd MaxProtocol None',
    'SSLProtocol all\nSSLOpenSSLConfCmd Protocol -TLSv1.1',
    'SSLProtocol all\nSSLOpenSSLConfCmd MinProtocol SSLv3\nSSLOpenSSLConfCmd MaxProtocol TLSv1.1',
    'SSLProtocol -all +TLSv1.2 +TLSv1.3\nSSLOpenSSLConfCmd MaxProtocol TLSv1.1',
  ])('negotiates exactly the model\'s protocols for %j', async (lines) => {
    await withText(TLS_VHOST(lines), (prepared, model) => {
      const endpoint = model.endpoints[0];
      const level = expandCipherString(endpoint.ciphers.value, '3.0').securityLevel;
      const expected = negotiableProtocols(endpoint.protocols.value, '3.0', level);
      const port = prepared.ports.get('tcp *:443')!;
      const offered = (['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as TlsProtocol[]).filter((p) => handshake(port, 'www.example.com', p).ok);
      expect(offered).toEqual(expected);
    });
  });

  // `/sub/` is answered through mod_dir's internal redirect to /sub/index.html, whose sections then apply: the
  // probes name files. httpd merges every section a request matches (Directory, Files, Location, If in that order) and mod_headers
  // appends the inner table to the outer: the model's scope for a URL must say what curl sees there.
  describe('HSTS on a request several sections match', () => {
    let docroot: string;
    beforeAll(() => {
      docroot = mkdtempSync(join(work, 'htdocs-'));
      mkdirSync(join(docroot, 'sub'));
      for (const page of ['index.html', 'app.html', 'legacy.html', 'other.html', 'sub/index.html', 'sub/other.html']) writeFileSync(join(docroot, page), 'ok\n');
    });

    /** [URL, label of the scope that stands for it ('VirtualHost' for the vhost's own; `{root}` is the DocumentRoot)] */
    type Probe = readonly [string, string];
    const CASES: ReadonlyArray<readonly [string, (root: string) => string, readonly Probe[]]> = [
      ['HSTS in the DocumentRoot <Directory>, a <Location> with other headers, one that unsets it', (root) => [
        `DocumentRoot ${root}`,
        `<Directory ${root}>`,
        '    Header always set Strict-Transport-Security "max-age=63072000"',
        '</Directory>',
        '<Location /app.html>',
        '    Header set X-App yes',
        '</Location>',
        '<Location /legacy.html>',
        '    Header always unset Strict-Transport-Security',
        '</Location>',
      ].join('\n'), [['/', 'VirtualHost'], ['/app.html', '<Location /app.html>'], ['/legacy.html', '<Location /legacy.html>'], ['/missing', 'VirtualHost']]],
      ['a vhost "always" HSTS and an onsuccess "Header unset" in a <Location>', (root) => [
        `DocumentRoot ${root}`,
        'Header always set Strict-Transport-Security "max-age=63072000"',
        '<Location /legacy.html>',
        '    Header unset Strict-Transport-Security',
        '</Location>',
      ].join('\n'), [['/', 'VirtualHost'], ['/legacy.html', '<Location /legacy.html>']]],
      ['an onsuccess vhost HSTS unset by an onsuccess "Header unset" in a <Location>, set again in a deeper one', (root) => [
        `DocumentRoot ${root}`,
        'Header set Strict-Transport-Security "max-age=63072000"',
        '<Location /sub>',
        '    Header unset Strict-Transport-Security',
        '</Location>',
        '<Location /sub/index.html>',
        '    Header set Strict-Transport-Security "max-age=31536000"',
        '</Location>',
      ].join('\n'), [['/', 'VirtualHost'], ['/sub/other.html', '<Location /sub>'], ['/sub/index.html', '<Location /sub/index.html>'], ['/missing', 'VirtualHost']]],
      ['<Location /> covers every URL, error pages included with "always"', (root) => [
        `DocumentRoot ${root}`,
        `<Directory ${root}>`,
        '    Header always unset Strict-Transport-Security',
        '</Directory>',
        '<Location />',
        '    Header always set Strict-Transport-Security "max-age=63072000"',
        '</Location>',
      ].join('\n'), [['/', '<Location />'], ['/other.html', '<Location />'], ['/missing', '<Location />']]],
      ['a <Directory> unset after a vhost HSTS, the header set again by a <Location> (merged after every Directory)', (root) => [
        `DocumentRoot ${root}`,
        'Header always set Strict-Transport-Security "max-age=63072000"',
        '<Location /app.html>',
        '    Header always set Strict-Transport-Security "max-age=31536000"',
        '</Location>',
        `<Directory ${root}>`,
        '    Header always unset Strict-Transport-Security',
        '</Directory>',
        `<Directory ${root}/sub>`,
        '    Header always set Strict-Transport-Security "max-age=31536000"',
        '</Directory>',
      ].join('\n'), [['/', 'VirtualHost'], ['/app.html', '<Location /app.html>'], ['/sub/', '<Directory {root}/sub>'], ['/missing', 'VirtualHost']]],
      ['a proxied <Location> (mod_proxy maps it to storage itself: no <Directory> applies), one proxied from the vhost', (root) => [
        `DocumentRoot ${root}`,
        `<Directory ${root}>`,
        '    Header always set Strict-Transport-Security "max-age=63072000"',
        '</Directory>',
        'ProxyPass /legacy.html http://127.0.0.1:9/',
        '<Location /app.html>',
        '    ProxyPass http://127.0.0.1:9/',
        '</Location>',
        '<Location /legacy.html>',
        '    Header set X-Legacy yes',
        '</Location>',
      ].join('\n'), [['/', 'VirtualHost'], ['/app.html', '<Location /app.html>'], ['/legacy.html', '<Location /legacy.html>'], ['/missing', 'VirtualHost']]],
      ['a <Directory> below DocumentRoot, reached by its URL and by an Alias, under <Location> sections', (root) => [
        `DocumentRoot ${root}`,
        `Alias /static ${root}/sub`,
        `<Directory ${root}/sub>`,
        '    Header always set Strict-Transport-Security "max-age=63072000"',
        '</Directory>',
        '<Location /static>',
        '    Header set X-Static yes',
        '</Location>',
        '<Location /sub>',
        '    Header set X-Sub yes',
        '</Location>',
        '<Location /app.html>',
        '    Header set X-App yes',
        '</Location>',
      ].join('\n'), [['/', 'VirtualHost'], ['/static/other.html', '<Location /static>'], ['/sub/other.html', '<Location /sub>'], ['/app.html', '<Location /app.html>']]],
      ['an onsuccess vhost HSTS and an "always" one in <Location />: error pages get the latter', (root) => [
        `DocumentRoot ${root}`,
        'Header set Strict-Transport-Security "max-age=63072000"',
        '<Location />',
        '    Header always set Strict-Transport-Security "max-age=31536000"',
        '</Location>',
      ].join('\n'), [['/', 'VirtualHost'], ['/missing', 'VirtualHost']]],
    ];

    it.each(CASES)('%s', async (_name, body, probes) => {
      await withText(TLS_VHOST(body(docroot)), (prepared, model) => {
        const endpoint = model.endpoints.find((e) => e.serverNames.includes('www.example.com'))!;
        const port = prepared.ports.get('tcp *:443')!;
        const seen = probes.map(([url, label]) => {
          const scope = label === 'VirtualHost' ? endpoint.scopes[0] : endpoint.scopes.find((s) => s.label === label.replace('{root}', docroot));
          if (!scope) throw new Error(`no scope ${label}: ${endpoint.scopes.map((s) => s.label).join(', ')}`);
          const answer = request('https', port, 'www.example.com', url);
          const sent = hstsHeadersOf(scope.headers).filter((h) => h.always || apacheAdapter.successStatuses.has(answer.status ?? 0));
          const curl = answer.headers.get('strict-transport-security') ?? null;
          // Both tables may send one (`Header set` and `Header always set`): curl keeps the last, so any of them is it.
          const model = sent.length === 0 ? null : sent.some((h) => h.value === curl) ? curl : sent[0].value;
          return { url, status: answer.status, model, curl };
        });
        expect(seen).toEqual(seen.map((s) => ({ ...s, curl: s.model })));
      });
    });
  });
});
