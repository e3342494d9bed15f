// Clients for the live suite: free ports, waiting for a listener, openssl s_client handshakes, curl requests.
import { spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import type { TlsProtocol } from '../../src/model/types.js';

/** A port nobody listens on right now (the kernel picks it). */
export function allocatePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Resolves once every port accepts connections; rejects after `timeoutMs` or when `gaveUp()` says the server died. */
export async function waitForPorts(ports: number[], timeoutMs: number, gaveUp: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const port of ports) {
    while (!(await accepts(port))) {
      if (gaveUp()) throw new Error('the server exited');
      if (Date.now() > deadline) throw new Error(`port ${port} did not open within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const PROTOCOL_FLAGS: Record<TlsProtocol, string | null> = {
  SSLv2: null, SSLv3: null, TLSv1: '-tls1', 'TLSv1.1': '-tls1_1', 'TLSv1.2': '-tls1_2', 'TLSv1.3': '-tls1_3',
};

export interface Handshake {
  ok: boolean;
  protocol: string | null;
  cipher: string | null;
  output: string;
}

/**
 * One handshake with `openssl s_client`. The client runs at security level 0 with every suite allowed, so
 * only the server decides what is negotiated.
 */
export function handshake(port: number, serverName: string, protocol: TlsProtocol, cipher = 'ALL:@SECLEVEL=0', client?: ClientCertificate): Handshake {
  const flag = PROTOCOL_FLAGS[protocol];
  if (!flag) return { ok: false, protocol: null, cipher: null, output: `${protocol} is not in this openssl build` };
  const args = ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', serverName, flag, '-brief'];
  if (client) args.push('-cert', client.cert, '-key', client.key);
  if (protocol !== 'TLSv1.3') args.push('-cipher', cipher);
  const result = spawnSync('openssl', args, { input: '', encoding: 'utf8', timeout: 10_000, env: { ...process.env, OPENSSL_CONF: '/dev/null' } });
  const output = `${result.stdout}${result.stderr}`;
  const negotiated = /Protocol version: (\S+)/.exec(output)?.[1] ?? null;
  return { ok: result.status === 0 && negotiated !== null, protocol: negotiated, cipher: /Ciphersuite: (\S+)/.exec(output)?.[1] ?? null, output };
}

export interface HttpAnswer {
  status: number | null;
  headers: Map<string, string>;
  output: string;
}

/** A client certificate and its key (PEM files) a probe presents. */
export interface ClientCertificate {
  cert: string;
  key: string;
}

/** A request with curl; `https` uses SNI and Host `serverName` pinned to 127.0.0.1, and presents `client` when given. */
export function request(scheme: 'http' | 'https', port: number, serverName: string, path: string, method = 'GET', client?: ClientCertificate): HttpAnswer {
  const url = `${scheme}://${serverName}:${port}${path}`;
  const clientArgs = client ? ['--cert', client.cert, '--key', client.key] : [];
  const result = spawnSync('curl', ['-sk', '-X', method, '-o', '/dev/null', '-D', '-', '--max-time', '5', ...clientArgs, '--resolve', `${serverName}:${port}:127.0.0.1`, url], { encoding: 'utf8', timeout: 10_000 });
  const lines = (result.stdout ?? '').split(/\r?\n/);
  const status = /^HTTP\/[\d.]+ (\d{3})/.exec(lines[0] ?? '')?.[1];
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: status ? Number(status) : null, headers, output: `${url}\n${result.stdout}${result.stderr}` };
}
