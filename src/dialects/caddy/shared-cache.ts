// Caddy keeps one certificate cache per process: a listener serves what other servers hold too.
import type { Endpoint } from '../../model/types.js';

// caddy 2.6.2 modules/caddytls/connpolicy.go buildStandardTLSConfig: GetCertificate asks the TLS app's
// certmagic config (one cache for the whole process) for the name in the ClientHello, so a TLS listener with
// no certificate of its own still completes a handshake for a name another server's site manages or loads
// (checked live: a hostless `:443` site answers SNI "example.test" with the certificate of
// `example.test:8443`); only a name nothing holds fails. A policy that selects by tag (the adapter's
// `certificate_selection` for `tls cert key`) belongs to a site with certificates, so it is not one of these.
/** The endpoints, each with no certificate of its own marked with what other endpoints' certificates give it. */
export function withSharedCertificates(endpoints: readonly Endpoint[]): Endpoint[] {
  return endpoints.map((endpoint) => {
    if (endpoint.certificates.length > 0 || !endpoint.listeners.some((l) => l.tls)) return endpoint;
    const names = new Set<string>();
    const files = new Set<string>();
    let anyName = false;
    let more = false;
    for (const other of endpoints) {
      if (other === endpoint) continue;
      if (other.unknown.has('certificates')) more = true;
      for (const ref of other.certificates) {
        if (ref.managed) {
          for (const name of ref.managed.names) names.add(name);
          if (ref.managed.onDemand && ref.managed.names.length === 0) anyName = true;
        } else if (ref.certificate.source) {
          files.add(ref.certificate.value);
        }
      }
    }
    if (names.size === 0 && files.size === 0 && !anyName && !more) return endpoint;
    return { ...endpoint, sharedCertificates: { names: [...names].sort(), files: [...files].sort(), anyName, more } };
  });
}
