import { describe, expect, it } from 'vitest';
import rule from '../../rules/cipher-not-in-profile.js';
import { getProfile, profileCipherString } from '../../src/tls/mozilla-profiles.js';
import { makeEndpoint } from '../helpers/model-builder.js';
import { protocols, run, withCiphers } from './cipher-rules.helpers.js';

describe('cipher-not-in-profile', () => {
  it('fires on CBC suites under intermediate', () => {
    const [finding] = run(rule, [withCiphers('ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA')]);
    expect(finding.message).toBe(
      'Expected only suites of the Mozilla intermediate profile, got 1 others from "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA": ECDHE-RSA-AES128-SHA (TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA)',
    );
  });

  it('fires on the nginx default and not on the profile list itself', () => {
    expect(run(rule, [makeEndpoint()])).toHaveLength(1);
    expect(run(rule, [withCiphers(profileCipherString(getProfile('intermediate')))])).toEqual([]);
  });

  it('is silent under modern when only TLS 1.3 is enabled', () => {
    expect(run(rule, [withCiphers('HIGH', 5, { protocols: protocols(['TLSv1.3']) })], { profile: 'modern' })).toEqual([]);
  });
});
