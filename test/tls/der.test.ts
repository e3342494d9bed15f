// The two DER facts node:crypto does not give: a certificate's signature algorithm and a DH prime's size.
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateSignatureOid, dhPrimeBits } from '../../src/tls/der.js';

const CERTS = resolve(import.meta.dirname, '../../fixtures/certs');
const der = (name: string, label: string) => Buffer.from(readFileSync(join(CERTS, name), 'utf8').split(`-----BEGIN ${label}-----`)[1].split('-----END')[0].replace(/\s+/g, ''), 'base64');

describe('certificateSignatureOid', () => {
  it('reads the outer signatureAlgorithm of a certificate', () => {
    expect(certificateSignatureOid(new X509Certificate(readFileSync(join(CERTS, 'sha1.example.com.fullchain.pem'))).raw)).toBe('1.2.840.10045.4.1');
    expect(certificateSignatureOid(new X509Certificate(readFileSync(join(CERTS, 'www.example.com.pem'))).raw)).toBe('1.2.840.10045.4.3.2');
  });

  it('gives up on bytes that are not a certificate, without throwing', () => {
    expect(certificateSignatureOid(Buffer.from([0x30, 0x82, 0xff]))).toBeUndefined();
    expect(certificateSignatureOid(Buffer.from([0x02, 0x01, 0x00]))).toBeUndefined();
    expect(certificateSignatureOid(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('dhPrimeBits', () => {
  it('counts the bits of the prime, not of its DER padding', () => {
    expect(dhPrimeBits(der('dhparam-1024.pem', 'DH PARAMETERS'))).toBe(1024);
    expect(dhPrimeBits(der('dhparam-2048.pem', 'DH PARAMETERS'))).toBe(2048);
    // SEQUENCE { INTEGER 0x00 0x17 (23: 5 bits), INTEGER 2 }
    expect(dhPrimeBits(Buffer.from([0x30, 0x07, 0x02, 0x02, 0x00, 0x17, 0x02, 0x01, 0x02]))).toBe(5);
  });

  it('gives up on truncated input', () => {
    expect(dhPrimeBits(Buffer.from([0x30, 0x05, 0x02, 0x09, 0x00]))).toBeUndefined();
  });
});
