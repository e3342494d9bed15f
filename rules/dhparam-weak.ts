// dhparam-weak: the DH parameters file holds a prime under 2048 bits and DHE suites can be negotiated.
import { defineRule } from '../src/engine/define-rule.js';
import { endpointFacts } from '../src/model/facts.js';
import { tlsEndpoints } from '../src/model/types.js';
import { offeredSuites } from '../src/tls/endpoint-ciphers.js';
import { dhSecurityBits, minimumKeyBits, refusedAt } from '../src/tls/security-level.js';

/**
 * Mozilla Server Side TLS gives the profile's `dh_param_size` (intermediate: the RFC 7919 ffdhe2048 group; old
 * in guidelines 5.x: 1024); Logjam (2015) showed 1024-bit groups breakable. A profile without DHE (modern) gets 2048.
 */
const DEFAULT_MIN_BITS = 2048;

export default defineRule({
  id: 'dhparam-weak',
  description: 'DH parameters are shorter than the profile asks for, or than OpenSSL loads',
  howToFix: 'Use the RFC 7919 ffdhe2048 group (Mozilla publishes it as ffdhe2048.txt) or larger parameters for the DH parameters file',
  severity: 'error',
  tags: ['security', 'ciphers'],
  profiles: ['modern', 'intermediate', 'old'],
  // Not Caddy: Go's crypto/tls has no DHE suites and reads no DH parameters.
  dialects: ['nginx', 'apache'],
  securitySeverity: 6.0,
  messages: {
    weak: (p: { bits: number; min: number; refused: string }) => `Weak DH parameters of ${p.bits} bits: expected at least ${p.min} bits for DHE key exchange${p.refused}`,
  },
  check(model, ctx) {
    // No server names DH parameters that were read: none needs a look.
    if (!endpointFacts(model).dhparamBits) return;
    const min = ctx.profile.dhParamSize ?? DEFAULT_MIN_BITS;
    for (const endpoint of tlsEndpoints(model)) {
      const bits = endpoint.dhparamBits;
      const setting = endpoint.dhparam;
      if (bits === undefined || !setting.source) continue;
      const offered = offeredSuites(endpoint, ctx.options.openssl);
      // nginx: SSL_CTX_set_tmp_dh fails below the security level ("dh key too small"), DHE or not.
      const refused = refusedAt(offered.expansion.securityLevel, dhSecurityBits(bits));
      // Parameters no negotiable suite uses weaken nothing, unless OpenSSL refuses them outright.
      if (!refused && (bits >= min || !offered.negotiable.some((s) => s.kx === 'kDHE'))) continue;
      const level = offered.expansion.securityLevel;
      const because = refused ? `: OpenSSL at security level ${level} refuses to load them, the server does not start` : '';
      ctx.report('weak', { bits, min: Math.max(min, minimumKeyBits(level).modulus), refused: because }, setting.valueRange ?? setting.source);
    }
  },
});
