// nginx behaviours the generic fixture probes cannot reach, each proven on the installed nginx with the fixture tlslint reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
// Under CI (.ci/run installs every tool) a missing tool fails these tests instead of skipping them.
const IN_CI = process.env.CI === 'true';

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

describe.skipIf(version === null && !IN_CI)(`live nginx ${version} semantics`, () => {
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

  const modules = ['ngx_stream_module.so', 'ngx_mail_module.so'].every((m) => existsSync(join('/usr/lib/nginx/modules', m)));
  it.skipIf(!modules && !IN_CI)('stream {} and mail {} servers negotiate the protocols tlslint models for them', async () => {
    const fixture = 'protocol-tls13-disabled/stream-mail-live.conf';
    const results = await withServer(fixture, (prepared) => {
      const stream = portOf(prepared, 'tcp *:6443');
      const mail = portOf(prepared, 'tcp *:993');
      return {
        stream: [handshake(stream, 'db.example.com', 'TLSv1.2').ok, handshake(stream, 'db.example.com', 'TLSv1.3').ok],
        mail: [handshake(mail, 'mail.example.com', 'TLSv1.2').ok, handshake(mail, 'mail.example.com', 'TLSv1.3').ok],
      };
    });
    expect(results).toEqual({ stream: [true, false], mail: [false, true] });
    const tls13 = (await findingsFor(fixture)).filter((f) => f.ruleId === 'protocol-tls13-disabled');
    expect(tls13.map((f) => f.range.start.line)).toEqual([15]);
  });

  const headersMore = existsSync('/usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so');
  it.skipIf(!headersMore && !IN_CI)('more_set_headers sends HSTS on every status and through a location\'s own add_header; -s limits it', async () => {
    const fixture = 'hsts-not-always/more-set-headers-live.conf';
    const seen = await withServer(fixture, (prepared) => {
      const port = portOf(prepared, 'tcp *:443');
      const hsts = (name: string, path: string) => {
        const answer = request('https', port, name, path);
        return `${answer.status} ${answer.headers.has('strict-transport-security')}`;
      };
      return {
        api: hsts('more.example.com', '/api/'), home: hsts('more.example.com', '/'),
        filteredHome: hsts('filtered.example.com', '/'), filteredGone: hsts('filtered.example.com', '/gone'),
      };
    });
    expect(seen).toEqual({ api: '200 true', home: '200 true', filteredHome: '200 true', filteredGone: '404 false' });
    const findings = await findingsFor(fixture);
    expect(findings.filter((f) => f.ruleId.startsWith('hsts-')).map((f) => `${f.range.start.line}:${f.ruleId}`)).toEqual(['31:hsts-not-always']);
  });

  it('session tickets belong to the socket\'s default server: an SNI server issues them only when it does too', async () => {
    const fixture = 'session-tickets-enabled/sni-server.conf';
    /** True when a TLS 1.2 handshake with `name` gets a session ticket. */
    const ticket = (port: number, name: string) => {
      const args = ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', name, '-tls1_2'];
      const result = spawnSync('openssl', args, { input: '', encoding: 'utf8', timeout: 10_000, env: { ...process.env, OPENSSL_CONF: '/dev/null' } });
      return /TLS session ticket:/.test(result.stdout);
    };
    const issued = await withServer(fixture, (prepared) => {
      const main = portOf(prepared, 'tcp *:443');
      const other = portOf(prepared, 'tcp *:8443');
      return { www: ticket(main, 'www.example.com'), shop: ticket(main, 'shop.example.com'), api: ticket(other, 'api.example.com'), admin: ticket(other, 'admin.example.com') };
    });
    expect(issued).toEqual({ www: false, shop: false, api: true, admin: false });
    const tickets = (await findingsFor(fixture)).filter((f) => f.ruleId === 'session-tickets-enabled');
    expect(tickets.map((f) => f.range.start.line)).toEqual([27]);
  });
});
