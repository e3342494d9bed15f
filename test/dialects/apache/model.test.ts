// The Apache model: mod_ssl settings with their defaults and main-to-vhost inheritance, mod_headers tables,
// read-time conditionals, listeners and redirects.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApache } from '../../../src/dialects/apache/load.js';
import { buildApacheModel, confProtocolOptions, protocolArithmetic } from '../../../src/dialects/apache/model.js';
import { isApacheConfigPath } from '../../../src/dialects/apache/detect.js';
import { nginx } from '../../../src/dialects/nginx/index.js';
import type { LoadContext } from '../../../src/dialects/dialect.js';
import type { LintOptions } from '../../../src/engine/options.js';
import type { HeaderScope, TlsModel } from '../../../src/model/types.js';

const root = mkdtempSync(join(tmpdir(), 'tlslint-apache-model-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const options = (extra: Partial<LintOptions> = {}): LintOptions => ({
  profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
  root, pathMaps: [], ruleOptions: {}, ...extra,
});

async function model(text: string, extra: Partial<LintOptions> = {}, path = 'httpd.conf'): Promise<TlsModel> {
  const entry = write(path, text);
  const context: LoadContext = {
    root, pathMaps: extra.pathMaps ?? [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 100, maxIncludeDepth: 10,
    serverVersions: extra.serverVersions, notify: () => {},
  };
  const files = await loadApache(entry, context);
  return buildApacheModel(files[0], options(extra));
}

const vhost = (body: string, addr = '*:443') => `<VirtualHost ${addr}>\nServerName www.example.com\nSSLEngine on\n${body}\n</VirtualHost>\n`;

describe('SSLProtocol', () => {
  const all = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
  it.each([
    [['all', '-SSLv3'], ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    [['-all', '+TLSv1.2', '+TLSv1.3'], ['TLSv1.2', 'TLSv1.3']],
    [['TLSv1.2'], ['TLSv1.2']],
    [['+TLSv1.2', 'TLSv1.3'], ['TLSv1.3']],
    [['-TLSv1'], []],
    [['ALL', '-tlsv1', '-TLSv1.1'], ['TLSv1.2', 'TLSv1.3']],
  ])('%j enables %j (ssl_cmd_protocol_parse starts from none; a bare word replaces)', (words, expected) => {
    expect(protocolArithmetic(words, all)).toEqual(expected);
  });

  it('refuses an unknown word as httpd does', () => {
    expect(protocolArithmetic(['TLSv1.4'], all)).toBeUndefined();
    // Words that name properties of every JavaScript object are no protocols either.
    expect(protocolArithmetic(['+constructor', '+TLSv1.2'], all)).toBeUndefined();
    expect(protocolArithmetic(['-__proto__'], all)).toBeUndefined();
  });

  it('defaults to "all -SSLv3" from 2.4.17, and vhosts inherit the main server\'s', async () => {
    const m = await model(`SSLProtocol -all +TLSv1.2\n${vhost('')}${vhost('SSLProtocol -all +TLSv1.3').replace('www', 'shop')}`);
    expect(m.endpoints.map((e) => [e.serverNames[0], e.protocols.value, e.protocols.level])).toEqual([
      ['www.example.com', ['TLSv1.2'], 'global'],
      ['shop.example.com', ['TLSv1.3'], 'endpoint'],
    ]);
    const plain = await model(vhost(''));
    expect(plain.endpoints[0].protocols).toMatchObject({ value: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], source: null, level: 'default' });
  });

  it('applies SSLOpenSSLConfCmd Protocol after SSLProtocol, as mod_ssl hands it to SSL_CONF last', async () => {
    const m = await model(vhost('SSLProtocol -all +TLSv1.2 +TLSv1.3\nSSLOpenSSLConfCmd Protocol "-ALL, TLSv1.3"'));
    expect(m.endpoints[0].protocols).toMatchObject({ value: ['TLSv1.3'], level: 'endpoint' });
    expect([...confProtocolOptions('-ALL,+TLSv1.1', new Set(), all)!]).toEqual(['TLSv1', 'TLSv1.2', 'TLSv1.3']);
    expect(confProtocolOptions('TLSv9', new Set(), all)).toBeUndefined();
  });

  // ssl_init_ctx_protocol (OpenSSL 1.1.0+) sets version bounds without holes; SSL_CONF's Protocol only switches options
  // within them, MinProtocol/MaxProtocol move them. Each case is proven on apache2 in test/live/apache-semantics.test.ts.
  it.each([
    ['SSLProtocol -all +TLSv1 +TLSv1.2', ['TLSv1.2']],
    ['SSLProtocol -all +TLSv1.2\nSSLOpenSSLConfCmd Protocol +TLSv1.1', ['TLSv1.2']],
    ['SSLProtocol -all +TLSv1.2\nSSLOpenSSLConfCmd MinProtocol TLSv1', ['TLSv1', 'TLSv1.1', 'TLSv1.2']],
    ['SSLProtocol all\nSSLOpenSSLConfCmd MinProtocol TLSv1.2', ['TLSv1.2', 'TLSv1.3']],
    ['SSLProtocol all\nSSLOpenSSLConfCmd MaxProtocol TLSv1.2', ['TLSv1', 'TLSv1.1', 'TLSv1.2']],
    ['SSLProtocol TLSv1.3\nSSLOpenSSLConfCmd MinProtocol None', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['SSLProtocol TLSv1.2\nSSLOpenSSLConfCmd MaxProtocol None', ['TLSv1.2', 'TLSv1.3']],
    ['SSLProtocol all\nSSLOpenSSLConfCmd MinProtocol tlsv1.2', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['SSLProtocol all\nSSLOpenSSLConfCmd MinProtocol SSLv3', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
  ])('%s enables %j', async (lines, expected) => {
    const m = await model(vhost(lines));
    expect(m.endpoints[0].protocols.value).toEqual(expected);
  });

  it('applies the main server\'s SSLOpenSSLConfCmd first, then the vhost\'s, and keeps holes on OpenSSL 1.0.2', async () => {
    const m = await model(`SSLOpenSSLConfCmd MinProtocol TLSv1.2\n${vhost('SSLProtocol all\nSSLOpenSSLConfCmd MaxProtocol TLSv1.2')}`);
    expect(m.endpoints[0].protocols).toMatchObject({ value: ['TLSv1.2'], level: 'endpoint' });
    expect(m.endpoints[0].protocols.source?.start.line).toBe(6);
    const old = await model(vhost('SSLProtocol -all +TLSv1 +TLSv1.2\nSSLOpenSSLConfCmd MinProtocol TLSv1.2'), { openssl: '1.0.2' });
    expect(old.endpoints[0].protocols.value).toEqual(['TLSv1', 'TLSv1.2']);
  });

  it('gives every vhost that inherits a main-server setting the one setting object, ranges and all', async () => {
    const main = 'SSLProtocol -all +TLSv1.2\nSSLCompression off\nSSLCipherSuite HIGH\nSSLOpenSSLConfCmd DHParameters dh.pem\n';
    const m = await model(`${main}${vhost('')}${vhost('').replace('www', 'shop')}${vhost('SSLCompression on').replace('www', 'own')}`);
    const [www, shop, own] = m.endpoints;
    expect(www.protocols.level).toBe('global');
    for (const key of ['protocols', 'ciphers', 'compression', 'dhparam'] as const) expect(shop[key], key).toBe(www[key]);
    expect(www.dhparam).toMatchObject({ value: 'dh.pem', level: 'global' });
    expect(own.protocols).toBe(www.protocols);
    expect(own.compression).toMatchObject({ value: true, level: 'endpoint' });
    expect(own.compression?.source?.start.line).toBe(18);
  });

  it('takes a main-server setting written after the vhost (httpd merges once every line is read)', async () => {
    const m = await model(`${vhost('')}SSLProtocol -all +TLSv1.2 +TLSv1.3\n`);
    expect(m.endpoints[0].protocols.value).toEqual(['TLSv1.2', 'TLSv1.3']);
  });
});

describe('SSLCipherSuite', () => {
  it('carries the ":!aNULL:!eNULL" mod_ssl appends, and reads the TLSv1.3 form as the TLS 1.3 suites', async () => {
    const m = await model(vhost('SSLCipherSuite HIGH\nSSLCipherSuite TLSv1.3 TLS_AES_128_GCM_SHA256'));
    expect(m.endpoints[0].ciphers.value).toBe('HIGH:!aNULL:!eNULL');
    expect(m.endpoints[0].ciphersuites.value).toBe('TLS_AES_128_GCM_SHA256');
  });

  it('prepends the exclusions from 2.4.7 to 2.4.16, and leaves OpenSSL\'s DEFAULT when unset', async () => {
    const old = await model(vhost('SSLCipherSuite HIGH'), { serverVersions: { apache: '2.4.10' } });
    expect(old.endpoints[0].ciphers.value).toBe('!aNULL:!eNULL:HIGH');
    const unset = await model(vhost(''));
    expect(unset.endpoints[0].ciphers).toMatchObject({ value: 'DEFAULT', source: null });
  });
});

describe('mod_headers', () => {
  it('keeps the always and onsuccess tables apart and applies actions in merge order', async () => {
    const m = await model(`Header always set Strict-Transport-Security "max-age=1"\n${vhost([
      'Header set X-A a',
      'Header always set Strict-Transport-Security "max-age=63072000"',
      '<Location /legacy>',
      'Header always unset Strict-Transport-Security',
      '</Location>',
      '<Location />',
      'Header merge X-A a',
      'Header append X-A b',
      '</Location>',
    ].join('\n'))}`);
    const [endpoint, legacy, slash] = m.endpoints[0].scopes;
    // <Location /> matches every request, so the vhost's own requests get its appended value too.
    expect(endpoint.headers.map((h) => [h.name, h.value, h.always, h.level])).toEqual([
      ['X-A', 'a, b', false, 'endpoint'],
      ['Strict-Transport-Security', 'max-age=63072000', true, 'endpoint'],
    ]);
    expect(endpoint.dropped.map((h) => h.value)).toEqual(['max-age=1']);
    expect(legacy.headers.map((h) => h.name)).toEqual(['X-A']);
    expect(legacy.dropped.map((h) => h.name)).toEqual(['Strict-Transport-Security']);
    expect(slash).toMatchObject({ label: '<Location />', catchAll: true });
    expect(slash.headers.find((h) => h.name === 'X-A')?.value).toBe('a, b');
  });
});

describe('a request matched by several sections', () => {
  const hsts = (m: TlsModel, label: string) => {
    const scope = label === 'VirtualHost' ? m.endpoints[0].scopes[0] : m.endpoints[0].scopes.find((s) => s.label === label)!;
    return scope.headers.filter((h) => h.name === 'Strict-Transport-Security').map((h) => h.value);
  };

  it('merges the <Directory> holding DocumentRoot into the vhost and every <Location>', async () => {
    const m = await model(vhost('DocumentRoot /srv/www/html\n<Location /app>\nHeader set X-A a\n</Location>\n<Directory /srv/www>\nHeader always set Strict-Transport-Security "max-age=1"\n</Directory>\n<Directory /srv/other>\nHeader set X-B b\n</Directory>'));
    expect(hsts(m, 'VirtualHost')).toEqual(['max-age=1']);
    expect(hsts(m, '<Location /app>')).toEqual(['max-age=1']);
    // A <Directory> outside DocumentRoot is reached through Alias only: its requests have the vhost's table and its own.
    expect(hsts(m, '<Directory /srv/other>')).toEqual([]);
    // Without DocumentRoot, Debian's compiled-in /var/www/html.
    const debian = await model(vhost('<Directory /var/www/>\nHeader always set Strict-Transport-Security "max-age=2"\n</Directory>'));
    expect(hsts(debian, 'VirtualHost')).toEqual(['max-age=2']);
  });

  it('merges <Directory> by depth, then regex ones, then <Location> in config order, then <If>', async () => {
    const m = await model(vhost([
      'DocumentRoot /srv/www/html',
      'Header always set Strict-Transport-Security "max-age=1"',
      '<If "%{HTTPS} == \'on\'">\nHeader always set Strict-Transport-Security "max-age=5"\n</If>',
      '<Location /legacy>\nHeader always unset Strict-Transport-Security\n</Location>',
      '<Location />\nHeader always set Strict-Transport-Security "max-age=4"\n</Location>',
      '<Location /legacy/old>\nHeader always unset Strict-Transport-Security\n</Location>',
      '<DirectoryMatch "^/srv/www/html">\nHeader always set Strict-Transport-Security "max-age=3"\n</DirectoryMatch>',
      '<Directory /srv/www/html>\nHeader always set Strict-Transport-Security "max-age=2"\n</Directory>',
      '<Directory />\nHeader always unset Strict-Transport-Security\n</Directory>',
    ].join('\n')));
    // /: <Directory /> unsets, /srv/www/html sets 2, the regex 3, <Location /> 4.
    expect(hsts(m, 'VirtualHost')).toEqual(['max-age=4']);
    // /legacy: <Location /legacy> unsets, <Location /> (later in the file) sets again.
    expect(hsts(m, '<Location /legacy>')).toEqual(['max-age=4']);
    // /legacy/old: its own unset comes last of the three Locations.
    expect(hsts(m, '<Location /legacy/old>')).toEqual([]);
    expect(m.endpoints[0].scopes.find((s) => s.label === '<Location /legacy/old>')!.dropped.map((h) => h.value)).toEqual(['max-age=4']);
    expect(hsts(m, '<If "%{HTTPS} == \'on\'">')).toEqual(['max-age=5']);
  });

  it('leaves a header of the other table alone: `Header unset` does not remove what `Header always set` made', async () => {
    const m = await model(vhost('Header always set Strict-Transport-Security "max-age=1"\n<Location /a>\nHeader unset Strict-Transport-Security\n</Location>\n<Location /b>\nHeader always unset Strict-Transport-Security\n</Location>'));
    expect(hsts(m, '<Location /a>')).toEqual(['max-age=1']);
    expect(hsts(m, '<Location /b>')).toEqual([]);
  });

  it("reports the sections' removals to each section of the request, the vhost's too, in one shared list", async () => {
    const m = await model(vhost('Header set X-A a\nHeader set X-B b\n<Location />\nHeader unset X-A\n</Location>\n<Location />\nHeader set X-C c\n</Location>\n<Location />\nHeader unset X-B\n</Location>'));
    const [endpoint, first, second, third] = m.endpoints[0].scopes;
    const removed = (scope: HeaderScope) => (scope.removedElsewhere ?? []).map((r) => `${r.name}@${r.source.start.line}`);
    for (const scope of [endpoint, first, second, third]) expect(removed(scope)).toEqual(['X-A@7', 'X-B@13']);
    // N sections that each unset a header: one list of N, not N lists.
    expect(first.removedElsewhere).toBe(third.removedElsewhere);
    // A section's own removal is in its `dropped` too.
    expect(first.dropped.map((h) => h.name)).toEqual(['X-A']);
    expect(third.dropped.map((h) => h.name)).toEqual(['X-B']);
  });

  it('tells each copy of a section included twice what the other copy removes (one source, two steps)', async () => {
    write('twice/unset.conf', '<Location />\nHeader unset X-Foo\n</Location>\n');
    const m = await model(vhost(`Header set X-Foo d\nInclude ${join(root, 'twice/unset.conf')}\n<Location />\nHeader set X-Foo m\n</Location>\nInclude ${join(root, 'twice/unset.conf')}`));
    const [endpoint, first, middle, second] = m.endpoints[0].scopes;
    for (const scope of [endpoint, first, middle, second]) {
      expect(scope.headers).toEqual([]);
      expect(scope.removedElsewhere?.map((r) => [r.name, r.source.file, r.source.start.line])).toEqual([['X-Foo', join(root, 'twice/unset.conf'), 2]]);
    }
    expect(first.dropped.map((h) => h.value)).toEqual(['d']);
    expect(second.dropped.map((h) => h.value)).toEqual(['m']);
  });
});

describe('read-time conditionals', () => {
  it('reads <IfModule> as true until a LoadModule is read, then by what was loaded', async () => {
    const alone = await model(vhost('<IfModule mod_ssl.c>\nSSLProtocol -all +TLSv1.3\n</IfModule>\n<IfModule !ssl_module>\nSSLProtocol all\n</IfModule>'));
    expect(alone.endpoints[0].protocols.value).toEqual(['TLSv1.3']);
    const loaded = await model(`LoadModule headers_module modules/mod_headers.so\n${vhost('<IfModule mod_ssl.c>\nSSLProtocol -all +TLSv1.3\n</IfModule>\n<IfModule version_module>\nSSLSessionTickets off\n</IfModule>')}`);
    // mod_ssl was not loaded; mod_version is compiled into Debian's apache2.
    expect(loaded.endpoints[0].protocols.source).toBeNull();
    expect(loaded.endpoints[0].sessionTickets.value).toBe(false);
  });

  it('reads Define, ${VAR}, <IfDefine> and <IfVersion> (against --server-version)', async () => {
    const text = `Define PROTO TLSv1.3\nDefine STRICT\n${vhost('<IfDefine STRICT>\nSSLProtocol -all +${PROTO}\n</IfDefine>\n<IfDefine !STRICT>\nSSLProtocol all\n</IfDefine>\n<IfVersion >= 2.4.60>\nSSLSessionTickets off\n</IfVersion>')}`;
    const m = await model(text);
    expect(m.endpoints[0].protocols.value).toEqual(['TLSv1.3']);
    expect(m.endpoints[0].sessionTickets.value).toBe(false);
    const old = await model(text, { serverVersions: { apache: '2.4.58' } });
    expect(old.endpoints[0].sessionTickets.value).toBe(true);
  });
});

describe('includes', () => {
  it('resolves relative Include paths against ServerRoot, wildcards in order, and directories whole', async () => {
    write('srv/conf.d/b.conf', 'SSLProtocol -all +TLSv1.3\n');
    write('srv/conf.d/a.conf', 'SSLProtocol all\n');
    write('srv/sites/one/x.conf', vhost(''));
    const m = await model(`ServerRoot ${join(root, 'srv')}\nInclude conf.d/*.conf\nIncludeOptional nowhere/*.conf\nInclude sites\n`, {}, 'main/httpd.conf');
    expect(m.endpoints.map((e) => e.protocols.value)).toEqual([['TLSv1.3']]);
  });

  // server/config.c reads an included file anew at each Include: a conditional skipped at one reading may hold at the next.
  it('reads an Include a false conditional skipped at a file\'s earlier reading where a later reading takes it', async () => {
    write('reread/part.conf', '<IfDefine ON>\nInclude reread/proto.conf\n</IfDefine>\n');
    write('reread/proto.conf', 'SSLProtocol -all +TLSv1.3\n');
    const base = `ServerRoot ${root}\nSSLProtocol all\n`;
    const falseThenTrue = await model(`${base}Include reread/part.conf\nDefine ON\nInclude reread/part.conf\n${vhost('')}`, {}, 'reread/a.conf');
    expect(falseThenTrue.endpoints[0].protocols.value).toEqual(['TLSv1.3']);
    expect(falseThenTrue.endpoints[0].unknown.size).toBe(0);
    // Taken at the first reading, skipped at the second: read once, where it was taken; a later SSLProtocol wins.
    const trueThenFalse = await model(`${base}Define ON\nInclude reread/part.conf\nUnDefine ON\nSSLProtocol -all +TLSv1.2\nInclude reread/part.conf\n${vhost('')}`, {}, 'reread/b.conf');
    expect(trueThenFalse.endpoints[0].protocols.value).toEqual(['TLSv1.2']);
    // An Include whose ${VAR} changed between two readings of its file reads each value's file.
    write('reread/site.conf', 'Include reread/${PART}.conf\n');
    write('reread/tickets.conf', 'SSLSessionTickets off\n');
    const byValue = await model(`${base}Define PART proto\nInclude reread/site.conf\nDefine PART tickets\nInclude reread/site.conf\nDefine PART proto\nInclude reread/site.conf\n${vhost('')}`, {}, 'reread/e.conf');
    expect(byValue.endpoints[0].protocols.value).toEqual(['TLSv1.3']);
    expect(byValue.endpoints[0].sessionTickets.value).toBe(false);
    // The same file named by an Include inside a false <IfModule> and by an active one, in both orders.
    const loaded = `LoadModule ssl_module modules/mod_ssl.so\n${base}`;
    for (const [name, text] of [
      ['c', `${loaded}<IfModule nope_module>\nInclude reread/proto.conf\n</IfModule>\nInclude reread/proto.conf\n`],
      ['d', `${loaded}Include reread/proto.conf\n<IfModule nope_module>\nInclude reread/proto.conf\n</IfModule>\n`],
    ]) {
      const m = await model(`${text}${vhost('')}`, {}, `reread/${name}.conf`);
      expect(m.endpoints[0].protocols.value, name).toEqual(['TLSv1.3']);
    }
  });
});

describe('endpoints', () => {
  it('lists vhost addresses, the main server on sockets no vhost covers, and Listen ports for a portless vhost', async () => {
    const m = await model(`Listen 80\nListen 8443 https\nSSLEngine on\n<VirtualHost *:80>\nServerName a.example\nServerAlias b.example\n</VirtualHost>\n<VirtualHost [::1]>\nServerName c.example\n</VirtualHost>\n`);
    expect(m.endpoints.map((e) => [e.label, e.listeners.map((l) => `${l.address}:${l.port}:${l.tls}`), e.serverNames])).toEqual([
      ['main server', ['null:8443:true'], []],
      ['VirtualHost a.example', ['*:80:true'], ['a.example', 'b.example']],
      ['VirtualHost c.example', ['[::1]:80:true', '[::1]:8443:true'], ['c.example']],
    ]);
  });

  it('marks the first server of each socket its default, the main server before every vhost', async () => {
    // `Listen 443` is no vhost's (0.0.0.0 is not `*` to covers), yet its socket is 0.0.0.0:443's too.
    const m = await model('Listen 80\nListen 443\n<VirtualHost *:80>\nServerName a\n</VirtualHost>\n<VirtualHost *:80>\nServerName b\n</VirtualHost>\n<VirtualHost 0.0.0.0:443>\nServerName c\n</VirtualHost>\n');
    expect(m.endpoints.map((e) => [e.label, e.listeners.map((l) => `${l.address}:${l.port}:${l.defaultServer}`)])).toEqual([
      ['main server', ['null:443:true']],
      ['VirtualHost a', ['*:80:true']],
      ['VirtualHost b', ['*:80:false']],
      ['VirtualHost c', ['0.0.0.0:443:false']],
    ]);
  });

  it('finds https redirects of plain vhosts: Redirect, RedirectMatch and RewriteRule [R]', async () => {
    const m = await model([
      '<VirtualHost *:80>\nServerName a\nRedirect permanent / https://a/\n</VirtualHost>',
      '<VirtualHost *:80>\nServerName b\nRedirectMatch 301 ^/(.*)$ https://b/$1\n</VirtualHost>',
      '<VirtualHost *:80>\nServerName c\nRewriteEngine on\nRewriteCond %{HTTPS} !=on\nRewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]\n</VirtualHost>',
      '<VirtualHost *:80>\nServerName d\nRewriteRule ^ https://d/ [L]\n</VirtualHost>',
    ].join('\n'));
    expect(m.endpoints.map((e) => e.httpRedirect?.toHttps ?? null)).toEqual([true, true, true, null]);
  });

  it('reads ProxyPass https:// with SSLProxyVerify (default none)', async () => {
    const m = await model(vhost('SSLProxyEngine on\nProxyPass /a https://backend/\n<Location /b>\nProxyPass https://other/\n</Location>'));
    expect(m.endpoints[0].upstreams.map((u) => [u.target, u.via, u.verify.value])).toEqual([['https://backend/', 'ProxyPass', false], ['https://other/', 'ProxyPass', false]]);
  });
});

describe('detection', () => {
  it.each([
    ['etc/apache2/apache2.conf', true],
    ['etc/httpd/conf/httpd.conf', true],
    ['etc/apache2/sites-enabled/000-default.conf', true],
    ['etc/apache2/sites-available/site', true],
    ['etc/httpd/conf.d/ssl.conf', true],
    ['srv/www/.htaccess', true],
    ['etc/nginx/sites-enabled/default', false],
    ['builds/httpd/repo/nginx/conf.d/x.conf', false],
  ])('%s is Apache\'s: %s', (path, expected) => {
    expect(isApacheConfigPath(path)).toBe(expected);
    // nginx declines what Apache claims, so a sites-enabled/ file is read once, by the right dialect.
    if (expected) expect(nginx.detect(path)).toBe(false);
  });
});

describe('server names', () => {
  it('gives a vhost without ServerName the main server\'s, as server/vhost.c does', async () => {
    const m = await model('ServerName main.example\n<VirtualHost *:443>\nServerAlias alias.example\n</VirtualHost>\n<VirtualHost *:443>\nServerName own.example\n</VirtualHost>\n');
    expect(m.endpoints.map((e) => e.serverNames)).toEqual([['main.example', 'alias.example'], ['own.example']]);
  });
});

describe('unread includes', () => {
  it('make what they could set unknown where they stand; a missing IncludeOptional is nothing', async () => {
    const m = await model([
      '<VirtualHost *:443>\nServerName a.example\nSSLEngine on\nInclude missing-a.conf\n</VirtualHost>',
      '<VirtualHost *:443>\nServerName b.example\nSSLEngine on\nIncludeOptional missing-b.conf\n<Location /x>\nInclude missing-x.conf\n</Location>\n</VirtualHost>',
    ].join('\n'), {}, 'unread/httpd.conf');
    const [a, b] = m.endpoints;
    expect([...a.unknown]).toContain('protocols');
    expect(a.scopes[0].headersUnknown).toBe(true);
    expect(b.unknown.size).toBe(0);
    expect(b.scopes.map((s) => s.headersUnknown)).toEqual([false, true]);
  });
});

describe('SSLVerifyClient', () => {
  it('reads constructor as no mode httpd knows (apache2 -t refuses it), not as one that lets any certificate through', async () => {
    const m = await model(`Listen 443\n${vhost('SSLVerifyClient constructor')}`);
    expect(m.endpoints.find((e) => e.serverNames[0] === 'www.example.com')?.clientAuth).toBeUndefined();
  });
});
