// How Caddy users name what the rules speak of: Caddyfile directives and `tls` subdirectives.
import type { DialectNames, NamedSetting } from '../dialect.js';
import type { SettingLevel } from '../../model/types.js';
import { jsonPaths } from './json-sources.js';

// caddy: caddyconfig/httpcaddyfile/builtins.go parseTLS (subdirectives of `tls { }`).
const SETTINGS: Record<NamedSetting, string> = {
  protocols: 'protocols',
  ciphers: 'ciphers',
  // Go's crypto/tls does not let TLS 1.3 suites be chosen.
  ciphersuites: 'ciphers',
  // Caddy has no switch for session tickets in the Caddyfile (JSON: session_tickets.disabled).
  sessionTickets: 'session_tickets',
  stapling: 'ocsp_stapling',
  certificate: 'tls',
  certificateKey: 'tls',
  certificateChain: 'tls',
  dhparam: 'tls',
  listen: 'site address',
  // Go's crypto/tls has neither TLS compression nor insecure renegotiation to turn on.
  compression: 'tls',
  insecureRenegotiation: 'tls',
};

const LEVELS: Record<SettingLevel, string> = {
  default: 'Caddy\'s defaults',
  global: 'the global options',
  endpoint: 'the site block',
  path: 'the enclosing handle or route',
};

// caddy: modules/caddytls/connpolicy.go and tls.go: where Caddy's JSON config holds the same settings.
const JSON_SETTINGS: Partial<Record<NamedSetting, string>> = {
  ciphers: 'cipher_suites',
  ciphersuites: 'cipher_suites',
  certificate: 'apps.tls.certificates.load_files',
  certificateKey: 'apps.tls.certificates.load_files',
  certificateChain: 'apps.tls.certificates.load_files',
  listen: 'listen',
};

export const caddyNames: DialectNames = {
  server: 'Caddy',
  // A finding in a JSON config names the JSON field (`at` is where it is reported).
  setting: (key, at) => (at && jsonPaths.has(at.file) ? JSON_SETTINGS[key] : undefined) ?? SETTINGS[key],
  headerDirective: 'header',
  // Caddy's `header` is applied on every status; there is no keyword to add.
  alwaysKeyword: '',
  level: (level) => LEVELS[level],
  upstreamVerify(upstream) {
    // caddy: modules/caddyhttp/reverseproxy/httptransport.go TLSConfig: `insecure_skip_verify` (JSON) or
    // `tls_insecure_skip_verify` in `transport http` (Caddyfile) turns verification off; `root_ca_pem_files`
    // (`tls_trusted_ca_certs`) names a private CA.
    if (jsonPaths.has(upstream.source.file)) return 'no "insecure_skip_verify": true in the transport\'s "tls" (and "root_ca_pem_files" for a private CA)';
    return 'no "tls_insecure_skip_verify" (and "tls_trusted_ca_certs" for a private CA)';
  },
  clientAuthVerify(clientAuth) {
    // caddy: modules/caddytls/connpolicy.go: verify_if_given and require_and_verify check the certificate
    // against the trusted CAs (a JSON config names them in trusted_ca_certs_pem_files).
    const mode = clientAuth.mode === 'optional' ? 'verify_if_given' : 'require_and_verify';
    if (clientAuth.source && jsonPaths.has(clientAuth.source.file)) return `"mode": "${mode}" with "trusted_ca_certs_pem_files"`;
    return `"mode ${mode}" with "trusted_ca_cert_file"`;
  },
  deprecated(deprecated) {
    return { written: deprecated.key, since: 'Caddy 2', removedIn: null, instead: 'the Caddy 2 syntax' };
  },
};
