// Unit tests of http-no-redirect on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/http-no-redirect.js';
import { runRule } from '../../src/engine/run-rule.js';
import { makeEndpoint, makeModel, makeOptions, plainListener, rangeAt, serverScope, tlsListener } from '../helpers/model-builder.js';

const https = makeEndpoint({ range: rangeAt(20), listeners: [tlsListener(21)] });
const plain = (overrides: Parameters<typeof makeEndpoint>[0] = {}) => makeEndpoint({ range: rangeAt(1), listeners: [plainListener(2)], certificates: [], ...overrides });

describe('http-no-redirect', () => {
  it('reports a port-80 server serving a name that also has an https server', () => {
    const findings = runRule(rule, makeModel([plain(), https]), makeOptions());
    expect(findings.map((f) => f.message)).toEqual(['Expected a redirect to https:// for "example.com", got content over plain HTTP']);
    expect(findings[0].range).toEqual(plainListener(2).source);
  });

  it('reports a server that listens on both 80 and 443 without redirecting plain requests', () => {
    const both = makeEndpoint({ serverNames: ['shop.example'], listeners: [plainListener(2), tlsListener(3)] });
    expect(runRule(rule, makeModel([both]), makeOptions()).map((f) => f.range.start.line)).toEqual([2]);
  });

  it('reports a redirect that stays on http, pointing at the redirect as related', () => {
    const redirect = { toHttps: false, source: rangeAt(3, 5, 40) };
    const findings = runRule(rule, makeModel([plain({ httpRedirect: redirect }), https]), makeOptions());
    expect(findings.map((f) => f.messageId)).toEqual(['plainRedirect']);
    expect(findings[0].related.map((r) => r.range)).toEqual([redirect.source]);
  });

  it('points at the server block when the plain listener is implicit', () => {
    const implicit = plain({ listeners: [{ ...plainListener(2), source: null }] });
    expect(runRule(rule, makeModel([implicit, https]), makeOptions()).map((f) => f.range)).toEqual([rangeAt(1)]);
  });

  it('stays silent for a redirect to https, a fixed status, catch-all names, other names and loopback listeners', () => {
    const redirected = plain({ httpRedirect: { toHttps: true, source: rangeAt(3) } });
    const closed = plain({ scopes: [serverScope(1, { returns: 'close' })] });
    const catchAll = plain({ serverNames: ['_', ''] });
    const other = plain({ serverNames: ['intranet.example'] });
    const loopback = plain({ listeners: [{ ...plainListener(2), address: '127.0.0.1' }] });
    const httpsCatchAll = makeEndpoint({ range: rangeAt(30), serverNames: ['_'], listeners: [tlsListener(31)] });
    for (const endpoint of [redirected, closed, catchAll, other, loopback]) {
      expect(runRule(rule, makeModel([endpoint, https, httpsCatchAll]), makeOptions())).toEqual([]);
    }
  });
});
