// insecure-renegotiation: renegotiation allowed with clients that lack RFC 5746 (CVE-2009-3555).
import { defineRule } from '../src/engine/define-rule.js';
import { endpointFacts } from '../src/model/facts.js';
import { tlsEndpoints } from '../src/model/types.js';

export default defineRule({
  id: 'insecure-renegotiation',
  description: 'Legacy TLS renegotiation without RFC 5746 is allowed',
  howToFix: 'Turn insecure renegotiation off',
  severity: 'error',
  tags: ['security'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.9,
  // nginx never allows it (OpenSSL refuses legacy renegotiation unless told otherwise, and nginx does not);
  // only Apache's SSLInsecureRenegotiation turns it on.
  dialects: ['apache'],
  messages: {
    enabled: (p: { setting: string }) =>
      `Expected ${p.setting} off: clients without RFC 5746 let a man in the middle splice his request before theirs (CVE-2009-3555)`,
  },
  check(model, ctx) {
    // No server turns insecure renegotiation on: none needs a look.
    if (!endpointFacts(model).insecureRenegotiation) return;
    const setting = ctx.names.setting('insecureRenegotiation');
    const seen = new Set<unknown>();
    for (const endpoint of tlsEndpoints(model)) {
      const renegotiation = endpoint.insecureRenegotiation;
      if (!renegotiation?.value || renegotiation.source === null || seen.has(renegotiation.source)) continue;
      // TLS 1.3 has no renegotiation at all.
      if (!endpoint.protocols.value.some((p) => p !== 'TLSv1.3')) continue;
      seen.add(renegotiation.source);
      ctx.report('enabled', { setting }, renegotiation.source);
    }
  },
});
