// OpenSSL's cipher-string aliases (ssl/ssl_ciph.c cipher_aliases[]) as token sets, per OpenSSL version.
import type { Authentication, Encryption, KeyExchange, Mac, StrengthFlag, SuiteMinProtocol } from './suite-types.js';

/** One alias: each present component restricts suites to the listed tokens, like OpenSSL's masks. */
export interface AliasDef {
  name: string;
  kx?: readonly KeyExchange[];
  au?: readonly Authentication[];
  enc?: readonly Encryption[];
  mac?: readonly Mac[];
  /** Protocol aliases (`TLSv1.2`) select suites whose minimum protocol equals this one. */
  minProtocol?: SuiteMinProtocol | 'SSLv2';
  /** algo_strength bits the alias selects on (HIGH, NOT_DEFAULT, ...). */
  strength?: readonly StrengthFlag[];
}

export const ALL_KX: readonly KeyExchange[] = ['kRSA', 'kDHE', 'kECDHE', 'kPSK', 'kRSAPSK', 'kDHEPSK', 'kECDHEPSK', 'kSRP', 'kGOST', 'kDHr', 'kDHd', 'kECDHr', 'kECDHe', 'kKRB5'];
export const ALL_AU: readonly Authentication[] = ['aRSA', 'aDSS', 'aNULL', 'aECDSA', 'aPSK', 'aSRP', 'aGOST01', 'aGOST12', 'aDH', 'aECDH', 'aKRB5', 'aGOST94'];
export const ALL_ENC: readonly Encryption[] = [
  'DES', '3DES', 'RC4', 'RC2', 'IDEA', 'eNULL', 'AES128', 'AES256', 'CAMELLIA128', 'CAMELLIA256', 'GOST89', 'GOST8912', 'SEED',
  'AES128GCM', 'AES256GCM', 'AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8', 'CHACHA20POLY1305', 'ARIA128GCM', 'ARIA256GCM',
];

const allBut = <T>(all: readonly T[], ...not: T[]): T[] => all.filter((t) => !not.includes(t));

const AES_GCM: Encryption[] = ['AES128GCM', 'AES256GCM'];
const AES_CCM: Encryption[] = ['AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8'];
const PSK_KX: KeyExchange[] = ['kPSK', 'kECDHEPSK', 'kDHEPSK', 'kRSAPSK'];

/** OpenSSL 1.1.1's cipher_aliases[] (ssl/ssl_ciph.c, OpenSSL_1_1_1 branch). */
export const ALIASES_111: readonly AliasDef[] = [
  // "ALL" doesn't include eNULL (must be specifically enabled)
  { name: 'ALL', enc: allBut(ALL_ENC, 'eNULL') },
  { name: 'COMPLEMENTOFALL', enc: ['eNULL'] },
  // "COMPLEMENTOFDEFAULT" (does *not* include ciphersuites not found in ALL!)
  { name: 'COMPLEMENTOFDEFAULT', strength: ['NOT_DEFAULT'] },
  { name: 'kRSA', kx: ['kRSA'] },
  { name: 'kEDH', kx: ['kDHE'] },
  { name: 'kDHE', kx: ['kDHE'] },
  { name: 'DH', kx: ['kDHE'] },
  { name: 'kEECDH', kx: ['kECDHE'] },
  { name: 'kECDHE', kx: ['kECDHE'] },
  { name: 'ECDH', kx: ['kECDHE'] },
  { name: 'kPSK', kx: ['kPSK'] },
  { name: 'kRSAPSK', kx: ['kRSAPSK'] },
  { name: 'kECDHEPSK', kx: ['kECDHEPSK'] },
  { name: 'kDHEPSK', kx: ['kDHEPSK'] },
  { name: 'kSRP', kx: ['kSRP'] },
  { name: 'kGOST', kx: ['kGOST'] },
  { name: 'aRSA', au: ['aRSA'] },
  { name: 'aDSS', au: ['aDSS'] },
  { name: 'DSS', au: ['aDSS'] },
  { name: 'aNULL', au: ['aNULL'] },
  { name: 'aECDSA', au: ['aECDSA'] },
  { name: 'ECDSA', au: ['aECDSA'] },
  { name: 'aPSK', au: ['aPSK'] },
  { name: 'aGOST01', au: ['aGOST01'] },
  { name: 'aGOST12', au: ['aGOST12'] },
  { name: 'aGOST', au: ['aGOST01', 'aGOST12'] },
  { name: 'aSRP', au: ['aSRP'] },
  { name: 'EDH', kx: ['kDHE'], au: allBut(ALL_AU, 'aNULL') },
  { name: 'DHE', kx: ['kDHE'], au: allBut(ALL_AU, 'aNULL') },
  { name: 'EECDH', kx: ['kECDHE'], au: allBut(ALL_AU, 'aNULL') },
  { name: 'ECDHE', kx: ['kECDHE'], au: allBut(ALL_AU, 'aNULL') },
  { name: 'NULL', enc: ['eNULL'] },
  { name: 'RSA', kx: ['kRSA'], au: ['aRSA'] },
  { name: 'ADH', kx: ['kDHE'], au: ['aNULL'] },
  { name: 'AECDH', kx: ['kECDHE'], au: ['aNULL'] },
  { name: 'PSK', kx: PSK_KX },
  { name: 'SRP', kx: ['kSRP'] },
  { name: '3DES', enc: ['3DES'] },
  { name: 'RC4', enc: ['RC4'] },
  { name: 'RC2', enc: ['RC2'] },
  { name: 'IDEA', enc: ['IDEA'] },
  { name: 'SEED', enc: ['SEED'] },
  { name: 'eNULL', enc: ['eNULL'] },
  { name: 'GOST89', enc: ['GOST89', 'GOST8912'] },
  { name: 'AES128', enc: ['AES128', 'AES128GCM', 'AES128CCM', 'AES128CCM8'] },
  { name: 'AES256', enc: ['AES256', 'AES256GCM', 'AES256CCM', 'AES256CCM8'] },
  { name: 'AES', enc: ['AES128', 'AES256', ...AES_GCM, ...AES_CCM] },
  { name: 'AESGCM', enc: AES_GCM },
  { name: 'AESCCM', enc: AES_CCM },
  { name: 'AESCCM8', enc: ['AES128CCM8', 'AES256CCM8'] },
  { name: 'CAMELLIA128', enc: ['CAMELLIA128'] },
  { name: 'CAMELLIA256', enc: ['CAMELLIA256'] },
  { name: 'CAMELLIA', enc: ['CAMELLIA128', 'CAMELLIA256'] },
  { name: 'CHACHA20', enc: ['CHACHA20POLY1305'] },
  { name: 'ARIA', enc: ['ARIA128GCM', 'ARIA256GCM'] },
  { name: 'ARIAGCM', enc: ['ARIA128GCM', 'ARIA256GCM'] },
  { name: 'ARIA128', enc: ['ARIA128GCM'] },
  { name: 'ARIA256', enc: ['ARIA256GCM'] },
  { name: 'MD5', mac: ['MD5'] },
  { name: 'SHA1', mac: ['SHA1'] },
  { name: 'SHA', mac: ['SHA1'] },
  { name: 'GOST94', mac: ['GOST94'] },
  { name: 'GOST89MAC', mac: ['GOST89MAC', 'GOST89MAC12'] },
  { name: 'SHA256', mac: ['SHA256'] },
  { name: 'SHA384', mac: ['SHA384'] },
  { name: 'GOST12', mac: ['GOST12'] },
  { name: 'SSLv3', minProtocol: 'SSLv3' },
  { name: 'TLSv1', minProtocol: 'TLSv1' },
  { name: 'TLSv1.0', minProtocol: 'TLSv1' },
  { name: 'TLSv1.2', minProtocol: 'TLSv1.2' },
  { name: 'LOW', strength: ['LOW'] },
  { name: 'MEDIUM', strength: ['MEDIUM'] },
  { name: 'HIGH', strength: ['HIGH'] },
  // FIPS 140-2 approved ciphersuite
  { name: 'FIPS', enc: allBut(ALL_ENC, 'eNULL'), strength: ['FIPS'] },
  // "EDH-" aliases to "DHE-" labels (for backward compatibility); still flagged HIGH although 3DES is MEDIUM.
  { name: 'EDH-DSS-DES-CBC3-SHA', kx: ['kDHE'], au: ['aDSS'], enc: ['3DES'], mac: ['SHA1'], strength: ['HIGH', 'FIPS'] },
  { name: 'EDH-RSA-DES-CBC3-SHA', kx: ['kDHE'], au: ['aRSA'], enc: ['3DES'], mac: ['SHA1'], strength: ['HIGH', 'FIPS'] },
];

/**
 * OpenSSL 3.0: 1.1.1's aliases plus `CBC` (SSL_CBC) and the GOST 2018 names, which match
 * nothing without a GOST engine (ssl/ssl_ciph.c, openssl-3.0 branch). Proven by the differential test.
 */
export const ALIASES_30: readonly AliasDef[] = [
  ...ALIASES_111.slice(0, -2),
  { name: 'CBC', enc: ['DES', '3DES', 'RC2', 'IDEA', 'AES128', 'AES256', 'CAMELLIA128', 'CAMELLIA256', 'SEED'] },
  { name: 'kGOST18', kx: ['kGOST'] },
  { name: 'MAGMA', enc: ['GOST89'] },
  { name: 'KUZNYECHIK', enc: ['GOST8912'] },
  ...ALIASES_111.slice(-2),
];

const NOT_111_IN_102 = new Set(['kECDHEPSK', 'kDHEPSK', 'kRSAPSK', 'aGOST12', 'aGOST', 'AESCCM', 'AESCCM8', 'CHACHA20', 'ARIA', 'ARIAGCM', 'ARIA128', 'ARIA256', 'GOST12', 'TLSv1.0', 'kGOST', 'EDH-DSS-DES-CBC3-SHA', 'EDH-RSA-DES-CBC3-SHA', 'ALL', 'COMPLEMENTOFDEFAULT', 'PSK', 'DH', 'ECDH', 'LOW', 'MEDIUM', 'HIGH', 'FIPS']);

/**
 * OpenSSL 1.0.2's aliases (ssl/ssl_ciph.c, OpenSSL_1_0_2 branch): static DH/ECDH, Kerberos, SSLv2
 * and the EXPORT grades; COMPLEMENTOFDEFAULT means the anonymous (EC)DH suites. Not proven by a test.
 */
export const ALIASES_102: readonly AliasDef[] = [
  { name: 'ALL', enc: allBut(ALL_ENC, 'eNULL') },
  { name: 'COMPLEMENTOFDEFAULT', kx: ['kDHE', 'kECDHE'], au: ['aNULL'], enc: allBut(ALL_ENC, 'eNULL') },
  ...ALIASES_111.filter((a) => !NOT_111_IN_102.has(a.name)),
  { name: 'kDHr', kx: ['kDHr'] },
  { name: 'kDHd', kx: ['kDHd'] },
  { name: 'kDH', kx: ['kDHr', 'kDHd'] },
  { name: 'DH', kx: ['kDHr', 'kDHd', 'kDHE'] },
  { name: 'kKRB5', kx: ['kKRB5'] },
  { name: 'kECDHr', kx: ['kECDHr'] },
  { name: 'kECDHe', kx: ['kECDHe'] },
  { name: 'kECDH', kx: ['kECDHr', 'kECDHe'] },
  { name: 'ECDH', kx: ['kECDHr', 'kECDHe', 'kECDHE'] },
  { name: 'kGOST', kx: ['kGOST'] },
  { name: 'aKRB5', au: ['aKRB5'] },
  { name: 'aDH', au: ['aDH'] },
  { name: 'aECDH', au: ['aECDH'] },
  { name: 'aGOST94', au: ['aGOST94'] },
  { name: 'aGOST', au: ['aGOST94', 'aGOST01'] },
  { name: 'KRB5', kx: ['kKRB5'], au: ['aKRB5'] },
  { name: 'PSK', kx: ['kPSK'], au: ['aPSK'] },
  { name: 'DES', enc: ['DES'] },
  { name: 'SSLv2', minProtocol: 'SSLv2' },
  { name: 'EXP', strength: ['EXPORT'] },
  { name: 'EXPORT', strength: ['EXPORT'] },
  { name: 'EXPORT40', strength: ['EXP40'] },
  { name: 'EXPORT56', strength: ['EXP56'] },
  { name: 'LOW', strength: ['LOW'] },
  { name: 'MEDIUM', strength: ['MEDIUM'] },
  { name: 'HIGH', strength: ['HIGH'] },
  { name: 'FIPS', strength: ['FIPS'] },
];
