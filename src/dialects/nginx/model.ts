// Reads an nginx configuration tree (includes followed in place) into the dialect-neutral TLS model.
import { dirname, resolve } from 'node:path';
import { walkDirectives, type Arg, type ConfigFile, type Directive } from '../../syntax/ast.js';
import { spanOf, type SourceRange } from '../../syntax/range.js';
import { argCountOf, argRangeOf, argRawsOf, argValuesOf, SourceDirective } from '../../syntax/source.js';
import type { LintOptions } from '../../engine/options.js';
import {
  TLS_PROTOCOLS, type CertificateRef, type ClientAuth, type Endpoint, type FileReference, type FixedAnswer, type HeaderScope, type HttpRedirect, type Listener,
  type ResponseHeader, type Setting, type SettingLevel, type TlsModel, type TlsProtocol, type UpstreamTls, type UnknownSetting, defaultServers, socketKey,
} from '../../model/types.js';
import { versionAtLeast } from '../../model/compare-version.js';
import { OPENSSL_DEFAULT_CIPHERSUITES } from '../../tls/openssl-builds.js';
import { resolveNamedFile } from '../../model/files.js';
import { checkDirectives } from './check.js';
import { nginxDirective } from './directives.js';
import { publishedById } from './published.js';
import { includeDirectives } from './load.js';
import {
  DEFAULT_CIPHERS, defaultProtocols, hasAddHeaderInherit, hasSslDirective, NGINX_DEFAULT_VERSION,
  protocolsPerServer, rotatesTicketKeys,
} from './versions.js';
import { lookupTable } from '../lookup-table.js';

/** One configuration level with its directives (includes expanded) and its parent. */
interface Level {
  kind: SettingLevel;
  directives: readonly Directive[];
  parent: Level | null;
  /** The build this level belongs to, with its caches. */
  build: BuildContext;
  /** The directives by name, built on first use for levels too long to scan (see `own`). */
  byName?: Map<string, Directive[]>;
  /** How messages name the block (`location ~ ^/x$`), made once. */
  label?: string;
  /** The level's add_header list, read once. */
  headers?: readonly ResponseHeader[];
  /** Headers third-party modules send at this level, outer levels' included, read once. */
  moduleHeaders?: readonly ResponseHeader[];
  /** Whether the level holds an include that could not be read (see `hasUnreadInclude`), found once. */
  unreadInclude?: boolean;
  /** How the level's add_header list meets the outer one (see `inheritMode`), found once. */
  inheritMode?: InheritMode;
}

/**
 * A level with every field its reads fill in later already in place: one shape for all levels, the fields
 * kept in the object, where adding them one by one gave each of 90,000 levels a growing property store.
 */
function newLevel(kind: SettingLevel, directives: readonly Directive[], parent: Level | null, build: BuildContext): Level {
  return {
    kind, directives, parent, build,
    byName: undefined, label: undefined, headers: undefined, moduleHeaders: undefined, unreadInclude: undefined, inheritMode: undefined,
  };
}

interface BuildContext {
  version: string;
  /** Whether this version has `add_header_inherit` (asked of every block). */
  addHeaderInherit: boolean;
  /** nginx's conf prefix: relative certificate paths resolve against the main config's directory. */
  prefix: string;
  /**
   * False while the entry is a fragment (no `http {}`: a file nginx.conf includes): its directory is only a
   * guess at the prefix, so a relative file name that is not found there is unknown rather than missing.
   */
  prefixKnown: boolean;
  pathMaps: LintOptions['pathMaps'];
  /** The checkout: files under it are expected to exist. */
  root: string;
  /**
   * The levels of the server being built, by block: the model visits each location several times. They
   * are scaffolding of one server: kept for the whole build they held 70 MB of a 10,000-server tree.
   */
  serverLevels: Map<Directive, Level>;
  /** Settings nginx's defaults give, one frozen object per directive, shared by every server. */
  defaultSettings: Map<string, Setting<unknown>>;
  /** Location labels by the text between a location's name and its `{`: hosting trees repeat a handful. */
  labelsByHead: Map<string, string>;
  /** What each file name a setting gives resolves to (see `resolveFilePath`); null for a name that is no plain path. */
  resolvedFiles: Map<string, ResolvedFile | null>;
}

/** Where a named file is, and whether the checkout should hold it (shared: never changed). */
interface ResolvedFile {
  path: string;
  inCheckout: boolean;
}

/** Builds the model of the tree rooted at `entry` (the loader has attached included files). */
export function buildNginxModel(entry: ConfigFile, options: LintOptions): TlsModel {
  const version = options.serverVersions.nginx ?? NGINX_DEFAULT_VERSION;
  const context: BuildContext = {
    version,
    addHeaderInherit: hasAddHeaderInherit(version),
    prefix: dirname(entry.path),
    prefixKnown: true,
    pathMaps: options.pathMaps,
    root: resolve(options.root),
    serverLevels: new Map(),
    defaultSettings: new Map(),
    labelsByHead: new Map(),
    resolvedFiles: new Map(),
  };
  checkDirectives(entry, context.version);
  const endpoints = httpLevels(entry, context).flatMap((http) =>
    blocks(http.directives, 'server').map((server) => {
      context.serverLevels = new Map();
      return buildEndpoint(server, http, context);
    }));
  for (const endpoint of otherEndpoints(entry, context)) endpoints.push(endpoint);
  const sockets = new SocketKeys();
  shareSocketTls(endpoints, sockets);
  const defaults = defaultServers(endpoints);
  if (!protocolsPerServer(context.version, options.openssl)) useDefaultServerProtocols(endpoints, defaults, sockets);
  useDefaultServerTickets(endpoints, defaults, sockets);
  return { dialect: 'nginx', server: { product: 'nginx', version: context.version, tlsLibrary: 'openssl' }, endpoints, files: filesOf(entry) };
}

/**
 * The `http {}` levels of the tree. A file without `http {}` at its top is a fragment nginx.conf
 * includes inside `http {}` (sites-enabled/*.conf, conf.d/*.conf), so its top level is read as one.
 */
function httpLevels(entry: ConfigFile, build: BuildContext): Level[] {
  const top = expandIncludes(entry.directives, build.version);
  const https = blocks(top, 'http');
  if (https.length === 0) {
    build.prefixKnown = false;
    return [newLevel('global', top, null, build)];
  }
  return https.map((http) => newLevel('global', expandIncludes(http.children ?? [], build.version), null, build));
}

// nginx: ngx_conf_include parses the included file in place of the include directive.
function expandIncludes(directives: readonly Directive[], version: string, active = new Set<ConfigFile>()): readonly Directive[] {
  // Most blocks include nothing: their own list serves, uncopied.
  if (!includesAny(directives)) return directives;
  const out: Directive[] = [];
  for (const directive of directives) {
    if (directive.name !== 'include' || !directive.included) {
      out.push(directive);
      continue;
    }
    if (directive.unresolved) {
      // What the missing file sets is unknown: the include stays in the list so levels can tell. A file whose
      // published contents are known contributes those, placed at the include directive.
      out.push(directive);
      for (const standIn of standInsFor(directive, version)) out.push(standIn);
    }
    for (const file of directive.included) {
      if (active.has(file)) continue; // a cycle: the loader reported it
      active.add(file);
      // A loop, not push(...spread): an included geo or map list can hold more directives than V8 takes as arguments.
      for (const expanded of expandIncludes(file.directives, version, active)) out.push(expanded);
      active.delete(file);
    }
  }
  return out;
}

function includesAny(directives: readonly Directive[]): boolean {
  for (const directive of directives) if (directive.name === 'include' && directive.included) return true;
  return false;
}

/** The nginx contexts a level of each kind can be (http, stream or mail servers and their blocks). */
const LEVEL_CONTEXTS: Record<SettingLevel, readonly string[]> = {
  default: [],
  global: ['http', 'stream', 'mail'],
  endpoint: ['server', 'stream_server', 'mail_server'],
  path: ['location', 'if', 'limit_except'],
};

/** Directives that stand in for a missing well-known file: they have no text of their own to edit. */
const standIns = new WeakSet<Directive>();
const standInsByInclude = new WeakMap<Directive, readonly Directive[]>();

/** The published contents of the file an unresolved include names, as directives placed at the include. */
function standInsFor(include: Directive, version: string): readonly Directive[] {
  const published = include.published === undefined ? undefined : publishedById(include.published);
  if (!published) return [];
  let made = standInsByInclude.get(include);
  if (!made) {
    const range = include.range;
    made = published.directives(version).map(([name, ...values]) => {
      const args: Arg[] = values.map((value) => ({ value, raw: value, quoted: null, range }));
      const directive: Directive = { name, nameRange: range, args, range };
      standIns.add(directive);
      return directive;
    });
    standInsByInclude.set(include, made);
  }
  return made;
}

/**
 * True when a file that could not be read may set directive `name` at this level: an unresolved include
 * sits here, and the level's context allows the directive (ngx_conf_handler checks the context of every
 * directive, included ones too).
 */
function mayBeSetUnseen(level: Level, name: string): boolean {
  if (!hasUnreadInclude(level)) return false;
  const spec = nginxDirective(name);
  return !spec || spec.contexts.some((c) => LEVEL_CONTEXTS[level.kind].includes(c));
}

/** True when the level holds an include whose file could not be read and has no published contents. */
function hasUnreadInclude(level: Level): boolean {
  return (level.unreadInclude ??= own(level, 'include').some((d) => d.unresolved && d.published === undefined));
}

/** True when the level or one around it holds an unreadable include (most trees have none). */
function unreadAround(level: Level): boolean {
  for (let at: Level | null = level; at; at = at.parent) if (hasUnreadInclude(at)) return true;
  return false;
}

/** True when directive `name` for `level` may come from an unreadable file: no readable level sets it first. */
function unknownFrom(level: Level, name: string): boolean {
  for (let at: Level | null = level; at; at = at.parent) {
    if (own(at, name).length > 0) return false;
    if (mayBeSetUnseen(at, name)) return true;
  }
  return false;
}

function blocks(directives: readonly Directive[], name: string): Directive[] {
  return directives.filter((d) => d.name === name && d.children !== undefined);
}

function childLevel(block: Directive, kind: SettingLevel, parent: Level): Level {
  const { build } = parent;
  let level = build.serverLevels.get(block);
  if (!level || level.parent !== parent || level.kind !== kind) {
    level = newLevel(kind, expandIncludes(block.children ?? [], build.version), parent, build);
    build.serverLevels.set(block, level);
  }
  return level;
}

function buildEndpoint(server: Directive, http: Level, context: BuildContext, application: Endpoint['application'] = 'http'): Endpoint {
  const level = childLevel(server, 'endpoint', http);
  const isHttp = application === 'http';
  const nameDirectives = own(level, 'server_name');
  // One server_name is the rule: its values list is already exactly its length.
  const serverNames = nameDirectives.length === 1 ? argValuesOf(nameDirectives[0]) : exact(nameDirectives.flatMap((d) => argValuesOf(d)));
  const legacySsl = inherited(level, 'ssl', onOff);
  const range = server.headRange ?? server.range;
  const scopes = isHttp ? headerScopes(level, range) : [];
  const certificates = certificatesOf(level, context);
  const rejectsHandshake = inherited(level, 'ssl_reject_handshake', onOff)?.value === true;
  const listeners = application === 'mail' ? withStarttls(level, listenersOf(level, legacySsl, context)) : listenersOf(level, legacySsl, context);
  const dhparam = setting<string | null>(level, 'ssl_dhparam', firstArg, null);
  const endpoint: Endpoint = {
    label: serverNames[0] ? `server ${serverNames[0]}` : 'server',
    range,
    serverNames,
    listeners,
    certificates,
    protocols: setting(level, 'ssl_protocols', protocolsOf, defaultProtocols(context.version)),
    ciphers: setting(level, 'ssl_ciphers', firstArg, DEFAULT_CIPHERS),
    ciphersuites: ciphersuitesOf(level),
    sessionTickets: setting(level, 'ssl_session_tickets', onOff, true),
    ticketKeyRotation: ticketKeyRotation(level, context.version),
    stapling: setting(level, 'ssl_stapling', onOff, false),
    dhparam,
    files: namedFiles(level, certificates, rejectsHandshake, dhparam, context),
    // nginx sets no DH parameters without `ssl_dhparam` (ngx_ssl_dhparam returns at once for an empty
    // name), so it never negotiates DHE then; test/live proves it against nginx 1.22.
    dheAvailable: dhparam.value !== null,
    deprecated: legacySsl ? [{ key: 'tlsSwitch', setting: legacySsl, removed: !hasSslDirective(context.version) }] : [],
    scopes,
    upstreams: isHttp ? upstreamsOf(level) : [],
    httpRedirect: isHttp ? redirectOf(level, plainPorts(listeners)) : null,
    rejectsHandshake,
    unknown: unknownSettings(level, isHttp),
    application,
    // ssl_stapling: ngx_http_ssl_module, and ngx_stream_ssl_module from 1.27.2; the mail module has none.
    staplingAvailable: isHttp || (application === 'stream' && versionAtLeast(context.version, '1.27.2')),
  };
  // Set afterwards, not spread into the literal: endpoints without it (most) keep the literal's one shape.
  const clientAuth = clientAuthOf(level);
  if (clientAuth) endpoint.clientAuth = clientAuth;
  return endpoint;
}

const NOTHING_UNKNOWN: ReadonlySet<UnknownSetting> = new Set();

// nginx: ngx_http_ssl_module (and the stream and mail ones) `ssl_verify_client on | off | optional |
// optional_no_ca`: `on` and `optional` verify against ssl_client_certificate / ssl_trusted_certificate (nginx
// refuses them without either); `optional_no_ca` asks for a certificate and lets any one through
// (ngx_ssl_verify_error_optional), "intended for the use in cases when a service that is external to nginx
// performs the actual certificate verification" (docs): the certificate reaches it as $ssl_client_cert.
const CLIENT_VERIFY = lookupTable<Pick<ClientAuth, 'mode' | 'verified'>>({
  on: { mode: 'required', verified: true },
  optional: { mode: 'optional', verified: true },
  optional_no_ca: { mode: 'optional', verified: false },
});

/** The server's client-certificate authentication, when `ssl_verify_client` asks for a certificate. */
function clientAuthOf(level: Level): ClientAuth | undefined {
  const verify = inherited(level, 'ssl_verify_client', firstArg);
  const known = verify && CLIENT_VERIFY[verify.value.toLowerCase()];
  if (!verify || !known) return undefined;
  const clientAuth: ClientAuth = { ...known, written: `ssl_verify_client ${verify.value}`, source: verify.source, level: verify.level };
  const ca = inherited(level, 'ssl_client_certificate', firstArg);
  if (ca?.source) clientAuth.caSource = ca.source;
  if (!known.verified) {
    // The server checks the verification result or the certificate's fingerprint itself, or hands the
    // certificate on (the documented use of optional_no_ca); a subject DN alone proves nothing unverified.
    const uses = /\$(?:\{)?ssl_client_(?:cert|escaped_cert|raw_cert|verify|fingerprint)\b/;
    // `map $ssl_client_verify $ok { ... }` in http {}: the server then checks `$ok` instead.
    const mapped = new Set<string>();
    for (let at = level.parent; at; at = at.parent) {
      for (const map of own(at, 'map')) if (map.args.length >= 2 && uses.test(map.args[0].value)) mapped.add(map.args[1].value.replace(/^\$/, ''));
    }
    const usesMapped = (value: string) => [...value.matchAll(/\$\{?(\w+)/g)].some((m) => mapped.has(m[1]));
    const use = [...walkDirectives(level.directives)].find((d) => d.args.some((a) => uses.test(a.value) || (mapped.size > 0 && usesMapped(a.value))));
    if (use) clientAuth.handedOn = use.range;
  }
  return clientAuth;
}

/** What missing includes around this server may set (see `mayBeSetUnseen`); usually nothing. */
function unknownSettings(level: Level, isHttp: boolean): ReadonlySet<UnknownSetting> {
  if (!unreadAround(level) && !(isHttp && rootHasUnreadInclude(level))) return NOTHING_UNKNOWN;
  const root = isHttp ? rootLocations(level) : [];
  const unknown = new Set<UnknownSetting>();
  if (unknownFrom(level, 'ssl_protocols')) unknown.add('protocols');
  if (unknownFrom(level, 'ssl_ciphers') || unknownFrom(level, 'ssl_conf_command')) unknown.add('ciphers');
  if (['ssl_session_tickets', 'ssl_session_ticket_key', 'ssl_session_cache'].some((name) => unknownFrom(level, name))) unknown.add('sessionTickets');
  if (unknownFrom(level, 'ssl_stapling')) unknown.add('stapling');
  if (unknownFrom(level, 'ssl_certificate')) unknown.add('certificates');
  if (isHttp && (mayBeSetUnseen(level, 'return') || root.some((l) => mayBeSetUnseen(childLevel(l, 'path', level), 'return')))) unknown.add('redirect');
  return unknown.size > 0 ? unknown : NOTHING_UNKNOWN;
}

/** True when a `location /` of the server holds an unreadable include (see `rootLocations`). */
function rootHasUnreadInclude(server: Level): boolean {
  for (const directive of server.directives) {
    if (directive.name === 'location' && directive.children && isPlainRootLocation(directive) && hasUnreadInclude(childLevel(directive, 'path', server))) return true;
  }
  return false;
}

function rootLocations(server: Level): Directive[] {
  return blocks(server.directives, 'location').filter(isPlainRootLocation);
}

/** `location /`, and not `location ^~ /` (see `isRootLocation`). */
function isPlainRootLocation(location: Directive): boolean {
  return argCountOf(location) === 1 && argValuesOf(location)[0] === '/';
}

/**
 * `stream {}` and `mail {}` servers terminate TLS too (`listen 993 ssl`): they are endpoints for the
 * protocol, cipher and certificate rules, without HTTP's headers, redirects and upstream checks.
 */
function otherEndpoints(entry: ConfigFile, context: BuildContext): Endpoint[] {
  const top = expandIncludes(entry.directives, context.version);
  const endpoints: Endpoint[] = [];
  for (const name of ['stream', 'mail'] as const) {
    for (const block of blocks(top, name)) {
      const level = newLevel('global', expandIncludes(block.children ?? [], context.version), null, context);
      for (const server of blocks(level.directives, 'server')) {
        context.serverLevels = new Map();
        endpoints.push(buildEndpoint(server, level, context, name));
      }
    }
  }
  return endpoints;
}

/**
 * A mail server with `starttls on` or `only` offers TLS on its plain listeners after STARTTLS
 * (ngx_mail_ssl_module), with the same protocols, ciphers and certificate.
 */
function withStarttls(level: Level, listeners: Listener[]): Listener[] {
  const starttls = inherited(level, 'starttls', firstArg)?.value;
  if (starttls !== 'on' && starttls !== 'only') return listeners;
  return listeners.map((l) => (l.tls ? l : { ...l, tls: true, tlsFrom: 'server-switch' as const }));
}

// ---- settings -------------------------------------------------------------------------------

/** Levels up to this long are scanned; longer ones get an index by name. */
const SCANNED_LEVEL_LENGTH = 32;

const NONE: readonly Directive[] = Object.freeze([]);

/** The one empty header list every scope without headers shares. */
const NO_HEADERS: readonly ResponseHeader[] = Object.freeze([]);

/**
 * `list`, or a copy exactly its length: arrays grown by push or filter keep room for 17 or more items,
 * and a 10,000-server model keeps several per server.
 */
function exact<T>(list: T[]): T[] {
  return list.length > 0 && list.length < 17 ? list.slice() : list;
}

/**
 * The level's own directives called `name`. Every server reads a dozen settings from the one http level
 * it shares with all the others: scanning that level each time made 8,000 servers take 12 s, so long
 * levels are indexed. An index for each short server and location level cost more than the scans.
 */
function own(level: Level, name: string): readonly Directive[] {
  const { directives } = level;
  if (directives.length <= SCANNED_LEVEL_LENGTH) {
    let found: Directive[] | undefined;
    for (const directive of directives) {
      if (directive.name !== name) continue;
      // A one-item literal: `[]` grown by push takes room for 17, and most names occur once.
      if (found) found.push(directive);
      else found = [directive];
    }
    return found ?? NONE;
  }
  if (!level.byName) {
    level.byName = new Map();
    for (const directive of directives) {
      const list = level.byName.get(directive.name);
      if (list) list.push(directive);
      else level.byName.set(directive.name, [directive]);
    }
  }
  return level.byName.get(name) ?? NONE;
}

/** The level's first directive called `name`, found without making a list. */
function firstOwn(level: Level, name: string): Directive | undefined {
  const { directives } = level;
  if (directives.length <= SCANNED_LEVEL_LENGTH) {
    for (const directive of directives) if (directive.name === name) return directive;
    return undefined;
  }
  return own(level, name)[0];
}

/** The innermost directive `name` from `level` outwards, read with `read`, as nginx's merge_conf does. */
function inherited<T>(level: Level, name: string, read: (values: readonly string[]) => T): Setting<T> | undefined {
  for (let at: Level | null = level; at; at = at.parent) {
    const directive = firstOwn(at, name);
    if (!directive) continue;
    // Arguments are objects only when read (src/syntax/source.ts): a setting reads their values and one range.
    return settingOf(directive, read(argValuesOf(directive)), at.kind);
  }
  return undefined;
}

function setting<T>(level: Level, name: string, read: (values: readonly string[]) => T, fallback: T): Setting<T> {
  return inherited(level, name, read) ?? defaultSetting(level, name, fallback);
}

function defaultSetting<T>(level: Level, name: string, fallback: T): Setting<T> {
  const { defaultSettings } = level.build;
  let known = defaultSettings.get(name) as Setting<T> | undefined;
  if (!known || known.value !== fallback) {
    known = Object.freeze({ value: fallback, source: null, level: 'default' as const });
    defaultSettings.set(name, known);
  }
  return known;
}

function settingOf<T>(directive: Directive, value: T, level: SettingLevel): Setting<T> {
  return { value, source: directive.range, valueRange: valueRangeOf(directive), level };
}

/** The span of the directive's arguments; undefined without any, and for a stand-in (findings point at its include). */
function valueRangeOf(directive: Directive): SourceRange | undefined {
  if (directive instanceof SourceDirective) {
    const count = directive.argCount;
    if (count === 0) return undefined;
    const first = directive.argRange(0);
    return count === 1 ? first : spanOf(first, directive.argRange(count - 1));
  }
  const args = directive.args;
  return args.length > 0 && !standIns.has(directive) ? spanOf(args[0].range, args[args.length - 1].range) : undefined;
}

function firstArg(values: readonly string[]): string {
  return values[0] ?? '';
}

function onOff(values: readonly string[]): boolean {
  return values[0]?.toLowerCase() === 'on';
}

/** `ssl_protocols` arguments nginx knows (ngx_http_ssl_protocols); anything else fails `nginx -t`. */
function protocolsOf(values: readonly string[]): TlsProtocol[] {
  return exact(TLS_PROTOCOLS.filter((p) => values.includes(p)));
}

/**
 * `ssl_conf_command Ciphersuites ...`: an array directive, so a level with any `ssl_conf_command`
 * replaces the outer ones wholesale (ngx_conf_merge_ptr_value).
 */
function ciphersuitesOf(level: Level): Setting<string> {
  for (let at: Level | null = level; at; at = at.parent) {
    const commands = own(at, 'ssl_conf_command');
    if (commands.length === 0) continue;
    const suites = commands.filter((d) => d.args[0]?.value.toLowerCase() === 'ciphersuites').at(-1);
    if (!suites) break;
    const suitesArg = suites.args[1];
    return { value: suitesArg?.value ?? '', source: suites.range, valueRange: suitesArg?.range, level: at.kind };
  }
  return defaultSetting(level, 'ssl_conf_command Ciphersuites', OPENSSL_DEFAULT_CIPHERSUITES);
}

/**
 * nginx rotates ticket keys itself from 1.23.2, but only when they live in a shared-memory session
 * cache and no `ssl_session_ticket_key` file fixes them (ngx_ssl_session_ticket_keys, ngx_ssl_rotate_ticket_keys);
 * otherwise each start makes a key and keeps it.
 */
function ticketKeyRotation(level: Level, version: string): Endpoint['ticketKeyRotation'] {
  if (inherited(level, 'ssl_session_ticket_key', firstArg)) return 'never';
  if (!rotatesTicketKeys(version)) return 'per-restart';
  const cache = inherited(level, 'ssl_session_cache', (values) => values.some((value) => value.startsWith('shared:')));
  return cache?.value === true ? 'automatic' : 'per-restart';
}

// ---- listeners --------------------------------------------------------------------------------

function listenersOf(level: Level, legacySsl: Setting<boolean> | undefined, context: BuildContext): Listener[] {
  const directives = own(level, 'listen');
  // nginx: a server without listen listens on *:80 (ngx_http_core_merge_srv_conf; *:8000 when not root).
  const listeners = directives.length > 0 ? directives.map(parseListen) : [implicitListener()];
  // Before 1.25.1, `ssl on;` made every listen of the server a TLS one.
  const sslOn = legacySsl?.value === true && hasSslDirective(context.version);
  if (!sslOn) return listeners;
  return listeners.map((l) => (!l.tls && !l.quic ? { ...l, tls: true, tlsFrom: 'server-switch' as const } : l));
}

/**
 * Where nginx negotiates the version with the default server's settings (see `protocolsPerServer`), a
 * server that is not the default of its TLS sockets gets that server's protocols: its own `ssl_protocols`
 * has no effect on the handshake. A server that is the default of one of its sockets keeps its own.
 */
function useDefaultServerProtocols(endpoints: Endpoint[], defaults: ReadonlyMap<string, Endpoint>, sockets: SocketKeys): void {
  const chosen = new Map<Endpoint, Endpoint>();
  for (const endpoint of endpoints) {
    let owner: Endpoint | undefined;
    let ownsOne = false;
    for (const listener of endpoint.listeners) {
      if (!listener.tls || listener.quic) continue;
      const socketOwner = defaults.get(sockets.of(listener));
      if (socketOwner === endpoint) ownsOne = true;
      owner ??= socketOwner;
    }
    if (owner && !ownsOne) chosen.set(endpoint, owner);
  }
  for (const [endpoint, owner] of chosen) endpoint.protocols = owner.protocols;
}

/**
 * Session tickets on a socket are the default server's business: OpenSSL keeps the session context (ticket
 * keys, cache) of the context the connection started with, so a server chosen by SNI issues tickets only when
 * the default server does too, with the default server's keys (seen on 1.22.1 in test/live). Its own
 * `ssl_session_tickets off` still holds (nginx copies the SNI server's options, SSL_OP_NO_TICKET among them).
 */
function useDefaultServerTickets(endpoints: Endpoint[], defaults: ReadonlyMap<string, Endpoint>, sockets: SocketKeys): void {
  for (const endpoint of endpoints) {
    // The first TLS socket's default server, unless this server is the default of any of its sockets.
    let owner: Endpoint | undefined;
    let ownsOne = false;
    let first = true;
    for (const listener of endpoint.listeners) {
      const socketOwner = defaults.get(sockets.of(listener));
      if (socketOwner === endpoint) {
        ownsOne = true;
        break;
      }
      if (first && listener.tls && !listener.quic) {
        owner = socketOwner;
        first = false;
      }
    }
    if (!owner || ownsOne) continue;
    endpoint.ticketKeyRotation = owner.ticketKeyRotation;
    if (owner.unknown.has('sessionTickets') && !endpoint.unknown.has('sessionTickets')) endpoint.unknown = new Set([...endpoint.unknown, 'sessionTickets']);
    if (!owner.sessionTickets.value && endpoint.sessionTickets.value) endpoint.sessionTickets = owner.sessionTickets;
  }
}

/**
 * nginx enables TLS per socket: ngx_http_add_addresses ORs the `ssl` flag of every listen on the same
 * address and port, so one `listen 443 ssl` makes a plain `listen 443` of another server TLS too.
 */
function shareSocketTls(endpoints: Endpoint[], sockets: SocketKeys): void {
  const tlsSockets = new Set<string>();
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) if (listener.tls && !listener.quic && listener.unixPath === undefined) tlsSockets.add(sockets.of(listener));
  }
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) {
      if (listener.tls || listener.quic || listener.unixPath !== undefined || !tlsSockets.has(sockets.of(listener))) continue;
      listener.tls = true;
      listener.tlsFrom = 'shared-socket';
    }
  }
}

/**
 * Each listener's `socketKey`, made once: the passes over every server's listeners ask for it several times
 * (a key a set or map has already hashed is found faster than a new string with the same text).
 */
class SocketKeys {
  private readonly keys = new Map<Listener, string>();

  of(listener: Listener): string {
    let key = this.keys.get(listener);
    if (key === undefined) {
      key = socketKey(listener);
      this.keys.set(listener, key);
    }
    return key;
  }
}

function implicitListener(): Listener {
  return { address: '*', port: 80, tls: false, tlsFrom: null, quic: false, defaultServer: false, source: null };
}

function parseListen(directive: Directive): Listener {
  const values = argValuesOf(directive);
  const socket = values[0] ?? '';
  let tls = false;
  let quic = false;
  let defaultServer = false;
  for (let index = 1; index < values.length; index++) {
    const param = values[index];
    if (param === 'ssl') tls = true;
    else if (param === 'quic') quic = true;
    else if (param === 'default_server' || param === 'default') defaultServer = true;
  }
  const tlsFrom = tls ? 'listener' as const : null;
  const source = directive.range;
  if (socket.startsWith('unix:')) return { address: null, port: 0, unixPath: socket.slice(5), tls, tlsFrom, quic, defaultServer, source };
  // Object literals, not spreads: every listener gets one shape.
  const { address, port } = addressAndPort(socket);
  return { address, port, tls, tlsFrom, quic, defaultServer, source };
}

/** `443`, `*:443`, `127.0.0.1`, `[::]:443`, `localhost:8443` — an address without a port means 80. */
function addressAndPort(socket: string): { address: string | null; port: number } {
  if (/^\d+$/.test(socket)) return { address: null, port: Number(socket) };
  const ipv6 = /^(\[[^\]]*\])(?::(\d+))?$/.exec(socket);
  if (ipv6) return { address: ipv6[1], port: ipv6[2] ? Number(ipv6[2]) : 80 };
  const colon = socket.lastIndexOf(':');
  if (colon > 0 && /^\d+$/.test(socket.slice(colon + 1))) return { address: socket.slice(0, colon), port: Number(socket.slice(colon + 1)) };
  return { address: socket, port: 80 };
}

// ---- certificates -----------------------------------------------------------------------------

/** Certificate/key pairs by position; the innermost level with any `ssl_certificate` wins wholesale. */
function certificatesOf(level: Level, context: BuildContext): CertificateRef[] {
  for (let at: Level | null = level; at; at = at.parent) {
    const certs = own(at, 'ssl_certificate');
    if (certs.length === 0) continue;
    const keys = keysFor(at);
    return certs.map((cert, i) => {
      const certificate = settingOf(cert, firstArg(argValuesOf(cert)), at.kind);
      const key = keys[i] ?? null;
      const ref: CertificateRef = { certificate, key };
      const resolvedPath = resolveFilePath(certificate.value, context)?.path;
      if (resolvedPath) ref.resolvedPath = resolvedPath;
      const keyPath = key ? resolveFilePath(key.value, context)?.path : undefined;
      if (keyPath) ref.keyPath = keyPath;
      return ref;
    });
  }
  return [];
}

function keysFor(level: Level): Setting<string>[] {
  for (let at: Level | null = level; at; at = at.parent) {
    const keys = own(at, 'ssl_certificate_key');
    if (keys.length > 0) return keys.map((key) => settingOf(key, firstArg(argValuesOf(key)), at.kind));
  }
  return [];
}

/**
 * Where nginx would read a file a setting names, and whether the checkout should hold it (inside the root,
 * or brought in by a path map); undefined for variables (`$ssl_server_name`), `data:`, `engine:` and `store:` values.
 */
function resolveFilePath(value: string, context: BuildContext): ResolvedFile | undefined {
  // Hosting trees name one certificate, key and CA file in thousands of servers: each value is resolved once.
  let resolved = context.resolvedFiles.get(value);
  if (resolved === undefined) {
    // nginx: ngx_conf_full_name(cycle, name, 1) resolves a relative file name against the conf prefix.
    resolved = resolveNamedFile(value, { base: context.prefix, baseKnown: context.prefixKnown, root: context.root, pathMaps: context.pathMaps }) ?? null;
    context.resolvedFiles.set(value, resolved);
  }
  return resolved ?? undefined;
}

/**
 * The files nginx reads for a server (ngx_http_ssl_merge_srv_conf): only a server with certificates (its own
 * or inherited, whatever it listens on) or `ssl_reject_handshake on` gets an SSL context. Then it loads the
 * certificates and keys, the `ssl_dhparam` file, the `ssl_trusted_certificate` file, and the
 * `ssl_client_certificate` file when `ssl_verify_client` is not off.
 */
function namedFiles(level: Level, certificates: CertificateRef[], rejectsHandshake: boolean, dhparam: Setting<string | null>, context: BuildContext): FileReference[] {
  if (certificates.length === 0 && !rejectsHandshake) return [];
  const files: FileReference[] = [];
  const add = (role: FileReference['role'], setting: Setting<string> | null | undefined) => {
    if (!setting?.source) return;
    const resolved = resolveFilePath(setting.value, context);
    const file: FileReference = { role, setting, inCheckout: resolved?.inCheckout ?? false };
    if (resolved) file.path = resolved.path;
    files.push(file);
  };
  for (const ref of certificates) {
    add('certificate', ref.certificate);
    add('key', ref.key);
  }
  if (dhparam.value !== null) add('dhparam', dhparam as Setting<string>);
  add('trusted-certificate', inherited(level, 'ssl_trusted_certificate', firstArg));
  const verifyClient = inherited(level, 'ssl_verify_client', firstArg);
  if (verifyClient && verifyClient.value.toLowerCase() !== 'off') add('trusted-certificate', inherited(level, 'ssl_client_certificate', firstArg));
  return exact(files);
}

// ---- response headers -------------------------------------------------------------------------

type InheritMode = 'on' | 'off' | 'merge';

/**
 * The server scope, then every location (nested ones too) in document order. An `if` block with header
 * directives of its own is a scope too: nginx makes it a location of its own (ngx_http_rewrite_if adds it
 * to the enclosing block's locations), so its add_header list replaces the inherited one for the
 * requests that match it.
 */
function headerScopes(server: Level, range: SourceRange): HeaderScope[] {
  const scopes: HeaderScope[] = [];
  visitScope(scopes, server, server, 'server', range, effectiveHeaders(server.parent!, NO_HEADERS), null, false);
  return exact(scopes);
}

/** Adds the scope of `level` and of every block in it to `scopes` (a function, not a closure made per server). */
function visitScope(
  scopes: HeaderScope[], server: Level, level: Level, label: string, at: SourceRange, fromOutside: readonly ResponseHeader[],
  outerAnswer: FixedAnswer | null, catchAll: boolean,
): void {
  // Inner blocks inherit the add_header list only: module headers are added per scope, from every level.
  const addHeaders = effectiveHeaders(level, fromOutside);
  const scope = scopeOf(level, label, at, fromOutside, addHeaders, outerAnswer, catchAll);
  scopes.push(scope);
  // nginx: a server-level `return` runs before any location is chosen (the server rewrite phase), so
  // its locations answer the same; a location's `return` is not run for the locations nested in it.
  const inherited = level === server ? scope.returns : null;
  for (const directive of level.directives) {
    if (!directive.children) continue;
    if (directive.name === 'location') {
      const child = childLevel(directive, 'path', level);
      // Only a top-level `location /` catches every URI the server gets (nginx docs, `location`).
      const head = directive.headRange ?? directive.range;
      visitScope(scopes, server, child, locationLabel(directive, child), head, addHeaders, inherited, level === server && isRootLocation(directive));
    } else if (directive.name === 'if' && hasOwnHeaderSettings(directive)) {
      const child = childLevel(directive, 'path', level);
      const label = `if (${argRawsOf(directive).join(' ')})`;
      const head = directive.headRange ?? directive.range;
      scopes.push(scopeOf(child, label, head, addHeaders, effectiveHeaders(child, addHeaders), inherited, false));
    }
  }
}

/** True when an `if` block sets response headers of its own (it then stops inheriting them). */
function hasOwnHeaderSettings(block: Directive): boolean {
  return (block.children ?? []).some((d) => d.name === 'add_header' || d.name === 'add_header_inherit' || MODULE_HEADER_DIRECTIVES.has(d.name));
}

/** `location ~ ^/x$`: how messages name the location block whose level is `level`. */
function locationLabel(location: Directive, level: Level): string {
  if (level.label !== undefined) return level.label;
  // Hosting trees repeat a handful of locations in every server: one label per distinct head text.
  const head = location instanceof SourceDirective && location.headEndOffset > 0
    ? location.source.text.slice(location.nameEndOffset, location.headEndOffset)
    : undefined;
  const { labelsByHead } = level.build;
  let label = head === undefined ? undefined : labelsByHead.get(head);
  if (label === undefined) {
    label = `location ${argRawsOf(location).join(' ')}`;
    if (head !== undefined) labelsByHead.set(head, label);
  }
  return (level.label = label);
}

/** `location /` (and `location ^~ /`): the prefix location every URI matches. */
function isRootLocation(location: Directive): boolean {
  const count = argCountOf(location);
  if (count !== 1 && count !== 2) return false;
  const values = argValuesOf(location);
  return count === 1 ? values[0] === '/' : values[0] === '^~' && values[1] === '/';
}

/** A scope from its add_header list (`addHeaders`, after inheritance from `fromOutside`) and the modules' headers. */
function scopeOf(
  level: Level, label: string, range: SourceRange, fromOutside: readonly ResponseHeader[],
  addHeaders: readonly ResponseHeader[], outerAnswer: FixedAnswer | null, catchAll: boolean,
): HeaderScope {
  const ownHeaders = headersOf(level);
  const headers = withModuleHeaders(level, addHeaders);
  return {
    kind: level.kind === 'path' ? 'path' : 'endpoint',
    label,
    catchAll,
    range,
    headers,
    dropped: droppedHeaders(fromOutside, addHeaders),
    ownHeaders,
    returns: outerAnswer ?? fixedAnswerOf(level),
    headersUnknown: headersMayBeUnseen(level),
  };
}

/** The headers of `fromOutside` that `addHeaders` leaves out (usually none: the same list, or an empty one). */
function droppedHeaders(fromOutside: readonly ResponseHeader[], addHeaders: readonly ResponseHeader[]): readonly ResponseHeader[] {
  if (fromOutside === addHeaders) return NO_HEADERS;
  let dropped: ResponseHeader[] | undefined;
  for (const header of fromOutside) if (!addHeaders.includes(header)) (dropped ??= []).push(header);
  return dropped ? exact(dropped) : NO_HEADERS;
}

/** True when an unreadable file may set the headers this level sends: before a readable level sets its own. */
function headersMayBeUnseen(level: Level): boolean {
  if (!unreadAround(level)) return false;
  for (let at: Level | null = level; at; at = at.parent) {
    if (mayBeSetUnseen(at, 'add_header')) return true;
    if (headersOf(at).length > 0) return false;
  }
  return false;
}

/**
 * What the level's first `return` answers (nginx stops at the first: ngx_http_rewrite_return_code ends the
 * rewrite phase). `return URL` is a 302; 444 closes the connection without a response (ngx_http_rewrite_module).
 */
function fixedAnswerOf(level: Level): FixedAnswer | null {
  const directive = firstOwn(level, 'return');
  if (!directive) return null;
  const first = argValuesOf(directive)[0] ?? '';
  if (!/^\d+$/.test(first)) return 'redirect';
  const code = Number(first);
  if (code === 444) return 'close';
  if (code >= 300 && code < 400) return 'redirect';
  return code >= 400 ? 'error' : 'body';
}

/**
 * ngx_http_headers_merge_conf: a level's add_header list replaces the outer one when it has any;
 * from 1.29.3 `add_header_inherit merge` appends the outer list and `off` drops it.
 */
function effectiveHeaders(level: Level, fromOutside: readonly ResponseHeader[]): readonly ResponseHeader[] {
  const ownHeaders = headersOf(level);
  if (level.kind === 'global') return ownHeaders;
  const mode = inheritMode(level);
  if (mode === 'off') return ownHeaders;
  if (mode === 'merge') return [...fromOutside, ...ownHeaders];
  return ownHeaders.length > 0 ? ownHeaders : fromOutside;
}

/** The innermost `add_header_inherit` from `level` outwards; read once per level, from its parent's. */
function inheritMode(level: Level): InheritMode {
  if (!level.build.addHeaderInherit) return 'on';
  if (level.inheritMode === undefined) {
    const directive = firstOwn(level, 'add_header_inherit');
    if (directive) {
      const value = firstArg(argValuesOf(directive));
      level.inheritMode = value === 'off' || value === 'merge' ? value : 'on';
    } else {
      level.inheritMode = level.parent ? inheritMode(level.parent) : 'on';
    }
  }
  return level.inheritMode;
}

/** Each level's headers, read once: the http level's are shared by every server under it. */
function headersOf(level: Level): readonly ResponseHeader[] {
  return (level.headers ??= readHeaders(level));
}

/** True when the value holds nginx variables (`$hsts`, `${hsts}`): what is sent is only known per request. */
function containsVariables(value: string): boolean {
  return /\$(\{|[A-Za-z0-9_])/.test(value);
}

function readHeaders(level: Level): readonly ResponseHeader[] {
  const headers: ResponseHeader[] = [];
  for (const directive of own(level, 'add_header')) {
    if (argCountOf(directive) < 2) continue;
    const values = argValuesOf(directive);
    headers.push({
      name: values[0],
      value: values[1],
      always: values[2] === 'always',
      dynamic: containsVariables(values[1]),
      source: directive.range,
      valueRange: argRangeOf(directive, 1),
      level: level.kind,
    });
  }
  return headers.length > 0 ? exact(headers) : NO_HEADERS;
}

// ---- headers of third-party modules -----------------------------------------------------------

/** Directives of widely packaged modules that set response headers outside add_header's inheritance. */
const MODULE_HEADER_DIRECTIVES = new Set(['more_set_headers', 'security_headers', 'security_headers_hsts_preload']);

/**
 * `headers` plus what headers-more and ngx_security_headers send at this level. Neither module takes part in
 * add_header's replace-or-inherit: headers-more appends the outer levels' commands to the inner ones
 * (ngx_http_headers_more_merge_loc_conf), and `security_headers` is an ordinary inherited flag.
 */
function withModuleHeaders(level: Level, headers: readonly ResponseHeader[]): readonly ResponseHeader[] {
  const added = moduleHeadersOf(level);
  if (added.length === 0) return headers;
  return headers.length === 0 ? added : [...headers, ...added];
}

function moduleHeadersOf(level: Level): readonly ResponseHeader[] {
  if (level.moduleHeaders) return level.moduleHeaders;
  // Built from the parent's list: most levels set none, and then share their parent's (usually the empty one).
  const outer = level.parent ? moduleHeadersOf(level.parent) : NO_HEADERS;
  const more = own(level, 'more_set_headers');
  const ownsSecurity = firstOwn(level, 'security_headers') !== undefined || firstOwn(level, 'security_headers_hsts_preload') !== undefined;
  if (more.length === 0 && !ownsSecurity) return (level.moduleHeaders = outer);
  // The outer levels' more_set_headers come first (ngx_http_headers_more_merge_loc_conf); the security
  // module's header is decided again here, since this level changes its flags.
  const found = outer.filter((h) => !securityHeaders.has(h));
  for (const directive of more) for (const header of moreSetHeaders(directive, level.kind)) found.push(header);
  const security = securityHeadersHsts(level);
  if (security) found.push(security);
  return (level.moduleHeaders = found.length > 0 ? exact(found) : NO_HEADERS);
}

/** Headers the security_headers module sends (told apart from headers-more's when a level re-decides them). */
const securityHeaders = new WeakSet<ResponseHeader>();

/**
 * `more_set_headers [-s STATUSES] [-t TYPES] 'Name: value' ...` (openresty/headers-more-nginx-module): sent on
 * every status unless `-s` lists them. `-t` limits the content types; HSTS under `-t text/html` still reaches
 * every page a browser navigates to, so it is read as sent. A name without a value clears the header.
 */
function moreSetHeaders(directive: Directive, level: SettingLevel): ResponseHeader[] {
  const args = directive.args;
  let statusFilter: Arg | undefined;
  const headers: ResponseHeader[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg.value === '-s' || arg.value === '-t') {
      if (arg.value === '-s') statusFilter = args[index + 1];
      index++;
      continue;
    }
    const colon = arg.value.indexOf(':');
    if (colon <= 0) continue;
    const name = arg.value.slice(0, colon).trim();
    const value = arg.value.slice(colon + 1).trim();
    if (value === '') continue;
    headers.push({
      name, value, always: true, dynamic: containsVariables(value), source: directive.range, valueRange: valueSpan(arg, value), level,
    });
  }
  if (!statusFilter) return headers;
  const codes = statusFilter.value.split(/\s+/).filter(Boolean);
  const always = codes.some((c) => c.startsWith('4')) && codes.some((c) => c.startsWith('5'));
  return headers.map((h) => ({ ...h, always, statusFilter: statusFilter.range }));
}

/** The range of `value` inside `arg` when the argument is written without escapes, else the whole argument. */
function valueSpan(arg: Arg, value: string): SourceRange {
  const quote = arg.quoted ? 1 : 0;
  const raw = arg.raw;
  const at = raw.length - quote - value.length;
  if (raw.slice(quote, raw.length - quote) !== arg.value || at < 0 || raw.slice(at, raw.length - quote) !== value) return arg.range;
  const start = arg.range.start;
  if (arg.range.end.line !== start.line) return arg.range;
  const point = (delta: number) => ({ line: start.line, column: start.column + delta, offset: start.offset + delta });
  return { file: arg.range.file, start: point(at), end: point(raw.length - quote) };
}

/**
 * `security_headers on` (GetPageSpeed ngx_security_headers 0.0.11+, CHANGELOG) sends
 * `Strict-Transport-Security: max-age=31536000; includeSubDomains; preload` on HTTPS requests, without
 * `preload` under `security_headers_hsts_preload off`; the header filter runs for every status.
 */
function securityHeadersHsts(level: Level): ResponseHeader | undefined {
  const enabled = inherited(level, 'security_headers', onOff);
  if (!enabled?.value || !enabled.source || !enabled.valueRange) return undefined;
  const preload = inherited(level, 'security_headers_hsts_preload', onOff)?.value ?? true;
  const header: ResponseHeader = {
    name: 'Strict-Transport-Security',
    value: `max-age=31536000; includeSubDomains${preload ? '; preload' : ''}`,
    always: true,
    dynamic: false,
    source: enabled.source,
    valueRange: enabled.valueRange,
    level: enabled.level,
  };
  securityHeaders.add(header);
  return header;
}

// ---- redirects and upstreams ------------------------------------------------------------------

const REDIRECT_CODES = new Set(['301', '302', '303', '307', '308']);

/**
 * A redirect every plain request gets: `return 301 URL`, `return URL` or `rewrite ^ URL permanent`
 * at server level, or the same in `location /` (the catch-all prefix location), either directly or in
 * an `if` whose condition holds for every plain-HTTP request (`if ($scheme = http)`, certbot's
 * `if ($scheme != "https")`, `if ($https != on)`, `if ($server_port = 80)`).
 */
function redirectOf(server: Level, ports: ReadonlySet<number>): HttpRedirect | null {
  const atServer = redirectIn(server, ports);
  if (atServer) return atServer;
  for (const directive of server.directives) {
    if (directive.name === 'location' && directive.children && isPlainRootLocation(directive)) return redirectIn(childLevel(directive, 'path', server), ports);
  }
  return null;
}

function redirectIn(level: Level, ports: ReadonlySet<number>): HttpRedirect | null {
  for (const directive of level.directives) {
    if (directive.name === 'if' && directive.children && holdsForPlainRequests(directive.args, ports)) {
      // nginx: the rewrite module runs a server-level `if` before any location is chosen (ngx_http_rewrite_module).
      const inside = redirectIn(childLevel(directive, level.kind, level), ports);
      if (inside) return inside;
      continue;
    }
    const url = redirectTarget(directive);
    if (url !== undefined) return { toHttps: /^https:\/\//i.test(url), source: directive.range };
  }
  return null;
}

/** Ports of the server's plain (not TLS, not QUIC) TCP listeners. */
function plainPorts(listeners: readonly Listener[]): ReadonlySet<number> {
  return new Set(listeners.filter((l) => !l.tls && !l.quic && l.unixPath === undefined).map((l) => l.port));
}

/**
 * True when an `if` condition is true for every plain-HTTP request on `ports`. nginx's variables there:
 * `$scheme` is `http`, `$https` is empty (`on` only over TLS), `$server_port` is the listener's port
 * (ngx_http_variables.c). `=` and `!=` compare the whole string, case-sensitively (ngx_http_script_equal_code).
 */
function holdsForPlainRequests(args: readonly Arg[], ports: ReadonlySet<number>): boolean {
  if (args.length !== 3 || ports.size === 0) return false;
  const [variable, operator, operand] = [args[0].value, args[1].value, args[2].value];
  if (operator !== '=' && operator !== '!=') return false;
  const equal = operator === '=';
  if (variable === '$scheme') return equal ? operand === 'http' : operand === 'https';
  if (variable === '$https') return equal ? operand === '' : operand === 'on';
  if (variable === '$server_port') {
    const port = /^\d+$/.test(operand) ? Number(operand) : NaN;
    return equal ? [...ports].every((p) => p === port) : ![...ports].some((p) => p === port);
  }
  return false;
}

function redirectTarget(directive: Directive): string | undefined {
  if (directive.name !== 'return' && directive.name !== 'rewrite') return undefined;
  const args = argValuesOf(directive);
  if (directive.name === 'return') {
    if (args.length === 2 && REDIRECT_CODES.has(args[0])) return args[1];
    if (args.length === 1 && /^(https?:\/\/|\$scheme)/i.test(args[0])) return args[0];
  }
  if (directive.name === 'rewrite' && args.length >= 2 && /^https?:\/\//i.test(args[1])) return args[1];
  return undefined;
}

/** The schemes that make each pass directive speak TLS to its upstream (ngx_http_proxy_module, grpc, uwsgi). */
const TLS_PASSES = new Map<string, RegExp>([
  ['proxy_pass', /^https:\/\//i],
  ['grpc_pass', /^grpcs:\/\//i],
  ['uwsgi_pass', /^suwsgi:\/\//i],
]);

/**
 * Every `proxy_pass https://` (and grpcs/suwsgi) in the server and its locations, `if` blocks included. A
 * target that starts with a variable (`$upstream_proto://app`, as linuxserver SWAG and Nginx Proxy Manager
 * write) is read with the variable's static value, when `set` or `map` gives it one.
 */
function upstreamsOf(server: Level): UpstreamTls[] {
  const upstreams: UpstreamTls[] = [];
  visitUpstreams(upstreams, server);
  return exact(upstreams);
}

function visitUpstreams(upstreams: UpstreamTls[], level: Level): void {
  for (const directive of level.directives) {
    const scheme = TLS_PASSES.get(directive.name);
    if (scheme) {
      const target = passTarget(argValuesOf(directive)[0] ?? '', level);
      if (scheme.test(target)) upstreams.push(upstreamOf(directive, level, target));
    }
    if (directive.name === 'location' && directive.children) visitUpstreams(upstreams, childLevel(directive, 'path', level));
    if (directive.name === 'if' && directive.children) visitUpstreams(upstreams, childLevel(directive, level.kind, level));
  }
}

/** `proxy_pass` is verified by `proxy_ssl_verify`, `grpc_pass` by `grpc_ssl_verify`, and so on; all default to off. */
function upstreamOf(directive: Directive, level: Level, target: string): UpstreamTls {
  const prefix = directive.name.slice(0, -'_pass'.length);
  return {
    target,
    via: directive.name,
    source: directive.range,
    verify: setting(level, `${prefix}_ssl_verify`, onOff, false),
  };
}

/** A pass target with a leading variable replaced by its static value (`$scheme://x` stays as written). */
function passTarget(value: string, level: Level): string {
  const match = /^\$(\w+|\{\w+\})/.exec(value);
  if (!match) return value;
  const name = match[1].replace(/^\{|\}$/g, '');
  const known = staticValue(name, level);
  return known === undefined ? value : known + value.slice(match[0].length);
}

function setsInside(block: Directive, name: string): boolean {
  return (block.children ?? []).some((d) => d.name === 'set' && d.args[0]?.value === `$${name}`);
}

/**
 * The one value variable `name` has for every request at `level`, when the config fixes it: the last
 * `set $name value;` that runs (the rewrite module runs the server's `set`s, then the location's, in order),
 * or a `map` whose every value, default included, is the same text. Undefined when it depends on the request.
 */
function staticValue(name: string, level: Level): string | undefined {
  const chain: Level[] = [];
  for (let at: Level | null = level; at; at = at.parent) chain.unshift(at);
  let value: string | undefined;
  let found = false;
  for (const at of chain) {
    if (at.kind === 'global') continue;
    for (const directive of at.directives) {
      // A `set` inside an `if` runs for some requests only: the value then depends on the request.
      if (directive.name === 'if' && !chain.includes(at.build.serverLevels.get(directive)!) && setsInside(directive, name)) return undefined;
      if (directive.name !== 'set' || directive.args[0]?.value !== `$${name}`) continue;
      const written = directive.args[1]?.value ?? '';
      value = written.includes('$') ? undefined : written;
      found = true;
    }
  }
  if (found) return value;
  for (let at: Level | null = level; at; at = at.parent) {
    if (at.kind !== 'global') continue;
    const map = blocks(at.directives, 'map').find((d) => d.args[1]?.value === `$${name}`);
    if (!map) continue;
    const entries = (map.children ?? []).filter((d) => d.name !== 'hostnames' && d.name !== 'volatile');
    if (entries.some((d) => d.name === 'include')) return undefined;
    // ngx_http_map: without a `default` entry, requests no entry matches get the empty string.
    const values = new Set(entries.map((d) => d.args.at(-1)?.value ?? d.name));
    if (!entries.some((d) => d.name === 'default')) values.add('');
    return values.size === 1 && ![...values][0].includes('$') ? [...values][0] : undefined;
  }
  return undefined;
}

// ---- files ------------------------------------------------------------------------------------

/** The entry and every file it pulls in, each once. */
function filesOf(entry: ConfigFile): ConfigFile[] {
  const seen = new Set<ConfigFile>();
  const visit = (file: ConfigFile) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const directive of includeDirectives(file)) for (const child of directive.included ?? []) visit(child);
  };
  visit(entry);
  return [...seen];
}
