// Unit tests of the Strict-Transport-Security value parser and header helpers.
import { describe, expect, it } from 'vitest';
import { distinctHstsLists, hasHstsHeaders, hstsHeadersOf, hstsInEveryScope, newHstsHeaders, newHstsPolicies, parseHsts, rangeInValue } from '../../src/model/hsts.js';
import { mayServeTlsEndpoints, otherEndpoints, tlsEndpoints, type ResponseHeader } from '../../src/model/types.js';
import { makeEndpoint, makeModel, plainListener, rangeAt, serverScope } from '../helpers/model-builder.js';

const reasons = (value: string) => parseHsts(value).problems.map((p) => p.reason);

function header(name: string, value: string, valueRange = rangeAt(3, 42, 42 + value.length + 2)): ResponseHeader {
  return { name, value, always: true, dynamic: false, source: rangeAt(3, 5, valueRange.end.column + 8), valueRange, level: 'endpoint' };
}

describe('parseHsts', () => {
  it('reads max-age, includeSubDomains and preload in any case, with spaces and empty directives', () => {
    expect(parseHsts('max-age=63072000; includeSubDomains; preload')).toEqual({
      maxAge: 63072000, maxAgeSpan: { offset: 8, length: 8 }, includeSubDomains: true, preload: true, problems: [],
    });
    const loose = parseHsts(' MAX-AGE = 300 ;; includesubdomains ;');
    expect(loose).toMatchObject({ maxAge: 300, includeSubDomains: true, preload: false, problems: [] });
  });

  it('accepts a quoted max-age (RFC 6797 6.1.1) and points its span inside the quotes', () => {
    expect(parseHsts('max-age="31536000"')).toMatchObject({ maxAge: 31536000, maxAgeSpan: { offset: 9, length: 8 }, problems: [] });
  });

  it('ignores unknown directives unless they look like a known one', () => {
    expect(reasons('max-age=300; report-uri="https://example.com/r"')).toEqual([]);
    expect(reasons('max-age=300; includeSubDomain')).toEqual(['Unknown directive "includeSubDomain", expected "includeSubDomains": browsers ignore it']);
    expect(parseHsts('max-age=300; include_subdomains').problems[0]).toMatchObject({ ignoresHeader: false, span: { offset: 13, length: 18 } });
  });

  it('reports a missing max-age, naming a misspelt one with its repair', () => {
    expect(reasons('includeSubDomains')).toEqual(['Expected a "max-age" directive, got none: browsers ignore a Strict-Transport-Security header without it']);
    expect(reasons('')).toHaveLength(1);
    expect(parseHsts('max_age=300').problems).toEqual([
      { reason: 'Expected "max-age", got "max_age": browsers ignore a Strict-Transport-Security header without it', ignoresHeader: true, span: { offset: 0, length: 7 }, replacement: 'max-age' },
    ]);
  });

  it('reports a max-age that is not a number of seconds', () => {
    expect(reasons('max-age=1y')).toEqual(['Expected max-age to be a number of seconds, got "1y"']);
    expect(reasons('max-age=-1')).toEqual(['Expected max-age to be a number of seconds, got "-1"']);
    expect(reasons('max-age')).toEqual(['Expected "max-age=<seconds>", got "max-age"']);
    expect(reasons('max-age=')).toEqual(['Expected "max-age=<seconds>", got "max-age="']);
    expect(parseHsts('max-age=1y').maxAge).toBeNull();
  });

  it('reports a directive given twice (RFC 6797 6.1)', () => {
    const policy = parseHsts('max-age=300; includeSubDomains; Max-Age=600');
    expect(policy.problems).toEqual([
      { reason: 'Expected each directive once, got "Max-Age" again: browsers ignore the whole header', ignoresHeader: true, span: { offset: 32, length: 7 } },
    ]);
    expect(policy.maxAge).toBe(300);
  });

  it('reports commas and missing semicolons with a repair, and still reads the directives', () => {
    const comma = parseHsts('max-age=31536000, includeSubDomains');
    expect(comma.problems).toEqual([{ reason: 'Expected ";" between directives, got ","', ignoresHeader: true, span: { offset: 16, length: 1 }, replacement: ';' }]);
    expect(comma).toMatchObject({ maxAge: 31536000, includeSubDomains: true });
    const space = parseHsts('max-age=31536000 includeSubDomains');
    expect(space.problems).toEqual([
      { reason: 'Expected ";" between "max-age=31536000" and "includeSubDomains"', ignoresHeader: true, span: { offset: 16, length: 0 }, replacement: ';' },
    ]);
    expect(space.includeSubDomains).toBe(true);
  });

  it('reports broken syntax: stray text, a missing name, an unclosed quote, a value on a flag', () => {
    expect(reasons('max-age=300 "x"')).toEqual(['Expected ";" or the end of the value, got ""x""']);
    expect(reasons('max-age=300; =1')).toEqual(['Expected a directive name, got "=1"']);
    expect(reasons('max-age="300')).toContain('Expected a closing \'"\' in the Strict-Transport-Security value');
    expect(reasons('max-age=300; includeSubDomains=true')).toEqual(['Expected "includeSubDomains" without a value, got "includeSubDomains=true"']);
    expect(parseHsts('max-age=300; preload=yes').problems[0].ignoresHeader).toBe(false);
  });

  it('keeps semicolons inside quoted values', () => {
    expect(parseHsts('max-age=300; report="a;b"')).toMatchObject({ maxAge: 300, problems: [] });
  });
});

describe('header helpers', () => {
  it('finds Strict-Transport-Security headers in any case, in order', () => {
    const headers = [header('X-Frame-Options', 'DENY'), header('strict-transport-security', 'max-age=1'), header('Strict-Transport-Security', 'max-age=2')];
    expect(hstsHeadersOf(headers).map((h) => h.value)).toEqual(['max-age=1', 'max-age=2']);
  });

  it('leaves out an empty value, which nginx does not send', () => {
    expect(hstsHeadersOf([header('Strict-Transport-Security', '')])).toEqual([]);
  });

  it('maps a span of a quoted or bare one-line value to its source range', () => {
    expect(rangeInValue(header('Strict-Transport-Security', 'max-age=300'), { offset: 8, length: 3 })).toEqual(rangeAt(3, 51, 54));
    const bare = header('Strict-Transport-Security', 'max-age=300', rangeAt(3, 42, 53));
    expect(rangeInValue(bare, { offset: 8, length: 3 })).toEqual(rangeAt(3, 50, 53));
  });

  it('gives up on escaped or multi-line values', () => {
    const escaped = header('Strict-Transport-Security', 'max-age=300', rangeAt(3, 42, 57));
    expect(rangeInValue(escaped, { offset: 8, length: 3 })).toBeNull();
    const multiLine = header('Strict-Transport-Security', 'max-age=300', { ...rangeAt(3, 42, 55), end: rangeAt(4, 1, 2).start });
    expect(rangeInValue(multiLine, { offset: 0, length: 1 })).toBeNull();
  });
});

describe('shared answers for many servers', () => {
  // A vhost's header reaches each of its path scopes; a path scope with a header of its own has a list of its own.
  function vhost(line: number) {
    const hsts = header('Strict-Transport-Security', 'max-age=300', rangeAt(line, 42, 55));
    const own = [hsts, header('X-Content-Type-Options', 'nosniff')];
    const withPathHeader = [...own, header('X-Frame-Options', 'DENY')];
    const scopes = [serverScope(line, { headers: own }), serverScope(line + 1, { kind: 'path', headers: own }), serverScope(line + 2, { kind: 'path', headers: withPathHeader })];
    return { hsts, endpoint: makeEndpoint({ range: rangeAt(line), scopes }) };
  }

  it('gives each HSTS header one list however many scopes and lists hold it, in first-seen order', () => {
    const vhosts = [vhost(1), vhost(10), vhost(20)];
    const plain = makeEndpoint({ listeners: [plainListener()], scopes: [serverScope(30, { headers: [header('Strict-Transport-Security', 'max-age=1')] })] });
    const model = makeModel([...vhosts.map((v) => v.endpoint), plain]);
    const lists = distinctHstsLists(tlsEndpoints(model));
    expect(lists.map((list) => list.map((h) => h))).toEqual(vhosts.map((v) => [v.hsts]));
    // Asked again for the same endpoint list, the answer is the one made before.
    expect(distinctHstsLists(tlsEndpoints(model))).toBe(lists);
    const [first] = vhosts;
    expect(hstsHeadersOf(first.endpoint.scopes[2].headers)).toBe(hstsHeadersOf(first.endpoint.scopes[0].headers));
  });

  it('says by endpoint whether every scope sends HSTS, from the walk that finds the lists', () => {
    const sending = vhost(1).endpoint;
    const unsent = [header('Strict-Transport-Security', '')];
    const onePathWithout = makeEndpoint({ scopes: [...vhost(10).endpoint.scopes, serverScope(15, { kind: 'path', headers: unsent })] });
    const noScopes = makeEndpoint({ scopes: [] });
    const endpoints = [sending, onePathWithout, noScopes, makeEndpoint({ scopes: [serverScope(20)] })];
    expect([...hstsInEveryScope(endpoints)]).toEqual([1, 0, 1, 0]);
    expect(hstsInEveryScope(endpoints)).toBe(hstsInEveryScope(endpoints));
    expect(distinctHstsLists(endpoints)).toHaveLength(2);
  });

  it('gives each header once, with the first list that holds it', () => {
    const a = header('Strict-Transport-Security', 'max-age=1');
    const b = header('Strict-Transport-Security', 'max-age=2');
    const c = header('Strict-Transport-Security', 'max-age=3');
    const scopes = [serverScope(1, { headers: [a, b] }), serverScope(2, { kind: 'path', headers: [b] }), serverScope(3, { kind: 'path', headers: [c, a, b] })];
    const endpoints = [makeEndpoint({ scopes }), makeEndpoint({ scopes: [serverScope(9, { headers: [c] })] })];
    expect(distinctHstsLists(endpoints).map((list) => list.map((h) => h.value))).toEqual([['max-age=1', 'max-age=2'], ['max-age=2'], ['max-age=3', 'max-age=1', 'max-age=2'], ['max-age=3']]);
    expect(newHstsHeaders(endpoints).map((list) => list.map((h) => h.value))).toEqual([['max-age=1', 'max-age=2'], [], ['max-age=3'], []]);
    expect(newHstsPolicies(endpoints).map((list) => list.map((p) => p.maxAge))).toEqual([[1, 2], [], [3], []]);
  });

  it('reads lists of more than 31 headers whole', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => header(`X-Filler-${i}`, 'x'));
    const late = header('Strict-Transport-Security', 'max-age=5');
    const again = header('Strict-Transport-Security', 'max-age=6');
    const endpoints = [makeEndpoint({ scopes: [serverScope(1, { headers: [...filler(35), late] }), serverScope(2, { kind: 'path', headers: [...filler(40), late, again] })] })];
    expect(distinctHstsLists(endpoints).map((list) => list.map((h) => h.value))).toEqual([['max-age=5'], ['max-age=5', 'max-age=6']]);
    expect(newHstsHeaders(endpoints).map((list) => list.map((h) => h.value))).toEqual([['max-age=5'], ['max-age=6']]);
    expect([...hstsInEveryScope(endpoints)]).toEqual([1]);
  });

  it('makes the TLS endpoint lists once per model, in model order', () => {
    const tls = makeEndpoint();
    const plain = makeEndpoint({ listeners: [plainListener()] });
    const snippet = makeEndpoint({ listeners: [] });
    const model = makeModel([plain, tls, snippet]);
    expect(tlsEndpoints(model)).toEqual([tls]);
    expect(tlsEndpoints(model)).toBe(tlsEndpoints(model));
    expect(mayServeTlsEndpoints(model)).toEqual([tls, snippet]);
    expect(mayServeTlsEndpoints(model)).toBe(mayServeTlsEndpoints(model));
    expect(otherEndpoints(model)).toEqual([plain, snippet]);
    // A model given a new endpoint list gets new answers; with no snippet, both lists are one.
    model.endpoints = [tls, plain];
    expect(mayServeTlsEndpoints(model)).toEqual([tls]);
    expect(mayServeTlsEndpoints(model)).toBe(tlsEndpoints(model));
  });

  it('answers hasHstsHeaders like hstsHeadersOf, for the list asked last too', () => {
    const sent = [header('X-Frame-Options', 'DENY'), header('Strict-Transport-Security', 'max-age=1')];
    const unsent = [header('Strict-Transport-Security', '')];
    expect([hasHstsHeaders(sent), hasHstsHeaders(sent), hasHstsHeaders(unsent), hasHstsHeaders([]), hasHstsHeaders(sent)]).toEqual([true, true, false, false, true]);
  });
});
