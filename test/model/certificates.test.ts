// Reading certificate files: the leaf of a chain, key facts, OCSP responders, clear reasons, never key bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachCertificateInfo, readCertificate } from '../../src/model/certificates.js';
import { certificateFacts } from '../../src/model/facts.js';
import { makeEndpoint, makeModel, setAt } from '../helpers/model-builder.js';

const CERTS = fileURLToPath(new URL('../../fixtures/nginx/ocsp-stapling-disabled/read-certificates/certs/', import.meta.url));
let dir: string;

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { stdio: 'ignore', env: { ...process.env, OPENSSL_CONF: '/dev/null' } });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tlslint-certs-'));
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=ec.test', '-days', '30',
    '-keyout', join(dir, 'ec.key'), '-out', join(dir, 'ec.pem'));
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=ca.test', '-days', '30', '-keyout', join(dir, 'ca.key'), '-out', join(dir, 'ca.pem'));
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=leaf.test', '-keyout', join(dir, 'leaf.key'), '-out', join(dir, 'leaf.csr'));
  openssl('x509', '-req', '-in', join(dir, 'leaf.csr'), '-CA', join(dir, 'ca.pem'), '-CAkey', join(dir, 'ca.key'), '-CAcreateserial', '-days', '30', '-out', join(dir, 'leaf.pem'));
  writeFileSync(join(dir, 'fullchain.pem'), readFileSync(join(dir, 'leaf.pem'), 'utf8') + readFileSync(join(dir, 'ca.pem'), 'utf8'));
  writeFileSync(join(dir, 'garbage.pem'), '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n');
});

describe('readCertificate', () => {
  it('reads an EC certificate: key type, curve size, self-signed, no responder', () => {
    const outcome = readCertificate(join(dir, 'ec.pem'));
    expect(outcome).toMatchObject({ info: { subject: 'CN=ec.test', keyType: 'ec', keyBits: 256, ocspResponders: [], selfSigned: true } });
  });

  it('takes the leaf of a full chain', () => {
    expect(readCertificate(join(dir, 'fullchain.pem'))).toMatchObject({ info: { subject: 'CN=leaf.test', keyType: 'rsa', keyBits: 2048, selfSigned: false } });
  });

  it('lists OCSP responders from Authority Information Access', () => {
    expect(readCertificate(join(CERTS, 'with-ocsp.pem'))).toMatchObject({ info: { ocspResponders: ['http://ocsp.example-ca.test'] } });
    expect(readCertificate(join(CERTS, 'no-ocsp.pem'))).toMatchObject({ info: { ocspResponders: [] } });
  });

  it.each([
    ['missing.pem', 'file not found'],
    ['.', 'is a directory'],
    ['garbage.pem', 'not a valid X.509 certificate'],
  ])('explains why %s cannot be read', (name, reason) => {
    expect(readCertificate(join(dir, name))).toEqual({ readError: reason });
  });

  it('says a private key is not a certificate without quoting it', () => {
    const outcome = readCertificate(join(dir, 'ec.key'));
    expect(outcome).toEqual({ readError: 'not a PEM certificate' });
    expect(JSON.stringify(outcome)).not.toMatch(/PRIVATE KEY|MII/);
  });
});

describe('attachCertificateInfo', () => {
  it('fills info or readError of every resolved certificate and reads each file once', () => {
    const ref = (path?: string) => ({ certificate: setAt(path ?? '$var', 3), key: null, ...(path ? { resolvedPath: path } : {}) });
    const endpoints = [
      makeEndpoint({ certificates: [ref(join(dir, 'ec.pem')), ref()] }),
      makeEndpoint({ certificates: [ref(join(dir, 'ec.pem')), ref(join(dir, 'missing.pem'))] }),
    ];
    attachCertificateInfo(makeModel(endpoints));
    const [[ec, variable], [again, missing]] = endpoints.map((e) => e.certificates);
    expect(ec.info?.keyType).toBe('ec');
    expect(again.info).toBe(ec.info);
    expect(variable.info).toBeUndefined();
    expect(variable.readError).toBeUndefined();
    expect(missing.readError).toBe('file not found');
  });
});

describe('certificateFacts', () => {
  it('lists each certificate once and says whether any reference has a broken chain, a wrong key or a missing file', () => {
    const ref = (path: string) => ({ certificate: setAt(path, 3), key: setAt(join(dir, 'leaf.key'), 4), resolvedPath: path, keyPath: join(dir, 'leaf.key') });
    const endpoints = [makeEndpoint({ certificates: [ref(join(dir, 'fullchain.pem'))] }), makeEndpoint({ certificates: [ref(join(dir, 'fullchain.pem')), ref(join(dir, 'ec.pem'))] })];
    const model = makeModel(endpoints);
    attachCertificateInfo(model);
    const facts = certificateFacts(model);
    expect(facts.infos.map((info) => info.subject)).toEqual(['CN=leaf.test', 'CN=ca.test', 'CN=ec.test']);
    // ec.pem is not the pair of leaf.key; nothing is missing and each chain leads to its root.
    expect([facts.keyMismatch, facts.missingFile, facts.chainProblem]).toEqual([true, false, false]);
    expect(certificateFacts(model)).toBe(facts);
    // A model given a new endpoint list gets new facts.
    model.endpoints = [endpoints[0]];
    expect(certificateFacts(model).keyMismatch).toBe(false);
  });
});
