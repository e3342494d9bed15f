import { describe, expect, it } from 'vitest';
import rule from '../../rules/cipher-no-usable-suite.js';
import { certificateInfo, makeEndpoint, setAt } from '../helpers/model-builder.js';
import { protocols, run, withCiphers } from './cipher-rules.helpers.js';

const certificate = (keyType: 'rsa' | 'ec') => ({
  certificate: setAt('/etc/ssl/site.pem', 3),
  key: setAt('/etc/ssl/site.key', 4),
  info: certificateInfo({ subject: 'CN=site', keyType, selfSigned: true }),
});

describe('cipher-no-usable-suite', () => {
  it('reports a string OpenSSL rejects', () => {
    const [finding] = run(rule, [withCiphers('RC4:3DES')]);
    expect(finding.message).toBe('Missing usable cipher suite: OpenSSL rejects "RC4:3DES" (no cipher match)');
  });

  it('reports suites that only exist for protocols the security level refuses', () => {
    const [finding] = run(rule, [withCiphers('aNULL:eNULL', 5, { protocols: protocols(['TLSv1.2']) })]);
    expect(finding.messageId).toBe('noneForProtocols');
  });

  it('reports ECDSA-only suites with an RSA certificate', () => {
    const endpoint = withCiphers('ECDHE-ECDSA-AES128-GCM-SHA256', 5, { certificates: [certificate('rsa')] });
    const [finding] = run(rule, [endpoint]);
    expect(finding.message).toBe('Missing cipher suite for the RSA certificate: "ECDHE-ECDSA-AES128-GCM-SHA256" enables none that it can sign');
  });

  it('is silent when a suite fits one of the certificates, or only TLS 1.3 is enabled', () => {
    const dual = withCiphers('ECDHE-ECDSA-AES128-GCM-SHA256', 5, { certificates: [certificate('rsa'), certificate('ec')] });
    expect(run(rule, [dual])).toEqual([]);
    expect(run(rule, [withCiphers('aNULL', 5, { protocols: protocols(['TLSv1.3']) })])).toEqual([]);
    expect(run(rule, [makeEndpoint()])).toEqual([]);
  });
});
