// Reads an Apache httpd configuration tree (includes and read-time conditionals applied) into the TLS model.
// The walk, endpoints, listeners and certificates are here; mod_ssl settings in settings.ts, mod_headers in headers.ts,
// request-classes.ts, header-merge.ts and header-templates.ts, what they share in context.ts.
import type { ConfigFile } from '../../syntax/ast.js';
import type { SourceRange } from '../../syntax/range.js';
import { SourceText, Span } from '../../syntax/source.js';
import type { LintOptions } from '../../engine/options.js';
import { isAbsolute, join, relative } from 'node:path';
import { versionAtLeast } from '../../model/compare-version.js';
import {
  socketKey, type CertificateRef, type Endpoint, type FileReference,
  type ClientAuth, type Listener, type Setting, type SettingLevel, type TlsModel, type UnknownSetting, type UpstreamTls,
} from '../../model/types.js';
import { OPENSSL_DEFAULT_CIPHERSUITES } from '../../tls/openssl-builds.js';
import { serverPath, serverRootOf, substitute, walkApache, type WalkState } from './evaluate.js';
import { includedFiles, initialState } from './load.js';
import { APACHE_DEFAULT_VERSION } from './versions.js';
import { lookupTable } from '../lookup-table.js';
import { MAX_NAMES, NameRole, NO_NAME_ID, type DirectiveName } from './directives.js';
import { Line, type ApacheTree } from './tree.js';
import {
  MAIN, NO_READS, Read, SERVER_LEVEL, UnreadPlaces, VHOST_LEVEL, last, serverLevelUnread, type BuildContext, type PathSection, type ServerConfig,
} from './context.js';
import {
  CA_FILE, CHAIN_FILE, COMPRESSION, ENGINE, PROXY_CHECK_PEER_NAME, PROXY_VERIFY, RENEGOTIATION, SESSION_TICKETS, STAPLING, TICKET_KEY_FILE, VERIFY_CLIENT,
  ciphersSetting, ciphersuitesSetting, confCmd, defaultSetting, isWritten, protocolsSetting, setting, settingKinds, settingOf, withValue,
} from './settings.js';
import { headerScopes } from './header-templates.js';
import { redirectOf } from './redirects.js';

// The tests import these from here.
export { confProtocolOptions, protocolArithmetic } from './settings.js';
export { mergeWork } from './header-merge.js';
export { templateWork } from './header-templates.js';

/** Builds the model of the tree rooted at `entry` (the loader has attached included files). */
export function buildApacheModel(entry: ConfigFile, options: LintOptions): TlsModel {
  return readModel(entry, options, true) ?? readModel(entry, options, false)!;
}

/** Walks of the tree the model made in this process: the tests count them (one per model, two when a late line undid the early build). */
export const modelWalks = { count: 0 };

/** Whether a line changes the read-time state the model resolves values with (`${}`, ServerRoot); LoadModule changes nothing it reads. */
function changesModelState(name: DirectiveName): boolean {
  return name.role === NameRole.State && name.lower !== 'loadmodule';
}

/**
 * The model of the tree. With `early`, each <VirtualHost> is built as soon as the walk leaves it: its lines
 * are then young garbage, where holding every vhost's lines until the last one was read had the GC copy
 * them twice (40 MB of a 10,000-vhost tree). A vhost inherits from the main server what the whole tree
 * says, so a main-server line, a main-server section, a Listen, an unread Include at main-server level or a
 * Define or ServerRoot read after a vhost was built undoes the early build: then the result is undefined,
 * and the tree is read again without it (most trees write the main server before their vhosts).
 */
export function readModel(entry: ConfigFile, options: LintOptions, early: boolean): TlsModel | undefined {
  modelWalks.count++;
  const version = options.serverVersions.apache ?? APACHE_DEFAULT_VERSION;
  const state = initialState(entry.path, { pathMaps: options.pathMaps, serverVersions: { apache: version } });
  const main: ServerConfig = { section: null, own: [], paths: [] };
  const vhosts: ServerConfig[] = [];
  /** Where an unread Include stands: MAIN, a <VirtualHost>, or a path section. */
  const unreadAt = new UnreadPlaces();
  const listens: Read[] = [];
  const files = new Set<ConfigFile>();
  const context: BuildContext = {
    version, root: options.root, state, openssl: options.openssl, main, unreadAt, filePaths: new Map(), resolvedFiles: new Map(), protocolSets: new Map(), sectionHeads: new Map(), recentHeads: [], headerTemplates: new Map(), templateKinds: 0, templateFills: 0, endpointSpecs: [],
    protocolBounds: new Map(), cipherStrings: new Map(), vhostAddresses: new Map(), defaults: new Map(), mainSettings: new Array(settingKinds).fill(undefined), mainConfCmds: new Map(),
    vhostSettings: new Array(settingKinds).fill(undefined), vhostSettingsOf: null, kindDefaults: new Array(settingKinds).fill(undefined),
    compressionByDefault: !versionAtLeast(version, '2.4.4'), chainFileDeprecated: versionAtLeast(version, CHAIN_FILE_DEPRECATED),
  };
  // Each vhost's sockets are marked as it is built, while its listeners are at hand: a second pass over
  // 10,000 endpoints spent its time waiting for memory.
  const firstOnSocket = new Map<string, Listener>();
  const endpoints: Endpoint[] = [];
  /** Set when a line read after an early build changes what the built vhosts inherit: the walk stops reading. */
  let undone = false;
  const socketKeys: SocketKeys = new Map();
  const build = (config: ServerConfig) => endpoints.push(markFirstOnSocket(buildEndpoint(config, context, listens), firstOnSocket, socketKeys));
  // The walk's open sections, kept alongside its `sections` stack: the <VirtualHost> at the top, and the
  // path section at each depth (a Map by directive cost a hash per section of a 10,000-vhost tree).
  let vhost: ServerConfig | null = null;
  /** A line at main-server level: the vhost before it is complete (built now when early). */
  const atMainLevel = () => {
    if (!early || vhost === null) return;
    build(vhost);
    vhost = null;
  };
  const pathAt: (PathSection | null)[] = [];
  walkApache(entry, state, {
    enter: (file) => files.add(file),
    include(directive, _file, walkState, sections) {
      if (undone) return [];
      if (sections.length === 0) atMainLevel();
      const included = includedFiles(directive, walkState) ?? [];
      // An Include whose file could not be read (include-not-found): what it would set there is unknown.
      // A missing IncludeOptional is nothing to httpd, so nothing is unknown.
      if (included.length === 0 && directive.name.toLowerCase() === 'include' && directive.args.length > 0) {
        unreadAt.add(sections.length ? sections[sections.length - 1] : MAIN);
        // Unknown at main-server level (or in a main-server section): the vhosts built so far inherit it.
        if (endpoints.length > 0 && (vhost === null || sections[0] !== vhost.section)) undone = true;
      }
      return undone ? [] : included;
    },
    directive(tree, row, opened, _file, sections, walkState, name) {
      if (undone) return;
      const depth = sections.length;
      if (depth === 0) atMainLevel();
      if (endpoints.length > 0 && changesModelState(name)) {
        undone = true;
        return;
      }
      const section = opened !== undefined;
      // Most lines of a real tree (Options, LogFormat, RewriteCond) decide nothing the model holds:
      // reading their arguments was most of the model's time on a 10,000-vhost tree.
      if (!section && !isModelledName(name)) return;
      if (depth === 0 && section && name.lower === 'virtualhost') {
        vhost = { section: opened, own: [], paths: [] };
        if (!early) vhosts.push(vhost);
        return;
      }
      // Every section the walk enters is a <VirtualHost> at the top or a path section (below).
      const server = depth > 0 && vhost !== null && vhost.section === sections[0] ? vhost : main;
      if (server === main && endpoints.length > 0) {
        undone = true;
        return;
      }
      const outermost = server === main ? 0 : 1;
      const enclosing = depth > outermost && pathAt[depth - 1]?.section === sections[depth - 1] ? pathAt[depth - 1] : null;
      if (opened !== undefined) {
        const path: PathSection = { section: opened, parent: enclosing, own: NO_READS, info: undefined };
        pathAt[depth] = path;
        server.paths.push(path);
        return;
      }
      const read = readOf(tree, row, name.lower, walkState);
      addRead(enclosing ?? server, read);
      if (depth === 0 && name.lower === 'listen') listens.push(read);
    },
  });
  if (undone) return undefined;
  atMainLevel();
  for (const config of vhosts) build(config);
  const mainEndpoint = mainServerEndpoint(context, listens, endpoints);
  if (mainEndpoint) {
    endpoints.unshift(mainEndpoint);
    markMainServer(mainEndpoint, firstOnSocket);
  }
  return { dialect: 'apache', server: { product: 'Apache httpd', version, tlsLibrary: 'openssl' }, endpoints, files: [...files] };
}

/**
 * Adds `read` to what a server or section has written. Most sections hold one such line or none: the list is
 * made for the first, one long (an empty list grows room for 16 at its first push).
 */
function addRead(holder: { own: Read[] }, read: Read): void {
  if (holder.own === NO_READS) holder.own = [read];
  else holder.own.push(read);
}

/** Directives the model reads besides mod_ssl's: sockets, names, headers, redirects, proxying. */
const MODELLED = new Set(['listen', 'documentroot', 'alias', 'servername', 'serveralias', 'header', 'redirect', 'redirectmatch', 'redirectpermanent', 'redirecttemp', 'rewriterule', 'proxypass']);

function isModelled(name: string): boolean {
  return name.startsWith('ssl') || MODELLED.has(name);
}

/** isModelled's answers by name id (DirectiveName.id): 0 not asked yet, 1 no, 2 yes. Asked of every line of the tree. */
const modelledById = new Uint8Array(MAX_NAMES);

function isModelledName(name: DirectiveName): boolean {
  if (name.id === NO_NAME_ID) return isModelled(name.lower);
  let answer = modelledById[name.id];
  if (answer === 0) modelledById[name.id] = answer = isModelled(name.lower) ? 2 : 1;
  return answer === 2;
}

function readOf(tree: ApacheTree, row: number, name: string, state: WalkState): Read {
  const values = tree.argValues(row);
  for (let index = 0; index < values.length; index++) values[index] = substitute(values[index], state);
  return new Read(tree, row, name, values);
}

// ---- endpoints --------------------------------------------------------------------------------

function buildEndpoint(vhost: ServerConfig, context: BuildContext, listens: readonly Read[]): Endpoint {
  const section = vhost.section!;
  const range = section.headRange;
  // server/vhost.c: a vhost without ServerName takes the main server's (its aliases stay its own).
  const own = namesOf(vhost);
  const mainName = last(vhost.own, 'servername') ? undefined : mainServerName(context);
  const serverNames = mainName ? [mainName, ...own] : own;
  const tls = setting(vhost, context, ENGINE, false).value;
  context.listenPorts ??= [...new Set(listens.map((l) => listenAddress(l.values[0] ?? '')?.port).filter((p): p is number => p !== undefined))];
  const listeners = vhostListeners(section, context.state, context.listenPorts, tls, context.vhostAddresses);
  return endpointOf(vhost, context, range, serverNames[0] ? `VirtualHost ${serverNames[0]}` : `VirtualHost ${section.argRaws().join(' ')}`, serverNames, listeners);
}

/** The main server's ServerName (scheme and port dropped), worked out once per model. */
function mainServerName(context: BuildContext): string | undefined {
  if (context.mainName === undefined) context.mainName = namesOf({ ...context.main, own: context.main.own.filter((r) => r.name === 'servername') })[0] ?? null;
  return context.mainName ?? undefined;
}

function endpointOf(server: ServerConfig, context: BuildContext, range: SourceRange, label: string, serverNames: string[], listeners: Listener[]): Endpoint {
  const suites = ciphersuitesSetting(server, context);
  const ciphersuites: Setting<string> = suites.value === undefined
    ? (confCmd(server, context, 'ciphersuites') ?? defaultSetting(context, OPENSSL_DEFAULT_CIPHERSUITES))
    : withValue(suites, suites.value);
  const confCiphers = confCmd(server, context, 'cipherstring');
  const certificates = certificatesOf(server, context);
  const dhparam: Setting<string | null> = confCmd(server, context, 'dhparameters') ?? defaultSetting<string | null>(context, null);
  const chainFile = setting<string | null>(server, context, CHAIN_FILE, null);
  const tls = listeners.some((l) => l.tls);
  const headers = headerScopes(server, context, range);
  const endpoint: Endpoint = {
    label,
    range,
    // mod_proxy and mod_ssl serve HTTP here; Apache has no stream or mail proxy with TLS settings of its own.
    application: 'http',
    serverNames: exact(serverNames),
    listeners: exact(listeners),
    certificates: exact(certificates),
    protocols: protocolsSetting(server, context),
    ciphers: confCiphers ?? ciphersSetting(server, context),
    ciphersuites,
    // mod_ssl: SSLSessionTickets defaults to on; without SSLSessionTicketKeyFile the key is random per start
    // and renewed on restart (CHANGES 2.4.11), never rotated while the server runs.
    sessionTickets: setting(server, context, SESSION_TICKETS, true),
    ticketKeyRotation: setting<string | null>(server, context, TICKET_KEY_FILE, null).value !== null ? 'never' : 'per-restart',
    stapling: setting(server, context, STAPLING, false),
    // mod_ssl staples when built with OCSP stapling (HAVE_OCSP_STAPLING, every OpenSSL 1.0+ build).
    staplingAvailable: true,
    dhparam,
    files: tls ? exact(namedFiles(server, context, certificates, dhparam, chainFile)) : NO_ITEMS,
    // mod_ssl (ssl_engine_init.c, 2.4.x): without DH parameters it picks standard primes sized to the key
    // (RFC 7919 / RFC 3526 groups through ssl_callback_TmpDH), so DHE suites are always available.
    dheAvailable: true,
    deprecated: context.chainFileDeprecated && isWritten(chainFile)
      ? [{ key: 'chainFile', setting: chainFile as Setting<string>, removed: false }]
      : NO_ITEMS,
    // headerScopes' list has the exact length already.
    scopes: headers,
    upstreams: exact(upstreamsOf(server, context)),
    rejectsHandshake: false,
    unknown: unknownSettings(server, context),
    // mod_ssl: SSLCompression is off by default since 2.4.4 (CHANGES: "the so called CRIME attack"), and
    // since 2.4.30 httpd refuses `on` when OpenSSL has no compression method (OpenSSL 1.1.0+ default builds).
    compression: setting(server, context, COMPRESSION, context.compressionByDefault),
    insecureRenegotiation: setting(server, context, RENEGOTIATION, false),
    httpRedirect: redirectOf(server.own),
  };
  const clientAuth = clientAuthOf(server, context);
  if (clientAuth) endpoint.clientAuth = clientAuth;
  return endpoint;
}

/**
 * A copy of exactly `list`'s length. The model is kept to the end of the run, and a list grown by push or a
 * spread keeps room for 17 entries: 150 bytes more for each of five lists of 15,000 endpoints. An empty list
 * is the one shared (frozen) empty list: most endpoints have no upstream, no deprecated setting, and a
 * plain-HTTP one no files, and 15,000 endpoints kept 35,000 empty arrays.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? NO_ITEMS : list.slice();
}

const NO_ITEMS: never[] = Object.freeze([]) as never;

// mod_ssl `SSLVerifyClient none|optional|require|optional_no_ca` (server level; per-directory ones are not
// read): `optional` and `require` verify against SSLCACertificateFile/Path; `optional_no_ca` lets any
// certificate through (ssl_engine_kernel.c ssl_callback_SSLVerify: SSL_CLIENT_VERIFY becomes GENEROUS) and
// "is actually against the idea of authentication" (mod_ssl docs).
const CLIENT_VERIFY = lookupTable<Pick<ClientAuth, 'mode' | 'verified'>>({
  optional: { mode: 'optional', verified: true },
  require: { mode: 'required', verified: true },
  optional_no_ca: { mode: 'optional', verified: false },
});

function clientAuthOf(server: ServerConfig, context: BuildContext): ClientAuth | undefined {
  const verify = setting<string | null>(server, context, VERIFY_CLIENT, null);
  const known = verify.value !== null ? CLIENT_VERIFY[verify.value] : undefined;
  if (!known) return undefined;
  const clientAuth: ClientAuth = { ...known, written: `SSLVerifyClient ${verify.value}`, source: verify.source, level: verify.level };
  const ca = setting<string | null>(server, context, CA_FILE, null);
  if (ca.source) clientAuth.caSource = ca.source;
  // The verification result checked (SSLRequire) or the certificate handed on (SSLOptions +ExportCertData);
  // only mod_ssl's own directives are read here (`Require expr` and `RequestHeader` are not).
  const handedOn = [server, ...server.paths].flatMap((s) => s.own).find((r) => r.values.some((v) => /ExportCertData|SSL_CLIENT_(?:VERIFY|CERT)\b/i.test(v)));
  if (!known.verified && handedOn) clientAuth.handedOn = handedOn.range;
  return clientAuth;
}

const EVERY_UNKNOWN: ReadonlySet<UnknownSetting> = new Set<UnknownSetting>(['protocols', 'ciphers', 'sessionTickets', 'stapling', 'certificates', 'redirect']);
const NOTHING_UNKNOWN: ReadonlySet<UnknownSetting> = new Set();

/** Every setting an unread Include at the server's level (or the main server's) may set is unknown. */
function unknownSettings(server: ServerConfig, context: BuildContext): ReadonlySet<UnknownSetting> {
  return serverLevelUnread(server, context) ? EVERY_UNKNOWN : NOTHING_UNKNOWN;
}

/** httpd 2.4.8 CHANGES: "SSLCertificateChainFile is deprecated", the chain goes with SSLCertificateFile. */
const CHAIN_FILE_DEPRECATED = '2.4.8';

/**
 * The files mod_ssl reads for an SSL-enabled vhost (ssl_init_server_certs, ssl_init_ctx_verify): its
 * certificates and keys, the chain file, the CA file for client or proxy verification, DH parameters.
 */
function namedFiles(server: ServerConfig, context: BuildContext, certificates: CertificateRef[], dhparam: Setting<string | null>, chain: Setting<string | null>): FileReference[] {
  const files: FileReference[] = [];
  const add = (role: FileReference['role'], value: Setting<string> | null | undefined) => {
    if (!value || !isWritten(value)) return;
    const resolved = resolveFile(value.value, context);
    const file: FileReference = { role, setting: value, inCheckout: resolved?.inCheckout ?? false };
    if (resolved) file.path = resolved.path;
    files.push(file);
  };
  for (const ref of certificates) {
    add('certificate', ref.certificate);
    add('key', ref.key);
  }
  if (chain.value !== null) add('chain', chain as Setting<string>);
  if (dhparam.value !== null) add('dhparam', dhparam as Setting<string>);
  const ca = setting<string | null>(server, context, CA_FILE, null);
  if (ca.value !== null) add('trusted-certificate', ca as Setting<string>);
  return files;
}

/** Where the server reads a file (relative to ServerRoot, through --map), and whether the checkout should hold it. */
function resolveFile(value: string, context: BuildContext): { path: string; inCheckout: boolean } | undefined {
  let resolved = context.resolvedFiles.get(value);
  if (resolved === undefined) context.resolvedFiles.set(value, (resolved = resolveFileOnce(value, context) ?? null));
  return resolved ?? undefined;
}

function resolveFileOnce(value: string, context: BuildContext): { path: string; inCheckout: boolean } | undefined {
  const path = certificatePathOf(value, context);
  if (!path) return undefined;
  const unmapped = isAbsolute(value) ? value : join(serverRootOf(context.state), value);
  const inside = (dir: string) => !relative(dir, path).startsWith('..') && !isAbsolute(relative(dir, path));
  return { path, inCheckout: path !== unmapped || inside(context.root) };
}

/** ServerName (scheme and port dropped) then every ServerAlias name. */
function namesOf(server: ServerConfig): string[] {
  const names: string[] = [];
  const name = last(server.own, 'servername')?.values[0];
  // Only a name with a `:` can carry a scheme or a port.
  if (name) names.push(name.includes(':') ? name.replace(/^[a-z]+:\/\//i, '').replace(/:\d+$/, '') : name);
  for (const alias of server.own) if (alias.name === 'serveralias') names.push(...alias.values);
  return names;
}

/** `*:443`, `[::1]:443`, `_default_:443`, `example.org`, `*`: the address and, when given, the port. */
export function vhostAddress(text: string): { address: string; port: number | null } {
  const ipv6 = /^(\[[^\]]*\])(?::(\d+|\*))?$/.exec(text);
  if (ipv6) return { address: ipv6[1], port: ipv6[2] && ipv6[2] !== '*' ? Number(ipv6[2]) : null };
  const colon = text.lastIndexOf(':');
  if (colon > 0) {
    const port = text.slice(colon + 1);
    return { address: text.slice(0, colon), port: /^\d+$/.test(port) ? Number(port) : null };
  }
  return { address: text, port: null };
}

/** `Listen [address:]port [protocol]` (server/listen.c). */
export function listenAddress(text: string): { address: string | null; port: number } | undefined {
  if (/^\d+$/.test(text)) return { address: null, port: Number(text) };
  const parsed = vhostAddress(text);
  return parsed.port === null ? undefined : { address: parsed.address, port: parsed.port };
}

/** A vhost's sockets: each address argument; one without a port stands for every Listen port. */
function vhostListeners(section: Line, state: WalkState, listenPorts: readonly number[], tls: boolean, addresses: BuildContext['vhostAddresses']): Listener[] {
  const listeners: Listener[] = [];
  const values = section.argValues();
  for (let index = 0; index < values.length; index++) {
    const text = substitute(values[index], state);
    let parsed = addresses.get(text);
    if (parsed === undefined) addresses.set(text, (parsed = vhostAddress(text)));
    const { address, port } = parsed;
    const source = section.argRange(index);
    const host = address === '_default_' ? '*' : address;
    // Most addresses name their port: no list is made for it.
    if (port !== null) listeners.push(listenerOf(host, port, tls, source));
    else for (const p of listenPorts.length ? listenPorts : DEFAULT_PORTS) listeners.push(listenerOf(host, p, tls, source));
  }
  return listeners;
}

const DEFAULT_PORTS: readonly number[] = [80];

/** A TCP listener of a <VirtualHost> address or a main-server Listen, no socket's default yet (markFirstOnSocket, markMainServer). */
function listenerOf(address: string | null, port: number, tls: boolean, source: Span): Listener {
  return new LineListener(address, port, tls, source.source, source.startOffset, source.endOffset);
}

/** A listener whose range (the address as written) is kept as offsets and made when a rule reports on it, as LineSetting's. */
class LineListener implements Listener {
  readonly tlsFrom: Listener['tlsFrom'];
  readonly quic = false;
  defaultServer = false;

  constructor(
    readonly address: string | null,
    readonly port: number,
    readonly tls: boolean,
    private readonly text: SourceText,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.tlsFrom = tls ? 'listener' : null;
  }

  get source(): Span {
    return this.text.span(this.start, this.end);
  }
}

/** True when a vhost address covers the Listen socket (same port; `*` or the same address). */
function covers(vhost: Listener, listen: { address: string | null; port: number }): boolean {
  if (vhost.port !== listen.port) return false;
  // A vhost on one address leaves the socket's other addresses to the main server.
  return vhost.address === '*' || (listen.address !== null && vhost.address === listen.address);
}

/**
 * The main server answers on the Listen sockets no vhost covers (server/vhost.c fix_hostname and the
 * name-based lookup fall back to it). With no VirtualHost at all it serves every Listen socket; a tree
 * with neither (an `.htaccess` or a fragment) still gets it, without sockets, so its headers are checked.
 */
function mainServerEndpoint(context: BuildContext, listens: readonly Read[], vhosts: readonly Endpoint[]): Endpoint | undefined {
  const main = context.main;
  const tls = setting(main, context, ENGINE, false).value;
  const listeners: Listener[] = [];
  for (const listen of listens) {
    const socket = listenAddress(listen.values[0] ?? '');
    if (!socket) continue;
    if (vhosts.some((v) => v.listeners.some((l) => covers(l, socket)))) continue;
    listeners.push(listenerOf(socket.address, socket.port, tls, listen.range));
  }
  if (listeners.length === 0 && (vhosts.length > 0 || listens.length > 0)) return undefined;
  const first = main.own[0] ?? main.paths[0]?.section;
  const range = first ? first.range : emptyRange(context);
  return endpointOf(main, context, range, 'main server', namesOf(main), listeners);
}

function emptyRange(context: BuildContext): SourceRange {
  const start = { line: 1, column: 1, offset: 0 };
  return { file: context.state.defaultServerRoot, start, end: start };
}

/** httpd: the first vhost listed for an address:port is its default (server/vhost.c). */
function markFirstOnSocket(endpoint: Endpoint, firstOnSocket: Map<string, Listener>, keys: SocketKeys): Endpoint {
  for (const listener of endpoint.listeners) {
    const key = vhostSocketKey(listener, keys);
    if (!firstOnSocket.has(key)) {
      firstOnSocket.set(key, listener);
      listener.defaultServer = true;
    }
  }
  return endpoint;
}

/** socketKey's strings by address and port (vhostSocketKey). */
type SocketKeys = Map<string | null, Map<number, string>>;

/**
 * socketKey of a vhost's listener, one string per address and port: the 15,000 listeners of a large tree name
 * a few sockets, and a key built for each was a new string to hash. An Apache listener is TCP, never a unix
 * socket (vhostListeners), so its address and port say its key.
 */
function vhostSocketKey(listener: Listener, keys: SocketKeys): string {
  let byPort = keys.get(listener.address);
  if (!byPort) keys.set(listener.address, (byPort = new Map()));
  let key = byPort.get(listener.port);
  if (key === undefined) byPort.set(listener.port, (key = socketKey(listener)));
  return key;
}

/** The main server comes before every vhost: a socket it answers on is its own, not its first vhost's. */
function markMainServer(main: Endpoint, firstOnSocket: Map<string, Listener>): void {
  const seen = new Set<string>();
  for (const listener of main.listeners) {
    const key = socketKey(listener);
    if (seen.has(key)) continue;
    seen.add(key);
    listener.defaultServer = true;
    const vhost = firstOnSocket.get(key);
    if (vhost) vhost.defaultServer = false;
  }
}

// ---- certificates -----------------------------------------------------------------------------

/**
 * SSLCertificateFile / SSLCertificateKeyFile pairs by position (one pair per key type); the vhost's own
 * files replace the main server's. A certificate file may hold its key, so a missing key is no error.
 */
function certificatesOf(server: ServerConfig, context: BuildContext): CertificateRef[] {
  return (server !== context.main ? ownCertificates(server.own, context, VHOST_LEVEL) : undefined) ?? ownCertificates(context.main.own, context, SERVER_LEVEL) ?? [];
}

/** The certificates `own` names, at `level`; undefined when it names none. */
function ownCertificates(own: readonly Read[], context: BuildContext, level: SettingLevel): CertificateRef[] | undefined {
  let refs: CertificateRef[] | undefined;
  let keys = 0;
  for (const read of own) {
    if (read.name === 'sslcertificatefile') {
      const certificate = settingOf(read, read.values[0] ?? '', level);
      const ref: CertificateRef = { certificate, key: null };
      const resolvedPath = certificatePathOf(certificate.value, context);
      if (resolvedPath) ref.resolvedPath = resolvedPath;
      (refs ??= []).push(ref);
    }
  }
  if (!refs) return undefined;
  // The n-th key file goes with the n-th certificate file.
  for (const read of own) {
    if (read.name !== 'sslcertificatekeyfile' || keys >= refs.length) continue;
    const ref = refs[keys++];
    ref.key = settingOf(read, read.values[0] ?? '', level);
    const keyPath = certificatePathOf(ref.key.value, context);
    if (keyPath) ref.keyPath = keyPath;
  }
  return refs;
}

/** certificatePath in the state the walk ended in (the model's), worked out once per value. */
function certificatePathOf(value: string, context: BuildContext): string | undefined {
  let path = context.filePaths.get(value);
  if (path === undefined) context.filePaths.set(value, (path = certificatePath(value, context.state) ?? null));
  return path ?? undefined;
}

/** A readable path (relative to ServerRoot), or undefined for PKCS#11 URIs and unresolved `${VAR}`. */
function certificatePath(value: string, state: WalkState): string | undefined {
  if (value === '' || value.includes('${') || /^[a-z0-9]+:/i.test(value)) return undefined;
  return serverPath(value, state);
}

// ---- upstreams --------------------------------------------------------------------------------

/** Every `ProxyPass ... https://` of the server and its sections, with SSLProxyVerify (default none). */
function upstreamsOf(server: ServerConfig, context: BuildContext): UpstreamTls[] {
  const upstreams: UpstreamTls[] = [];
  let verify: Setting<boolean> | undefined;
  const add = (reads: readonly Read[]) => {
    for (const read of reads) {
      if (read.name !== 'proxypass') continue;
      const target = read.values.find((v) => /^https:\/\//i.test(v));
      if (target) upstreams.push({ target, via: read.written, source: read.range, verify: (verify ??= proxyVerify(server, context)) });
    }
  };
  add(server.own);
  for (const path of server.paths) add(path.own);
  return upstreams;
}

// mod_ssl: SSLProxyVerify defaults to none; with `require` the chain is checked, and the backend's name
// too unless SSLProxyCheckPeerName off (default on, 2.4.5+): without the name any trusted certificate passes.
/** Whether the server checks its https backends' certificates: one setting shared by its upstreams. */
function proxyVerify(server: ServerConfig, context: BuildContext): Setting<boolean> {
  const chain = setting(server, context, PROXY_VERIFY, false);
  const peerName = setting(server, context, PROXY_CHECK_PEER_NAME, true);
  return chain.value && !peerName.value ? withValue(peerName, false) : chain;
}
