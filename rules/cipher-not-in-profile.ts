// cipher-not-in-profile: the cipher string enables suites the chosen Mozilla profile leaves out.
import { defineRule } from '../src/engine/define-rule.js';
import { cipherTargets } from '../src/tls/endpoint-ciphers.js';
import { describeSuites, inProfile } from '../src/tls/suite-classes.js';
import type { SuiteFacts } from '../src/tls/suite-types.js';

export default defineRule({
  id: 'cipher-not-in-profile',
  description: 'Cipher string enables suites outside the Mozilla profile',
  howToFix: "Set the cipher list to the profile's (`tlslint ciphers` shows what a string enables)",
  severity: 'warning',
  tags: ['ciphers', 'profile'],
  profiles: ['modern', 'intermediate', 'old'],
  messages: {
    outside: (p: { value: string; profile: string; count: number; suites: string }) =>
      `Expected only suites of the Mozilla ${p.profile} profile, got ${p.count} others from "${p.value}": ${p.suites}`,
  },
  check(model, ctx) {
    // Targets of one cipher string share their negotiable list: thousands of vhosts, a handful of lists.
    const outsideOf = new Map<readonly SuiteFacts[], { count: number; suites: string } | null>();
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      let outside = outsideOf.get(target.negotiable);
      if (outside === undefined) {
        const suites = target.negotiable.filter((s) => !inProfile(s, ctx.profile));
        outside = suites.length === 0 ? null : { count: suites.length, suites: describeSuites(suites) };
        outsideOf.set(target.negotiable, outside);
      }
      if (outside === null) continue;
      const data = { value: target.endpoint.ciphers.value, profile: ctx.profile.name, count: outside.count, suites: outside.suites };
      ctx.report('outside', data, target.range);
    }
  },
});
