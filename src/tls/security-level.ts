// OpenSSL security levels (SSL_CTX_set_security_level): the fewest bits of security a key, DH group or
// certificate signature may have before OpenSSL refuses to load it. Source: OpenSSL 3.0 ssl/t1_lib.c
// ssl_security_default_callback (level n needs 80, 112, 128, 192, 256 bits), crypto/bn/bn_lib.c
// BN_security_bits (RSA, DSA and DH moduli), crypto/x509/x509_set.c x509_sig_info_init (signature digests).
import type { OpenSslVersion } from './openssl-builds.js';
import type { CertificateInfo } from '../model/types.js';

/** Minimum security bits by level 0-5. */
const LEVEL_BITS = [0, 80, 112, 128, 192, 256] as const;

/** BN_security_bits: the NIST SP 800-57 strength of an RSA, DSA or DH modulus. */
function modulusBits(bits: number): number {
  if (bits >= 15360) return 256;
  if (bits >= 7680) return 192;
  if (bits >= 3072) return 128;
  if (bits >= 2048) return 112;
  if (bits >= 1024) return 80;
  return 0;
}

/** Security bits of a certificate's public key; undefined when the size is not known. */
export function keySecurityBits(keyType: CertificateInfo['keyType'], keyBits: number | undefined): number | undefined {
  if (keyType === 'ed25519') return 128;
  if (keyType === 'ed448') return 224;
  if (keyBits === undefined) return undefined;
  if (keyType === 'ec') return Math.floor(keyBits / 2);
  if (keyType === 'rsa' || keyType === 'dsa') return modulusBits(keyBits);
  return undefined;
}

/** Security bits of a DH group of `bits` bits. */
export function dhSecurityBits(bits: number): number {
  return modulusBits(bits);
}

/**
 * Security bits of a certificate signature's digest. OpenSSL 3.0 counts SHA-1 as 63 bits and MD5 as 39
 * (collisions are practical); 1.1.1 took half the digest size, so SHA-1 had 80 and MD5 64.
 */
export function signatureSecurityBits(hash: string | undefined, openssl: OpenSslVersion): number | undefined {
  if (hash === 'sha1') return openssl === '3.0' ? 63 : 80;
  if (hash === 'md5') return openssl === '3.0' ? 39 : 64;
  if (hash === 'md2') return 0;
  const sizes: Record<string, number> = { sha224: 112, sha256: 128, sha384: 192, sha512: 256 };
  return hash ? sizes[hash] : undefined;
}

/** True when OpenSSL at `level` refuses something with `bits` bits of security (level 0 and 1.0.2's null refuse nothing). */
export function refusedAt(level: number | null, bits: number | undefined): boolean {
  if (level === null || bits === undefined || level <= 0) return false;
  return bits < LEVEL_BITS[Math.min(level, 5)];
}

/** The smallest RSA/DH modulus and EC key OpenSSL loads at `level` (0 when it loads any). */
export function minimumKeyBits(level: number | null): { modulus: number; ec: number } {
  const bits = level === null || level <= 0 ? 0 : LEVEL_BITS[Math.min(level, 5)];
  const modulus = bits === 0 ? 0 : bits <= 80 ? 1024 : bits <= 112 ? 2048 : bits <= 128 ? 3072 : bits <= 192 ? 7680 : 15360;
  return { modulus, ec: bits * 2 };
}
