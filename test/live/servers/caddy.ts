// Caddy for the live suite: rewrite a Caddyfile to run unprivileged on 127.0.0.1 with no network, then `caddy run` it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandCaddyfile } from '../../../src/dialects/caddy/expand.js';
import { parseCaddyfile } from '../../../src/dialects/caddy/parse.js';
import { KEYLESS_BLOCK } from '../../../src/dialects/caddy/to-ast.js';
import { startOffsetOf, endOffsetOf } from '../../../src/syntax/range.js';
import type { LiveServerAdapter, PreparedConfig, RunningServer } from './server.js';
import { waitForPorts } from '../probes.js';
import { buildCaddyModel } from '../../../src/dialects/caddy/model.js';
import { socketKey, type CertificateRef, type TlsModel } from '../../../src/model/types.js';
import type { LintOptions } from '../../../src/engine/options.js';

const MODEL_OPTIONS = { serverVersions: {}, pathMaps: [], root: '/', openssl: '3.0' } as unknown as LintOptions;

/** The default ports Caddy's automatic HTTPS works with, moved with `http_port` and `https_port`. */
const DEFAULT_PORTS = [80, 443];

interface Edit {
  start: number;
  end: number;
  text: string;
}

export const caddyAdapter: LiveServerAdapter = {
  dialect: 'caddy',
  // A header the model says is not sent on every status is a deferred one (ResponseHeader.deferred): it reaches
  // what a handler writes (a 200 here) and misses the errors handlers fail with (the probes' 404 and 502).
  successStatuses: new Set([200]),

  installedVersion() {
    const result = spawnSync('caddy', ['version'], { encoding: 'utf8' });
    if (result.error || result.status !== 0) return null;
    return /v?(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? null;
  },

  async prepare(fixture, scratch, credentials, allocatePort) {
    const text = readFileSync(fixture, 'utf8');
    const file = parseCaddyfile(text, fixture);
    const config = expandCaddyfile(file);
    const moved = new Map<number, number>();
    const allocated = async (port: number) => {
      if (!moved.has(port)) moved.set(port, await allocatePort());
      return moved.get(port)!;
    };
    const defaults = new Map<number, number>();
    for (const port of DEFAULT_PORTS) defaults.set(port, await allocatePort());
    const portFor = async (port: number) => defaults.get(port) ?? allocated(port);
    const edits: Edit[] = [];
    // Explicit ports in site addresses move to free loopback ports (the default ones with http_port/https_port).
    for (const site of config.sites) {
      for (const address of site.addresses) {
        if (address.range.file !== fixture) continue;
        const match = /^(.*:)(\d+)(\/.*)?$/.exec(address.raw.replace(/,$/, ''));
        if (!match || /^\[?[0-9a-f:]*\]?$/i.test(match[1]) && match[1].includes('::')) continue;
        const to = await portFor(Number(match[2]));
        edits.push({ start: startOffsetOf(address.range), end: startOffsetOf(address.range) + match[1].length + match[2].length, text: `${match[1]}${to}` });
      }
    }
    // Certificates named in the fixture: the suite's own stand in (the certificate rules are proven elsewhere).
    for (const site of config.sites) {
      for (const directive of site.directives) {
        if (directive.name !== 'tls' || directive.args.length !== 2 || directive.range.file !== fixture) continue;
        edits.push({ start: startOffsetOf(directive.args[0].range), end: endOffsetOf(directive.args[1].range), text: `${credentials.rsaCert} ${credentials.rsaKey}` });
      }
    }
    // No network, no admin socket, no trust store, state in the scratch directory; certificates from Caddy's
    // local CA with RSA keys (the suite probes RSA suites), on loopback only. A site that names its own ACME
    // account (`tls EMAIL`) keeps ACME even under local_certs: its CA is a closed loopback port, so the attempt
    // never leaves the machine (no DNS lookup, no request to a public CA).
    const options = [
      'admin off', 'skip_install_trust', 'local_certs', 'acme_ca https://127.0.0.1:9/directory', 'key_type rsa2048', 'default_bind 127.0.0.1',
      `http_port ${defaults.get(80)}`, `https_port ${defaults.get(443)}`, `storage file_system ${join(scratch, 'storage')}`,
    ].map((o) => `\t${o}\n`).join('');
    const first = file.directives[0];
    if (first?.name === KEYLESS_BLOCK && first.headRange) {
      edits.push({ start: endOffsetOf(first.headRange), end: endOffsetOf(first.headRange), text: `\n${options}` });
    } else {
      edits.push({ start: 0, end: 0, text: `{\n${options}}\n` });
    }
    const entry = join(scratch, 'Caddyfile');
    const rewritten = applyEdits(text, edits);
    writeFileSync(entry, rewritten);
    expectLocalCertificates(entry, buildCaddyModel(parseCaddyfile(rewritten, fixture), MODEL_OPTIONS));
    mkdirSync(join(scratch, 'home'), { recursive: true });
    // The sockets the model says Caddy opens, each at the port it moved to.
    const model = buildCaddyModel(file, MODEL_OPTIONS);
    const ports = new Map<string, number>();
    for (const listener of model.endpoints.flatMap((e) => e.listeners)) ports.set(socketKey(listener), await portFor(listener.port));
    return { entry, prefix: scratch, ports };
  },

  check: (config) => validateCaddy(config, ['--adapter', 'caddyfile']),
  start: (config) => runCaddy(config, ['--adapter', 'caddyfile']),
};

/** `caddy validate` of the prepared config, with `adapter` (e.g. `--adapter caddyfile`; none for JSON). */
export function validateCaddy(config: PreparedConfig, adapter: string[]): { accepted: boolean; output: string } {
  const result = spawnSync('caddy', ['validate', ...adapter, '--config', config.entry], { encoding: 'utf8', env: environment(config), timeout: 60_000 });
  return { accepted: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** `caddy run` of the prepared config, ready once its ports listen and its local CA has signed every name. */
export async function runCaddy(config: PreparedConfig, adapter: string[]): Promise<RunningServer> {
  const child = spawn('caddy', ['run', ...adapter, '--config', config.entry], { stdio: ['ignore', 'ignore', 'pipe'], env: environment(config) });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running: RunningServer = { process: child, stop: () => stopProcess(child, exited) };
  try {
    await waitForPorts([...config.ports.values()], 15_000, () => child.exitCode !== null);
    await certificatesReady(config.entry, () => stderr);
  } catch (error) {
    await running.stop();
    throw new Error(`caddy did not start: ${(error as Error).message}\n${stderr.slice(-4000)}`);
  }
  return running;
}

/** Caddy's state and config directories inside the scratch directory, never the user's. */
export function environment(config: PreparedConfig): NodeJS.ProcessEnv {
  const home = join(config.prefix, 'home');
  return { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') };
}

/** Per prepared entry, how many names Caddy's local CA signs a certificate for when it starts. */
const localNames = new Map<string, number>();

/**
 * Notes the names the local CA signs for when Caddy runs `entry`, from the model of the config as rewritten
 * (where `local_certs` or the rewritten issuers make the local CA sign what ACME would): ACME names go to a
 * closed port and are never signed, and on-demand ones only while a handshake asking for them waits.
 */
export function expectLocalCertificates(entry: string, model: TlsModel): void {
  // A site whose certificates an unread file may set (an import of a file, read here without its loader) is not counted.
  const known = model.endpoints.filter((e) => !e.unknown.has('certificates'));
  // Every file a fixture loads is the suite's certificate for "localhost": automatic HTTPS then obtains none for it.
  const loadsFiles = model.endpoints.some((e) => e.certificates.some((c) => !c.managed));
  const signed = (c: CertificateRef) => (c.managed?.issuer === 'local-ca' && !c.managed.onDemand
    ? c.managed.names.filter((n) => !(loadsFiles && c.managed!.unlessLoaded && n === 'localhost')) : []);
  const names = known.flatMap((e) => e.certificates.flatMap(signed));
  localNames.set(entry, new Set(names).size);
}

/**
 * Waits until Caddy serves its configuration and its local CA has signed every certificate it obtains at
 * start: issuance runs in the background, name by name, and a probe of a name still waiting fails its
 * handshake (seen on a loaded machine with several sites).
 */
export async function certificatesReady(entry: string, stderr: () => string): Promise<void> {
  const count = localNames.get(entry) ?? 0;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const obtaining = (stderr().match(/"msg":"obtaining certificate"/g) ?? []).length;
    const obtained = (stderr().match(/certificate obtained successfully/g) ?? []).length;
    if (obtained >= Math.max(obtaining, count) && /serving initial configuration/.test(stderr())) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the local CA did not sign ${count} certificates within 15 s`);
}

export async function stopProcess(child: ReturnType<typeof spawn>, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
