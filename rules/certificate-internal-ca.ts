// certificate-internal-ca: a public host name served with a certificate from the server's own local CA.
import { defineRule } from '../src/engine/define-rule.js';
import type { SourceRange } from '../src/syntax/range.js';

export default defineRule({
  id: 'certificate-internal-ca',
  description: "A public host name is served with a certificate from the server's local CA",
  howToFix: 'Serve a certificate from a publicly trusted CA: let the server obtain one through ACME, or name certificate and key files',
  severity: 'note',
  tags: ['certificates'],
  profiles: ['modern', 'intermediate', 'old'],
  // Only Caddy obtains certificates from a CA of its own (`tls internal`, `local_certs`, an automation policy
  // with the "internal" issuer). nginx and Apache serve the files they are given; what signed those is read
  // from the files (a self-signed or privately issued leaf is the certificate rules' business).
  dialects: ['caddy'],
  messages: {
    localCa: (p: { names: string; server: string; setting: string }) =>
      `Expected a publicly trusted certificate for ${p.names}, got one from ${p.server}'s local CA, which browsers trust only where its root was installed by hand; let ${p.server} obtain one through ACME or name certificate and key files in "${p.setting}"`,
  },
  check(model, ctx) {
    // One finding per place that chose the local CA (a global option covers many sites).
    const byPlace = new Map<SourceRange, Set<string>>();
    // Names a certificate loaded from a file covers (read from the file), whichever server loads it: made when a
    // local-CA certificate first asks, as a tree of certificate files only (nginx, Apache) never does.
    let loadedNames: string[] | undefined;
    const loaded = () => (loadedNames ??= model.endpoints.flatMap((e) => e.certificates.flatMap((ref) => (ref.managed ? [] : ref.info?.dnsNames ?? []))));
    for (const endpoint of model.endpoints) {
      for (const ref of endpoint.certificates) {
        if (ref.managed?.issuer !== 'local-ca') continue;
        const unlessLoaded = ref.managed.unlessLoaded === true;
        const names = ref.managed.names.filter((name) => isPublicName(name) && !(unlessLoaded && loaded().some((san) => covers(san, name))));
        if (names.length === 0) continue;
        const place = ref.certificate.source ?? endpoint.range;
        const seen = byPlace.get(place) ?? new Set<string>();
        for (const name of names) seen.add(name);
        byPlace.set(place, seen);
      }
    }
    for (const [place, names] of byPlace) {
      ctx.report('localCa', { names: [...names].map((n) => `"${n}"`).join(', '), server: ctx.names.server, setting: ctx.names.setting('certificate', place) }, place);
    }
  },
});

/**
 * Names no public CA can certify, for which a local CA is the right issuer: IP addresses (Caddy gives them
 * local-CA certificates itself), single-label names, and the special-use names of RFC 6761 (`localhost`,
 * `.test`, `.example`, `.invalid`), RFC 6762 (`.local`), RFC 8375 (`.home.arpa`), RFC 7686 (`.onion`) and
 * ICANN's private-use `.internal` (2024). caddy: certmagic SubjectQualifiesForPublicCert refuses the same
 * (localhost, .localhost, .local, .internal, .home.arpa, IPs).
 */
/** A certificate name (`*.` standing for one leftmost label) that covers a host name. */
function covers(san: string, name: string): boolean {
  if (san === name) return true;
  if (!san.startsWith('*.')) return false;
  const dot = name.indexOf('.');
  return dot > 0 && name.slice(dot) === san.slice(1);
}

function isPublicName(name: string): boolean {
  const host = name.toLowerCase().replace(/\.$/, '').replace(/^\*\./, '');
  if (host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || !host.includes('.')) return false;
  return !/\.(localhost|local|internal|home\.arpa|test|example|invalid|onion)$/.test(host);
}
