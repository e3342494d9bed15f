// Unit tests of protocol-tls13-disabled on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/protocol-tls13-disabled.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { TlsProtocol } from '../../src/model/types.js';
import { defaultSetting, makeEndpoint, makeModel, makeOptions, plainListener, rangeAt, setAt } from '../helpers/model-builder.js';

describe('protocol-tls13-disabled', () => {
  it('reports a protocol list without TLSv1.3 and inserts it after the last value', () => {
    const model = makeModel([makeEndpoint({ protocols: setAt<TlsProtocol[]>(['TLSv1.2'], 5) })]);
    const findings = runRule(rule, model, makeOptions());
    expect(findings.map((f) => f.message)).toEqual(['Expected "TLSv1.3" among the protocols, got "TLSv1.2"']);
    expect(findings[0].range).toEqual(rangeAt(5, 20, 39));
    const end = rangeAt(5, 39, 39);
    expect(findings[0].fix?.edits).toEqual([{ range: end, text: ' TLSv1.3' }]);
  });

  it('reports an old server default at the server block', () => {
    const model = makeModel([makeEndpoint({ protocols: defaultSetting<TlsProtocol[]>(['TLSv1', 'TLSv1.1', 'TLSv1.2']) })], '1.22.1');
    const findings = runRule(rule, model, makeOptions());
    expect(findings.map((f) => f.message)).toEqual(['Expected "TLSv1.3" among the protocols, nginx 1.22.1 defaults to "TLSv1 TLSv1.1 TLSv1.2"']);
    expect(findings[0].range).toEqual(rangeAt(1, 1, 9));
  });

  it('reports even a configured TLSv1.3 when OpenSSL 1.0.2 cannot negotiate it', () => {
    const model = makeModel([makeEndpoint({ protocols: setAt<TlsProtocol[]>(['TLSv1.2', 'TLSv1.3'], 5) })]);
    const findings = runRule(rule, model, makeOptions({ openssl: '1.0.2' }));
    expect(findings.map((f) => f.message)).toEqual(['Missing TLSv1.3: OpenSSL 1.0.2 cannot negotiate it, upgrade to 1.1.1 or newer']);
    expect(findings[0].fix).toBeUndefined();
  });

  it('stays silent when TLSv1.3 is on, and for plain-HTTP servers', () => {
    const on = makeEndpoint({ protocols: setAt<TlsProtocol[]>(['TLSv1.2', 'TLSv1.3'], 5) });
    const plain = makeEndpoint({ listeners: [plainListener()], protocols: defaultSetting<TlsProtocol[]>(['TLSv1.2']) });
    expect(runRule(rule, makeModel([on, plain]), makeOptions())).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [{ dialect: 'nginx', code: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n' }],
  invalid: [{
    dialect: 'nginx',
    code: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2;\n}\n',
    findings: [{ messageId: 'configured', line: 3, column: 19 }],
    output: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
  }],
});
