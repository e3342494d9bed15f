// The dialect-neutral TLS model: what a server would do, each fact with the place that decided it.
import type { ConfigFile } from '../syntax/ast.js';
import type { SourceRange } from '../syntax/range.js';

export type TlsProtocol = 'SSLv2' | 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

/** Every protocol name in ascending order. */
export const TLS_PROTOCOLS: readonly TlsProtocol[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** Where a setting came from: a directive at some level, or the server's built-in default. */
export type SettingLevel = 'default' | 'main' | 'http' | 'server' | 'location';

/** A configured value and the directive that set it. */
export interface Setting<T> {
  value: T;
  /** The whole directive that set the value; null when it is the server's default. */
  source: SourceRange | null;
  /** The span of the directive's arguments, for fixes that replace the value. */
  valueRange?: SourceRange;
  level: SettingLevel;
}

/** A `listen` (or equivalent) socket. */
export interface Listener {
  /** Host part as written (`127.0.0.1`, `[::]`, `*`), null when only a port was given. */
  address: string | null;
  port: number;
  /** Unix socket path when the listener is `unix:...`. */
  unixPath?: string;
  tls: boolean;
  http2: boolean;
  quic: boolean;
  defaultServer: boolean;
  /** True when TLS comes from nginx's deprecated `ssl on;` rather than from the listener itself. */
  viaLegacySsl?: boolean;
  /** The listen directive; null when the server listens implicitly (nginx's `listen *:80`). */
  source: SourceRange | null;
}

/** What is known about a certificate file once it has been read. */
export interface CertificateInfo {
  subject: string;
  notBefore: Date;
  notAfter: Date;
  keyType: 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'dsa' | 'unknown';
  keyBits?: number;
  /** OCSP responder URLs from the Authority Information Access extension. */
  ocspResponders: string[];
  selfSigned: boolean;
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
}

/** A response header with the directive that adds it. */
export interface ResponseHeader {
  name: string;
  value: string;
  /** Sent on every status (nginx `always`, Apache `Header always`), not only on 2xx/3xx. */
  always: boolean;
  source: SourceRange;
  valueRange: SourceRange;
  level: SettingLevel;
  /**
   * The directive's own list of statuses the header is limited to (headers-more `-s`), when it has one: then
   * sending it on every status means widening that list, not adding a flag.
   */
  statusFilter?: SourceRange;
}

/**
 * How a scope answers every request when a fixed answer decides it (nginx `return`): `body` (a 2xx with a
 * fixed body, such as `return 200 "ok"`: content like any other), `redirect` (a 3xx to a URL), `error` (a
 * 4xx or 5xx status) or `close` (no response at all: the connection is closed). Null when the scope serves
 * files or proxied responses.
 */
export type FixedAnswer = 'body' | 'redirect' | 'error' | 'close';

/** A place responses come from (a server or one location) with the headers it really sends. */
export interface HeaderScope {
  kind: 'server' | 'location';
  /** Human label: `server`, `location /api/` or `if ($request_method = OPTIONS)`. */
  label: string;
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
}

/** A proxied upstream reached over TLS. */
export interface UpstreamTls {
  /** The target as written, e.g. `https://backend`. */
  target: string;
  source: SourceRange;
  verify: Setting<boolean>;
  trustedCertificate: Setting<string | null>;
  scopeLabel: string;
}

/** How a plain-HTTP server answers. */
export interface HttpRedirect {
  /** True when the redirect goes to an https:// URL. */
  toHttps: boolean;
  source: SourceRange;
}

/** One virtual server: nginx `server {}`, Apache `<VirtualHost>`, a Caddy site block. */
export interface Endpoint {
  dialect: string;
  /** Human label: `server example.com`. */
  label: string;
  /** The block's opening line: where missing settings are reported. */
  range: SourceRange;
  serverNames: string[];
  listeners: Listener[];
  certificates: CertificateRef[];
  protocols: Setting<TlsProtocol[]>;
  /** OpenSSL cipher string for TLS 1.2 and below. */
  ciphers: Setting<string>;
  /** TLS 1.3 suites (OpenSSL `Ciphersuites`); the default is OpenSSL's. */
  ciphersuites: Setting<string>;
  preferServerCiphers: Setting<boolean>;
  sessionTickets: Setting<boolean>;
  /** True when session ticket keys are rotated by the server itself (nginx >= 1.23.2 without ssl_session_ticket_key). */
  ticketKeysRotated: boolean;
  stapling: Setting<boolean>;
  staplingVerify: Setting<boolean>;
  dhparam: Setting<string | null>;
  ecdhCurve: Setting<string>;
  /** The deprecated `ssl on;` / `ssl off;` directive, when present. */
  legacySsl: Setting<boolean> | null;
  /** [0] is the server scope; then every location, nested ones included. */
  scopes: HeaderScope[];
  upstreams: UpstreamTls[];
  /** True when the server refuses every TLS handshake it is chosen for (nginx `ssl_reject_handshake on`). */
  rejectsHandshake?: boolean;
  /** Set when the server redirects all plain-HTTP requests. */
  httpRedirect: HttpRedirect | null;
}

export interface ServerInfo {
  product: string;
  version: string;
}

/** Everything a rule may read. */
export interface TlsModel {
  dialect: string;
  server: ServerInfo;
  endpoints: Endpoint[];
  files: ConfigFile[];
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

/** True when at least one listener of the endpoint speaks TLS. */
export function isTlsEndpoint(endpoint: Endpoint): boolean {
  return endpoint.listeners.some((l) => l.tls);
}
