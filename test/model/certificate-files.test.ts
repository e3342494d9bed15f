// The files behind certificate settings: chains checked by signature, keys compared in memory only, DH sizes, missing files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachCertificateInfo, chainProblem, emptyFileReadSummary } from '../../src/model/certificates.js';
import type { CertificateRef, FileReference } from '../../src/model/types.js';
import { makeEndpoint, makeModel, setAt } from '../helpers/model-builder.js';

const CERTS = resolve(import.meta.dirname, '../../fixtures/certs');
const cert = (name: string) => new X509Certificate(readFileSync(join(CERTS, name)));
const pems = (name: string) => readFileSync(join(CERTS, name), 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!.map((p) => new X509Certificate(p));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tlslint-files-'));
  const env = { ...process.env, OPENSSL_CONF: '/dev/null' };
  // A passphrase-protected copy of a test key, made with the openssl CLI (never a real key).
  execFileSync('openssl', ['pkey', '-in', join(CERTS, 'www.example.com.key'), '-aes256', '-passout', 'pass:test', '-out', join(dir, 'encrypted.key')], { stdio: 'ignore', env });
  execFileSync('openssl', ['ec', '-in', join(CERTS, 'www.example.com.key'), '-aes256', '-passout', 'pass:test', '-out', join(dir, 'legacy-encrypted.key')], { stdio: 'ignore', env });
});

function ref(certificate: string, key?: string): CertificateRef {
  return {
    certificate: setAt(certificate, 3),
    key: key ? setAt(key, 4) : null,
    resolvedPath: certificate,
    ...(key ? { keyPath: key } : {}),
  };
}

function fileRef(role: FileReference['role'], path: string, inCheckout: boolean): FileReference {
  return { role, setting: setAt(path, 5), path, inCheckout };
}

describe('chainProblem', () => {
  const root = cert('test-root-ca.pem');

  it('accepts a leaf and its intermediate when the root is a trusted anchor, and a self-signed certificate alone', () => {
    expect(chainProblem(pems('www.example.com.fullchain.pem'), [root])).toBeUndefined();
    expect(chainProblem([root], [])).toBeUndefined();
    expect(chainProblem([...pems('www.example.com.fullchain.pem'), root], [])).toBeUndefined();
  });

  it('finds a missing intermediate: the last certificate is neither a root nor signed by one the client knows', () => {
    expect(chainProblem(pems('www.example.com.pem'), [root])).toEqual({ kind: 'incomplete', issuer: 'CN=tlslint Test Intermediate CA' });
    expect(chainProblem(pems('www.example.com.fullchain.pem'), [])).toEqual({ kind: 'incomplete', issuer: 'CN=tlslint Test Root CA' });
  });

  it('verifies signatures, not names: an intermediate before its leaf is out of order', () => {
    expect(chainProblem(pems('www.example.com.reversed.pem'), [root])).toEqual({
      kind: 'out-of-order', index: 0, subject: 'CN=tlslint Test Intermediate CA', next: 'CN=www.example.com',
    });
  });

  it('takes a self-signed certificate as an anchor only by signature, not by its subject', () => {
    // The other test certificate calls itself "CN=www.example.com" but did not sign the intermediate.
    expect(chainProblem(pems('www.example.com.fullchain.pem'), [cert('valid.example.com.pem')])).toMatchObject({ kind: 'incomplete' });
  });
});

describe('attachCertificateInfo', () => {
  it('reads the whole chain: SANs, signature algorithm, fingerprint, issuer', () => {
    const endpoint = makeEndpoint({ certificates: [ref(join(CERTS, 'sha1.example.com.fullchain.pem'))] });
    attachCertificateInfo(makeModel([endpoint]));
    const [leaf, intermediate] = endpoint.certificates[0].chain!;
    expect(leaf).toMatchObject({ subject: 'CN=sha1.example.com', issuer: 'CN=tlslint Test Intermediate CA', dnsNames: ['sha1.example.com'], signatureAlgorithm: 'ecdsa-with-SHA1', signatureHash: 'sha1' });
    expect(leaf.fingerprint256).toBe(cert('sha1.example.com.fullchain.pem').fingerprint256);
    expect(intermediate).toMatchObject({ subject: 'CN=tlslint Test Intermediate CA', signatureHash: 'sha256', selfSigned: false });
    expect(endpoint.certificates[0].info).toBe(leaf);
  });

  it('appends a separate chain file (Apache SSLCertificateChainFile) to the served chain; an unreadable one leaves the chain unjudged', () => {
    const leaf = join(CERTS, 'www.example.com.pem');
    const withChain = { ...ref(leaf), chainPath: join(CERTS, 'test-intermediate-ca.pem') };
    const gone = { ...ref(leaf), chainPath: join(dir, 'no-chain.pem') };
    const alone = ref(leaf);
    const endpoint = makeEndpoint({ certificates: [withChain, gone, alone], files: [fileRef('trusted-certificate', join(CERTS, 'test-root-ca.pem'), true)] });
    attachCertificateInfo(makeModel([endpoint]));
    expect(withChain.chain?.map((c) => c.subject)).toEqual(['CN=www.example.com', 'CN=tlslint Test Intermediate CA']);
    expect(withChain.chainProblem).toBeUndefined();
    expect(gone.chainProblem).toBeUndefined();
    expect(gone.info?.subject).toBe('CN=www.example.com');
    expect(alone.chainProblem).toEqual({ kind: 'incomplete', issuer: 'CN=tlslint Test Intermediate CA' });
  });

  it('compares the key with the certificate: match, mismatch, encrypted (counted once), unreadable (unknown)', () => {
    const fullchain = join(CERTS, 'www.example.com.fullchain.pem');
    const refs = [
      ref(fullchain, join(CERTS, 'www.example.com.key')),
      ref(fullchain, join(CERTS, 'other.key')),
      ref(fullchain, join(dir, 'encrypted.key')),
      ref(fullchain, join(dir, 'legacy-encrypted.key')),
      ref(fullchain, join(dir, 'missing.key')),
      ref(fullchain, join(CERTS, 'test-root-ca.pem')),
    ];
    const summary = emptyFileReadSummary();
    const model = makeModel([makeEndpoint({ certificates: refs })]);
    attachCertificateInfo(model, summary);
    expect(refs.map((r) => r.keyCheck)).toEqual(['match', 'mismatch', 'encrypted', 'encrypted', undefined, undefined]);
    expect([...summary.encryptedKeys]).toEqual([join(dir, 'encrypted.key'), join(dir, 'legacy-encrypted.key')]);
  });

  it('keeps nothing of a key file in the model', () => {
    const key = join(CERTS, 'www.example.com.key');
    const model = makeModel([makeEndpoint({ certificates: [ref(join(CERTS, 'www.example.com.fullchain.pem'), key)], files: [fileRef('key', key, true)] })]);
    attachCertificateInfo(model);
    const body = readFileSync(key, 'utf8').split('\n').filter((line) => line && !line.startsWith('-----'));
    const text = JSON.stringify(model);
    for (const line of body) expect(text).not.toContain(line);
    expect(text).not.toMatch(/PRIVATE KEY/);
  });

  it('never blocks on a FIFO named as a certificate or key', () => {
    const fifo = join(dir, 'fifo.pem');
    execFileSync('mkfifo', [fifo]);
    const certificate = ref(fifo, fifo);
    const keyOnly = ref(join(CERTS, 'www.example.com.fullchain.pem'), fifo);
    attachCertificateInfo(makeModel([makeEndpoint({ certificates: [certificate, keyOnly], dhparam: setAt<string | null>(fifo, 6), files: [fileRef('dhparam', fifo, true)] })]));
    expect(certificate.readError).toBe('not a regular file');
    expect(keyOnly.keyCheck).toBeUndefined();
  });

  it('reads the DH prime size and marks missing files, counting those outside the checkout', () => {
    const outside = '/nonexistent/tlslint/dhparam.pem';
    const endpoint = makeEndpoint({
      dhparam: setAt<string | null>(join(CERTS, 'dhparam-1024.pem'), 6),
      files: [fileRef('dhparam', join(CERTS, 'dhparam-1024.pem'), true), fileRef('trusted-certificate', outside, false), fileRef('key', join(dir, 'gone.key'), true)],
    });
    const other = makeEndpoint({ files: [fileRef('dhparam', join(CERTS, 'dhparam-2048.pem'), true)] });
    const summary = emptyFileReadSummary();
    attachCertificateInfo(makeModel([endpoint, other]), summary);
    expect(endpoint.dhparamBits).toBe(1024);
    expect(other.dhparamBits).toBe(2048);
    expect(endpoint.files.map((f) => f.exists)).toEqual([true, false, false]);
    expect([...summary.notFound]).toEqual([outside]);
  });
});
