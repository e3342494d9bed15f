// Parses OpenSSL's TLS 1.3 `Ciphersuites` value (SSL_CTX_set_ciphersuites), which the cipher string never touches.
import type { OpenSslVersion } from './openssl-builds.js';
import { getBuild, KNOWN_SUITES, TLS13_BY_NAME } from './openssl-builds.js';
import type { SuiteFacts, Tls13Suite } from './suite-types.js';
import type { UnknownTerm } from './cipher-string.js';

/** The TLS 1.3 suites a `Ciphersuites` value enables. */
export interface CiphersuitesResult {
  value: string;
  openssl: OpenSslVersion;
  /** TLS 1.3 suites in the configured order (OpenSSL keeps duplicates). */
  suites: readonly Tls13Suite[];
  /** TLS 1.2 suites named by their IANA name: OpenSSL accepts them here and puts them first in the list. */
  misplaced: readonly SuiteFacts[];
  unknownTerms: readonly UnknownTerm[];
  /** `no cipher match` like OpenSSL: 3.0 when nothing matched, 1.1.1 on any unknown name, 1.0.2 always (no TLS 1.3). */
  error: string | null;
}

const BY_IANA = new Map([...KNOWN_SUITES.values()].map((s) => [s.iana, s]));

interface Element {
  text: string;
  offset: number;
}

/** CONF_parse_list(str, ':', 1, ...): split on `:` only, trim spaces, skip empty elements. */
function elements(value: string): Element[] {
  const out: Element[] = [];
  let offset = 0;
  for (const raw of value.split(':')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') out.push({ text, offset: offset + lead });
    offset += raw.length + 1;
  }
  return out;
}

/**
 * Parses a TLS 1.3 `Ciphersuites` value as OpenSSL `version` does (ssl/ssl_ciph.c set_ciphersuites,
 * ciphersuite_cb). An empty value is allowed and disables TLS 1.3 suites.
 */
export function parseCiphersuites(value: string, version: OpenSslVersion = '3.0'): CiphersuitesResult {
  const build = getBuild(version);
  const suites: Tls13Suite[] = [];
  const misplaced: SuiteFacts[] = [];
  const unknownTerms: UnknownTerm[] = [];
  for (const { text, offset } of elements(value)) {
    const tls13 = build.tls13Suites.length > 0 ? TLS13_BY_NAME.get(text) : undefined;
    const tls12 = build.tls13Suites.length > 0 ? BY_IANA.get(text) : undefined;
    if (tls13) suites.push(tls13);
    else if (tls12 && build.suites.includes(tls12)) misplaced.push(tls12);
    else unknownTerms.push({ term: text, offset, reason: TLS13_BY_NAME.has(text) || BY_IANA.has(text) ? 'not-in-build' : 'unknown', adds: true });
  }
  const matched = suites.length + misplaced.length;
  const failed = value.trim() !== '' && (build.tls13Suites.length === 0 || matched === 0 || (!build.tls13SkipsUnknown && unknownTerms.length > 0));
  return { value, openssl: version, suites, misplaced, unknownTerms, error: failed ? 'no cipher match' : null };
}

/** The TLS 1.3 suites OpenSSL `version` enables when `Ciphersuites` is not set. */
export function defaultCiphersuites(version: OpenSslVersion = '3.0'): readonly Tls13Suite[] {
  return getBuild(version).tls13Default.map((name) => TLS13_BY_NAME.get(name)!);
}

/** The default `Ciphersuites` value as a string (empty for 1.0.2). */
export function defaultCiphersuitesString(version: OpenSslVersion = '3.0'): string {
  return getBuild(version).tls13Default.join(':');
}
