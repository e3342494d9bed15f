// TLS 1.3 Ciphersuites parsing, checked against what `openssl ciphers -ciphersuites` 3.0.19 does.
import { describe, expect, it } from 'vitest';
import { defaultCiphersuites, defaultCiphersuitesString, parseCiphersuites } from '../../src/tls/ciphersuites.js';

const names = (v: string, version: '3.0' | '1.1.1' = '3.0') => parseCiphersuites(v, version).suites.map((s) => s.name);

describe('parseCiphersuites', () => {
  it("defaults to OpenSSL's three suites", () => {
    expect(defaultCiphersuites().map((s) => s.name)).toEqual(['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256']);
    expect(defaultCiphersuitesString('1.0.2')).toBe('');
  });

  it('splits on colons only, trims spaces, keeps duplicates and skips empty elements (3.0)', () => {
    expect(names(' TLS_AES_128_GCM_SHA256 : TLS_AES_256_GCM_SHA384')).toEqual(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384']);
    expect(names('TLS_AES_128_GCM_SHA256::TLS_AES_128_GCM_SHA256')).toEqual(['TLS_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256']);
    expect(parseCiphersuites('TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384').error).toBe('no cipher match');
  });

  it('skips unknown names in 3.0 but rejects them in 1.1.1', () => {
    const r = parseCiphersuites('TLS_AES_128_GCM_SHA256:FOO');
    expect(r.error).toBeNull();
    expect(r.unknownTerms).toEqual([{ term: 'FOO', offset: 23, reason: 'unknown', adds: true }]);
    expect(parseCiphersuites('TLS_AES_128_GCM_SHA256:FOO', '1.1.1').error).toBe('no cipher match');
    expect(parseCiphersuites('FOO').error).toBe('no cipher match');
  });

  it('accepts an empty value and flags TLS 1.2 suites named here', () => {
    expect(parseCiphersuites('')).toMatchObject({ suites: [], error: null });
    expect(parseCiphersuites('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256').misplaced.map((s) => s.openssl)).toEqual(['ECDHE-RSA-AES128-GCM-SHA256']);
    expect(parseCiphersuites('TLS_AES_128_GCM_SHA256', '1.0.2').error).toBe('no cipher match');
  });
});
