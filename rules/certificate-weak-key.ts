// certificate-weak-key: a certificate of the served chain has an RSA key under 2048 bits, an EC key under 256, or a DSA key.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange } from '../src/model/certificates.js';
import { isTlsEndpoint, type CertificateInfo } from '../src/model/types.js';

/**
 * Mozilla Server Side TLS 5.7+: certificates with RSA keys of at least 2048 bits or ECDSA keys of at
 * least 256 bits; CA/Browser Forum Baseline Requirements 6.1.5 set the same floor and allow no DSA.
 */
function weakness(info: CertificateInfo): string | undefined {
  if (info.keyType === 'dsa') return `DSA key${info.keyBits ? ` of ${info.keyBits} bits` : ''}`;
  if (info.keyType === 'rsa' && info.keyBits !== undefined && info.keyBits < 2048) return `RSA key of ${info.keyBits} bits`;
  if (info.keyType === 'ec' && info.keyBits !== undefined && info.keyBits < 256) return `EC key of ${info.keyBits} bits`;
  return undefined;
}

export default defineRule({
  id: 'certificate-weak-key',
  description: 'A certificate the server presents has a weak key',
  howToFix: 'Issue the certificate for a new ECDSA P-256 key or an RSA key of at least 2048 bits',
  severity: 'warning',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 6.0,
  messages: {
    weak: (p: { subject: string; key: string }) =>
      `Weak ${p.key} in certificate "${p.subject}": expected ECDSA of at least 256 bits or RSA of at least 2048 bits`,
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const ref of endpoint.certificates) {
        // A self-signed root after the leaf is never used by clients: they hold their own copy.
        (ref.chain ?? []).forEach((info, index) => {
          const key = index > 0 && info.selfSigned ? undefined : weakness(info);
          if (key) ctx.report('weak', { subject: info.subject, key }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
        });
      }
    }
  },
});
