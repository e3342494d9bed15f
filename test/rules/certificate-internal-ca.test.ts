// certificate-internal-ca: Caddyfile cases through the RuleTester, Caddy JSON automation policies through the JSON model.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/certificate-internal-ca.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/engine/run-rule.js';
import { buildCaddyJsonModel } from '../../src/dialects/caddy/json-model.js';
import { parseCaddyJson } from '../../src/dialects/caddy/parse.js';
import { makeOptions } from '../helpers/model-builder.js';

ruleTester.run(rule, {
  valid: [
    // Automatic HTTPS: ACME for the public name, the local CA for localhost (Caddy's own choice).
    { dialect: 'caddy', code: 'example.com, localhost {\n\trespond "hi"\n}\n' },
    { dialect: 'caddy', code: '*.localhost, dev.test, nas.home.arpa, 10.0.0.7, intranet {\n\ttls internal\n\trespond "hi"\n}\n' },
    // Files: whatever signed them is the certificate rules' to read.
    { dialect: 'caddy', code: 'example.com {\n\ttls /etc/ssl/example.com.pem /etc/ssl/example.com.key\n}\n' },
    // `tls internal` on a plain-HTTP site obtains nothing.
    { dialect: 'caddy', code: 'http://example.com {\n\ttls internal\n\trespond "hi"\n}\n' },
    // With automatic HTTPS off, `local_certs` has nothing to issue.
    { dialect: 'caddy', code: '{\n\tauto_https off\n\tlocal_certs\n}\nexample.com {\n\trespond "hi"\n}\n' },
    // A site's own ACME issuer wins over `local_certs`.
    { dialect: 'caddy', code: '{\n\tlocal_certs\n}\nexample.com {\n\ttls {\n\t\tdns cloudflare {env.CF_TOKEN}\n\t}\n}\n' },
  ],
  invalid: [
    {
      dialect: 'caddy',
      code: 'example.com, localhost {\n\ttls internal\n\trespond "hi"\n}\n',
      findings: [{ messageId: 'localCa', message: 'for "example.com", got one from Caddy\'s local CA', line: 2, column: 2, endLine: 2, endColumn: 14 }],
    },
    {
      dialect: 'caddy',
      code: '*.example.com {\n\ttls {\n\t\tissuer internal\n\t}\n}\n',
      findings: [{ messageId: 'localCa', message: '"*.example.com"', line: 3, column: 3 }],
    },
    {
      dialect: 'caddy',
      code: '{\n\tlocal_certs\n}\na.example.net {\n\trespond "a"\n}\nb.example.net:8443 {\n\trespond "b"\n}\n',
      findings: [{ messageId: 'localCa', message: '"a.example.net", "b.example.net"', line: 2, column: 2 }],
    },
  ],
});

/** The rule's messages for a Caddy JSON config, each with its line. */
function jsonFindings(config: unknown): string[] {
  const text = JSON.stringify(config, null, '\t');
  const model = buildCaddyJsonModel(parseCaddyJson(text, '/srv/caddy.json'), makeOptions());
  return runRule(rule, model, makeOptions()).map((f) => `${f.range.start.line}: ${f.message}`);
}

const site = (hosts: string[]) => ({ apps: { http: { servers: { srv0: { listen: [':443'], routes: [{ match: [{ host: hosts }], handle: [{ handler: 'static_response', body: 'hi' }] }] } } } } });
const withPolicies = (hosts: string[], policies: unknown[]) => ({ apps: { ...site(hosts).apps, tls: { automation: { policies } } } });

describe('certificate-internal-ca on Caddy JSON', () => {
  it('reports the internal issuer of the policy that covers a public name', () => {
    const findings = jsonFindings(withPolicies(['shop.example.com', 'localhost'], [{ subjects: ['shop.example.com'], issuers: [{ module: 'internal' }] }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^\d+: Expected a publicly trusted certificate for "shop.example.com", got one from Caddy's local CA/);
    // The issuer object's line in the JSON text: its `{` is on the (1-based) line before the module's, whose
    // 0-based index is the same number.
    const text = JSON.stringify(withPolicies(['shop.example.com', 'localhost'], [{ subjects: ['shop.example.com'], issuers: [{ module: 'internal' }] }]), null, '\t');
    const issuerLine = text.split('\n').findIndex((l) => l.includes('"module": "internal"'));
    expect(findings[0].startsWith(`${issuerLine}: `)).toBe(true);
  });

  it('follows Caddy: the first policy with matching or no subjects applies, wildcards stand for one label', () => {
    // A catch-all internal policy (what `local_certs` adapts to) covers every name.
    expect(jsonFindings(withPolicies(['a.example.com'], [{ issuers: [{ module: 'internal' }] }]))).toHaveLength(1);
    expect(jsonFindings(withPolicies(['a.example.com'], [{ subjects: ['*.example.com'], on_demand: true, issuers: [{ module: 'internal' }] }]))).toHaveLength(1);
    // An earlier ACME policy for the name wins; a wildcard does not cover two labels.
    expect(jsonFindings(withPolicies(['a.example.com'], [{ subjects: ['a.example.com'], issuers: [{ module: 'acme' }] }, { issuers: [{ module: 'internal' }] }]))).toEqual([]);
    expect(jsonFindings(withPolicies(['x.a.example.com'], [{ subjects: ['*.example.com'], issuers: [{ module: 'internal' }] }]))).toEqual([]);
    // Internal only as a fallback after ACME: ACME signs it.
    expect(jsonFindings(withPolicies(['a.example.com'], [{ issuers: [{ module: 'acme' }, { module: 'internal' }] }]))).toEqual([]);
  });

  it('is silent without policies, for local names, and with automatic HTTPS off', () => {
    expect(jsonFindings(site(['example.com']))).toEqual([]);
    expect(jsonFindings(withPolicies(['localhost', 'app.internal'], [{ issuers: [{ module: 'internal' }] }]))).toEqual([]);
    const off = withPolicies(['example.com'], [{ issuers: [{ module: 'internal' }] }]);
    (off.apps.http.servers.srv0 as Record<string, unknown>).automatic_https = { disable: true };
    expect(jsonFindings(off)).toEqual([]);
  });
});
