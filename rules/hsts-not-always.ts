// hsts-not-always: a Strict-Transport-Security header sent only on successful and redirect responses.
import { defineRule } from '../src/engine/define-rule.js';
import { distinctHstsLists } from '../src/model/hsts.js';
import { tlsEndpoints, type ResponseHeader } from '../src/model/types.js';

export default defineRule({
  id: 'hsts-not-always',
  description: 'The Strict-Transport-Security header is not sent on error responses',
  howToFix: 'Send the header on every status, error responses included',
  severity: 'warning',
  tags: ['security', 'hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 3.1,
  fixable: true,
  messages: {
    // ResponseHeader.always: the dialect knows which statuses a header without it reaches (nginx: 2xx and 3xx only).
    notAlways: (p: { always: string; directive: string; server: string }) =>
      `Expected "${p.always}" on ${p.directive} Strict-Transport-Security: without it ${p.server} leaves the header off 4xx and 5xx responses`,
    // The header's own status list decides where it goes (headers-more -s): there is no flag to add.
    statusFilter: 'Expected the Strict-Transport-Security header on every response, got a status list without 4xx and 5xx codes: drop the list or add the error statuses',
    // ResponseHeader.deferred: Caddy writes deferred header fields only into responses a handler writes.
    deferred: (p: { server: string }) =>
      `Expected the Strict-Transport-Security header set before the next handler runs, got it deferred: ${p.server} leaves it off the error responses handlers fail with (a file_server 404, a reverse_proxy 502)`,
  },
  check(model, ctx) {
    const { names } = ctx;
    const data = { always: names.alwaysKeyword, directive: names.headerDirective, server: names.server };
    // Each list once: what a list shared by scopes reports again, the engine would only drop as a duplicate.
    for (const hsts of distinctHstsLists(tlsEndpoints(model))) {
      for (const header of missedOnErrors(hsts)) {
        if (header.statusFilter) {
          ctx.report('statusFilter', undefined, header.statusFilter);
          continue;
        }
        if (header.deferred) {
          const deferredBy = header.deferred;
          const related = deferredBy.start.offset === header.source.start.offset ? [] : [{ range: deferredBy, message: 'What defers it' }];
          ctx.report('deferred', { server: ctx.names.server }, header.source, { change: { kind: 'headerAlways', header }, related });
          continue;
        }
        ctx.report('notAlways', data, header.source, { change: { kind: 'headerAlways', header } });
      }
    }
  },
});

/**
 * The Strict-Transport-Security headers of a scope that miss error responses: none when the same requests also
 * get one on every status (Apache: `Header always set` in a <Location /> besides a vhost's `Header set`).
 */
function missedOnErrors(hsts: readonly ResponseHeader[]): readonly ResponseHeader[] {
  return hsts.some((header) => header.always) ? [] : hsts;
}
