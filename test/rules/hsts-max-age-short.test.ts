// Unit tests of hsts-max-age-short on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hsts-max-age-short.js';
import { makeEndpoint, plainListener, serverScope } from '../helpers/model-builder.js';
import { hsts, inHstsValue, location, run } from './hsts.helpers.js';

const serving = (...headers: ReturnType<typeof hsts>[]) => makeEndpoint({ scopes: [serverScope(1, { headers })] });

describe('hsts-max-age-short', () => {
  it('reports a max-age below the profile minimum at its digits, with a fix', () => {
    const findings = run(rule, [serving(hsts('max-age=31536000; includeSubDomains'))]);
    expect(findings.map((f) => f.message)).toEqual(['Expected HSTS max-age of at least 63072000 (2 years), got 31536000 (1 year)']);
    expect(findings[0].range).toEqual(inHstsValue(5, 8, 16));
    expect(findings[0].fix?.edits).toEqual([{ range: inHstsValue(5, 8, 16), text: '63072000' }]);
  });

  it('says how long short values are', () => {
    const messages = run(rule, [serving(hsts('max-age=15768000')), serving(hsts('max-age=300', 6)), serving(hsts('max-age=1', 7))]).map((f) => f.message);
    expect(messages).toEqual([
      'Expected HSTS max-age of at least 63072000 (2 years), got 15768000 (182.5 days)',
      'Expected HSTS max-age of at least 63072000 (2 years), got 300 (5 minutes)',
      'Expected HSTS max-age of at least 63072000 (2 years), got 1 (1 second)',
    ]);
  });

  it('reports max-age=0 with its own message and no fix', () => {
    const findings = run(rule, [serving(hsts('max-age=0'))]);
    expect(findings.map((f) => f.message)).toEqual(['Expected HSTS max-age of at least 63072000 (2 years), got 0: browsers drop this host\'s HSTS policy']);
    expect(findings[0].fix).toBeUndefined();
  });

  it('reports a header inherited by several blocks once, and checks location headers', () => {
    const shared = hsts('max-age=3600', 3, { level: 'global' });
    const endpoint = makeEndpoint({ scopes: [serverScope(1, { headers: [shared] }), location(8, '/', { headers: [shared] }), location(12, '/api/', { headers: [hsts('max-age=60', 13)] })] });
    expect(run(rule, [endpoint]).map((f) => f.range.start.line)).toEqual([3, 13]);
  });

  it('falls back to the whole value when the digits cannot be located', () => {
    const escaped = { ...hsts('max-age=300'), valueRange: inHstsValue(5, -1, 14) };
    const findings = run(rule, [serving(escaped)]);
    expect(findings[0].range).toEqual(escaped.valueRange);
    expect(findings[0].fix).toBeUndefined();
  });

  it('stays silent for long enough, variable, invalid and plain-HTTP headers', () => {
    const plain = makeEndpoint({ listeners: [plainListener()], scopes: [serverScope(1, { headers: [hsts('max-age=300')] })] });
    const ok = [serving(hsts('max-age=63072000')), serving(hsts('max-age=$hsts_age')), serving(hsts('max-age=300, includeSubDomains')), plain];
    expect(run(rule, ok)).toEqual([]);
  });
});
