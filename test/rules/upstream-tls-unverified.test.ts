// Unit tests of upstream-tls-unverified on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/upstream-tls-unverified.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { UpstreamTls } from '../../src/model/types.js';
import { defaultSetting, makeEndpoint, makeModel, makeOptions, rangeAt, setAt } from '../helpers/model-builder.js';

const upstream = (target: string, overrides: Partial<UpstreamTls> = {}): UpstreamTls => ({
  target, source: rangeAt(8, 9, 40), verify: defaultSetting(false), via: 'proxy_pass', ...overrides,
});

describe('upstream-tls-unverified', () => {
  it('reports proxy_pass to https with verification left at its default', () => {
    const findings = runRule(rule, makeModel([makeEndpoint({ upstreams: [upstream('https://backend.internal')] })]), makeOptions());
    expect(findings.map((f) => f.message)).toEqual([
      'Expected "proxy_ssl_verify on;" with "proxy_ssl_trusted_certificate" for upstream "https://backend.internal", its certificate is not checked',
    ]);
    expect(findings[0].range).toEqual(rangeAt(8, 9, 40));
    expect(findings[0].related).toEqual([]);
  });

  it('names the grpc directives for grpcs:// and relates an explicit "off"', () => {
    const off = setAt(false, 7, 'path');
    const findings = runRule(rule, makeModel([makeEndpoint({ upstreams: [upstream('grpcs://api.internal:50051', { verify: off, via: 'grpc_pass' })] })]), makeOptions());
    expect(findings[0].message).toContain('"grpc_ssl_verify on;"');
    expect(findings[0].related.map((r) => r.range)).toEqual([off.source]);
  });

  it('stays silent for verified and loopback upstreams', () => {
    const verified = upstream('https://backend.internal', { verify: setAt(true, 7, 'path') });
    const loopbacks = ['https://127.0.0.1:8443', 'https://localhost', 'https://[::1]:8443/api', 'https://unix:/run/app.sock'].map((t) => upstream(t));
    expect(runRule(rule, makeModel([makeEndpoint({ upstreams: [verified, ...loopbacks] })]), makeOptions())).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [{ dialect: 'nginx', code: 'server {\n    listen 443 ssl;\n    location / {\n        proxy_ssl_verify on;\n        proxy_pass https://10.0.0.5;\n    }\n}\n' }],
  invalid: [
    {
      dialect: 'nginx',
      code: 'server {\n    listen 443 ssl;\n    location / {\n        uwsgi_pass suwsgi://10.0.0.5:9000;\n    }\n}\n',
      findings: [{ messageId: 'unverified', message: 'Expected "uwsgi_ssl_verify on;" with "uwsgi_ssl_trusted_certificate"', line: 4, column: 9 }],
    },
    {
      dialect: 'nginx',
      code: 'server {\n    listen 443 ssl;\n    location / {\n        grpc_pass grpcs://10.0.0.5:50051;\n    }\n}\n',
      findings: [{ messageId: 'unverified', message: 'Expected "grpc_ssl_verify on;" with "grpc_ssl_trusted_certificate"', line: 4 }],
    },
  ],
});
