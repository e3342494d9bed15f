import { describe, expect, it } from 'vitest';
import rule from '../../rules/cipher-weak.js';
import { getProfile, profileCipherString } from '../../src/tls/mozilla-profiles.js';
import { makeEndpoint, plainListener } from '../helpers/model-builder.js';
import { run, withCiphers } from './cipher-rules.helpers.js';

describe('cipher-weak', () => {
  it('names the negotiable weak suites with OpenSSL and IANA names and offers the profile list as fix', () => {
    const endpoint = withCiphers('ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0');
    const [finding, ...rest] = run(rule, [endpoint]);
    expect(rest).toEqual([]);
    expect(finding.messageId).toBe('weak');
    expect(finding.message).toBe('Weak cipher suites enabled by "ECDHE-RSA-AES128-GCM-SHA256:NULL-SHA256:@SECLEVEL=0": NULL-SHA256 (TLS_RSA_WITH_NULL_SHA256)');
    expect(finding.range).toEqual(endpoint.ciphers.valueRange);
    expect(finding.fix?.edits).toEqual([{ range: endpoint.ciphers.valueRange, text: profileCipherString(getProfile('intermediate')) }]);
  });

  it('reports 3DES under OpenSSL 1.1.1, which still compiles it', () => {
    const [finding] = run(rule, [withCiphers('DES-CBC3-SHA:ECDHE-RSA-AES128-GCM-SHA256')], { openssl: '1.1.1' });
    expect(finding.message).toContain('DES-CBC3-SHA (TLS_RSA_WITH_3DES_EDE_CBC_SHA)');
  });

  it('says when OpenSSL 3.0 refuses the requested weak suites at its security level', () => {
    const [finding] = run(rule, [withCiphers('HIGH:aNULL')]);
    expect(finding.messageId).toBe('refused');
    expect(finding.message).toContain('security level 2');
  });

  it('stays silent on the nginx default and Mozilla intermediate under OpenSSL 3.0', () => {
    expect(run(rule, [makeEndpoint()])).toEqual([]);
    expect(run(rule, [withCiphers(profileCipherString(getProfile('intermediate')))])).toEqual([]);
  });

  it('reports a default at the server block without a fix', () => {
    const endpoint = makeEndpoint({ ciphers: { value: 'ALL:eNULL:@SECLEVEL=0', source: null, level: 'default' } });
    const [finding] = run(rule, [endpoint]);
    expect(finding.range).toEqual(endpoint.range);
    expect(finding.fix).toBeUndefined();
  });

  it('reports an inherited directive once and skips plain-HTTP servers', () => {
    const shared = withCiphers('ALL:COMPLEMENTOFALL:@SECLEVEL=0');
    const second = { ...shared, label: 'server other' };
    const plain = { ...withCiphers('eNULL:@SECLEVEL=0', 9), listeners: [plainListener()] };
    expect(run(rule, [shared, second, plain])).toHaveLength(1);
  });
});
