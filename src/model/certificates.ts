// Reads the files a model's TLS settings name: certificate chains, whether the key matches, DH parameter size.
// Key files are read only to derive their public key in memory: their bytes never leave this module.
import { statSync } from 'node:fs';
import type { KeyObject, X509Certificate } from 'node:crypto';
import { cryptoModule, tlsModule } from '../engine/builtins.js';
import { readRegularFile, RefusedFile } from '../engine/read-file.js';
import type { SourceRange } from '../syntax/range.js';
import { certificateSignatureOid, dhPrimeBits, SIGNATURE_ALGORITHMS } from '../tls/der.js';
import type { CertificateInfo, CertificateRef, ChainProblem, KeyCheck, TlsModel } from './types.js';

/** Larger files are not certificates anyone deploys; reading them would only cost time. */
const MAX_CERTIFICATE_BYTES = 1024 * 1024;

const PEM_CERTIFICATES = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const PEM_DH_PARAMETERS = /-----BEGIN (X9\.42 )?DH PARAMETERS-----([\s\S]+?)-----END \1DH PARAMETERS-----/;
// nginx reads the key with PEM_read_bio_PrivateKey, which takes the first private key block of the file.
const PEM_PRIVATE_KEY = /-----BEGIN ((?:RSA |EC |DSA )?PRIVATE KEY)-----[\s\S]+?-----END \1-----/;
const PEM_ENCRYPTED_KEY = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/;

type ReadOutcome = { info: CertificateInfo } | { readError: string };
type ChainOutcome = { certificates: X509Certificate[]; infos: CertificateInfo[] } | { readError: string };

/** What one run's reading found that is not a finding: files outside the checkout, keys it could not open. */
export interface FileReadSummary {
  /** Named files that do not exist and that no path map brings into the checkout. */
  notFound: Set<string>;
  /** Key files protected by a passphrase, which were not compared with their certificate. */
  encryptedKeys: Set<string>;
}

export function emptyFileReadSummary(): FileReadSummary {
  return { notFound: new Set(), encryptedKeys: new Set() };
}

/**
 * Fills the file facts of every endpoint: `exists` of each named file, the certificate chain and its
 * problem, whether the key matches, the DH prime size. Each file is read once per model. Never throws.
 */
export function attachCertificateInfo(model: TlsModel, summary: FileReadSummary = emptyFileReadSummary()): void {
  const reader = new FileReader();
  for (const endpoint of model.endpoints) {
    for (const file of endpoint.files) {
      if (file.path === undefined) continue;
      file.exists = reader.exists(file.path);
      if (!file.exists && !file.inCheckout) summary.notFound.add(file.path);
    }
    let trusted: string[] | undefined;
    for (const file of endpoint.files) if (file.role === 'trusted-certificate' && file.path) (trusted ??= []).push(file.path);
    for (const ref of endpoint.certificates) attachCertificate(ref, reader, trusted ?? NO_PATHS, summary);
    const dhparam = endpoint.files.find((f) => f.role === 'dhparam' && f.exists);
    if (dhparam?.path) {
      const bits = reader.dhparamBits(dhparam.path);
      if (bits !== undefined) endpoint.dhparamBits = bits;
    }
  }
}

const NO_PATHS: readonly string[] = [];

function attachCertificate(ref: CertificateRef, reader: FileReader, trusted: readonly string[], summary: FileReadSummary): void {
  if (!ref.resolvedPath) return;
  const outcome = reader.chain(ref.resolvedPath);
  if ('readError' in outcome) {
    ref.readError = outcome.readError;
    return;
  }
  let { certificates, infos } = outcome;
  if (ref.chainPath) {
    const extra = reader.chain(ref.chainPath);
    // An unreadable chain file leaves the chain unknown: no chain verdict rather than a false one.
    if ('readError' in extra) {
      attachLeaf(ref, certificates, infos, reader, summary);
      return;
    }
    certificates = [...certificates, ...extra.certificates];
    infos = [...infos, ...extra.infos];
  }
  // Thousands of servers share one certificate and CA file: the signatures are verified once per combination.
  // By the certificate file's chain (read once per path), then the rest: most servers have neither chain file nor CA file.
  const rest = ref.chainPath === undefined && trusted.length === 0 ? '' : `${ref.chainPath ?? ''}\0${trusted.join('\0')}`;
  const problem = reader.chainProblem(outcome, rest, () => chainProblem(certificates, reader.trustedRoots(trusted)));
  if (problem) ref.chainProblem = problem;
  attachLeaf(ref, certificates, infos, reader, summary);
}

/** The leaf's facts and the key verdict; `infos` is the served chain as far as it is known. */
function attachLeaf(ref: CertificateRef, certificates: X509Certificate[], infos: CertificateInfo[], reader: FileReader, summary: FileReadSummary): void {
  ref.info = infos[0];
  ref.chain = infos;
  if (ref.keyPath) {
    const check = reader.keyCheck(ref.keyPath, certificates[0]);
    if (check === 'encrypted') summary.encryptedKeys.add(ref.keyPath);
    if (check) ref.keyCheck = check;
  }
}

/** One model's reads, cached by path (key files are never cached: only the verdict per certificate is). */
class FileReader {
  private readonly existing = new Map<string, boolean>();
  private readonly chains = new Map<string, ChainOutcome>();
  /** Key verdicts by certificate, then key path (paths come from the model's caches: one string, hashed once). */
  private readonly keyChecks = new Map<X509Certificate, Map<string, KeyCheck | undefined>>();
  private readonly dhparams = new Map<string, number | undefined>();
  private readonly chainProblems = new Map<ChainOutcome, Map<string, ChainProblem | undefined>>();

  exists(path: string): boolean {
    let known = this.existing.get(path);
    if (known === undefined) this.existing.set(path, (known = fileExists(path)));
    return known;
  }

  chain(path: string): ChainOutcome {
    let outcome = this.chains.get(path);
    if (!outcome) this.chains.set(path, (outcome = readChain(path)));
    return outcome;
  }

  keyCheck(keyPath: string, certificate: X509Certificate): KeyCheck | undefined {
    let byPath = this.keyChecks.get(certificate);
    if (!byPath) this.keyChecks.set(certificate, (byPath = new Map()));
    if (!byPath.has(keyPath)) byPath.set(keyPath, checkKey(keyPath, certificate.publicKey));
    return byPath.get(keyPath);
  }

  dhparamBits(path: string): number | undefined {
    if (!this.dhparams.has(path)) this.dhparams.set(path, readDhparamBits(path));
    return this.dhparams.get(path);
  }

  chainProblem(chain: ChainOutcome, rest: string, verify: () => ChainProblem | undefined): ChainProblem | undefined {
    let byRest = this.chainProblems.get(chain);
    if (!byRest) this.chainProblems.set(chain, (byRest = new Map()));
    if (!byRest.has(rest)) byRest.set(rest, verify());
    return byRest.get(rest);
  }

  /** Self-signed certificates of the endpoint's CA files: roots the operator's clients are told to trust. */
  trustedRoots(paths: readonly string[]): X509Certificate[] {
    const roots: X509Certificate[] = [];
    for (const path of paths) {
      if (!this.exists(path)) continue;
      const outcome = this.chain(path);
      if ('certificates' in outcome) for (const cert of outcome.certificates) if (isSelfSigned(cert)) roots.push(cert);
    }
    return roots;
  }
}

/** The leaf (first) certificate of a PEM file, or why it could not be read. Private-key content is never echoed. */
export function readCertificate(path: string): ReadOutcome {
  const outcome = readChain(path);
  return 'readError' in outcome ? outcome : { info: outcome.infos[0] };
}

/** Every certificate of a PEM file in file order, or why it could not be read. */
function readChain(path: string): ChainOutcome {
  const text = readSmallFile(path);
  if (typeof text !== 'string') return text;
  const pems = text.match(PEM_CERTIFICATES);
  if (!pems) return { readError: 'not a PEM certificate' };
  try {
    const { X509Certificate } = cryptoModule();
    const certificates = pems.map((pem) => new X509Certificate(pem));
    return { certificates, infos: certificates.map(certificateInfo) };
  } catch {
    return { readError: 'not a valid X.509 certificate' };
  }
}

function readSmallFile(path: string): string | { readError: string } {
  try {
    // Regular files only, opened without blocking: a FIFO or device at a certificate path must not hang the run.
    return readRegularFile(path, MAX_CERTIFICATE_BYTES).toString('latin1');
  } catch (error) {
    if (error instanceof RefusedFile) {
      if (error.reason === 'directory') return { readError: 'is a directory' };
      if (error.reason === 'special') return { readError: 'not a regular file' };
      return { readError: `larger than ${MAX_CERTIFICATE_BYTES} bytes` };
    }
    return { readError: fsReason(error) };
  }
}

function fileExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    // A file the linter may not read still exists where the server (often root) would read it.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' || code === 'ELOOP';
  }
}

/**
 * Whether the key file's private key belongs to `certificate` (its public key derived in memory and
 * compared with the certificate's); undefined when the file holds no key this can read. Nothing read from
 * the file is returned, logged or put in an error.
 */
function checkKey(path: string, certificateKey: KeyObject): KeyCheck | undefined {
  const text = readSmallFile(path);
  if (typeof text !== 'string') return undefined;
  if (PEM_ENCRYPTED_KEY.test(text)) return 'encrypted';
  const pem = PEM_PRIVATE_KEY.exec(text)?.[0];
  if (!pem) return undefined;
  try {
    const { createPrivateKey, createPublicKey } = cryptoModule();
    const derived = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' });
    return derived.equals(certificateKey.export({ type: 'spki', format: 'der' })) ? 'match' : 'mismatch';
  } catch {
    return undefined;
  }
}

function readDhparamBits(path: string): number | undefined {
  const text = readSmallFile(path);
  if (typeof text !== 'string') return undefined;
  const body = PEM_DH_PARAMETERS.exec(text)?.[2];
  return body === undefined ? undefined : dhPrimeBits(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
}

function certificateInfo(cert: X509Certificate): CertificateInfo {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const algorithm = SIGNATURE_ALGORITHMS[certificateSignatureOid(cert.raw) ?? ''];
  const names = subjectAltNames(cert.subjectAltName);
  return {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    keyType: keyTypeOf(key.asymmetricKeyType),
    keyBits: details.modulusLength ?? curveBits(details.namedCurve),
    ocspResponders: ocspResponders(cert.infoAccess),
    selfSigned: isSelfSigned(cert),
    fingerprint256: cert.fingerprint256,
    dnsNames: names.dns,
    ipAddresses: names.ip,
    signatureAlgorithm: algorithm?.name ?? 'unknown',
    ...(algorithm?.hash ? { signatureHash: algorithm.hash } : {}),
  };
}

function distinguishedName(text: string): string {
  return text.replace(/\n/g, ', ');
}

/** `DNS:a.example, DNS:"quoted, name", IP Address:192.0.2.1` as Node prints subjectAltName. */
function subjectAltNames(text: string | undefined): { dns: string[]; ip: string[] } {
  const dns: string[] = [];
  const ip: string[] = [];
  for (const match of (text ?? '').matchAll(/(DNS|IP Address):("(?:[^"\\]|\\.)*"|[^,]*)/g)) {
    const value = match[2].startsWith('"') ? (JSON.parse(match[2]) as string) : match[2].trim();
    if (match[1] === 'DNS') dns.push(value.toLowerCase());
    else ip.push(value);
  }
  return { dns, ip };
}

function keyTypeOf(type: string | undefined): CertificateInfo['keyType'] {
  return type === 'rsa' || type === 'rsa-pss' ? 'rsa' : type === 'ec' || type === 'ed25519' || type === 'ed448' || type === 'dsa' ? type : 'unknown';
}

const CURVE_BITS: Record<string, number> = {
  prime192v1: 192, 'P-192': 192, secp224r1: 224, 'P-224': 224, prime256v1: 256, 'P-256': 256, secp256k1: 256,
  secp384r1: 384, 'P-384': 384, secp521r1: 521, 'P-521': 521,
};

function curveBits(curve: string | undefined): number | undefined {
  return curve ? CURVE_BITS[curve] : undefined;
}

/** `OCSP - URI:http://...` lines of the Authority Information Access extension. */
function ocspResponders(infoAccess: string | undefined): string[] {
  if (!infoAccess) return [];
  return [...infoAccess.matchAll(/^OCSP - URI:(.+)$/gm)].map((m) => m[1].trim());
}

function isSelfSigned(cert: X509Certificate): boolean {
  return cert.issuer === cert.subject && signedBy(cert, cert);
}

function signedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

// ---- chains ---------------------------------------------------------------------------------

/**
 * Where a served chain breaks. nginx sends the certificate file as it is (SSL_CTX_use_certificate_chain_file):
 * each certificate must be signed by the next (signatures verified, not names compared), and the last must be
 * a root, a certificate a root the client knows signed, or such a root itself (a cross-signed root).
 * Roots the client knows: Node's bundled Mozilla CA store and the self-signed certificates of the endpoint's
 * CA files (a private CA's root is in those files, not in the store).
 */
export function chainProblem(chain: readonly X509Certificate[], anchors: readonly X509Certificate[]): ChainProblem | undefined {
  for (let index = 0; index + 1 < chain.length; index++) {
    if (!signedBy(chain[index], chain[index + 1])) {
      return { kind: 'out-of-order', index, subject: distinguishedName(chain[index].subject), next: distinguishedName(chain[index + 1].subject) };
    }
  }
  const last = chain[chain.length - 1];
  if (isSelfSigned(last)) return undefined;
  const candidates = [...anchors, ...storeRoots(last.issuer), ...storeRoots(last.subject)];
  const samePublicKey = (a: X509Certificate, b: X509Certificate) => a.publicKey.equals(b.publicKey);
  if (candidates.some((root) => (root.subject === last.issuer && signedBy(last, root)) || (root.subject === last.subject && samePublicKey(root, last)))) return undefined;
  return { kind: 'incomplete', issuer: distinguishedName(last.issuer) };
}

let rootsBySubject: Map<string, X509Certificate[]> | undefined;

/** Roots of Node's bundled Mozilla CA store with this subject, parsed on first use. */
function storeRoots(subject: string): X509Certificate[] {
  if (!rootsBySubject) {
    rootsBySubject = new Map();
    const { X509Certificate } = cryptoModule();
    for (const pem of tlsModule().rootCertificates) {
      try {
        const root = new X509Certificate(pem);
        const list = rootsBySubject.get(root.subject);
        if (list) list.push(root);
        else rootsBySubject.set(root.subject, [root]);
      } catch {
        // a store entry this OpenSSL cannot parse cannot anchor anything
      }
    }
  }
  return rootsBySubject.get(subject) ?? [];
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

/** Where a finding about a certificate points: the file name argument of the directive, else the directive. */
export function certificateRange(ref: CertificateRef): SourceRange | null {
  return ref.certificate.valueRange ?? ref.certificate.source;
}

/** The facts SARIF results about a certificate carry in `properties`. */
export function certificateProperties(info: CertificateInfo): Readonly<Record<string, string>> {
  // One record per certificate: 10,000 vhosts serving one certificate report it 10,000 times.
  let properties = propertiesOf.get(info);
  if (!properties) {
    properties = Object.freeze({
      subject: info.subject,
      issuer: info.issuer,
      notBefore: info.notBefore.toISOString(),
      notAfter: info.notAfter.toISOString(),
      sha256Fingerprint: info.fingerprint256,
    });
    propertiesOf.set(info, properties);
  }
  return properties;
}

const propertiesOf = new WeakMap<CertificateInfo, Readonly<Record<string, string>>>();
