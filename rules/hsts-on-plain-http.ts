// hsts-on-plain-http: a plain-HTTP server sets Strict-Transport-Security, which browsers ignore there.
import { defineRule } from '../src/engine/define-rule.js';
import { hstsHeadersOf } from '../src/model/hsts.js';
import { otherEndpoints, realServerNames, type Endpoint, type Listener } from '../src/model/types.js';

export default defineRule({
  id: 'hsts-on-plain-http',
  description: 'A plain-HTTP server sets a Strict-Transport-Security header that browsers ignore',
  howToFix: 'Move the header to the HTTPS server; redirect plain HTTP',
  severity: 'note',
  tags: ['hsts'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 1.0,
  messages: {
    // RFC 6797, section 8.1: a UA MUST ignore STS header fields received over non-secure transport.
    plain: (p: { names: string }) =>
      `Expected Strict-Transport-Security on the HTTPS server, got it on plain-HTTP "${p.names}" where browsers ignore it`,
  },
  check(model, ctx) {
    // A TLS endpoint has a TLS listener: only the others can be plain.
    for (const endpoint of otherEndpoints(model)) {
      // QUIC is TLS 1.3 by construction; a server with any secure listener sends the header usefully there.
      if (endpoint.listeners.some(isSecure)) continue;
      for (const scope of endpoint.scopes) for (const header of hstsHeadersOf(scope.headers)) {
        // A header set for every server is meant for the HTTPS ones it also reaches; only this server's own is a slip.
        if (header.level !== 'endpoint' && header.level !== 'path') continue;
        ctx.report('plain', { names: namesOf(endpoint) }, header.source);
      }
    }
  },
});

function namesOf(endpoint: Endpoint): string {
  return realServerNames(endpoint).join(' ') || endpoint.label;
}

function isSecure(listener: Listener): boolean {
  return listener.tls || listener.quic;
}
