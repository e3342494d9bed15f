// The Apache loader and model read each file's directive table (tree.ts): a load and a model of a tree make a
// Directive object only for the lines they hand on as objects (Include lines), and a file's `directives` are
// made when something reads them, the same objects at each read. Objects made are counted, never timed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApache } from '../../../src/dialects/apache/load.js';
import { buildApacheModel } from '../../../src/dialects/apache/model.js';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import { directivesMade } from '../../../src/dialects/apache/tree.js';
import type { LoadContext } from '../../../src/dialects/dialect.js';
import type { LintOptions } from '../../../src/engine/options.js';
import { walkDirectives, type Directive } from '../../../src/syntax/ast.js';

const root = mkdtempSync(join(tmpdir(), 'tlslint-apache-lazy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options: LintOptions = {
  profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
  root, pathMaps: [], ruleOptions: {},
};

const site = (n: number) => `# site ${n}
<VirtualHost *:80>
    ServerName site${n}.example.com
    Redirect permanent / https://site${n}.example.com/
</VirtualHost>
<VirtualHost *:443>
    ServerName site${n}.example.com
    ServerAlias www.site${n}.example.com
    DocumentRoot "/srv/site${n}"
    ErrorLog \${APACHE_LOG_DIR}/site${n}-error.log
    SSLEngine on
    SSLCertificateFile "cert${n}.pem"
    SSLProtocol -all +TLSv1.2 +TLSv1.3
    Header always set Strict-Transport-Security "max-age=63072000; includeSubDomains"
    <Directory "/srv/site${n}">
        Options -Indexes
        Require all granted
    </Directory>
    <IfModule proxy_module>
        <Location "/app/">
            ProxyPass "https://backend${n}.internal/"
            Header set X-Frame-Options "DENY"
        </Location>
    </IfModule>
    <LocationMatch "^/static/">
        Header set Cache-Control "max-age=2592000"
    </LocationMatch>
</VirtualHost>
`;

const MAIN = `ServerRoot "@DIR@"
LoadModule ssl_module modules/mod_ssl.so
LoadModule proxy_module modules/mod_proxy.so
Define APACHE_LOG_DIR /var/log/apache2
Listen 80
Listen 443
SSLCipherSuite HIGH:!aNULL
IncludeOptional sites/*.conf
`;

/** Rows of all files: every directive and section the reader wrote. */
function rowsOf(directives: readonly Directive[]): number {
  return [...walkDirectives(directives)].length;
}

describe('Apache directive objects', () => {
  it('a load and a model of a multi-vhost tree make one only for each Include line', async () => {
    const dir = join(root, 'tree');
    const files: Record<string, string> = { 'apache2.conf': MAIN };
    for (let n = 0; n < 20; n++) files[`sites/${String(n).padStart(2, '0')}.conf`] = site(n) + site(n + 100);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text.replaceAll('@DIR@', dir));
    }
    const context: LoadContext = { root, pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 100, maxIncludeDepth: 10, notify: () => {} };
    const before = directivesMade.count;
    const loaded = await loadApache(join(dir, 'apache2.conf'), context);
    const model = buildApacheModel(loaded[0], options);
    const made = directivesMade.count - before;
    expect(loaded).toHaveLength(21);
    expect(model.endpoints.filter((endpoint) => endpoint.listeners.some((listener) => listener.tls))).toHaveLength(40);
    // The model read the lines and sections (its headers, proxies and sockets are there)...
    const site3 = model.endpoints.find((endpoint) => endpoint.serverNames[0] === 'site3.example.com' && endpoint.listeners[0].port === 443);
    expect(site3?.scopes.map((scope) => scope.label)).toEqual(['VirtualHost', '<Directory "/srv/site3">', '<Location "/app/">', '<LocationMatch "^/static/">']);
    expect(site3?.upstreams.map((upstream) => upstream.target)).toEqual(['https://backend3.internal/']);
    // ...through the table: the one IncludeOptional line is the only Directive made.
    expect(made).toBe(1);
    // The files' directives are made when read, every one of them, the same objects at a second read.
    const all = loaded.reduce((sum, file) => sum + rowsOf(file.directives), 0);
    expect(directivesMade.count - before).toBe(all);
    expect(all).toBe(8 + 20 * 2 * 21);
    expect(loaded[1].directives[1]).toBe(loaded[1].directives[1]);
    expect(loaded[0].directives.find((directive) => directive.name === 'IncludeOptional')?.included).toHaveLength(20);
  });

  it('an Include unread at one reading of a file read twice stands in its section at both readings', async () => {
    // Each reading makes new Lines for its sections; unread Includes are kept by row, as they were by Directive.
    const dir = join(root, 'twice');
    const files: Record<string, string> = {
      'main.conf': 'ServerRoot "@DIR@"\nListen 443\nDefine X a\nInclude vhost.conf\nDefine X b\nInclude vhost.conf\n',
      'vhost.conf': '<VirtualHost *:443>\nServerName ${X}.example.com\nSSLEngine on\nInclude ${X}-extra.conf\n</VirtualHost>\n',
      'a-extra.conf': 'SSLProtocol -all +TLSv1.2\n',
    };
    mkdirSync(dir, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text.replaceAll('@DIR@', dir));
    const context: LoadContext = { root, pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 100, maxIncludeDepth: 10, notify: () => {} };
    const model = buildApacheModel((await loadApache(join(dir, 'main.conf'), context))[0], options);
    expect(model.endpoints.map((endpoint) => [endpoint.serverNames[0], endpoint.protocols.value, endpoint.unknown.has('protocols')])).toEqual([
      ['a.example.com', ['TLSv1.2'], true],
      ['b.example.com', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], true],
    ]);
  });

  it('a file read alone makes none until its directives are read, then its tree as the reader wrote it', () => {
    const before = directivesMade.count;
    const file = parseApache('<VirtualHost *:443>\n  SSLEngine on\n  <Location />\n    Header set A b\n  </Location>\n</VirtualHost>\nListen 443\n', '/x.conf');
    expect(directivesMade.count - before).toBe(0);
    const [vhost, listen] = file.directives;
    expect(directivesMade.count - before).toBe(5);
    expect(vhost.name).toBe('VirtualHost');
    expect(vhost.children?.map((child) => child.name)).toEqual(['SSLEngine', 'Location']);
    expect(vhost.children?.[1].children?.map((child) => [child.name, child.args.map((arg) => arg.value)])).toEqual([['Header', ['set', 'A', 'b']]]);
    expect(vhost.children?.[0].children).toBeUndefined();
    expect(listen.name).toBe('Listen');
    expect(listen.children).toBeUndefined();
    // An assignment replaces them (the run empties each file's tree once its models are built).
    file.directives = [];
    expect(file.directives).toEqual([]);
  });
});
