// The value parsers the hostile-input suites exercise (cipher strings, TLS 1.3 suites, HSTS): one entry each.
import { parseHsts } from '../../src/model/hsts.js';
import { expandCipherString } from '../../src/tls/cipher-string.js';
import { parseCiphersuites } from '../../src/tls/ciphersuites.js';

/** A place a value parser points at inside the value it read. */
export interface ValueSpan {
  offset: number;
  length?: number;
}

/** What the hostile-input suites need to know about a parser of directive values. */
export interface HostileValueParser {
  name: string;
  /** Parses one value; must never throw. */
  parse(value: string): unknown;
  /** Every span the result points at; each must lie inside the value. */
  spans(result: unknown): ValueSpan[];
  /** Fragments of realistic and broken values. */
  vocabulary: readonly string[];
  /** A typical value, repeated to make the normal input of the linear-time test. */
  normal: string;
  /** Repeated pieces that stress the parser (name → piece). */
  adversarial: Readonly<Record<string, string>>;
}

type CipherResult = ReturnType<typeof expandCipherString>;
type SuitesResult = ReturnType<typeof parseCiphersuites>;
type HstsResult = ReturnType<typeof parseHsts>;

const cipherVocabulary = [
  'HIGH', 'MEDIUM', 'LOW', 'ALL', 'COMPLEMENTOFALL', 'COMPLEMENTOFDEFAULT', 'DEFAULT', 'aNULL', 'eNULL', 'MD5', 'RC4', '3DES',
  'ECDHE', 'AESGCM', 'CHACHA20', 'kRSA', 'ECDHE-RSA-AES128-GCM-SHA256', 'TLS_AES_128_GCM_SHA256', 'SUITEB128', '@STRENGTH',
  '@SECLEVEL=', '@SECLEVEL=0', '@SECLEVEL=5', '!', '+', '-', ':', ',', ' ', ';', '@', '=', '"', '\0', '\uFFFD',
];

/** Every value parser in the project. */
export const VALUE_PARSERS: readonly HostileValueParser[] = [
  ...(['3.0', '1.1.1', '1.0.2'] as const).map((version): HostileValueParser => ({
    name: `OpenSSL ${version} cipher string`,
    parse: (value) => expandCipherString(value, version),
    spans: (result) => {
      const r = result as CipherResult;
      return [...r.unknownTerms.map((t) => ({ offset: t.offset, length: t.term.length })), ...(r.error?.offset === undefined ? [] : [{ offset: r.error.offset }])];
    },
    vocabulary: cipherVocabulary,
    normal: 'ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:!aNULL:!MD5:!DSS:HIGH:',
    adversarial: {
      'separators only': ':+-!,',
      'one long name': 'AES',
      '"+"-joined names': 'AES+',
      'ALL, killed and added again': 'ALL:-ALL:+ALL:',
      'complements': 'COMPLEMENTOFALL:COMPLEMENTOFDEFAULT:',
      '@STRENGTH after every term': 'HIGH:@STRENGTH:',
      'security levels': '@SECLEVEL=1:',
      'unknown names': 'NOPE-NOT-A-CIPHER:',
    },
  })),
  {
    name: 'TLS 1.3 ciphersuites',
    parse: (value) => parseCiphersuites(value, '3.0'),
    spans: (result) => (result as SuitesResult).unknownTerms.map((t) => ({ offset: t.offset, length: t.term.length })),
    vocabulary: ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', ':', ' ', ',', '!', ''],
    normal: 'TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256:',
    adversarial: { 'colons': ':', 'spaces': ' ', 'one long name': 'TLS_', 'unknown names': 'NOPE:' },
  },
  {
    name: 'HSTS header value',
    parse: parseHsts,
    spans: (result) => {
      const r = result as HstsResult;
      return [...r.problems.flatMap((p) => (p.span ? [p.span] : [])), ...(r.maxAgeSpan ? [r.maxAgeSpan] : [])];
    },
    vocabulary: ['max-age', 'max_age', 'maxage', '=', '31536000', '0', '-1', 'includeSubDomains', 'includeSubDomain', 'preload', ';', ',', '"', '\\', ' ', '\t', '=='],
    normal: 'max-age=31536000; includeSubDomains; preload; ',
    adversarial: {
      'semicolons': ';',
      'commas': ',',
      'quotes and escapes': '"\\',
      'names without ";"': 'max-age ',
      'one long name': 'a',
      'one long max-age': '9',
      'repeated directives': 'max-age=1; ',
      'near-miss names': 'includeSubDomain; ',
      'equals signs': '=',
    },
  },
];
