// Unit tests of certificate-name-mismatch: every certificate of a server against every checkable server name.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/certificate-name-mismatch.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { CertificateInfo } from '../../src/model/types.js';
import { certificateInfo, makeEndpoint, makeModel, makeOptions, setAt } from '../helpers/model-builder.js';

function messages(serverNames: string[], ...infos: Array<CertificateInfo | undefined>): string[] {
  const certificates = infos.map((info, i) => ({ certificate: setAt(`/etc/ssl/${i}.pem`, 3 + i), key: null, ...(info ? { info } : {}) }));
  return runRule(rule, makeModel([makeEndpoint({ serverNames, certificates })]), makeOptions()).map((f) => f.message);
}

describe('certificate-name-mismatch', () => {
  it('names the uncovered names and the SANs, once per certificate that misses them', () => {
    const rsa = certificateInfo({ subject: 'CN=rsa', dnsNames: ['www.example.com'] });
    const ec = certificateInfo({ subject: 'CN=ec', dnsNames: ['www.example.com', 'example.com'] });
    expect(messages(['www.example.com', 'example.com'], rsa, ec)).toEqual([
      'Expected the certificate "CN=rsa" to cover "example.com", its names are "www.example.com": browsers refuse the connection',
    ]);
  });

  it('says when a certificate has no subjectAltName at all (the CN does not count)', () => {
    expect(messages(['example.com'], certificateInfo({ subject: 'CN=example.com', dnsNames: [] }))).toEqual([
      'Expected the certificate "CN=example.com" to cover "example.com", its names are none (no subjectAltName): browsers refuse the connection',
    ]);
  });

  it('is silent for unread certificates, servers without checkable names, and covered names', () => {
    expect(messages(['www.example.com'], undefined)).toEqual([]);
    expect(messages(['_', '~^api\\.', ''], certificateInfo({ dnsNames: [] }))).toEqual([]);
    expect(messages([], certificateInfo({ dnsNames: [] }))).toEqual([]);
    expect(messages(['a.example.net'], certificateInfo({ dnsNames: ['*.example.net'] }))).toEqual([]);
  });
});
