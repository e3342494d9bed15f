// certificate-weak-key: a certificate of the served chain has a key under the profile's size, or one OpenSSL refuses to load.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange } from '../src/model/certificates.js';
import { tlsEndpoints, type CertificateInfo } from '../src/model/types.js';
import { cipherSecurityLevel } from '../src/tls/endpoint-ciphers.js';
import { keySecurityBits, minimumKeyBits, refusedAt } from '../src/tls/security-level.js';

/**
 * The key's weakness, or undefined. Mozilla Server Side TLS asks for RSA keys of `rsa_key_size` (2048) and
 * ECDSA keys of `ecdh_param_size` (256) bits; CA/Browser Forum Baseline Requirements 6.1.5 allow no DSA.
 */
function weakness(info: CertificateInfo, minRsa: number, minEc: number): string | undefined {
  if (info.keyType === 'dsa') return `DSA key${info.keyBits ? ` of ${info.keyBits} bits` : ''}`;
  if (info.keyType === 'rsa' && info.keyBits !== undefined && info.keyBits < minRsa) return `RSA key of ${info.keyBits} bits`;
  if (info.keyType === 'ec' && info.keyBits !== undefined && info.keyBits < minEc) return `EC key of ${info.keyBits} bits`;
  return undefined;
}

export default defineRule({
  id: 'certificate-weak-key',
  description: 'A certificate the server presents has a weak key',
  howToFix: 'Issue the certificate for a new ECDSA P-256 key or an RSA key of at least 2048 bits',
  severity: 'error',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 7.0,
  messages: {
    weak: (p: { subject: string; key: string; rsa: number; ec: number; refused: string }) =>
      `Weak ${p.key} in certificate "${p.subject}": expected ECDSA of at least ${p.ec} bits or RSA of at least ${p.rsa} bits${p.refused}`,
  },
  check(model, ctx) {
    for (const endpoint of tlsEndpoints(model)) {
      // OpenSSL checks every certificate it loads against the context's security level (ssl_security_cert):
      // below it, nginx fails with "ee key too small" / "ca key too small" and does not start.
      const level = cipherSecurityLevel(model, endpoint, ctx.options.openssl);
      const loadable = minimumKeyBits(level);
      const rsa = Math.max(ctx.profile.rsaKeySize ?? 2048, loadable.modulus);
      const ec = Math.max(ctx.profile.ecdhParamSize ?? 256, loadable.ec);
      for (const ref of endpoint.certificates) {
        (ref.chain ?? []).forEach((info, index) => {
          const refused = refusedAt(level, keySecurityBits(info.keyType, info.keyBits));
          // A self-signed root after the leaf is never used by clients (they hold their own copy), but the
          // server's OpenSSL still checks its key when loading the file.
          const profileWeak = index > 0 && info.selfSigned ? undefined : weakness(info, rsa, ec);
          const key = profileWeak ?? (refused ? `${info.keyType.toUpperCase()} key${info.keyBits ? ` of ${info.keyBits} bits` : ''}` : undefined);
          if (!key) return;
          const because = refused ? `: OpenSSL at security level ${level} refuses to load it, the server does not start` : '';
          ctx.report('weak', { subject: info.subject, key, rsa, ec, refused: because }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
        });
      }
    }
  },
});
