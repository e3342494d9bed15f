// Go crypto/tls cipher suites (as Caddy configures them): IANA names, read into the OpenSSL suite facts.
import type { OpenSslVersion } from './openssl-builds.js';
import type { CipherStringResult, UnknownTerm } from './cipher-string.js';
import { KNOWN_SUITES } from './openssl-builds.js';
import type { SuiteFacts } from './suite-types.js';

// Go 1.19 crypto/tls/cipher_suites.go CipherSuites(): the suites Go does not call insecure, the only
// ones Caddy accepts (modules/caddytls/values.go SupportedCipherSuites; checked with caddy 2.6.2 validate).
export const GO_CIPHER_SUITES: readonly string[] = [
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
];

/** Go's TLS 1.3 suites: always on, never configurable (crypto/tls defaultCipherSuitesTLS13). */
export const GO_TLS13_SUITES: readonly string[] = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];

const GO_NAMES = new Set(GO_CIPHER_SUITES);
const FACTS_BY_IANA = new Map([...KNOWN_SUITES.values()].map((suite) => [suite.iana, suite]));

/** True when Go (and so Caddy) accepts `name` in a cipher suite list. */
export function isGoCipherSuite(name: string): boolean {
  return GO_NAMES.has(name);
}

/** The IANA name of an OpenSSL-style suite name (`ECDHE-RSA-AES128-GCM-SHA256`), if OpenSSL knows it. */
export function ianaNameOf(opensslName: string): string | undefined {
  return KNOWN_SUITES.get(opensslName)?.iana;
}

/**
 * Reads a `:`-separated list of Go suite names (the model's Go cipher value) as the cipher rules read an
 * OpenSSL expansion: the TLS 1.0-1.2 suites in the order given, each name Go does not know an unknown term.
 * TLS 1.3 names are accepted and change nothing. Go has no security levels and no cipher-string errors.
 */
export function expandGoSuites(list: string, openssl: OpenSslVersion): CipherStringResult {
  const suites: SuiteFacts[] = [];
  const unknownTerms: UnknownTerm[] = [];
  let offset = 0;
  for (const name of list.split(':')) {
    if (name !== '') {
      const facts = FACTS_BY_IANA.get(name);
      if (!GO_NAMES.has(name)) unknownTerms.push({ term: name, offset, reason: 'unknown', adds: true });
      else if (facts && !suites.includes(facts)) suites.push(facts);
    }
    offset += name.length + 1;
  }
  return { cipherString: list, openssl, suites, unknownTerms, securityLevel: null, error: null };
}
