// cipher-weak: the cipher string enables suites with no, broken or export-grade protection.
import { defineRule } from '../src/engine/define-rule.js';
import type { SetCiphersChange } from '../src/model/change.js';
import { cipherTargetKinds, cipherTargets, type CipherTarget } from '../src/tls/endpoint-ciphers.js';
import type { Profile } from '../src/tls/mozilla-profiles.js';
import { securityLevelAllows } from '../src/tls/negotiable.js';
import { describeSuites, pickedSuitesOf, weaknessOf } from '../src/tls/suite-classes.js';
import type { SuiteFacts } from '../src/tls/suite-types.js';
import type { CipherStringResult } from '../src/tls/cipher-string.js';

interface WeakData {
  value: string;
  suites: string;
}

interface RefusedData extends WeakData {
  openssl: string;
  level: number;
}

function describedOrNull(suites: readonly SuiteFacts[]): string | null {
  return suites.length === 0 ? null : describeSuites(suites);
}

/** The profile's list in place of the written one; none for defaults (nothing to edit) or TLS 1.3-only profiles. */
function changeFor(target: CipherTarget, profile: Profile): SetCiphersChange | undefined {
  if (target.isDefault || profile.opensslCiphers.length === 0) return undefined;
  return { kind: 'setCiphers', endpoint: target.endpoint, profile };
}

export default defineRule({
  id: 'cipher-weak',
  description: 'Cipher string enables insecure cipher suites',
  howToFix: "Set the cipher list to the profile's",
  severity: 'error',
  tags: ['ciphers'],
  profiles: ['modern', 'intermediate', 'old'],
  // Not Caddy: Caddy accepts only the suites Go does not call insecure.
  dialects: ['nginx', 'apache'],
  fixable: true,
  messages: {
    weak: (p: WeakData) => `Weak cipher suites enabled by "${p.value}": ${p.suites}`,
    refused: (p: RefusedData) =>
      `Weak cipher suites requested by "${p.value}": ${p.suites} (OpenSSL ${p.openssl} refuses them at security level ${p.level})`,
  },
  check(model, ctx) {
    // Mozilla's `old` profile lists DES-CBC3-SHA on purpose (IE 8 on Windows XP): a suite the chosen
    // profile asks for is not reported, or the profile's own list would be flagged after --fix.
    const asked = new Set(ctx.profile.opensslCiphers);
    const isWeak = (suite: Parameters<typeof weaknessOf>[0]) => weaknessOf(suite) !== null && !asked.has(suite.openssl);
    const weakOf = pickedSuitesOf(isWeak);
    // Targets of one cipher string share their expansion too: its refused suites described once.
    const refusedOf = new Map<CipherStringResult, string | null>();
    const refusedIn = (expansion: CipherStringResult) => {
      let refused = refusedOf.get(expansion);
      if (refused === undefined) {
        refused = describedOrNull(expansion.suites.filter((s) => isWeak(s) && !securityLevelAllows(s, expansion.securityLevel)));
        refusedOf.set(expansion, refused);
      }
      return refused;
    };
    // Targets of one kind are judged alike (isDefault aside): no kind with a weak or refused suite, no finding.
    const kinds = cipherTargetKinds(model, ctx.options.openssl);
    if (!kinds.some((kind) => weakOf(kind.negotiable) !== null || (kind.expansion.securityLevel !== null && refusedIn(kind.expansion) !== null))) return;
    for (const target of cipherTargets(model, ctx.options.openssl)) {
      const value = target.endpoint.ciphers.value;
      const weak = weakOf(target.negotiable);
      if (weak !== null) {
        ctx.report('weak', { value, suites: weak.suites }, target.range, { change: changeFor(target, ctx.profile) });
        continue;
      }
      const level = target.expansion.securityLevel;
      const refused = refusedIn(target.expansion);
      if (refused !== null && level !== null && !target.isDefault) {
        ctx.report('refused', { value, suites: refused, openssl: ctx.options.openssl, level }, target.range, { change: changeFor(target, ctx.profile) });
      }
    }
  },
});
