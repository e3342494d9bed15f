// hsts-overridden: a block's own response headers replace, and so drop, an inherited Strict-Transport-Security.
import { defineRule } from '../src/engine/define-rule.js';
import type { Fix } from '../src/engine/finding.js';
import { hstsHeadersOf, nginxHstsDirective } from '../src/model/hsts.js';
import { isTlsEndpoint, type ResponseHeader } from '../src/model/types.js';

export default defineRule({
  id: 'hsts-overridden',
  description: 'A block with its own response headers drops the inherited Strict-Transport-Security header',
  howToFix: 'Repeat the HSTS `add_header` in the block (or include a shared snippet)',
  severity: 'warning',
  tags: ['security', 'hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    // nginx: add_header directives are inherited only when the current level defines none (ngx_http_headers_module).
    nginx: (p: { scope: string; from: string }) =>
      `Expected add_header Strict-Transport-Security in "${p.scope}": its own add_header directives replace the ones inherited from ${p.from}`,
    generic: (p: { scope: string }) =>
      `Expected a Strict-Transport-Security header in "${p.scope}": its own headers replace the inherited ones`,
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints.filter(isTlsEndpoint)) {
      for (const scope of endpoint.scopes) {
        // A block that answers only an error status or closes the connection serves nothing HSTS would protect;
        // a redirect over HTTPS is a response browsers take HSTS from.
        if (scope.returns === 'error' || scope.returns === 'close' || hstsHeadersOf(scope.headers).length > 0) continue;
        const lost = hstsHeadersOf(scope.dropped)[0];
        if (!lost) continue;
        const label = scope.kind === 'server' ? endpoint.label : scope.label;
        const firstOwn = scope.ownHeaders.at(0);
        const range = firstOwn?.source ?? scope.range;
        const related = [{ range: lost.source, message: 'Strict-Transport-Security set here' }];
        if (endpoint.dialect === 'nginx') ctx.report('nginx', { scope: label, from: levelName(lost) }, range, { related, fix: copyBefore(firstOwn, lost) });
        else ctx.report('generic', { scope: label }, range, { related });
      }
    }
  },
});

/** Repeats the lost header on its own line just before the block's first add_header, at the same indentation. */
function copyBefore(firstOwn: ResponseHeader | undefined, lost: ResponseHeader): Fix | undefined {
  if (!firstOwn) return undefined;
  const at = { file: firstOwn.source.file, start: firstOwn.source.start, end: firstOwn.source.start };
  const indent = ' '.repeat(firstOwn.source.start.column - 1);
  return { description: 'Repeat the Strict-Transport-Security header in this block', edits: [{ range: at, text: `${nginxHstsDirective(lost.value, lost.always)}\n${indent}` }] };
}

function levelName(header: ResponseHeader): string {
  if (header.level === 'http') return 'http {}';
  if (header.level === 'server') return 'server {}';
  if (header.level === 'location') return 'the enclosing location';
  return 'the enclosing block';
}
