// Unit tests of hsts-missing on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hsts-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { makeEndpoint, plainListener, rangeAt, serverScope } from '../helpers/model-builder.js';
import { hsts, location, run } from './hsts.helpers.js';

const withHsts = serverScope(1, { headers: [hsts('max-age=63072000')] });

describe('hsts-missing', () => {
  it('reports an HTTPS server without the header at its opening line, with a fix after the "{"', () => {
    const findings = run(rule, [makeEndpoint()]);
    expect(findings.map((f) => f.message)).toEqual(['Expected a Strict-Transport-Security header ("max-age=63072000") on "example.com", got none']);
    expect(findings[0].range).toEqual(rangeAt(1, 1, 9));
    const end = rangeAt(1, 1, 9).end;
    expect(findings[0].fix?.edits).toEqual([
      { range: { file: '/test/nginx.conf', start: end, end }, text: '\n    add_header Strict-Transport-Security "max-age=63072000" always;' },
    ]);
  });

  it('reports once per server however many locations lack the header', () => {
    const endpoint = makeEndpoint({ scopes: [serverScope(), location(5, '/'), location(9, '/api/')] });
    expect(run(rule, [endpoint]).map((f) => f.range.start.line)).toEqual([1]);
  });

  it('reports the blocks left without the header when other blocks of the server send it', () => {
    const endpoint = makeEndpoint({ scopes: [serverScope(), location(5, '/', { headers: [hsts('max-age=63072000', 6, { level: 'path' })] }), location(9, '/api/')] });
    const findings = run(rule, [endpoint]);
    expect(findings.map((f) => [f.range.start.line, f.message])).toEqual([
      [9, 'Expected a Strict-Transport-Security header in "location /api/" too, got none: other blocks of this server send it'],
    ]);
    expect(findings[0].fix?.edits[0].text).toBe('\n        add_header Strict-Transport-Security "max-age=63072000" always;');
  });

  it('counts the server block only when no "location /" takes its requests', () => {
    const own = { headers: [hsts('max-age=63072000', 6, { level: 'path' })] };
    const covered = makeEndpoint({ scopes: [serverScope(), location(5, '/', own)] });
    const uncovered = makeEndpoint({ range: rangeAt(20), scopes: [serverScope(20), location(25, '/app/', own)] });
    expect(run(rule, [covered, uncovered]).map((f) => [f.range.start.line, f.messageId])).toEqual([[20, 'scope']]);
  });

  it('stays silent for a header sent everywhere, a variable value, error-only and closing servers and plain HTTP', () => {
    const sent = makeEndpoint({ scopes: [withHsts, location(5, '/', { headers: withHsts.headers })] });
    const variable = makeEndpoint({ scopes: [serverScope(1, { headers: [hsts('$hsts')] })] });
    const refused = makeEndpoint({ scopes: [serverScope(1, { returns: 'error' })] });
    const closed = makeEndpoint({ scopes: [serverScope(1, { returns: 'close' })] });
    const plain = makeEndpoint({ listeners: [plainListener()] });
    expect(run(rule, [sent, variable, refused, closed, plain])).toEqual([]);
  });

  it('reports HTTPS servers that only redirect, and fixed bodies', () => {
    const redirect = makeEndpoint({ scopes: [serverScope(1, { returns: 'redirect' })] });
    const body = makeEndpoint({ scopes: [serverScope(1, { returns: 'body' })] });
    expect(run(rule, [redirect, body]).map((f) => f.messageId)).toEqual(['redirect', 'server']);
  });

  it('leaves a location whose own add_header dropped the header to hsts-overridden', () => {
    const dropping = location(5, '/api/', { dropped: withHsts.headers, ownHeaders: [] });
    expect(run(rule, [makeEndpoint({ scopes: [withHsts, dropping] })])).toEqual([]);
  });

});

ruleTester.run(rule, {
  valid: [
    { dialect: 'nginx', code: 'server {\n    listen 443 ssl;\n    ssl_certificate a.pem;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n}\n' },
    { dialect: 'nginx', code: 'server {\n    listen 80;\n    server_name example.com;\n}\n' },
    { dialect: 'caddy', code: 'example.com {\n\theader Strict-Transport-Security "max-age=63072000"\n\tfile_server\n}\n' },
    { dialect: 'caddy', name: 'a plain-HTTP site', code: 'http://example.com {\n\tfile_server\n}\n' },
  ],
  invalid: [
    {
      dialect: 'caddy',
      code: 'example.com {\n\tfile_server\n}\n',
      findings: [{ messageId: 'server', message: 'on "example.com", got none', line: 1, column: 1 }],
      output: 'example.com {\n\theader Strict-Transport-Security "max-age=63072000"\n\tfile_server\n}\n',
    },
    {
      dialect: 'apache',
      code: '<VirtualHost *:443>\n    ServerName example.com\n    SSLEngine on\n</VirtualHost>\n',
      findings: [{ messageId: 'server', message: 'on "example.com", got none', line: 1 }],
      output: '<VirtualHost *:443>\n    Header always set Strict-Transport-Security "max-age=63072000"\n    ServerName example.com\n    SSLEngine on\n</VirtualHost>\n',
    },
    {
      dialect: 'nginx',
      code: 'server {\n    listen 443 ssl;\n    server_name example.com;\n}\n',
      findings: [{ messageId: 'server', message: 'on "example.com", got none', line: 1, column: 1 }],
      output: 'server {\n    add_header Strict-Transport-Security "max-age=63072000" always;\n    listen 443 ssl;\n    server_name example.com;\n}\n',
    },
    {
      dialect: 'nginx',
      name: 'a location that does not send it while another does',
      code: 'server {\n    listen 443 ssl;\n    location / {\n        add_header Strict-Transport-Security "max-age=63072000" always;\n    }\n    location /api/ {\n        proxy_pass http://api;\n    }\n}\n',
      findings: [{ messageId: 'scope', line: 6 }],
      output: 'server {\n    listen 443 ssl;\n    location / {\n        add_header Strict-Transport-Security "max-age=63072000" always;\n    }\n    location /api/ {\n        add_header Strict-Transport-Security "max-age=63072000" always;\n        proxy_pass http://api;\n    }\n}\n',
    },
  ],
});
