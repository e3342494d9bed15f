// nginx for the live suite: rewrite a fixture to run unprivileged on 127.0.0.1, then start it with -p/-c.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseNginx } from '../../../src/dialects/nginx/parse.js';
import type { Directive } from '../../../src/syntax/ast.js';
import { walkDirectives } from '../../../src/syntax/ast.js';
import type { LiveServerAdapter, PreparedConfig, RunningServer, TestCredentials } from './server.js';
import { waitForPorts } from '../probes.js';

/** Directives that name files or hosts the test machine lacks, or that nginx 1.22 does not know. */
const DROPPED = new Set([
  'user', 'pid', 'error_log', 'access_log', 'ssl_session_ticket_key', 'ssl_stapling_file', 'ssl_password_file', 'http2', 'http3', 'quic_retry', 'quic_gso', 'add_header_inherit', 'resolver',
]);
/** CA bundles a config names: the test certificate stands in, so verification settings stay as written. */
const TRUST_FILES = new Set(['ssl_trusted_certificate', 'ssl_client_certificate', 'proxy_ssl_trusted_certificate', 'grpc_ssl_trusted_certificate', 'uwsgi_ssl_trusted_certificate']);
const PASSES = new Set(['proxy_pass', 'grpc_pass', 'uwsgi_pass', 'fastcgi_pass', 'scgi_pass']);

interface Edit {
  start: number;
  end: number;
  text: string;
}

export const nginxAdapter: LiveServerAdapter = {
  dialect: 'nginx',
  /** ngx_http_headers_module: add_header without `always` only on these statuses. */
  successStatuses: new Set([200, 201, 204, 206, 301, 302, 303, 304, 307, 308]),

  installedVersion() {
    const result = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
    if (result.error) return null;
    return /nginx\/(\d+\.\d+\.\d+)/.exec(result.stderr)?.[1] ?? null;
  },

  async prepare(fixture, scratch, credentials, allocatePort) {
    // A folder fixture (nginx.conf with its includes) is copied whole; a fragment alone.
    if (basename(fixture) === 'nginx.conf') cpSync(dirname(fixture), scratch, { recursive: true });
    else cpSync(fixture, join(scratch, basename(fixture)));
    const ports = new Map<string, number>();
    for (const file of confFiles(scratch)) {
      const text = readFileSync(file, 'utf8');
      const edits = await rewrites(parseNginx(text, file).directives, credentials, ports, allocatePort);
      writeFileSync(file, applyEdits(text, edits));
    }
    const copy = join(scratch, basename(fixture));
    return { entry: isMainConfig(copy) ? withEvents(copy) : wrapFragment(copy, scratch), prefix: scratch, ports };
  },

  check(config) {
    const result = spawnSync('nginx', ['-t', ...commonArgs(config), '-g', `pid ${join(config.prefix, 'nginx.pid')};`], { encoding: 'utf8' });
    return { accepted: result.status === 0, output: `${result.stdout}${result.stderr}` };
  },

  async start(config) {
    const child = spawn('nginx', [...commonArgs(config), '-g', `daemon off; pid ${join(config.prefix, 'nginx.pid')};`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const running: RunningServer = { process: child, stop: () => stopProcess(child, exited) };
    try {
      await waitForPorts([...config.ports.values()], 10_000, () => child.exitCode !== null);
    } catch (error) {
      await running.stop();
      throw new Error(`nginx did not start: ${(error as Error).message}\n${stderr}${readErrorLog(config)}`);
    }
    return running;
  },
};

function commonArgs(config: PreparedConfig): string[] {
  return ['-p', config.prefix, '-c', config.entry, '-e', join(config.prefix, 'error.log')];
}

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

/** A full nginx.conf has `http {}` at its top; anything else is a fragment nginx.conf includes inside `http {}`. */
function isMainConfig(path: string): boolean {
  return parseNginx(readFileSync(path, 'utf8'), path).directives.some((d) => d.name === 'http' && d.children);
}

/** nginx refuses a main config without `events {}`; fixtures that show only `http {}` get an empty one. */
function withEvents(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!parseNginx(text, path).directives.some((d) => d.name === 'events')) writeFileSync(path, `events {}\n${text}`);
  return path;
}

function wrapFragment(fragment: string, prefix: string): string {
  const main = join(prefix, 'tlslint-live-main.conf');
  writeFileSync(main, `events {}\nhttp {\n    include ${relative(prefix, fragment)};\n}\n`);
  return main;
}

async function rewrites(directives: Directive[], credentials: TestCredentials, ports: Map<string, number>, allocatePort: () => Promise<number>): Promise<Edit[]> {
  const edits: Edit[] = [];
  const replaceArg = (d: Directive, index: number, text: string) => edits.push({ start: d.args[index].range.start.offset, end: d.args[index].range.end.offset, text });
  const drop = (d: Directive) => edits.push({ start: d.range.start.offset, end: d.range.end.offset, text: '' });
  for (const d of walkDirectives(directives)) {
    const first = d.args[0]?.value ?? '';
    if (DROPPED.has(d.name)) drop(d);
    else if (d.name === 'listen') {
      const socket = liveSocket(d);
      if (!socket) drop(d);
      else {
        if (!ports.has(socket)) ports.set(socket, await allocatePort());
        replaceArg(d, 0, `127.0.0.1:${ports.get(socket)}`);
      }
    } else if (d.name === 'ssl_certificate' && !first.includes('$')) replaceArg(d, 0, credentials.rsaCert);
    else if (d.name === 'ssl_certificate_key' && !first.includes('$')) replaceArg(d, 0, credentials.rsaKey);
    else if (TRUST_FILES.has(d.name) && d.args.length > 0) replaceArg(d, 0, credentials.rsaCert);
    else if (d.name === 'ssl_dhparam') replaceArg(d, 0, credentials.dhparam);
    else if (PASSES.has(d.name) && d.args.length > 0 && !first.includes('$')) replaceArg(d, 0, first.replace(/^([a-z]+:\/\/)?[^/]+/, (_, scheme = '') => `${scheme}127.0.0.1:9`));
    else if (d.name === 'server' && !d.children && d.args.length > 0) replaceArg(d, 0, '127.0.0.1:9'); // upstream {} members
  }
  return edits;
}

/** The model's socket key of a TCP listen (see socketKey), or null for sockets the suite cannot probe (IPv6, unix, QUIC). */
export function liveSocket(listen: Directive): string | null {
  const socket = listen.args[0]?.value ?? '';
  if (socket.startsWith('[') || socket.startsWith('unix:') || listen.args.some((a) => a.value === 'quic')) return null;
  if (/^\d+$/.test(socket)) return `tcp *:${socket}`;
  const colon = socket.lastIndexOf(':');
  const [address, port] = colon > 0 ? [socket.slice(0, colon), socket.slice(colon + 1)] : [socket, '80'];
  return `tcp ${address === '0.0.0.0' || address === '*' ? '*' : address}:${port}`;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Generates a self-signed RSA certificate and RFC 7919 DH parameters once per run. */
export function generateCredentials(dir: string): TestCredentials {
  const credentials = { rsaCert: join(dir, 'rsa.pem'), rsaKey: join(dir, 'rsa.key'), dhparam: join(dir, 'dhparam.pem') };
  const env = { ...process.env, OPENSSL_CONF: '/dev/null' };
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '2',
    '-keyout', credentials.rsaKey, '-out', credentials.rsaCert], { stdio: 'ignore', env });
  execFileSync('openssl', ['genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', 'group:ffdhe2048', '-out', credentials.dhparam], { stdio: 'ignore', env });
  return credentials;
}
