// Proves the cipher-string engine against the real `openssl ciphers` 3.0 binary: generated, real-world and oracle strings.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandCipherString } from '../../src/tls/cipher-string.js';
import { negotiableSuites } from '../../src/tls/negotiable.js';
import { GUIDELINE_VERSIONS, getProfile, profileCipherString, PROFILE_NAMES } from '../../src/tls/mozilla-profiles.js';
import { cipherStringArbitrary } from './cipher-string-arbitrary.js';
import { opensslCiphers, opensslVersion, pool, type OpensslAnswer } from './openssl-runner.js';

const SEED = Number(process.env.FC_SEED ?? 20260407);
const RUNS = Number(process.env.FC_RUNS ?? 2000);
const POOL_WIDTH = 8;

/** Our answer in the shape of openssl's: names, or null for an error. */
function engineAnswer(cipherString: string): OpensslAnswer {
  const result = expandCipherString(cipherString, '3.0');
  return result.error ? null : result.suites.map((s) => s.openssl);
}

function engineSupported(cipherString: string): OpensslAnswer {
  const result = expandCipherString(cipherString, '3.0');
  return result.error ? null : negotiableSuites(result).map((s) => s.openssl);
}

interface Disagreement {
  cipherString: string;
  openssl: OpensslAnswer;
  engine: OpensslAnswer;
}

async function disagreements(strings: readonly string[], supported = false): Promise<Disagreement[]> {
  const answers = await pool(strings, POOL_WIDTH, (s) => opensslCiphers(s, supported));
  return strings
    .map((cipherString, i) => ({ cipherString, openssl: answers[i], engine: supported ? engineSupported(cipherString) : engineAnswer(cipherString) }))
    .filter((d) => JSON.stringify(d.openssl) !== JSON.stringify(d.engine));
}

const REAL_WORLD = [
  'HIGH:!aNULL:!MD5',
  'HIGH:!aNULL',
  'DEFAULT',
  'ALL',
  'ALL:COMPLEMENTOFALL',
  'HIGH:MEDIUM:!MD5:!RC4:!3DES',
  'EECDH+AESGCM:EDH+AESGCM',
  'EECDH+AESGCM:EDH+AESGCM:AES256+EECDH:AES256+EDH',
  'ALL:!ADH:!EXPORT:!SSLv2:RC4+RSA:+HIGH:+MEDIUM',
  'ALL:!ADH:!EXPORT56:RC4+RSA:+HIGH:+MEDIUM:+LOW:+SSLv2:+EXP',
  'ECDH+AESGCM:DH+AESGCM:ECDH+AES256:DH+AES256:ECDH+AES128:DH+AES:RSA+AESGCM:RSA+AES:!aNULL:!MD5:!DSS',
  'EECDH+CHACHA20:EECDH+AES128:RSA+AES128:EECDH+AES256:RSA+AES256:EECDH+3DES:RSA+3DES:!MD5',
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:!aNULL',
  'AESGCM:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  'kEECDH+ECDSA+AES128:kEECDH+ECDSA+AES256:kEECDH+AES128:kEECDH+AES256:kEDH+AES128:kEDH+AES256:DES-CBC3-SHA:+SHA:!aNULL:!eNULL:!LOW:!kECDH:!DSS:!MD5:!EXP:!PSK:!SRP:!CAMELLIA:!SEED',
  'HIGH:!aNULL:!eNULL:!LOW:!3DES:!MD5:!EXP:!PSK:!SRP:!DSS',
  'TLSv1.2:!aNULL:!eNULL:@STRENGTH',
  'ALL:!RSA',
  'ALL:-RSA:RSA',
  'ALL:!RSA:RSA',
  'FIPS',
  'SUITEB128',
  'PROFILE=SYSTEM',
  '',
  ...GUIDELINE_VERSIONS.flatMap((v) => PROFILE_NAMES.filter((p) => !(p === 'old' && v === '6.0')).map((p) => profileCipherString(getProfile(p, v)))).filter(Boolean),
];

const oracle = JSON.parse(readFileSync(new URL('./data/openssl-3.0-oracle.json', import.meta.url), 'utf8')) as {
  cases: Array<{ label: string; cipher_string: string; list: string[]; supported_default_seclevel?: string[]; error?: string }>;
};

describe('cipher-string engine vs the real openssl 3.0 binary', () => {
  beforeAll(async () => {
    const version = await opensslVersion();
    expect(version).toMatch(/^OpenSSL 3\.0\./);
  });

  it(`agrees on ${RUNS} generated strings (FC_SEED=${SEED})`, async () => {
    const strings = fc.sample(cipherStringArbitrary, { seed: SEED, numRuns: RUNS });
    const diffs = await disagreements(strings);
    if (diffs.length > 0) console.error(`FC_SEED=${SEED}: ${diffs.length} disagreements, e.g.`, diffs.slice(0, 5));
    expect(diffs, `seed ${SEED}`).toEqual([]);
  }, 300_000);

  it('agrees on the security-level view (openssl ciphers -s) for every 5th generated string', async () => {
    const strings = fc.sample(cipherStringArbitrary, { seed: SEED, numRuns: RUNS }).filter((_, i) => i % 5 === 0);
    const diffs = await disagreements(strings, true);
    if (diffs.length > 0) console.error(`FC_SEED=${SEED}: ${diffs.length} -s disagreements, e.g.`, diffs.slice(0, 5));
    expect(diffs, `seed ${SEED}`).toEqual([]);
  }, 300_000);

  it('agrees on real-world strings and every Mozilla guideline list', async () => {
    expect(await disagreements(REAL_WORLD)).toEqual([]);
    expect(await disagreements(REAL_WORLD, true)).toEqual([]);
  }, 120_000);
});

describe('cipher-string engine vs the recorded 86-case oracle', () => {
  it.each(oracle.cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const result = expandCipherString(c.cipher_string, '3.0');
    if (c.error) {
      expect(result.error).not.toBeNull();
      return;
    }
    expect(result.suites.map((s) => s.openssl)).toEqual(c.list);
    expect(negotiableSuites(result).map((s) => s.openssl)).toEqual(c.supported_default_seclevel ?? []);
  });
});
