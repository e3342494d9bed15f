// Reads the certificate files a model names (never the keys) so rules can see expiry, key type and OCSP.
import { X509Certificate } from 'node:crypto';
import { readRegularFile, RefusedFile } from '../engine/read-file.js';
import type { SourceRange } from '../syntax/range.js';
import type { CertificateInfo, CertificateRef, TlsModel } from './types.js';

/** Larger files are not certificates anyone deploys; reading them would only cost time. */
const MAX_CERTIFICATE_BYTES = 1024 * 1024;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

type ReadOutcome = { info: CertificateInfo } | { readError: string };

/** Fills `info` or `readError` of every certificate with a resolved path; each file is read once. Never throws. */
export function attachCertificateInfo(model: TlsModel): void {
  const outcomes = new Map<string, ReadOutcome>();
  for (const endpoint of model.endpoints) {
    for (const ref of endpoint.certificates) {
      if (!ref.resolvedPath) continue;
      let outcome = outcomes.get(ref.resolvedPath);
      if (!outcome) outcomes.set(ref.resolvedPath, (outcome = readCertificate(ref.resolvedPath)));
      if ('info' in outcome) ref.info = outcome.info;
      else ref.readError = outcome.readError;
    }
  }
}

/** The leaf (first) certificate of a PEM file, or why it could not be read. Private-key content is never echoed. */
export function readCertificate(path: string): ReadOutcome {
  let text: string;
  try {
    // Regular files only, checked on the open descriptor: `ln -s /dev/zero site.pem` must not hang the run.
    text = readRegularFile(path, MAX_CERTIFICATE_BYTES).toString('latin1');
  } catch (error) {
    if (error instanceof RefusedFile) {
      return { readError: error.reason === 'directory' ? 'is a directory' : error.reason === 'too-large' ? `larger than ${MAX_CERTIFICATE_BYTES} bytes` : 'is not a regular file (a device, pipe or socket)' };
    }
    return { readError: fsReason(error) };
  }
  const pem = PEM_CERTIFICATE.exec(text)?.[0];
  if (!pem) return { readError: 'not a PEM certificate' };
  try {
    return { info: certificateInfo(new X509Certificate(pem)) };
  } catch {
    return { readError: 'not a valid X.509 certificate' };
  }
}

function certificateInfo(cert: X509Certificate): CertificateInfo {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  return {
    subject: cert.subject.replace(/\n/g, ', '),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    keyType: keyTypeOf(key.asymmetricKeyType),
    keyBits: details.modulusLength ?? curveBits(details.namedCurve),
    ocspResponders: ocspResponders(cert.infoAccess),
    selfSigned: cert.issuer === cert.subject && verifiesItself(cert),
  };
}

function keyTypeOf(type: string | undefined): CertificateInfo['keyType'] {
  return type === 'rsa' || type === 'rsa-pss' ? 'rsa' : type === 'ec' || type === 'ed25519' || type === 'ed448' || type === 'dsa' ? type : 'unknown';
}

const CURVE_BITS: Record<string, number> = { prime256v1: 256, 'P-256': 256, secp384r1: 384, 'P-384': 384, secp521r1: 521, 'P-521': 521 };

function curveBits(curve: string | undefined): number | undefined {
  return curve ? CURVE_BITS[curve] : undefined;
}

/** `OCSP - URI:http://...` lines of the Authority Information Access extension. */
function ocspResponders(infoAccess: string | undefined): string[] {
  if (!infoAccess) return [];
  return [...infoAccess.matchAll(/^OCSP - URI:(.+)$/gm)].map((m) => m[1].trim());
}

function verifiesItself(cert: X509Certificate): boolean {
  try {
    return cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot be read (${code ?? 'unknown error'})`;
}

export const DAY_MS = 86_400_000;

/** `2026-12-05`: the UTC day of `date`, what a reader compares with a calendar. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Where a finding about a certificate points: the file name argument of `ssl_certificate`, else the directive. */
export function certificateRange(ref: CertificateRef): SourceRange | null {
  return ref.certificate.valueRange ?? ref.certificate.source;
}
