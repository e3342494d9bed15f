// Unit tests of hsts-invalid on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hsts-invalid.js';
import type { ResponseHeader } from '../../src/model/types.js';
import { makeEndpoint, plainListener, serverScope } from '../helpers/model-builder.js';
import { hsts, inHstsValue, location, run } from './hsts.helpers.js';

const serving = (...headers: ResponseHeader[]) => makeEndpoint({ scopes: [serverScope(1, { headers })] });
const messages = (...headers: ResponseHeader[]) => run(rule, [serving(...headers)]).map((f) => f.message);

describe('hsts-invalid', () => {
  it('reports a comma between directives at the comma, with a fix to ";"', () => {
    const findings = run(rule, [serving(hsts('max-age=63072000, includeSubDomains'))]);
    expect(findings.map((f) => f.message)).toEqual(['Expected ";" between directives, got ","']);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].range).toEqual(inHstsValue(5, 16, 17));
    expect(findings[0].fix?.edits).toEqual([{ range: inHstsValue(5, 16, 17), text: ';' }]);
  });

  it('reports a missing max-age at the whole value', () => {
    const header = hsts('includeSubDomains; preload');
    const findings = run(rule, [serving(header)]);
    expect(findings.map((f) => f.message)).toEqual(['Expected a "max-age" directive, got none: browsers ignore a Strict-Transport-Security header without it']);
    expect(findings[0].range).toEqual(header.valueRange);
  });

  it('reports each problem of a value', () => {
    expect(messages(hsts('max-age=1y; includeSubDomains; includesubdomains'))).toEqual([
      'Expected max-age to be a number of seconds, got "1y"',
      'Expected each directive once, got "includesubdomains" again: browsers ignore the whole header',
    ]);
  });

  it('reports a second Strict-Transport-Security header in one block, pointing at the first', () => {
    const first = hsts('max-age=63072000', 5);
    const second = hsts('max-age=31536000; includeSubDomains', 6);
    const findings = run(rule, [serving(first, second)]);
    expect(findings.map((f) => f.message)).toEqual(['Expected one Strict-Transport-Security header, got 2: browsers use only the first ("max-age=63072000")']);
    expect(findings[0].range).toEqual(second.source);
    expect(findings[0].related.map((r) => r.range)).toEqual([first.source]);
  });

  it('reports preload without includeSubDomains or with less than a year', () => {
    expect(messages(hsts('max-age=63072000; preload'))).toEqual(['Expected includeSubDomains with preload: hstspreload.org refuses a domain without it']);
    expect(messages(hsts('max-age=86400; includeSubDomains; preload'))).toEqual([
      'Expected max-age of at least 31536000 with preload, got 86400: hstspreload.org refuses shorter ones',
    ]);
  });

  it('reports a header inherited by several blocks once', () => {
    const shared = hsts('max-age=63072000 includeSubDomains', 3, { level: 'global' });
    const endpoint = makeEndpoint({ scopes: [serverScope(1, { headers: [shared] }), location(6, '/', { headers: [shared] })] });
    expect(run(rule, [endpoint, { ...endpoint }]).map((f) => f.range.start.line)).toEqual([3]);
  });

  it('stays silent for valid values, variables, and plain HTTP servers', () => {
    const valid = serving(hsts('max-age=63072000; includeSubDomains; preload'));
    const variable = serving(hsts('$hsts'));
    const plain = makeEndpoint({ listeners: [plainListener()], scopes: [serverScope(1, { headers: [hsts('max-age=1,')] })] });
    expect(run(rule, [valid, variable, plain])).toEqual([]);
  });
});
