// Which host names a certificate covers (RFC 6125 6.4, as browsers apply it) and which server names can be checked.
import { netModule } from '../engine/builtins.js';
import type { CertificateInfo } from '../model/types.js';

/**
 * The host names clients may ask for under one configured server name, or null when the name cannot be
 * checked against a certificate: regexes (`~...`), catch-alls (`_`, `""`, `*`), names with variables,
 * and nginx's trailing wildcards (`www.example.*`). nginx's `.example.com` stands for `example.com` and
 * `*.example.com`.
 */
export function requestedNames(serverName: string): string[] | null {
  const lower = serverName.toLowerCase();
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (name === '' || name === '_' || name === '*' || name.startsWith('~') || name.includes('$')) return null;
  if (name.startsWith('.')) return [name.slice(1), `*${name}`];
  if (name.indexOf('*', 1) !== -1 || (name.includes('*') && !name.startsWith('*.'))) return null;
  if (name.startsWith('[')) return null;
  return [name];
}

/**
 * True when the certificate's subjectAltName covers `name`: an exact DNS name, an IP address SAN for an
 * address, or a wildcard `*.example.com` for exactly one more label (`a.example.com`, not `example.com`
 * nor `a.b.example.com`). The subject CN is not used (RFC 6125 6.4.4; browsers ignore it). A configured
 * wildcard name is covered only by the same wildcard.
 */
export function certificateCovers(info: CertificateInfo, name: string): boolean {
  if (mayBeIP(name) && netModule().isIP(name)) return info.ipAddresses.includes(name);
  if (info.dnsNames.includes(name)) return true;
  if (name.startsWith('*.')) return false;
  const dot = name.indexOf('.');
  if (dot <= 0) return false;
  for (const dnsName of info.dnsNames) if (isWildcardFor(dnsName, name, dot)) return true;
  return false;
}

/**
 * True when `dnsName` is `*` followed by `name` from its first dot (`dot`) on: compared in place, as every name
 * of every server is asked and a `*.example.com` made for each was most of the cost.
 */
function isWildcardFor(dnsName: string, name: string, dot: number): boolean {
  if (dnsName.length !== name.length - dot + 1 || dnsName.charCodeAt(0) !== STAR) return false;
  for (let i = 1; i < dnsName.length; i++) if (dnsName.charCodeAt(i) !== name.charCodeAt(dot + i - 1)) return false;
  return true;
}

const STAR = 0x2a;

/**
 * False for a name that cannot be an IP address, asked first: isIP's IPv6 pattern is costly, and every name of
 * every server is asked. An IPv4 address is only digits and dots (so a name starting with a letter is none);
 * an IPv6 one always has a `:`.
 */
function mayBeIP(name: string): boolean {
  return name.includes(':') || (name.charCodeAt(0) <= 0x39 && DIGITS_AND_DOTS.test(name));
}

const DIGITS_AND_DOTS = /^[0-9.]+$/;
