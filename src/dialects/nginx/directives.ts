// What nginx knows about its directives (contexts, arity, blocks, inheritance): a crossplane-style data table.
// Sources: nginx.org/en/docs/ directive pages and crossplane/analyzer.py (nginxinc/crossplane @ 16de93a).

/** Where a directive may appear (crossplane's context masks, by name). */
export type NginxContext =
  | 'main'
  | 'events'
  | 'http'
  | 'server'
  | 'location'
  | 'if'
  | 'limit_except'
  | 'upstream'
  | 'stream'
  | 'stream_server'
  | 'stream_upstream'
  | 'mail'
  | 'mail_server'
  | 'map'
  | 'types';

/** One directive's syntax facts. */
export interface NginxDirectiveSpec {
  contexts: readonly NginxContext[];
  /** Fewest and most arguments; `Infinity` for no upper bound. */
  args: readonly [min: number, max: number];
  /** True for block directives (`name args { ... }`). */
  block?: boolean;
  /** How a value set at an outer level meets one set at an inner level. */
  inheritance?: 'replace' | 'merge' | 'none';
  /** First nginx version that has it. */
  since?: string;
  /** Version from which nginx warns that it is deprecated. */
  deprecated?: string;
}

const HTTP_LEVELS = ['http', 'server', 'location'] as const;
const SSL_HTTP = ['http', 'server'] as const;
const SSL_ALL = ['http', 'server', 'stream', 'stream_server', 'mail', 'mail_server'] as const;
const PROXY_SSL = ['http', 'server', 'location', 'stream', 'stream_server'] as const;
const ANY = Infinity;

/** The TLS-relevant and common nginx directives. */
export const NGINX_DIRECTIVES: Readonly<Record<string, NginxDirectiveSpec>> = {
  // Core and structure (src/core/nginx.c, src/http/ngx_http_core_module.c).
  events: { contexts: ['main'], args: [0, 0], block: true },
  http: { contexts: ['main'], args: [0, 0], block: true },
  stream: { contexts: ['main'], args: [0, 0], block: true, since: '1.9.0' },
  mail: { contexts: ['main'], args: [0, 0], block: true },
  // A block in http, stream and mail; a simple directive (one upstream address) in upstream.
  server: { contexts: ['http', 'stream', 'mail', 'upstream', 'stream_upstream'], args: [0, ANY] },
  location: { contexts: ['server', 'location'], args: [1, 2], block: true },
  if: { contexts: ['server', 'location'], args: [1, ANY], block: true },
  limit_except: { contexts: ['location'], args: [1, ANY], block: true },
  upstream: { contexts: ['http', 'stream'], args: [1, 1], block: true },
  map: { contexts: ['http', 'stream'], args: [2, 2], block: true },
  geo: { contexts: ['http', 'stream'], args: [1, 2], block: true },
  types: { contexts: ['http', 'server', 'location'], args: [0, 0], block: true, inheritance: 'replace' },
  split_clients: { contexts: ['http', 'stream'], args: [2, 2], block: true },
  charset_map: { contexts: ['http'], args: [2, 2], block: true },
  include: { contexts: ['main', 'events', 'http', 'server', 'location', 'if', 'limit_except', 'upstream', 'stream', 'stream_server', 'stream_upstream', 'mail', 'mail_server', 'map', 'types'], args: [1, 1] },
  user: { contexts: ['main'], args: [1, 2] },
  worker_processes: { contexts: ['main'], args: [1, 1] },
  worker_connections: { contexts: ['events'], args: [1, 1] },
  listen: { contexts: ['server', 'stream_server', 'mail_server'], args: [1, ANY] },
  // ngx_mail_core_module: server_name in mail {} too; ngx_stream_core_module: server_name from 1.25.5.
  server_name: { contexts: ['server', 'stream', 'stream_server', 'mail', 'mail_server'], args: [1, ANY] },
  root: { contexts: [...HTTP_LEVELS, 'if'], args: [1, 1], inheritance: 'replace' },
  return: { contexts: ['server', 'location', 'if', 'stream_server'], args: [1, 2] },
  rewrite: { contexts: ['server', 'location', 'if'], args: [2, 3] },
  // ngx_stream_set_module (1.19.3) takes `set` in stream servers.
  set: { contexts: ['server', 'location', 'if', 'stream_server'], args: [2, 2] },
  proxy_pass: { contexts: ['location', 'if', 'limit_except', 'stream_server'], args: [1, 1] },
  // Response headers (ngx_http_headers_module): inherited only when the inner level has none.
  add_header: { contexts: [...HTTP_LEVELS, 'if'], args: [2, 3], inheritance: 'replace' },
  add_header_inherit: { contexts: [...HTTP_LEVELS, 'if'], args: [1, 1], since: '1.29.3' },
  // TLS (ngx_http_ssl_module, ngx_stream_ssl_module, ngx_mail_ssl_module).
  ssl: { contexts: [...SSL_HTTP, 'mail', 'mail_server'], args: [1, 1], deprecated: '1.15.0' },
  ssl_certificate: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_certificate_key: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_protocols: { contexts: SSL_ALL, args: [1, ANY], inheritance: 'replace' },
  ssl_ciphers: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_conf_command: { contexts: SSL_ALL, args: [2, 2], inheritance: 'replace', since: '1.19.4' },
  ssl_prefer_server_ciphers: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_session_tickets: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_session_ticket_key: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_session_cache: { contexts: SSL_ALL, args: [1, 2], inheritance: 'replace' },
  ssl_session_timeout: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_dhparam: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_ecdh_curve: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  // Stream servers staple too from 1.27.2 (ngx_stream_ssl_module).
  ssl_stapling: { contexts: [...SSL_HTTP, 'stream', 'stream_server'], args: [1, 1], inheritance: 'replace' },
  ssl_stapling_verify: { contexts: [...SSL_HTTP, 'stream', 'stream_server'], args: [1, 1], inheritance: 'replace' },
  ssl_trusted_certificate: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_client_certificate: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_verify_client: { contexts: SSL_ALL, args: [1, 1], inheritance: 'replace' },
  ssl_early_data: { contexts: SSL_HTTP, args: [1, 1], inheritance: 'replace', since: '1.15.3' },
  http2: { contexts: SSL_HTTP, args: [1, 1], since: '1.25.1' },
  // Upstream TLS (ngx_http_proxy_module, ngx_stream_proxy_module).
  proxy_ssl_verify: { contexts: PROXY_SSL, args: [1, 1], inheritance: 'replace' },
  proxy_ssl_trusted_certificate: { contexts: PROXY_SSL, args: [1, 1], inheritance: 'replace' },
  proxy_ssl_server_name: { contexts: PROXY_SSL, args: [1, 1], inheritance: 'replace' },
  proxy_ssl_protocols: { contexts: PROXY_SSL, args: [1, ANY], inheritance: 'replace' },
  proxy_ssl_ciphers: { contexts: PROXY_SSL, args: [1, 1], inheritance: 'replace' },
};

/** The table by name: a Map finds a directive name (a string sliced from its file) without interning it first. */
const SPECS = new Map(Object.entries(NGINX_DIRECTIVES));

/** The table entry for `name`, if nginx core knows it. */
export function nginxDirective(name: string): NginxDirectiveSpec | undefined {
  return SPECS.get(name);
}
