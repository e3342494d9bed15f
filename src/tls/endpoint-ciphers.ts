// The bridge from the TLS model to the engine: each TLS endpoint's cipher setting, expanded, once per directive.
import type { CertificateInfo, CertificateRef, Endpoint, TlsModel, TlsProtocol } from '../model/types.js';
import { TLS_PROTOCOLS, tlsEndpoints } from '../model/types.js';
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

/**
 * Every TLS endpoint's cipher setting, expanded for `openssl`. Endpoints that inherit one directive share
 * its range; one target stands for all of them that also share the facts the rules weigh (factsKey), so
 * one directive gives one finding per distinct situation.
 */
export function cipherTargets(model: TlsModel, openssl: OpenSslVersion): readonly CipherTarget[] {
  return cipherTargetsFound(model, openssl).targets;
}

/**
 * One target of {@link cipherTargets} per kind: targets of one kind share the cipher string, its expansion, the
 * negotiable suites, the protocols and the key types of their certificates, and differ only in endpoint, range
 * and `isDefault`. A rule that can tell from these whether any target may get a finding asks them first: 10,000
 * servers are a handful of kinds.
 */
export function cipherTargetKinds(model: TlsModel, openssl: OpenSslVersion): readonly CipherTarget[] {
  return cipherTargetsFound(model, openssl).kinds;
}

interface FoundTargets {
  targets: readonly CipherTarget[];
  kinds: readonly CipherTarget[];
}

function cipherTargetsFound(model: TlsModel, openssl: OpenSslVersion): FoundTargets {
  let byVersion = targetsByModel.get(model);
  if (!byVersion) targetsByModel.set(model, (byVersion = new Map()));
  let found = byVersion.get(openssl);
  if (!found) byVersion.set(openssl, (found = findCipherTargets(model, openssl)));
  return found;
}

/** Targets already found: four cipher rules ask for the same model's, and each costs an expansion per server. */
const targetsByModel = new WeakMap<TlsModel, Map<OpenSslVersion, FoundTargets>>();

function findCipherTargets(model: TlsModel, openssl: OpenSslVersion): FoundTargets {
  const seen = new TargetPlaces();
  const values = tlsSettingValues(model);
  const facts = new FactsIds(values.protocols.length);
  const offered: Array<ReturnType<typeof offeredSuites>> = [];
  const targets: CipherTarget[] = [];
  const kinds: CipherTarget[] = [];
  const endpoints = tlsEndpoints(model);
  for (let i = 0; i < endpoints.length; i++) {
    const endpoint = endpoints[i];
    // A file the linter could not read may set the cipher string or the protocols: no target to judge.
    if (endpoint.unknown.size > 0 && (endpoint.unknown.has('ciphers') || endpoint.unknown.has('protocols'))) continue;
    const setting = endpoint.ciphers;
    const range = setting.source ? setting.valueRange ?? setting.source : endpoint.range;
    const id = facts.of(endpoint, values.cipherOf[i], values.protocolsOf[i]);
    if (!seen.add(range, id)) continue;
    let suites = offered[id];
    const first = suites === undefined;
    if (first) offered[id] = suites = offeredSuites(endpoint, openssl, model.server.tlsLibrary);
    const target = { endpoint, range, isDefault: setting.source === null, expansion: suites.expansion, negotiable: suites.negotiable, legacyProtocols: suites.legacyProtocols };
    targets.push(target);
    if (first) kinds.push(target);
  }
  return { targets, kinds };
}

/**
 * The (range, facts id) pairs targets were made for, by file and start offset: a key string per server (its
 * file, offsets and id) was made and hashed 10,000 times on a large tree, nearly every one of them new.
 */
class TargetPlaces {
  /** By file, then start offset: [end offset, facts id, ...] of each target starting there. */
  private readonly byFile = new Map<string, Map<number, number[]>>();

  /** Records the pair; false when it was recorded before. */
  add(range: SourceRange, id: number): boolean {
    let byStart = this.byFile.get(range.file);
    if (!byStart) this.byFile.set(range.file, (byStart = new Map()));
    const start = startOffsetOf(range);
    const end = endOffsetOf(range);
    const pairs = byStart.get(start);
    if (!pairs) {
      byStart.set(start, [end, id]);
      return true;
    }
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === end && pairs[i + 1] === id) return false;
    pairs.push(end, id);
    return true;
  }
}

/**
 * What decides a target's findings besides the cipher string's place: the string, the protocols, DH
 * parameters and the certificates' key types. Servers sharing one `ssl_ciphers` but not these get a target
 * each (before, the first server's protocols stood for all of them); servers sharing all of it share one
 * expansion of the suites, which a hosting config of thousands of identical servers asks for again and again.
 * Each distinct combination gets a small number. The cipher string and the protocols come as their indexes in
 * tlsSettingValues, the key types as a number (keyTypesCode): joined into a key string per server, they cost
 * more than the rest of the search, and looking each server's cipher string up again cost a compare of it.
 */
class FactsIds {
  /** By cipher string, protocols and DH parameters (one number, see `of`), then key types. */
  private readonly byValues = new Map<number, Map<number | string, number>>();
  private next = 0;

  /** @param protocolLists how many distinct protocol lists the indexes given to `of` range over. */
  constructor(private readonly protocolLists: number) {}

  /** The id of `endpoint`, whose cipher string and protocol list have these indexes in tlsSettingValues. */
  of(endpoint: Endpoint, cipher: number, protocols: number): number {
    const values = (cipher * this.protocolLists + protocols) * 2 + (hasDhParameters(endpoint) ? 1 : 0);
    let byKeyTypes = this.byValues.get(values);
    if (!byKeyTypes) this.byValues.set(values, (byKeyTypes = new Map()));
    const keyTypes = keyTypesCode(endpoint.certificates);
    let id = byKeyTypes.get(keyTypes);
    if (id === undefined) byKeyTypes.set(keyTypes, (id = this.next++));
    return id;
  }
}

/**
 * The protocol list as one number: each protocol's place in TLS_PROTOCOLS plus one, as a digit in base 7, so
 * different lists give different numbers (no digit is 0). A list too long for a double's 53 bits (18 names:
 * only repeats make one) gives its names joined instead; numbers and strings are distinct Map keys.
 */
function protocolsCode(protocols: readonly TlsProtocol[]): number | string {
  if (protocols.length > 18) return protocols.join(' ');
  let code = 0;
  for (let i = 0; i < protocols.length; i++) code = code * 7 + TLS_PROTOCOLS.indexOf(protocols[i]) + 1;
  return code;
}

/** Key types a certificate may have, '' for one not read. */
const KEY_TYPES: ReadonlyArray<CertificateInfo['keyType'] | ''> = ['', 'rsa', 'ec', 'ed25519', 'ed448', 'dsa', 'unknown'];

/** The certificates' key types as one number, as protocolsCode does (base 8), or joined beyond 17 certificates. */
function keyTypesCode(certificates: readonly CertificateRef[]): number | string {
  if (certificates.length > 17) return certificates.map((c) => c.info?.keyType ?? '').join(',');
  let code = 0;
  for (let i = 0; i < certificates.length; i++) code = code * 8 + KEY_TYPES.indexOf(certificates[i].info?.keyType ?? '') + 1;
  return code;
}

/** The distinct values of the TLS endpoints' cipher and protocol settings (see tlsSettingValues). */
export interface TlsSettingValues {
  ciphers: readonly string[];
  ciphersuites: readonly string[];
  /** Distinct by their names in order, not by array. */
  protocols: ReadonlyArray<readonly TlsProtocol[]>;
  /** For each endpoint of tlsEndpoints(model), by index: the index of its cipher string in `ciphers`. */
  cipherOf: Int32Array;
  /** For each endpoint of tlsEndpoints(model), by index: the index of its protocol list in `protocols`. */
  protocolsOf: Int32Array;
}

/**
 * The values the TLS endpoints' `ciphers`, `ciphersuites` and `protocols` take, each once, found in one walk. A
 * rule that judges a value by itself asks here first whether any value is wrong: 10,000 servers repeat a
 * handful of values, and walking all of them again in each rule cost more than judging the values.
 */
export function tlsSettingValues(model: TlsModel): TlsSettingValues {
  const endpoints = tlsEndpoints(model);
  let values = settingValuesByList.get(endpoints);
  if (!values) {
    // Each value by its index: cipher strings are long, and each server's is a string of its own, compared with
    // the one kept in full on every lookup; cipherTargets reads the indexes instead of looking the strings up again.
    const ciphers = new Map<string, number>();
    const ciphersuites = new Set<string>();
    const protocols = new Map<number | string, number>();
    const protocolLists: Array<readonly TlsProtocol[]> = [];
    const cipherOf = new Int32Array(endpoints.length);
    const protocolsOf = new Int32Array(endpoints.length);
    for (let i = 0; i < endpoints.length; i++) {
      const endpoint = endpoints[i];
      let cipher = ciphers.get(endpoint.ciphers.value);
      if (cipher === undefined) ciphers.set(endpoint.ciphers.value, (cipher = ciphers.size));
      cipherOf[i] = cipher;
      ciphersuites.add(endpoint.ciphersuites.value);
      const code = protocolsCode(endpoint.protocols.value);
      let list = protocols.get(code);
      if (list === undefined) {
        protocols.set(code, (list = protocolLists.length));
        protocolLists.push(endpoint.protocols.value);
      }
      protocolsOf[i] = list;
    }
    values = { ciphers: [...ciphers.keys()], ciphersuites: [...ciphersuites], protocols: protocolLists, cipherOf, protocolsOf };
    settingValuesByList.set(endpoints, values);
  }
  return values;
}

/** By the model's TLS endpoint list, which is made anew when the model's endpoints change. */
const settingValuesByList = new WeakMap<readonly Endpoint[], TlsSettingValues>();

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

/**
 * The security levels the model's TLS endpoints run at ({@link cipherSecurityLevel} of each), one per distinct
 * cipher string: a rule that asks whether anything may be weak at any of them needs no walk over the servers.
 */
export function cipherSecurityLevels(model: TlsModel, openssl: OpenSslVersion): Array<number | null> {
  if (model.server.tlsLibrary === 'go') return tlsEndpoints(model).length > 0 ? [null] : [];
  return tlsSettingValues(model).ciphers.map((value) => expandCipherString(value, openssl).securityLevel);
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
