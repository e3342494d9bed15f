// Unit tests of listen-443-no-certificate on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/listen-443-no-certificate.js';
import { runRule } from '../../src/engine/run-rule.js';
import { makeEndpoint, makeModel, makeOptions, plainListener, rangeAt, tlsListener } from '../helpers/model-builder.js';

describe('listen-443-no-certificate', () => {
  it('reports the default server of a socket: the server refuses to start', () => {
    const model = makeModel([makeEndpoint({ certificates: [], listeners: [plainListener(2), tlsListener(3)] })]);
    const findings = runRule(rule, model, makeOptions());
    expect(findings.map((f) => f.message)).toEqual(['Missing certificate for TLS listener "443" of the default server: the server refuses to start']);
    expect(findings[0].range).toEqual(tlsListener(3).source);
  });

  it('reports a non-default server without certificate: clients get the default certificate', () => {
    const first = makeEndpoint({ range: rangeAt(1), listeners: [tlsListener(2)] });
    const second = makeEndpoint({ range: rangeAt(10), serverNames: ['api.example.com'], certificates: [], listeners: [tlsListener(11)] });
    const findings = runRule(rule, makeModel([first, second]), makeOptions());
    expect(findings.map((f) => f.message)).toEqual([
      'Missing certificate for TLS listener "443": clients asking for "api.example.com" get the default server\'s certificate',
    ]);
    expect(findings[0].range.start.line).toBe(11);
  });

  it('honours default_server over config order', () => {
    const first = makeEndpoint({ range: rangeAt(1), serverNames: ['a.example'], certificates: [], listeners: [tlsListener(2)] });
    const marked = makeEndpoint({ range: rangeAt(10), listeners: [{ ...tlsListener(11), defaultServer: true }] });
    expect(runRule(rule, makeModel([first, marked]), makeOptions()).map((f) => f.messageId)).toEqual(['otherServer']);
  });

  it('reports one finding per server however many TLS listeners it has, on any port', () => {
    const endpoint = makeEndpoint({ certificates: [], listeners: [tlsListener(2, 8443), { ...tlsListener(3, 8443), address: '[::]' }] });
    const findings = runRule(rule, makeModel([endpoint]), makeOptions());
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('"8443"');
  });

  it('stays silent when a certificate is in scope or no listener speaks TLS', () => {
    const withCert = makeEndpoint();
    const plain = makeEndpoint({ range: rangeAt(10), certificates: [], listeners: [plainListener(11)] });
    expect(runRule(rule, makeModel([withCert, plain]), makeOptions())).toEqual([]);
  });

  it('on Go (Caddy), names the certificates other sites hold that the listener still serves, and none when one is obtained on demand', () => {
    const caddy = (endpoints: ReturnType<typeof makeEndpoint>[]) => ({ ...makeModel(endpoints), dialect: 'caddy' as const, server: { product: 'Caddy', version: '2.6.2', tlsLibrary: 'go' as const } });
    const alone = makeEndpoint({ certificates: [], listeners: [tlsListener(2)] });
    expect(runRule(rule, caddy([alone]), makeOptions()).map((f) => f.messageId)).toEqual(['noHandshake']);
    const shared = { ...alone, sharedCertificates: { names: ['a.example'], files: ['/etc/caddy/b.pem'], anyName: false, more: false } };
    expect(runRule(rule, caddy([shared]), makeOptions()).map((f) => f.message)).toEqual([
      'Missing certificate for TLS listener "443": Caddy completes a TLS handshake on it only for a name another site holds a certificate for ("a.example", the names in "/etc/caddy/b.pem"); every other handshake fails',
    ]);
    expect(runRule(rule, caddy([{ ...alone, sharedCertificates: { names: [], files: [], anyName: true, more: false } }]), makeOptions())).toEqual([]);
    const unknown = { ...alone, sharedCertificates: { names: ['a.example'], files: [], anyName: false, more: true } };
    expect(runRule(rule, caddy([unknown]), makeOptions())[0].message).toContain('("a.example", whatever sites set from the environment or unread files hold)');
  });
});
