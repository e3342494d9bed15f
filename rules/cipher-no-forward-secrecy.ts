// cipher-no-forward-secrecy: the cipher string enables suites whose key exchange is not ephemeral.
import { defineRule } from '../src/engine/define-rule.js';
import { cipherTargets } from '../src/tls/endpoint-ciphers.js';
import { hasForwardSecrecy, pickedSuitesOf } from '../src/tls/suite-classes.js';

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
    const staticKxOf = pickedSuitesOf((s) => !hasForwardSecrecy(s));
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const staticKx = staticKxOf(target.negotiable);
      if (staticKx === null) continue;
      const data = { value: target.endpoint.ciphers.value, count: staticKx.count, suites: staticKx.suites };
      ctx.report('noForwardSecrecy', data, target.range);
    }
  },
});
