// Per-version OpenSSL build tables: which suites a default build has, what its aliases and DEFAULT mean.
import { ALIASES_102, ALIASES_111, ALIASES_30, type AliasDef } from './cipher-aliases.js';
import type { KeyExchange, StrengthFlag, SuiteFacts, SuiteMinProtocol, Tls13Suite } from './suite-types.js';
import { OPENSSL_30_SUITES } from './suites-3.0.data.js';
import { OPENSSL_102_ONLY_SUITES, OPENSSL_102_RENAMES, OPENSSL_111_ONLY_SUITES, OPENSSL_111_OPTIONAL_SUITES } from './suites-legacy.data.js';

/** The OpenSSL versions whose default builds tlslint knows: the one list CLI, schema and docs take. */
export const OPENSSL_VERSIONS = ['3.0', '1.1.1', '1.0.2'] as const;

export type OpenSslVersion = (typeof OPENSSL_VERSIONS)[number];

/** OpenSSL's own TLS 1.3 suite list (TLS_DEFAULT_CIPHERSUITES), which servers keep unless configured otherwise. */
export const OPENSSL_DEFAULT_CIPHERSUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';

/** One `ssl_cipher_apply_rule` call of the built-in preference ordering (ssl_create_cipher_list). */
export interface OrderStep {
  action: 'ADD' | 'DEL' | 'ORD' | 'BUMP' | 'STRENGTH';
  select?: Omit<AliasDef, 'name'>;
}

/** What one OpenSSL version's default build knows and does. */
export interface OpenSslBuild {
  version: OpenSslVersion;
  /** Suites compiled into the default build, in descending code-point order (ssl3_get_cipher). */
  suites: readonly SuiteFacts[];
  aliases: readonly AliasDef[];
  /** SSL_DEFAULT_CIPHER_LIST, substituted when a string starts with `DEFAULT`. */
  defaultCipherList: string;
  /** The algo_strength groups that combine like OpenSSL's SSL_STRONG_MASK / SSL_DEFAULT_MASK (1.0.2: SSL_EXP_MASK). */
  strengthGroups: readonly (readonly StrengthFlag[])[];
  /** 1.1.0+: the first STRONG_MASK alias of a `+` term overwrites (not ors) earlier DEFAULT_MASK bits. */
  strongOverwrites: boolean;
  /** The built-in preference order applied before the string (ssl_create_cipher_list). */
  order: readonly OrderStep[];
  /** Security level of a default context; null when the version has none (1.0.2). */
  defaultSecurityLevel: number | null;
  /** TLS 1.3 suites and the default `Ciphersuites` value; empty when TLS 1.3 is unsupported. */
  tls13Suites: readonly Tls13Suite[];
  tls13Default: readonly string[];
  /** Whether unknown names in `Ciphersuites` are skipped (3.0) or reject the whole value (1.1.1). */
  tls13SkipsUnknown: boolean;
}

const byCodeDescending = (a: SuiteFacts, b: SuiteFacts) => b.code - a.code;

const ECDHE: KeyExchange[] = ['kECDHE'];
const EPHEMERAL: KeyExchange[] = ['kDHE', 'kECDHE'];

/** ssl_create_cipher_list's preference ordering in 1.1.1 and 3.0 (ssl/ssl_ciph.c). */
const ORDER_111: readonly OrderStep[] = [
  { action: 'ADD', select: { kx: ECDHE, au: ['aECDSA'] } },
  { action: 'ADD', select: { kx: ECDHE } },
  { action: 'DEL', select: { kx: ECDHE } },
  // Within each strength group, we prefer GCM over CHACHA...
  { action: 'ADD', select: { enc: ['AES128GCM', 'AES256GCM'] } },
  { action: 'ADD', select: { enc: ['CHACHA20POLY1305'] } },
  // ...and generally, our preferred cipher is AES (SSL_AES ^ SSL_AESGCM).
  { action: 'ADD', select: { enc: ['AES128', 'AES256', 'AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8'] } },
  { action: 'ADD' },
  { action: 'ORD', select: { mac: ['MD5'] } },
  { action: 'ORD', select: { au: ['aNULL'] } },
  { action: 'ORD', select: { kx: ['kRSA'] } },
  { action: 'ORD', select: { kx: ['kPSK'] } },
  { action: 'ORD', select: { enc: ['RC4'] } },
  { action: 'STRENGTH' },
  // Partially overrule strength sort to prefer TLS 1.2 ciphers/PRFs, then (EC)DHE + AEAD > (EC)DHE > AEAD > rest.
  { action: 'BUMP', select: { minProtocol: 'TLSv1.2' } },
  { action: 'BUMP', select: { mac: ['AEAD'] } },
  { action: 'BUMP', select: { kx: EPHEMERAL } },
  { action: 'BUMP', select: { kx: EPHEMERAL, mac: ['AEAD'] } },
  { action: 'DEL' },
];

/** ssl_create_cipher_list's preference ordering in 1.0.2. */
const ORDER_102: readonly OrderStep[] = [
  { action: 'ADD', select: { kx: ECDHE, au: ['aECDSA'] } },
  { action: 'ADD', select: { kx: ECDHE } },
  { action: 'DEL', select: { kx: ECDHE } },
  { action: 'ADD', select: { enc: ['AES128', 'AES256', 'AES128GCM', 'AES256GCM'] } },
  { action: 'ADD' },
  { action: 'ORD', select: { mac: ['MD5'] } },
  { action: 'ORD', select: { au: ['aNULL'] } },
  { action: 'ORD', select: { au: ['aECDH'] } },
  { action: 'ORD', select: { kx: ['kRSA'] } },
  { action: 'ORD', select: { kx: ['kPSK'] } },
  { action: 'ORD', select: { kx: ['kKRB5'] } },
  { action: 'ORD', select: { enc: ['RC4'] } },
  { action: 'STRENGTH' },
  { action: 'DEL' },
];

/** TLS 1.3 suites (ssl/s3_lib.c tls13_ciphers[]); CCM ones are compiled in but not in the default list. */
const TLS13_SUITES: readonly Tls13Suite[] = [
  { code: 0x1301, name: 'TLS_AES_128_GCM_SHA256', enc: 'AES128GCM', strengthBits: 128 },
  { code: 0x1302, name: 'TLS_AES_256_GCM_SHA384', enc: 'AES256GCM', strengthBits: 256 },
  { code: 0x1303, name: 'TLS_CHACHA20_POLY1305_SHA256', enc: 'CHACHA20POLY1305', strengthBits: 256 },
  { code: 0x1304, name: 'TLS_AES_128_CCM_SHA256', enc: 'AES128CCM', strengthBits: 128 },
  { code: 0x1305, name: 'TLS_AES_128_CCM_8_SHA256', enc: 'AES128CCM8', strengthBits: 128 },
];

/** TLS_DEFAULT_CIPHERSUITES (include/openssl/ssl.h.in), the order `openssl ciphers -s` prints. */
const TLS13_DEFAULT = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256'];

const STRENGTH_GROUPS_111: StrengthFlag[][] = [['STRONG_NONE', 'LOW', 'MEDIUM', 'HIGH', 'FIPS'], ['NOT_DEFAULT']];

const BUILD_30: OpenSslBuild = {
  version: '3.0',
  suites: [...OPENSSL_30_SUITES].sort(byCodeDescending),
  aliases: ALIASES_30,
  defaultCipherList: 'ALL:!COMPLEMENTOFDEFAULT:!eNULL',
  strengthGroups: STRENGTH_GROUPS_111,
  strongOverwrites: true,
  order: ORDER_111,
  // Debian and most distributions build 3.0 with -DOPENSSL_TLS_SECURITY_LEVEL=2 (upstream's default is 1).
  defaultSecurityLevel: 2,
  tls13Suites: TLS13_SUITES,
  tls13Default: TLS13_DEFAULT,
  tls13SkipsUnknown: true,
};

const BUILD_111: OpenSslBuild = {
  ...BUILD_30,
  version: '1.1.1',
  suites: [...OPENSSL_30_SUITES, ...OPENSSL_111_ONLY_SUITES].sort(byCodeDescending),
  aliases: ALIASES_111,
  defaultSecurityLevel: 1,
  tls13SkipsUnknown: false,
};

/** Suites of the 3.0 table that 1.1.0 added (CHACHA20, CCM, ARIA, the PSK families, SHA-2 CAMELLIA). */
function existedIn102(suite: SuiteFacts): boolean {
  if (['CHACHA20POLY1305', 'ARIA128GCM', 'ARIA256GCM', 'AES128CCM', 'AES256CCM', 'AES128CCM8', 'AES256CCM8'].includes(suite.enc)) return false;
  if (['kECDHEPSK', 'kDHEPSK', 'kRSAPSK'].includes(suite.kx)) return false;
  if (suite.kx === 'kPSK') return suite.code === 0x008c || suite.code === 0x008d;
  if (suite.enc.startsWith('CAMELLIA')) return suite.mac === 'SHA1';
  return true;
}

/** 1.0.2 has no NOT_DEFAULT and marks every non-export suite NOT_EXP. */
function as102(suite: SuiteFacts): SuiteFacts {
  const flags = suite.flags.filter((f) => f !== 'NOT_DEFAULT');
  const renamed = OPENSSL_102_RENAMES[suite.openssl];
  return { ...suite, openssl: renamed ?? suite.openssl, flags: flags.includes('EXPORT') || flags.includes('NOT_EXP') ? flags : ['NOT_EXP', ...flags] };
}

const BUILD_102: OpenSslBuild = {
  version: '1.0.2',
  suites: [
    ...OPENSSL_30_SUITES.filter(existedIn102),
    ...OPENSSL_111_ONLY_SUITES.filter(existedIn102),
    ...OPENSSL_111_OPTIONAL_SUITES.filter((s) => s.enc === 'RC4' && existedIn102(s)),
    ...OPENSSL_102_ONLY_SUITES,
  ].map(as102).sort(byCodeDescending),
  aliases: ALIASES_102,
  defaultCipherList: 'ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2',
  strengthGroups: [['EXP40', 'EXP56', 'LOW', 'MEDIUM', 'HIGH', 'FIPS', 'STRONG_NONE'], ['NOT_EXP', 'EXPORT']],
  strongOverwrites: false,
  order: ORDER_102,
  defaultSecurityLevel: null,
  tls13Suites: [],
  tls13Default: [],
  tls13SkipsUnknown: false,
};

const BUILDS: Record<OpenSslVersion, OpenSslBuild> = { '3.0': BUILD_30, '1.1.1': BUILD_111, '1.0.2': BUILD_102 };

/** The build table of `version`. */
export function getBuild(version: OpenSslVersion): OpenSslBuild {
  return BUILDS[version];
}

/** Every TLS 1.0-1.2 suite any supported version knows, by OpenSSL name (1.0.2 spellings included). */
export const KNOWN_SUITES: ReadonlyMap<string, SuiteFacts> = firstByName([
  ...OPENSSL_30_SUITES, ...OPENSSL_111_ONLY_SUITES, ...OPENSSL_111_OPTIONAL_SUITES, ...OPENSSL_102_ONLY_SUITES, ...BUILD_102.suites,
]);

/** The newest version's facts win: 1.0.2 copies only add their `EDH-` spellings. */
function firstByName(suites: readonly SuiteFacts[]): Map<string, SuiteFacts> {
  const map = new Map<string, SuiteFacts>();
  for (const suite of suites) if (!map.has(suite.openssl)) map.set(suite.openssl, suite);
  return map;
}

/** Every alias name any supported version knows. */
export const KNOWN_ALIASES: ReadonlySet<string> = new Set([...ALIASES_30, ...ALIASES_111, ...ALIASES_102].map((a) => a.name));

/** The protocols, in order, that a suite with this minimum protocol can be used with. */
export const MIN_PROTOCOL_ORDER: readonly SuiteMinProtocol[] = ['SSLv3', 'TLSv1', 'TLSv1.2'];

/** TLS 1.3 suites by name, for every version. */
export const TLS13_BY_NAME: ReadonlyMap<string, Tls13Suite> = new Map(TLS13_SUITES.map((s) => [s.name, s]));
