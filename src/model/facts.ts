// Facts about a whole model that rules ask before walking its endpoints: most rules find nothing on most trees,
// and on a tree of 10,000 servers each rule's own walk over all of them cost more than what it judged. One walk
// finds them all, once per model, after the certificate files were read (attachCertificateInfo).
import type { CertificateInfo, TlsModel } from './types.js';

/**
 * What the model's certificate references hold, taken together: each certificate read once, and whether any
 * reference has a broken chain, a key that does not match, or names a file the checkout lacks.
 */
export interface CertificateFacts {
  /** Every certificate of every reference (`info` and each of `chain`), each once, in the order first met. */
  infos: readonly CertificateInfo[];
  /** Some reference has a `chainProblem`. */
  chainProblem: boolean;
  /** Some reference has `keyCheck` `mismatch`. */
  keyMismatch: boolean;
  /** Some named file was looked for and does not exist (FileReference.exists false). */
  missingFile: boolean;
  /** Some endpoint with a TLS or QUIC listener has no certificate and does not refuse every handshake. */
  uncertifiedTls: boolean;
}

/** Settings and sockets some endpoint of the model has (whether TLS or not). */
export interface EndpointFacts {
  /** Client certificates asked for, written in a mode that does not verify them and not handed on. */
  unverifiedClientAuth: boolean;
  /** `insecureRenegotiation` written on. */
  insecureRenegotiation: boolean;
  /** `compression` written on. */
  compression: boolean;
  /** Some upstream is proxied to over TLS. */
  upstreams: boolean;
  /** DH parameters written and read. */
  dhparamBits: boolean;
  /** A deprecated setting in effect. */
  deprecated: boolean;
  /** An HTTP endpoint that does not redirect to https:// has a plain TCP listener (not a unix socket). */
  unredirectedPlainHttp: boolean;
  /** An HTTP endpoint has a plain TCP listener on port 443. */
  plainHttpOn443: boolean;
}

/** The CertificateFacts of `model`, found in one walk over its endpoints (again if its endpoint list was replaced). */
export function certificateFacts(model: TlsModel): CertificateFacts {
  return factsOf(model).certificates;
}

/** The EndpointFacts of `model`, from the same walk as {@link certificateFacts}. */
export function endpointFacts(model: TlsModel): EndpointFacts {
  return factsOf(model).endpoints;
}

interface ModelFacts {
  of: TlsModel['endpoints'];
  certificates: CertificateFacts;
  endpoints: EndpointFacts;
}

const factsByModel = new WeakMap<TlsModel, ModelFacts>();

function factsOf(model: TlsModel): ModelFacts {
  let known = factsByModel.get(model);
  if (!known || known.of !== model.endpoints) {
    known = findFacts(model);
    factsByModel.set(model, known);
  }
  return known;
}

function findFacts(model: TlsModel): ModelFacts {
  const infos = new Set<CertificateInfo>();
  const certificates = { infos: [] as CertificateInfo[], chainProblem: false, keyMismatch: false, missingFile: false, uncertifiedTls: false };
  const endpoints: EndpointFacts = {
    unverifiedClientAuth: false, insecureRenegotiation: false, compression: false, upstreams: false, dhparamBits: false, deprecated: false,
    unredirectedPlainHttp: false, plainHttpOn443: false,
  };
  // References to one file share its chain: the one before is compared first, with no lookup.
  let lastChain: readonly CertificateInfo[] | undefined;
  for (const endpoint of model.endpoints) {
    if (endpoint.certificates.length === 0 && !endpoint.rejectsHandshake && endpoint.listeners.some((l) => l.tls || l.quic)) certificates.uncertifiedTls = true;
    for (const ref of endpoint.certificates) {
      if (ref.chainProblem) certificates.chainProblem = true;
      if (ref.keyCheck === 'mismatch') certificates.keyMismatch = true;
      if (ref.info) infos.add(ref.info);
      if (!ref.chain || ref.chain === lastChain) continue;
      lastChain = ref.chain;
      for (const info of ref.chain) infos.add(info);
    }
    for (const file of endpoint.files) if (file.exists === false) certificates.missingFile = true;
    const auth = endpoint.clientAuth;
    if (auth && auth.mode !== 'none' && !auth.verified && !auth.handedOn && auth.source) endpoints.unverifiedClientAuth = true;
    if (endpoint.insecureRenegotiation?.value && endpoint.insecureRenegotiation.source !== null) endpoints.insecureRenegotiation = true;
    if (endpoint.compression?.value && endpoint.compression.source !== null) endpoints.compression = true;
    if (endpoint.upstreams.length > 0) endpoints.upstreams = true;
    if (endpoint.dhparamBits !== undefined && endpoint.dhparam.source) endpoints.dhparamBits = true;
    if (endpoint.deprecated.length > 0) endpoints.deprecated = true;
    if (endpoint.application === 'http') {
      for (const listener of endpoint.listeners) {
        if (listener.tls || listener.quic || listener.unixPath !== undefined) continue;
        if (!endpoint.httpRedirect?.toHttps) endpoints.unredirectedPlainHttp = true;
        if (listener.port === 443) endpoints.plainHttpOn443 = true;
      }
    }
  }
  certificates.infos = [...infos];
  return { of: model.endpoints, certificates, endpoints };
}
