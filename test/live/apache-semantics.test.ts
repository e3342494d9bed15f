// Apache httpd behaviours the generic fixture probes cannot reach, each proven on the installed apache2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApache } from '../../src/dialects/apache/load.js';
import { buildApacheModel } from '../../src/dialects/apache/model.js';
import { DEFAULT_LIMITS } from '../../src/engine/run.js';
import { offeredSuites } from '../../src/tls/endpoint-ciphers.js';
import { allocatePort, handshake } from './probes.js';
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
    // apache2 -t passes (it stops before mod_ssl sets its contexts up); the start fails on the cipher list.
    await expect(withServer(fixture, () => 'started')).rejects.toThrow(/AH01898|Unable to configure permitted SSL ciphers/);
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
});
