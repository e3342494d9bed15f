// cipher-no-usable-suite: no suite is left for the enabled protocols or the certificate, so handshakes fail.
import { defineRule } from '../src/engine/define-rule.js';
import { tlsEndpoints, type CertificateInfo, type Endpoint } from '../src/model/types.js';
import { expandCipherString } from '../src/tls/cipher-string.js';
import { cipherTargetKinds, cipherTargets, tlsSettingValues, type CipherTarget } from '../src/tls/endpoint-ciphers.js';
import { negotiableProtocols, suiteFitsKeyType } from '../src/tls/negotiable.js';

const KEY_NAMES: Record<CertificateInfo['keyType'], string> = { rsa: 'RSA', ec: 'ECDSA', ed25519: 'Ed25519', ed448: 'Ed448', dsa: 'DSA', unknown: 'unknown' };

/**
 * Key types of the endpoint's certificates, or empty unless every one was read: a certificate of unknown
 * type (not readable, named by a variable) may be the one the suites fit, and unknown is not a finding.
 */
function knownKeyTypes(target: CipherTarget): CertificateInfo['keyType'][] {
  const types = target.endpoint.certificates.map((c) => c.info?.keyType);
  return types.every((k) => k !== undefined && k !== 'unknown') ? (types as CertificateInfo['keyType'][]) : [];
}

/** False when every certificate's key type is known and no negotiable suite can be signed by any of them. */
function fitsKeys(target: CipherTarget): boolean {
  const keys = knownKeyTypes(target);
  return keys.length === 0 || target.negotiable.some((s) => keys.some((k) => suiteFitsKeyType(s, k)));
}

export default defineRule({
  id: 'cipher-no-usable-suite',
  description: 'Cipher string leaves no suite a client can negotiate',
  howToFix: "Enable suites for the enabled protocols and the certificate's key type",
  severity: 'error',
  tags: ['ciphers'],
  profiles: ['modern', 'intermediate', 'old'],
  messages: {
    rejected: (p: { value: string; reason: string }) => `Missing usable cipher suite: OpenSSL rejects "${p.value}" (${p.reason})`,
    noneForProtocols: (p: { value: string; protocols: string; library: string }) => `Missing cipher suite for ${p.protocols}: "${p.value}" leaves none ${p.library} will negotiate`,
    noneForKey: (p: { value: string; keys: string }) => `Missing cipher suite for the ${p.keys} certificate: "${p.value}" enables none that it can sign`,
    noProtocol: (p: { protocols: string; openssl: string }) =>
      `Missing usable protocol: OpenSSL ${p.openssl} negotiates none of "${p.protocols}" at this security level, so every handshake fails`,
  },
  check(model, ctx) {
    const { openssl } = ctx.options;
    const noProtocol = new Set<Endpoint>();
    const reported = new Set<string>();
    // A list keeps a protocol at every security level unless it keeps one only at level 0 (OpenSSL 3.0 refuses
    // the old ones from level 1 on): asked of each distinct list at level 1, no list losing all means no server does.
    const mayLoseAll = tlsSettingValues(model).protocols.some((list) => negotiableProtocols(list, openssl, 1).length === 0);
    for (const endpoint of mayLoseAll ? tlsEndpoints(model) : []) {
      if (endpoint.unknown.has('protocols') || endpoint.unknown.has('ciphers')) continue;
      const level = expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
      if (negotiableProtocols(endpoint.protocols.value, openssl, level).length > 0) continue;
      noProtocol.add(endpoint);
      const { source, valueRange } = endpoint.protocols;
      const range = source ? valueRange ?? source : endpoint.range;
      const key = `${range.file}:${range.start.offset}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report('noProtocol', { protocols: endpoint.protocols.value.join(' '), openssl }, range);
    }
    // Targets of one kind share all that decides the findings below: no kind with a problem, no target has one.
    const kinds = cipherTargetKinds(model, openssl);
    const mayFind = kinds.some((kind) => kind.expansion.error || (kind.legacyProtocols.length > 0 && (kind.negotiable.length === 0 || !fitsKeys(kind))));
    for (const target of mayFind ? cipherTargets(model, openssl) : []) {
      // With no protocol left there is no suite to look for: the protocols are the finding.
      if (noProtocol.has(target.endpoint)) continue;
      const value = target.endpoint.ciphers.value;
      if (target.expansion.error) {
        ctx.report('rejected', { value, reason: target.expansion.error.kind }, target.range);
        continue;
      }
      if (target.legacyProtocols.length === 0) continue;
      if (target.negotiable.length === 0) {
        const library = model.server.tlsLibrary === 'go' ? "Go's crypto/tls" : 'OpenSSL';
        ctx.report('noneForProtocols', { value, protocols: target.legacyProtocols.join(', '), library }, target.range);
        continue;
      }
      if (!fitsKeys(target)) ctx.report('noneForKey', { value, keys: knownKeyTypes(target).map((k) => KEY_NAMES[k]).join(' and ') }, target.range);
    }
  },
});
