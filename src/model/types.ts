// The dialect-neutral TLS model: what a server would do, each fact with the place that decided it.
import type { ConfigFile } from '../syntax/ast.js';
import type { SourceRange } from '../syntax/range.js';
import type { DialectId } from '../dialects/registry.js';

export type TlsProtocol = 'SSLv2' | 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

/** Every protocol name in ascending order. */
export const TLS_PROTOCOLS: readonly TlsProtocol[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/**
 * Where a setting came from: the server's built-in default, or a directive at one of the levels every
 * server has. `global` is shared by many endpoints (nginx `http {}`, Apache's main server, Caddy's global
 * options), `endpoint` is one virtual server (nginx `server {}`, `<VirtualHost>`, a Caddy site), `path`
 * a part of one (nginx `location`, Apache `<Location>`/`<Directory>`/`<Files>`/`<If>`, Caddy `handle`/`route`).
 */
export type SettingLevel = 'default' | 'global' | 'endpoint' | 'path';

/** A configured value and the directive that set it. */
export interface Setting<T> {
  value: T;
  /** The whole directive that set the value; null when it is the server's default. */
  source: SourceRange | null;
  /** The span of the directive's arguments, for fixes that replace the value. */
  valueRange?: SourceRange;
  level: SettingLevel;
}

/** See {@link Listener.tlsFrom}. */
export type TlsSource = 'listener' | 'server-switch' | 'shared-socket' | 'automatic';

/** A `listen` (or equivalent) socket. */
export interface Listener {
  /** Host part as written (`127.0.0.1`, `[::]`, `*`), null when only a port was given. */
  address: string | null;
  port: number;
  /** Unix socket path when the listener is `unix:...`. */
  unixPath?: string;
  tls: boolean;
  /**
   * Why the listener speaks TLS: its own declaration (nginx `listen ... ssl`, Apache `SSLEngine on` in its
   * vhost), a server-wide switch (nginx's deprecated `ssl on;`), another server's listener on the same
   * socket, or the server's automatic HTTPS (Caddy); null for a plain listener.
   */
  tlsFrom: TlsSource | null;
  quic: boolean;
  defaultServer: boolean;
  /** The listen directive; null when the server listens implicitly (nginx's `listen *:80`). */
  source: SourceRange | null;
}

/** What is known about one certificate once its file has been read. */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  keyType: 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'dsa' | 'unknown';
  keyBits?: number;
  /** OCSP responder URLs from the Authority Information Access extension. */
  ocspResponders: string[];
  selfSigned: boolean;
  /** SHA-256 fingerprint as OpenSSL prints it (`AB:CD:...`). */
  fingerprint256: string;
  /** DNS names of the subjectAltName extension, lower-cased (the CN is not a name clients check, RFC 6125 6.4.4). */
  dnsNames: string[];
  /** IP addresses of the subjectAltName extension. */
  ipAddresses: string[];
  /** The algorithm the issuer signed with, e.g. `sha256WithRSAEncryption`; `unknown` when the OID is not known. */
  signatureAlgorithm: string;
  /** The hash of that signature (`sha1`, `md5`, `sha256`, ...), when the algorithm has one. */
  signatureHash?: string;
}

/** Where the chain a certificate file serves breaks (leaf first, each certificate signed by the next). */
export type ChainProblem =
  /** The last certificate is not a root and its issuer is neither in the file nor a known root. */
  | { kind: 'incomplete'; issuer: string }
  /** Certificate `index` of the file is not signed by the one after it. */
  | { kind: 'out-of-order'; index: number; subject: string; next: string };

/** What reading a key file against its certificate found; the key's bytes are never kept. */
export type KeyCheck = 'match' | 'mismatch' | 'encrypted';

/** A file a TLS setting names, with where the server would read it. */
export interface FileReference {
  role: 'certificate' | 'key' | 'chain' | 'trusted-certificate' | 'dhparam';
  /** The directive that names the file (its value range is the path). */
  setting: Setting<string>;
  /** Absolute path after path mapping; absent for variables, `data:`, `engine:` and `store:` values. */
  path?: string;
  /**
   * True when the checkout is expected to hold the file: the path lies inside the root or a path map
   * covers it. A file outside both is unknown, not missing (CI checkouts rarely hold /etc/letsencrypt).
   */
  inCheckout: boolean;
  /** Set once the file was looked for: false when it does not exist. */
  exists?: boolean;
}

/** A certificate with its private key. */
export interface CertificateRef {
  certificate: Setting<string>;
  key: Setting<string> | null;
  /** Absolute path of the certificate file after path mapping, when it is a plain file path. */
  resolvedPath?: string;
  /** Filled in when the certificate file could be read. */
  info?: CertificateInfo;
  /** Why the certificate could not be read, when it was tried. */
  readError?: string;
  /** Every certificate of the file (and of a separate chain file), leaf first; `info` is the first. */
  chain?: CertificateInfo[];
  /** Set when the chain was read and does not lead to a root. */
  chainProblem?: ChainProblem;
  /** Absolute path of the key file after path mapping, when it is a plain file path. */
  keyPath?: string;
  /**
   * Absolute path of a separate chain file the server sends after the certificate file's own certificates
   * (Apache `SSLCertificateChainFile`); nginx and Caddy keep the chain in the certificate file.
   */
  chainPath?: string;
  /** Set when both files could be read. */
  keyCheck?: KeyCheck;
  /**
   * Set for a certificate the server obtains and renews itself rather than reading from a file (Caddy's
   * automatic HTTPS): who signs it and for which names. `public-ca` is a CA browsers trust (ACME);
   * `local-ca` is the server's own CA, trusted only where its root certificate was installed.
   */
  managed?: ManagedCertificate;
}

/** See {@link CertificateRef.managed}. */
export interface ManagedCertificate {
  issuer: 'public-ca' | 'local-ca';
  /** The host names the certificate is obtained for, lower-cased (none: whichever name a client asks for). */
  names: string[];
  /** Obtained while a handshake asking for the name waits (Caddy's `on_demand`), not when the server starts. */
  onDemand?: boolean;
  /**
   * Not obtained for a name a certificate loaded from a file covers, whichever server loads it: that one is
   * served instead (Caddy's automatic HTTPS: "skipping automatic certificate management because one or more
   * matching certificates are already loaded", unless `ignore_loaded_certs`).
   */
  unlessLoaded?: boolean;
}

/** A response header with the directive that adds it. */
export interface ResponseHeader {
  name: string;
  value: string;
  /** Sent on every status (nginx `always`, Apache `Header always`), not only on 2xx/3xx. */
  always: boolean;
  /** True when the value is filled in per request (nginx `$var`, Apache `%{VAR}e`, Caddy `{placeholder}`). */
  dynamic: boolean;
  source: SourceRange;
  valueRange: SourceRange;
  level: SettingLevel;
  /**
   * The directive's own list of statuses the header is limited to (headers-more `-s`), when it has one: then
   * sending it on every status means widening that list, not adding a flag.
   */
  statusFilter?: SourceRange;
  /**
   * Where the header was made deferred, when it is written only as a handler writes the response (Caddy's
   * `deferred` or `require` header operations): an error a handler fails with (a file_server 404, a
   * reverse_proxy 502) is answered without it.
   */
  deferred?: SourceRange;
  /**
   * Set when the configuration writes this header but the server never sends it: `meant` is the field the text
   * stands for in another version of the server, `why` says (in the server's words) why this one does not send
   * it. Caddy before 2.7 reads `header >Field value` as a field named ">Field", which Go's net/http drops.
   */
  unsent?: { meant: string; why: string };
}

/**
 * How a scope answers every request when a fixed answer decides it (nginx `return`): `body` (a 2xx with a
 * fixed body, such as `return 200 "ok"`: content like any other), `redirect` (a 3xx to a URL), `error` (a
 * 4xx or 5xx status) or `close` (no response at all: the connection is closed). Null when the scope serves
 * files or proxied responses.
 */
export type FixedAnswer = 'body' | 'redirect' | 'error' | 'close';

/** A place responses come from (an endpoint, or one path scope of it) with the headers it really sends. */
export interface HeaderScope {
  kind: 'endpoint' | 'path';
  /**
   * How the dialect names the block in messages: `location /api/`, `<Location /api>`, `handle /api/*`, or
   * nginx's `if ($request_method = OPTIONS)` (a header scope of its own).
   */
  label: string;
  /**
   * A path scope that catches every request the endpoint gets (nginx `location /`, Apache `<Location />`,
   * a Caddy `handle` without matcher), so the endpoint scope itself answers none directly.
   */
  catchAll: boolean;
  /** The block's opening line. */
  range: SourceRange;
  /** Effective headers after the server's inheritance rules. */
  headers: readonly ResponseHeader[];
  /** Headers that would reach this scope from outside but are dropped because it sets its own. */
  dropped: readonly ResponseHeader[];
  /** The scope's own header directives, when they replaced the inherited ones. */
  ownHeaders: readonly ResponseHeader[];
  /** The fixed answer every request of this scope gets, or null when it serves content of its own. */
  returns: FixedAnswer | null;
  /** True when a file the linter could not read may add or replace this scope's headers. */
  headersUnknown: boolean;
  /**
   * Headers the scope's own directives remove by name (Apache `Header unset`, Caddy `header -Name`), with the
   * directive that removes each; nginx has no removal (a level's own `add_header` list replaces instead).
   */
  removals?: readonly HeaderRemoval[];
  /**
   * Headers the blocks on the same requests' way remove (Apache: a `<Directory>` holding DocumentRoot
   * unsets what the vhost set, for a `<Location>` under it too). That block's own scope reports the removal;
   * this scope lacks the header for the same reason, so it is no separate miss. The scope's own removals may
   * be listed too (they are in `dropped` as well): the scopes of one request share one list, where a list per
   * scope without its own removals made N lists of N for N blocks that each remove a header.
   */
  removedElsewhere?: readonly HeaderRemoval[];
}

/** A header a scope removes, and where. */
export interface HeaderRemoval {
  name: string;
  source: SourceRange;
}

/**
 * Client-certificate authentication (mutual TLS) of an endpoint's handshakes: whether the server asks for a
 * certificate, and whether one the client sends must chain to a configured CA (or match a pinned certificate).
 */
export interface ClientAuth {
  /**
   * `none`: no certificate is asked for; `optional`: one is asked for, the handshake goes on without it;
   * `required`: no handshake without one.
   */
  mode: 'none' | 'optional' | 'required';
  /**
   * True when a certificate the client sends is checked (against the configured CAs, a pinned certificate or
   * a verifier the server runs); false when any certificate, self-signed included, is accepted.
   */
  verified: boolean;
  /** The mode as the dialect writes it (`optional_no_ca`, `require`), for messages. */
  written: string;
  /** The directive (or JSON member) that sets the mode; null when it is the server's default. */
  source: SourceRange | null;
  level: SettingLevel;
  /**
   * Where CA certificates for client certificates are named (Caddy `trusted_ca_cert_file`, nginx
   * `ssl_client_certificate`, Apache `SSLCACertificateFile`): in a mode that does not verify, they are only
   * listed to the client as acceptable issuers.
   */
  caSource?: SourceRange;
  /**
   * Where the configuration hands an unverified certificate on to be checked elsewhere (nginx
   * `$ssl_client_cert` or `$ssl_client_verify` used in the server, Apache `SSLOptions +ExportCertData`):
   * the documented use of the no-CA modes, so not a mistake by itself.
   */
  handedOn?: SourceRange;
}

/** A proxied upstream reached over TLS. */
export interface UpstreamTls {
  /** The target as written, e.g. `https://backend`. */
  target: string;
  /** The directive that proxies, as the dialect names it (`proxy_pass`, `uwsgi_pass`, `ProxyPass`, `reverse_proxy`). */
  via: string;
  source: SourceRange;
  verify: Setting<boolean>;
}

/** How a plain-HTTP server answers. */
export interface HttpRedirect {
  /** True when the redirect goes to an https:// URL. */
  toHttps: boolean;
  source: SourceRange;
}

/** One virtual server: nginx `server {}`, Apache `<VirtualHost>`, a Caddy site block. */
export interface Endpoint {
  /** How messages name it: `server example.com`. */
  label: string;
  /** The block's opening line: where missing settings are reported. */
  range: SourceRange;
  serverNames: string[];
  listeners: Listener[];
  certificates: CertificateRef[];
  protocols: Setting<TlsProtocol[]>;
  /**
   * The suites for TLS 1.2 and below, in the syntax of the server's TLS library ({@link ServerInfo.tlsLibrary}):
   * an OpenSSL cipher string, or for Go a `:`-separated list of IANA suite names.
   */
  ciphers: Setting<string>;
  /** TLS 1.3 suites (OpenSSL `Ciphersuites`); the default is the library's. */
  ciphersuites: Setting<string>;
  sessionTickets: Setting<boolean>;
  /**
   * How the session ticket keys change: rotated by the server while it runs, new at each restart (a key made
   * at start-up and kept), or never (a key file the configuration names).
   */
  ticketKeyRotation: 'automatic' | 'per-restart' | 'never';
  stapling: Setting<boolean>;
  dhparam: Setting<string | null>;
  /** Bit length of the DH prime in the dhparam file, once it has been read. */
  dhparamBits?: number;
  /** Every certificate, key, chain, CA and DH parameter file the endpoint's TLS settings name. */
  files: FileReference[];
  /** True when DHE suites can be negotiated at all: DH parameters are set, or the server has its own. */
  dheAvailable: boolean;
  /** Deprecated settings in effect for this endpoint. */
  deprecated: DeprecatedSetting[];
  /** [0] is the endpoint scope; then every path scope, nested ones included. */
  scopes: HeaderScope[];
  upstreams: UpstreamTls[];
  /** True when the endpoint refuses every TLS handshake it is chosen for (nginx `ssl_reject_handshake on`). */
  rejectsHandshake: boolean;
  /**
   * TLS-level compression (CRIME), where the server has a setting for it (Apache `SSLCompression`); absent
   * where the server always turns it off (nginx sets SSL_OP_NO_COMPRESSION in ngx_ssl_create).
   */
  compression?: Setting<boolean>;
  /**
   * Renegotiation with clients that lack RFC 5746 (Apache `SSLInsecureRenegotiation`); absent where the
   * server never allows it (OpenSSL refuses it unless SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION is set).
   */
  insecureRenegotiation?: Setting<boolean>;
  /** Client-certificate authentication; absent when the endpoint asks for no client certificate. */
  clientAuth?: ClientAuth;
  /** Set when the server redirects all plain-HTTP requests. */
  httpRedirect: HttpRedirect | null;
  /**
   * What the endpoint speaks over its listeners: HTTP (response headers and redirects apply), a TCP/UDP
   * proxy (nginx `stream {}`), or mail (IMAP, POP3, SMTP). TLS protocol, cipher and certificate facts apply to all.
   */
  application: 'http' | 'stream' | 'mail';
  /** True when the server can staple OCSP responses for this endpoint at all. */
  staplingAvailable: boolean;
  /**
   * For an endpoint with no certificate of its own on a server with one certificate cache per process (Caddy:
   * a connection policy without certificate_selection serves any cached certificate whose name the client
   * asks for, whichever server it was obtained or loaded for): what its TLS listeners serve anyway. `names`:
   * managed certificates' names; `files`: certificate files other servers load (the names are inside them);
   * `anyName`: a certificate is obtained on demand for whichever name a client asks; `more`: other servers
   * whose certificates are not known here (an environment variable, an unread file) may hold further names.
   */
  sharedCertificates?: { names: string[]; files: string[]; anyName: boolean; more: boolean };
  /**
   * Settings that a file the linter could not read (a missing include) may set for this endpoint: the values
   * above are only what the readable files say, so nothing is concluded about these.
   */
  unknown: ReadonlySet<UnknownSetting>;
}

/** Endpoint facts an unreadable file may decide (see {@link Endpoint.unknown}). */
export type UnknownSetting = 'protocols' | 'ciphers' | 'sessionTickets' | 'stapling' | 'certificates' | 'redirect';

/**
 * Deprecated settings, by what they do: `tlsSwitch` turns TLS on for every listener of a server (nginx
 * `ssl on;`), `chainFile` names the intermediate certificates in a file of their own (Apache
 * `SSLCertificateChainFile`). The dialect words them (DialectNames.deprecated).
 */
export type DeprecatedKey = 'tlsSwitch' | 'chainFile';

export interface DeprecatedSetting {
  key: DeprecatedKey;
  setting: Setting<boolean | string>;
  /** True when the configured server version no longer knows the setting and refuses to start. */
  removed: boolean;
}

export interface ServerInfo {
  product: string;
  version: string;
  /** The TLS library: it decides the cipher syntax and what can be negotiated (Go's crypto/tls has no DHE). */
  tlsLibrary: 'openssl' | 'go';
}

/** Everything a rule may read. */
export interface TlsModel {
  dialect: DialectId;
  server: ServerInfo;
  endpoints: Endpoint[];
  files: ConfigFile[];
  /**
   * Where text at `range` was brought in from elsewhere (Caddy's `import` of a snippet or a file): each place
   * becomes a related location of a finding at `range`. Absent when the dialect has no such imports.
   */
  importSites?(range: SourceRange): readonly SourceRange[];
}

/**
 * The socket a listener binds: listeners with the same key share one socket (and one default server).
 * A wildcard address (none, `*`, `0.0.0.0`) is one key; QUIC listens on UDP, so it never shares with TCP.
 */
export function socketKey(listener: Listener): string {
  if (listener.unixPath !== undefined) return `unix:${listener.unixPath}`;
  const wildcard = listener.address === null || listener.address === '*' || listener.address === '0.0.0.0';
  return `${listener.quic ? 'udp' : 'tcp'} ${wildcard ? '*' : listener.address}:${listener.port}`;
}

/**
 * The endpoint's names that name a site: not empty and not a catch-all placeholder (nginx's `_` and `""`
 * are conventions for "no name", matched by no client).
 */
export function realServerNames(endpoint: Endpoint): string[] {
  return endpoint.serverNames.filter(isRealServerName);
}

export function isRealServerName(name: string): boolean {
  return name !== '' && name !== '_' && name !== '""' && name !== "''";
}

/**
 * True when at least one listener of the endpoint speaks TLS and the endpoint completes handshakes: one
 * that refuses every handshake (`rejectsHandshake`) negotiates no protocol or cipher and sends no response,
 * so nothing about those applies to it.
 */
export function isTlsEndpoint(endpoint: Endpoint): boolean {
  if (endpoint.rejectsHandshake) return false;
  // A loop, not some(): every rule asks this of every endpoint, 400,000 calls on a 10,000-vhost tree.
  for (const listener of endpoint.listeners) if (listener.tls) return true;
  return false;
}

/**
 * True for a TLS endpoint, and for an HTTP endpoint whose sockets the tree does not say (an Apache
 * `.htaccess` or a snippet linted alone: its headers are served by a vhost elsewhere, which may well be
 * TLS). What needs no socket, such as an HSTS value's grammar, is checked on both.
 */
export function mayServeTls(endpoint: Endpoint): boolean {
  return isTlsEndpoint(endpoint) || (endpoint.listeners.length === 0 && endpoint.application === 'http' && !endpoint.rejectsHandshake);
}

/**
 * The model's TLS endpoints (isTlsEndpoint), in order. Most rules start from this list: made once per model,
 * because asking each of 15,000 endpoints again in every rule cost more than the rules' own work (each call
 * reads three objects spread over the heap). A model does not change once built, so the list stays true.
 */
export function tlsEndpoints(model: TlsModel): readonly Endpoint[] {
  return endpointListsOf(model).tls;
}

/**
 * The endpoints that are not TLS endpoints (isTlsEndpoint), in order, made with {@link tlsEndpoints}: rules about
 * plain servers (hsts-on-plain-http) start here rather than ask each of 10,000 TLS servers again.
 */
export function otherEndpoints(model: TlsModel): readonly Endpoint[] {
  return endpointListsOf(model).other;
}

/** The endpoints that may serve TLS (mayServeTls), in order, made once per model like {@link tlsEndpoints}. */
export function mayServeTlsEndpoints(model: TlsModel): readonly Endpoint[] {
  return endpointListsOf(model).mayServeTls;
}

interface EndpointLists {
  /** The endpoint list the others were made from. */
  of: readonly Endpoint[];
  tls: readonly Endpoint[];
  mayServeTls: readonly Endpoint[];
  other: readonly Endpoint[];
}

const endpointListsByModel = new WeakMap<TlsModel, EndpointLists>();

function endpointListsOf(model: TlsModel): EndpointLists {
  let lists = endpointListsByModel.get(model);
  if (!lists || lists.of !== model.endpoints) {
    // The lists in one walk: each endpoint read once (mayServeTls asks isTlsEndpoint first, as here).
    const tls: Endpoint[] = [];
    const may: Endpoint[] = [];
    const other: Endpoint[] = [];
    for (const endpoint of model.endpoints) {
      if (isTlsEndpoint(endpoint)) {
        tls.push(endpoint);
        may.push(endpoint);
        continue;
      }
      other.push(endpoint);
      if (mayServeTls(endpoint)) may.push(endpoint);
    }
    // Every TLS endpoint may serve TLS, in the same order: equal lengths mean equal lists, and one list
    // lets what is worked out per list (distinctHstsLists) be worked out once.
    lists = { of: model.endpoints, tls, mayServeTls: may.length === tls.length ? tls : may, other };
    endpointListsByModel.set(model, lists);
  }
  return lists;
}

/**
 * The default server of every socket: the one its listener marks as default (nginx `default_server`), else
 * the first that listens on it (nginx ngx_http_add_server: "the first server is the default one"; Apache
 * httpd: the first virtual host listed for an address:port).
 */
export function defaultServers(endpoints: readonly Endpoint[]): Map<string, Endpoint> {
  const marked = new Map<string, Endpoint>();
  const first = new Map<string, Endpoint>();
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) {
      const key = socketKey(listener);
      if (listener.defaultServer && !marked.has(key)) marked.set(key, endpoint);
      if (!first.has(key)) first.set(key, endpoint);
    }
  }
  for (const [key, endpoint] of marked) first.set(key, endpoint);
  return first;
}
