// upstream-tls-unverified: the server proxies to an https upstream without verifying its certificate.
import { defineRule } from '../src/engine/define-rule.js';
import type { UpstreamTls } from '../src/model/types.js';

export default defineRule({
  id: 'upstream-tls-unverified',
  description: 'A proxied HTTPS upstream is used without verifying its certificate',
  howToFix: 'Set `proxy_ssl_verify on;` with `proxy_ssl_trusted_certificate`',
  severity: 'warning',
  tags: ['security', 'upstream'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.9,
  messages: {
    nginx: (p: { target: string; prefix: string }) =>
      `Expected "${p.prefix}_ssl_verify on;" with "${p.prefix}_ssl_trusted_certificate" for upstream "${p.target}", its certificate is not checked`,
    generic: (p: { target: string }) => `Expected certificate verification for upstream "${p.target}", its certificate is not checked`,
  },
  check(model, ctx) {
    for (const endpoint of model.endpoints) {
      for (const upstream of endpoint.upstreams) {
        if (upstream.verify.value || isLoopback(upstream.target)) continue;
        const related = upstream.verify.source ? [{ range: upstream.verify.source, message: 'Verification turned off here' }] : [];
        if (endpoint.dialect === 'nginx') {
          // nginx: proxy_ssl_verify and grpc_ssl_verify default to off; grpcs:// upstreams use the grpc_ set.
          const prefix = upstream.target.startsWith('grpcs://') ? 'grpc' : 'proxy';
          ctx.report('nginx', { target: upstream.target, prefix }, upstream.source, { related });
        } else {
          ctx.report('generic', { target: upstream.target }, upstream.source, { related });
        }
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
