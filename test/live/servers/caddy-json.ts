// Caddy's JSON config for the live suite: rewrite a fixtures/caddy-json case to run unprivileged on 127.0.0.1
// with no network (admin off, local CA, state in the scratch directory), then `caddy run` it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LiveServerAdapter } from './server.js';
import { caddyAdapter, expectLocalCertificates, runCaddy, validateCaddy } from './caddy.js';
import { buildCaddyJsonModel } from '../../../src/dialects/caddy/json-model.js';
import { parseCaddyJson } from '../../../src/dialects/caddy/parse.js';
import { socketKey } from '../../../src/model/types.js';
import type { LintOptions } from '../../../src/engine/options.js';

const MODEL_OPTIONS = { serverVersions: {}, pathMaps: [], root: '/', openssl: '3.0' } as unknown as LintOptions;

type Json = Record<string, any>;

/** A closed loopback port: an ACME issuer a fixture names is tried there, never at a public CA. */
const CLOSED_ACME_CA = 'https://127.0.0.1:9/directory';

export const caddyJsonAdapter: LiveServerAdapter = {
  dialect: 'caddy',
  fixtures: 'caddy-json',
  successStatuses: caddyAdapter.successStatuses,
  installedVersion: caddyAdapter.installedVersion,

  async prepare(fixture, scratch, credentials, allocatePort) {
    const text = readFileSync(fixture, 'utf8');
    const moved = new Map<number, number>();
    const portFor = async (port: number) => {
      if (!moved.has(port)) moved.set(port, await allocatePort());
      return moved.get(port)!;
    };
    let config: Json;
    try {
      config = JSON.parse(text) as Json;
    } catch {
      // Caddy refuses it too: `check` shows how.
      const entry = join(scratch, 'caddy.json');
      writeFileSync(entry, text);
      mkdirSync(join(scratch, 'home'), { recursive: true });
      return { entry, prefix: scratch, ports: new Map() };
    }
    config.admin = { disabled: true };
    config.storage = { module: 'file_system', root: join(scratch, 'storage') };
    const http: Json | undefined = config.apps?.http;
    if (http) {
      // Automatic HTTPS works with the HTTP and HTTPS ports: both move to free ones.
      http.http_port = await portFor(http.http_port ?? 80);
      http.https_port = await portFor(http.https_port ?? 443);
      for (const server of Object.values<Json>(http.servers ?? {})) {
        const listen: string[] = server.listen ?? [];
        server.listen = await Promise.all(listen.map(async (address) => {
          const port = /:(\d+)$/.exec(address)?.[1];
          return port ? `127.0.0.1:${await portFor(Number(port))}` : address;
        }));
      }
    }
    // Certificates: the suite's own stand in for loaded files; managed ones come from Caddy's local CA with
    // RSA keys (the suite probes RSA suites), and an ACME issuer a fixture names is tried at a closed port.
    config.apps ??= {};
    const tls: Json = (config.apps.tls ??= {});
    for (const file of tls.certificates?.load_files ?? []) Object.assign(file, { certificate: credentials.rsaCert, key: credentials.rsaKey });
    const automation: Json = (tls.automation ??= {});
    const policies: Json[] = (automation.policies ??= []);
    for (const policy of policies) {
      policy.key_type = 'rsa2048';
      const issuers: Json[] = policy.issuers ?? [];
      policy.issuers = issuers.length === 0 ? [{ module: 'internal' }] : issuers.map((issuer) => (issuer.module === 'internal' ? issuer : { module: 'acme', ca: CLOSED_ACME_CA }));
    }
    // Caddy refuses a second catch-all policy (one without subjects): the fixture's own, rewritten, is it.
    if (!policies.some((policy) => !policy.subjects?.length)) policies.push({ issuers: [{ module: 'internal' }], key_type: 'rsa2048' });
    config.apps.pki = { certificate_authorities: { local: { install_trust: false } } };
    const entry = join(scratch, 'caddy.json');
    const rewritten = `${JSON.stringify(config, null, '\t')}\n`;
    writeFileSync(entry, rewritten);
    mkdirSync(join(scratch, 'home'), { recursive: true });
    // The names the local CA will sign for (ACME ones go to the closed port): start waits for each.
    expectLocalCertificates(entry, buildCaddyJsonModel(parseCaddyJson(rewritten, entry), MODEL_OPTIONS));
    // The sockets the model says Caddy opens, each at the port it moved to.
    const model = buildCaddyJsonModel(parseCaddyJson(text, fixture), MODEL_OPTIONS);
    const ports = new Map<string, number>();
    for (const listener of model.endpoints.flatMap((e) => e.listeners)) ports.set(socketKey(listener), await portFor(listener.port));
    return { entry, prefix: scratch, ports };
  },

  check: (config) => validateCaddy(config, []),
  start: (config) => runCaddy(config, []),
};
