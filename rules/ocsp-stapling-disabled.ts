// ocsp-stapling-disabled: the profile asks for OCSP stapling, the server does not staple, and the certificate has a responder.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateFacts } from '../src/model/facts.js';
import { tlsEndpoints } from '../src/model/types.js';

export default defineRule({
  id: 'ocsp-stapling-disabled',
  description: 'OCSP stapling is off for a certificate that names an OCSP responder',
  howToFix: 'Turn OCSP stapling on, with verification of the stapled response',
  severity: 'note',
  tags: ['security', 'ocsp'],
  profiles: ['modern', 'intermediate', 'old'],
  // Not Caddy: Caddy staples OCSP for every certificate it serves.
  dialects: ['nginx', 'apache'],
  securitySeverity: 2.0,
  fixable: true,
  messages: {
    responder: (p: { responder: string }) => `Expected OCSP stapling on: the certificate names OCSP responder "${p.responder}"`,
  },
  check(model, ctx) {
    if (!ctx.profile.ocspStaple) return;
    // No certificate of the model names a responder: there is nothing to staple anywhere.
    if (!certificateFacts(model).infos.some((info) => info.ocspResponders.length > 0)) return;
    for (const endpoint of tlsEndpoints(model)) {
      // A file the linter could not read may set them (Endpoint.unknown): nothing to conclude.
      if (!endpoint.staplingAvailable || endpoint.unknown.has('stapling') || endpoint.stapling.value) continue;
      // Many CAs (Let's Encrypt since 2025) issue certificates without an OCSP responder: nothing to staple.
      const withResponder = endpoint.certificates.find((c) => c.info && c.info.ocspResponders.length > 0);
      // A certificate the linter cannot read may or may not name one: unknown is not a finding.
      if (!withResponder) continue;
      const { source, valueRange } = endpoint.stapling;
      const change = source && valueRange ? { kind: 'set' as const, endpoint, key: 'stapling' as const, value: true } : undefined;
      const range = source ?? endpoint.range;
      ctx.report('responder', { responder: withResponder.info!.ocspResponders[0] }, range, { change });
    }
  },
});
