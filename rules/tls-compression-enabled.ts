// tls-compression-enabled: TLS-level compression, which lets an attacker recover secrets (CRIME).
import { defineRule } from '../src/engine/define-rule.js';
import { endpointFacts } from '../src/model/facts.js';
import { tlsEndpoints } from '../src/model/types.js';

export default defineRule({
  id: 'tls-compression-enabled',
  description: 'TLS compression is turned on',
  howToFix: 'Turn TLS compression off',
  severity: 'error',
  tags: ['security'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.9,
  // nginx turns compression off itself (ngx_ssl_create sets SSL_OP_NO_COMPRESSION) and has no directive
  // of its own to turn it on; only Apache's SSLCompression does.
  dialects: ['apache'],
  messages: {
    enabled: (p: { setting: string }) =>
      `Expected ${p.setting} off: compressed TLS records leak secrets such as cookies to an attacker who can inject requests (CRIME)`,
    unavailable: (p: { setting: string; server: string }) =>
      `Expected ${p.setting} off: OpenSSL 1.1.0 and later builds have no compression method, so ${p.server} refuses to start; where one exists it enables CRIME`,
  },
  check(model, ctx) {
    // No server turns compression on: none needs a look.
    if (!endpointFacts(model).compression) return;
    const server = `${model.server.product} ${model.server.version}`;
    const setting = ctx.names.setting('compression');
    const seen = new Set<unknown>();
    for (const endpoint of tlsEndpoints(model)) {
      const compression = endpoint.compression;
      if (!compression?.value || compression.source === null || seen.has(compression.source)) continue;
      // One finding per directive: a main-server SSLCompression is shared by every vhost.
      seen.add(compression.source);
      if (ctx.options.openssl === '1.0.2') ctx.report('enabled', { setting }, compression.source);
      else ctx.report('unavailable', { setting, server }, compression.source);
    }
  },
});
