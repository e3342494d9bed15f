// certificate-weak-key: a certificate of the served chain has a key under the profile's size, or one OpenSSL refuses to load.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange } from '../src/model/certificates.js';
import { certificateFacts } from '../src/model/facts.js';
import { tlsEndpoints, type CertificateInfo } from '../src/model/types.js';
import { cipherSecurityLevel, cipherSecurityLevels } from '../src/tls/endpoint-ciphers.js';
import type { Profile } from '../src/tls/mozilla-profiles.js';
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
    // Thousands of servers load one certificate file at one security level: each chain judged once per level.
    const judged = new Map<readonly CertificateInfo[], Map<number | null, readonly WeakKey[]>>();
    // No certificate of the model is weak at any security level its servers run at: no server needs a look.
    const levels = cipherSecurityLevels(model, ctx.options.openssl);
    const infos = certificateFacts(model).infos;
    if (!levels.some((level) => infos.some((info) => keyWeakness(info, false, level, ctx.profile) !== undefined))) return;
    for (const endpoint of tlsEndpoints(model)) {
      // OpenSSL checks every certificate it loads against the context's security level (ssl_security_cert):
      // below it, nginx fails with "ee key too small" / "ca key too small" and does not start.
      const level = cipherSecurityLevel(model, endpoint, ctx.options.openssl);
      for (const ref of endpoint.certificates) {
        if (!ref.chain) continue;
        let byLevel = judged.get(ref.chain);
        if (!byLevel) judged.set(ref.chain, (byLevel = new Map()));
        let weak = byLevel.get(level);
        if (!weak) byLevel.set(level, (weak = weakKeys(ref.chain, level, ctx.profile)));
        for (const { info, data } of weak) ctx.report('weak', data, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
      }
    }
  },
});

interface WeakKey {
  info: CertificateInfo;
  data: { subject: string; key: string; rsa: number; ec: number; refused: string };
}

/** The certificates of `chain` whose keys are weak for the profile or refused at security `level`, in order. */
function weakKeys(chain: readonly CertificateInfo[], level: number | null, profile: Profile): WeakKey[] {
  const weak: WeakKey[] = [];
  chain.forEach((info, index) => {
    const found = keyWeakness(info, index > 0 && info.selfSigned, level, profile);
    if (found) weak.push({ info, data: { subject: info.subject, ...found } });
  });
  return weak;
}

/**
 * What is weak about the key of `info` at security `level`, or undefined. `clientsOwnRoot`: a self-signed root
 * after the leaf is never used by clients (they hold their own copy), but the server's OpenSSL still checks its
 * key when loading the file.
 */
function keyWeakness(info: CertificateInfo, clientsOwnRoot: boolean, level: number | null, profile: Profile): Omit<WeakKey['data'], 'subject'> | undefined {
  const loadable = minimumKeyBits(level);
  const rsa = Math.max(profile.rsaKeySize ?? 2048, loadable.modulus);
  const ec = Math.max(profile.ecdhParamSize ?? 256, loadable.ec);
  const refused = refusedAt(level, keySecurityBits(info.keyType, info.keyBits));
  const profileWeak = clientsOwnRoot ? undefined : weakness(info, rsa, ec);
  const key = profileWeak ?? (refused ? `${info.keyType.toUpperCase()} key${info.keyBits ? ` of ${info.keyBits} bits` : ''}` : undefined);
  if (!key) return undefined;
  const because = refused ? `: OpenSSL at security level ${level} refuses to load it, the server does not start` : '';
  return { key, rsa, ec, refused: because };
}
