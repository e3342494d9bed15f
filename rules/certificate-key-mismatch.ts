// certificate-key-mismatch: the private key file does not belong to the certificate it is paired with.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange } from '../src/model/certificates.js';
import { certificateFacts } from '../src/model/facts.js';

export default defineRule({
  id: 'certificate-key-mismatch',
  description: 'The private key does not belong to the certificate',
  howToFix: "Pair each certificate file with the key file it was issued for (their public keys must be equal)",
  severity: 'error',
  tags: ['certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.0,
  messages: {
    mismatch: (p: { subject: string; key: string }) =>
      `Expected the key file "${p.key}" to hold the private key of certificate "${p.subject}": their public keys differ, the server refuses to start`,
  },
  check(model, ctx) {
    // nginx: SSL_CTX_use_PrivateKey checks the pair (X509_check_private_key) and `nginx -t` fails with
    // "key values mismatch". The key file is compared in memory only (src/model/certificates.ts).
    if (!certificateFacts(model).keyMismatch) return;
    for (const endpoint of model.endpoints) {
      for (const ref of endpoint.certificates) {
        if (ref.keyCheck !== 'mismatch' || !ref.info || !ref.key) continue;
        const range = ref.key.valueRange ?? ref.key.source ?? certificateRange(ref) ?? endpoint.range;
        const certificate = certificateRange(ref);
        ctx.report('mismatch', { subject: ref.info.subject, key: ref.key.value }, range, {
          properties: certificateProperties(ref.info),
          related: certificate ? [{ range: certificate, message: 'The certificate file' }] : [],
        });
      }
    }
  },
});
