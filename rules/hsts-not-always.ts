// hsts-not-always: a Strict-Transport-Security header sent only on successful and redirect responses.
import { defineRule } from '../src/engine/define-rule.js';
import { hstsHeadersOf } from '../src/model/hsts.js';
import { isTlsEndpoint } from '../src/model/types.js';

export default defineRule({
  id: 'hsts-not-always',
  description: 'The Strict-Transport-Security header is not sent on error responses',
  howToFix: 'Add `always` to the `add_header`',
  severity: 'warning',
  tags: ['security', 'hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 3.1,
  fixable: true,
  messages: {
    // nginx: add_header applies to 200, 201, 204, 206, 301, 302, 303, 304, 307 and 308 unless `always` is given.
    nginx: 'Expected "always" on add_header Strict-Transport-Security: without it nginx leaves the header off 4xx and 5xx responses',
    generic: 'Expected the Strict-Transport-Security header on every response, got it on successful and redirect responses only',
    statusFilter: 'Expected the Strict-Transport-Security header on every response, got a status list without 4xx and 5xx codes: drop the list or add the error statuses',
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const header of endpoint.scopes.flatMap((s) => hstsHeadersOf(s.headers))) {
        if (header.always) continue;
        if (header.statusFilter) {
          ctx.report('statusFilter', undefined, header.statusFilter);
          continue;
        }
        if (endpoint.dialect !== 'nginx') {
          ctx.report('generic', undefined, header.source);
          continue;
        }
        const after = { file: header.valueRange.file, start: header.valueRange.end, end: header.valueRange.end };
        ctx.report('nginx', undefined, header.source, { fix: { description: 'Send the header on every status', edits: [{ range: after, text: ' always' }] } });
      }
    }
  },
});
