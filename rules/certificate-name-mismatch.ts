// certificate-name-mismatch: a name the server answers for is not among the certificate's subjectAltNames.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateProperties, certificateRange } from '../src/model/certificates.js';
import { tlsEndpoints } from '../src/model/types.js';
import { certificateCovers, requestedNames } from '../src/tls/hostnames.js';

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

export default defineRule({
  id: 'certificate-name-mismatch',
  description: 'The certificate does not cover a name the server answers for',
  howToFix: 'Get a certificate whose subjectAltNames list every server name (or a matching wildcard), or serve those names from a server with such a certificate',
  severity: 'error',
  tags: ['security', 'certificate'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 7.0,
  messages: {
    uncovered: (p: { names: string; sans: string; subject: string }) =>
      `Expected the certificate "${p.subject}" to cover ${p.names}, its names are ${p.sans}: browsers refuse the connection`,
  },
  check(model, ctx) {
    for (const endpoint of tlsEndpoints(model)) {
      for (const ref of endpoint.certificates) {
        const info = ref.info;
        if (!info) continue;
        // Names looked at in place: a list of every server's names, and one of those missed, was most of the cost.
        let missed: string[] | undefined;
        for (const serverName of endpoint.serverNames) {
          const names = requestedNames(serverName);
          if (names) for (const name of names) if (!certificateCovers(info, name)) (missed ??= []).push(name);
        }
        if (!missed) continue;
        const uncovered = [...new Set(missed)];
        const sans = [...info.dnsNames, ...info.ipAddresses];
        ctx.report('uncovered', { names: quoted(uncovered), sans: sans.length ? quoted(sans) : 'none (no subjectAltName)', subject: info.subject },
          certificateRange(ref) ?? endpoint.range, { properties: certificateProperties(info), related: [{ range: endpoint.range, message: `The server: ${endpoint.label}` }] });
      }
    }
  },
});
