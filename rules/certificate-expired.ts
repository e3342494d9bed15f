// certificate-expired: a certificate the config names is past its notAfter date.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange, DAY_MS, utcDay } from '../src/model/certificates.js';
import { certificateFacts } from '../src/model/facts.js';
import { tlsEndpoints } from '../src/model/types.js';

export default defineRule({
  id: 'certificate-expired',
  description: 'A certificate the server presents has expired',
  howToFix: 'Renew the certificate and point the certificate file setting at the new file',
  severity: 'error',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 7.5,
  messages: {
    expired: (p: { subject: string; notAfter: string; days: number }) =>
      `Expected a certificate valid now, got "${p.subject}" that expired on ${p.notAfter} (${p.days} day${p.days === 1 ? '' : 's'} ago): browsers refuse the connection`,
  },
  check(model, ctx) {
    const now = ctx.options.now.getTime();
    // No certificate of the model has expired: no server's needs a look.
    if (!certificateFacts(model).infos.some((info) => info.notAfter.getTime() < now)) return;
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        // The leaf and every intermediate the file serves: clients verify each one's dates. A self-signed
        // root after them is the client's own copy that counts, not the one sent.
        const chain = ref.chain ?? (ref.info ? [ref.info] : []);
        for (let index = 0; index < chain.length; index++) {
          const info = chain[index];
          if ((index > 0 && info.selfSigned) || info.notAfter.getTime() >= now) continue;
          const days = Math.floor((now - info.notAfter.getTime()) / DAY_MS);
          ctx.report('expired', { subject: info.subject, notAfter: utcDay(info.notAfter), days }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
        }
      }
    }
  },
});
