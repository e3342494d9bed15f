// cipher-not-in-profile: the cipher string enables suites the chosen Mozilla profile leaves out.
import { defineRule } from '../src/engine/define-rule.js';
import { cipherTargets } from '../src/tls/endpoint-ciphers.js';
import { inProfile, pickedSuitesOf } from '../src/tls/suite-classes.js';

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
    const outsideOf = pickedSuitesOf((s) => !inProfile(s, ctx.profile));
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const outside = outsideOf(target.negotiable);
      if (outside === null) continue;
      const data = { value: target.endpoint.ciphers.value, profile: ctx.profile.name, count: outside.count, suites: outside.suites };
      ctx.report('outside', data, target.range);
    }
  },
});
