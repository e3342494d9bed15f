// hsts-not-always: a Strict-Transport-Security header sent only on successful and redirect responses.
import { defineRule } from '../src/engine/define-rule.js';
import { hstsHeadersOf } from '../src/model/hsts.js';
import { isTlsEndpoint } from '../src/model/types.js';

export default defineRule({
  id: 'hsts-not-always',
  description: 'The Strict-Transport-Security header is not sent on error responses',
  howToFix: 'Send the header on every status, error responses included',
  severity: 'warning',
  tags: ['security', 'hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  // Not Caddy: Caddy's `header` is applied on every status: there is no 2xx-only form to catch.
  dialects: ['nginx', 'apache'],
  securitySeverity: 3.1,
  fixable: true,
  messages: {
    // ResponseHeader.always: the dialect knows which statuses a header without it reaches (nginx: 2xx and 3xx only).
    notAlways: (p: { always: string; directive: string; server: string }) =>
      `Expected "${p.always}" on ${p.directive} Strict-Transport-Security: without it ${p.server} leaves the header off 4xx and 5xx responses`,
    // The header's own status list decides where it goes (headers-more -s): there is no flag to add.
    statusFilter: 'Expected the Strict-Transport-Security header on every response, got a status list without 4xx and 5xx codes: drop the list or add the error statuses',
  },
  check(model, ctx) {
    const { names } = ctx;
    const data = { always: names.alwaysKeyword, directive: names.headerDirective, server: names.server };
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const scope of endpoint.scopes) {
        const hsts = hstsHeadersOf(scope.headers);
        // Error responses of this scope get the header already (Apache: `Header always set` besides `Header set`).
        if (hsts.some((header) => header.always)) continue;
        for (const header of hsts) {
          if (header.statusFilter) ctx.report('statusFilter', undefined, header.statusFilter);
          else ctx.report('notAlways', data, header.source, { change: { kind: 'headerAlways', header } });
        }
      }
    }
  },
});
