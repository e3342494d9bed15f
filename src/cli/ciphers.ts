// `tlslint ciphers`: what an OpenSSL cipher string really enables, as names, a table or JSON, without a server.
import pc from 'picocolors';
import type { OpenSslVersion } from '../tls/openssl-builds.js';
import { expandCipherString, type CipherStringResult, type UnknownTerm } from '../tls/cipher-string.js';
import { getProfile, LATEST_GUIDELINES, type Profile, type ProfileName } from '../tls/mozilla-profiles.js';
import { negotiableSuites } from '../tls/negotiable.js';
import { hasForwardSecrecy, inProfile, weaknessOf } from '../tls/suite-classes.js';
import { formatCode, type SuiteFacts } from '../tls/suite-types.js';

export type CiphersFormat = 'names' | 'table' | 'json';

/** Arguments of {@link runCiphersCommand}, already validated by the CLI. */
export interface CiphersCommandArgs {
  cipherString: string;
  openssl: OpenSslVersion;
  format: CiphersFormat;
  profile: ProfileName;
  /** Mozilla guidelines version for the profile column; default: the latest. */
  guidelines?: string;
  color: boolean;
}

/** What the command prints and its exit code (0 ok, 1 when OpenSSL would reject the string). */
export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface SuiteRow {
  suite: SuiteFacts;
  weak: string | null;
  forwardSecrecy: boolean;
  inProfile: boolean;
  /** Offered by a server at the string's security level (PSK/SRP need server extras and are never offered). */
  negotiable: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

// SSL_CIPHER_description's spellings (ssl/ssl_ciph.c), so the table reads like `openssl ciphers -v`.
const ENC_LABEL: Record<string, string> = {
  AES128: 'AES(128)', AES256: 'AES(256)', AES128GCM: 'AESGCM(128)', AES256GCM: 'AESGCM(256)', AES128CCM: 'AESCCM(128)',
  AES256CCM: 'AESCCM(256)', AES128CCM8: 'AESCCM8(128)', AES256CCM8: 'AESCCM8(256)', ARIA128GCM: 'ARIAGCM(128)',
  ARIA256GCM: 'ARIAGCM(256)', CHACHA20POLY1305: 'CHACHA20/POLY1305(256)', CAMELLIA128: 'Camellia(128)', CAMELLIA256: 'Camellia(256)',
  eNULL: 'None', '3DES': '3DES(168)', DES: 'DES', RC4: 'RC4(128)', RC2: 'RC2', IDEA: 'IDEA(128)', SEED: 'SEED(128)', GOST89: 'GOST89(256)', GOST8912: 'GOST89(256)',
};

const label = (token: string) => (token === 'aNULL' ? 'None' : token.replace(/^[ka]/, ''));

function rowsOf(result: CipherStringResult, profile: Profile): SuiteRow[] {
  const negotiable = new Set(negotiableSuites(result));
  return result.suites.map((suite) => ({
    suite,
    weak: weaknessOf(suite),
    forwardSecrecy: hasForwardSecrecy(suite),
    inProfile: inProfile(suite, profile),
    negotiable: negotiable.has(suite),
  }));
}

function flagsOf(row: SuiteRow, profile: Profile, c: Colors): string {
  const flags: string[] = [];
  if (row.weak) flags.push(c.red(`weak (${row.weak})`));
  if (!row.forwardSecrecy) flags.push(c.yellow('no-FS'));
  if (!row.inProfile) flags.push(c.yellow(`outside ${profile.name}`));
  if (!row.negotiable) flags.push(c.dim('not negotiated'));
  return flags.join(', ');
}

function pad(cells: string[][]): string {
  // picocolors codes have no visible width: measure without them.
  const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length;
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => visible(r[i]))));
  return cells.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i] - visible(cell)))).join('  ').trimEnd()).join('\n');
}

function renderTable(rows: SuiteRow[], profile: Profile, c: Colors): string {
  const header = ['OpenSSL', 'IANA', 'Protocol', 'Kx', 'Au', 'Enc', 'Mac', 'Flags'].map((h) => c.bold(h));
  const body = rows.map((r) => [
    r.suite.openssl, r.suite.iana, r.suite.minProtocol, label(r.suite.kx), label(r.suite.au), ENC_LABEL[r.suite.enc] ?? r.suite.enc, r.suite.mac, flagsOf(r, profile, c),
  ]);
  return pad([header, ...body]);
}

function renderJson(result: CipherStringResult, rows: SuiteRow[], profile: Profile): string {
  const suites = rows.map((r) => ({
    openssl: r.suite.openssl, iana: r.suite.iana, code: formatCode(r.suite.code), protocol: r.suite.minProtocol,
    kx: label(r.suite.kx), au: label(r.suite.au), enc: r.suite.enc, mac: r.suite.mac, strengthBits: r.suite.strengthBits,
    weak: r.weak, forwardSecrecy: r.forwardSecrecy, inProfile: r.inProfile, negotiable: r.negotiable,
  }));
  const payload = { cipherString: result.cipherString, openssl: result.openssl, profile: profile.name, securityLevel: result.securityLevel, suites, unknownTerms: result.unknownTerms, error: result.error };
  return JSON.stringify(payload, null, 2);
}

function warnings(terms: readonly UnknownTerm[], openssl: OpenSslVersion, c: Colors): string {
  return terms
    .map((t) => `${c.yellow('warning')}: ${t.reason === 'unknown' ? 'unknown term' : `not in OpenSSL ${openssl}'s default build:`} "${t.term}" at offset ${t.offset}, ignored\n`)
    .join('');
}

/**
 * Expands `cipherString` as OpenSSL `openssl` does and prints it. `names` gives the same list, in the
 * same order, as `openssl ciphers -ciphersuites '' STRING`; a string OpenSSL rejects prints an error
 * and exits 1 (in JSON the error is part of the document).
 */
export function runCiphersCommand(args: CiphersCommandArgs): CommandOutput {
  const c = pc.createColors(args.color);
  const profile = getProfile(args.profile, args.guidelines ?? LATEST_GUIDELINES);
  const result = expandCipherString(args.cipherString, args.openssl);
  const stderr = warnings(result.unknownTerms, args.openssl, c);
  const rows = rowsOf(result, profile);
  if (args.format === 'json') return { stdout: `${renderJson(result, rows, profile)}\n`, stderr, exitCode: result.error ? 1 : 0 };
  if (result.error) {
    const where = result.error.offset !== undefined ? ` at offset ${result.error.offset}` : '';
    return { stdout: '', stderr: `${stderr}${c.red('error')}: OpenSSL ${args.openssl} rejects "${args.cipherString}": ${result.error.kind}${where}\n`, exitCode: 1 };
  }
  const body = args.format === 'names' ? rows.map((r) => r.suite.openssl).join('\n') : renderTable(rows, profile, c);
  return { stdout: `${body}\n`, stderr, exitCode: 0 };
}
