// The bridge from the TLS model to the engine: each TLS endpoint's cipher setting, expanded, once per directive.
import type { Endpoint, TlsModel, TlsProtocol } from '../model/types.js';
import { tlsEndpoints } from '../model/types.js';
import { endOffsetOf, startOffsetOf, type SourceRange } from '../syntax/range.js';
import type { OpenSslVersion } from './openssl-builds.js';
import { expandCipherString, type CipherStringResult } from './cipher-string.js';
import { expandGoSuites } from './go-suites.js';
import { negotiableProtocols, negotiableSuites } from './negotiable.js';
import type { SuiteFacts } from './suite-types.js';

/** One cipher setting as a rule sees it. */
export interface CipherTarget {
  endpoint: Endpoint;
  /** Where findings go: the directive's argument when set, the server block when it is the default. */
  range: SourceRange;
  /** True when the value is the server's built-in default (nothing to edit). */
  isDefault: boolean;
  expansion: CipherStringResult;
  /** Suites the server really offers: security level, PSK/SRP, and the enabled protocols applied. */
  negotiable: readonly SuiteFacts[];
  /** Enabled TLS 1.0-1.2 protocols OpenSSL will negotiate. */
  legacyProtocols: readonly TlsProtocol[];
}

function rangeKey(range: SourceRange): string {
  return `${range.file}:${startOffsetOf(range)}:${endOffsetOf(range)}`;
}

/**
 * Every TLS endpoint's cipher setting, expanded for `openssl`. Endpoints that inherit one directive share
 * its range; one target stands for all of them that also share the facts the rules weigh (factsKey), so
 * one directive gives one finding per distinct situation.
 */
export function cipherTargets(model: TlsModel, openssl: OpenSslVersion): readonly CipherTarget[] {
  let byVersion = targetsByModel.get(model);
  if (!byVersion) targetsByModel.set(model, (byVersion = new Map()));
  let targets = byVersion.get(openssl);
  if (!targets) byVersion.set(openssl, (targets = findCipherTargets(model, openssl)));
  return targets;
}

/** Targets already found: four cipher rules ask for the same model's, and each costs an expansion per server. */
const targetsByModel = new WeakMap<TlsModel, Map<OpenSslVersion, readonly CipherTarget[]>>();

function findCipherTargets(model: TlsModel, openssl: OpenSslVersion): readonly CipherTarget[] {
  const seen = new Set<string>();
  const facts = new FactsIds();
  const offered: Array<ReturnType<typeof offeredSuites>> = [];
  const targets: CipherTarget[] = [];
  for (const endpoint of tlsEndpoints(model)) {
    // A file the linter could not read may set the cipher string or the protocols: no target to judge.
    if (endpoint.unknown.size > 0 && (endpoint.unknown.has('ciphers') || endpoint.unknown.has('protocols'))) continue;
    const setting = endpoint.ciphers;
    const range = setting.source ? setting.valueRange ?? setting.source : endpoint.range;
    const id = facts.of(endpoint);
    const key = `${rangeKey(range)}\0${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const suites = (offered[id] ??= offeredSuites(endpoint, openssl, model.server.tlsLibrary));
    targets.push({ endpoint, range, isDefault: setting.source === null, expansion: suites.expansion, negotiable: suites.negotiable, legacyProtocols: suites.legacyProtocols });
  }
  return targets;
}

/**
 * What decides a target's findings besides the cipher string's place: the string, the protocols, DH
 * parameters and the certificates' key types. Servers sharing one `ssl_ciphers` but not these get a target
 * each (before, the first server's protocols stood for all of them); servers sharing all of it share one
 * expansion of the suites, which a hosting config of thousands of identical servers asks for again and again.
 * Each distinct combination gets a small number: a key string holding the whole cipher string per server
 * cost more than the rest of the search.
 */
class FactsIds {
  private readonly byCipherString = new Map<string, Map<string, number>>();
  /** Servers share their protocol lists: each joined once. */
  private readonly joinedProtocols = new Map<readonly TlsProtocol[], string>();
  private next = 0;

  of(endpoint: Endpoint): number {
    let byRest = this.byCipherString.get(endpoint.ciphers.value);
    if (!byRest) this.byCipherString.set(endpoint.ciphers.value, (byRest = new Map()));
    let protocols = this.joinedProtocols.get(endpoint.protocols.value);
    if (protocols === undefined) this.joinedProtocols.set(endpoint.protocols.value, (protocols = endpoint.protocols.value.join(' ')));
    const keyTypes = endpoint.certificates.map((c) => c.info?.keyType ?? '').join(',');
    const rest = `${protocols}\0${hasDhParameters(endpoint)}\0${keyTypes}`;
    let id = byRest.get(rest);
    if (id === undefined) byRest.set(rest, (id = this.next++));
    return id;
  }
}

/** What the endpoint's server really offers at TLS 1.0-1.2: the expansion, the protocols and the suites. */
export function offeredSuites(
  endpoint: Endpoint, openssl: OpenSslVersion, library: TlsModel['server']['tlsLibrary'] = 'openssl',
): Pick<CipherTarget, 'expansion' | 'negotiable' | 'legacyProtocols'> {
  // Go's value is a list of IANA names (ServerInfo.tlsLibrary), read into the same suite facts.
  const expansion = library === 'go' ? expandGoSuites(endpoint.ciphers.value, openssl) : expandCipherString(endpoint.ciphers.value, openssl);
  const legacyProtocols = negotiableProtocols(endpoint.protocols.value, openssl, expansion.securityLevel).filter((p) => p !== 'TLSv1.3');
  const negotiable = negotiableSuites(expansion, { protocols: legacyProtocols }).filter((s) => s.kx !== 'kDHE' || hasDhParameters(endpoint));
  return { expansion, negotiable, legacyProtocols };
}

/**
 * The OpenSSL security level the endpoint's cipher string sets (`@SECLEVEL=n`, else the build's default), which
 * decides the certificates and keys OpenSSL loads: `offeredSuites(...).expansion.securityLevel` without working
 * out the negotiable suites, which the certificate rules asked for once per server.
 */
export function cipherSecurityLevel(model: TlsModel, endpoint: Endpoint, openssl: OpenSslVersion): number | null {
  // Go's crypto/tls (Caddy) has no security level: it loads any key and signature the x509 parser accepts.
  if (model.server.tlsLibrary === 'go') return null;
  return expandCipherString(endpoint.ciphers.value, openssl).securityLevel;
}

/** DHE suites need DH parameters; whether the server has any is the dialect's fact (Endpoint.dheAvailable). */
function hasDhParameters(endpoint: Endpoint): boolean {
  return endpoint.dheAvailable;
}

/** A range for `offset..offset+length` inside a single-line argument range whose text is `value` (quoted or not). */
export function rangeInsideValue(valueRange: SourceRange, value: string, offset: number, length: number): SourceRange {
  const span = valueRange.end.offset - valueRange.start.offset;
  const singleLine = valueRange.start.line === valueRange.end.line;
  const quote = span === value.length + 2 ? 1 : span === value.length ? 0 : -1;
  if (!singleLine || quote < 0) return valueRange;
  const at = (delta: number) => ({
    line: valueRange.start.line,
    column: valueRange.start.column + quote + delta,
    offset: valueRange.start.offset + quote + delta,
  });
  return { file: valueRange.file, start: at(offset), end: at(offset + length) };
}
