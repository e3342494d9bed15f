// session-tickets-enabled: TLS session tickets encrypted with keys the server never rotates.
import { defineRule } from '../src/engine/define-rule.js';
import { tlsEndpoints } from '../src/model/types.js';

export default defineRule({
  id: 'session-tickets-enabled',
  description: 'TLS session tickets are on while the ticket keys are never rotated',
  howToFix: 'Turn session tickets off, or let the server rotate the ticket keys itself',
  severity: 'warning',
  tags: ['security', 'sessions'],
  profiles: ['modern', 'intermediate', 'old'],
  // Not Caddy: Go rotates Caddy's session ticket keys itself.
  dialects: ['nginx', 'apache'],
  securitySeverity: 3.7,
  fixable: true,
  messages: {
    configured: 'Expected session tickets "off": ticket keys are not rotated, so one stolen key decrypts every recorded session',
    byDefault: (p: { server: string }) =>
      `Expected session tickets "off": ${p.server} enables them by default and does not rotate the ticket keys here`,
  },
  check(model, ctx) {
    // One data object for every server that keeps the default: thousands of findings word it alike.
    const byDefault = { server: `${model.server.product} ${model.server.version}` };
    for (const endpoint of tlsEndpoints(model)) {
      // A file the linter could not read may set them (Endpoint.unknown): nothing to conclude.
      if (endpoint.unknown.has('sessionTickets') || !endpoint.sessionTickets.value || endpoint.ticketKeyRotation === 'automatic') continue;
      const { source, valueRange } = endpoint.sessionTickets;
      if (source === null) {
        ctx.report('byDefault', byDefault, endpoint.range);
        continue;
      }
      const change = valueRange ? { kind: 'set' as const, endpoint, key: 'sessionTickets' as const, value: false } : undefined;
      ctx.report('configured', undefined, source, { change });
    }
  },
});
