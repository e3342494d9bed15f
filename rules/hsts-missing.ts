// hsts-missing: an HTTPS server whose responses carry no Strict-Transport-Security header.
import { defineRule } from '../src/engine/define-rule.js';
import type { AddHeaderChange } from '../src/model/change.js';
import { HSTS_HEADER, hasHstsHeaders, hstsInEveryScope, isHstsName } from '../src/model/hsts.js';
import { tlsEndpoints, realServerNames, type Endpoint, type HeaderScope, type ResponseHeader } from '../src/model/types.js';
import type { SourceRange } from '../src/syntax/range.js';

export default defineRule({
  id: 'hsts-missing',
  description: 'An HTTPS server sends no Strict-Transport-Security header',
  howToFix: 'Send `Strict-Transport-Security: max-age=63072000` on every HTTPS response, error statuses included',
  severity: 'warning',
  tags: ['security', 'hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 4.3,
  fixable: true,
  messages: {
    server: (p: { names: string; maxAge: number }) =>
      `Expected a Strict-Transport-Security header ("max-age=${p.maxAge}") on "${p.names}", got none`,
    scope: (p: { scope: string }) =>
      `Expected a Strict-Transport-Security header in "${p.scope}" too, got none: other blocks of this server send it`,
    // hstspreload.org: "If you are serving an additional redirect from your HTTPS site, that redirect must
    // still have the HSTS header"; browsers store the policy from any response over HTTPS (RFC 6797 8.1).
    // A header the configuration writes for HSTS that the server never sends (ResponseHeader.unsent).
    unsent: (p: { names: string; why: string }) =>
      `Expected a Strict-Transport-Security header on "${p.names}", got none: ${p.why}`,
    redirect: (p: { names: string; maxAge: number }) =>
      `Expected a Strict-Transport-Security header ("max-age=${p.maxAge}") on the HTTPS redirects of "${p.names}", got none: browsers store HSTS from a redirect too, and preload lists require it there`,
  },
  check(model, ctx) {
    const maxAge = ctx.profile.hstsMinAge;
    if (maxAge <= 0) return;
    const endpoints = tlsEndpoints(model);
    // Most servers send it from every block: they lack nothing, and their scopes need no second look.
    const everyScope = hstsInEveryScope(endpoints);
    for (let i = 0; i < endpoints.length; i++) {
      if (everyScope[i]) continue;
      const endpoint = endpoints[i];
      if (endpoint.scopes.length === 0) continue;
      // A scope whose headers a file the linter could not read may set is not known to lack anything.
      // A list only for an endpoint that lacks something: most of 10,000 lack nothing.
      let lacking: HeaderScope[] | undefined;
      for (const scope of endpoint.scopes) if (servesContent(scope, endpoint) && lacksHsts(scope) && !scope.headersUnknown) (lacking ??= []).push(scope);
      if (!lacking) continue;
      if (!endpoint.scopes.some(hasHsts)) {
        if (endpoint.scopes.some((scope) => scope.headersUnknown)) continue;
        const written = unsentHsts(lacking.flatMap((scope) => scope.headers));
        if (written.length) {
          for (const header of written) ctx.report('unsent', { names: namesOf(endpoint), why: header.unsent!.why }, header.source);
          continue;
        }
        const messageId = lacking.every((scope) => scope.returns === 'redirect') ? 'redirect' : 'server';
        ctx.report(messageId, { names: namesOf(endpoint), maxAge }, endpoint.range, { change: addHsts(endpoint, endpoint.scopes[0], maxAge) });
        continue;
      }
      // Some blocks of this server send it: the others were forgotten.
      for (const scope of lacking) {
        const written = unsentHsts(scope.ownHeaders);
        if (written.length) {
          for (const header of written) ctx.report('unsent', { names: scope.kind === 'endpoint' ? namesOf(endpoint) : scope.label, why: header.unsent!.why }, header.source);
          continue;
        }
        const label = scope.kind === 'endpoint' ? endpoint.label : scope.label;
        ctx.report('scope', { scope: label }, scope.range, { change: addHsts(endpoint, scope, maxAge) });
      }
    }
  },
});

/** Headers written for HSTS that the server never sends, each once (ResponseHeader.unsent). */
function unsentHsts(headers: readonly ResponseHeader[]): ResponseHeader[] {
  const out = new Map<SourceRange, ResponseHeader>();
  for (const header of headers) if (header.unsent && isHstsName(header.unsent.meant)) out.set(header.source, header);
  return [...out.values()];
}

function hasHsts(scope: HeaderScope): boolean {
  return hasHstsHeaders(scope.headers);
}

/** No HSTS, and not because its own headers (or another block on its requests' way) dropped an inherited one (that is hsts-overridden). */
function lacksHsts(scope: HeaderScope): boolean {
  return !hasHsts(scope) && !hasHstsHeaders(scope.dropped) && !scope.removedElsewhere?.some((r) => isHstsName(r.name));
}

/**
 * Scopes that answer only an error status or close the connection serve nothing to protect; a redirect or
 * a fixed body over HTTPS is a response like any other. The endpoint scope itself answers only requests
 * no path scope takes, and a catch-all path scope takes them all.
 */
function servesContent(scope: HeaderScope, endpoint: Endpoint): boolean {
  if (scope.returns === 'error' || scope.returns === 'close') return false;
  if (scope.returns !== null) return true;
  return scope.kind !== 'endpoint' || !endpoint.scopes.some((s) => s.kind === 'path' && s.catchAll);
}

function namesOf(endpoint: Endpoint): string {
  return realServerNames(endpoint).join(' ') || endpoint.label;
}

/** The header at the start of `scope`, sent on every status. */
function addHsts(endpoint: Endpoint, scope: HeaderScope, maxAge: number): AddHeaderChange {
  return { kind: 'addHeader', endpoint, scope, name: HSTS_HEADER, value: `max-age=${maxAge}`, always: true };
}
