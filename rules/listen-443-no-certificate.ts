// listen-443-no-certificate: a TLS listener in a server that has no certificate of its own or inherited.
import { defineRule } from '../src/engine/define-rule.js';
import { certificateFacts } from '../src/model/facts.js';
import { defaultServers, socketKey, type Endpoint, type Listener } from '../src/model/types.js';

export default defineRule({
  id: 'listen-443-no-certificate',
  description: 'A TLS listener belongs to a server with no certificate',
  howToFix: 'Give the server a certificate and its key, or set them for all servers',
  severity: 'error',
  tags: ['security', 'certificates', 'listen'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 5.3,
  messages: {
    // nginx: ngx_http_ssl_init rejects a default server without certificates:
    // no "ssl_certificate" is defined for the "listen ... ssl" directive in FILE:LINE
    defaultServer: (p: { socket: string }) =>
      `Missing certificate for TLS listener "${p.socket}" of the default server: the server refuses to start`,
    // nginx: ngx_http_ssl_servername keeps the default server's SSL context when the SNI-selected one has none.
    otherServer: (p: { socket: string; names: string }) =>
      `Missing certificate for TLS listener "${p.socket}": clients asking for "${p.names}" get the default server's certificate`,
    // caddy: Go's crypto/tls (certmagic) picks a certificate by the name asked for, with no default one to
    // fall back on: the server starts and every handshake with no certificate to serve fails (checked live).
    noHandshake: (p: { socket: string; server: string }) =>
      `Missing certificate for TLS listener "${p.socket}": ${p.server} starts, but every TLS handshake on it fails`,
    // caddy: one certificate cache per process (Endpoint.sharedCertificates): names other servers hold still work.
    onlyShared: (p: { socket: string; server: string; held: string }) =>
      `Missing certificate for TLS listener "${p.socket}": ${p.server} completes a TLS handshake on it only for a name another site holds a certificate for (${p.held}); every other handshake fails`,
  },
  check(model, ctx) {
    // Every server with a TLS listener has a certificate (or refuses handshakes): none needs a look.
    if (!certificateFacts(model).uncertifiedTls) return;
    // Made when a server without a certificate first needs it: every socket of 15,000 servers keyed for none.
    let defaults: Map<string, Endpoint> | undefined;
    for (const endpoint of model.endpoints) {
      // nginx: a server with `ssl_reject_handshake on` refuses every handshake and needs no certificate.
      if (endpoint.certificates.length > 0 || endpoint.rejectsHandshake) continue;
      // A file the linter could not read may set them (Endpoint.unknown): nothing to conclude.
      if (endpoint.unknown.has('certificates')) continue;
      const listeners = endpoint.listeners.filter((l) => l.tls || l.quic);
      if (listeners.length === 0) continue;
      // One finding per server: the fix (one certificate) is the same for all its TLS listeners.
      const defaultFor = (defaults ??= defaultServers(model.endpoints));
      const defaultOf = listeners.find((l) => defaultFor.get(socketKey(l)) === endpoint);
      const listener = defaultOf ?? listeners[0];
      const range = listener.source ?? endpoint.range;
      const socket = socketLabel(listener);
      const shared = endpoint.sharedCertificates;
      // A certificate obtained on demand for any name: every handshake gets one.
      if (shared?.anyName) continue;
      if (model.server.tlsLibrary === 'go' && shared) ctx.report('onlyShared', { socket, server: ctx.names.server, held: heldBy(shared) }, range);
      else if (model.server.tlsLibrary === 'go') ctx.report('noHandshake', { socket, server: ctx.names.server }, range);
      else if (defaultOf) ctx.report('defaultServer', { socket }, range);
      else ctx.report('otherServer', { socket, names: endpoint.serverNames.filter((n) => n !== '').join(' ') || endpoint.label }, range);
    }
  },
});



function heldBy(shared: NonNullable<Endpoint['sharedCertificates']>): string {
  const names = shared.names.map((n) => `"${n}"`);
  const files = shared.files.map((f) => `the names in "${f}"`);
  const more = shared.more ? ['whatever sites set from the environment or unread files hold'] : [];
  return [...names, ...files, ...more].join(', ');
}

function socketLabel(listener: Listener): string {
  if (listener.unixPath !== undefined) return `unix:${listener.unixPath}`;
  return listener.address === null ? String(listener.port) : `${listener.address}:${listener.port}`;
}
