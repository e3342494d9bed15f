// What a server linked against OpenSSL really negotiates: the security-level filter and protocol range.
import type { CertificateInfo, TlsProtocol } from '../model/types.js';
import { TLS_PROTOCOLS } from '../model/types.js';
import type { OpenSslVersion } from './openssl-builds.js';
import type { CipherStringResult } from './cipher-string.js';
import type { SuiteFacts } from './suite-types.js';

// ssl/t1_lib.c ssl_security_default_callback: minimum bits of security per level 0..5.
const MIN_BITS = [0, 80, 112, 128, 192, 256];

/**
 * OpenSSL's security-level test for a TLS 1.2-and-below suite (SSL_SECOP_CIPHER_SUPPORTED in
 * ssl_security_default_callback): enough strength bits, no anonymous auth, no MD5 MAC, no SHA-1 MAC
 * above level 3, no RC4 from level 2, forward secrecy from level 3. 1.0.2 has no levels (null).
 */
export function securityLevelAllows(suite: SuiteFacts, level: number | null): boolean {
  if (level === null || level <= 0) return true;
  const minBits = MIN_BITS[Math.min(level, 5)];
  if (suite.strengthBits < minBits) return false;
  if (suite.au === 'aNULL' || suite.mac === 'MD5') return false;
  if (minBits > 160 && suite.mac === 'SHA1') return false;
  if (level >= 2 && suite.enc === 'RC4') return false;
  if (level >= 3 && !['kDHE', 'kECDHE', 'kDHEPSK', 'kECDHEPSK'].includes(suite.kx)) return false;
  return true;
}

/**
 * Suites a plain certificate-based server can never select: PSK and SRP need callbacks web servers do
 * not set (ssl_set_client_disabled; `openssl ciphers -s` drops them too).
 */
export function needsServerExtras(suite: SuiteFacts): boolean {
  return ['aPSK', 'aSRP'].includes(suite.au) || ['kPSK', 'kRSAPSK', 'kDHEPSK', 'kECDHEPSK', 'kSRP'].includes(suite.kx);
}

const PROTOCOL_INDEX = (p: TlsProtocol | 'SSLv3') => TLS_PROTOCOLS.indexOf(p);

/** True when the suite can be used with at least one of `protocols` (its min..max protocol range). */
export function suiteUsableWith(suite: SuiteFacts, protocols: readonly TlsProtocol[]): boolean {
  const min = PROTOCOL_INDEX(suite.minProtocol);
  const max = PROTOCOL_INDEX(suite.maxProtocol);
  return protocols.some((p) => PROTOCOL_INDEX(p) >= min && PROTOCOL_INDEX(p) <= max && p !== 'TLSv1.3');
}

/**
 * Protocols OpenSSL will really negotiate among the enabled ones. OpenSSL 3.0 rates the SHA-1 and
 * MD5-SHA1 signatures of SSLv3/TLS 1.0/TLS 1.1 below 80 bits, so any security level >= 1 refuses them
 * (CHANGES.md, 3.0: "SSL 3, TLS 1.0, TLS 1.1, and DTLS 1.0 only work at security level 0"; checked
 * against `openssl s_server`/`s_client` 3.0.19).
 */
export function negotiableProtocols(protocols: readonly TlsProtocol[], version: OpenSslVersion, level: number | null): TlsProtocol[] {
  const compiled = COMPILED_PROTOCOLS[version];
  const refused: readonly TlsProtocol[] = version === '3.0' && level !== null && level >= 1 ? ['SSLv3', 'TLSv1', 'TLSv1.1'] : [];
  return protocols.filter((p) => compiled.includes(p) && !refused.includes(p));
}

// Protocols of each default build: 1.1.0 dropped SSLv3 from the default build (no-ssl3), 1.1.1 added TLS 1.3.
const COMPILED_PROTOCOLS: Record<OpenSslVersion, readonly TlsProtocol[]> = {
  '3.0': ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
  '1.1.1': ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
  '1.0.2': ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'],
};

/** Options for {@link negotiableSuites}. */
export interface NegotiableOptions {
  /** Enabled protocol versions; default: every protocol the build has. */
  protocols?: readonly TlsProtocol[];
  /** Override the security level (default: the string's `@SECLEVEL` or the build default). */
  securityLevel?: number | null;
}

/**
 * The suites of an expansion a certificate-based server really offers at its security level and
 * protocols: the "negotiable at security level N" view (what `openssl ciphers -s` prints, restricted to
 * the enabled protocol versions).
 */
export function negotiableSuites(result: CipherStringResult, options: NegotiableOptions = {}): SuiteFacts[] {
  const level = options.securityLevel !== undefined ? options.securityLevel : result.securityLevel;
  const protocols = negotiableProtocols(options.protocols ?? TLS_PROTOCOLS, result.openssl, level);
  return result.suites.filter((s) => securityLevelAllows(s, level) && !needsServerExtras(s) && suiteUsableWith(s, protocols));
}

/** True when the suite can be used with a certificate of this key type (unknown: any). */
export function suiteFitsKeyType(suite: SuiteFacts, keyType: CertificateInfo['keyType']): boolean {
  if (keyType === 'unknown') return true;
  if (suite.au === 'aNULL') return true;
  if (suite.au === 'aRSA') return keyType === 'rsa';
  // RFC 8422: ECDSA suites also carry Ed25519/Ed448 certificates in TLS 1.2.
  if (suite.au === 'aECDSA') return keyType === 'ec' || keyType === 'ed25519' || keyType === 'ed448';
  if (suite.au === 'aDSS') return keyType === 'dsa';
  return false;
}
