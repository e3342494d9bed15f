// certificate-expired: a certificate the config names is past its notAfter date, or not valid yet.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateRange, DAY_MS, utcDay } from '../src/model/certificates.js';
import { isTlsEndpoint } from '../src/model/types.js';

export default defineRule({
  id: 'certificate-expired',
  description: 'A certificate the server presents has expired or is not valid yet',
  howToFix: 'Renew the certificate (or fix the clock it was issued with) and point the configuration at the new file',
  severity: 'error',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 7.5,
  messages: {
    expired: (p: { subject: string; notAfter: string; days: number }) =>
      `Expected a certificate valid now, got "${p.subject}" that expired on ${p.notAfter} (${p.days} day${p.days === 1 ? '' : 's'} ago): browsers refuse the connection`,
    notYetValid: (p: { subject: string; notBefore: string }) =>
      `Expected a certificate valid now, got "${p.subject}" that is valid only from ${p.notBefore}: browsers refuse the connection`,
  },
  check(model, ctx) {
    const now = ctx.options.now.getTime();
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const ref of endpoint.certificates) {
        const info = ref.info;
        if (!info) continue;
        const range = certificateRange(ref) ?? endpoint.range;
        if (info.notAfter.getTime() < now) {
          ctx.report('expired', { subject: info.subject, notAfter: utcDay(info.notAfter), days: Math.floor((now - info.notAfter.getTime()) / DAY_MS) }, range);
        } else if (info.notBefore.getTime() > now) {
          ctx.report('notYetValid', { subject: info.subject, notBefore: utcDay(info.notBefore) }, range);
        }
      }
    }
  },
});
