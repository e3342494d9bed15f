// Unit tests of protocol-deprecated on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/protocol-deprecated.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { TlsProtocol } from '../../src/model/types.js';
import { defaultSetting, makeEndpoint, makeModel, makeOptions, plainListener, rangeAt, setAt } from '../helpers/model-builder.js';

const protocols = (list: TlsProtocol[], line = 5, level: 'global' | 'endpoint' = 'endpoint') => setAt<TlsProtocol[]>(list, line, level);

describe('protocol-deprecated', () => {
  it('reports TLSv1 and TLSv1.1 set in the config at the value, with a fix to the profile list', () => {
    const model = makeModel([makeEndpoint({ protocols: protocols(['TLSv1', 'TLSv1.1', 'TLSv1.2']) })]);
    const findings = runRule(rule, model, makeOptions({ openssl: '1.1.1' }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe('Expected protocols "TLSv1.2 TLSv1.3", got deprecated "TLSv1 TLSv1.1"');
    expect(findings[0].range).toEqual(rangeAt(5, 20, 39));
    expect(findings[0].fix?.edits).toEqual([{ range: rangeAt(5, 20, 39), text: 'TLSv1.2 TLSv1.3' }]);
  });

  it('reports a default that includes TLSv1 at the server block, naming the server version, without a fix', () => {
    const model = makeModel([makeEndpoint({ protocols: defaultSetting<TlsProtocol[]>(['TLSv1', 'TLSv1.1', 'TLSv1.2']) })], '1.22.1');
    const findings = runRule(rule, model, makeOptions({ openssl: '1.1.1' }));
    expect(findings.map((f) => f.message)).toEqual(['Expected protocols "TLSv1.2 TLSv1.3", nginx 1.22.1 enables deprecated "TLSv1 TLSv1.1" by default']);
    expect(findings[0].range).toEqual(rangeAt(1, 1, 9));
    expect(findings[0].fix).toBeUndefined();
  });

  it('reports one finding for an http-level directive inherited by several servers', () => {
    const shared = protocols(['TLSv1', 'TLSv1.2'], 3, 'global');
    const model = makeModel([makeEndpoint({ protocols: shared, range: rangeAt(5) }), makeEndpoint({ protocols: shared, range: rangeAt(20) })]);
    expect(runRule(rule, model, makeOptions({ openssl: '1.1.1' }))).toHaveLength(1);
  });

  it('allows TLSv1 and TLSv1.1 under the old profile but never SSLv3', () => {
    const model = makeModel([makeEndpoint({ protocols: protocols(['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2']) })]);
    expect(runRule(rule, model, makeOptions({ profile: 'old', guidelines: '5.8', openssl: '1.0.2' })).map((f) => f.message)).toEqual([
      'Expected protocols "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3", got deprecated "SSLv3"',
    ]);
    // OpenSSL 1.1.1 is built without SSLv3, but the config still asks for it.
    expect(runRule(rule, model, makeOptions({ profile: 'old', guidelines: '5.8', openssl: '1.1.1' })).map((f) => f.message)).toEqual([
      'Expected protocols "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3", got deprecated "SSLv3" (OpenSSL 1.1.1 refuses them here, but another OpenSSL build or "@SECLEVEL=0" enables them)',
    ]);
  });

  it('keeps the config-level finding when OpenSSL 3.0 refuses TLS 1.0/1.1 at its default security level', () => {
    const endpoint = makeEndpoint({ protocols: protocols(['TLSv1', 'TLSv1.1', 'TLSv1.2']) });
    expect(runRule(rule, makeModel([endpoint]), makeOptions({ openssl: '3.0' })).map((f) => f.message)).toEqual([
      'Expected protocols "TLSv1.2 TLSv1.3", got deprecated "TLSv1 TLSv1.1" (OpenSSL 3.0 refuses them here, but another OpenSSL build or "@SECLEVEL=0" enables them)',
    ]);
  });

  it('stays silent on a default protocol list OpenSSL 3.0 trims to TLS 1.2 and 1.3', () => {
    const endpoint = makeEndpoint({ protocols: defaultSetting<TlsProtocol[]>(['TLSv1', 'TLSv1.1', 'TLSv1.2']) });
    expect(runRule(rule, makeModel([endpoint], '1.22.1'), makeOptions({ openssl: '3.0' }))).toEqual([]);
  });

  it('reports TLS 1.0 on OpenSSL 3.0 once the cipher string lowers the security level to 0', () => {
    const endpoint = makeEndpoint({ protocols: protocols(['TLSv1', 'TLSv1.2']), ciphers: setAt('HIGH:@SECLEVEL=0', 6) });
    expect(runRule(rule, makeModel([endpoint]), makeOptions({ openssl: '3.0' })).map((f) => f.message)).toEqual([
      'Expected protocols "TLSv1.2 TLSv1.3", got deprecated "TLSv1"',
    ]);
  });

  it('ignores plain-HTTP servers and servers with modern protocols', () => {
    const plain = makeEndpoint({ listeners: [plainListener()], protocols: defaultSetting<TlsProtocol[]>(['TLSv1', 'TLSv1.2']) });
    const modern = makeEndpoint({ protocols: protocols(['TLSv1.2', 'TLSv1.3']) });
    expect(runRule(rule, makeModel([plain, modern]), makeOptions({ openssl: '1.1.1' }))).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [
    { dialect: 'nginx', code: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n' },
    { dialect: 'nginx', name: 'modern profile', code: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.3;\n}\n', options: { profile: 'modern' } },
  ],
  invalid: [
    {
      dialect: 'nginx',
      code: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n',
      findings: [{ messageId: 'configuredRefused', line: 3, column: 19, endColumn: 40 }],
      output: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
    },
    {
      dialect: 'nginx',
      name: 'a default that enables TLS 1.0 (nginx 1.22.1)',
      code: 'server {\n    listen 443 ssl;\n}\n',
      options: { serverVersions: { nginx: '1.22.1' }, openssl: '1.1.1' },
      findings: [{ messageId: 'byDefault', message: 'nginx 1.22.1 enables deprecated "TLSv1 TLSv1.1" by default', line: 1 }],
      output: null,
    },
  ],
});
