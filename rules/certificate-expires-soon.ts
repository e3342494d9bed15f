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
    if (!certificateFacts(model).infos.some((info) => daysLeftWithin(info, now, limit) !== undefined)) return;
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const info = ref.info;
        const days = info && daysLeftWithin(info, now, limit);
        if (!info || days === undefined) continue;
        ctx.report('soon', { subject: info.subject, notAfter: utcDay(info.notAfter), days, limit }, certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info) });
      }
    }
  },
});

/** The whole days `info` has left when it is valid at `now` and expires in fewer than `limit` of them, else undefined. */
function daysLeftWithin(info: CertificateInfo, now: number, limit: number): number | undefined {
  // An expired or not yet valid certificate is certificate-expired's or certificate-not-yet-valid's finding.
  if (info.notAfter.getTime() < now || info.notBefore.getTime() > now) return undefined;
  const days = Math.floor((info.notAfter.getTime() - now) / DAY_MS);
  return days < limit ? days : undefined;
}
