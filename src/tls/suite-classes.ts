// How tlslint classifies suites: weak, without forward secrecy, inside a Mozilla profile; and how it names them.
import type { Profile } from './mozilla-profiles.js';
import type { KeyExchange, SuiteFacts } from './suite-types.js';

/** Why a suite is weak, or null. Insecure per Mozilla Server Side TLS and RFC 7465 (RC4), RFC 8996, Sweet32. */
export function weaknessOf(suite: SuiteFacts): string | null {
  if (suite.enc === 'eNULL') return 'no encryption';
  if (suite.au === 'aNULL') return 'no authentication';
  if (suite.flags.includes('EXPORT') || suite.flags.includes('EXP40') || suite.flags.includes('EXP56')) return 'export grade';
  if (suite.enc === 'RC4') return 'RC4';
  if (suite.enc === 'DES' || suite.enc === 'RC2') return `${suite.enc} ${suite.strengthBits}-bit`;
  if (suite.enc === '3DES' || suite.enc === 'IDEA') return `${suite.enc} 64-bit block`;
  if (suite.mac === 'MD5') return 'MD5 MAC';
  if (suite.strengthBits < 112) return `${suite.strengthBits}-bit strength`;
  return null;
}

const FORWARD_SECRET: readonly KeyExchange[] = ['kDHE', 'kECDHE', 'kDHEPSK', 'kECDHEPSK', 'kSRP'];

/** True when the key exchange is ephemeral, so a stolen server key does not decrypt recorded traffic. */
export function hasForwardSecrecy(suite: SuiteFacts): boolean {
  return FORWARD_SECRET.includes(suite.kx);
}

/** True when the profile's OpenSSL cipher list contains the suite. */
export function inProfile(suite: SuiteFacts, profile: Profile): boolean {
  return profile.opensslCiphers.includes(suite.openssl);
}

/** `RC4-SHA (TLS_RSA_WITH_RC4_128_SHA)`: OpenSSL name with IANA name. */
export function describeSuite(suite: SuiteFacts): string {
  return `${suite.openssl} (${suite.iana})`;
}

/** How many suites of a list a rule picked, and those suites described (describeSuites). */
export interface PickedSuites {
  count: number;
  suites: string;
}

/**
 * A function giving the suites of a list that `pick` keeps, counted and described, or null for none. Each list
 * is judged once: cipher targets of one cipher string share their lists, so thousands of vhosts have a handful.
 */
export function pickedSuitesOf(pick: (suite: SuiteFacts) => boolean): (suites: readonly SuiteFacts[]) => PickedSuites | null {
  const byList = new Map<readonly SuiteFacts[], PickedSuites | null>();
  return (list) => {
    let picked = byList.get(list);
    if (picked === undefined) {
      const suites = list.filter(pick);
      picked = suites.length === 0 ? null : { count: suites.length, suites: describeSuites(suites) };
      byList.set(list, picked);
    }
    return picked;
  };
}

/** Up to `max` described suites, then `and N more`. */
export function describeSuites(suites: readonly SuiteFacts[], max = 4): string {
  const shown = suites.slice(0, max).map(describeSuite).join(', ');
  return suites.length > max ? `${shown} and ${suites.length - max} more` : shown;
}
