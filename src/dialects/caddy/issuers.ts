// Which CA signs the certificates Caddy obtains itself: a public one through ACME, or its own local CA.

// caddy: certmagic SubjectQualifiesForPublicCert / SubjectIsInternal: localhost, names under .localhost,
// .local, .internal and .home.arpa, and IP addresses cannot get a publicly trusted certificate, so automatic
// HTTPS gives them one from the local CA (modules/caddyhttp/autohttps.go, "internal" issuer); every other
// name goes to the ACME issuers unless a policy (`tls internal`, `local_certs`) says otherwise.
export function qualifiesForPublicCert(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || /\.(localhost|local|internal|home\.arpa)$/.test(name)) return false;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(':')) return false;
  return true;
}
