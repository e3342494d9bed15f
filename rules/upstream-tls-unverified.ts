// upstream-tls-unverified: the server proxies to an https upstream without verifying its certificate.
import { defineRule } from '../src/engine/define-rule.js';
import { endpointFacts } from '../src/model/facts.js';
import type { UpstreamTls } from '../src/model/types.js';

export default defineRule({
  id: 'upstream-tls-unverified',
  description: 'A proxied HTTPS upstream is used without verifying its certificate',
  howToFix: "Turn on verification of the upstream's certificate and name the CA certificates to check it against",
  severity: 'warning',
  tags: ['security', 'upstream'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.9,
  messages: {
    unverified: (p: { target: string; verify: string }) =>
      `Expected ${p.verify} for upstream "${p.target}", its certificate is not checked`,
  },
  check(model, ctx) {
    // No server proxies to a TLS upstream: none needs a look.
    if (!endpointFacts(model).upstreams) return;
    for (const endpoint of model.endpoints) {
      for (const upstream of endpoint.upstreams) {
        if (upstream.verify.value || isLoopback(upstream.target)) continue;
        const related = upstream.verify.source ? [{ range: upstream.verify.source, message: 'Verification turned off here' }] : [];
        ctx.report('unverified', { target: upstream.target, verify: ctx.names.upstreamVerify(upstream) }, upstream.source, { related });
      }
    }
  },
});

/**
 * An upstream on the same host (`https://127.0.0.1:8443`, `https://[::1]`, `https://localhost`, a unix
 * socket): its traffic never crosses a network an attacker could sit on.
 */
function isLoopback(target: UpstreamTls['target']): boolean {
  const match = /^[a-z]+:\/\/(unix:|\[([^\]]+)\]|([^/:]+))/i.exec(target);
  if (!match) return false;
  if (match[1] === 'unix:') return true;
  const host = (match[2] ?? match[3]).toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
