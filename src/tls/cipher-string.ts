// Expands an OpenSSL cipher string exactly as OpenSSL's ssl/ssl_ciph.c does, suite by suite and in order.
import type { OpenSslVersion } from './openssl-builds.js';
import type { AliasDef } from './cipher-aliases.js';
import { getBuild, KNOWN_ALIASES, KNOWN_SUITES, type OpenSslBuild, type OrderStep } from './openssl-builds.js';
import type { StrengthFlag, SuiteFacts } from './suite-types.js';

/** A term OpenSSL skipped because no suite or alias has that name. */
export interface UnknownTerm {
  /** The term as written up to the next separator or `+`, e.g. `ECDHE-RSA-AES128-GCM-SHA265`. */
  term: string;
  /** 0-based offset of the name inside the cipher string. */
  offset: number;
  /** `not-in-build`: a real OpenSSL name this version's default build lacks (RC4, 3DES, ...); `unknown`: no OpenSSL knows it. */
  reason: 'unknown' | 'not-in-build';
  /**
   * True when the term would add suites (no prefix). With `!`, `-` or `+` it only removes or reorders
   * suites, and an unknown name matches none, so the term changes nothing the server offers.
   */
  adds: boolean;
}

/** Why OpenSSL would reject the string (`SSL_CTX_set_cipher_list` fails). */
export interface CipherStringError {
  kind: 'no cipher match' | 'invalid command';
  message: string;
  /** Offset of the offending character for `invalid command`. */
  offset?: number;
}

/** The expansion of one cipher string for one OpenSSL version. */
export interface CipherStringResult {
  cipherString: string;
  openssl: OpenSslVersion;
  /** The TLS 1.0-1.2 suites in OpenSSL's order (what `openssl ciphers` prints); empty on error. */
  suites: readonly SuiteFacts[];
  unknownTerms: readonly UnknownTerm[];
  /** The security level a context using this string runs at: `@SECLEVEL=n`, else the build's default; null for 1.0.2. */
  securityLevel: number | null;
  error: CipherStringError | null;
}

type Action = 'ADD' | 'KILL' | 'DEL' | 'ORD' | 'BUMP';

interface Node {
  suite: SuiteFacts;
  active: boolean;
  prev: Node | null;
  next: Node | null;
}

interface List {
  head: Node | null;
  tail: Node | null;
}

/** What a (possibly `+`-joined) term selects: OpenSSL's alg_mkey/alg_auth/... after intersection. */
interface Selector {
  code?: number;
  kx?: ReadonlySet<string>;
  au?: ReadonlySet<string>;
  enc?: ReadonlySet<string>;
  mac?: ReadonlySet<string>;
  minProtocol?: string;
  strength: Set<StrengthFlag>;
}

// ssl_ciph.c ITEM_SEP: the separators between terms.
const isSeparator = (ch: string | undefined) => ch === ':' || ch === ' ' || ch === ';' || ch === ',';
// ssl_cipher_process_rulestr: the characters a name may contain.
const isNameChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9.=-]/.test(ch);

/** ll_append_tail: move `node` to the end of the list. */
function appendTail(list: List, node: Node): void {
  if (node === list.tail) return;
  if (node === list.head) list.head = node.next;
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  list.tail!.next = node;
  node.prev = list.tail;
  node.next = null;
  list.tail = node;
}

/** ll_append_head: move `node` to the front of the list. */
function appendHead(list: List, node: Node): void {
  if (node === list.head) return;
  if (node === list.tail) list.tail = node.prev;
  if (node.next) node.next.prev = node.prev;
  if (node.prev) node.prev.next = node.next;
  list.head!.prev = node;
  node.next = list.head;
  node.prev = null;
  list.head = node;
}

/** Removes `node` for good (CIPHER_KILL): it can never be added back. */
function unlink(list: List, node: Node): void {
  if (list.head === node) list.head = node.next;
  else node.prev!.next = node.next;
  if (list.tail === node) list.tail = node.prev;
  node.active = false;
  if (node.next) node.next.prev = node.prev;
  if (node.prev) node.prev.next = node.next;
  node.next = null;
  node.prev = null;
}

function matchesStrength(selector: Selector, suite: SuiteFacts, build: OpenSslBuild): boolean {
  for (const group of build.strengthGroups) {
    const wanted = group.filter((f) => selector.strength.has(f));
    if (wanted.length > 0 && !wanted.some((f) => suite.flags.includes(f))) return false;
  }
  return true;
}

/** The selection test of ssl_cipher_apply_rule. */
function matches(selector: Selector, suite: SuiteFacts, build: OpenSslBuild): boolean {
  if (selector.code !== undefined && selector.code !== suite.code) return false;
  if (selector.kx && !selector.kx.has(suite.kx)) return false;
  if (selector.au && !selector.au.has(suite.au)) return false;
  if (selector.enc && !selector.enc.has(suite.enc)) return false;
  if (selector.mac && !selector.mac.has(suite.mac)) return false;
  if (selector.minProtocol && selector.minProtocol !== suite.minProtocol) return false;
  return matchesStrength(selector, suite, build);
}

function applyAction(list: List, node: Node, action: Action): void {
  if (action === 'ADD' && !node.active) {
    appendTail(list, node);
    node.active = true;
  } else if (action === 'ORD' && node.active) appendTail(list, node);
  else if (action === 'DEL' && node.active) {
    // Most recently deleted suites get the best positions for a later ADD.
    appendHead(list, node);
    node.active = false;
  } else if (action === 'BUMP' && node.active) appendHead(list, node);
  else if (action === 'KILL') unlink(list, node);
}

/**
 * ssl_cipher_apply_rule: walks the list once (backwards for DEL and BUMP, to keep relative order)
 * and applies `action` to every suite the selector (or, when >= 0, the strength bits) matches.
 */
function applyRule(list: List, build: OpenSslBuild, action: Action, selector: Selector | null, strengthBits = -1): void {
  const reverse = action === 'DEL' || action === 'BUMP';
  let next = reverse ? list.tail : list.head;
  const last = reverse ? list.head : list.tail;
  let curr: Node | null = null;
  for (;;) {
    if (curr === last) break;
    curr = next;
    if (curr === null) break;
    next = reverse ? curr.prev : curr.next;
    const hit = strengthBits >= 0 ? curr.suite.strengthBits === strengthBits : !selector || matches(selector, curr.suite, build);
    if (hit) applyAction(list, curr, action);
  }
}

/** ssl_cipher_strength_sort: stable sort of the active suites by descending strength bits. */
function strengthSort(list: List, build: OpenSslBuild): void {
  const used = new Set<number>();
  for (let n = list.head; n; n = n.next) if (n.active) used.add(n.suite.strengthBits);
  for (const bits of [...used].sort((a, b) => b - a)) applyRule(list, build, 'ORD', null, bits);
}

function selectorOf(def: Omit<AliasDef, 'name'> | undefined): Selector | null {
  if (!def) return null;
  const set = (v: readonly string[] | undefined) => (v ? new Set<string>(v) : undefined);
  return { kx: set(def.kx), au: set(def.au), enc: set(def.enc), mac: set(def.mac), minProtocol: def.minProtocol, strength: new Set(def.strength ?? []) };
}

function runOrderStep(list: List, build: OpenSslBuild, step: OrderStep): void {
  if (step.action === 'STRENGTH') strengthSort(list, build);
  else applyRule(list, build, step.action, selectorOf(step.select));
}

const initialOrders = new Map<OpenSslVersion, readonly SuiteFacts[]>();

/** The list ssl_create_cipher_list builds before reading the string: every suite, ordered, all inactive. */
function initialOrder(build: OpenSslBuild): readonly SuiteFacts[] {
  const cached = initialOrders.get(build.version);
  if (cached) return cached;
  const list = linkedList(build.suites);
  for (const step of build.order) runOrderStep(list, build, step);
  const order = toArray(list, false);
  initialOrders.set(build.version, order);
  return order;
}

function linkedList(suites: readonly SuiteFacts[]): List {
  const nodes: Node[] = suites.map((suite) => ({ suite, active: false, prev: null, next: null }));
  nodes.forEach((n, i) => {
    n.prev = nodes[i - 1] ?? null;
    n.next = nodes[i + 1] ?? null;
  });
  return { head: nodes[0] ?? null, tail: nodes[nodes.length - 1] ?? null };
}

function toArray(list: List, activeOnly: boolean): SuiteFacts[] {
  const out: SuiteFacts[] = [];
  for (let n = list.head; n; n = n.next) if (!activeOnly || n.active) out.push(n.suite);
  return out;
}

/** One entry of OpenSSL's ca_list: a suite or an alias, with the masks it contributes. */
type Entry = { kind: 'suite'; suite: SuiteFacts } | { kind: 'alias'; alias: AliasDef };

const lookupTables = new Map<OpenSslVersion, Map<string, Entry>>();

function lookupTable(build: OpenSslBuild): Map<string, Entry> {
  let table = lookupTables.get(build.version);
  if (!table) {
    table = new Map<string, Entry>();
    for (const suite of build.suites) table.set(suite.openssl, { kind: 'suite', suite });
    for (const alias of build.aliases) if (!table.has(alias.name)) table.set(alias.name, { kind: 'alias', alias });
    lookupTables.set(build.version, table);
  }
  return table;
}

/** Intersects one mask component; returns false when the intersection is empty (term matches nothing). */
function intersect(selector: Selector, key: 'kx' | 'au' | 'enc' | 'mac', values: readonly string[] | undefined): boolean {
  if (!values) return true;
  const current = selector[key];
  const next = current ? new Set(values.filter((v) => current.has(v))) : new Set(values);
  selector[key] = next;
  return next.size > 0;
}

/** Combines algo_strength bits group by group, with 1.1.0+'s overwrite on the first STRONG_MASK part. */
function combineStrength(selector: Selector, flags: readonly StrengthFlag[], build: OpenSslBuild): boolean {
  for (const [index, group] of build.strengthGroups.entries()) {
    const incoming = flags.filter((f) => group.includes(f));
    if (incoming.length === 0) continue;
    const current = group.filter((f) => selector.strength.has(f));
    if (current.length > 0) {
      for (const f of current) if (!incoming.includes(f)) selector.strength.delete(f);
      if (!group.some((f) => selector.strength.has(f))) return false;
    } else if (index === 0 && build.strongOverwrites) selector.strength = new Set(incoming);
    else for (const f of incoming) selector.strength.add(f);
  }
  return true;
}

/** Adds one part of a `+` term to the selector; false when the parts exclude each other. */
function combine(selector: Selector, entry: Entry, build: OpenSslBuild): boolean {
  const def: Omit<AliasDef, 'name'> =
    entry.kind === 'alias' ? entry.alias : { kx: [entry.suite.kx], au: [entry.suite.au], enc: [entry.suite.enc], mac: [entry.suite.mac] };
  const flags = entry.kind === 'alias' ? entry.alias.strength ?? [] : entry.suite.flags;
  if (!intersect(selector, 'kx', def.kx) || !intersect(selector, 'au', def.au)) return false;
  if (!intersect(selector, 'enc', def.enc) || !intersect(selector, 'mac', def.mac)) return false;
  if (!combineStrength(selector, flags, build)) return false;
  // An explicit suite selects itself; its protocol version does not become part of the pattern.
  if (entry.kind === 'suite') selector.code = entry.suite.code;
  else if (entry.alias.minProtocol) {
    if (selector.minProtocol && selector.minProtocol !== entry.alias.minProtocol) return false;
    selector.minProtocol = entry.alias.minProtocol;
  }
  return true;
}

interface ParseState {
  text: string;
  /** Offset of `text` inside the user's string; -1 for the built-in DEFAULT list. */
  base: number;
  pos: number;
  ok: boolean;
  securityLevel: number | null;
  unknown: UnknownTerm[];
  invalidAt?: number;
  /** The action of the term being read. */
  action?: Action;
}

function readName(state: ParseState): string {
  const start = state.pos;
  while (isNameChar(state.text[state.pos])) state.pos++;
  return state.text.slice(start, state.pos);
}

function skipToSeparator(state: ParseState): void {
  while (state.pos < state.text.length && !isSeparator(state.text[state.pos])) state.pos++;
}

function markInvalid(state: ParseState, at = state.pos): void {
  state.ok = false;
  if (state.invalidAt === undefined && state.base >= 0) state.invalidAt = state.base + at;
}

/** Records an unknown name; the term runs to the next separator, so `TLS_AES_128_GCM_SHA256` stays whole. */
function recordUnknown(state: ParseState, at: number): void {
  if (state.base < 0) return;
  let end = at;
  while (end < state.text.length && !isSeparator(state.text[end]) && state.text[end] !== '+') end++;
  const name = state.text.slice(at, end);
  const known = KNOWN_SUITES.has(name) || KNOWN_ALIASES.has(name);
  state.unknown.push({ term: name, offset: state.base + at, reason: known ? 'not-in-build' : 'unknown', adds: state.action === 'ADD' });
}

/** `@STRENGTH` / `@SECLEVEL=n`; anything else is an invalid command. */
function runSpecial(state: ParseState, name: string, at: number, list: List, build: OpenSslBuild): void {
  if (name === 'STRENGTH') strengthSort(list, build);
  else if (name.length === 10 && name.startsWith('SECLEVEL=') && /[0-5]/.test(name[9])) state.securityLevel = Number(name[9]);
  else markInvalid(state, at);
  skipToSeparator(state);
}

/** Reads the `+`-joined parts of one term; null when a part is unknown or the parts exclude each other. */
function readSelector(state: ParseState, build: OpenSslBuild): Selector | null | 'invalid' {
  const selector: Selector = { strength: new Set() };
  const table = lookupTable(build);
  for (;;) {
    const at = state.pos;
    const name = readName(state);
    if (name === '') return 'invalid';
    const multi = state.text[state.pos] === '+';
    if (multi) state.pos++;
    const entry = table.get(name);
    if (!entry) {
      recordUnknown(state, at);
      return null;
    }
    if (!combine(selector, entry, build)) return null;
    if (!multi) return selector;
  }
}

function prefixAction(ch: string): Action | 'SPECIAL' {
  if (ch === '-') return 'DEL';
  if (ch === '+') return 'ORD';
  if (ch === '!') return 'KILL';
  if (ch === '@') return 'SPECIAL';
  return 'ADD';
}

/** ssl_cipher_process_rulestr: applies every term of `state.text` to the list. */
function processRules(state: ParseState, list: List, build: OpenSslBuild): void {
  while (state.pos < state.text.length) {
    const ch = state.text[state.pos];
    const action = prefixAction(ch);
    if (action !== 'ADD') state.pos++;
    else if (isSeparator(ch)) {
      state.pos++;
      continue;
    }
    if (action === 'SPECIAL') {
      const at = state.pos - 1;
      const name = readName(state);
      if (name === '') {
        markInvalid(state);
        state.pos++;
        skipToSeparator(state);
      } else runSpecial(state, name, at, list, build);
      continue;
    }
    state.action = action;
    const selector = readSelector(state, build);
    if (selector === 'invalid') {
      // OpenSSL: "We hit something we cannot deal with ... we call this an error."
      markInvalid(state);
      state.pos++;
      skipToSeparator(state);
    } else if (selector) applyRule(list, build, action, selector);
    else skipToSeparator(state);
  }
}

/** check_suiteb_cipher_list: a string starting with SUITEB* is replaced by the Suite B suites. */
function suiteBReplacement(cipherString: string): string | null {
  if (cipherString.startsWith('SUITEB128ONLY')) return 'ECDHE-ECDSA-AES128-GCM-SHA256';
  if (cipherString.startsWith('SUITEB128C2')) return 'ECDHE-ECDSA-AES256-GCM-SHA384';
  if (cipherString.startsWith('SUITEB128')) return 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384';
  if (cipherString.startsWith('SUITEB192')) return 'ECDHE-ECDSA-AES256-GCM-SHA384';
  return null;
}

function expandUncached(cipherString: string, version: OpenSslVersion): CipherStringResult {
  const build = getBuild(version);
  const list = linkedList(initialOrder(build));
  const state: ParseState = { text: '', base: 0, pos: 0, ok: true, securityLevel: build.defaultSecurityLevel, unknown: [] };
  const suiteB = suiteBReplacement(cipherString);
  let rest = suiteB ?? cipherString;
  let base = suiteB ? -1 : 0;
  // ssl_create_cipher_list: a string beginning with DEFAULT first applies the built-in default list.
  if (rest.startsWith('DEFAULT')) {
    processRules(Object.assign(state, { text: build.defaultCipherList, base: -1, pos: 0 }), list, build);
    const skip = rest[7] === ':' ? 8 : 7;
    rest = rest.slice(skip);
    base = base < 0 ? -1 : skip;
  }
  if (state.ok && rest !== '') processRules(Object.assign(state, { text: rest, base, pos: 0 }), list, build);
  const suites = state.ok ? toArray(list, true) : [];
  const error = errorOf(state, suites);
  return { cipherString, openssl: version, suites: error ? [] : suites, unknownTerms: state.unknown, securityLevel: state.securityLevel, error };
}

function errorOf(state: ParseState, suites: readonly SuiteFacts[]): CipherStringError | null {
  if (!state.ok) return { kind: 'invalid command', message: 'Invalid command in cipher string', offset: state.invalidAt };
  if (suites.length === 0) return { kind: 'no cipher match', message: 'No cipher match' };
  return null;
}

/**
 * Results by version, then by string: the string itself is the key, so a lookup hashes a string V8 has hashed
 * before (the model's value) instead of a new `version + string` key per call, 100,000 calls on a large tree.
 */
const cache = new Map<OpenSslVersion, Map<string, CipherStringResult>>();
const CACHE_LIMIT = 1000;

/**
 * Expands an OpenSSL cipher string (`ssl_ciphers`, `SSLCipherSuite`) into the TLS 1.0-1.2 suites
 * OpenSSL `version` would enable, in its order: the same list as
 * `OPENSSL_CONF=/dev/null openssl ciphers -ciphersuites '' STRING`. Results are cached per (string, version).
 */
export function expandCipherString(cipherString: string, version: OpenSslVersion = '3.0'): CipherStringResult {
  let byString = cache.get(version);
  if (!byString) cache.set(version, (byString = new Map()));
  let result = byString.get(cipherString);
  if (!result) {
    result = expandUncached(cipherString, version);
    if (byString.size >= CACHE_LIMIT) byString.delete(byString.keys().next().value!);
    byString.set(cipherString, result);
  }
  return result;
}
