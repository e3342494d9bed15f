// Unit tests of dhparam-weak: small DH primes matter only while a DHE suite can be negotiated.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/dhparam-weak.js';
import { runRule } from '../../src/engine/run-rule.js';
import { defaultSetting, makeEndpoint, makeModel, makeOptions, setAt } from '../helpers/model-builder.js';

const dhe = setAt('ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256', 5);

function findings(overrides: Parameters<typeof makeEndpoint>[0]) {
  const endpoint = makeEndpoint({ dhparam: setAt<string | null>('/etc/ssl/dh.pem', 6), dheAvailable: true, ciphers: dhe, ...overrides });
  return runRule(rule, makeModel([endpoint]), makeOptions());
}

describe('dhparam-weak', () => {
  it('reports a prime under 2048 bits at the file name', () => {
    const [finding] = findings({ dhparamBits: 1024 });
    expect(finding.message).toBe('Weak DH parameters of 1024 bits: expected at least 2048 bits for DHE key exchange: OpenSSL at security level 2 refuses to load them, the server does not start');
    expect(finding.range).toEqual(setAt('/etc/ssl/dh.pem', 6).valueRange);
  });

  it('at a security level that loads them, reports them only while a DHE suite can use them, against the profile', () => {
    const level1 = (ciphers: string) => setAt(`${ciphers}:@SECLEVEL=1`, 5);
    expect(findings({ dhparamBits: 1024, ciphers: level1(dhe.value) }).map((f) => f.message)).toEqual(['Weak DH parameters of 1024 bits: expected at least 2048 bits for DHE key exchange']);
    expect(findings({ dhparamBits: 1024, ciphers: level1('ECDHE-RSA-AES128-GCM-SHA256') })).toEqual([]);
    expect(findings({ dhparamBits: 1024, ciphers: defaultSetting('ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=1') })).toEqual([]);
  });

  it('is silent for 2048 bits and unread parameters', () => {
    expect(findings({ dhparamBits: 2048 })).toEqual([]);
    expect(findings({})).toEqual([]);
  });
});
