// Strict-Transport-Security: parsing a header value (RFC 6797, section 6.1) and finding the header in a scope.
import type { SourceRange } from '../syntax/range.js';
import type { Endpoint, ResponseHeader } from './types.js';

/** A span of a header value: `offset` and `length` in UTF-16 code units of the value string. */
export interface ValueSpan {
  offset: number;
  length: number;
}

/** One thing wrong with a Strict-Transport-Security value. */
export interface HstsProblem {
  /** A complete sentence for a finding message, without trailing period. */
  reason: string;
  /** True when browsers drop the whole header because of it (RFC 6797, section 6.1). */
  ignoresHeader: boolean;
  /** Where in the value the problem is; absent when it is about the value as a whole. */
  span?: ValueSpan;
  /** Text that repairs `span`, when the repair is unambiguous. */
  replacement?: string;
}

/** What a Strict-Transport-Security value asks of browsers. */
export interface HstsPolicy {
  /** Seconds, or null when max-age is missing or malformed. */
  maxAge: number | null;
  /** The digits of max-age within the value (inside the quotes when quoted). */
  maxAgeSpan: ValueSpan | null;
  includeSubDomains: boolean;
  preload: boolean;
  problems: HstsProblem[];
}

/** hstspreload.org submission requirements: max-age of at least one year, with includeSubDomains. */
export const PRELOAD_MIN_MAX_AGE = 31536000;

/** Directive names as written in the RFC and on hstspreload.org, keyed by their lower-case form. */
const KNOWN_DIRECTIVES: Record<string, string> = { 'max-age': 'max-age', includesubdomains: 'includeSubDomains', preload: 'preload' };

/** RFC 7230, section 3.2.6: the characters of a token. */
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/** The header's name as RFC 6797 writes it, for changes that add one. */
export const HSTS_HEADER = 'Strict-Transport-Security';

const HSTS_NAME = 'strict-transport-security';

/** True when `header` is a Strict-Transport-Security header (field names are case-insensitive, RFC 7230 section 3.2). */
export function isHstsHeader(header: ResponseHeader): boolean {
  return isHstsName(header.name);
}

/** True when `name` is Strict-Transport-Security, in any case. */
export function isHstsName(name: string): boolean {
  // The length first: rules ask this of every header of every scope, and most names differ in length; then
  // the usual spelling, which needs no lower-cased copy.
  return name.length === HSTS_NAME.length && (name === HSTS_HEADER || name.toLowerCase() === HSTS_NAME);
}

/**
 * The Strict-Transport-Security headers among `headers` that are sent, in order. Rules ask this of every scope
 * (60,000 on a 10,000-vhost tree) and a scope holds two or three headers: looking through them costs less than
 * any lookup keyed by the list, and most lists hold no HSTS header or one. Lists with one give that header's
 * own list, the same object for every scope it reaches (distinctHstsLists needs each once); only a list with
 * several (a mistake, hsts-invalid's `duplicate`) is kept by list.
 */
export function hstsHeadersOf(headers: readonly ResponseHeader[]): readonly ResponseHeader[] {
  const first = firstSentHsts(headers, 0);
  if (first < 0) return NO_HEADERS;
  if (firstSentHsts(headers, first + 1) < 0) return onlyHeaderList(headers[first]);
  let found = hstsByList.get(headers);
  if (!found) hstsByList.set(headers, (found = headers.filter(isSentHsts)));
  return found;
}

/**
 * True when `headers` sends a Strict-Transport-Security header: `hstsHeadersOf(headers).length > 0`, with nothing
 * made. The list asked last is answered without reading its headers again: rules ask this of every scope in turn,
 * and an endpoint's path scopes mostly share the list of the scope before them.
 */
export function hasHstsHeaders(headers: readonly ResponseHeader[]): boolean {
  // An empty list (most `dropped` lists, asked between two scopes' headers) keeps the last answer.
  if (headers.length === 0) return false;
  if (headers !== lastAsked) {
    lastAsked = headers;
    lastAnswer = firstSentHsts(headers, 0) >= 0;
  }
  return lastAnswer;
}

let lastAsked: readonly ResponseHeader[] | undefined;
let lastAnswer = false;

/** The index of the first sent HSTS header of `headers` at or after `from`, or -1. */
function firstSentHsts(headers: readonly ResponseHeader[], from: number): number {
  for (let i = from; i < headers.length; i++) if (isSentHsts(headers[i])) return i;
  return -1;
}

// nginx: ngx_http_add_header sends nothing for an empty value (`map ... default "";` turns HSTS off).
function isSentHsts(header: ResponseHeader): boolean {
  return isHstsHeader(header) && header.value !== '';
}

/**
 * `[header]`, one list per header. The header asked last is answered without a lookup: an endpoint's scopes
 * are asked in turn, and its header reaches most of them.
 */
function onlyHeaderList(header: ResponseHeader): readonly ResponseHeader[] {
  if (header !== lastHeader) {
    let list = onlyHeader.get(header);
    if (!list) onlyHeader.set(header, (list = [header]));
    lastHeader = header;
    lastList = list;
  }
  return lastList;
}

const onlyHeader = new WeakMap<ResponseHeader, readonly ResponseHeader[]>();
let lastHeader: ResponseHeader | undefined;
let lastList: readonly ResponseHeader[] = [];

/**
 * The distinct non-empty results of {@link hstsHeadersOf} over the scopes of `endpoints`, in the order the scopes
 * first reach them. Rules that judge HSTS headers by themselves (their value, whether they are sent always) need
 * each list once: a vhost's headers reach each of its <Directory> scopes, so 10,000 vhosts have 60,000 scopes
 * and a sixth as many HSTS headers. Made once per endpoint list (tlsEndpoints and mayServeTlsEndpoints keep theirs).
 */
export function distinctHstsLists(endpoints: readonly Endpoint[]): ReadonlyArray<readonly ResponseHeader[]> {
  return hstsFactsOf(endpoints).lists;
}

/**
 * For each endpoint of `endpoints`, by index: 1 when every scope of it sends a Strict-Transport-Security header
 * (`hasHstsHeaders(scope.headers)`), else 0. Most servers of a large tree send HSTS from every block, and the
 * rules about blocks without it (hsts-missing, hsts-overridden) then skip them without reading their scopes:
 * reading 60,000 scopes spread over the heap was most of what each of those rules cost.
 */
export function hstsInEveryScope(endpoints: readonly Endpoint[]): Uint8Array {
  return hstsFactsOf(endpoints).everyScope;
}

/**
 * For each list of {@link distinctHstsLists}, by index: its headers that no earlier list holds, in order (nearly
 * always the whole list). Rules that judge each header once walk these instead of keeping a set of their own.
 */
export function newHstsHeaders(endpoints: readonly Endpoint[]): ReadonlyArray<readonly ResponseHeader[]> {
  return hstsFactsOf(endpoints).fresh;
}

/**
 * {@link parseHsts} of each header of {@link newHstsHeaders}, at the same places: the rules that judge values
 * (hsts-invalid, hsts-max-age-short) share one reading. Looking a value up again cost as much as the first time,
 * as each header's value is a string of its own, read from its file.
 */
export function newHstsPolicies(endpoints: readonly Endpoint[]): ReadonlyArray<ReadonlyArray<Readonly<HstsPolicy>>> {
  const facts = hstsFactsOf(endpoints);
  return (facts.policies ??= facts.fresh.map((headers) => headers.map((header) => parseHsts(header.value))));
}

interface HstsFacts {
  lists: Array<readonly ResponseHeader[]>;
  fresh: Array<readonly ResponseHeader[]>;
  policies?: ReadonlyArray<ReadonlyArray<Readonly<HstsPolicy>>>;
  everyScope: Uint8Array;
}

/** distinctHstsLists, newHstsHeaders and hstsInEveryScope of one endpoint list, found in one walk over its scopes. */
function hstsFactsOf(endpoints: readonly Endpoint[]): HstsFacts {
  let facts = hstsFactsByEndpoints.get(endpoints);
  if (!facts) {
    facts = { lists: [], fresh: [], everyScope: new Uint8Array(endpoints.length) };
    // A one-header result is known by its header (hstsHeadersOf gives each header one list), so most results need
    // one lookup here: `met` says of each header whether a list holding it was taken, and whether its own list was.
    const met = new Map<ResponseHeader, number>();
    const seenLists = new Set<readonly ResponseHeader[]>();
    // An endpoint's path scopes mostly hold the list of the scope before them, or one with the same HSTS header.
    const sent = new SentHstsMasks();
    let previous: readonly ResponseHeader[] | undefined;
    let sends = false;
    let lastOnly: ResponseHeader | undefined;
    let lastList: readonly ResponseHeader[] | undefined;
    for (let i = 0; i < endpoints.length; i++) {
      let every = 1;
      for (const scope of endpoints[i].scopes) {
        if (scope.headers !== previous) {
          previous = scope.headers;
          const mask = sent.maskOf(scope.headers);
          // The one sent HSTS header, or the list of several.
          let only: ResponseHeader | undefined;
          let several: readonly ResponseHeader[] | undefined;
          if (mask === LONG_LIST) {
            const list = hstsHeadersOf(scope.headers);
            if (list.length === 1) only = list[0];
            else if (list.length > 1) several = list;
          } else if (mask !== 0) {
            if ((mask & (mask - 1)) === 0) only = scope.headers[31 - Math.clz32(mask)];
            else several = hstsHeadersOf(scope.headers);
          }
          sends = only !== undefined || several !== undefined;
          if (only !== undefined) {
            const header = only;
            if (header !== lastOnly) {
              lastOnly = header;
              lastList = undefined;
              const state = met.get(header) ?? 0;
              if ((state & OWN_LIST) === 0) {
                met.set(header, state | OWN_LIST | IN_LIST);
                const list = onlyHeaderList(header);
                facts.lists.push(list);
                facts.fresh.push(state & IN_LIST ? NO_HEADERS : list);
              }
            }
          } else if (several !== undefined) {
            const list = several;
            if (list !== lastList) {
              lastList = list;
              lastOnly = undefined;
              if (!seenLists.has(list)) {
                seenLists.add(list);
                facts.lists.push(list);
                facts.fresh.push(headersNotIn(met, list));
              }
            }
          }
        }
        if (!sends) every = 0;
      }
      facts.everyScope[i] = every;
    }
    hstsFactsByEndpoints.set(endpoints, facts);
  }
  return facts;
}

const hstsFactsByEndpoints = new WeakMap<readonly Endpoint[], HstsFacts>();

/** `met` bits: a list holding the header was taken (its judgement is done); its own one-header list was. */
const IN_LIST = 1;
const OWN_LIST = 2;

/** What SentHstsMasks.maskOf gives for a list too long for its bits. */
const LONG_LIST = -1;

/**
 * Which headers of lists asked in turn are sent HSTS headers (bit i for header i), reading only the headers the
 * list before did not hold at the same place. A path scope's own header makes a list of the vhost's headers and
 * its own (Apache), so most headers were read already: reading each header and its name again cost about an
 * eighth of the walk.
 */
class SentHstsMasks {
  private list: readonly ResponseHeader[] = NO_HEADERS;
  private mask = 0;

  /** The bits of `headers`, or LONG_LIST for a list of more than 31 (the caller reads it whole). */
  maskOf(headers: readonly ResponseHeader[]): number {
    if (headers.length > 31) {
      this.list = NO_HEADERS;
      return LONG_LIST;
    }
    let mask = 0;
    for (let i = 0; i < headers.length; i++) {
      const known = i < this.list.length && headers[i] === this.list[i];
      if (known ? (this.mask >>> i) & 1 : isSentHsts(headers[i])) mask |= 1 << i;
    }
    this.list = headers;
    this.mask = mask;
    return mask;
  }
}

/** The headers of `list` no list taken before held (by `met`), which marks them: the list itself when all are new. */
function headersNotIn(met: Map<ResponseHeader, number>, list: readonly ResponseHeader[]): readonly ResponseHeader[] {
  let fresh: ResponseHeader[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const header = list[i];
    const state = met.get(header) ?? 0;
    if ((state & IN_LIST) === 0) {
      met.set(header, state | IN_LIST);
      fresh?.push(header);
    } else fresh ??= list.slice(0, i);
  }
  return fresh ?? list;
}

const NO_HEADERS: readonly ResponseHeader[] = [];

/** Lists holding several HSTS headers, by list: rare, and asked of by several rules. */
const hstsByList = new WeakMap<readonly ResponseHeader[], readonly ResponseHeader[]>();

/**
 * The source range of `span` within the header's value, or null when it cannot be known: the value
 * must sit on one line and be written without escapes, so that its text is the value itself
 * (optionally between one pair of quotes).
 */
export function rangeInValue(header: ResponseHeader, span: ValueSpan): SourceRange | null {
  const { valueRange, value } = header;
  // Each position read once: a Span finds its line and column anew on every read.
  const { start, end } = valueRange;
  if (start.line !== end.line) return null;
  const written = end.offset - start.offset;
  if (written !== value.length && written !== value.length + 2) return null;
  const shift = (written === value.length ? 0 : 1) + span.offset;
  const at = (delta: number) => ({ line: start.line, column: start.column + delta, offset: start.offset + delta });
  return { file: valueRange.file, start: at(shift), end: at(shift + span.length) };
}

/** Parsed values: a tree of thousands of servers repeats a handful of HSTS values in every location. */
const parsedValues = new Map<string, Readonly<HstsPolicy>>();
const MAX_PARSED_VALUES = 4096;

/** Parses a Strict-Transport-Security value; `problems` lists every way it departs from RFC 6797. Do not mutate the result. */
export function parseHsts(value: string): Readonly<HstsPolicy> {
  let policy = parsedValues.get(value);
  if (!policy) {
    policy = parseHstsValue(value);
    if (parsedValues.size < MAX_PARSED_VALUES) parsedValues.set(value, policy);
  }
  return policy;
}

function parseHstsValue(value: string): HstsPolicy {
  const policy: HstsPolicy = { maxAge: null, maxAgeSpan: null, includeSubDomains: false, preload: false, problems: [] };
  const seen = new Set<string>();
  const directives = splitDirectives(value, policy.problems).flatMap((segment) => readDirectives(segment, policy.problems));
  for (const directive of directives) {
    const key = directive.name.toLowerCase();
    if (seen.has(key)) {
      // RFC 6797, section 6.1: "All directives MUST appear only once in an STS header field."
      policy.problems.push({ reason: `Expected each directive once, got "${directive.name}" again: browsers ignore the whole header`, ignoresHeader: true, span: directive.nameSpan });
      continue;
    }
    seen.add(key);
    applyDirective(directive, policy);
  }
  if (!seen.has('max-age')) policy.problems.push(missingMaxAge(directives));
  return policy;
}

interface Segment {
  text: string;
  offset: number;
}

interface Directive {
  name: string;
  nameSpan: ValueSpan;
  /** The value after unquoting; undefined when there is no `=`. */
  value?: string;
  /** The value's text without its quotes. */
  valueSpan?: ValueSpan;
}

/** Splits at `;` outside quoted strings; a `,` is taken as a mistyped `;` and reported. */
function splitDirectives(value: string, problems: HstsProblem[]): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (quoted) {
      if (char === '\\') i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ';' || char === ',') {
      if (char === ',') problems.push({ reason: 'Expected ";" between directives, got ","', ignoresHeader: true, span: { offset: i, length: 1 }, replacement: ';' });
      segments.push({ text: value.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  if (quoted) problems.push({ reason: 'Expected a closing \'"\' in the Strict-Transport-Security value', ignoresHeader: true });
  segments.push({ text: value.slice(start), offset: start });
  return segments;
}

/**
 * Reads the directives of one segment: normally one `name [= value]` (whitespace allowed around `=`:
 * RFC 6797 uses implied LWS), more when a `;` is missing between them, none when it is empty.
 */
function readDirectives(segment: Segment, problems: HstsProblem[]): Directive[] {
  const { text, offset } = segment;
  const directives: Directive[] = [];
  let pos = skipSpaces(text, 0);
  while (pos < text.length) {
    const nameEnd = skipToken(text, pos);
    if (nameEnd === pos) {
      problems.push({ reason: `Expected a directive name, got "${text.slice(pos).trim()}"`, ignoresHeader: true, span: { offset: offset + pos, length: text.trimEnd().length - pos } });
      break;
    }
    const directive: Directive = { name: text.slice(pos, nameEnd), nameSpan: { offset: offset + pos, length: nameEnd - pos } };
    directives.push(directive);
    let end = nameEnd;
    pos = skipSpaces(text, end);
    if (text[pos] === '=') {
      end = readValue(text, skipSpaces(text, pos + 1), offset, directive);
      pos = skipSpaces(text, end);
    }
    if (pos === text.length) break;
    if (pos === end || !TOKEN_CHAR.test(text[pos])) {
      const rest = text.slice(pos).trimEnd();
      problems.push({ reason: `Expected ";" or the end of the value, got "${rest}"`, ignoresHeader: true, span: { offset: offset + pos, length: rest.length } });
      break;
    }
    const written = text.slice(directive.nameSpan.offset - offset, end);
    const next = text.slice(pos, skipToken(text, pos));
    problems.push({ reason: `Expected ";" between "${written}" and "${next}"`, ignoresHeader: true, span: { offset: offset + end, length: 0 }, replacement: ';' });
  }
  return directives;
}

/** Reads a token or quoted-string value at `pos` into `directive`; returns the position after it. */
function readValue(text: string, pos: number, offset: number, directive: Directive): number {
  if (text[pos] === '"') {
    const close = closingQuote(text, pos + 1);
    const inner = text.slice(pos + 1, close);
    directive.value = inner.replace(/\\(.)/g, '$1');
    directive.valueSpan = { offset: offset + pos + 1, length: inner.length };
    return Math.min(close + 1, text.length);
  }
  const end = skipToken(text, pos);
  directive.value = text.slice(pos, end);
  directive.valueSpan = { offset: offset + pos, length: end - pos };
  return end;
}

function applyDirective(directive: Directive, policy: HstsPolicy): void {
  const key = directive.name.toLowerCase();
  if (key === 'max-age') applyMaxAge(directive, policy);
  else if (key === 'includesubdomains' || key === 'preload') applyFlag(directive, key, policy);
  else {
    // RFC 6797, section 6.1: unknown directives are ignored; only a near miss of a known one is worth a word.
    const meant = likelyMeant(directive.name);
    if (meant && meant !== 'max-age') policy.problems.push({ reason: `Unknown directive "${directive.name}", expected "${meant}": browsers ignore it`, ignoresHeader: false, span: directive.nameSpan });
  }
}

/** RFC 6797, section 6.1.1: max-age is required; a misspelt one (`max_age`, `maxage`) is the likely cause. */
function missingMaxAge(directives: readonly Directive[]): HstsProblem {
  const consequence = 'browsers ignore a Strict-Transport-Security header without it';
  const typo = directives.find((d) => likelyMeant(d.name) === 'max-age');
  if (!typo) return { reason: `Expected a "max-age" directive, got none: ${consequence}`, ignoresHeader: true };
  return { reason: `Expected "max-age", got "${typo.name}": ${consequence}`, ignoresHeader: true, span: typo.nameSpan, replacement: 'max-age' };
}

/** RFC 6797, section 6.1.1: `max-age = "max-age" "=" delta-seconds`, the value optionally quoted. */
function applyMaxAge(directive: Directive, policy: HstsPolicy): void {
  const { value, valueSpan } = directive;
  if (value === undefined || value === '') {
    policy.problems.push({ reason: `Expected "max-age=<seconds>", got "${directive.name}${value === undefined ? '' : '='}"`, ignoresHeader: true, span: directive.nameSpan });
  } else if (!/^[0-9]+$/.test(value)) {
    policy.problems.push({ reason: `Expected max-age to be a number of seconds, got "${value}"`, ignoresHeader: true, span: valueSpan });
  } else {
    policy.maxAge = Number(value);
    policy.maxAgeSpan = valueSpan ?? null;
  }
}

/** `includeSubDomains` (RFC 6797, section 6.1.2) and `preload` (hstspreload.org) take no value. */
function applyFlag(directive: Directive, key: 'includesubdomains' | 'preload', policy: HstsPolicy): void {
  if (directive.value !== undefined) {
    const written = KNOWN_DIRECTIVES[key];
    // A valued includeSubDomains breaks the RFC grammar; `preload` is not in the RFC, so browsers only skip it.
    policy.problems.push({ reason: `Expected "${written}" without a value, got "${directive.name}=${directive.value}"`, ignoresHeader: key === 'includesubdomains', span: directive.nameSpan });
    return;
  }
  if (key === 'includesubdomains') policy.includeSubDomains = true;
  else policy.preload = true;
}

/** The known directive a name was probably meant to be (`includeSubDomain`, `max_age`, `include-subdomains`). */
function likelyMeant(name: string): string | undefined {
  const squashed = squash(name);
  for (const known of Object.values(KNOWN_DIRECTIVES)) {
    const target = squash(known);
    if (editDistance(squashed, target) <= (target.length > 7 ? 2 : 1)) return known;
  }
  return undefined;
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/** Levenshtein distance, for the typo check on a handful of short names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  return pos;
}

function skipToken(text: string, pos: number): number {
  while (pos < text.length && TOKEN_CHAR.test(text[pos])) pos++;
  return pos;
}

/** Index of the `"` closing a quoted string whose content starts at `pos`, or the text's length. */
function closingQuote(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}
