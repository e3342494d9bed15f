// Unit tests of certificate-weak-signature: SHA-1 and MD5 anywhere in the served chain, except self-signed roots.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/certificate-weak-signature.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { CertificateInfo } from '../../src/model/types.js';
import { certificateInfo, makeEndpoint, makeModel, makeOptions, setAt } from '../helpers/model-builder.js';

function messages(...chain: CertificateInfo[]): string[] {
  return messagesWith({}, ...chain);
}

function messagesWith(options: Parameters<typeof makeOptions>[0], ...chain: CertificateInfo[]): string[] {
  const endpoint = makeEndpoint({ certificates: [{ certificate: setAt('/etc/ssl/a.pem', 3), key: null, info: chain[0], chain }] });
  return runRule(rule, makeModel([endpoint]), makeOptions(options)).map((f) => f.message);
}

describe('certificate-weak-signature', () => {
  it('reports SHA-1 and MD5 signatures on the leaf and on intermediates', () => {
    const intermediate = certificateInfo({ subject: 'CN=Intermediate', signatureAlgorithm: 'md5WithRSAEncryption', signatureHash: 'md5' });
    expect(messages(certificateInfo({ signatureAlgorithm: 'sha1WithRSAEncryption', signatureHash: 'sha1' }), intermediate)).toEqual([
      'Weak signature sha1WithRSAEncryption on certificate "CN=example.com": expected SHA-256 or stronger, clients refuse the chain; OpenSSL at security level 2 refuses to load it, the server does not start',
      'Weak signature md5WithRSAEncryption on certificate "CN=Intermediate": expected SHA-256 or stronger, clients refuse the chain; OpenSSL at security level 2 refuses to load it, the server does not start',
    ]);
  });

  it("claims no refusal for Go's crypto/tls (Caddy), which has no security level", () => {
    const info = certificateInfo({ signatureAlgorithm: 'sha1WithRSAEncryption', signatureHash: 'sha1' });
    const endpoint = makeEndpoint({ certificates: [{ certificate: setAt('/etc/ssl/a.pem', 3), key: null, info, chain: [info] }] });
    const model = { ...makeModel([endpoint]), dialect: 'caddy' as const, server: { product: 'Caddy', version: '2.6.2', tlsLibrary: 'go' as const } };
    expect(runRule(rule, model, makeOptions()).map((f) => f.message)).toEqual([
      'Weak signature sha1WithRSAEncryption on certificate "CN=example.com": expected SHA-256 or stronger, clients refuse the chain',
    ]);
  });

  it('says the server still loads SHA-1 where its OpenSSL does: 1.1.1 counts it as 80 bits, enough for level 1', () => {
    expect(messagesWith({ openssl: '1.1.1' }, certificateInfo({ signatureAlgorithm: 'sha1WithRSAEncryption', signatureHash: 'sha1' }))).toEqual([
      'Weak signature sha1WithRSAEncryption on certificate "CN=example.com": expected SHA-256 or stronger, clients refuse the chain',
    ]);
  });

  it('leaves self-signed certificates alone (their signature is never checked) and accepts SHA-256, RSASSA-PSS and Ed25519', () => {
    const root = certificateInfo({ subject: 'CN=Root', selfSigned: true, signatureAlgorithm: 'sha1WithRSAEncryption', signatureHash: 'sha1' });
    expect(messages(certificateInfo(), root)).toEqual([]);
    expect(messages(certificateInfo({ signatureAlgorithm: 'RSASSA-PSS', signatureHash: undefined }))).toEqual([]);
    expect(messages(certificateInfo({ signatureAlgorithm: 'ED25519', signatureHash: undefined }))).toEqual([]);
  });
});
