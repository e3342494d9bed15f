// hsts-invalid: a Strict-Transport-Security header browsers ignore, or one hstspreload.org would refuse.
import { defineRule } from '../src/engine/define-rule.js';
import type { ReplaceTextChange } from '../src/model/change.js';
import { distinctHstsLists, newHstsHeaders, newHstsPolicies, PRELOAD_MIN_MAX_AGE, rangeInValue, type HstsProblem } from '../src/model/hsts.js';
import { mayServeTlsEndpoints, type ResponseHeader } from '../src/model/types.js';
import type { SourceRange } from '../src/syntax/range.js';

export default defineRule({
  id: 'hsts-invalid',
  description: 'A Strict-Transport-Security header is malformed, repeated, or unfit for preload',
  howToFix: 'Write one header: `max-age=63072000; includeSubDomains` (add `preload` only with both)',
  severity: 'error',
  tags: ['security', 'hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    syntax: (p: { reason: string }) => p.reason,
    // RFC 6797, section 8.1: a UA that receives several STS header fields MUST process only the first.
    duplicate: (p: { count: number; first: string }) =>
      `Expected one Strict-Transport-Security header, got ${p.count}: browsers use only the first ("${p.first}")`,
    preloadWithoutSubdomains: 'Expected includeSubDomains with preload: hstspreload.org refuses a domain without it',
    preloadShort: (p: { maxAge: number; minAge: number }) =>
      `Expected max-age of at least ${p.minAge} with preload, got ${p.maxAge}: hstspreload.org refuses shorter ones`,
  },
  check(model, ctx) {
    // An HSTS value is wrong wherever it is written: a snippet or .htaccess without sockets is checked too.
    // Each list and each header once (lists share header objects; newHstsHeaders gives each header with the first
    // list that holds it): what one reports again, the engine would only drop as a duplicate.
    const endpoints = mayServeTlsEndpoints(model);
    const lists = distinctHstsLists(endpoints);
    const fresh = newHstsHeaders(endpoints);
    const policies = newHstsPolicies(endpoints);
    for (let i = 0; i < lists.length; i++) {
      const headers = lists[i];
      if (headers.length > 1) {
        const related = [{ range: headers[0].source, message: 'The first Strict-Transport-Security header, the one browsers use' }];
        ctx.report('duplicate', { count: headers.length, first: headers[0].value }, headers[1].source, { related });
      }
      for (let j = 0; j < fresh[i].length; j++) {
        const header = fresh[i][j];
        if (header.dynamic) continue;
        const policy = policies[i][j];
        for (const problem of policy.problems) {
          const { range, change } = located(header, problem);
          ctx.report('syntax', { reason: problem.reason }, range, { change });
        }
        if (!policy.preload || policy.problems.some((p) => p.ignoresHeader)) continue;
        if (!policy.includeSubDomains) ctx.report('preloadWithoutSubdomains', undefined, header.valueRange);
        if (policy.maxAge !== null && policy.maxAge < PRELOAD_MIN_MAX_AGE) {
          ctx.report('preloadShort', { maxAge: policy.maxAge, minAge: PRELOAD_MIN_MAX_AGE }, header.valueRange);
        }
      }
    }
  },
});

/** Where in the source a problem is, and its repair when it has one; the whole value when the spot cannot be mapped. */
function located(header: ResponseHeader, problem: HstsProblem): { range: SourceRange; change?: ReplaceTextChange } {
  const range = problem.span ? rangeInValue(header, problem.span) : null;
  if (!range) return { range: header.valueRange };
  if (problem.replacement === undefined) return { range };
  return { range, change: { kind: 'replaceText', range, text: problem.replacement, description: `Write "${problem.replacement}"` } };
}
