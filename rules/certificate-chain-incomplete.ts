// certificate-chain-incomplete: the served certificate file lacks an intermediate, or its certificates are out of order.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange } from '../src/model/certificates.js';
import { certificateFacts } from '../src/model/facts.js';
import { tlsEndpoints } from '../src/model/types.js';

export default defineRule({
  id: 'certificate-chain-incomplete',
  description: 'The certificate chain the server sends is incomplete or out of order',
  howToFix: 'Serve the full chain: the certificate first, then each intermediate that signed the one before it (the CA\'s "fullchain" file)',
  severity: 'warning',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.0,
  messages: {
    incomplete: (p: { last: string; issuer: string }) =>
      `Missing intermediate certificate: the file ends with "${p.last}", whose issuer "${p.issuer}" is neither in the file nor a known root; clients without a cached copy refuse the chain`,
    outOfOrder: (p: { position: number; subject: string; next: string }) =>
      `Expected each certificate in the file to be signed by the next, got "${p.subject}" (certificate ${p.position}) followed by "${p.next}", which did not sign it`,
  },
  check(model, ctx) {
    // No reference of the model has a broken chain: no server's needs a look.
    if (!certificateFacts(model).chainProblem) return;
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const problem = ref.chainProblem;
        if (!problem || !ref.info || !ref.chain) continue;
        const range = certificateRange(ref) ?? endpoint.range;
        const properties = certificateProperties(ref.info);
        if (problem.kind === 'incomplete') {
          ctx.report('incomplete', { last: ref.chain[ref.chain.length - 1].subject, issuer: problem.issuer }, range, { properties });
        } else {
          ctx.report('outOfOrder', { position: problem.index + 1, subject: problem.subject, next: problem.next }, range, { properties });
        }
      }
    }
  },
});
