// http-no-redirect: a plain-HTTP server answers with content for a name that is also served over HTTPS.
import { defineRule } from '../src/engine/define-rule.js';
import { endpointFacts } from '../src/model/facts.js';
import { isRealServerName as isRealName, isTlsEndpoint, tlsEndpoints, type Listener } from '../src/model/types.js';

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
    // Every plain HTTP listener's server redirects to https://: none needs a look.
    if (!endpointFacts(model).unredirectedPlainHttp) return;
    // The names of HTTPS servers, made when a plain server first needs them: a tree whose plain servers all
    // redirect to https:// (10,000 vhosts) never does.
    let tlsNames: Set<string> | undefined;
    for (const endpoint of model.endpoints) {
      if (endpoint.application !== 'http' || endpoint.httpRedirect?.toHttps) continue;
      const plain = endpoint.listeners.find(isPublicPlainListener);
      if (!plain) continue;
      // A file the linter could not read may set them (Endpoint.unknown): nothing to conclude.
      if (endpoint.unknown.has('redirect')) continue;
      const httpsNames = (tlsNames ??= new Set(tlsEndpoints(model).filter((e) => e.application === 'http').flatMap((e) => e.serverNames.filter(isRealName))));
      const shared = endpoint.serverNames.filter((n) => isRealName(n) && httpsNames.has(n));
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

