// client-auth-unverified: the server asks for client certificates but accepts any one, unverified.
import { defineRule } from '../src/engine/define-rule.js';
import { endpointFacts } from '../src/model/facts.js';
import { tlsEndpoints } from '../src/model/types.js';

export default defineRule({
  id: 'client-auth-unverified',
  description: 'Client certificates are requested but accepted without verification against a CA',
  howToFix: 'Use a client-authentication mode that verifies the certificate and name the CA certificates that sign your clients',
  severity: 'warning',
  tags: ['security', 'client-auth'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 6.5,
  messages: {
    unverified: (p: { written: string; verify: string }) =>
      `Expected ${p.verify}: "${p.written}" accepts any client certificate, self-signed ones included`,
  },
  check(model, ctx) {
    // No server asks for client certificates it does not verify: none needs a look.
    if (!endpointFacts(model).unverifiedClientAuth) return;
    for (const endpoint of tlsEndpoints(model)) {
      const auth = endpoint.clientAuth;
      if (!auth || auth.mode === 'none' || auth.verified || auth.handedOn || !auth.source) continue;
      // CA certificates named for this mode are only listed to the client as acceptable issuers.
      const related = auth.caSource ? [{ range: auth.caSource, message: 'CA certificates named here are not checked against in this mode' }] : [];
      ctx.report('unverified', { written: auth.written, verify: ctx.names.clientAuthVerify(auth) }, auth.source, { related });
    }
  },
});
