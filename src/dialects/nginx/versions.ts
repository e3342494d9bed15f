// nginx facts that change with the version; each cites the changelog entry (nginx.org/en/CHANGES).
import type { TlsProtocol } from '../../model/types.js';
import { versionAtLeast } from '../../model/compare-version.js';

/** The newest nginx whose defaults tlslint knows (mainline 1.29.3, October 2025). */
export const NGINX_DEFAULT_VERSION = '1.29.3';

/** ngx_http_ssl_module: `ssl_ciphers` default, unchanged since 1.0.5. */
export const DEFAULT_CIPHERS = 'HIGH:!aNULL:!MD5';


// One list each, so every server without ssl_protocols shares one default setting (see model.ts).
const DEFAULT_PROTOCOLS_1_27_3: TlsProtocol[] = ['TLSv1.2', 'TLSv1.3'];
const DEFAULT_PROTOCOLS_1_23_4: TlsProtocol[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const DEFAULT_PROTOCOLS_OLDER: TlsProtocol[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2'];

/**
 * `ssl_protocols` default: TLSv1.3 joined in 1.23.4 ("the TLSv1.3 protocol is now enabled by default"),
 * TLSv1 and TLSv1.1 left in 1.27.3 ("SSLv3, TLSv1, TLSv1.1 are now disabled by default").
 */
export function defaultProtocols(version: string): TlsProtocol[] {
  if (versionAtLeast(version, '1.27.3')) return DEFAULT_PROTOCOLS_1_27_3;
  if (versionAtLeast(version, '1.23.4')) return DEFAULT_PROTOCOLS_1_23_4;
  return DEFAULT_PROTOCOLS_OLDER;
}

/** 1.23.2: "TLS session tickets encryption keys are now automatically rotated when using shared memory in ssl_session_cache". */
export function rotatesTicketKeys(version: string): boolean {
  return versionAtLeast(version, '1.23.2');
}

/** 1.25.1: "the "ssl" directive" was removed (deprecated since 1.15.0); before that `ssl on;` made every listen TLS. */
export function hasSslDirective(version: string): boolean {
  return !versionAtLeast(version, '1.25.1');
}

/**
 * Whether a server chosen by SNI negotiates with its own `ssl_protocols`. Before 1.29.2 nginx switched to
 * the SNI server in OpenSSL's servername callback, after OpenSSL had chosen the version from the default
 * server's settings (nginx trac #844; seen on 1.22.1 in test/live); 1.29.2 selects the server in the
 * ClientHello callback, which OpenSSL has from 1.1.1 (nginx docs, `ssl_protocols`; nginx/nginx PR 562).
 */
export function protocolsPerServer(version: string, openssl: string): boolean {
  return versionAtLeast(version, '1.29.2') && openssl !== '1.0.2';
}

/** 1.29.3: the `add_header_inherit` directive. */
export function hasAddHeaderInherit(version: string): boolean {
  return versionAtLeast(version, '1.29.3');
}
