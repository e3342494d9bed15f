// Caddy and Go crypto/tls facts the model needs: the version tlslint knows, protocol, suite and curve names.
import type { TlsProtocol } from '../../model/types.js';
import { lookupTable } from '../lookup-table.js';

/** Debian 12's caddy package (2.6.2, built with Go 1.19): the version tlslint checks against. */
export const CADDY_DEFAULT_VERSION = '2.6.2';

/**
 * The first Caddy whose `import` fills `{args[N]}` and the variadic `{args[a:b]}` (caddyconfig/caddyfile/
 * importargs.go); 2.6 fills only `{args.N}`.
 */
export const IMPORT_ARG_BRACKETS_SINCE = '2.7.0';

/**
 * The first Caddy whose `header` directive reads `>Field value` as a deferred set (modules/caddyhttp/headers/
 * caddyfile.go, caddyserver/caddy#5535, first in 2.7.0-beta.1); 2.6 sets a field literally named `>Field`.
 */
export const HEADER_DEFER_PREFIX_SINCE = '2.7.0';

/**
 * The first Caddy that refuses on-demand TLS for an unbounded policy (no host names, or a wildcard) with a
 * public issuer unless the global `on_demand_tls` names `ask` or a `permission` module
 * (modules/caddytls/automation.go: "on-demand TLS cannot be enabled without a permission module").
 */
export const ON_DEMAND_PERMISSION_SINCE = '2.8.0';

/** The first Caddy whose Caddyfile lexer reads heredocs (`<<EOF`). */
export const HEREDOC_SINCE = '2.7.0';

// caddy: modules/caddytls/values.go SupportedProtocols: "tls1.2" and "tls1.3" only (tls1.0, tls1.1 and
// ssl3.0 are refused: "Wrong protocol name or protocol not supported"; checked with caddy 2.6.2 validate).
export const CADDY_PROTOCOLS = lookupTable<TlsProtocol>({ 'tls1.2': 'TLSv1.2', 'tls1.3': 'TLSv1.3' });

// caddy: modules/caddytls/connpolicy.go: with no cipher_suites, Caddy uses getOptimalDefaultCipherSuites
// (crypto/tls.go): ECDHE with AES-GCM and ChaCha20-Poly1305 only (AES first on CPUs with AES-NI).
export const CADDY_DEFAULT_CIPHERS: readonly string[] = [
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
];

// caddy: modules/caddytls/values.go SupportedCurves (lower case; checked with caddy 2.6.2 validate).
export const GO_CURVES: ReadonlySet<string> = new Set(['x25519', 'secp256r1', 'secp384r1', 'secp521r1']);

