// cipher-no-forward-secrecy: the cipher string enables suites whose key exchange is not ephemeral.
import { defineRule } from '../src/engine/define-rule.js';
import { cipherTargets } from '../src/tls/endpoint-ciphers.js';
import { describeSuites, hasForwardSecrecy } from '../src/tls/suite-classes.js';
import type { SuiteFacts } from '../src/tls/suite-types.js';

export default defineRule({
  id: 'cipher-no-forward-secrecy',
  description: 'Cipher string enables suites without forward secrecy',
  howToFix: "Drop static-RSA/DH suites: use the profile's ECDHE list",
  severity: 'warning',
  tags: ['ciphers'],
  profiles: ['modern', 'intermediate'],
  messages: {
    noForwardSecrecy: (p: { value: string; count: number; suites: string }) =>
      `Expected only (EC)DHE key exchange, got ${p.count} suites without forward secrecy from "${p.value}": ${p.suites}`,
  },
  check(model, ctx) {
    // Targets of one cipher string share their negotiable list: thousands of vhosts, a handful of lists.
    const staticKxOf = new Map<readonly SuiteFacts[], { count: number; suites: string } | null>();
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      let staticKx = staticKxOf.get(target.negotiable);
      if (staticKx === undefined) {
        const suites = target.negotiable.filter((s) => !hasForwardSecrecy(s));
        staticKx = suites.length === 0 ? null : { count: suites.length, suites: describeSuites(suites) };
        staticKxOf.set(target.negotiable, staticKx);
      }
      if (staticKx === null) continue;
      const data = { value: target.endpoint.ciphers.value, count: staticKx.count, suites: staticKx.suites };
      ctx.report('noForwardSecrecy', data, target.range);
    }
  },
});
