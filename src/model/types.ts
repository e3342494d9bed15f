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
  /** Set when both files could be read. */
  keyCheck?: KeyCheck;
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
}

/** A place responses come from (a server or one location) with the headers it really sends. */
export interface HeaderScope {
  kind: 'server' | 'location';
  /** Human label: `server` or `location /api/`. */
  label: string;
  /** The block's opening line. */
  range: SourceRange;
  /** Effective headers after the server's inheritance rules. */
  headers: readonly ResponseHeader[];
  /** Headers that would reach this scope from outside but are dropped because it sets its own. */
  dropped: readonly ResponseHeader[];
  /** The scope's own header directives, when they replaced the inherited ones. */
  ownHeaders: readonly ResponseHeader[];
  /** True when every response of this scope is a redirect or fixed status (e.g. `return 301 ...`). */
  returnsOnly: boolean;
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
  /** Bit length of the DH prime in the dhparam file, once it has been read. */
  dhparamBits?: number;
  /** Every certificate, key, chain, CA and DH parameter file the endpoint's TLS settings name. */
  files: FileReference[];
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
