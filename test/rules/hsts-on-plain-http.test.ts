// Unit tests of hsts-on-plain-http on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hsts-on-plain-http.js';
import type { Endpoint } from '../../src/model/types.js';
import { makeEndpoint, plainListener, rangeAt, serverScope, tlsListener } from '../helpers/model-builder.js';
import { hsts, location, run } from './hsts.helpers.js';

const plain = (overrides: Partial<Endpoint>) => makeEndpoint({ listeners: [plainListener()], certificates: [], ...overrides });

describe('hsts-on-plain-http', () => {
  it('reports a plain-HTTP server setting the header, at the directive', () => {
    const header = hsts('max-age=63072000');
    const findings = run(rule, [plain({ scopes: [serverScope(1, { headers: [header], returns: 'redirect' })] })]);
    expect(findings.map((f) => f.message)).toEqual([
      'Expected Strict-Transport-Security on the HTTPS server, got it on plain-HTTP "example.com" where browsers ignore it',
    ]);
    expect(findings[0].range).toEqual(header.source);
    expect(findings[0].severity).toBe('note');
  });

  it('reports a location header and an implicit listener, naming the server by its label without names', () => {
    const own = hsts('max-age=63072000', 6, { level: 'path' });
    const endpoint = plain({ serverNames: ['_'], label: 'server _', listeners: [], range: rangeAt(1), scopes: [serverScope(), location(5, '/', { headers: [own] })] });
    expect(run(rule, [endpoint]).map((f) => [f.range.start.line, f.message])).toEqual([
      [6, 'Expected Strict-Transport-Security on the HTTPS server, got it on plain-HTTP "server _" where browsers ignore it'],
    ]);
  });

  it('stays silent for TLS, QUIC and mixed servers, and for a header from http {}', () => {
    const header = hsts('max-age=63072000');
    const scopes = [serverScope(1, { headers: [header] })];
    const tls = makeEndpoint({ scopes });
    const mixed = makeEndpoint({ listeners: [plainListener(), tlsListener(3)], scopes });
    const quic = plain({ listeners: [{ ...plainListener(2, 443), quic: true }], scopes });
    const fromHttp = plain({ scopes: [serverScope(1, { headers: [hsts('max-age=63072000', 3, { level: 'global' })] })] });
    expect(run(rule, [tls, mixed, quic, fromHttp])).toEqual([]);
  });
});
