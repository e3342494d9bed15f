// Mozilla Server Side TLS profiles by guideline version: the thresholds profile-aware rules use.
import { MOZILLA_GUIDELINES } from './mozilla-guidelines.data.js';
import type { TlsProtocol } from '../model/types.js';

export type ProfileName = 'modern' | 'intermediate' | 'old';

export const PROFILE_NAMES: readonly ProfileName[] = ['modern', 'intermediate', 'old'];

/** The newest guideline version tlslint knows. */
export const LATEST_GUIDELINES = '6.0';

/** The facts of one profile in one guideline version. */
export interface Profile {
  name: ProfileName;
  guidelines: string;
  tlsVersions: TlsProtocol[];
  /** TLS 1.2-and-below suites by OpenSSL name, in the recommended order. */
  opensslCiphers: string[];
  ianaCiphers: string[];
  /** TLS 1.3 suites by IANA name. */
  ciphersuites: string[];
  tlsCurves: string[];
  hstsMinAge: number;
  dhParamSize: number | null;
  ecdhParamSize: number | null;
  rsaKeySize: number | null;
  ocspStaple: boolean;
  serverPreferredOrder: boolean;
  certificateTypes: string[];
  maximumCertificateLifespan: number;
}

export type GuidelineVersion = keyof typeof MOZILLA_GUIDELINES;

export const GUIDELINE_VERSIONS = Object.keys(MOZILLA_GUIDELINES) as GuidelineVersion[];

/**
 * The profile `name` from guideline version `version`. 6.0 dropped `old`, so asking for `old`
 * without an explicit version that has it falls back to 5.8, the last version that has it.
 */
export function getProfile(name: ProfileName, version: string = LATEST_GUIDELINES): Profile {
  const guidelines = version in MOZILLA_GUIDELINES ? (version as GuidelineVersion) : undefined;
  if (!guidelines) throw new RangeError(`Unknown Mozilla guidelines version "${version}"; known: ${GUIDELINE_VERSIONS.join(', ')}`);
  const configs = MOZILLA_GUIDELINES[guidelines] as Record<string, RawProfile | undefined>;
  const raw = configs[name];
  if (!raw) {
    if (name === 'old' && version === LATEST_GUIDELINES) return getProfile('old', '5.8');
    throw new RangeError(`Mozilla guidelines ${version} have no "${name}" profile`);
  }
  return {
    name,
    guidelines,
    tlsVersions: [...raw.tls_versions] as TlsProtocol[],
    opensslCiphers: [...raw.ciphers.openssl],
    ianaCiphers: [...raw.ciphers.iana],
    ciphersuites: [...raw.ciphersuites],
    tlsCurves: [...raw.tls_curves],
    hstsMinAge: raw.hsts_min_age,
    dhParamSize: raw.dh_param_size,
    ecdhParamSize: raw.ecdh_param_size,
    rsaKeySize: raw.rsa_key_size,
    ocspStaple: raw.ocsp_staple,
    serverPreferredOrder: raw.server_preferred_order,
    certificateTypes: [...raw.certificate_types],
    maximumCertificateLifespan: raw.maximum_certificate_lifespan,
  };
}

interface RawProfile {
  tls_versions: readonly string[];
  ciphers: { openssl: readonly string[]; iana: readonly string[] };
  ciphersuites: readonly string[];
  tls_curves: readonly string[];
  hsts_min_age: number;
  dh_param_size: number | null;
  ecdh_param_size: number | null;
  rsa_key_size: number | null;
  ocsp_staple: boolean;
  server_preferred_order: boolean;
  certificate_types: readonly string[];
  maximum_certificate_lifespan: number;
}

/** The OpenSSL cipher string a profile recommends (empty for modern, which is TLS 1.3 only). */
export function profileCipherString(profile: Profile): string {
  return profile.opensslCiphers.join(':');
}
