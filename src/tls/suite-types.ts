// The vocabulary of OpenSSL's cipher-suite masks (ssl/ssl_local.h SSL_k*, SSL_a*, SSL_enc*, SSL_mac*), as string tokens.
import type { TlsProtocol } from '../model/types.js';

/** Key exchange (OpenSSL `algorithm_mkey`). kDHr/kDHd/kECDHr/kECDHe/kKRB5 exist only up to 1.0.2. */
export type KeyExchange =
  | 'kRSA' | 'kDHE' | 'kECDHE' | 'kPSK' | 'kRSAPSK' | 'kDHEPSK' | 'kECDHEPSK' | 'kSRP' | 'kGOST'
  | 'kDHr' | 'kDHd' | 'kECDHr' | 'kECDHe' | 'kKRB5' | 'kANY';

/** Server authentication (OpenSSL `algorithm_auth`). aDH/aECDH/aKRB5/aGOST94 exist only up to 1.0.2. */
export type Authentication =
  | 'aRSA' | 'aDSS' | 'aNULL' | 'aECDSA' | 'aPSK' | 'aSRP' | 'aGOST01' | 'aGOST12'
  | 'aDH' | 'aECDH' | 'aKRB5' | 'aGOST94' | 'aANY';

/** Bulk encryption (OpenSSL `algorithm_enc`). */
export type Encryption =
  | 'DES' | '3DES' | 'RC4' | 'RC2' | 'IDEA' | 'eNULL' | 'AES128' | 'AES256' | 'CAMELLIA128' | 'CAMELLIA256'
  | 'GOST89' | 'GOST8912' | 'SEED' | 'AES128GCM' | 'AES256GCM' | 'AES128CCM' | 'AES256CCM' | 'AES128CCM8'
  | 'AES256CCM8' | 'CHACHA20POLY1305' | 'ARIA128GCM' | 'ARIA256GCM';

/** Record MAC (OpenSSL `algorithm_mac`); AEAD suites have none. */
export type Mac = 'MD5' | 'SHA1' | 'GOST94' | 'GOST89MAC' | 'SHA256' | 'SHA384' | 'GOST12' | 'GOST89MAC12' | 'AEAD';

/**
 * OpenSSL's `algo_strength` flags. 1.0.2 adds the export grades (EXPORT, EXP40, EXP56, NOT_EXP);
 * NOT_DEFAULT (1.1.0+) marks suites left out of DEFAULT.
 */
export type StrengthFlag = 'STRONG_NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'FIPS' | 'NOT_DEFAULT' | 'EXPORT' | 'EXP40' | 'EXP56' | 'NOT_EXP';

/** The lowest protocol a TLS 1.2-and-below suite can be used with (OpenSSL `min_tls`). */
export type SuiteMinProtocol = 'SSLv3' | 'TLSv1' | 'TLSv1.2';

/** One TLS 1.0-1.2 cipher suite with what OpenSSL knows about it. */
export interface SuiteFacts {
  /** Two-byte IANA code point, e.g. 0xC02F. */
  code: number;
  /** OpenSSL's name, e.g. `ECDHE-RSA-AES128-GCM-SHA256`. */
  openssl: string;
  /** IANA (RFC) name, e.g. `TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`. */
  iana: string;
  minProtocol: SuiteMinProtocol;
  /** Highest protocol the suite may be negotiated at (IDEA and single DES stop at TLS 1.1). */
  maxProtocol: TlsProtocol;
  kx: KeyExchange;
  au: Authentication;
  enc: Encryption;
  mac: Mac;
  /** OpenSSL `strength_bits`: effective security, used by @STRENGTH and security levels. */
  strengthBits: number;
  /** OpenSSL `alg_bits`: the cipher's key size. */
  algBits: number;
  flags: readonly StrengthFlag[];
}

/** Builds a suite entry from a table row; `flags` is space-separated. */
export function suite(
  code: number, openssl: string, iana: string, minProtocol: SuiteMinProtocol, kx: KeyExchange, au: Authentication,
  enc: Encryption, mac: Mac, bits: number, flags: string, extra: Partial<Pick<SuiteFacts, 'algBits' | 'maxProtocol'>> = {},
): SuiteFacts {
  return {
    code, openssl, iana, minProtocol, kx, au, enc, mac,
    maxProtocol: extra.maxProtocol ?? 'TLSv1.2',
    strengthBits: bits,
    algBits: extra.algBits ?? bits,
    flags: flags.split(' ').filter(Boolean) as StrengthFlag[],
  };
}

/** A TLS 1.3 suite: configured apart from the cipher string (OpenSSL `Ciphersuites`). */
export interface Tls13Suite {
  code: number;
  /** OpenSSL uses the IANA name for TLS 1.3 suites. */
  name: string;
  enc: Encryption;
  strengthBits: number;
}

/** Renders a code point the way `openssl ciphers -V` does: `0xC0,0x2F`. */
export function formatCode(code: number): string {
  const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return `${hex(code >> 8)},${hex(code & 0xff)}`;
}
