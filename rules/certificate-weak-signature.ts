// certificate-weak-signature: a certificate of the served chain is signed with SHA-1 or MD5.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange } from '../src/model/certificates.js';
import { certificateFacts } from '../src/model/facts.js';
import { tlsEndpoints, type CertificateInfo } from '../src/model/types.js';
import { cipherSecurityLevel } from '../src/tls/endpoint-ciphers.js';
import { refusedAt, signatureSecurityBits } from '../src/tls/security-level.js';

/**
 * Hashes clients no longer accept in certificate signatures: browsers reject SHA-1 since 2017, and
 * OpenSSL 3.0 at security level 1 and above rejects SHA-1 and MD5 signed certificates while verifying
 * (crypto/x509/x509_vfy.c check_sig_level: SHA-1 counts as 64 bits of security).
 */
const WEAK_HASHES = new Set(['md2', 'md5', 'sha1']);

export default defineRule({
  id: 'certificate-weak-signature',
  description: 'A certificate the server presents is signed with SHA-1 or MD5',
  howToFix: 'Have the certificate (and any intermediate signed this way) reissued with a SHA-256 signature',
  severity: 'error',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 7.0,
  messages: {
    weak: (p: { subject: string; algorithm: string; refused: string }) =>
      `Weak signature ${p.algorithm} on certificate "${p.subject}": expected SHA-256 or stronger, clients refuse the chain${p.refused}`,
  },
  check(model, ctx) {
    // No certificate of the model has a weak signature: no server's needs a look (nor its security level).
    if (!certificateFacts(model).infos.some(isWeak)) return;
    for (const endpoint of tlsEndpoints(model)) {
      // The server's own OpenSSL checks the signatures of the certificates it loads too (ssl_security_cert_sig,
      // self-signed ones excepted): below the security level nginx fails with "ca md too weak".
      const level = cipherSecurityLevel(model, endpoint, ctx.options.openssl);
      for (const ref of endpoint.certificates) {
        // The signature of a self-signed root is never checked: clients trust the root itself.
        for (const info of ref.chain ?? []) {
          if (!isWeak(info) || !info.signatureHash) continue;
          const refused = refusedAt(level, signatureSecurityBits(info.signatureHash, ctx.options.openssl))
            ? `; OpenSSL at security level ${level} refuses to load it, the server does not start` : '';
          ctx.report('weak', { subject: info.subject, algorithm: info.signatureAlgorithm, refused }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
        }
      }
    }
  },
});

function isWeak(info: CertificateInfo): boolean {
  return !info.selfSigned && info.signatureHash !== undefined && WEAK_HASHES.has(info.signatureHash);
}
