// Reads an nginx configuration tree (includes followed in place) into the dialect-neutral TLS model.
import { dirname, isAbsolute, join } from 'node:path';
import type { Arg, ConfigFile, Directive } from '../../syntax/ast.js';
import { spanOf, type SourceRange } from '../../syntax/range.js';
import { SourceDirective } from '../../syntax/source.js';
import type { LintOptions } from '../../engine/options.js';
import {
  TLS_PROTOCOLS, type CertificateRef, type Endpoint, type HeaderScope, type HttpRedirect, type Listener,
  type ResponseHeader, type Setting, type SettingLevel, type TlsModel, type TlsProtocol, type UpstreamTls, socketKey,
} from '../../model/types.js';
import { includeDirectives, mapPath } from './load.js';
import {
  DEFAULT_CIPHERS, defaultProtocols, hasAddHeaderInherit, hasSslDirective, NGINX_DEFAULT_VERSION,
  OPENSSL_DEFAULT_CIPHERSUITES, rotatesTicketKeys,
} from './versions.js';

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
}

interface BuildContext {
  version: string;
  /** nginx's conf prefix: relative certificate paths resolve against the main config's directory. */
  prefix: string;
  pathMaps: LintOptions['pathMaps'];
  /**
   * The levels of the server being built, by block: the model visits each location several times. They
   * are scaffolding of one server: kept for the whole build they held 70 MB of a 10,000-server tree.
   */
  serverLevels: Map<Directive, Level>;
  /** Settings nginx's defaults give, one frozen object per directive, shared by every server. */
  defaultSettings: Map<string, Setting<unknown>>;
  /** Location labels by the text between a location's name and its `{`: hosting trees repeat a handful. */
  labelsByHead: Map<string, string>;
}

/** Builds the model of the tree rooted at `entry` (the loader has attached included files). */
export function buildNginxModel(entry: ConfigFile, options: LintOptions): TlsModel {
  const context: BuildContext = {
    version: options.serverVersions.nginx ?? NGINX_DEFAULT_VERSION,
    prefix: dirname(entry.path),
    pathMaps: options.pathMaps,
    serverLevels: new Map(),
    defaultSettings: new Map(),
    labelsByHead: new Map(),
  };
  const endpoints = httpLevels(entry, context).flatMap((http) =>
    blocks(http.directives, 'server').map((server) => {
      context.serverLevels = new Map();
      return buildEndpoint(server, http, context);
    }));
  shareSocketTls(endpoints);
  return { dialect: 'nginx', server: { product: 'nginx', version: context.version, tlsLibrary: 'openssl' }, endpoints, files: filesOf(entry) };
}

/**
 * The `http {}` levels of the tree. A file without `http {}` at its top is a fragment nginx.conf
 * includes inside `http {}` (sites-enabled/*.conf, conf.d/*.conf), so its top level is read as one.
 */
function httpLevels(entry: ConfigFile, build: BuildContext): Level[] {
  const top = expandIncludes(entry.directives);
  const https = blocks(top, 'http');
  if (https.length === 0) return [{ kind: 'global', directives: top, parent: null, build }];
  return https.map((http) => ({ kind: 'global', directives: expandIncludes(http.children ?? []), parent: null, build }));
}

// nginx: ngx_conf_include parses the included file in place of the include directive.
function expandIncludes(directives: readonly Directive[], active = new Set<ConfigFile>()): readonly Directive[] {
  // Most blocks include nothing: their own list serves, uncopied.
  if (!directives.some((d) => d.name === 'include' && d.included)) return directives;
  const out: Directive[] = [];
  for (const directive of directives) {
    if (directive.name !== 'include' || !directive.included) {
      out.push(directive);
      continue;
    }
    for (const file of directive.included) {
      if (active.has(file)) continue; // a cycle: the loader reported it
      active.add(file);
      // A loop, not push(...spread): an included geo or map list can hold more directives than V8 takes as arguments.
      for (const expanded of expandIncludes(file.directives, active)) out.push(expanded);
      active.delete(file);
    }
  }
  return out;
}

function blocks(directives: readonly Directive[], name: string): Directive[] {
  return directives.filter((d) => d.name === name && d.children !== undefined);
}

function childLevel(block: Directive, kind: SettingLevel, parent: Level): Level {
  const { build } = parent;
  let level = build.serverLevels.get(block);
  if (!level || level.parent !== parent || level.kind !== kind) {
    level = { kind, directives: expandIncludes(block.children ?? []), parent, build };
    build.serverLevels.set(block, level);
  }
  return level;
}

function buildEndpoint(server: Directive, http: Level, context: BuildContext): Endpoint {
  const level = childLevel(server, 'endpoint', http);
  const serverNames = exact(own(level, 'server_name').flatMap((d) => d.args.map((a) => a.value)));
  const legacySsl = inherited(level, 'ssl', onOff);
  const range = server.headRange ?? server.range;
  const scopes = headerScopes(level, range, context);
  const dhparam = setting<string | null>(level, 'ssl_dhparam', firstArg, null);
  return {
    label: serverNames[0] ? `server ${serverNames[0]}` : 'server',
    range,
    serverNames,
    listeners: listenersOf(level, legacySsl, context),
    certificates: certificatesOf(level, context),
    protocols: setting(level, 'ssl_protocols', protocolsOf, defaultProtocols(context.version)),
    ciphers: setting(level, 'ssl_ciphers', firstArg, DEFAULT_CIPHERS),
    ciphersuites: ciphersuitesOf(level),
    sessionTickets: setting(level, 'ssl_session_tickets', onOff, true),
    ticketKeyRotation: ticketKeyRotation(level, context.version),
    stapling: setting(level, 'ssl_stapling', onOff, false),
    dhparam,
    // nginx sets no DH parameters without `ssl_dhparam` (ngx_ssl_dhparam returns at once for an empty
    // name), so it never negotiates DHE then; test/live proves it against nginx 1.22.
    dheAvailable: dhparam.value !== null,
    deprecated: legacySsl ? [{ key: 'tlsSwitch', setting: legacySsl, removed: !hasSslDirective(context.version) }] : [],
    scopes,
    upstreams: upstreamsOf(level),
    httpRedirect: redirectOf(level),
    rejectsHandshake: inherited(level, 'ssl_reject_handshake', onOff)?.value === true,
  };
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
    for (const directive of directives) if (directive.name === name) (found ??= []).push(directive);
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

/** The innermost directive `name` from `level` outwards, read with `read`, as nginx's merge_conf does. */
function inherited<T>(level: Level, name: string, read: (args: readonly Arg[]) => T): Setting<T> | undefined {
  for (let at: Level | null = level; at; at = at.parent) {
    const directive = own(at, name)[0];
    if (!directive) continue;
    // Arguments are made on each read (src/syntax/source.ts): read them once per setting.
    const args = directive.args;
    return settingOf(directive, args, read(args), at.kind);
  }
  return undefined;
}

function setting<T>(level: Level, name: string, read: (args: readonly Arg[]) => T, fallback: T): Setting<T> {
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

function settingOf<T>(directive: Directive, args: readonly Arg[], value: T, level: SettingLevel): Setting<T> {
  const valueRange = args.length > 0 ? spanOf(args[0].range, args[args.length - 1].range) : undefined;
  return { value, source: directive.range, valueRange, level };
}

function firstArg(args: readonly Arg[]): string {
  return args[0]?.value ?? '';
}

function onOff(args: readonly Arg[]): boolean {
  return args[0]?.value.toLowerCase() === 'on';
}

/** `ssl_protocols` arguments nginx knows (ngx_http_ssl_protocols); anything else fails `nginx -t`. */
function protocolsOf(args: readonly Arg[]): TlsProtocol[] {
  const names = new Set(args.map((a) => a.value));
  return exact(TLS_PROTOCOLS.filter((p) => names.has(p)));
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
  const cache = inherited(level, 'ssl_session_cache', (args) => args.some((a) => a.value.startsWith('shared:')));
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
 * nginx enables TLS per socket: ngx_http_add_addresses ORs the `ssl` flag of every listen on the same
 * address and port, so one `listen 443 ssl` makes a plain `listen 443` of another server TLS too.
 */
function shareSocketTls(endpoints: Endpoint[]): void {
  const listeners = endpoints.flatMap((e) => e.listeners).filter((l) => !l.quic && l.unixPath === undefined);
  const tlsSockets = new Set(listeners.filter((l) => l.tls).map(socketKey));
  for (const listener of listeners) {
    if (listener.tls || !tlsSockets.has(socketKey(listener))) continue;
    listener.tls = true;
    listener.tlsFrom = 'shared-socket';
  }
}

function implicitListener(): Listener {
  return { address: '*', port: 80, tls: false, tlsFrom: null, quic: false, defaultServer: false, source: null };
}

function parseListen(directive: Directive): Listener {
  const args = directive.args;
  const socket = args[0]?.value ?? '';
  const params = new Set(args.slice(1).map((a) => a.value));
  const tls = params.has('ssl');
  const base = {
    tls,
    tlsFrom: tls ? 'listener' as const : null,
    quic: params.has('quic'),
    defaultServer: params.has('default_server') || params.has('default'),
    source: directive.range,
  };
  if (socket.startsWith('unix:')) return { address: null, port: 0, unixPath: socket.slice(5), ...base };
  return { ...addressAndPort(socket), ...base };
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
      const args = cert.args;
      const certificate = settingOf(cert, args, firstArg(args), at.kind);
      const key = keys[i] ?? null;
      const resolvedPath = resolveCertificatePath(certificate.value, context);
      return { certificate, key, ...(resolvedPath ? { resolvedPath } : {}) };
    });
  }
  return [];
}

function keysFor(level: Level): Setting<string>[] {
  for (let at: Level | null = level; at; at = at.parent) {
    const keys = own(at, 'ssl_certificate_key');
    if (keys.length > 0) return keys.map((key) => {
      const args = key.args;
      return settingOf(key, args, firstArg(args), at.kind);
    });
  }
  return [];
}

/** A readable file path, or undefined for variables (`$ssl_server_name`), `data:` and `engine:` values. */
function resolveCertificatePath(value: string, context: BuildContext): string | undefined {
  if (value === '' || value.includes('$') || /^(data|engine|store):/.test(value)) return undefined;
  return isAbsolute(value) ? mapPath(value, context.pathMaps) : join(context.prefix, value);
}

// ---- response headers -------------------------------------------------------------------------

type InheritMode = 'on' | 'off' | 'merge';

/** The server scope, then every location (nested ones too) in document order. */
function headerScopes(server: Level, range: SourceRange, context: BuildContext): HeaderScope[] {
  const outer = effectiveHeaders(server.parent!, [], context);
  const scopes: HeaderScope[] = [];
  const visit = (level: Level, label: string, at: SourceRange, fromOutside: readonly ResponseHeader[], parentReturns: boolean, catchAll: boolean) => {
    const scope = scopeOf(level, label, at, fromOutside, parentReturns, catchAll, context);
    scopes.push(scope);
    for (const location of blocks(level.directives, 'location')) {
      const child = childLevel(location, 'path', level);
      const head = location.headRange ?? location.range;
      // Only a top-level `location /` catches every URI the server gets (nginx docs, `location`).
      visit(child, locationLabel(location, child), head, scope.headers, scope.returnsOnly, level === server && isRootLocation(location));
    }
  };
  visit(server, 'server', range, outer, false, false);
  return exact(scopes);
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
    label = `location ${location.args.map((a) => a.raw).join(' ')}`;
    if (head !== undefined) labelsByHead.set(head, label);
  }
  return (level.label = label);
}

/** `location /` (and `location ^~ /`): the prefix location every URI matches. */
function isRootLocation(location: Directive): boolean {
  const args = location.args;
  if (args.length === 1) return args[0].value === '/';
  return args.length === 2 && args[0].value === '^~' && args[1].value === '/';
}

function scopeOf(
  level: Level, label: string, range: SourceRange,
  fromOutside: readonly ResponseHeader[], parentReturns: boolean, catchAll: boolean, context: BuildContext,
): HeaderScope {
  const ownHeaders = headersOf(level);
  const headers = effectiveHeaders(level, fromOutside, context);
  return {
    kind: level.kind === 'path' ? 'path' : 'endpoint',
    label,
    catchAll,
    range,
    headers,
    dropped: fromOutside.every((h) => headers.includes(h)) ? NO_HEADERS : fromOutside.filter((h) => !headers.includes(h)),
    ownHeaders,
    returnsOnly: parentReturns || own(level, 'return').length > 0,
  };
}

/**
 * ngx_http_headers_merge_conf: a level's add_header list replaces the outer one when it has any;
 * from 1.29.3 `add_header_inherit merge` appends the outer list and `off` drops it.
 */
function effectiveHeaders(level: Level, fromOutside: readonly ResponseHeader[], context: BuildContext): readonly ResponseHeader[] {
  const ownHeaders = headersOf(level);
  if (level.kind === 'global') return ownHeaders;
  const mode = inheritMode(level, context);
  if (mode === 'off') return ownHeaders;
  if (mode === 'merge') return [...fromOutside, ...ownHeaders];
  return ownHeaders.length > 0 ? ownHeaders : fromOutside;
}

function inheritMode(level: Level, context: BuildContext): InheritMode {
  if (!hasAddHeaderInherit(context.version)) return 'on';
  const value = inherited(level, 'add_header_inherit', firstArg)?.value;
  return value === 'off' || value === 'merge' ? value : 'on';
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
    const args = directive.args;
    if (args.length < 2) continue;
    headers.push({
      name: args[0].value,
      value: args[1].value,
      always: args[2]?.value === 'always',
      dynamic: containsVariables(args[1].value),
      source: directive.range,
      valueRange: args[1].range,
      level: level.kind,
    });
  }
  return headers.length > 0 ? exact(headers) : NO_HEADERS;
}

// ---- redirects and upstreams ------------------------------------------------------------------

const REDIRECT_CODES = new Set(['301', '302', '303', '307', '308']);

/**
 * A redirect every plain request gets: `return 301 URL`, `return URL` or `rewrite ^ URL permanent`
 * at server level, or the same in `location /` (the catch-all prefix location).
 */
function redirectOf(server: Level): HttpRedirect | null {
  const atServer = redirectIn(server);
  if (atServer) return atServer;
  const root = blocks(server.directives, 'location').find((location) => {
    const args = location.args;
    return args.length === 1 && args[0].value === '/';
  });
  return root ? redirectIn(childLevel(root, 'path', server)) : null;
}

function redirectIn(level: Level): HttpRedirect | null {
  for (const directive of level.directives) {
    const url = redirectTarget(directive);
    if (url !== undefined) return { toHttps: /^https:\/\//i.test(url), source: directive.range };
  }
  return null;
}

function redirectTarget(directive: Directive): string | undefined {
  if (directive.name !== 'return' && directive.name !== 'rewrite') return undefined;
  const args = directive.args.map((a) => a.value);
  if (directive.name === 'return') {
    if (args.length === 2 && REDIRECT_CODES.has(args[0])) return args[1];
    if (args.length === 1 && /^(https?:\/\/|\$scheme)/i.test(args[0])) return args[0];
  }
  if (directive.name === 'rewrite' && args.length >= 2 && /^https?:\/\//i.test(args[1])) return args[1];
  return undefined;
}

/** The schemes that make each pass directive speak TLS to its upstream (ngx_http_proxy_module, grpc, uwsgi). */
const TLS_PASSES: Record<string, RegExp> = {
  proxy_pass: /^https:\/\//i,
  grpc_pass: /^grpcs:\/\//i,
  uwsgi_pass: /^suwsgi:\/\//i,
};

/** Every `proxy_pass https://` (and grpcs/suwsgi) in the server and its locations, `if` blocks included. */
function upstreamsOf(server: Level): UpstreamTls[] {
  const upstreams: UpstreamTls[] = [];
  const visit = (level: Level) => {
    for (const directive of level.directives) {
      const scheme = Object.hasOwn(TLS_PASSES, directive.name) ? TLS_PASSES[directive.name] : undefined;
      if (scheme && scheme.test(directive.args[0]?.value ?? '')) upstreams.push(upstreamOf(directive, level));
      if (directive.name === 'location' && directive.children) visit(childLevel(directive, 'path', level));
      if (directive.name === 'if' && directive.children) visit(childLevel(directive, level.kind, level));
    }
  };
  visit(server);
  return upstreams;
}

/** `proxy_pass` is verified by `proxy_ssl_verify`, `grpc_pass` by `grpc_ssl_verify`, and so on; all default to off. */
function upstreamOf(directive: Directive, level: Level): UpstreamTls {
  const prefix = directive.name.slice(0, -'_pass'.length);
  return {
    target: directive.args[0].value,
    via: directive.name,
    source: directive.range,
    verify: setting(level, `${prefix}_ssl_verify`, onOff, false),
  };
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
