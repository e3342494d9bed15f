// listen-443-no-tls: a listener on the HTTPS port that speaks plain HTTP.
import { defineRule } from '../src/engine/define-rule.js';
import { endpointFacts } from '../src/model/facts.js';

const HTTPS_PORT = 443;

export default defineRule({
  id: 'listen-443-no-tls',
  description: 'A listener on port 443 serves plain HTTP instead of TLS',
  howToFix: 'Turn TLS on for the listener (or move plain HTTP to port 80)',
  severity: 'error',
  tags: ['security', 'listen'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.3,
  messages: {
    plain: (p: { socket: string }) => `Expected TLS on "${p.socket}", got plain HTTP`,
  },
  check(model, ctx) {
    // No HTTP server listens on 443 without TLS: none needs a look.
    if (!endpointFacts(model).plainHttpOn443) return;
    for (const endpoint of model.endpoints) {
      // A TCP proxy on 443 (TLS passthrough) carries the client's own TLS to the backend: it serves no plain HTTP.
      if (endpoint.application !== 'http') continue;
      for (const listener of endpoint.listeners) {
        // QUIC listeners are TLS by construction (HTTP/3); unix sockets have no port.
        if (listener.port !== HTTPS_PORT || listener.tls || listener.quic || listener.unixPath !== undefined) continue;
        const socket = listener.address === null ? String(listener.port) : `${listener.address}:${listener.port}`;
        ctx.report('plain', { socket }, listener.source ?? endpoint.range);
      }
    }
  },
});
