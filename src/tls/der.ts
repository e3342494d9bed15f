// A minimal DER reader for the two facts node:crypto does not expose: a certificate's signature algorithm and a DH prime's size.

/** One DER element: its tag byte and where its contents lie in the buffer. */
interface Element {
  tag: number;
  start: number;
  end: number;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OBJECT_IDENTIFIER = 0x06;

/** The element at `offset`, or undefined when the bytes are not well-formed DER (X.690 8.1: tag, length, contents). */
function elementAt(der: Uint8Array, offset: number, limit = der.length): Element | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i];
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end } : undefined;
}

/** The elements inside a constructed element, in order. */
function children(der: Uint8Array, parent: Element): Element[] {
  const out: Element[] = [];
  for (let offset = parent.start; offset < parent.end;) {
    const child = elementAt(der, offset, parent.end);
    if (!child) return out;
    out.push(child);
    offset = child.end;
  }
  return out;
}

/** Dotted text of an OBJECT IDENTIFIER's contents (X.690 8.19). */
function oidText(der: Uint8Array, element: Element): string {
  const parts: number[] = [];
  let value = 0;
  for (let i = element.start; i < element.end; i++) {
    value = value * 128 + (der[i] & 0x7f);
    if (!(der[i] & 0x80)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/**
 * The OID of `Certificate.signatureAlgorithm` (RFC 5280 4.1: SEQUENCE { tbsCertificate, signatureAlgorithm
 * AlgorithmIdentifier, signatureValue }), or undefined when the DER is not shaped like a certificate.
 */
export function certificateSignatureOid(der: Uint8Array): string | undefined {
  const certificate = elementAt(der, 0);
  if (certificate?.tag !== SEQUENCE) return undefined;
  const algorithm = children(der, certificate)[1];
  if (algorithm?.tag !== SEQUENCE) return undefined;
  const oid = children(der, algorithm)[0];
  return oid?.tag === OBJECT_IDENTIFIER ? oidText(der, oid) : undefined;
}

/**
 * Bit length of the prime of PKCS #3 `DHParameter ::= SEQUENCE { prime INTEGER, base INTEGER, ... }`
 * (PEM "DH PARAMETERS") or X9.42 `DomainParameters ::= SEQUENCE { p INTEGER, g INTEGER, q INTEGER, ... }`
 * (PEM "X9.42 DH PARAMETERS"): both start with the prime.
 */
export function dhPrimeBits(der: Uint8Array): number | undefined {
  const parameters = elementAt(der, 0);
  if (parameters?.tag !== SEQUENCE) return undefined;
  const prime = children(der, parameters)[0];
  if (prime?.tag !== INTEGER) return undefined;
  let start = prime.start;
  while (start < prime.end && der[start] === 0) start++; // a leading zero keeps a positive INTEGER positive
  if (start === prime.end) return 0;
  return (prime.end - start - 1) * 8 + (32 - Math.clz32(der[start]));
}

/** Signature algorithms by OID (RFC 3279, RFC 4055, RFC 5758, RFC 8410) with their hash. */
export const SIGNATURE_ALGORITHMS: Readonly<Record<string, { name: string; hash?: string }>> = {
  '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', hash: 'md2' },
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', hash: 'md5' },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', hash: 'sha1' },
  '1.3.14.3.2.29': { name: 'sha1WithRSA', hash: 'sha1' },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', hash: 'sha512' },
  '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', hash: 'sha224' },
  // RSASSA-PSS carries its hash in parameters; modern issuers use SHA-256 or stronger.
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS' },
  '1.2.840.10040.4.3': { name: 'dsa-with-sha1', hash: 'sha1' },
  '2.16.840.1.101.3.4.3.1': { name: 'dsa-with-sha224', hash: 'sha224' },
  '2.16.840.1.101.3.4.3.2': { name: 'dsa-with-sha256', hash: 'sha256' },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', hash: 'sha1' },
  '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', hash: 'sha224' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', hash: 'sha256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', hash: 'sha384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', hash: 'sha512' },
  '1.3.101.112': { name: 'ED25519' },
  '1.3.101.113': { name: 'ED448' },
};
