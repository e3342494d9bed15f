// certificate-expires-soon: a certificate the config names expires within the configured number of days.
import { defineRule } from '../src/engine/define-rule.js';
import { tlsEndpoints, type CertificateInfo } from '../src/model/types.js';
import { certificateProperties, certificateRange, DAY_MS, utcDay } from '../src/model/certificates.js';
import { certificateFacts } from '../src/model/facts.js';

/** Let's Encrypt's clients renew 30 days before expiry; a certificate closer than that missed a renewal. */
const DEFAULT_DAYS = 30;

export default defineRule({
  id: 'certificate-expires-soon',
  description: 'A certificate the server presents expires within the warning period',
  howToFix: 'Renew the certificate now and check that automatic renewal (certbot, acme.sh) runs',
  severity: 'warning',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 4.0,
  options: {
    days: {
      description: 'Warn when a certificate expires within this many days of `--now` (default 30).',
      type: 'integer',
      minimum: 1,
      default: DEFAULT_DAYS,
      examples: [14],
    },
  },
  messages: {
    soon: (p: { subject: string; notAfter: string; days: number; limit: number }) =>
      `Expected a certificate valid for at least ${p.limit} more days, got "${p.subject}" that expires on ${p.notAfter} (in ${p.days} day${p.days === 1 ? '' : 's'})`,
  },
  check(model, ctx) {
    const limit = typeof ctx.ruleOptions.days === 'number' ? ctx.ruleOptions.days : DEFAULT_DAYS;
    const now = ctx.options.now.getTime();
    // No certificate of the model expires soon: no server's needs a look.
    if (!certificateFacts(model).infos.some((info) => expiresWithin(info, now, limit))) return;
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const info = ref.info;
        if (!info || !expiresWithin(info, now, limit)) continue;
        const days = Math.floor((info.notAfter.getTime() - now) / DAY_MS);
        ctx.report('soon', { subject: info.subject, notAfter: utcDay(info.notAfter), days, limit }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
      }
    }
  },
});

/** True when `info` is valid at `now` and expires in fewer than `limit` whole days. */
function expiresWithin(info: CertificateInfo, now: number, limit: number): boolean {
  // An expired or not yet valid certificate is certificate-expired's or certificate-not-yet-valid's finding.
  if (info.notAfter.getTime() < now || info.notBefore.getTime() > now) return false;
  return Math.floor((info.notAfter.getTime() - now) / DAY_MS) < limit;
}
