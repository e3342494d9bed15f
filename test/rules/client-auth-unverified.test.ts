// client-auth-unverified through the real parsers and models of every dialect, Caddy JSON included.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/client-auth-unverified.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/engine/run-rule.js';
import { makeEndpoint, makeModel, makeOptions, rangeAt } from '../helpers/model-builder.js';

const nginx = (verify: string, extra = '') =>
  `server {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/a.pem;\n    ssl_certificate_key /etc/ssl/a.key;\n    ssl_verify_client ${verify};\n${extra}}\n`;
const apache = (verify: string, extra = '') =>
  `<VirtualHost *:443>\n    SSLEngine on\n    SSLCertificateFile /etc/ssl/a.pem\n    SSLCertificateKeyFile /etc/ssl/a.key\n    SSLVerifyClient ${verify}\n${extra}</VirtualHost>\n`;
const caddy = (lines: string) => `a.example.com {\n\ttls {\n\t\tclient_auth {\n${lines}\t\t}\n\t}\n}\n`;
const json = (auth: string) =>
  `{"apps": {"http": {"servers": {"srv0": {"listen": [":443"],\n"routes": [{"match": [{"host": ["a.example.com"]}]}],\n"tls_connection_policies": [{"client_authentication": ${auth}}]}}}}}\n`;

describe('client-auth-unverified', () => {
  it('relates the CA certificates a mode that does not verify only lists to the client', () => {
    const clientAuth = { mode: 'required' as const, verified: false, written: 'require', source: rangeAt(5, 4, 16), level: 'endpoint' as const, caSource: rangeAt(6, 4, 40) };
    const listener = { address: null, port: 443, tls: true, tlsFrom: 'listener' as const, quic: false, defaultServer: false, source: rangeAt(1, 1, 10) };
    const [finding] = runRule(rule, makeModel([makeEndpoint({ listeners: [listener], clientAuth })]), makeOptions());
    expect(finding.range).toEqual(rangeAt(5, 4, 16));
    expect(finding.related.map((r) => [r.range, r.message])).toEqual([[rangeAt(6, 4, 40), 'CA certificates named here are not checked against in this mode']]);
  });

  it('stays silent when the certificate is handed on to be checked elsewhere, and on a plain endpoint', () => {
    const clientAuth = { mode: 'optional' as const, verified: false, written: 'ssl_verify_client optional_no_ca', source: rangeAt(5, 4, 16), level: 'endpoint' as const };
    const listener = { address: null, port: 443, tls: true, tlsFrom: 'listener' as const, quic: false, defaultServer: false, source: rangeAt(1, 1, 10) };
    expect(runRule(rule, makeModel([makeEndpoint({ listeners: [listener], clientAuth: { ...clientAuth, handedOn: rangeAt(7, 1, 20) } })]), makeOptions())).toEqual([]);
    expect(runRule(rule, makeModel([makeEndpoint({ listeners: [{ ...listener, port: 80, tls: false, tlsFrom: null }], clientAuth })]), makeOptions())).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [
    { dialect: 'nginx', code: nginx('on', '    ssl_client_certificate /etc/ssl/ca.pem;\n') },
    { dialect: 'nginx', code: nginx('optional', '    ssl_client_certificate /etc/ssl/ca.pem;\n') },
    { dialect: 'nginx', code: nginx('off') },
    { dialect: 'nginx', code: nginx('optional_no_ca', '    if ($ssl_client_verify != SUCCESS) { return 403; }\n') },
    { dialect: 'nginx', code: `map $ssl_client_verify $client_denied {\n    default 1;\n    SUCCESS 0;\n}\n${nginx('optional_no_ca', '    if ($client_denied) { return 403; }\n')}` },
    { dialect: 'apache', code: apache('require', '    SSLCACertificateFile /etc/ssl/ca.pem\n') },
    { dialect: 'apache', code: apache('none') },
    { dialect: 'apache', code: apache('optional_no_ca', '    SSLCACertificateFile /etc/ssl/ca.pem\n    <Location />\n        SSLRequire %{SSL_CLIENT_VERIFY} eq "SUCCESS"\n    </Location>\n') },
    { dialect: 'caddy', code: caddy('\t\t\tmode require_and_verify\n\t\t\ttrusted_ca_cert MIIB\n') },
    { dialect: 'caddy', code: caddy('\t\t\ttrusted_ca_cert MIIB\n') },
    { dialect: 'caddy', code: caddy('\t\t\tmode require\n\t\t\ttrusted_leaf_cert MIIB\n') },
    { dialect: 'caddy', code: caddy('') },
    { dialect: 'caddy', code: json('{"mode": "require_and_verify", "trusted_ca_certs_pem_files": ["/etc/ssl/ca.pem"]}') },
    { dialect: 'caddy', code: json('{"trusted_ca_certs": ["MIIB"]}') },
    { dialect: 'caddy', code: json('{"mode": "require", "verifiers": [{"verifier": "leaf"}]}') },
  ],
  invalid: [
    {
      dialect: 'nginx',
      code: nginx('optional_no_ca'),
      findings: [{ messageId: 'unverified', message: 'Expected "ssl_verify_client on;" (or "optional;") with "ssl_client_certificate": "ssl_verify_client optional_no_ca" accepts any client certificate', line: 5, column: 5 }],
    },
    {
      // A subject DN from an unverified certificate is whatever the client wrote: not a check.
      dialect: 'nginx',
      code: nginx('optional_no_ca', '    proxy_set_header X-Client-DN $ssl_client_s_dn;\n'),
      findings: [{ messageId: 'unverified', line: 5 }],
    },
    {
      dialect: 'apache',
      code: apache('optional_no_ca', '    SSLCACertificateFile /etc/ssl/ca.pem\n'),
      findings: [{ messageId: 'unverified', message: 'Expected "SSLVerifyClient require" (or "optional") with "SSLCACertificateFile": "SSLVerifyClient optional_no_ca"', line: 5, column: 5 }],
    },
    {
      dialect: 'caddy',
      code: caddy('\t\t\tmode require\n\t\t\ttrusted_ca_cert MIIB\n'),
      findings: [{ messageId: 'unverified', message: 'Expected "mode require_and_verify" with "trusted_ca_cert_file": "require" accepts any client certificate', line: 4, column: 4 }],
    },
    {
      dialect: 'caddy',
      code: caddy('\t\t\tmode request\n'),
      findings: [{ messageId: 'unverified', message: 'Expected "mode verify_if_given" with "trusted_ca_cert_file": "request"', line: 4 }],
    },
    {
      // Caddy's default mode without a CA or a leaf is `require` (a verifier module alone).
      dialect: 'caddy',
      code: json('{"mode": "request", "trusted_ca_certs": ["MIIB"]}'),
      findings: [{ messageId: 'unverified', message: 'Expected "mode": "verify_if_given" with "trusted_ca_certs_pem_files": "request"', line: 3 }],
    },
  ],
});
