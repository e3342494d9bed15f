// Unit tests of hsts-overridden on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hsts-overridden.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { makeEndpoint, plainListener, serverScope } from '../helpers/model-builder.js';
import { header, hsts, location, run } from './hsts.helpers.js';

const serverHsts = hsts('max-age=63072000; includeSubDomains', 3);
const frameOptions = header('X-Frame-Options', 'DENY', 9, { level: 'path' });
/** `location /api/ { add_header X-Frame-Options "DENY" always; }` under a server that sends HSTS. */
const api = location(8, '/api/', { headers: [frameOptions], dropped: [serverHsts], ownHeaders: [frameOptions] });

describe('hsts-overridden', () => {
  it('reports the first own add_header of a block that drops HSTS, with the lost header as related', () => {
    const findings = run(rule, [makeEndpoint({ scopes: [serverScope(1, { headers: [serverHsts] }), api] })]);
    expect(findings.map((f) => f.message)).toEqual([
      'Expected add_header Strict-Transport-Security in "location /api/": its own add_header directives replace the ones inherited from server {}',
    ]);
    expect(findings[0].range).toEqual(frameOptions.source);
    expect(findings[0].related).toEqual([{ range: serverHsts.source, message: 'Strict-Transport-Security set here' }]);
  });

  it('fixes by repeating the lost header before the first own add_header', () => {
    const [finding] = run(rule, [makeEndpoint({ scopes: [serverScope(1, { headers: [serverHsts] }), api] })]);
    const start = frameOptions.source.start;
    expect(finding.fix?.edits).toEqual([
      { range: { file: frameOptions.source.file, start, end: start }, text: 'add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;\n    ' },
    ]);
  });

  it('reports a server block that drops the header from http {}', () => {
    const fromHttp = hsts('max-age=63072000', 2, { level: 'global', always: false });
    const own = header('X-Content-Type-Options', 'nosniff', 6);
    const server = serverScope(4, { headers: [own], dropped: [fromHttp], ownHeaders: [own] });
    const findings = run(rule, [makeEndpoint({ label: 'server example.com', scopes: [server] })]);
    expect(findings.map((f) => f.message)).toEqual([
      'Expected add_header Strict-Transport-Security in "server example.com": its own add_header directives replace the ones inherited from http {}',
    ]);
    expect(findings[0].fix?.edits[0].text).toBe('add_header Strict-Transport-Security "max-age=63072000";\n    ');
  });

  it('reports at the block when it has no own header to point at, without a fix', () => {
    const nested = location(12, '/api/v2/', { dropped: [serverHsts] });
    const [finding] = run(rule, [makeEndpoint({ scopes: [serverScope(1, { headers: [serverHsts] }), nested] })]);
    expect(finding.range).toEqual(nested.range);
    expect(finding.fix).toBeUndefined();
  });


  it('stays silent when the block repeats HSTS, answers only an error, nothing was inherited, or the server is plain HTTP', () => {
    const repeated = location(8, '/api/', { headers: [frameOptions, hsts('max-age=63072000', 10, { level: 'path' })], dropped: [serverHsts], ownHeaders: [frameOptions] });
    const redirect = { ...api, returns: 'error' as const };
    const nothing = location(8, '/api/', { headers: [frameOptions], ownHeaders: [frameOptions] });
    const endpoints = [repeated, redirect, nothing].map((scope) => makeEndpoint({ scopes: [serverScope(1, { headers: [serverHsts] }), scope] }));
    const plain = makeEndpoint({ listeners: [plainListener()], scopes: [serverScope(1, { headers: [serverHsts] }), api] });
    expect(run(rule, [...endpoints, plain])).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [{ dialect: 'nginx', code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n    location /a/ {\n        add_header Strict-Transport-Security "max-age=63072000" always;\n        add_header X-Frame-Options DENY;\n    }\n}\n' }],
  invalid: [{
    dialect: 'apache',
    code: '<VirtualHost *:443>\n    SSLEngine on\n    Header always set Strict-Transport-Security "max-age=63072000"\n    <Location /a>\n        Header always unset Strict-Transport-Security\n    </Location>\n</VirtualHost>\n',
    findings: [{ messageId: 'removed', message: 'in "<Location /a>" too, got it removed here', line: 5, column: 9 }],
  }, {
    dialect: 'nginx',
    code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n    location /a/ {\n        add_header X-Frame-Options DENY;\n    }\n}\n',
    findings: [{ messageId: 'replaced', message: 'replace the ones inherited from server {}', line: 5, column: 9 }],
    output: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n    location /a/ {\n        add_header Strict-Transport-Security "max-age=63072000" always;\n        add_header X-Frame-Options DENY;\n    }\n}\n',
  }],
});
