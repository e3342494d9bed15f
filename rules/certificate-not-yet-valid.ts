// certificate-not-yet-valid: a certificate the config names starts its validity after the run's clock (`--now`).
import { defineRule, type ReportExtras } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange, utcDay } from '../src/model/certificates.js';
import { certificateFacts } from '../src/model/facts.js';
import { tlsEndpoints, type CertificateInfo } from '../src/model/types.js';

export default defineRule({
  id: 'certificate-not-yet-valid',
  description: 'A certificate the server presents is not valid yet',
  howToFix: 'Serve a certificate that is valid now (check the clock of the machine that issued it), or wait until its start date before deploying it',
  severity: 'error',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 7.5,
  messages: {
    notYetValid: (p: { subject: string; notBefore: string }) =>
      `Expected a certificate valid now, got "${p.subject}" that is valid only from ${p.notBefore}: browsers refuse the connection`,
  },
  check(model, ctx) {
    const now = ctx.options.now.getTime();
    // No certificate of the model is not yet valid: no server's needs a look.
    if (!certificateFacts(model).infos.some((info) => info.notBefore.getTime() > now)) return;
    // What is reported, made once per certificate: thousands of servers loading one file get one message, worded once.
    const reportOf = new Map<CertificateInfo, { data: { subject: string; notBefore: string }; extras: ReportExtras }>();
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        // The leaf and every intermediate the file serves; a self-signed root after them is the client's own copy that counts.
        const chain = ref.chain ?? (ref.info ? [ref.info] : []);
        for (let index = 0; index < chain.length; index++) {
          const info = chain[index];
          if ((index > 0 && info.selfSigned) || info.notBefore.getTime() <= now) continue;
          let report = reportOf.get(info);
          if (!report) {
            report = { data: { subject: info.subject, notBefore: utcDay(info.notBefore) }, extras: { properties: certificateProperties(info) } };
            reportOf.set(info, report);
          }
          ctx.report('notYetValid', report.data, certificateRange(ref) ?? endpoint.range, report.extras);
        }
      }
    }
  },
});
