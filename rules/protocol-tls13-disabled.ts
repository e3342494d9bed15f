// protocol-tls13-disabled: a TLS endpoint cannot negotiate TLS 1.3, which every Mozilla profile requires.
import { defineRule } from '../src/engine/define-rule.js';
import { tlsEndpoints } from '../src/model/types.js';
import { expandCipherString } from '../src/tls/cipher-string.js';
import { negotiableProtocols } from '../src/tls/negotiable.js';
import { tlsSettingValues } from '../src/tls/endpoint-ciphers.js';

export default defineRule({
  id: 'protocol-tls13-disabled',
  description: 'A TLS server does not offer TLS 1.3',
  howToFix: 'Add TLS 1.3 to the enabled protocols',
  severity: 'warning',
  tags: ['security', 'protocols'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 3.1,
  fixable: true,
  messages: {
    configured: (p: { configured: string }) => `Expected "TLSv1.3" among the protocols, got "${p.configured}"`,
    byDefault: (p: { configured: string; server: string }) => `Expected "TLSv1.3" among the protocols, ${p.server} defaults to "${p.configured}"`,
    noLibrarySupport: (p: { openssl: string }) => `Missing TLSv1.3: OpenSSL ${p.openssl} cannot negotiate it, upgrade to 1.1.1 or newer`,
  },
  check(model, ctx) {
    const server = `${model.server.product} ${model.server.version}`;
    const { openssl } = ctx.options;
    const libraryHasTls13 = negotiableProtocols(['TLSv1.3'], openssl, null).length > 0;
    // Every server's list names TLSv1.3, which a library that has it negotiates at any security level.
    if (libraryHasTls13 && tlsSettingValues(model).protocols.every((list) => list.includes('TLSv1.3'))) return;
    for (const endpoint of tlsEndpoints(model)) {
      // A file the linter could not read may set them (Endpoint.unknown): nothing to conclude.
      if (endpoint.unknown.has('protocols')) continue;
      const { value, source, valueRange } = endpoint.protocols;
      const level = expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
      if (negotiableProtocols(value, openssl, level).includes('TLSv1.3')) continue;
      const configured = value.join(' ');
      if (!libraryHasTls13) {
        // Whatever the config says, OpenSSL before 1.1.1 has no TLS 1.3 (nginx ignores the name then).
        ctx.report('noLibrarySupport', { openssl }, source ? (valueRange ?? source) : endpoint.range);
      } else if (source === null) {
        ctx.report('byDefault', { configured, server }, endpoint.range);
      } else {
        const change = valueRange ? { kind: 'addProtocol' as const, endpoint, protocol: 'TLSv1.3' as const } : undefined;
        ctx.report('configured', { configured }, valueRange ?? source, { change });
      }
    }
  },
});
