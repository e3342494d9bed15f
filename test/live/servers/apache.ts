// Apache httpd for the live suite: copy a fixture into a scratch ServerRoot, move its sockets to free
// loopback ports, and run Debian's apache2 on it with Debian's modules.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import { vhostAddress, listenAddress } from '../../../src/dialects/apache/model.js';
import type { Directive } from '../../../src/syntax/ast.js';
import { walkDirectives } from '../../../src/syntax/ast.js';
import type { LiveServerAdapter, PreparedConfig, RunningServer, TestCredentials } from './server.js';
import { waitForPorts } from '../probes.js';

const APACHE = ['/usr/sbin/apache2', '/usr/sbin/httpd'].find((path) => existsSync(path)) ?? 'apache2';
const MODULES = '/usr/lib/apache2/modules';

/** Modules every case gets (the fixtures name no LoadModule): TLS, headers, redirects, proxying. */
const LOADED = ['mpm_event', 'authz_core', 'ssl', 'socache_shmcb', 'headers', 'alias', 'rewrite', 'proxy', 'proxy_http', 'mime', 'dir'];

/** Directives that name files or processes of the machine the fixture came from. */
const DROPPED = new Set(['listen', 'loadmodule', 'pidfile', 'errorlog', 'customlog', 'user', 'group', 'serverroot', 'mutex', 'sslsessioncache', 'sslstaplingcache']);
/** CA bundles and chain files: the test certificate stands in, so verification settings stay as written. */
const TRUST_FILES = new Set(['sslcacertificatefile', 'sslproxycacertificatefile', 'sslcertificatechainfile']);

interface Edit {
  start: number;
  end: number;
  text: string;
}

export const apacheAdapter: LiveServerAdapter = {
  dialect: 'apache',
  refusesAtStart: true,
  // mod_headers' default `onsuccess` table is headers_out, which ap_send_error_response drops for every
  // response httpd makes itself, redirects included: only 2xx responses carry it.
  successStatuses: new Set([200, 201, 204, 206]),

  installedVersion() {
    const result = spawnSync(APACHE, ['-v'], { encoding: 'utf8' });
    if (result.error) return null;
    return /Apache\/(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? null;
  },

  async prepare(fixture, scratch, credentials, allocatePort) {
    const main = ['apache2.conf', 'httpd.conf'].includes(basename(fixture));
    if (main) cpSync(dirname(fixture), scratch, { recursive: true });
    else cpSync(fixture, join(scratch, basename(fixture)));
    const ports = new Map<string, number>();
    for (const file of confFiles(scratch)) {
      const text = readFileSync(file, 'utf8');
      const edits = await rewrites(parseApache(text, file).directives, credentials, ports, allocatePort);
      writeFileSync(file, applyEdits(text, edits));
    }
    const entry = join(scratch, 'tlslint-live-main.conf');
    writeFileSync(join(scratch, 'tlslint-live-mime.types'), 'text/html html\n');
    writeFileSync(entry, [
      `ServerRoot ${scratch}`,
      `DefaultRuntimeDir ${scratch}`,
      `PidFile ${join(scratch, 'apache2.pid')}`,
      `ErrorLog ${join(scratch, 'error.log')}`,
      'LogLevel warn',
      ...LOADED.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
      'ServerName localhost',
      `TypesConfig ${join(scratch, 'tlslint-live-mime.types')}`,
      `SSLSessionCache shmcb:${join(scratch, 'ssl_scache')}(512000)`,
      `SSLStaplingCache shmcb:${join(scratch, 'ocsp')}(128000)`,
      ...[...new Set(ports.values())].map((port) => `Listen 127.0.0.1:${port}`),
      `Include ${join(scratch, basename(fixture))}`,
      '',
    ].join('\n'));
    return { entry, prefix: scratch, ports };
  },

  check(config) {
    const result = spawnSync(APACHE, ['-t', '-f', config.entry], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    return { accepted: result.status === 0, output: `${result.stdout}${result.stderr}` };
  },

  async start(config) {
    // -X: one process in the foreground, no children, no switch of user.
    const child = spawn(APACHE, ['-X', '-f', config.entry], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'C' } });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const running: RunningServer = { process: child, stop: () => stopProcess(child, exited) };
    try {
      await waitForPorts([...config.ports.values()], 10_000, () => child.exitCode !== null);
    } catch (error) {
      await running.stop();
      throw new Error(`apache2 did not start: ${(error as Error).message}\n${stderr}${readErrorLog(config)}`);
    }
    return running;
  },
};

function readErrorLog(config: PreparedConfig): string {
  try {
    return readFileSync(join(config.prefix, 'error.log'), 'utf8');
  } catch {
    return '';
  }
}

async function stopProcess(child: ReturnType<typeof spawn>, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

function confFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => path.endsWith('.conf') && statSync(path).isFile());
}

/** The model's socket key (see socketKey) of a vhost address or Listen argument, or null for IPv6 and portless ones. */
export function liveSocket(text: string, listen: boolean): string | null {
  const parsed = listen ? listenAddress(text) : vhostAddress(text);
  if (!parsed || parsed.port === null) return null;
  const address = parsed.address === null || parsed.address === '_default_' || parsed.address === '0.0.0.0' ? '*' : parsed.address;
  if (address.startsWith('[')) return null;
  return `tcp ${address}:${parsed.port}`;
}

async function rewrites(directives: Directive[], credentials: TestCredentials, ports: Map<string, number>, allocatePort: () => Promise<number>): Promise<Edit[]> {
  const edits: Edit[] = [];
  const replaceArg = (d: Directive, index: number, text: string) => edits.push({ start: d.args[index].range.start.offset, end: d.args[index].range.end.offset, text });
  const drop = (d: Directive) => edits.push({ start: d.range.start.offset, end: d.range.end.offset, text: '' });
  const portFor = async (socket: string) => {
    if (!ports.has(socket)) ports.set(socket, await allocatePort());
    return ports.get(socket)!;
  };
  for (const d of walkDirectives(directives)) {
    const name = d.name.toLowerCase();
    const first = d.args[0]?.value ?? '';
    if (name === 'listen') {
      // The main server's sockets: listened on by the wrapper, the line itself dropped.
      const socket = liveSocket(first, true);
      if (socket) await portFor(socket);
      drop(d);
    } else if (DROPPED.has(name)) drop(d);
    else if (name === 'virtualhost') {
      for (let index = 0; index < d.args.length; index++) {
        const socket = liveSocket(d.args[index].value, false);
        replaceArg(d, index, socket ? `127.0.0.1:${await portFor(socket)}` : '127.0.0.1:9');
      }
    } else if (name === 'sslcertificatefile') replaceArg(d, 0, credentials.rsaCert);
    else if (name === 'sslcertificatekeyfile') replaceArg(d, 0, credentials.rsaKey);
    else if (TRUST_FILES.has(name) && d.args.length > 0) replaceArg(d, 0, credentials.rsaCert);
    else if (name === 'sslopensslconfcmd' && first.toLowerCase() === 'dhparameters') replaceArg(d, 1, credentials.dhparam);
    else if (name === 'proxypass') {
      const index = d.args.findIndex((a) => /^[a-z]+:\/\//i.test(a.value));
      if (index !== -1) replaceArg(d, index, d.args[index].value.replace(/^([a-z]+:\/\/)[^/]+/i, '$1127.0.0.1:9'));
    }
  }
  return edits;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
