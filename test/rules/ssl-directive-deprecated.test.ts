// Unit tests of ssl-directive-deprecated on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/ssl-directive-deprecated.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { DeprecatedSetting, Setting } from '../../src/model/types.js';
import { makeEndpoint, makeModel, makeOptions, plainListener, rangeAt, setAt, tlsListener } from '../helpers/model-builder.js';

function tlsSwitch(setting: Setting<boolean>, removed = false): DeprecatedSetting[] {
  return [{ key: 'tlsSwitch', setting, removed }];
}

describe('ssl-directive-deprecated', () => {
  it('calls "ssl on" deprecated before 1.25.1 and offers no fix while a listen lacks ssl', () => {
    const model = makeModel([makeEndpoint({ deprecated: tlsSwitch(setAt(true, 4)), listeners: [plainListener(2, 443)] })], '1.24.0');
    const findings = runRule(rule, model, makeOptions());
    expect(findings.map((f) => f.message)).toEqual(['Deprecated directive "ssl on" (nginx 1.15.0; removed in 1.25.1), expected "listen ... ssl"']);
    expect(findings[0].range).toEqual(rangeAt(4, 5, 40));
    expect(findings[0].fix).toBeUndefined();
  });

  it('says nginx refuses to start from 1.25.1', () => {
    const model = makeModel([makeEndpoint({ deprecated: tlsSwitch(setAt(true, 4), true) })], '1.26.2');
    expect(runRule(rule, model, makeOptions()).map((f) => f.message)).toEqual([
      'Unknown directive "ssl on" (removed in nginx 1.25.1): nginx 1.26.2 refuses to start, expected "listen ... ssl"',
    ]);
  });

  it('deletes "ssl off" and a redundant "ssl on"', () => {
    const off = makeEndpoint({ deprecated: tlsSwitch(setAt(false, 4)), listeners: [plainListener(2, 80)] });
    const redundant = makeEndpoint({ range: rangeAt(10), deprecated: tlsSwitch(setAt(true, 12)), listeners: [tlsListener(11)] });
    const findings = runRule(rule, makeModel([off, redundant], '1.22.1'), makeOptions());
    expect(findings.map((f) => f.fix?.edits)).toEqual([[{ range: rangeAt(4, 5, 40), text: '' }], [{ range: rangeAt(12, 5, 40), text: '' }]]);
  });

  it('reports an http-level "ssl on" once, without a fix when one of its servers still needs it', () => {
    const shared = setAt(true, 2, 'global');
    const tls = makeEndpoint({ range: rangeAt(5), deprecated: tlsSwitch(shared), listeners: [tlsListener(6)] });
    const plain = makeEndpoint({ range: rangeAt(10), deprecated: tlsSwitch(shared), listeners: [plainListener(11, 443)] });
    const findings = runRule(rule, makeModel([tls, plain], '1.22.1'), makeOptions());
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toBeUndefined();
  });

  it('stays silent without the directive', () => {
    expect(runRule(rule, makeModel([makeEndpoint()], '1.22.1'), makeOptions())).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [{ dialect: 'nginx', code: 'server {\n    listen 443 ssl;\n}\n' }],
  invalid: [
    {
      dialect: 'nginx',
      code: 'server {\n    listen 443 ssl;\n    ssl on;\n}\n',
      options: { serverVersions: { nginx: '1.24.0' } },
      findings: [{ messageId: 'deprecated', line: 3 }],
      output: 'server {\n    listen 443 ssl;\n}\n',
    },
    {
      dialect: 'nginx',
      code: 'server {\n    listen 443;\n    ssl on;\n}\n',
      options: { serverVersions: { nginx: '1.26.0' } },
      findings: [{ messageId: 'removed', message: 'nginx 1.26.0 refuses to start', line: 3 }],
      output: null,
    },
  ],
});
