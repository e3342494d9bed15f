// hsts-max-age-short: a Strict-Transport-Security max-age below the profile's minimum.
import { defineRule } from '../src/engine/define-rule.js';
import { newHstsHeaders, newHstsPolicies, rangeInValue, type HstsPolicy } from '../src/model/hsts.js';
import { mayServeTlsEndpoints, type ResponseHeader } from '../src/model/types.js';

export default defineRule({
  id: 'hsts-max-age-short',
  description: 'HSTS max-age is shorter than the profile asks for',
  howToFix: 'Raise `max-age` to the profile minimum (63072000)',
  severity: 'warning',
  tags: ['security', 'hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 3.1,
  fixable: true,
  options: {
    minMaxAge: {
      description: "Smallest max-age accepted, in seconds; the default is the profile's (63072000, two years, in every profile).",
      type: 'integer',
      minimum: 1,
      examples: [31536000],
    },
  },
  messages: {
    short: (p: { minAge: number; maxAge: number }) =>
      `Expected HSTS max-age of at least ${p.minAge} (${duration(p.minAge)}), got ${p.maxAge} (${duration(p.maxAge)})`,
    // RFC 6797, section 6.1.1: max-age=0 makes the browser forget the host as a Known HSTS Host.
    zero: (p: { minAge: number }) =>
      `Expected HSTS max-age of at least ${p.minAge} (${duration(p.minAge)}), got 0: browsers drop this host's HSTS policy`,
  },
  check(model, ctx) {
    const minAge = typeof ctx.ruleOptions.minMaxAge === 'number' ? ctx.ruleOptions.minMaxAge : ctx.profile.hstsMinAge;
    if (minAge <= 0) return;
    // An HSTS value is wrong wherever it is written: a snippet or .htaccess without sockets is checked too.
    // Each header once (newHstsHeaders): lists share header objects (a vhost's header reaches each of its <Directory> scopes),
    // and a header reported again would only be formatted for the engine to drop as a duplicate.
    const text = String(minAge);
    const description = `Set max-age to ${minAge}`;
    const endpoints = mayServeTlsEndpoints(model);
    const policies = newHstsPolicies(endpoints);
    const fresh = newHstsHeaders(endpoints);
    for (let i = 0; i < fresh.length; i++) {
      for (let j = 0; j < fresh[i].length; j++) {
        const header = fresh[i][j];
        const policy = knownPolicy(header, policies[i][j]);
        if (!policy || policy.maxAge === null || policy.maxAge >= minAge) continue;
        const digits = policy.maxAgeSpan && rangeInValue(header, policy.maxAgeSpan);
        // max-age=0 is how a site turns HSTS off on purpose: no fix silently turns it back on.
        if (policy.maxAge === 0) ctx.report('zero', { minAge }, digits ?? header.valueRange);
        else {
          const change = digits ? { kind: 'replaceText' as const, range: digits, text, description } : undefined;
          ctx.report('short', { minAge, maxAge: policy.maxAge }, digits ?? header.valueRange, { change });
        }
      }
    }
  },
});

/** The header's policy; null when its value is only known at run time or browsers ignore it (hsts-invalid's case). */
function knownPolicy(header: ResponseHeader, policy: HstsPolicy): HstsPolicy | null {
  if (header.dynamic) return null;
  return policy.problems.some((p) => p.ignoresHeader) ? null : policy;
}

const UNITS: ReadonlyArray<[seconds: number, name: string]> = [
  [365 * 86400, 'year'],
  [86400, 'day'],
  [3600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** `63072000` → `2 years`, `15768000` → `182.5 days`: a max-age a reader can weigh. */
function duration(seconds: number): string {
  // Thousands of findings repeat a few values: each worded once.
  let text = durations.get(seconds);
  if (text === undefined) {
    text = durationText(seconds);
    if (durations.size < 1024) durations.set(seconds, text);
  }
  return text;
}

const durations = new Map<number, string>();

function durationText(seconds: number): string {
  const [unit, name] = UNITS.find(([size]) => seconds >= size) ?? UNITS[UNITS.length - 1];
  const count = Math.round((seconds / unit) * 10) / 10;
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}
