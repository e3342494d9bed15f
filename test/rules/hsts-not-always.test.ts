// Unit tests of hsts-not-always on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hsts-not-always.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { makeEndpoint, plainListener, serverScope } from '../helpers/model-builder.js';
import { hsts, location, run } from './hsts.helpers.js';

describe('hsts-not-always', () => {
  it('reports add_header Strict-Transport-Security without "always" at the directive, with a fix', () => {
    const header = hsts('max-age=63072000', 5, { always: false });
    const findings = run(rule, [makeEndpoint({ scopes: [serverScope(1, { headers: [header] })] })]);
    expect(findings.map((f) => f.message)).toEqual([
      'Expected "always" on add_header Strict-Transport-Security: without it nginx leaves the header off 4xx and 5xx responses',
    ]);
    expect(findings[0].range).toEqual(header.source);
    const end = header.valueRange.end;
    expect(findings[0].fix?.edits).toEqual([{ range: { file: header.valueRange.file, start: end, end }, text: ' always' }]);
  });

  it('reports a header inherited by locations once, and a location header of its own', () => {
    const server = hsts('max-age=63072000', 3, { always: false });
    const own = hsts('max-age=63072000', 9, { always: false, level: 'path' });
    const endpoint = makeEndpoint({ scopes: [serverScope(1, { headers: [server] }), location(5, '/', { headers: [server] }), location(8, '/api/', { headers: [own] })] });
    expect(run(rule, [endpoint]).map((f) => f.range.start.line)).toEqual([3, 9]);
  });


  it('stays silent with "always", for other headers and on plain HTTP', () => {
    const always = makeEndpoint({ scopes: [serverScope(1, { headers: [hsts('max-age=63072000')] })] });
    const other = makeEndpoint({ scopes: [serverScope(1, { headers: [{ ...hsts('DENY', 5, { always: false }), name: 'X-Frame-Options' }] })] });
    const plain = makeEndpoint({ listeners: [plainListener()], scopes: [serverScope(1, { headers: [hsts('max-age=63072000', 5, { always: false })] })] });
    expect(run(rule, [always, other, plain])).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [
    { dialect: 'nginx', code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n}\n' },
    { dialect: 'apache', code: '<VirtualHost *:443>\n    SSLEngine on\n    Header always set Strict-Transport-Security "max-age=63072000"\n</VirtualHost>\n' },
  ],
  invalid: [{
    dialect: 'apache',
    code: '<VirtualHost *:443>\n    SSLEngine on\n    Header set Strict-Transport-Security "max-age=63072000"\n</VirtualHost>\n',
    findings: [{ messageId: 'notAlways', message: 'without it Apache leaves the header off 4xx and 5xx responses', line: 3, column: 5 }],
    output: '<VirtualHost *:443>\n    SSLEngine on\n    Header always set Strict-Transport-Security "max-age=63072000"\n</VirtualHost>\n',
  }, {
    dialect: 'nginx',
    code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000";\n}\n',
    findings: [{ messageId: 'notAlways', message: 'Expected "always" on add_header Strict-Transport-Security: without it nginx leaves', line: 3, column: 5 }],
    output: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n}\n',
  }],
});
