// nginx behaviours the generic fixture probes cannot reach, each proven on the installed nginx with the fixture tlslint reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/finding.js';
import { allocatePort, handshake, request } from './probes.js';
import { generateCredentials, nginxAdapter } from './servers/nginx.js';
import type { PreparedConfig, TestCredentials } from './servers/server.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/nginx');
const version = nginxAdapter.installedVersion();

let work: string;
let credentials: TestCredentials;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tlslint-live-semantics-'));
  credentials = generateCredentials(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the fixture on loopback ports, runs `probe` against it, and stops it whatever happens. */
async function withServer<T>(fixture: string, probe: (prepared: PreparedConfig) => T): Promise<T> {
  const scratch = mkdtempSync(join(work, 'case-'));
  try {
    const prepared = await nginxAdapter.prepare(join(FIXTURES, fixture), scratch, credentials, allocatePort);
    const check = nginxAdapter.check(prepared);
    if (!check.accepted) throw new Error(`nginx -t refused ${fixture}:\n${check.output}`);
    const server = await nginxAdapter.start(prepared);
    try {
      return probe(prepared);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** tlslint's findings for the fixture at the installed nginx version with OpenSSL 3.0, every rule on. */
async function findingsFor(fixture: string): Promise<Finding[]> {
  const file = join(FIXTURES, fixture);
  const options: RunOptions = {
    dialect: 'nginx', profile: 'intermediate', guidelines: '6.0', serverVersions: { nginx: version ?? '1.22.1' }, openssl: '3.0',
    now: new Date(), root: join(file, '..'), pathMaps: [], ruleOptions: {}, ruleSettings: {}, limits: DEFAULT_LIMITS,
  };
  return (await lint([file], options)).findings;
}

function portOf(prepared: PreparedConfig, socket: string): number {
  const port = prepared.ports.get(socket);
  if (port === undefined) throw new Error(`no port for ${socket}: ${[...prepared.ports.keys()].join(', ')}`);
  return port;
}

describe.skipIf(version === null)(`live nginx ${version} semantics`, () => {
  it('an if block with add_header of its own drops the inherited HSTS for the requests it matches', async () => {
    const fixture = 'hsts-overridden/if-block.conf';
    const answers = await withServer(fixture, (prepared) => {
      const port = portOf(prepared, 'tcp *:443');
      return {
        get: request('https', port, 'api.example.com', '/'),
        options: request('https', port, 'api.example.com', '/', 'OPTIONS'),
        head: request('https', port, 'api.example.com', '/health', 'HEAD'),
      };
    });
    expect(answers.options.status).toBe(204);
    expect(answers.options.headers.has('strict-transport-security')).toBe(false);
    expect(answers.options.headers.has('access-control-allow-origin')).toBe(true);
    expect(answers.get.headers.has('strict-transport-security')).toBe(true);
    expect(answers.head.headers.has('strict-transport-security')).toBe(true);
    const overridden = (await findingsFor(fixture)).filter((f) => f.ruleId === 'hsts-overridden');
    expect(overridden.map((f) => f.range.start.line)).toEqual([13]);
  });

  it('a server with ssl_reject_handshake on completes no handshake, and tlslint reports nothing about its TLS', async () => {
    const fixture = 'protocol-deprecated/reject-handshake.conf';
    const results = await withServer(fixture, (prepared) => {
      const port = portOf(prepared, 'tcp *:443');
      return {
        retired: (['TLSv1', 'TLSv1.2', 'TLSv1.3'] as const).map((p) => handshake(port, 'retired.example.com', p, 'ALL:@SECLEVEL=0')),
        www: handshake(port, 'www.example.com', 'TLSv1.3'),
      };
    });
    expect(results.retired.map((r) => r.ok)).toEqual([false, false, false]);
    expect(results.www.ok).toBe(true);
    const onRetired = (await findingsFor(fixture)).filter((f) => f.range.start.line >= 17);
    expect(onRetired.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('before 1.29.2 a server chosen by SNI negotiates the default server\'s protocols, not its own', async () => {
    const fixture = 'protocol-tls13-disabled/sni-server-1.22.conf';
    const legacy = await withServer(fixture, (prepared) => {
      const port = portOf(prepared, 'tcp *:443');
      const args = ['-skv', '--tlsv1.3', '--resolve', `legacy.example.com:${port}:127.0.0.1`, `https://legacy.example.com:${port}/`];
      const result = spawnSync('curl', args, { encoding: 'utf8', timeout: 10_000 });
      return { body: result.stdout, protocol: /SSL connection using (TLSv[\d.]+)/.exec(result.stderr)?.[1] };
    });
    // legacy.example.com says `ssl_protocols TLSv1.2;`, yet its own content comes over TLS 1.3.
    expect(legacy).toEqual({ body: 'legacy', protocol: 'TLSv1.3' });
    expect((await findingsFor(fixture)).filter((f) => f.ruleId === 'protocol-tls13-disabled')).toEqual([]);
  });
});
