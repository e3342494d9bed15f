// Reads a Caddyfile tree (imports expanded) into the dialect-neutral TLS model, with Caddy's automatic HTTPS.
import { dirname } from 'node:path';
import { walkDirectives, type Arg, type ConfigFile, type LoadDiagnostic } from '../../syntax/ast.js';
import { versionAtLeast } from '../../model/compare-version.js';
import { endOffsetOf, startOffsetOf, type SourceRange } from '../../syntax/range.js';
import type { LintOptions } from '../../engine/options.js';
import type {
  CertificateRef, ClientAuth, Endpoint, FileReference, FixedAnswer, HeaderScope, HttpRedirect, UnknownSetting, Listener, ResponseHeader, Setting, SettingLevel, TlsModel, TlsProtocol, UpstreamTls,
} from '../../model/types.js';
import { resolveNamedFile } from '../../model/files.js';
import { expandCaddyfile, hasEnvPlaceholder, withEnvDefaults, type CaddyConfig, type CaddySite, type ExpandedDirective } from './expand.js';
import {
  CADDY_DEFAULT_CIPHERS, CADDY_DEFAULT_VERSION, CADDY_PROTOCOLS, GO_CURVES, HEADER_DEFER_PREFIX_SINCE, HEREDOC_SINCE, ON_DEMAND_PERMISSION_SINCE,
} from './versions.js';
import { GO_TLS13_SUITES } from '../../tls/go-suites.js';
import { qualifiesForPublicCert } from './issuers.js';
import { caddyClientAuth } from './client-auth.js';
import { withSharedCertificates } from './shared-cache.js';

/** Global options that decide automatic HTTPS (caddyconfig/httpcaddyfile/options.go). */
export interface AutoHttpsOptions {
  /** `auto_https off|disable_redirects|disable_certs|ignore_loaded_certs`, as written. */
  mode: string | null;
  source: SourceRange | null;
  httpPort: number;
  httpsPort: number;
  /** The `local_certs` option: every certificate from the local CA. */
  localCerts?: SourceRange;
  /** The `on_demand_tls` option names `ask` or a `permission` module. */
  onDemandPermission?: boolean;
  /**
   * An option among these whose value is an environment variable without a default (`auto_https {$MODE}`):
   * which sites speak TLS on which port is then only known where Caddy runs.
   */
  fromEnvironment?: SourceRange;
}

/** One site address: `[scheme://]host[:port][/path]` (caddyconfig/httpcaddyfile/addresses.go ParseAddress). */
export interface SiteAddress {
  scheme: 'http' | 'https' | '';
  host: string;
  port: number;
  /** True when the port was written. */
  explicitPort: boolean;
  path: string;
  arg: Arg;
}

/** Builds the model of the tree rooted at `entry` (imported files attached by the loader). */
export function buildCaddyModel(entry: ConfigFile, options: LintOptions): TlsModel {
  const version = options.serverVersions.caddy ?? CADDY_DEFAULT_VERSION;
  const config = expandCaddyfile(entry, { version });
  const files = filesOf(entry);
  const problems = new Problems(files);
  const auto = autoHttpsOf(config);
  const sites = config.sites.map((site) => ({ site, addresses: addressesOf(site, auto, problems) }));
  const tlsPorts = tlsByPort(sites, auto);
  const prefix = dirname(entry.path);
  const context: BuildContext = { auto, prefix, root: options.root, pathMaps: options.pathMaps, problems, version, resolved: new Map() };
  // caddy: httpcaddyfile/httptype.go groups site blocks by listener address: a site with addresses on two
  // ports is served by two servers, each with its own TLS and redirects, so it is an endpoint per port.
  const endpoints = withSharedCertificates(withoutShadowedRedirects(
    sites.flatMap(({ site, addresses }) => byPort(auto.fromEnvironment ? [] : addresses).flatMap((group) => withRedirect(buildEndpoint(site, group, tlsPorts, context), auto.mode, auto.httpPort))),
    auto.httpPort,
  ));
  if (!versionAtLeast(version, HEREDOC_SINCE)) refuseHeredocs(files, version, problems);
  return { dialect: 'caddy', server: { product: 'Caddy', version, tlsLibrary: 'go' }, endpoints, files, importSites: importSitesOf(config) };
}

/** The `import` directives that brought the text at a range in: of the snippet or file holding it. */
function importSitesOf(config: CaddyConfig): ((range: SourceRange) => readonly SourceRange[]) | undefined {
  if (config.imports.length === 0) return undefined;
  const byFile = new Map<string, CaddyConfig['imports']>();
  for (const use of config.imports) {
    const list = byFile.get(use.range.file) ?? [];
    list.push(use);
    byFile.set(use.range.file, list);
  }
  return (range) => {
    const at = startOffsetOf(range);
    let sites: readonly SourceRange[] = [];
    let copied = false;
    for (const use of byFile.get(range.file) ?? []) {
      if (!(startOffsetOf(use.range) <= at && at < endOffsetOf(use.range))) continue;
      // One holding snippet or file (the usual case): its list as it is, not a copy per call.
      if (sites.length === 0) sites = use.sites;
      else if (copied) (sites as SourceRange[]).push(...use.sites);
      else {
        sites = [...sites, ...use.sites];
        copied = true;
      }
    }
    return sites;
  };
}

/** The entry and every file its imports pulled in, each once. */
function filesOf(entry: ConfigFile): ConfigFile[] {
  const seen = new Set<ConfigFile>();
  const visit = (file: ConfigFile): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const stack = [...file.directives];
    while (stack.length) {
      const directive = stack.pop()!;
      for (const child of directive.included ?? []) visit(child);
      if (directive.children) for (const item of directive.children) stack.push(item);
    }
  };
  visit(entry);
  return [...seen];
}

/** Configurations Caddy refuses to load, reported once each as parse errors of the file they are written in. */
class Problems {
  private readonly byPath = new Map<string, ConfigFile>();
  /** Per file, `offset:message` of the parse errors it holds: a model built again for a file reports nothing twice. */
  private readonly reported = new Map<ConfigFile, Set<string>>();

  constructor(files: readonly ConfigFile[]) {
    for (const file of files) this.byPath.set(file.path, file);
  }

  /** Caddy refuses `range`'s text with `message`. */
  refuse(range: SourceRange, message: string): void {
    const file = this.byPath.get(range.file);
    if (!file) return;
    // A set per file, not a search of its diagnostics per refusal: a site of thousands of refused addresses
    // made that quadratic (64 KB of garbage took 2 s).
    let reported = this.reported.get(file);
    if (!reported) {
      reported = new Set(file.diagnostics.map((d) => `${d.range.start.offset}:${d.message}`));
      this.reported.set(file, reported);
    }
    const key = `${range.start.offset}:${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    const diagnostic: LoadDiagnostic = { ruleId: 'parse-error', message, range };
    file.diagnostics.push(diagnostic);
  }
}

// caddy: heredocs came with 2.7.0 (caddyconfig/caddyfile/lexer.go); 2.6 reads `<<EOF` as a word and the
// body's lines as directives, which the adapter refuses.
function refuseHeredocs(files: readonly ConfigFile[], version: string, problems: Problems): void {
  for (const file of files) {
    // A heredoc token starts with `<<`: a file without one has none (most files; the walk is then skipped).
    if (!file.text.includes('<<')) continue;
    for (const directive of walkDirectives(file.directives)) {
      for (const arg of directive.args) {
        if (arg.quoted === '<<') problems.refuse(arg.range, `Caddy ${version} has no heredocs (Caddy 2.7 added them): write the text as a quoted string, or set --server-version caddy=2.7`);
      }
    }
  }
}

// ---- global options and addresses ----------------------------------------------------------------

function autoHttpsOf(config: CaddyConfig): AutoHttpsOptions {
  const auto: AutoHttpsOptions = { mode: null, source: null, httpPort: 80, httpsPort: 443 };
  for (const option of config.options) {
    const value = option.args[0] ? withEnvDefaults(option.args[0].value) : '';
    if (hasEnvPlaceholder(value) && ['auto_https', 'http_port', 'https_port'].includes(option.name)) {
      auto.fromEnvironment ??= option.range;
      continue;
    }
    if (option.name === 'auto_https') {
      auto.mode = value;
      auto.source = option.range;
    } else if (option.name === 'local_certs') {
      auto.localCerts = option.range;
    } else if (option.name === 'on_demand_tls') {
      auto.onDemandPermission ||= (option.children ?? []).some((c) => c.name === 'ask' || c.name === 'permission');
    } else if (option.name === 'http_port' && /^\d+$/.test(value)) {
      auto.httpPort = Number(value);
    } else if (option.name === 'https_port' && /^\d+$/.test(value)) {
      auto.httpsPort = Number(value);
    }
  }
  return auto;
}

// caddy: caddyconfig/httpcaddyfile/addresses.go ParseAddress and mapAddressToServerBlocks: an address with
// no port listens on the HTTP port for `http://`, else on the HTTPS port; `http://` on the HTTPS port (or
// `https://` on the HTTP port) is refused ("scheme and port violate convention").
function addressesOf(site: CaddySite, auto: AutoHttpsOptions, problems: Problems): SiteAddress[] {
  const out: SiteAddress[] = [];
  for (const arg of site.addresses) {
    // An address from an environment variable (`{$DOMAIN}`): its host, scheme and port are only known where
    // Caddy runs (an unset variable is an empty string), so it makes no listener here.
    if (hasEnvPlaceholder(withEnvDefaults(arg.value))) continue;
    const address = parseAddress(withEnvDefaults(arg.value), auto, arg);
    if (!address) {
      problems.refuse(arg.range, `Caddy refuses site address "${arg.value}": expected [scheme://]host[:port][/path] with scheme http or https`);
      continue;
    }
    if ((address.scheme === 'http' && address.port === auto.httpsPort) || (address.scheme === 'https' && address.port === auto.httpPort)) {
      problems.refuse(arg.range, `Caddy refuses site address "${arg.value}": scheme and port violate convention; write ${address.scheme === 'http' ? `https://${address.host}` : `http://${address.host}`} or another port`);
      continue;
    }
    out.push(address);
  }
  return out;
}

/** Reads one site address; undefined when Caddy would refuse it. */
export function parseAddress(text: string, auto: Pick<AutoHttpsOptions, 'httpPort' | 'httpsPort'>, arg: Arg): SiteAddress | undefined {
  let rest = text;
  let scheme: SiteAddress['scheme'] = '';
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (schemeMatch) {
    const name = schemeMatch[1].toLowerCase();
    if (name !== 'http' && name !== 'https') return undefined;
    scheme = name;
    rest = rest.slice(schemeMatch[0].length);
  }
  const slash = rest.indexOf('/');
  const path = slash === -1 ? '' : rest.slice(slash);
  const hostPort = slash === -1 ? rest : rest.slice(0, slash);
  let host = hostPort;
  let portText = '';
  const ipv6 = /^\[([^\]]*)\](?::(.*))?$/.exec(hostPort);
  if (ipv6) {
    host = ipv6[1];
    portText = ipv6[2] ?? '';
  } else {
    const colon = hostPort.lastIndexOf(':');
    if (colon !== -1 && !hostPort.slice(0, colon).includes(':')) {
      host = hostPort.slice(0, colon);
      portText = hostPort.slice(colon + 1);
    }
  }
  if (portText !== '' && !/^\d+$/.test(portText)) {
    // A placeholder port is only known when Caddy runs.
    if (!portText.includes('{')) return undefined;
  }
  const explicitPort = /^\d+$/.test(portText);
  const port = explicitPort ? Number(portText) : scheme === 'http' ? auto.httpPort : auto.httpsPort;
  return { scheme, host: host.toLowerCase(), port, explicitPort, path, arg };
}

// caddy: certmagic SubjectQualifiesForCert: a name a certificate can be had for (public or internal):
// not empty, no placeholder, not only a wildcard, no spaces; localhost and IPs qualify (internal CA).
function qualifiesForCert(host: string): boolean {
  return host !== '' && !host.includes('{') && !/[\s]/.test(host) && host !== '*' && !host.startsWith('.') && !host.endsWith('.');
}

/**
 * Which listener ports speak TLS, following Caddy 2.6: caddyconfig/httpcaddyfile/httptype.go
 * serversFromPairings adds a connection policy when a site has a `tls` directive, or when an address
 * qualifies for TLS and automatic HTTPS will not add one itself; modules/caddyhttp/autohttps.go then
 * (unless `auto_https off`) turns TLS on for a server with qualifying host names on any port but the HTTP
 * port, and for a server that listens only on the HTTPS port ("adding one to enable TLS").
 */
function tlsByPort(sites: ReadonlyArray<{ site: CaddySite; addresses: SiteAddress[] }>, auto: AutoHttpsOptions): Map<number, boolean> {
  const ports = new Map<number, Array<{ site: CaddySite; address: SiteAddress }>>();
  for (const { site, addresses } of sites) for (const address of addresses) {
    const list = ports.get(address.port) ?? [];
    list.push({ site, address });
    ports.set(address.port, list);
  }
  const off = auto.mode === 'off';
  const result = new Map<number, boolean>();
  for (const [port, entries] of ports) {
    const explicit = entries.some(({ site }) => tlsDirectives(site.directives).length > 0);
    const qualifies = entries.some(({ address }) => address.scheme === 'https' || (address.scheme !== 'http' && address.host !== '' && address.port !== auto.httpPort));
    const autoWillAdd = !off && entries.every(({ address }) => address.port === auto.httpsPort || (address.port !== auto.httpPort && address.host !== ''));
    const policies = explicit || (qualifies && !autoWillAdd);
    const domains = entries.some(({ address }) => address.scheme !== 'http' && qualifiesForCert(address.host));
    const automatic = !off && port !== auto.httpPort && (port === auto.httpsPort || domains);
    // caddy: modules/caddyhttp/server.go never wraps a listener on the HTTP port in TLS.
    result.set(port, port !== auto.httpPort && (policies || automatic));
  }
  return result;
}

// ---- endpoints --------------------------------------------------------------------------------------

/** The label of the scope of an automatic redirect endpoint. */
const AUTOMATIC_REDIRECT = 'automatic HTTP->HTTPS redirect';

/** Addresses grouped by port, in order of first appearance (an address Caddy refuses is in none). */
function byPort(addresses: readonly SiteAddress[]): SiteAddress[][] {
  const groups = new Map<number, SiteAddress[]>();
  for (const address of addresses) {
    const group = groups.get(address.port) ?? [];
    group.push(address);
    groups.set(address.port, group);
  }
  return groups.size ? [...groups.values()] : [[]];
}

interface BuildContext {
  auto: AutoHttpsOptions;
  prefix: string;
  root: string;
  pathMaps: LintOptions['pathMaps'];
  problems: Problems;
  /** The Caddy version the config is read for (--server-version caddy=...). */
  version: string;
  /** resolveFile's answers by the value as written (read only: shared by every site naming the file). */
  resolved: Map<string, { path: string; inCheckout: boolean } | undefined>;
}

// caddy: modules/caddyhttp/autohttps.go: unless redirects are off, every TLS server gets an HTTP->HTTPS
// redirect on the HTTP port (for its host names, or for all when it has none): a plain endpoint of its own
// that answers every request with a redirect and nothing else.
/** The endpoint, and after it the automatic redirect endpoint Caddy adds for it, if any. */
export function withRedirect(endpoint: Endpoint, mode: string | null, httpPort: number): Endpoint[] {
  if (mode === 'off' || mode === 'disable_redirects' || !endpoint.listeners.some((l) => l.tls)) return [endpoint];
  const scope: HeaderScope = {
    kind: 'endpoint', label: AUTOMATIC_REDIRECT, catchAll: false, range: endpoint.range, headers: [], dropped: [], ownHeaders: [], returns: 'redirect', headersUnknown: false,
  };
  const redirect: Endpoint = {
    ...endpoint,
    label: `${endpoint.label} (automatic redirect)`,
    listeners: [{ address: null, port: httpPort, tls: false, tlsFrom: null, quic: false, defaultServer: false, source: null }],
    certificates: [],
    files: [],
    scopes: [scope],
    upstreams: [],
    httpRedirect: { toHttps: true, source: endpoint.range },
  };
  return [endpoint, redirect];
}

// caddy: a site written for http://name on the HTTP port answers that name there; the automatic redirect
// (appended after the configured routes) never sees its requests (checked with caddy 2.6.2).
/** The endpoints with automatic redirects left out for names a configured plain-HTTP site answers. */
export function withoutShadowedRedirects(endpoints: Endpoint[], httpPort: number): Endpoint[] {
  const explicit = new Set(endpoints.filter((e) => e.scopes[0]?.label !== AUTOMATIC_REDIRECT && e.listeners.some((l) => !l.tls && l.port === httpPort)).flatMap((e) => e.serverNames));
  return endpoints.flatMap((endpoint) => {
    if (endpoint.scopes[0]?.label !== AUTOMATIC_REDIRECT || endpoint.serverNames.length === 0) return [endpoint];
    const names = endpoint.serverNames.filter((name) => !explicit.has(name));
    return names.length === 0 ? [] : [{ ...endpoint, serverNames: names }];
  });
}

function buildEndpoint(site: CaddySite, addresses: SiteAddress[], tlsPorts: Map<number, boolean>, context: BuildContext): Endpoint {
  const tls = readTls(site, context);
  const listeners: Listener[] = [];
  const seenPorts = new Set<number>();
  // Sockets decided by the environment: the global options, or every address of the site, name a variable.
  const socketsUnknown = context.auto.fromEnvironment !== undefined || (addresses.length === 0 && site.addresses.some((a) => hasEnvPlaceholder(withEnvDefaults(a.value))))
    || bindsInheritedSockets(site);
  for (const address of socketsUnknown ? [] : addresses) {
    if (seenPorts.has(address.port)) continue;
    seenPorts.add(address.port);
    const onTls = tlsPorts.get(address.port) ?? false;
    listeners.push({
      address: null,
      port: address.port,
      tls: onTls,
      tlsFrom: onTls ? (tls.directive ? 'listener' : 'automatic') : null,
      quic: false,
      defaultServer: false,
      source: address.arg.range,
    });
  }
  // An address with no host (`:443`) answers every name: `""` stands for it, as nginx's `server_name ""` does.
  const hosts = new Set<string>();
  for (const address of addresses) hosts.add(address.host);
  const serverNames = hosts.has('') ? ['', ...[...hosts].filter((host) => host !== '')] : [...hosts];
  const certificates = [...tls.certificates, ...managedCertificates(site, addresses, listeners, tls, context.auto)];
  refuseUnboundedOnDemand(addresses, tls, context);
  const range = site.headRange;
  const unreadable = hasUnresolvedImport(site.directives);
  const scopes = headerScopes(site, range, unreadable, context.version);
  const httpRedirect = siteRedirect(site);
  return {
    label: site.addresses.map((a) => a.value.replace(/,$/, '')).join(', ') || 'site',
    range,
    serverNames,
    listeners,
    certificates,
    protocols: tls.protocols,
    ciphers: tls.ciphers,
    // Go's crypto/tls offers its TLS 1.3 suites whatever the configuration says.
    ciphersuites: { value: GO_TLS13_SUITES_TEXT, source: null, level: 'default' },
    // caddy: Go's crypto/tls sends session tickets and rotates their keys itself (caddytls SessionTicketService
    // rotates every 12 hours by default).
    sessionTickets: { value: true, source: null, level: 'default' },
    ticketKeyRotation: 'automatic',
    // caddy: certmagic staples OCSP responses for every managed and loaded certificate by default.
    stapling: { value: true, source: null, level: 'default' },
    dhparam: { value: null, source: null, level: 'default' },
    // Go's crypto/tls implements no DHE suites.
    dheAvailable: false,
    files: namedFiles(tls, context),
    deprecated: [],
    scopes,
    upstreams: upstreamsOf(site.directives, 'endpoint'),
    rejectsHandshake: false,
    httpRedirect,
    ...(tls.clientAuth && tls.clientAuth.mode !== 'none' ? { clientAuth: tls.clientAuth } : {}),
    application: 'http',
    // caddy: certmagic staples OCSP for managed and loaded certificates alike.
    staplingAvailable: true,
    unknown: unreadable || socketsUnknown ? ALL_UNKNOWN : tls.unknown.size ? tls.unknown : NOTHING_UNKNOWN,
  };
}

// caddy 2.7+: caddyconfig/httpcaddyfile/builtins.go parseBind: `bind fd/N` and `bind fdgram/N` serve on a
// socket inherited from the process that started Caddy (systemd socket activation): which port it is, and so
// whether automatic HTTPS sees the HTTP or the HTTPS port, is not in the config.
/** True when every `bind` of the site names an inherited socket (`fd/N`, `fdgram/N`). */
function bindsInheritedSockets(site: CaddySite): boolean {
  const addresses = site.directives.filter((d) => d.name === 'bind').flatMap((d) => d.args.map((a) => a.value));
  return addresses.length > 0 && addresses.every((a) => /^fd(gram)?\//.test(a));
}

// caddy: modules/caddyhttp/autohttps.go: unless `auto_https off` or `disable_certs`, Caddy obtains and renews
// a certificate for each qualifying host name of a TLS server that has none loaded for it: public names from
// ACME, localhost, IPs and the like from its local CA, and every name from the local CA under `tls internal`
// (caddyconfig/httpcaddyfile/builtins.go parseTLS: `tls internal` or `tls { issuer internal }`) or the
// global `local_certs` option.
// caddy 2.6.2 under `auto_https off` or `disable_certs`: a site's `tls internal` only writes an automation
// policy (caddyconfig/httpcaddyfile/tlsapp.go), and a policy obtains nothing by itself (modules/caddytls/tls.go
// manages the names automatic HTTPS or the `automate` loader give it), so the site serves no certificate
// (checked live: the handshake fails with an internal-error alert). Two exceptions: `on_demand` obtains one
// while the handshake waits, for whatever name the client asks (on a site with no host name too), and under
// `disable_certs` (not `off`) tlsapp.go puts the host names of a site that also has a hostless address
// (`:443, example.com`) into the `automate` loader, which manages them whatever automatic HTTPS says.
function managedCertificates(site: CaddySite, addresses: readonly SiteAddress[], listeners: readonly Listener[], tls: TlsSettings, auto: AutoHttpsOptions): CertificateRef[] {
  if (tls.certificates.length > 0 || tls.unknown.has('certificates') || !listeners.some((l) => l.tls)) return [];
  const off = auto.mode === 'off' || auto.mode === 'disable_certs';
  const hostless = auto.mode !== 'off' && site.addresses.some((arg) => parseAddress(withEnvDefaults(arg.value), auto, arg)?.host === '');
  if (off && !tls.onDemand && !hostless) return [];
  // A site's own issuer holds for whatever manages its names; `local_certs` is the issuer of the base policy
  // every site's policy starts from (tlsapp.go newBaseAutomationPolicy), unless the site names an ACME issuer.
  const internal = tls.internal ?? (tls.acme ? undefined : auto.localCerts);
  const names = [...new Set(addresses.filter((a) => a.scheme !== 'http' && a.port !== auto.httpPort && qualifiesForCert(a.host)).map((a) => a.host))];
  const source = tls.directive?.range ?? null;
  // caddy 2.6.2 autohttps.go skips a name a loaded certificate matches (AllMatchingCertificates), and an
  // on-demand handshake takes a cached one first; only the `automate` loader (under disable_certs) manages
  // its names regardless (checked live: a second port of a name loaded from a file serves that file). The
  // host names of a site with a hostless address are never in a route's host matcher: only `automate` has them.
  const viaAutomate = hostless && !tls.onDemand;
  const how = { ...(tls.onDemand ? { onDemand: true } : {}), ...(viaAutomate || auto.mode === 'ignore_loaded_certs' ? {} : { unlessLoaded: true }) };
  if (names.length === 0) {
    // On demand, a site with no host name gets a certificate for each name a client asks for.
    if (!tls.onDemand) return [];
    const level = internal && internal === auto.localCerts ? 'global' : 'endpoint';
    return [{ certificate: { value: internal ? 'internal' : 'automatic', source: internal ?? source, level }, key: null, managed: { issuer: internal ? 'local-ca' : 'public-ca', names: [], ...how } }];
  }
  if (internal) {
    const level = internal === auto.localCerts ? 'global' : 'endpoint';
    return [{ certificate: { value: 'internal', source: internal, level }, key: null, managed: { issuer: 'local-ca', names, ...how } }];
  }
  const certificate: Setting<string> = { value: 'automatic', source, level: source ? 'endpoint' : 'default' };
  const publicNames = names.filter((n) => tls.acme || qualifiesForPublicCert(n));
  const localNames = names.filter((n) => !publicNames.includes(n));
  return [
    ...(publicNames.length ? [{ certificate, key: null, managed: { issuer: 'public-ca' as const, names: publicNames, ...how } }] : []),
    ...(localNames.length ? [{ certificate, key: null, managed: { issuer: 'local-ca' as const, names: localNames, ...how } }] : []),
  ];
}

/** The default cipher lists as settings hold them, joined once rather than per site. */
const GO_TLS13_SUITES_TEXT = GO_TLS13_SUITES.join(':');
const CADDY_DEFAULT_CIPHERS_TEXT = CADDY_DEFAULT_CIPHERS.join(':');

// caddy 2.8+: modules/caddytls/automation.go provisioning: on-demand TLS for a policy with no subjects or a
// wildcard one (isWildcardOrDefault), whose issuers are not only the local CA, with no permission module
// (global `on_demand_tls { ask <url> }` or `permission <module>`) and no certificate manager of its own, is
// refused: "on-demand TLS cannot be enabled without a permission module to prevent abuse".
function refuseUnboundedOnDemand(addresses: readonly SiteAddress[], tls: TlsSettings, context: BuildContext): void {
  if (!tls.onDemandSource || tls.managers || !versionAtLeast(context.version, ON_DEMAND_PERMISSION_SINCE) || context.auto.onDemandPermission) return;
  const subjects = addresses.filter((a) => a.scheme !== 'http' && a.port !== context.auto.httpPort && qualifiesForCert(a.host)).map((a) => a.host);
  const unbounded = subjects.length === 0 || subjects.some((s) => s.startsWith('*'));
  const onlyInternal = tls.internal !== undefined || (!tls.acme && context.auto.localCerts !== undefined);
  if (!unbounded || onlyInternal) return;
  context.problems.refuse(tls.onDemandSource, `Caddy ${context.version} refuses on_demand for ${subjects.length ? 'a wildcard name' : 'a site with no host name'} without a permission: add "ask <url>" (or "permission <module>") to the global on_demand_tls option`);
}

/** Every setting an unreadable file could decide, and none. */
const ALL_UNKNOWN: ReadonlySet<UnknownSetting> = new Set(['protocols', 'ciphers', 'sessionTickets', 'stapling', 'certificates', 'redirect']);
const NOTHING_UNKNOWN: ReadonlySet<UnknownSetting> = new Set();

/** True when an `import` in the site (at any depth) named a file the loader could not read. */
function hasUnresolvedImport(directives: readonly ExpandedDirective[]): boolean {
  for (const directive of directives) {
    if (directive.name === 'import' || (directive.children !== undefined && hasUnresolvedImport(directive.children))) return true;
  }
  return false;
}

/** A site that only answers with `redir https://...` redirects plain HTTP to HTTPS. */
function siteRedirect(site: CaddySite): HttpRedirect | null {
  // caddy: modules/caddyhttp/staticresp.go `redir [<matcher>] <to> [<code>]`: only an unmatched one answers
  // every request of the site.
  const redir = site.directives.find((d) => d.name === 'redir' && d.args.length > 0 && !isMatcherToken(d.args[0].value));
  return redir ? { toHttps: /^https:\/\//i.test(redir.args[0].value), source: redir.range } : null;
}

// ---- tls ----------------------------------------------------------------------------------------

interface TlsSettings {
  directive: ExpandedDirective | null;
  /** The `tls internal` (or `issuer internal`) that gives the site's certificates from the local CA. */
  internal?: SourceRange;
  /** True when the `tls` directive configures an ACME issuer itself (an email, `ca`, `dns`, ...). */
  acme?: boolean;
  /** `tls { on_demand }`: certificates are obtained during the handshake, for the name the client asks. */
  onDemand?: boolean;
  /** Where `on_demand` is written. */
  onDemandSource?: SourceRange;
  /** `tls { get_certificate ... }`: a certificate manager module of the site's own. */
  managers?: boolean;
  /** True when `tls` names its certificate files or its email through environment variables. */
  certificatesFromEnvironment?: boolean;
  certificates: CertificateRef[];
  protocols: Setting<TlsProtocol[]>;
  ciphers: Setting<string>;
  /** The last `client_auth { }` block's meaning; absent without one. */
  clientAuth?: ClientAuth;
  /** `trusted_ca_cert_file` and `trusted_leaf_cert_file` paths (read by `caddy adapt` itself). */
  trustedFiles: Setting<string>[];
  /** Settings whose value is an environment variable without a default (see hasEnvPlaceholder). */
  unknown: Set<UnknownSetting>;
}

/** The site's `tls` directives (Caddy merges them; several are allowed). */
function tlsDirectives(directives: readonly ExpandedDirective[]): ExpandedDirective[] {
  return directives.filter((d) => d.name === 'tls');
}

// caddy: caddyconfig/httpcaddyfile/builtins.go parseTLS: `tls [internal|<email>] | [<cert_file> <key_file>] { protocols min [max]; ciphers ...; curves ...; client_auth { ... } }`.
function readTls(site: CaddySite, context: BuildContext): TlsSettings {
  const settings: TlsSettings = {
    directive: null,
    certificates: [],
    protocols: { value: ['TLSv1.2', 'TLSv1.3'], source: null, level: 'default' },
    ciphers: { value: CADDY_DEFAULT_CIPHERS_TEXT, source: null, level: 'default' },
    trustedFiles: [],
    unknown: new Set(),
  };
  for (const directive of tlsDirectives(site.directives)) {
    settings.directive ??= directive;
    const args = directive.args;
    if (args.some((a) => hasEnvPlaceholder(withEnvDefaults(a.value)))) {
      // `tls {$CERT} {$KEY}` or `tls {$EMAIL}`: which certificate (or issuer) is only known where Caddy runs.
      settings.unknown.add('certificates');
      settings.certificatesFromEnvironment = true;
    } else if (args.length === 1 && args[0].value === 'internal') settings.internal ??= directive.range;
    else if (args.length === 1) settings.acme = true;
    if (args.length === 2 && !settings.certificatesFromEnvironment) {
      const certificate: Setting<string> = { value: withEnvDefaults(args[0].value), source: directive.range, valueRange: args[0].range, level: 'endpoint' };
      const key: Setting<string> = { value: withEnvDefaults(args[1].value), source: directive.range, valueRange: args[1].range, level: 'endpoint' };
      const resolvedPath = certificatePath(certificate.value, context);
      const keyPath = certificatePath(key.value, context);
      settings.certificates.push({ certificate, key, ...(resolvedPath ? { resolvedPath } : {}), ...(keyPath ? { keyPath } : {}) });
    }
    for (const option of directive.children ?? []) readTlsOption(option, settings, context);
  }
  return settings;
}

// caddy: caddyconfig/httpcaddyfile/builtins.go parseTLS: these subdirectives (and `tls <email>`) make an
// ACME issuer for the site's policy, which then covers its names even where the default would be the local CA.
const ACME_ISSUER_OPTIONS = new Set(['issuer', 'ca', 'ca_root', 'dns', 'dns_ttl', 'propagation_delay', 'propagation_timeout', 'resolvers', 'eab', 'preferred_chains']);

function readTlsOption(option: ExpandedDirective, settings: TlsSettings, context: BuildContext): void {
  if (option.name !== 'client_auth' && option.args.some((a) => hasEnvPlaceholder(withEnvDefaults(a.value)))) {
    // `protocols {$MIN}`: the value is only known where Caddy runs; the default stays, marked unknown.
    if (option.name === 'protocols') settings.unknown.add('protocols');
    else if (option.name === 'ciphers') settings.unknown.add('ciphers');
    else if (option.name === 'issuer' || ACME_ISSUER_OPTIONS.has(option.name)) settings.unknown.add('certificates');
    return;
  }
  const values = option.args.map((a) => withEnvDefaults(a.value));
  const valueRange = option.args.length ? spanArgs(option.args) : undefined;
  if (option.name === 'on_demand') {
    settings.onDemand = true;
    settings.onDemandSource ??= option.range;
  }
  if (option.name === 'get_certificate') settings.managers = true;
  if (option.name === 'issuer' && values[0] === 'internal') settings.internal ??= option.range;
  else if (ACME_ISSUER_OPTIONS.has(option.name)) settings.acme = true;
  if (option.name === 'protocols') {
    // caddy: modules/caddytls/values.go SupportedProtocols holds only tls1.2 and tls1.3; anything else is
    // "Wrong protocol name or protocol not supported", and min above max fails at provisioning.
    const bad = option.args.find((a) => !(withEnvDefaults(a.value) in CADDY_PROTOCOLS));
    if (bad) {
      context.problems.refuse(bad.range, `Caddy refuses protocol "${withEnvDefaults(bad.value)}": it supports only tls1.2 and tls1.3; expected "protocols tls1.2"`);
      return;
    }
    if (values.length === 0 || values.length > 2) {
      context.problems.refuse(option.range, 'Caddy refuses "protocols" without one or two versions: expected "protocols <min> [<max>]"');
      return;
    }
    const min = CADDY_PROTOCOLS[values[0]];
    const max = values[1] ? CADDY_PROTOCOLS[values[1]] : 'TLSv1.3';
    if (min === 'TLSv1.3' && max === 'TLSv1.2') {
      context.problems.refuse(option.range, `Caddy refuses protocols "${values.join(' ')}": the minimum is above the maximum`);
      return;
    }
    const value: TlsProtocol[] = min === max ? [min] : ['TLSv1.2', 'TLSv1.3'];
    settings.protocols = { value, source: option.range, valueRange, level: 'endpoint' };
  } else if (option.name === 'ciphers') {
    // Kept as written (`:`-joined Go IANA names): names Go does not know are cipher-unknown's to report.
    settings.ciphers = { value: values.join(':'), source: option.range, valueRange, level: 'endpoint' };
  } else if (option.name === 'curves') {
    for (const arg of option.args) {
      const curve = withEnvDefaults(arg.value);
      if (!GO_CURVES.has(curve)) context.problems.refuse(arg.range, `Caddy refuses curve "${curve}": expected one of ${[...GO_CURVES].join(', ')}`);
    }
  } else if (option.name === 'client_auth') {
    readClientAuth(option, settings, context);
  }
}

// caddy: caddyconfig/httpcaddyfile/builtins.go parseTLS `client_auth { mode <mode>; trusted_ca_cert <b64>;
// trusted_ca_cert_file <pem>; trusted_leaf_cert <b64>; trusted_leaf_cert_file <pem> }`: each block starts a
// new ClientAuthentication (the last one wins); its meaning is modules/caddytls/connpolicy.go's (see caddyClientAuth).
function readClientAuth(block: ExpandedDirective, settings: TlsSettings, context: BuildContext): void {
  let mode: ExpandedDirective | undefined;
  let cas = 0;
  let leaves = 0;
  let verifiers = 0;
  let caSource: SourceRange | undefined;
  for (const line of block.children ?? []) {
    const value = line.args[0] ? withEnvDefaults(line.args[0].value) : undefined;
    if (line.name === 'mode') mode = line;
    // caddy 2.8+: `trust_pool <provider> { }` (a CA pool module) and `verifier <module>` replace the older lines.
    else if (line.name === 'trusted_ca_cert' || line.name === 'trusted_ca_cert_file' || line.name === 'trust_pool') {
      cas++;
      caSource ??= line.range;
    }
    else if (line.name === 'trusted_leaf_cert' || line.name === 'trusted_leaf_cert_file') leaves++;
    else if (line.name === 'verifier') verifiers++;
    // A file named by an environment variable is only known where Caddy runs: not a file to look for.
    if ((line.name === 'trusted_ca_cert_file' || line.name === 'trusted_leaf_cert_file') && value !== undefined && !hasEnvPlaceholder(value) && line.args[0]) {
      settings.trustedFiles.push({ value, source: line.range, valueRange: line.args[0].range, level: 'endpoint' });
    }
  }
  const written = mode?.args[0] ? withEnvDefaults(mode.args[0].value) : undefined;
  if (mode && written !== undefined && hasEnvPlaceholder(written)) {
    // The mode comes from the environment Caddy runs in: whether it verifies is unknown here.
    settings.clientAuth = undefined;
    return;
  }
  const clientAuth = caddyClientAuth({ mode: written, cas, leaves, verifiers, source: block.range, ...(caSource ? { caSource } : {}), ...(mode ? { modeSource: mode.range } : {}), level: 'endpoint' });
  if (!clientAuth && mode?.args[0]) {
    // caddy: connpolicy.go ConfigureTLSConfig: "client auth mode not recognized" when the server is provisioned.
    context.problems.refuse(mode.args[0].range, `Caddy refuses client_auth mode "${written}": expected request, require, verify_if_given or require_and_verify`);
  }
  settings.clientAuth = clientAuth;
}

function spanArgs(args: readonly Arg[]): SourceRange {
  const first = args[0].range;
  const last = args[args.length - 1].range;
  return first.file === last.file ? { file: first.file, start: first.start, end: last.end } : first;
}

// Deviation: Caddy opens relative certificate paths from its working directory; tlslint resolves them
// against the Caddyfile's directory (and --map), as the nginx dialect does with its conf prefix.
function resolveFile(value: string, context: BuildContext): { path: string; inCheckout: boolean } | undefined {
  // Thousands of sites importing one snippet's `tls <cert> <key>` name the same two files: resolved once each.
  if (context.resolved.has(value)) return context.resolved.get(value);
  const resolved = resolveNamedFile(value, { base: context.prefix, baseKnown: true, root: context.root, pathMaps: context.pathMaps });
  context.resolved.set(value, resolved);
  return resolved;
}

function certificatePath(value: string, context: BuildContext): string | undefined {
  return resolveFile(value, context)?.path;
}

/** The files the site's `tls` settings name: certificate and key of `tls <cert> <key>`. */
function namedFiles(tls: TlsSettings, context: BuildContext): FileReference[] {
  const files: FileReference[] = [];
  const add = (role: FileReference['role'], setting: Setting<string> | null) => {
    if (!setting?.source) return;
    const resolved = resolveFile(setting.value, context);
    files.push({ role, setting, inCheckout: resolved?.inCheckout ?? false, ...(resolved ? { path: resolved.path } : {}) });
  };
  for (const ref of tls.certificates) {
    add('certificate', ref.certificate);
    add('key', ref.key);
  }
  for (const trusted of tls.trustedFiles) add('trusted-certificate', trusted);
  return files;
}

// ---- headers ----------------------------------------------------------------------------------

/** A `header` operation: set (`Field value`), add (`+`), delete (`-`), default (`?`), deferred set (`>`). */
interface HeaderOp {
  op: 'set' | 'add' | 'delete' | 'default';
  header: ResponseHeader;
}

/** Caddy's matcher tokens: `*`, a path starting with `/`, or a named matcher `@name` (httpcaddyfile/matchers). */
export function isMatcherToken(value: string): boolean {
  return value === '*' || value.startsWith('/') || value.startsWith('@');
}

// caddy: modules/caddyhttp/headers/caddyfile.go parseCaddyfile: `header [<matcher>] [[+|-|?|>]<field> [<value>|<find>] [<replace>]]`
// or a block of such lines; with a find and a replace it edits a header rather than setting it.
// caddy 2.6.2 caddyfile.go: a block with `defer` or a deletion (`-Field`) is one deferred handler, and `?Field`
// lines go to a second one with a `require`; either writes its fields only into a response a handler
// writes, so when `mayFail` (a handler of the site can fail: file_server's 404, reverse_proxy's 502) they miss
// the error responses (see json-model.ts headerOps; proven live in test/live/caddy-json-headers.test.ts).
// caddy 2.7+: `>Field value` sets the field and defers the whole handler (like a deletion); 2.6.2 has no such
// prefix: `>Field` is a field of that name, which Go's net/http never writes (no valid field name; checked
// live with caddy 2.6.2: neither HTTP/1.1 nor HTTP/2 responses carry it).
/** How to read `header` lines: whether a handler may fail, and what the Caddy version makes of `>`. */
interface HeaderReading {
  mayFail: boolean;
  deferPrefix: boolean;
  version: string;
}

function headerOps(directive: ExpandedDirective, level: SettingLevel, reading: HeaderReading): HeaderOp[] {
  const { mayFail, deferPrefix, version } = reading;
  const args = directive.args;
  const start = args[0] && isMatcherToken(args[0].value) ? 1 : 0;
  const lines: Array<{ args: Arg[]; source: SourceRange }> = [];
  if (args.length > start) lines.push({ args: args.slice(start), source: directive.range });
  let deferredBy: SourceRange | undefined;
  for (const child of directive.children ?? []) {
    if (child.name === 'defer') {
      deferredBy = child.range;
      continue;
    }
    lines.push({ args: [{ value: child.name, raw: child.name, quoted: null, range: child.nameRange }, ...child.args], source: child.range });
  }
  deferredBy ??= lines.find((line) => line.args[0]?.value.startsWith('-') || (deferPrefix && line.args[0]?.value.startsWith('>')))?.source;
  const ops: HeaderOp[] = [];
  for (const line of lines) {
    const [field, value, replacement] = line.args;
    if (!field || replacement) continue;
    let name = field.value;
    let op: HeaderOp['op'] = 'set';
    const prefix = name[0];
    let unsent: ResponseHeader['unsent'];
    if (prefix === '>' && !deferPrefix) {
      const meant = name.slice(1);
      unsent = {
        meant,
        why: `Caddy ${version} reads "${name}" as a header named "${name}", which Go's net/http never sends (">" defers a header only from Caddy 2.7 on); write "${meant}" without ">"`,
      };
    } else if (prefix === '+' || prefix === '-' || prefix === '?' || prefix === '>') {
      op = prefix === '+' ? 'add' : prefix === '-' ? 'delete' : prefix === '?' ? 'default' : 'set';
      name = name.slice(1);
    }
    if (op !== 'delete' && !value) continue;
    // `{$VAR:default}` is its default; a `{$VAR}` left in makes the value dynamic (known only where Caddy runs).
    const text = withEnvDefaults(value?.value ?? '');
    const deferred = mayFail ? (op === 'default' ? line.source : deferredBy) : undefined;
    ops.push({
      op,
      header: {
        name,
        value: text,
        // caddy: the headers handler writes its fields before the next handler runs, so they are on every
        // status, errors included; deferred ones only on responses a handler writes.
        always: deferred === undefined,
        ...(deferred ? { deferred } : {}),
        dynamic: text.includes('{'),
        source: line.source,
        valueRange: value?.range ?? field.range,
        level,
        ...(unsent ? { unsent } : {}),
      },
    });
  }
  return ops;
}

/** Applies header operations to a header list (in Caddy's order: sets and adds, then deferred deletions). */
function applyOps(inherited: readonly ResponseHeader[], ops: readonly HeaderOp[]): ResponseHeader[] {
  let headers = [...inherited];
  for (const { op, header } of ops) {
    const lower = header.name.toLowerCase();
    if (op === 'set') headers = [...headers.filter((h) => h.name.toLowerCase() !== lower), header];
    else if (op === 'add') headers.push(header);
    else if (op === 'default' && !headers.some((h) => h.name.toLowerCase() === lower)) headers.push(header);
  }
  // caddy: deletions are deferred (headers.go: "deferred": true), so they remove fields set anywhere.
  const deleted = new Set(ops.filter((o) => o.op === 'delete').map((o) => o.header.name.toLowerCase()));
  return headers.filter((h) => !deleted.has(h.name.toLowerCase()));
}

// caddy: modules/caddyhttp/staticresp.go `respond [<matcher>] <status>|<body> [<status>]`, `redir` (a 3xx),
// `abort` (closes the connection), `error` (an error status for the error routes).
function fixedAnswerOf(directive: ExpandedDirective): FixedAnswer | null {
  if (directive.name === 'redir') return 'redirect';
  if (directive.name === 'abort') return 'close';
  if (directive.name === 'error') return 'error';
  if (directive.name !== 'respond') return null;
  const args = hasMatcher(directive) ? directive.args.slice(1) : directive.args;
  const status = args.find((a) => /^\d{3}$/.test(a.value))?.value;
  if (status && /^[45]/.test(status)) return 'error';
  if (status && status.startsWith('3')) return 'redirect';
  return 'body';
}
/** Directives that set no content: configuration of the site or of its responses. */
const NOT_CONTENT = new Set(['header', 'tls', 'log', 'encode', 'request_header', 'bind', 'import', 'vars', 'map', 'root', 'uri', 'rewrite', 'skip_log', 'log_skip']);

/** The fixed answer of a list of directives when every one that answers gives one (the first decides). */
function fixedAnswer(directives: readonly ExpandedDirective[]): FixedAnswer | null {
  const content = directives.filter((d) => !NOT_CONTENT.has(d.name) && !d.name.startsWith('@'));
  if (content.length === 0) return null;
  const answers = content.map(fixedAnswerOf);
  return answers.every((a) => a !== null) ? answers[0] : null;
}

/** Blocks that answer a subset of requests with their own directives. */
const PATH_BLOCKS = new Set(['handle', 'handle_path', 'route', 'handle_errors']);

// caddy: caddyconfig/httpcaddyfile/directives.go directiveOrder puts `header` before `handle`, `route` and
// the handlers, so a site's unmatched `header` applies to every request of the site, and a block's own
// `header` adds to it for the requests the block handles.
function headerScopes(site: CaddySite, range: SourceRange, unreadable: boolean, version: string): HeaderScope[] {
  const deferPrefix = versionAtLeast(version, HEADER_DEFER_PREFIX_SINCE);
  const mayFail = site.directives.some(directiveMayFail);
  const siteOps = site.directives.filter((d) => d.name === 'header' && !hasMatcher(d)).flatMap((d) => headerOps(d, 'endpoint', { mayFail, deferPrefix, version }));
  const siteHeaders = applyOps([], siteOps);
  const blocks = site.directives.filter((d) => PATH_BLOCKS.has(d.name));
  const scopes: HeaderScope[] = [{
    kind: 'endpoint', label: 'site', catchAll: false, range, headers: siteHeaders, dropped: [], ownHeaders: [],
    returns: blocks.length === 0 ? fixedAnswer(site.directives) : null,
    headersUnknown: unreadable,
  }];
  // A matched `header` at the site level: the requests it matches get it on top of the site's.
  for (const directive of site.directives) {
    if (directive.name !== 'header' || !hasMatcher(directive)) continue;
    const ops = headerOps(directive, 'path', { mayFail, deferPrefix, version });
    scopes.push({
      kind: 'path', label: `header ${directive.args[0].value}`, catchAll: directive.args[0].value === '*', range: directive.range,
      headers: applyOps(siteHeaders, [...siteOps, ...ops]), dropped: [], ownHeaders: ops.map((o) => o.header), returns: null, headersUnknown: unreadable,
    });
  }
  for (const block of blocks) addBlockScopes(block, siteOps, scopes, unreadable, { mayFail, deferPrefix, version });
  return scopes;
}

/**
 * Directives whose handlers never fail with an error (caddy 2.6.2: respond and redir are static responses;
 * the rest set headers, variables or the path, or hold other directives): any other handler (file_server,
 * reverse_proxy, php_fastcgi, error, templates, basicauth...) may.
 */
const NEVER_FAIL = new Set([
  'respond', 'redir', 'abort', 'header', 'request_header', 'encode', 'vars', 'map', 'root', 'uri', 'rewrite', 'try_files', 'tls',
  'log', 'bind', 'import', 'skip_log', 'log_skip', 'push', 'request_body',
  // The error routes answer errors themselves: deferred fields of the site never reach them anyway.
  'handle_errors',
]);

/** Blocks that hold directives of their own: they may fail when one of those may. */
const HANDLER_BLOCKS = new Set(['handle', 'handle_path', 'route']);

function directiveMayFail(directive: ExpandedDirective): boolean {
  if (directive.name.startsWith('@')) return false;
  if (HANDLER_BLOCKS.has(directive.name)) return (directive.children ?? []).some(directiveMayFail);
  return !NEVER_FAIL.has(directive.name);
}

function hasMatcher(directive: ExpandedDirective): boolean {
  return directive.args.length > 0 && isMatcherToken(directive.args[0].value);
}

function addBlockScopes(block: ExpandedDirective, inheritedOps: readonly HeaderOp[], out: HeaderScope[], unreadable: boolean, reading: HeaderReading): void {
  if (block.name === 'handle_errors') return;
  const children = block.children ?? [];
  const ownOps = children.filter((d) => d.name === 'header' && !hasMatcher(d)).flatMap((d) => headerOps(d, 'path', reading));
  const ops = [...inheritedOps, ...ownOps];
  const nested = children.filter((d) => PATH_BLOCKS.has(d.name));
  const matcher = block.args[0]?.value;
  out.push({
    kind: 'path',
    label: [block.name, ...block.args.map((a) => a.value)].join(' '),
    catchAll: block.name !== 'route' && (matcher === undefined || matcher === '*'),
    range: block.headRange ?? block.range,
    headers: applyOps([], ops),
    dropped: [],
    ownHeaders: ownOps.map((o) => o.header),
    returns: nested.length === 0 ? fixedAnswer(children) : null,
    headersUnknown: unreadable,
  });
  for (const child of nested) addBlockScopes(child, ops, out, unreadable, reading);
}

// ---- upstreams --------------------------------------------------------------------------------

// caddy: modules/caddyhttp/reverseproxy/caddyfile.go: an upstream `https://host` turns TLS on for the
// transport; `transport http { tls ... }` does for every upstream. Verification is on unless
// `tls_insecure_skip_verify` is given.
function upstreamsOf(directives: readonly ExpandedDirective[], level: SettingLevel): UpstreamTls[] {
  const out: UpstreamTls[] = [];
  for (const directive of directives) {
    if (directive.name === 'reverse_proxy') {
      const args = hasMatcher(directive) ? directive.args.slice(1) : directive.args;
      const upstreamArgs = [...args];
      const transport = (directive.children ?? []).find((c) => c.name === 'transport' && c.args[0]?.value === 'http');
      for (const child of directive.children ?? []) if (child.name === 'to') upstreamArgs.push(...child.args);
      const options = transport?.children ?? [];
      const insecure = options.find((o) => o.name === 'tls_insecure_skip_verify');
      const transportTls = options.some((o) => o.name === 'tls' || o.name.startsWith('tls_'));
      for (const arg of upstreamArgs) {
        if (!/^https:\/\//i.test(withEnvDefaults(arg.value)) && !transportTls) continue;
        const verify: Setting<boolean> = insecure
          ? { value: false, source: insecure.range, level }
          : { value: true, source: null, level: 'default' };
        out.push({ target: withEnvDefaults(arg.value), via: 'reverse_proxy', source: arg.range, verify });
      }
    }
    if (directive.children && directive.name !== 'reverse_proxy') for (const item of upstreamsOf(directive.children, PATH_BLOCKS.has(directive.name) ? 'path' : level)) out.push(item);
  }
  return out;
}
