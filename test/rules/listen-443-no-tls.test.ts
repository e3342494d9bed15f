// Unit tests of listen-443-no-tls on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/listen-443-no-tls.js';
import { runRule } from '../../src/engine/run-rule.js';
import { makeEndpoint, makeModel, makeOptions, plainListener, rangeAt, tlsListener } from '../helpers/model-builder.js';

describe('listen-443-no-tls', () => {
  it('reports a plain listener on 443 at its listen directive', () => {
    const model = makeModel([makeEndpoint({ listeners: [plainListener(2, 443), { ...plainListener(3, 443), address: '[::]' }] })]);
    const findings = runRule(rule, model, makeOptions());
    expect(findings.map((f) => f.message)).toEqual(['Expected TLS on "443", got plain HTTP', 'Expected TLS on "[::]:443", got plain HTTP']);
    expect(findings[0].range).toEqual(plainListener(2, 443).source);
  });

  it('stays silent for TLS and QUIC listeners on 443 and plain listeners elsewhere', () => {
    const endpoint = makeEndpoint({
      listeners: [tlsListener(2), { ...plainListener(3, 443), quic: true }, plainListener(4, 80), plainListener(5, 8443)],
      range: rangeAt(1),
    });
    expect(runRule(rule, makeModel([endpoint]), makeOptions())).toEqual([]);
  });
});
