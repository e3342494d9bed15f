// http-no-redirect: a plain-HTTP server answers with content for a name that is also served over HTTPS.
import { defineRule } from '../src/engine/define-rule.js';
import { isRealServerName as isRealName, isTlsEndpoint, type Listener } from '../src/model/types.js';

export default defineRule({
  id: 'http-no-redirect',
  description: 'A plain-HTTP server does not redirect to its HTTPS twin',
  howToFix: 'Answer every plain-HTTP request with a permanent redirect to the same URL on https://',
  severity: 'warning',
  tags: ['security', 'redirect'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 4.3,
  messages: {
    noRedirect: (p: { names: string }) => `Expected a redirect to https:// for "${p.names}", got content over plain HTTP`,
    plainRedirect: (p: { names: string }) => `Expected a redirect to https:// for "${p.names}", got a redirect that stays on plain HTTP`,
  },
  check(model, ctx) {
    const web = model.endpoints.filter((e) => e.application === 'http');
    const tlsNames = new Set(web.filter(isTlsEndpoint).flatMap((e) => e.serverNames.filter(isRealName)));
    for (const endpoint of web) {
      const plain = endpoint.listeners.find(isPublicPlainListener);
      if (!plain || endpoint.httpRedirect?.toHttps) continue;
      // A file the linter could not read may set them (Endpoint.unknown): nothing to conclude.
      if (endpoint.unknown.has('redirect')) continue;
      const shared = endpoint.serverNames.filter((n) => isRealName(n) && tlsNames.has(n));
      // The https twin: another TLS server with a common name, or this very server on a TLS port too.
      if (shared.length === 0 && !isTlsEndpoint(endpoint)) continue;
      // A server that only answers with an error status or closes the connection (`return 444;`) serves no content to protect.
      const answer = endpoint.scopes[0]?.returns;
      if (!endpoint.httpRedirect && (answer === 'error' || answer === 'close')) continue;
      const names = (shared.length ? shared : endpoint.serverNames.filter(isRealName)).join(' ') || endpoint.label;
      const range = plain.source ?? endpoint.range;
      if (endpoint.httpRedirect) {
        const related = [{ range: endpoint.httpRedirect.source, message: 'The redirect that does not go to https://' }];
        ctx.report('plainRedirect', { names }, range, { related });
      }
      else ctx.report('noRedirect', { names }, range);
    }
  },
});

/** A plain TCP listener browsers can reach: not TLS, not QUIC, not a unix socket, not loopback-only. */
function isPublicPlainListener(listener: Listener): boolean {
  if (listener.tls || listener.quic || listener.unixPath !== undefined) return false;
  const address = listener.address?.replace(/^\[|\]$/g, '') ?? '';
  return !(address === 'localhost' || address === '::1' || /^127\./.test(address));
}

