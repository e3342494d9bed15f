// hsts-overridden: a block's own response headers replace, and so drop, an inherited Strict-Transport-Security.
import { defineRule } from '../src/engine/define-rule.js';
import { HSTS_HEADER, hasHstsHeaders, hstsHeadersOf, hstsInEveryScope, isHstsName } from '../src/model/hsts.js';
import { tlsEndpoints } from '../src/model/types.js';

export default defineRule({
  id: 'hsts-overridden',
  description: 'A block with its own response headers drops the inherited Strict-Transport-Security header',
  howToFix: 'Repeat the Strict-Transport-Security header in the block that sets its own headers (or include a shared snippet)',
  severity: 'warning',
  tags: ['security', 'hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  // Not Caddy: Caddy adds a block's headers to the site's instead of replacing them.
  dialects: ['nginx', 'apache'],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    // HeaderScope.dropped: the dialect's inheritance rules decide what a block with headers of its own loses.
    replaced: (p: { directive: string; scope: string; from: string }) =>
      `Expected ${p.directive} Strict-Transport-Security in "${p.scope}": its own ${p.directive} directives replace the ones inherited from ${p.from}`,
    // HeaderScope.removals: the block removes the header by name.
    removed: (p: { scope: string; from: string }) =>
      `Expected the Strict-Transport-Security header inherited from ${p.from} in "${p.scope}" too, got it removed here`,
  },
  check(model, ctx) {
    const endpoints = tlsEndpoints(model);
    // A server that sends it from every block has lost it nowhere: its scopes need no second look.
    const everyScope = hstsInEveryScope(endpoints);
    for (let i = 0; i < endpoints.length; i++) {
      if (everyScope[i]) continue;
      const endpoint = endpoints[i];
      for (const scope of endpoint.scopes) {
        // A block that answers only an error status or closes the connection serves nothing HSTS would protect;
        // a redirect over HTTPS is a response browsers take HSTS from.
        if (scope.returns === 'error' || scope.returns === 'close' || hasHstsHeaders(scope.headers)) continue;
        const lost = hstsHeadersOf(scope.dropped)[0];
        if (!lost) continue;
        const label = scope.kind === 'endpoint' ? endpoint.label : scope.label;
        const removal = scope.removals?.find((r) => isHstsName(r.name));
        if (removal) {
          ctx.report('removed', { scope: label, from: ctx.names.level(lost.level) }, removal.source, { related: [{ range: lost.source, message: 'Strict-Transport-Security set here' }] });
          continue;
        }
        const firstOwn = scope.ownHeaders.at(0);
        const range = firstOwn?.source ?? scope.range;
        const related = [{ range: lost.source, message: 'Strict-Transport-Security set here' }];
        const change = firstOwn && { kind: 'copyHeader' as const, name: HSTS_HEADER, header: lost, before: firstOwn };
        ctx.report('replaced', { directive: ctx.names.headerDirective, scope: label, from: ctx.names.level(lost.level) }, range, { related, change });
      }
    }
  },
});
