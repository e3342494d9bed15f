// Unit tests of session-tickets-enabled on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/session-tickets-enabled.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { runRule } from '../../src/engine/run-rule.js';
import { defaultSetting, makeEndpoint, makeModel, makeOptions, plainListener, rangeAt, setAt } from '../helpers/model-builder.js';

describe('session-tickets-enabled', () => {
  it('reports default-on tickets without key rotation at the server block', () => {
    const findings = runRule(rule, makeModel([makeEndpoint()], '1.22.1'), makeOptions());
    expect(findings.map((f) => f.message)).toEqual([
      'Expected session tickets "off": nginx 1.22.1 enables them by default and does not rotate the ticket keys here',
    ]);
    expect(findings[0].range).toEqual(rangeAt(1, 1, 9));
  });

  it('reports an explicit "on" at its directive with a fix to "off"', () => {
    const findings = runRule(rule, makeModel([makeEndpoint({ sessionTickets: setAt(true, 6) })]), makeOptions());
    expect(findings[0].range).toEqual(rangeAt(6, 5, 40));
    expect(findings[0].fix?.edits).toEqual([{ range: rangeAt(6, 20, 39), text: 'off' }]);
  });

  it('stays silent when tickets are off, keys rotate, or the server is plain HTTP', () => {
    const off = makeEndpoint({ sessionTickets: setAt(false, 6) });
    const rotated = makeEndpoint({ ticketKeyRotation: 'automatic' });
    const plain = makeEndpoint({ listeners: [plainListener()], sessionTickets: defaultSetting(true) });
    expect(runRule(rule, makeModel([off, rotated, plain], '1.24.0'), makeOptions())).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [
    { dialect: 'nginx', code: 'server {\n    listen 443 ssl;\n    ssl_session_tickets off;\n}\n' },
    { dialect: 'apache', code: '<VirtualHost *:443>\n    SSLEngine on\n    SSLCertificateFile /etc/ssl/a.pem\n    SSLSessionTickets off\n</VirtualHost>\n' },
    { dialect: 'nginx', name: 'keys rotated by nginx 1.23.2+', code: 'server {\n    listen 443 ssl;\n    ssl_session_cache shared:SSL:10m;\n}\n', options: { serverVersions: { nginx: '1.24.0' } } },
  ],
  invalid: [
    {
      dialect: 'nginx',
      code: 'server {\n    listen 443 ssl;\n    ssl_session_tickets on;\n}\n',
      findings: [{ messageId: 'configured', line: 3 }],
      output: 'server {\n    listen 443 ssl;\n    ssl_session_tickets off;\n}\n',
    },
    {
      dialect: 'apache',
      code: '<VirtualHost *:443>\n    SSLEngine on\n    SSLCertificateFile /etc/ssl/a.pem\n    SSLSessionTickets on\n</VirtualHost>\n',
      findings: [{ messageId: 'configured', line: 4 }],
      output: '<VirtualHost *:443>\n    SSLEngine on\n    SSLCertificateFile /etc/ssl/a.pem\n    SSLSessionTickets off\n</VirtualHost>\n',
    },
  ],
});
