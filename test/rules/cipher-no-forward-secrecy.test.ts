import { describe, expect, it } from 'vitest';
import rule from '../../rules/cipher-no-forward-secrecy.js';
import { getProfile, profileCipherString } from '../../src/tls/mozilla-profiles.js';
import { makeEndpoint } from '../helpers/model-builder.js';
import { run, withCiphers } from './cipher-rules.helpers.js';

describe('cipher-no-forward-secrecy', () => {
  it('fires on the nginx default HIGH:!aNULL:!MD5 at the server block', () => {
    const endpoint = makeEndpoint();
    const [finding] = run(rule, [endpoint]);
    expect(finding.range).toEqual(endpoint.range);
    expect(finding.message).toContain('AES256-GCM-SHA384 (TLS_RSA_WITH_AES_256_GCM_SHA384)');
    expect(finding.message).toMatch(/got \d+ suites without forward secrecy from "HIGH:!aNULL:!MD5"/);
  });

  it('is silent on ECDHE/DHE-only strings', () => {
    expect(run(rule, [withCiphers('EECDH+AESGCM:EDH+AESGCM')])).toEqual([]);
    expect(run(rule, [withCiphers(profileCipherString(getProfile('intermediate')))])).toEqual([]);
  });

  it('ignores PSK suites a certificate server never negotiates', () => {
    expect(run(rule, [withCiphers('PSK:ECDHE-RSA-AES128-GCM-SHA256')])).toEqual([]);
  });
});
