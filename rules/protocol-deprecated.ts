// protocol-deprecated: a TLS endpoint negotiates SSL 2/3 or TLS 1.0/1.1 that the chosen Mozilla profile does not allow.
import { defineRule } from '../src/engine/define-rule.js';
import { tlsEndpoints, type Endpoint, type TlsProtocol } from '../src/model/types.js';
import type { OpenSslVersion } from '../src/tls/openssl-builds.js';
import { expandCipherString } from '../src/tls/cipher-string.js';
import { negotiableProtocols } from '../src/tls/negotiable.js';
import { tlsSettingValues } from '../src/tls/endpoint-ciphers.js';

/** Protocols RFC 8996 (TLS 1.0/1.1), RFC 7568 (SSL 3.0) and RFC 6176 (SSL 2.0) deprecate. */
const DEPRECATED: readonly TlsProtocol[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1'];

export default defineRule({
  id: 'protocol-deprecated',
  description: 'A TLS server enables a deprecated protocol version (SSLv2, SSLv3, TLSv1 or TLSv1.1)',
  howToFix: "Allow only the profile's protocol versions (TLS 1.2 and 1.3 for intermediate, TLS 1.3 for modern)",
  severity: 'warning',
  tags: ['security', 'protocols'],
  profiles: ['modern', 'intermediate', 'old'],
  // Not Caddy: Caddy refuses TLS 1.0 and 1.1 outright (a parse-error).
  dialects: ['nginx', 'apache'],
  securitySeverity: 5.9,
  fixable: true,
  messages: {
    configured: (p: { expected: string; deprecated: string }) => `Expected protocols "${p.expected}", got deprecated "${p.deprecated}"`,
    // Issue #7: the config still asks for the protocol, so the finding stays even where OpenSSL refuses it today.
    configuredRefused: (p: { expected: string; deprecated: string; openssl: string }) =>
      `Expected protocols "${p.expected}", got deprecated "${p.deprecated}" (OpenSSL ${p.openssl} refuses them here, but another OpenSSL build or "@SECLEVEL=0" enables them)`,
    byDefault: (p: { expected: string; deprecated: string; server: string }) =>
      `Expected protocols "${p.expected}", ${p.server} enables deprecated "${p.deprecated}" by default`,
  },
  check(model, ctx) {
    const expected = ctx.profile.tlsVersions.join(' ');
    const server = `${model.server.product} ${model.server.version}`;
    const outsideProfile = (p: TlsProtocol) => DEPRECATED.includes(p) && !ctx.profile.tlsVersions.includes(p);
    // No server's protocol list names one (what OpenSSL negotiates is a part of the list): nothing to report.
    if (!tlsSettingValues(model).protocols.some((list) => list.some(outsideProfile))) return;
    for (const endpoint of tlsEndpoints(model)) {
      // A file the linter could not read may set them (Endpoint.unknown): nothing to conclude.
      if (endpoint.unknown.has('protocols')) continue;
      const { source, valueRange } = endpoint.protocols;
      if (source === null) {
        const live = liveProtocols(endpoint, ctx.options.openssl).filter(outsideProfile).join(' ');
        if (live) ctx.report('byDefault', { expected, deprecated: live, server }, endpoint.range);
        continue;
      }
      const configured = endpoint.protocols.value.filter(outsideProfile).join(' ');
      if (!configured) continue;
      const live = liveProtocols(endpoint, ctx.options.openssl).filter(outsideProfile).join(' ');
      const change = valueRange ? { kind: 'set' as const, endpoint, key: 'protocols' as const, value: ctx.profile.tlsVersions } : undefined;
      const range = valueRange ?? source;
      if (live === configured) ctx.report('configured', { expected, deprecated: configured }, range, { change });
      else ctx.report('configuredRefused', { expected, deprecated: configured, openssl: ctx.options.openssl }, range, { change });
    }
  },
});

/**
 * The enabled protocols OpenSSL would really negotiate: OpenSSL 3.0 refuses TLS 1.0/1.1 below
 * `@SECLEVEL=0`, and builds since 1.1.0 have no SSLv2/SSLv3 (src/tls/negotiable.ts).
 */
function liveProtocols(endpoint: Endpoint, openssl: OpenSslVersion): TlsProtocol[] {
  const level = expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
  return negotiableProtocols(endpoint.protocols.value, openssl, level);
}
