// Reads Caddy's native JSON config into the dialect-neutral TLS model, with the automatic HTTPS Caddy adds at run time.
import { dirname } from 'node:path';
import type { ConfigFile } from '../../syntax/ast.js';
import type { SourceRange } from '../../syntax/range.js';
import type { LintOptions } from '../../engine/options.js';
import type {
  CertificateRef, ClientAuth, Endpoint, FixedAnswer, FileReference, ManagedCertificate, HeaderScope, HttpRedirect, Listener, ResponseHeader, Setting, SettingLevel, TlsModel, TlsProtocol, UpstreamTls,
} from '../../model/types.js';
import { GO_TLS13_SUITES } from '../../tls/go-suites.js';
import { HSTS_HEADER } from '../../model/hsts.js';
import { spanOf } from '../../syntax/range.js';
import { withSharedCertificates } from './shared-cache.js';
import { resolveNamedFile } from '../../model/files.js';
import { at, items, member, members, strings, text, type JsonValue } from './json.js';
import { jsonOf } from './parse.js';
import { endpointSources, headerSources, scopeSources } from './json-sources.js';
import { withoutShadowedRedirects, withRedirect } from './model.js';
import { qualifiesForPublicCert } from './issuers.js';
import { caddyClientAuth } from './client-auth.js';
import { CADDY_DEFAULT_CIPHERS, CADDY_DEFAULT_VERSION, CADDY_PROTOCOLS } from './versions.js';

/** What the model needs of one server of apps.http.servers. */
interface ServerFacts {
  value: JsonValue;
  name: string;
  range: SourceRange;
  listeners: Array<{ port: number; address: string | null; range: SourceRange }>;
  policies: JsonValue[];
  disabled: boolean;
  disableRedirects: boolean;
  /** `disable_certificates`: automatic HTTPS obtains no certificate for this server. */
  disableCerts: boolean;
  skip: Set<string>;
  /** `ignore_loaded_certificates`: automatic HTTPS manages names a loaded certificate covers too. */
  ignoreLoadedCerts: boolean;
  /** `skip_certificates`: names automatic HTTPS obtains no certificate for. */
  skipCerts: Set<string>;
  routes: JsonValue[];
}

/** Builds the model of a Caddy JSON config (`caddy.json`, or what `caddy adapt` prints). */
export function buildCaddyJsonModel(entry: ConfigFile, options: LintOptions): TlsModel {
  const root = jsonOf(entry);
  const version = options.serverVersions.caddy ?? CADDY_DEFAULT_VERSION;
  const model: TlsModel = { dialect: 'caddy', server: { product: 'Caddy', version, tlsLibrary: 'go' }, endpoints: [], files: [entry] };
  if (!root) return model;
  const http = at(root, 'apps', 'http');
  const httpPort = numberOr(member(http, 'http_port'), 80);
  const httpsPort = numberOr(member(http, 'https_port'), 443);
  const context: Context = { entry, httpPort, httpsPort, prefix: dirname(entry.path), pathMaps: options.pathMaps, root: options.root, loaded: loadedCertificates(root, entry, options.root, options.pathMaps), policies: automationPolicies(root),
    automate: new Set(strings(at(root, 'apps', 'tls', 'certificates', 'automate')).map((n) => n.toLowerCase())) };
  for (const { key, keyRange, value } of members(member(http, 'servers'))) {
    const server = serverFacts(key, keyRange, value);
    for (const item of serverEndpoints(server, context)) model.endpoints.push(item);
  }
  model.endpoints = withSharedCertificates(withoutShadowedRedirects(model.endpoints, httpPort));
  return model;
}

interface Context {
  entry: ConfigFile;
  httpPort: number;
  httpsPort: number;
  prefix: string;
  root: string;
  pathMaps: LintOptions['pathMaps'];
  /** Certificates loaded from files (apps.tls.certificates.load_files). */
  loaded: Array<{ ref: CertificateRef; tags: string[] }>;
  /** apps.tls.automation.policies, in order. */
  policies: AutomationPolicy[];
  /** apps.tls.certificates.automate: names managed whatever automatic HTTPS says. */
  automate: ReadonlySet<string>;
}

function numberOr(value: JsonValue | undefined, fallback: number): number {
  return value?.kind === 'number' ? value.value : fallback;
}

function serverFacts(name: string, range: SourceRange, value: JsonValue): ServerFacts {
  const listeners = items(member(value, 'listen')).flatMap((item) => {
    if (item.kind !== 'string') return [];
    const parsed = parseListen(item.value);
    return parsed ? [{ ...parsed, range: item.range }] : [];
  });
  const auto = member(value, 'automatic_https');
  return {
    value,
    name,
    range,
    listeners,
    policies: items(member(value, 'tls_connection_policies')),
    disabled: member(auto, 'disable')?.kind === 'boolean' && (member(auto, 'disable') as { value: boolean }).value,
    disableRedirects: member(auto, 'disable_redirects')?.kind === 'boolean' && (member(auto, 'disable_redirects') as { value: boolean }).value,
    disableCerts: member(auto, 'disable_certificates')?.kind === 'boolean' && (member(auto, 'disable_certificates') as { value: boolean }).value,
    ignoreLoadedCerts: member(auto, 'ignore_loaded_certificates')?.kind === 'boolean' && (member(auto, 'ignore_loaded_certificates') as { value: boolean }).value,
    skip: new Set(strings(member(auto, 'skip'))),
    skipCerts: new Set(strings(member(auto, 'skip_certificates'))),
    routes: items(member(value, 'routes')),
  };
}

// caddy: caddy.go ParseNetworkAddress: `[network/]host:port[-port]`; unix sockets have no port.
function parseListen(address: string): { port: number; address: string | null } | undefined {
  const withoutNetwork = address.replace(/^(tcp[46]?|udp[46]?)\//, '');
  if (/^unix/.test(address)) return undefined;
  const match = /^(.*):(\d+)(?:-\d+)?$/.exec(withoutNetwork);
  if (!match) return undefined;
  const host = match[1].replace(/^\[|\]$/g, '');
  return { port: Number(match[2]), address: host === '' ? null : host };
}

/** Host names of a route's matcher sets (`match: [{host: [...]}]`). */
function routeHosts(route: JsonValue): string[] {
  return items(member(route, 'match')).flatMap((set) => strings(member(set, 'host')));
}

// caddy: certmagic SubjectQualifiesForCert (see model.ts qualifiesForCert).
function qualifiesForCert(host: string): boolean {
  return host !== '' && !host.includes('{') && !/\s/.test(host) && host !== '*' && !host.startsWith('.') && !host.endsWith('.');
}

// caddy: modules/caddyhttp/autohttps.go: a server with connection policies speaks TLS; unless automatic
// HTTPS is disabled, so does one with qualifying host names (not on the HTTP port) and one that listens only
// on the HTTPS port. modules/caddyhttp/server.go: never on a listener on the HTTP port.
function serverEndpoints(server: ServerFacts, context: Context): Endpoint[] {
  const domains = server.routes.flatMap(routeHosts).filter((h) => !server.skip.has(h) && qualifiesForCert(h));
  const onlyHttps = server.listeners.length > 0 && server.listeners.every((l) => l.port === context.httpsPort);
  const onlyHttp = server.listeners.length > 0 && server.listeners.every((l) => l.port === context.httpPort);
  const tls = server.policies.length > 0 || (!server.disabled && !onlyHttp && (onlyHttps || domains.length > 0));
  // Top-level routes with the same hosts are one site; routes with no host matcher answer every other name.
  const sites = new Map<string, { hosts: string[]; routes: JsonValue[] }>();
  for (const route of server.routes) {
    const hosts = [...new Set(routeHosts(route))];
    const key = hosts.join(' ');
    const site = sites.get(key) ?? { hosts, routes: [] };
    site.routes.push(route);
    sites.set(key, site);
  }
  if (sites.size === 0) sites.set('', { hosts: [], routes: [] });
  const redirects = tls && !server.disabled && !server.disableRedirects && !server.listeners.some((l) => l.port === context.httpPort);
  return [...sites.values()].flatMap(({ hosts, routes }) => {
    const range = routes[0]?.range ?? server.range;
    const listeners: Listener[] = server.listeners.map((l) => {
      const onTls = tls && l.port !== context.httpPort;
      return { address: l.address, port: l.port, tls: onTls, tlsFrom: onTls ? (server.policies.length ? 'listener' : 'automatic') : null, quic: false, defaultServer: false, source: l.range };
    });
    const httpRedirect = siteRedirect(routes);
    const policy = policyFor(server.policies, hosts);
    const certificates = certificatesFor(hosts, tls, server, context);
    const endpoint: Endpoint = {
      label: hosts.length ? hosts.join(', ') : `server ${server.name}`,
      range,
      serverNames: hosts,
      listeners,
      certificates,
      protocols: protocolsOf(policy),
      ciphers: ciphersOf(policy),
      ciphersuites: { value: GO_TLS13_SUITES_TEXT, source: null, level: 'default' },
      sessionTickets: { value: true, source: null, level: 'default' },
      ticketKeyRotation: 'automatic',
      stapling: { value: true, source: null, level: 'default' },
      dhparam: { value: null, source: null, level: 'default' },
      dheAvailable: false,
      files: certificates.flatMap((ref) => fileReferences(ref, context)),
      deprecated: [],
      scopes: scopesOf(routes, range, { server: server.value, hosts, first: routes[0] ?? null }),
      upstreams: upstreamsOf(routes, 'endpoint'),
      rejectsHandshake: false,
      httpRedirect,
      ...clientAuthOf(policy),
      application: 'http',
      staplingAvailable: true,
      // A JSON config is one file: nothing is left unread.
      unknown: new Set(),
    } satisfies Endpoint;
    endpointSources.set(range, { server: server.value, policy });
    return withRedirect(endpoint, redirects ? null : 'off', context.httpPort);
  });
}

// caddy: modules/caddytls/connpolicy.go: the first policy whose matchers match the handshake applies;
// the adapter writes `match: {sni: [...]}` per site and an empty catch-all policy last.
function policyFor(policies: readonly JsonValue[], hosts: readonly string[]): JsonValue | undefined {
  const { bySni, catchAll } = policyIndex(policies);
  // The first policy naming any of the hosts: the least index among theirs.
  let first = Infinity;
  for (const host of hosts) {
    const index = bySni.get(host);
    if (index !== undefined && index < first) first = index;
  }
  return first === Infinity ? catchAll : policies[first];
}

/** A server's connection policies indexed once: `caddy adapt` writes one per site, so a scan per site is quadratic. */
const policyIndexes = new WeakMap<readonly JsonValue[], { bySni: Map<string, number>; catchAll: JsonValue | undefined }>();

function policyIndex(policies: readonly JsonValue[]): { bySni: Map<string, number>; catchAll: JsonValue | undefined } {
  let index = policyIndexes.get(policies);
  if (!index) {
    const bySni = new Map<string, number>();
    policies.forEach((policy, position) => {
      for (const name of strings(at(policy, 'match', 'sni'))) if (!bySni.has(name)) bySni.set(name, position);
    });
    index = { bySni, catchAll: policies.find((p) => member(p, 'match') === undefined) };
    policyIndexes.set(policies, index);
  }
  return index;
}

/** The default cipher lists as settings hold them, joined once rather than per site. */
const GO_TLS13_SUITES_TEXT = GO_TLS13_SUITES.join(':');
const CADDY_DEFAULT_CIPHERS_TEXT = CADDY_DEFAULT_CIPHERS.join(':');

function protocolsOf(policy: JsonValue | undefined): Setting<TlsProtocol[]> {
  const min = member(policy, 'protocol_min');
  const max = member(policy, 'protocol_max');
  const minValue = CADDY_PROTOCOLS[text(min) ?? 'tls1.2'] ?? 'TLSv1.2';
  const maxValue = CADDY_PROTOCOLS[text(max) ?? 'tls1.3'] ?? 'TLSv1.3';
  if (!min && !max) return { value: ['TLSv1.2', 'TLSv1.3'], source: null, level: 'default' };
  const value: TlsProtocol[] = minValue === maxValue ? [minValue] : ['TLSv1.2', 'TLSv1.3'];
  // A protocol_max below TLS 1.3 is what leaves TLS 1.3 out: findings about the range point at it.
  const source = (max && maxValue !== 'TLSv1.3' ? max : min ?? max)!.range;
  return { value, source, valueRange: source, level: 'endpoint' };
}

// caddy: modules/caddytls/connpolicy.go ClientAuthentication (see caddyClientAuth for what each mode does).
function clientAuthOf(policy: JsonValue | undefined): { clientAuth?: ClientAuth } {
  const auth = member(policy, 'client_authentication');
  if (!auth) return {};
  const mode = member(auth, 'mode');
  const ca = member(auth, 'trusted_ca_certs_pem_files') ?? member(auth, 'trusted_ca_certs') ?? member(auth, 'ca');
  const clientAuth = caddyClientAuth({
    ...(text(mode) !== undefined ? { mode: text(mode) } : {}),
    // caddy 2.8+: `ca` is a CA pool module (inline, file, pki_root, ...).
    cas: items(member(auth, 'trusted_ca_certs')).length + items(member(auth, 'trusted_ca_certs_pem_files')).length + (member(auth, 'ca') ? 1 : 0),
    leaves: items(member(auth, 'trusted_leaf_certs')).length,
    verifiers: items(member(auth, 'verifiers')).length,
    source: auth.range,
    ...(mode ? { modeSource: mode.range } : {}),
    ...(ca ? { caSource: ca.range } : {}),
    level: 'endpoint',
  });
  return clientAuth && clientAuth.mode !== 'none' ? { clientAuth } : {};
}

function ciphersOf(policy: JsonValue | undefined): Setting<string> {
  const suites = member(policy, 'cipher_suites');
  if (!suites) return { value: CADDY_DEFAULT_CIPHERS_TEXT, source: null, level: 'default' };
  return { value: strings(suites).join(':'), source: suites.range, valueRange: suites.range, level: 'endpoint' };
}

// caddy: modules/caddytls/tls.go: certificates loaded from files serve the names they are for; automatic
// HTTPS manages one for every other qualifying host name (modules/caddyhttp/autohttps.go), signed by the
// issuer of the automation policy that covers the name.
function certificatesFor(hosts: readonly string[], tls: boolean, server: ServerFacts, context: Context): CertificateRef[] {
  if (!tls) return [];
  // caddy: modules/caddytls/connpolicy.go `certificate_selection.any_tag`: the adapter tags each site's
  // `tls cert key` files and selects them in the site's connection policy; loaded files without tags are
  // chosen by the names they hold, which only reading them tells, so they are taken to serve every name.
  const selected = new Set<CertificateRef>();
  const rest: string[] = [];
  for (const host of hosts) {
    const tags = strings(at(policyFor(server.policies, [host]), 'certificate_selection', 'any_tag'));
    const refs = context.loaded.filter((l) => l.tags.some((t) => tags.includes(t))).map((l) => l.ref);
    if (refs.length) refs.forEach((r) => selected.add(r));
    else rest.push(host);
  }
  const untagged = context.loaded.filter((l) => l.tags.length === 0).map((l) => l.ref);
  if (untagged.length && rest.length) untagged.forEach((r) => selected.add(r));
  if (selected.size) return [...selected];
  // caddy 2.6.2 autohttps.go: `disable_certificates` (the Caddyfile's `auto_https disable_certs`) and
  // `skip_certificates` leave names unmanaged; an automation policy naming them as subjects obtains nothing
  // by itself (caddytls/tls.go manages only the names automatic HTTPS or `certificates.automate` give it:
  // checked with caddy 2.6.2, `auto_https off` with `tls internal` serves no certificate). A policy with
  // `on_demand` obtains one while the handshake waits (certmagic handshake.go), whatever automatic HTTPS says,
  // for a name it covers; one without subjects covers a server with no host names too.
  // autohttps.go skips a name a loaded certificate matches (unless ignore_loaded_certificates), and an
  // on-demand handshake takes a cached one first: only `automate` manages a name whatever is loaded.
  const automatic = !server.disabled && !server.disableCerts;
  const byAutomaticHttps = (h: string) => automatic && !server.skip.has(h) && !server.skipCerts.has(h);
  const onDemand = (h: string) => policyOf(h, context.policies)?.onDemand === true;
  const unlessLoaded = (h: string) => (byAutomaticHttps(h) && !server.ignoreLoadedCerts) || onDemand(h);
  const names = [...new Set(rest.filter((h) => qualifiesForCert(h)).map((h) => h.toLowerCase()))]
    .filter((h) => byAutomaticHttps(h) || context.automate.has(h) || onDemand(h));
  if (hosts.length === 0) {
    // A server whose routes match no host name answers every name: `automate` names and on-demand ones.
    const automated = [...context.automate].filter((n) => !policyOf(n, context.policies)?.onDemand);
    const anyName = context.policies.find((p) => p.subjects.length === 0);
    const out: CertificateRef[] = [];
    if (anyName?.onDemand) {
      out.push({
        certificate: anyName.internal ? { value: 'internal', source: anyName.internal, level: 'global' } : { value: 'automatic', source: anyName.range, level: 'global' },
        key: null,
        managed: { issuer: anyName.internal ? 'local-ca' : 'public-ca', names: [], onDemand: true, unlessLoaded: true },
      });
    }
    return [...out, ...managedGroups(automated, context, () => false)];
  }
  return managedGroups(names, context, unlessLoaded);
}

/** Managed certificates for `names`, one per issuer policy that signs them. */
function managedGroups(names: readonly string[], context: Context, unlessLoaded: (name: string) => boolean): CertificateRef[] {
  if (names.length === 0) return [];
  const groups = new Map<string, { source: SourceRange | null; managed: ManagedCertificate }>();
  for (const name of names) {
    const { issuer, source } = issuerFor(name, context.policies);
    const onDemand = policyOf(name, context.policies)?.onDemand === true;
    const loaded = unlessLoaded(name);
    const key = `${source ? source.start.offset : '-'}:${issuer}:${onDemand}:${loaded}`;
    const group = groups.get(key) ?? { source, managed: { issuer, names: [], ...(onDemand ? { onDemand } : {}), ...(loaded ? { unlessLoaded: true } : {}) } };
    group.managed.names.push(name);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ source, managed }) => ({
    certificate: source ? { value: 'internal', source, level: 'global' } : { value: 'automatic', source: null, level: 'default' },
    key: null,
    managed,
  }));
}

/** One policy of apps.tls.automation.policies: the names it covers, and its local-CA issuer if that is its first. */
interface AutomationPolicy {
  subjects: string[];
  /** The `{"module": "internal"}` issuer, when the policy's first issuer is Caddy's local CA. */
  internal: SourceRange | null;
  /** True when the policy names issuers (else Caddy's defaults apply). */
  issuers: boolean;
  /** `on_demand`: certificates obtained during the handshake for the names the policy covers. */
  onDemand: boolean;
  range: SourceRange;
}

// caddy: modules/caddytls/automation.go AutomationPolicy: `subjects`, `issuers` (tried in order; the
// deprecated single `issuer` before them), `on_demand` (when the certificate is obtained, not who signs it).
function automationPolicies(root: JsonValue): AutomationPolicy[] {
  return items(at(root, 'apps', 'tls', 'automation', 'policies')).map((policy) => {
    const issuers = [...(member(policy, 'issuer') ? [member(policy, 'issuer')!] : []), ...items(member(policy, 'issuers'))];
    const first = issuers[0];
    return {
      subjects: strings(member(policy, 'subjects')).map((s) => s.toLowerCase()),
      internal: first && text(member(first, 'module')) === 'internal' ? first.range : null,
      issuers: issuers.length > 0,
      onDemand: member(policy, 'on_demand')?.kind === 'boolean' && (member(policy, 'on_demand') as { value: boolean }).value,
      range: policy.range,
    };
  });
}

// caddy: modules/caddytls/tls.go getAutomationPolicyForName: the first policy with no subjects or one that
// matches the name (certmagic.MatchWildcard) applies; with none, or one without issuers, automatic HTTPS uses
// ACME for a name that can have a public certificate and the local CA for the rest.
function issuerFor(name: string, policies: readonly AutomationPolicy[]): { issuer: ManagedCertificate['issuer']; source: SourceRange | null } {
  const policy = policyOf(name, policies);
  if (policy?.internal) return { issuer: 'local-ca', source: policy.internal };
  if (policy?.issuers) return { issuer: 'public-ca', source: null };
  return { issuer: qualifiesForPublicCert(name) ? 'public-ca' : 'local-ca', source: null };
}

function policyOf(name: string, policies: readonly AutomationPolicy[]): AutomationPolicy | undefined {
  return policies.find((p) => p.subjects.length === 0 || p.subjects.some((s) => matchesSubject(name, s)));
}

/** certmagic MatchWildcard: equal, or `*.` standing for exactly one leftmost label. */
function matchesSubject(name: string, subject: string): boolean {
  if (name === subject) return true;
  if (!subject.startsWith('*.')) return false;
  const dot = name.indexOf('.');
  return dot > 0 && name.slice(dot) === subject.slice(1);
}

function fileReferences(ref: CertificateRef, context: Context): FileReference[] {
  // A managed certificate (the `internal` issuer's source is where it was chosen) names no file.
  if (ref.managed) return [];
  const out: FileReference[] = [];
  for (const [role, setting] of [['certificate', ref.certificate], ['key', ref.key]] as const) {
    if (!setting?.source) continue;
    const resolved = resolveNamedFile(setting.value, { base: context.prefix, baseKnown: true, root: context.root, pathMaps: context.pathMaps });
    out.push({ role, setting, inCheckout: resolved?.inCheckout ?? false, ...(resolved ? { path: resolved.path } : {}) });
  }
  return out;
}

function loadedCertificates(json: JsonValue, entry: ConfigFile, root: string, pathMaps: LintOptions['pathMaps']): Context['loaded'] {
  const out: Context['loaded'] = [];
  for (const file of items(at(json, 'apps', 'tls', 'certificates', 'load_files'))) {
    const cert = member(file, 'certificate');
    const key = member(file, 'key');
    if (cert?.kind !== 'string') continue;
    const certificate: Setting<string> = { value: cert.value, source: file.range, valueRange: cert.range, level: 'global' };
    const keySetting: Setting<string> | null = key?.kind === 'string' ? { value: key.value, source: file.range, valueRange: key.range, level: 'global' } : null;
    const resolvedPath = resolveNamedFile(cert.value, { base: dirname(entry.path), baseKnown: true, root, pathMaps })?.path;
    const keyPath = keySetting ? resolveNamedFile(keySetting.value, { base: dirname(entry.path), baseKnown: true, root, pathMaps })?.path : undefined;
    out.push({ ref: { certificate, key: keySetting, ...(resolvedPath ? { resolvedPath } : {}), ...(keyPath ? { keyPath } : {}) }, tags: strings(member(file, 'tags')) });
  }
  return out;
}

// ---- routes -------------------------------------------------------------------------------------

interface HeaderOp {
  op: 'set' | 'add' | 'delete' | 'default' | 'replace';
  header: ResponseHeader;
}

// caddy: modules/caddyhttp/headers/headers.go (2.6.2): a `headers` handler's `response` has `add` and `set`
// (name -> values; set joins them with ","), `delete` (names, `*` wildcards at either end) and `replace`,
// applied in that order. With `require` (a ResponseMatcher) they are applied when the response is written,
// and only if it matches: caddyhttp/responsematchers.go, `status_code` lists codes or one-digit classes
// (2 for every 2xx), `headers` names fields the response must (or, with null, must not) have.
// With `deferred` (or `require`) the operations wait for the response to be written through the handler's
// response writer; a handler that fails returns an error instead, and modules/caddyhttp/server.go answers it
// (or runs the error routes) on the server's own writer, so the fields never reach that response (checked
// with caddy 2.6.2: a deferred HSTS is missing from file_server's 404). `mayFail` says whether any handler
// of the site can fail that way.
// caddy 2.6.2 adapts the Caddyfile's `header >Field value` (a deferred set only from 2.7) to a field named
// ">Field"; Go's net/http writes no field whose name is not a token (checked live: it is not sent).
/** The `unsent` mark of a field named `>Field`, which Caddy never sends. */
function unsentField(key: string): { unsent?: ResponseHeader['unsent'] } {
  if (!key.startsWith('>')) return {};
  const meant = key.slice(1);
  return { unsent: { meant, why: `Caddy never sends a header named "${key}" (Go's net/http drops a field whose name is no token; ">" defers a header only in a Caddyfile, from Caddy 2.7 on); write "${meant}"` } };
}

function headerOps(handler: JsonValue, level: SettingLevel, place: { handle: JsonValue | undefined; mayFail: boolean }): HeaderOp[] {
  const response = member(handler, 'response');
  if (!response) return [];
  const require = member(response, 'require');
  const codes = member(require, 'status_code');
  // As for headers-more's `-s`: a status list reaches the error pages when it names 4xx and 5xx statuses;
  // only a list that leaves them out is the reason to report (ResponseHeader.statusFilter).
  const statusFilter = codes?.kind === 'array' && !(coversClass(codes, 4) && coversClass(codes, 5)) ? codes : undefined;
  const deferredFlag = member(response, 'deferred');
  const deferredAt = deferredFlag?.kind === 'boolean' && deferredFlag.value ? deferredFlag : require;
  const deferred = place.mayFail && deferredAt ? deferredAt.range : undefined;
  const always = !statusFilter && !deferred;
  const requiredAbsent = new Set(members(member(require, 'headers')).filter((m) => m.value.kind === 'null').map((m) => m.key.toLowerCase()));
  const otherHeaderConditions = members(member(require, 'headers')).some((m) => m.value.kind !== 'null');
  const ops: HeaderOp[] = [];
  for (const op of ['add', 'set'] as const) {
    for (const { key, value } of members(member(response, op))) {
      const values = items(value).flatMap((item) => (item.kind === 'string' ? [item] : []));
      if (values.length === 0) continue;
      // `set` sends its values joined into one field; `add` sends each as a field of its own.
      const fields = op === 'set' ? [values] : values.map((item) => [item]);
      // Deviation: a `require` on other response headers is read as met (as `more_set_headers -t` is in
      // nginx): HSTS limited to, say, text/html still reaches every page a browser navigates to.
      // `require: {headers: {Name: null}}` for the field itself is the Caddyfile's `?Name value`: set if absent.
      const isDefault = op === 'set' && requiredAbsent.has(key.toLowerCase()) && !otherHeaderConditions;
      for (const field of fields) {
        const text = field.map((item) => item.value).join(',');
        const range = field.length === 1 ? field[0].range : spanOf(field[0].range, field[field.length - 1].range);
        const header: ResponseHeader = {
          name: key, value: text, always, dynamic: text.includes('{'), source: range, valueRange: range, level,
          ...(statusFilter ? { statusFilter: statusFilter.range } : {}),
          ...(deferred ? { deferred } : {}),
          ...unsentField(key),
        };
        ops.push({ op: isDefault ? 'default' : op, header });
        if (place.handle?.kind === 'array') headerSources.set(header, { handle: place.handle, handler, response, op, key, values: value, isDefault });
      }
    }
  }
  for (const item of items(member(response, 'delete'))) {
    if (item.kind === 'string') ops.push({ op: 'delete', header: { name: item.value, value: '', always, dynamic: false, source: item.range, valueRange: item.range, level } });
  }
  // `replace` (field, or `*` for every field -> [{search | search_regexp, replace}]) edits values already set.
  for (const { key, keyRange } of members(member(response, 'replace'))) {
    ops.push({ op: 'replace', header: { name: key, value: '', always, dynamic: true, source: keyRange, valueRange: keyRange, level } });
  }
  return ops;
}

/** True when the status list matches some status of class `digit` (a code `d` of one digit is the class dxx). */
function coversClass(codes: JsonValue, digit: number): boolean {
  return items(codes).some((code) => code.kind === 'number' && (code.value === digit || Math.floor(code.value / 100) === digit));
}

/**
 * Handlers that answer without failing (caddy 2.6.2 modules/caddyhttp: staticresp.go, headers, vars.go,
 * rewrite, map, encode passes on what the next handler returns): any other (file_server, reverse_proxy,
 * php_fastcgi, authentication, error, templates...) may fail with an error status.
 */
const NEVER_FAIL = new Set(['static_response', 'headers', 'vars', 'rewrite', 'map', 'encode', 'request_body', 'push']);

function routeMayFail(route: JsonValue): boolean {
  return handlersOf(route).some((handler) => {
    const kind = text(member(handler, 'handler')) ?? '';
    return kind === 'subroute' ? items(member(handler, 'routes')).some(routeMayFail) : !NEVER_FAIL.has(kind);
  });
}

/** True when a `delete` name (with Caddy's `*` wildcards at either end) removes the field `name`. */
export function deletes(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  if (p.length > 1 && p.startsWith('*') && p.endsWith('*')) return n.includes(p.slice(1, -1));
  if (p.startsWith('*')) return n.endsWith(p.slice(1));
  if (p.endsWith('*')) return n.startsWith(p.slice(0, -1));
  return n === p;
}

function applyOps(ops: readonly HeaderOp[]): ResponseHeader[] {
  let headers: ResponseHeader[] = [];
  for (const { op, header } of ops) {
    const lower = header.name.toLowerCase();
    if (op === 'set') headers = [...headers.filter((h) => h.name.toLowerCase() !== lower), header];
    else if (op === 'add') headers.push(header);
    else if (op === 'default' && !headers.some((h) => h.name.toLowerCase() === lower)) headers.push(header);
    // Deviation: a replaced value is read as known only at run time (as a placeholder is), so no rule
    // judges the value as written: the server sends another one.
    else if (op === 'replace') headers = headers.map((h) => (lower === '*' || h.name.toLowerCase() === lower ? { ...h, dynamic: true } : h));
  }
  const deleted = ops.filter((o) => o.op === 'delete').map((o) => o.header.name);
  return deleted.length ? headers.filter((h) => !deleted.some((d) => deletes(d, h.name))) : headers;
}

function deletesHsts(ops: readonly HeaderOp[]): boolean {
  return ops.some((o) => o.op === 'delete' && deletes(o.header.name, HSTS_HEADER));
}

// caddy: modules/caddyhttp/staticresp.go: the adapter writes `redir <to> [<code>]` as a static_response with a
// 3xx `status_code` (a number, or a string such as "301") and a `Location` header. The first handler that
// answers every request of the site (no path matcher on the way) decides.
function siteRedirect(routes: readonly JsonValue[]): HttpRedirect | null {
  for (const route of routes) {
    if (hasPathMatcher(route)) continue;
    for (const handler of handlersOf(route)) {
      const kind = text(member(handler, 'handler'));
      if (kind === 'subroute') {
        const inner = siteRedirect(items(member(handler, 'routes')));
        if (inner) return inner;
        continue;
      }
      if (kind !== 'static_response') continue;
      const status = member(handler, 'status_code');
      const code = status?.kind === 'number' ? status.value : Number(text(status));
      const location = items(at(handler, 'headers', 'Location'))[0];
      if (code >= 300 && code < 400 && location?.kind === 'string') return { toHttps: /^https:\/\//i.test(location.value), source: handler.range };
      return null;
    }
  }
  return null;
}

/** True when the route has matchers other than the host (which chose the site). */
function hasPathMatcher(route: JsonValue): boolean {
  return items(member(route, 'match')).some((set) => members(set).some((m) => m.key !== 'host'));
}

/** A route's handlers, those of unmatched subroutes flattened in (they apply to the same requests). */
function handlersOf(route: JsonValue): JsonValue[] {
  return items(member(route, 'handle'));
}

// The adapter writes a site as one host-matched route whose subroute holds the directives in Caddy's
// order: unmatched `header` routes apply to every request of the site; matched routes (handle, route,
// matched header) are path scopes that add their own headers to the site's.
function scopesOf(routes: readonly JsonValue[], range: SourceRange, site: { server: JsonValue; hosts: string[]; first: JsonValue | null }): HeaderScope[] {
  const siteOps: HeaderOp[] = [];
  const scopes: HeaderScope[] = [];
  const pathRoutes: Array<{ route: JsonValue; inherited: HeaderOp[] }> = [];
  const mayFail = routes.some(routeMayFail);
  const visit = (list: readonly JsonValue[], ops: HeaderOp[], matched: boolean): void => {
    for (const route of list) {
      if (hasPathMatcher(route) && !matched) {
        pathRoutes.push({ route, inherited: ops });
        continue;
      }
      for (const handler of handlersOf(route)) {
        const kind = text(member(handler, 'handler'));
        if (kind === 'headers') for (const item of headerOps(handler, matched ? 'path' : 'endpoint', { handle: member(route, 'handle'), mayFail })) ops.push(item);
        else if (kind === 'subroute') visit(items(member(handler, 'routes')), ops, matched);
      }
    }
  };
  visit(routes, siteOps, false);
  // As the Caddyfile model does: a site with path routes answers in them, so only a site without any has a fixed answer.
  const siteReturns = pathRoutes.length === 0 ? fixedAnswerOf(routes) : null;
  const siteScope: HeaderScope = { kind: 'endpoint', label: 'site', catchAll: false, range, headers: applyOps(siteOps), dropped: [], ownHeaders: [], returns: siteReturns, headersUnknown: false };
  scopes.push(siteScope);
  scopeSources.set(siteScope, { server: site.server, site: { hosts: site.hosts, first: site.first }, deletesHsts: deletesHsts(siteOps) });
  for (const { route, inherited } of pathRoutes) {
    const ops: HeaderOp[] = [];
    visit([route], ops, true);
    const scope: HeaderScope = {
      kind: 'path', label: `route ${matcherText(route)}`, catchAll: false, range: route.range,
      headers: applyOps([...inherited, ...ops]), dropped: [], ownHeaders: ops.map((o) => o.header), returns: fixedAnswerOf([route]), headersUnknown: false,
    };
    scopes.push(scope);
    scopeSources.set(scope, { server: site.server, route, deletesHsts: deletesHsts([...inherited, ...ops]) });
  }
  return scopes;
}

// caddy: modules/caddyhttp/staticresp.go: a static_response answers with its status_code (200 by default; a
// string such as "404" or a placeholder), `abort` ends the connection without one; modules/caddyhttp/
// staticerror.go: an `error` handler fails with its status (500 by default). The first handler that answers
// decides; anything else (file_server, reverse_proxy...) serves content, and so does a route list with
// matchers the answer depends on.
function fixedAnswerOf(routes: readonly JsonValue[]): FixedAnswer | null {
  for (const route of routes) {
    if (member(route, 'match') !== undefined && routes.length > 1) return null;
    for (const handler of handlersOf(route)) {
      const kind = text(member(handler, 'handler'));
      if (kind === 'headers' || kind === 'vars' || kind === 'rewrite' || kind === 'map' || kind === 'encode') continue;
      if (kind === 'subroute') return fixedAnswerOf(items(member(handler, 'routes')));
      if (kind === 'error') return 'error';
      if (kind !== 'static_response') return null;
      const flag = (key: string) => member(handler, key)?.kind === 'boolean' && (member(handler, key) as { value: boolean }).value;
      // `close` still writes the response first; `abort` writes none.
      if (flag('abort')) return 'close';
      const status = member(handler, 'status_code');
      const code = status === undefined ? 200 : status.kind === 'number' ? status.value : Number(text(status));
      if (!Number.isFinite(code)) return null;
      if (code >= 400) return 'error';
      if (code >= 300) return 'redirect';
      return 'body';
    }
  }
  return null;
}

function matcherText(route: JsonValue): string {
  const sets = items(member(route, 'match')).map((set) => members(set).filter((m) => m.key !== 'host').map((m) => `${m.key} ${strings(m.value).join(' ')}`.trim()).join(' '));
  return sets.join(' | ');
}

// caddy: modules/caddyhttp/reverseproxy/httptransport.go: `transport.tls` turns TLS on; verification is on
// unless `insecure_skip_verify` is true.
function upstreamsOf(routes: readonly JsonValue[], level: SettingLevel): UpstreamTls[] {
  const out: UpstreamTls[] = [];
  for (const route of routes) {
    for (const handler of handlersOf(route)) {
      const kind = text(member(handler, 'handler'));
      if (kind === 'subroute') for (const item of upstreamsOf(items(member(handler, 'routes')), hasPathMatcher(route) ? 'path' : level)) out.push(item);
      if (kind !== 'reverse_proxy') continue;
      const tls = at(handler, 'transport', 'tls');
      if (!tls) continue;
      const insecure = member(tls, 'insecure_skip_verify');
      const off = insecure?.kind === 'boolean' && insecure.value;
      const verify: Setting<boolean> = off ? { value: false, source: insecure.range, level } : { value: true, source: null, level: 'default' };
      for (const upstream of items(member(handler, 'upstreams'))) {
        const dial = member(upstream, 'dial');
        if (dial?.kind === 'string') out.push({ target: dial.value, via: 'reverse_proxy', source: dial.range, verify });
      }
    }
  }
  return out;
}
