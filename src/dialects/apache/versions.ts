// Apache httpd facts that change with the version; each cites the CHANGES entry or the docs.
import { versionAtLeast } from '../../model/compare-version.js';

/** The newest Apache httpd whose defaults tlslint knows (2.4.66). */
export const APACHE_DEFAULT_VERSION = '2.4.66';

/** CHANGES 2.4.17: "change the compiled-in default for SSL[Proxy]Protocol to "all -SSLv3"" (before: `all`). */
export function defaultProtocolWords(version: string): string[] {
  return versionAtLeast(version, '2.4.17') ? ['all', '-SSLv3'] : ['all'];
}

/** CHANGES 2.4.17: "append :!aNULL:!eNULL:!EXP to the cipher string settings, instead of prepending". */
export function appendsNullExclusions(version: string): boolean {
  return versionAtLeast(version, '2.4.17');
}

/** CHANGES 2.4.7: "unconditionally disable aNULL, eNULL and EXP ciphers (not overridable via SSLCipherSuite)". */
export function prependsNullExclusions(version: string): boolean {
  return versionAtLeast(version, '2.4.7');
}
