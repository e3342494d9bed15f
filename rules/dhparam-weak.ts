// dhparam-weak: the DH parameters file holds a prime under 2048 bits and DHE suites can be negotiated.
import { defineRule } from '../src/engine/define-rule.js';
import { isTlsEndpoint } from '../src/model/types.js';
import { offeredSuites } from '../src/tls/endpoint-ciphers.js';

/** Mozilla Server Side TLS (intermediate) uses the RFC 7919 ffdhe2048 group; Logjam (2015) showed 1024-bit groups breakable. */
const MIN_BITS = 2048;

export default defineRule({
  id: 'dhparam-weak',
  description: 'DH parameters are shorter than 2048 bits',
  howToFix: 'Use the RFC 7919 ffdhe2048 group (Mozilla publishes it as ffdhe2048.txt) or larger parameters for the DH parameters file',
  severity: 'warning',
  tags: ['security', 'ciphers'],
  profiles: ['modern', 'intermediate', 'old'],
  // Not Caddy: Go's crypto/tls has no DHE suites and reads no DH parameters.
  dialects: ['nginx'],
  securitySeverity: 6.0,
  messages: {
    weak: (p: { bits: number }) => `Weak DH parameters of ${p.bits} bits: expected at least ${MIN_BITS} bits for DHE key exchange`,
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      const bits = endpoint.dhparamBits;
      const setting = endpoint.dhparam;
      if (bits === undefined || bits >= MIN_BITS || !setting.source) continue;
      // Parameters no negotiable suite uses weaken nothing.
      if (!offeredSuites(endpoint, ctx.options.openssl).negotiable.some((s) => s.kx === 'kDHE')) continue;
      ctx.report('weak', { bits }, setting.valueRange ?? setting.source);
    }
  },
});
