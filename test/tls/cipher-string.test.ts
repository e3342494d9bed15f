// Unit tests of the engine's own behaviour: unknown terms, errors, versions, caching and the negotiable view.
import { describe, expect, it } from 'vitest';
import { expandCipherString } from '../../src/tls/cipher-string.js';
import { negotiableProtocols, negotiableSuites, securityLevelAllows, suiteFitsKeyType } from '../../src/tls/negotiable.js';
import { getBuild, KNOWN_SUITES } from '../../src/tls/openssl-builds.js';

const names = (s: string, v: '3.0' | '1.1.1' | '1.0.2' = '3.0') => expandCipherString(s, v).suites.map((x) => x.openssl);

describe('expandCipherString', () => {
  it('records unknown terms with their offsets and whether another build knows them', () => {
    const r = expandCipherString('HIGH:HIGHH:!RC4-SHA:AES+TLS_AES_128_GCM_SHA256');
    expect(r.unknownTerms).toEqual([
      { term: 'HIGHH', offset: 5, reason: 'unknown', adds: true },
      { term: 'RC4-SHA', offset: 12, reason: 'not-in-build', adds: false },
      { term: 'TLS_AES_128_GCM_SHA256', offset: 24, reason: 'unknown', adds: true },
    ]);
    expect(r.error).toBeNull();
  });

  it('offsets after a DEFAULT prefix point into the user string', () => {
    expect(expandCipherString('DEFAULT:FOO').unknownTerms).toEqual([{ term: 'FOO', offset: 8, reason: 'unknown', adds: true }]);
  });

  it('marks unknown terms after "!", "-" and "+" as adding nothing', () => {
    expect(expandCipherString('HIGH:!EXP:-FOO:+BAR').unknownTerms.map((t) => [t.term, t.adds])).toEqual([['EXP', false], ['FOO', false], ['BAR', false]]);
  });

  it('reports OpenSSL errors: nothing matched, or an invalid command with its offset', () => {
    expect(expandCipherString('3DES').error).toMatchObject({ kind: 'no cipher match' });
    expect(expandCipherString('HIGH:@SECLEVEL=7').error).toMatchObject({ kind: 'invalid command', offset: 5 });
    expect(expandCipherString('HIGH:_').error).toMatchObject({ kind: 'invalid command', offset: 5 });
    expect(expandCipherString('HIGH:_').suites).toEqual([]);
  });

  it('distinguishes - (may come back) from ! (gone for good)', () => {
    expect(names('ALL:-RSA:RSA')).toContain('AES128-SHA');
    expect(names('ALL:!RSA:RSA')).not.toContain('AES128-SHA');
  });

  it('takes @SECLEVEL into the result and caches per string and version', () => {
    expect(expandCipherString('HIGH:@SECLEVEL=0').securityLevel).toBe(0);
    expect(expandCipherString('HIGH').securityLevel).toBe(2);
    expect(expandCipherString('HIGH', '1.0.2').securityLevel).toBeNull();
    expect(expandCipherString('HIGH')).toBe(expandCipherString('HIGH'));
    expect(expandCipherString('HIGH', '1.1.1')).not.toBe(expandCipherString('HIGH'));
  });

  it('knows what 1.1.1 and 1.0.2 builds had (3DES MEDIUM since 1.1.0, RC4 and EXPORT in 1.0.2)', () => {
    expect(names('HIGH', '1.1.1')).not.toContain('DES-CBC3-SHA');
    expect(names('3DES', '1.1.1')).toContain('DES-CBC3-SHA');
    expect(names('RC4', '1.1.1')).toEqual([]);
    expect(names('RC4', '1.0.2')).toContain('RC4-SHA');
    expect(names('EXPORT', '1.0.2')).toContain('EXP-RC4-MD5');
    expect(names('DEFAULT', '1.0.2')).not.toContain('EXP-RC4-MD5');
    expect(names('EDH-RSA-DES-CBC3-SHA', '1.0.2')).toEqual(['EDH-RSA-DES-CBC3-SHA']);
    expect(names('kECDH', '1.0.2')).toContain('ECDH-RSA-AES128-SHA');
  });

  it('every build lists each suite once, and every suite of every build is known by name', () => {
    for (const v of ['3.0', '1.1.1', '1.0.2'] as const) {
      const suites = getBuild(v).suites;
      expect(new Set(suites.map((s) => s.code)).size).toBe(suites.length);
      for (const s of suites) expect(KNOWN_SUITES.get(s.openssl)?.code).toBe(s.code);
    }
  });
});

describe('negotiable view', () => {
  it('applies OpenSSL 3.0 security level 2: no anonymous, NULL, MD5 or PSK suites', () => {
    const offered = negotiableSuites(expandCipherString('ALL:COMPLEMENTOFALL')).map((s) => s.openssl);
    expect(offered).not.toContain('ADH-AES128-SHA');
    expect(offered).not.toContain('NULL-SHA256');
    expect(offered).not.toContain('PSK-AES128-CBC-SHA');
    expect(offered).toContain('AES128-SHA');
  });

  it('level 3 requires forward secrecy and level 4 refuses SHA-1 MACs', () => {
    const aes = KNOWN_SUITES.get('AES256-SHA256')!;
    const sha1 = KNOWN_SUITES.get('ECDHE-RSA-AES256-SHA')!;
    expect(securityLevelAllows(aes, 2)).toBe(true);
    expect(securityLevelAllows(aes, 3)).toBe(false);
    expect(securityLevelAllows(sha1, 3)).toBe(true);
    expect(securityLevelAllows(sha1, 4)).toBe(false);
  });

  it('OpenSSL 3.0 refuses TLS 1.0 and 1.1 above security level 0', () => {
    expect(negotiableProtocols(['TLSv1', 'TLSv1.1', 'TLSv1.2'], '3.0', 2)).toEqual(['TLSv1.2']);
    expect(negotiableProtocols(['TLSv1', 'TLSv1.1', 'TLSv1.2'], '3.0', 0)).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2']);
    expect(negotiableProtocols(['SSLv3', 'TLSv1'], '1.1.1', 1)).toEqual(['TLSv1']);
  });

  it('drops TLS 1.2-only suites when only TLS 1.0 is negotiated', () => {
    const offered = negotiableSuites(expandCipherString('ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA:@SECLEVEL=0'), { protocols: ['TLSv1'] });
    expect(offered.map((s) => s.openssl)).toEqual(['ECDHE-RSA-AES128-SHA']);
  });

  it('matches suites to certificate key types', () => {
    expect(suiteFitsKeyType(KNOWN_SUITES.get('ECDHE-ECDSA-AES128-GCM-SHA256')!, 'rsa')).toBe(false);
    expect(suiteFitsKeyType(KNOWN_SUITES.get('ECDHE-ECDSA-AES128-GCM-SHA256')!, 'ed25519')).toBe(true);
    expect(suiteFitsKeyType(KNOWN_SUITES.get('AES128-SHA')!, 'rsa')).toBe(true);
  });
});
