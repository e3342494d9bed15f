// The facts the oracle compares between a Caddyfile's model and the model of the JSON `caddy adapt` makes of it.
import { hstsHeadersOf } from '../../../src/model/hsts.js';
import type { TlsModel } from '../../../src/model/types.js';
import { buildCaddyModel } from '../../../src/dialects/caddy/model.js';
import { buildCaddyJsonModel } from '../../../src/dialects/caddy/json-model.js';
import { parseCaddyfile, parseCaddyJson } from '../../../src/dialects/caddy/parse.js';
import { loadCaddyfile } from '../../../src/dialects/caddy/load.js';
import { expandGoSuites } from '../../../src/tls/go-suites.js';
import { dirname } from 'node:path';
import { existsSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../../../src/engine/run.js';
import type { LintOptions } from '../../../src/engine/options.js';

const OPTIONS = { serverVersions: {}, pathMaps: [], root: '/', openssl: '3.0', limits: DEFAULT_LIMITS } as unknown as LintOptions;

/**
 * One line per (host name, port) a site answers on: TLS or not, whether plain HTTP redirects, protocols,
 * suites, client-certificate authentication, the CA that signs the certificate Caddy obtains for the name, the site's HSTS value, the other HSTS values its path scopes send, and the upstreams it does not verify.
 * Endpoints differ in shape between the two (a Caddyfile site with two ports is two JSON servers), these do not.
 */
export function factsOf(model: TlsModel): string[] {
  const lines = new Set<string>();
  for (const endpoint of model.endpoints) {
    // A site with a hostless address answers every name (the adapter then drops its host matcher).
    const names = endpoint.serverNames.length === 0 || endpoint.serverNames.includes('') ? ['*'] : endpoint.serverNames;
    const site = endpoint.scopes[0] ? hstsHeadersOf(endpoint.scopes[0].headers).map((h) => h.value).join(',') || '-' : '-';
    // Path scopes whose HSTS differs from the site's (the JSON has a matched route for every matched
    // directive, the Caddyfile model a scope only where headers can differ).
    const paths = [...new Set(endpoint.scopes.slice(1).map((s) => hstsHeadersOf(s.headers).map((h) => h.value).join(',') || '-'))].filter((v) => v !== site).sort().join(' ');
    const insecure = endpoint.upstreams.filter((u) => !u.verify.value).map((u) => upstreamKey(u.target)).sort().join(' ');
    for (const name of names) {
      for (const listener of endpoint.listeners) {
        // Who signs the certificate Caddy obtains for the name (none when it serves loaded files).
        const issuer = endpoint.certificates.find((c) => c.managed?.names.includes(name))?.managed?.issuer ?? '-';
        const client = endpoint.clientAuth ? ` client=${endpoint.clientAuth.mode}${endpoint.clientAuth.verified ? '+verified' : ''}` : '';
        const tls = listener.tls
          // `?`: a value tlslint leaves unknown (an environment variable decides it where Caddy runs).
          ? ` protocols=${endpoint.unknown.has('protocols') ? '?' : endpoint.protocols.value.join(',')} ciphers=${endpoint.unknown.has('ciphers') ? '?' : endpoint.ciphers.value} issuer=${endpoint.unknown.has('certificates') ? '?' : issuer}${client}`
          : endpoint.httpRedirect?.toHttps && listener.source === null ? ' redirect' : '';
        lines.add(`${name}:${listener.port} tls=${listener.tls}${tls} hsts=${site} paths=[${paths}] insecure=[${insecure}]`);
      }
    }
  }
  return [...lines].sort();
}

/** `https://host[:port]` (Caddyfile) and `host:port` (JSON dial) as one key. */
function upstreamKey(target: string): string {
  const match = /^(?:(https?):\/\/)?([^/]+)/.exec(target);
  if (!match) return target;
  const [, scheme, hostPort] = match;
  return /:\d+$/.test(hostPort) ? hostPort : `${hostPort}:${scheme === 'http' ? 80 : 443}`;
}

/** Facts of a Caddyfile text (imports of files are not followed). */
export function caddyfileFacts(text: string, path = '/oracle/Caddyfile', version?: string): { facts: string[]; problems: string[] } {
  const file = parseCaddyfile(text, path);
  const model = buildCaddyModel(file, version ? { ...OPTIONS, serverVersions: { caddy: version } } : OPTIONS);
  return { facts: factsOf(model), problems: file.diagnostics.map((d) => d.message) };
}

/** Facts of a Caddyfile on disk, its imports followed; problems include suite names Go does not know (Caddy refuses them). */
export async function caddyfileFactsOnDisk(path: string): Promise<{ facts: string[]; problems: string[] }> {
  const context = {
    root: dirname(path), pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 1000, maxIncludeDepth: 50, notify: () => {},
  };
  const files = await loadCaddyfile(path, context);
  const model = buildCaddyModel(files[0], OPTIONS);
  const unknownSuites = model.endpoints.flatMap((e) => expandGoSuites(e.ciphers.value, '3.0').unknownTerms.map((t) => `unknown suite ${t.term}`));
  // caddy: httpcaddyfile/builtins.go parseTLS reads trusted_ca_cert_file (and trusted_leaf_cert_file) while it
  // adapts: a missing one is a refusal, which certificate-file-missing reports.
  const missing = model.endpoints.flatMap((e) => e.files.filter((f) => f.role === 'trusted-certificate' && f.path && !existsSync(f.path)).map((f) => `missing ${f.setting.value}`));
  const problems = [...model.files.flatMap((f) => f.diagnostics.map((d) => d.message)), ...new Set(unknownSuites), ...new Set(missing)];
  return { facts: factsOf(model), problems };
}

/** Facts of a Caddy JSON text. */
export function jsonFacts(text: string, path = '/oracle/caddy.json'): { facts: string[]; problems: string[] } {
  const file = parseCaddyJson(text, path);
  const model = buildCaddyJsonModel(file, OPTIONS);
  return { facts: factsOf(model), problems: file.diagnostics.map((d) => d.message) };
}

/** True when `fact` (which may hold `key=?` for unknown values) agrees with the fully known `known`. */
export function factMatches(fact: string, known: string): boolean {
  const pattern = fact.split(/(?<= \w+=)\?(?= |$)/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\S*');
  return new RegExp(`^${pattern}$`).test(known);
}

/**
 * `ours` with each line that holds unknown values (`key=?`, a file tlslint could not read or an environment
 * variable) replaced by the line of `theirs` it agrees with: what is left to compare is what tlslint claims.
 */
export function withUnknownsResolved(ours: readonly string[], theirs: readonly string[]): string[] {
  return ours.map((fact) => (/ \w+=\?( |$)/.test(fact) ? theirs.find((known) => factMatches(fact, known)) ?? fact : fact)).sort();
}
