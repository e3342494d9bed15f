import { describe, expect, it } from 'vitest';
import rule from '../../rules/cipher-unknown.js';
import { makeEndpoint, rangeAt } from '../helpers/model-builder.js';
import { run, withCiphers } from './cipher-rules.helpers.js';

describe('cipher-unknown', () => {
  it('points at the unknown term inside the quoted argument', () => {
    const [finding] = run(rule, [withCiphers('HIGH:ECDHE-RSA-AES128-GCM-SHA265')]);
    expect(finding.message).toBe('Unknown cipher string term "ECDHE-RSA-AES128-GCM-SHA265"; OpenSSL ignores it');
    // column 17 is the quote, 18 the H of HIGH, so the term starts at 18 + 5.
    expect(finding.range).toEqual(rangeAt(5, 23, 23 + 'ECDHE-RSA-AES128-GCM-SHA265'.length));
  });

  it('suggests the OpenSSL name for an IANA name and explains names missing from the build', () => {
    const findings = run(rule, [withCiphers('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:DES-CBC3-SHA:TLS_AES_128_GCM_SHA256')]);
    expect(findings.map((f) => f.messageId)).toEqual(['ianaName', 'notInBuild', 'tls13InCipherString']);
    expect(findings[0].message).toBe('Expected OpenSSL name "ECDHE-RSA-AES128-GCM-SHA256" instead of IANA name "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"');
  });

  it('checks TLS 1.3 Ciphersuites values too', () => {
    const endpoint = makeEndpoint({ ciphersuites: { value: 'TLS_AES_128_GCM_SHA256:TLS_AES_512', source: rangeAt(7, 5, 60), valueRange: rangeAt(7, 30, 59), level: 'endpoint' } });
    expect(run(rule, [endpoint]).map((f) => f.message)).toEqual(['Unknown TLS 1.3 ciphersuite "TLS_AES_512"; OpenSSL ignores it']);
  });

  it('is silent on defaults and on valid strings', () => {
    expect(run(rule, [makeEndpoint()])).toEqual([]);
    expect(run(rule, [withCiphers('EECDH+AESGCM:EDH+AESGCM:!aNULL:@STRENGTH')])).toEqual([]);
  });
});
