// Unit tests of certificate-weak-key on hand-built models: the thresholds, and which certificates of a chain count.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/certificate-weak-key.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { CertificateInfo } from '../../src/model/types.js';
import { certificateInfo, makeEndpoint, makeModel, makeOptions, setAt } from '../helpers/model-builder.js';

function messages(...chain: CertificateInfo[]): string[] {
  return messagesAt('HIGH:!aNULL:!MD5', ...chain);
}

/** With the cipher string `ciphers`, whose `@SECLEVEL` (else OpenSSL 3.0's default 2) decides what OpenSSL loads. */
function messagesAt(ciphers: string, ...chain: CertificateInfo[]): string[] {
  const endpoint = makeEndpoint({ ciphers: setAt(ciphers, 6), certificates: [{ certificate: setAt('/etc/ssl/a.pem', 3), key: null, info: chain[0], chain }] });
  return runRule(rule, makeModel([endpoint]), makeOptions()).map((f) => f.message);
}

describe('certificate-weak-key', () => {
  it('reports RSA under 2048 bits, EC under 256 bits and any DSA key', () => {
    expect(messages(certificateInfo({ keyType: 'rsa', keyBits: 1024 }))).toEqual([
      'Weak RSA key of 1024 bits in certificate "CN=example.com": expected ECDSA of at least 256 bits or RSA of at least 2048 bits: OpenSSL at security level 2 refuses to load it, the server does not start',
    ]);
    expect(messagesAt('HIGH:@SECLEVEL=1', certificateInfo({ keyType: 'rsa', keyBits: 1024 }))).toEqual([
      'Weak RSA key of 1024 bits in certificate "CN=example.com": expected ECDSA of at least 256 bits or RSA of at least 2048 bits',
    ]);
    expect(messages(certificateInfo({ keyType: 'ec', keyBits: 224 }))).toHaveLength(1);
    expect(messages(certificateInfo({ keyType: 'dsa', keyBits: 2048 }))[0]).toContain('Weak DSA key of 2048 bits');
  });

  it("claims no refusal for Go's crypto/tls (Caddy), which has no security level", () => {
    const endpoint = makeEndpoint({ ciphers: setAt('', 6), certificates: [{ certificate: setAt('/etc/ssl/a.pem', 3), key: null, info: certificateInfo({ keyType: 'rsa', keyBits: 1024 }), chain: [certificateInfo({ keyType: 'rsa', keyBits: 1024 })] }] });
    const model = { ...makeModel([endpoint]), dialect: 'caddy' as const, server: { product: 'Caddy', version: '2.6.2', tlsLibrary: 'go' as const } };
    expect(runRule(rule, model, makeOptions()).map((f) => f.message)).toEqual([
      'Weak RSA key of 1024 bits in certificate "CN=example.com": expected ECDSA of at least 256 bits or RSA of at least 2048 bits',
    ]);
  });

  it('accepts RSA 2048, EC P-256 and Ed25519', () => {
    expect(messages(certificateInfo({ keyType: 'rsa', keyBits: 2048 }), certificateInfo({ keyType: 'ec', keyBits: 256 }), certificateInfo({ keyType: 'ed25519', keyBits: undefined }))).toEqual([]);
  });

  it('reports a key the profile accepts when the security level refuses it', () => {
    expect(messagesAt('HIGH:@SECLEVEL=3', certificateInfo({ keyType: 'rsa', keyBits: 2048 }))).toEqual([
      'Weak RSA key of 2048 bits in certificate "CN=example.com": expected ECDSA of at least 256 bits or RSA of at least 3072 bits: OpenSSL at security level 3 refuses to load it, the server does not start',
    ]);
    expect(messagesAt('HIGH:@SECLEVEL=4', certificateInfo({ keyType: 'ec', keyBits: 256 }))[0]).toContain('Weak EC key of 256 bits');
    expect(messagesAt('HIGH:@SECLEVEL=3', certificateInfo({ keyType: 'rsa', keyBits: 3072 }))).toEqual([]);
  });

  it('checks intermediates but not a self-signed root after the leaf; a self-signed leaf is checked', () => {
    const leaf = certificateInfo();
    const weakIntermediate = certificateInfo({ subject: 'CN=Intermediate', keyType: 'rsa', keyBits: 1024 });
    const weakRoot = certificateInfo({ subject: 'CN=Root', keyType: 'rsa', keyBits: 1024, selfSigned: true });
    expect(messagesAt('HIGH:@SECLEVEL=1', leaf, weakIntermediate, weakRoot)).toEqual([expect.stringContaining('"CN=Intermediate"')]);
    // At level 2 the server's OpenSSL refuses the root's key while loading the file ("ca key too small").
    expect(messages(leaf, weakIntermediate, weakRoot)).toEqual([expect.stringContaining('"CN=Intermediate"'), expect.stringContaining('"CN=Root"')]);
    expect(messages(certificateInfo({ keyType: 'rsa', keyBits: 1024, selfSigned: true }))).toHaveLength(1);
  });
});
