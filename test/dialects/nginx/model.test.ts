// The nginx model: listens, certificates, version-dependent defaults, add_header inheritance, redirects, upstreams.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadContext } from '../../../src/dialects/dialect.js';
import { loadNginx } from '../../../src/dialects/nginx/load.js';
import { buildNginxModel } from '../../../src/dialects/nginx/model.js';
import { isNginxConfigPath } from '../../../src/dialects/nginx/index.js';
import { parseNginx } from '../../../src/dialects/nginx/parse.js';
import type { Endpoint } from '../../../src/model/types.js';
import { makeOptions } from '../../helpers/model-builder.js';

function model(text: string, version?: string, path = '/etc/nginx/nginx.conf') {
  return buildNginxModel(parseNginx(text, path), makeOptions({ serverVersions: version ? { nginx: version } : {} }));
}

function only(text: string, version?: string): Endpoint {
  const { endpoints } = model(text, version);
  expect(endpoints).toHaveLength(1);
  return endpoints[0];
}

const headerNames = (headers: readonly { name: string }[]) => headers.map((h) => h.name);

describe('nginx model: servers and listeners', () => {
  it('reads servers inside http {} of a full nginx.conf, then stream {} and mail {} servers as non-HTTP endpoints', () => {
    const m = model('events {}\nhttp {\n  server { listen 443 ssl; server_name a.example; }\n}\nstream { server { listen 12345; } }\nmail { ssl_protocols TLSv1.2; server { listen 143; starttls on; } }\n');
    expect(m.endpoints.map((e) => [e.label, e.application, e.listeners[0].tls, e.scopes.length])).toEqual([
      ['server a.example', 'http', true, 1], ['server', 'stream', false, 0], ['server', 'mail', true, 0],
    ]);
    expect(m.endpoints[2].protocols.value).toEqual(['TLSv1.2']);
    expect(m.endpoints.map((e) => e.staplingAvailable)).toEqual([true, true, false]);
    expect(m.server).toEqual({ product: 'nginx', version: '1.29.3', tlsLibrary: 'openssl' });
  });

  it('reads a fragment without http {} as http context, top-level ssl_* as http-level settings', () => {
    const e = only('ssl_protocols TLSv1.2;\nserver {\n    listen 443 ssl;\n}\n');
    expect(e.protocols).toMatchObject({ value: ['TLSv1.2'], level: 'global', source: { start: { line: 1, column: 1 } } });
    expect(e.range).toMatchObject({ start: { line: 2, column: 1 }, end: { line: 2 } });
  });

  it('parses every listen form', () => {
    const e = only(`server {
  listen 443 ssl http2 default_server;
  listen [::]:443 ssl;
  listen 127.0.0.1:8443 quic;
  listen localhost;
  listen *:80 default;
  listen unix:/run/nginx.sock;
}`);
    expect(e.listeners.map((l) => [l.address, l.port, l.tls, l.tlsFrom, l.quic, l.defaultServer, l.unixPath])).toEqual([
      [null, 443, true, 'listener', false, true, undefined],
      ['[::]', 443, true, 'listener', false, false, undefined],
      ['127.0.0.1', 8443, false, null, true, false, undefined],
      ['localhost', 80, false, null, false, false, undefined],
      ['*', 80, false, null, false, true, undefined],
      [null, 0, false, null, false, false, '/run/nginx.sock'],
    ]);
    expect(e.listeners[0].source).toMatchObject({ start: { line: 2, column: 3 } });
  });

  it('listens implicitly on *:80 without a listen directive', () => {
    const e = only('server { http2 on; server_name x; }');
    expect(e.listeners).toEqual([{ address: '*', port: 80, tls: false, tlsFrom: null, quic: false, defaultServer: false, source: null }]);
  });

  it('turns listeners TLS with `ssl on;` before 1.25.1 only', () => {
    const text = 'server {\n  listen 443;\n  ssl on;\n}';
    expect(only(text, '1.24.0').listeners[0]).toMatchObject({ tls: true, tlsFrom: 'server-switch' });
    expect(only(text, '1.24.0').deprecated).toMatchObject([{ key: 'tlsSwitch', setting: { value: true, level: 'endpoint' }, removed: false }]);
    expect(only(text, '1.25.1').listeners[0].tls).toBe(false);
    expect(only(text, '1.25.1').deprecated).toMatchObject([{ key: 'tlsSwitch', removed: true }]);
  });

  it('shares TLS per socket: a plain listen on a socket another server opened with ssl is TLS', () => {
    const { endpoints } = model('server { listen 443 ssl; }\nserver { listen 443; }\nserver { listen 127.0.0.1:443; }');
    expect(endpoints.map((e) => [e.listeners[0].tls, e.listeners[0].tlsFrom])).toEqual([[true, 'listener'], [true, 'shared-socket'], [false, null]]);
  });

  it('gives a server the protocols (before 1.29.2) and tickets of its first TLS socket\'s default server, unless it is a default itself', () => {
    const { endpoints } = model([
      'server { listen 443 ssl; ssl_protocols TLSv1.2; ssl_session_tickets off; }',
      'server { listen 443 ssl; ssl_protocols TLSv1.3; }',
      // The default of *:8443 (the first server there) keeps its own settings.
      'server { listen 443 ssl; listen 8443 ssl; ssl_protocols TLSv1.3; }',
      // The default of a QUIC socket only: the version is still the TCP socket's default's, the tickets its own.
      'server { listen 9443 quic; listen 443 ssl; ssl_protocols TLSv1.3; }',
    ].join('\n'), '1.24.0');
    expect(endpoints.map((e) => [e.protocols.value, e.sessionTickets.value])).toEqual([
      [['TLSv1.2'], false], [['TLSv1.2'], false], [['TLSv1.3'], true], [['TLSv1.2'], true],
    ]);
  });
});

describe('nginx model: TLS settings and defaults', () => {
  it.each([
    ['1.22.1', ['TLSv1', 'TLSv1.1', 'TLSv1.2']],
    ['1.23.4', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['1.27.3', ['TLSv1.2', 'TLSv1.3']],
  ])('defaults ssl_protocols by version (%s)', (version, expected) => {
    expect(only('server { listen 443 ssl; }', version).protocols).toEqual({ value: expected, source: null, level: 'default' });
  });

  it('lets a server value win over http, with the value range for fixes', () => {
    const e = only('http {\n  ssl_ciphers HIGH;\n  server {\n    ssl_ciphers "ECDHE+AESGCM";\n  }\n}');
    expect(e.ciphers).toMatchObject({ value: 'ECDHE+AESGCM', level: 'endpoint', valueRange: { start: { line: 4, column: 17 }, end: { line: 4, column: 31 } } });
  });

  it('has the documented defaults', () => {
    const e = only('server { listen 443 ssl; }');
    expect([e.ciphers.value, e.sessionTickets.value, e.stapling.value, e.dhparam.value, e.dheAvailable, e.rejectsHandshake]).toEqual([
      'HIGH:!aNULL:!MD5', true, false, null, false, false,
    ]);
    expect(only('server { listen 443 ssl; ssl_dhparam dh.pem; }').dheAvailable).toBe(true);
    expect(e.ciphersuites).toMatchObject({ source: null, value: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256' });
  });

  it('reads ssl_conf_command Ciphersuites; a server ssl_conf_command replaces the http ones', () => {
    const text = 'ssl_conf_command Ciphersuites TLS_AES_256_GCM_SHA384;\nserver { }\nserver { ssl_conf_command Options PrioritizeChaCha; }';
    const [first, second] = model(text).endpoints;
    expect(first.ciphersuites).toMatchObject({ value: 'TLS_AES_256_GCM_SHA384', level: 'global' });
    expect(second.ciphersuites.source).toBeNull();
  });

  it('knows when nginx rotates ticket keys: from 1.23.2, with a shared cache and no key file', () => {
    const shared = 'server { listen 443 ssl; ssl_session_cache shared:SSL:10m; }';
    expect(only(shared, '1.23.2').ticketKeyRotation).toBe('automatic');
    expect(only(shared, '1.22.1').ticketKeyRotation).toBe('per-restart');
    expect(only('server { listen 443 ssl; ssl_session_cache builtin; }', '1.24.0').ticketKeyRotation).toBe('per-restart');
    expect(only('ssl_session_ticket_key k;\nserver { ssl_session_cache shared:S:1m; }', '1.24.0').ticketKeyRotation).toBe('never');
  });
});

describe('nginx model: certificates', () => {
  it('inherits http-level certificates; a server with its own replaces them wholesale', () => {
    const text = 'ssl_certificate /etc/ssl/a.pem;\nssl_certificate_key /etc/ssl/a.key;\nserver { }\nserver { ssl_certificate rsa.pem; ssl_certificate ec.pem; ssl_certificate_key rsa.key; ssl_certificate_key ec.key; }';
    const [inherits, own] = model(text).endpoints;
    expect(inherits.certificates.map((c) => [c.certificate.value, c.key?.value, c.certificate.level, c.resolvedPath])).toEqual([
      ['/etc/ssl/a.pem', '/etc/ssl/a.key', 'global', '/etc/ssl/a.pem'],
    ]);
    expect(own.certificates.map((c) => [c.certificate.value, c.key?.value, c.resolvedPath])).toEqual([
      ['rsa.pem', 'rsa.key', '/etc/nginx/rsa.pem'],
      ['ec.pem', 'ec.key', '/etc/nginx/ec.pem'],
    ]);
  });

  it('maps absolute certificate paths with --map and leaves variables unresolved', () => {
    const parsed = parseNginx('server { ssl_certificate /etc/nginx/tls/a.pem; }\nserver { ssl_certificate $ssl_server_name.pem; }', '/repo/nginx/nginx.conf');
    const { endpoints } = buildNginxModel(parsed, makeOptions({ pathMaps: [{ from: '/etc/nginx', to: '/repo/nginx' }] }));
    expect(endpoints.map((e) => e.certificates[0].resolvedPath)).toEqual(['/repo/nginx/tls/a.pem', undefined]);
  });

  it('lists the files nginx reads for a server, each with whether the checkout should hold it', () => {
    const text = [
      'http {',
      'ssl_trusted_certificate /etc/ssl/ca.pem;',
      'server { ssl_certificate tls/a.pem; ssl_certificate_key /etc/nginx/tls/a.key; ssl_dhparam /srv/dh.pem; ssl_client_certificate clients.pem; }',
      'server { ssl_certificate tls/a.pem; ssl_certificate_key tls/a.key; ssl_verify_client optional; ssl_client_certificate clients.pem; }',
      'server { ssl_dhparam /srv/dh.pem; }',
      'server { ssl_reject_handshake on; ssl_dhparam /srv/dh.pem; }',
      '}',
    ].join('\n');
    const parsed = parseNginx(text, '/repo/nginx/nginx.conf');
    const { endpoints } = buildNginxModel(parsed, makeOptions({ root: '/repo', pathMaps: [{ from: '/etc/nginx', to: '/repo/nginx' }] }));
    const files = (e: Endpoint) => e.files.map((f) => [f.role, f.path, f.inCheckout]);
    expect(files(endpoints[0])).toEqual([
      ['certificate', '/repo/nginx/tls/a.pem', true],
      ['key', '/repo/nginx/tls/a.key', true],
      ['dhparam', '/srv/dh.pem', false],
      ['trusted-certificate', '/etc/ssl/ca.pem', false],
    ]);
    expect(endpoints[0].certificates[0].keyPath).toBe('/repo/nginx/tls/a.key');
    // ssl_client_certificate is read only while client certificates are verified.
    expect(files(endpoints[1]).slice(-1)).toEqual([['trusted-certificate', '/repo/nginx/clients.pem', true]]);
    // Without certificates (or ssl_reject_handshake) nginx makes no SSL context and reads nothing.
    expect(files(endpoints[2])).toEqual([]);
    expect(files(endpoints[3])).toEqual([['dhparam', '/srv/dh.pem', false], ['trusted-certificate', '/etc/ssl/ca.pem', false]]);
  });

  it('takes a fragment\'s directory only as a guess at the prefix: its relative file names are not expected in the checkout', () => {
    const parsed = parseNginx('server { ssl_certificate tls/a.pem; ssl_certificate_key /repo/tls/a.key; }', '/repo/sites/site.conf');
    const [endpoint] = buildNginxModel(parsed, makeOptions({ root: '/repo' })).endpoints;
    expect(endpoint.files.map((f) => [f.path, f.inCheckout])).toEqual([['/repo/sites/tls/a.pem', false], ['/repo/tls/a.key', true]]);
  });
});

describe('nginx model: add_header inheritance', () => {
  const hsts = 'add_header Strict-Transport-Security "max-age=63072000" always;';

  it('sends http-level headers in every server and location without add_header of its own', () => {
    const e = only(`http {\n  ${hsts}\n  server {\n    location / { }\n    location /api/ { location /api/v2/ { } }\n  }\n}`);
    expect(e.scopes.map((s) => [s.label, headerNames(s.headers), s.dropped.length])).toEqual([
      ['server', ['Strict-Transport-Security'], 0],
      ['location /', ['Strict-Transport-Security'], 0],
      ['location /api/', ['Strict-Transport-Security'], 0],
      ['location /api/v2/', ['Strict-Transport-Security'], 0],
    ]);
    expect(e.scopes[0].headers[0]).toMatchObject({ value: 'max-age=63072000', always: true, level: 'global' });
  });

  // Labels are shared by the text of a location's head: spacing, comments and quotes must still give each
  // location the label its own arguments make.
  it('labels each location by its arguments, whatever the spacing, comments or quotes of its head', () => {
    const { endpoints } = model([
      'server { location  =  /a  { } location ~ "^/b c$" { } location /c # note\n { } }',
      'server { location = /a { } location ~ "^/b c$" { } location   /c { } location /d; }',
    ].join('\n'));
    expect(endpoints.map((e) => e.scopes.map((s) => s.label))).toEqual([
      ['server', 'location = /a', 'location ~ "^/b c$"', 'location /c'],
      ['server', 'location = /a', 'location ~ "^/b c$"', 'location /c'],
    ]);
  });

  it('drops every inherited header in a level with its own add_header, nested locations included', () => {
    const e = only(`server {\n  ${hsts}\n  location /static/ {\n    add_header Cache-Control public;\n    location /static/img/ { }\n  }\n}`);
    const [, staticScope, nested] = e.scopes;
    expect(headerNames(staticScope.headers)).toEqual(['Cache-Control']);
    expect(headerNames(staticScope.dropped)).toEqual(['Strict-Transport-Security']);
    expect(headerNames(staticScope.ownHeaders)).toEqual(['Cache-Control']);
    expect(headerNames(nested.headers)).toEqual(['Cache-Control']);
    expect(staticScope.range).toMatchObject({ start: { line: 3, column: 3 } });
  });

  it('follows add_header_inherit merge and off from 1.29.3, and ignores it before', () => {
    const text = `server {\n  ${hsts}\n  add_header_inherit merge;\n  location / { add_header X-A a; }\n  location /off/ { add_header_inherit off; }\n}`;
    const merged = only(text, '1.29.3');
    expect(merged.scopes.map((s) => headerNames(s.headers))).toEqual([['Strict-Transport-Security'], ['Strict-Transport-Security', 'X-A'], []]);
    const before = only(text, '1.29.2');
    expect(before.scopes.map((s) => headerNames(s.headers))).toEqual([['Strict-Transport-Security'], ['X-A'], ['Strict-Transport-Security']]);
  });

  it('marks what a missing include may set as unknown, by the context of its level', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlslint-model-'));
    writeFileSync(join(dir, 'nginx.conf'), 'http {\n  include missing-http.conf;\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n    location / { include missing-location.conf; }\n  }\n}\n');
    const context: LoadContext = { root: dir, pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 10, maxIncludeDepth: 10, notify: () => {} };
    const [entry] = await loadNginx(join(dir, 'nginx.conf'), context);
    const e = buildNginxModel(entry, makeOptions()).endpoints[0];
    expect([...e.unknown].sort()).toEqual(['certificates', 'ciphers', 'redirect', 'sessionTickets', 'stapling']);
    expect(e.scopes.map((s) => s.headersUnknown)).toEqual([true, true]);
  });

  it('reads a missing certbot options file as its published contents, at the include', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlslint-model-'));
    writeFileSync(join(dir, 'nginx.conf'), 'http {\n  server {\n    listen 443 ssl;\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n  }\n}\n');
    const notes: string[] = [];
    const context: LoadContext = { root: dir, pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 10, maxIncludeDepth: 10, notify: (n) => notes.push(n.message) };
    const [entry] = await loadNginx(join(dir, 'nginx.conf'), context);
    const e = buildNginxModel(entry, makeOptions({ serverVersions: { nginx: '1.22.1' } })).endpoints[0];
    expect(e.unknown.size).toBe(0);
    expect(e.protocols).toMatchObject({ value: ['TLSv1.2', 'TLSv1.3'], level: 'endpoint', source: { start: { line: 4 } } });
    expect(e.protocols.valueRange).toBeUndefined();
    expect(e.sessionTickets.value).toBe(false);
    expect(entry.diagnostics).toEqual([]);
    expect(notes).toEqual([expect.stringContaining("certbot's published options-ssl-nginx.conf (certbot-nginx, Apache-2.0)")]);
  });

  it('adds module headers once per scope, outside add_header inheritance', () => {
    const e = only('server {\n  listen 443 ssl;\n  more_set_headers "Strict-Transport-Security: max-age=1";\n  location /a/ { add_header X-A 1; location /a/b/ { } }\n}');
    expect(e.scopes.map((s) => s.headers.map((h) => h.name))).toEqual([
      ['Strict-Transport-Security'], ['X-A', 'Strict-Transport-Security'], ['X-A', 'Strict-Transport-Security'],
    ]);
    expect(e.scopes[1].dropped).toEqual([]);
  });

  it('reads security_headers as an inherited flag that a level may turn off or change', () => {
    const e = only('server {\n  listen 443 ssl;\n  security_headers on;\n  location /off/ { security_headers off; }\n  location /nopreload/ { security_headers_hsts_preload off; }\n  location /plain/ { }\n}');
    expect(e.scopes.map((s) => s.headers.map((h) => h.value))).toEqual([
      ['max-age=31536000; includeSubDomains; preload'], [], ['max-age=31536000; includeSubDomains'], ['max-age=31536000; includeSubDomains; preload'],
    ]);
  });

  it('follows includes in place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tlslint-model-'));
    mkdirSync(join(dir, 'snippets'));
    writeFileSync(join(dir, 'snippets', 'hsts.conf'), `${hsts}\n`);
    writeFileSync(join(dir, 'nginx.conf'), 'http {\n  server {\n    listen 443 ssl;\n    include snippets/hsts.conf;\n  }\n}\n');
    const context: LoadContext = { root: dir, pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 10, maxIncludeDepth: 10, notify: () => {} };
    const [entry] = await loadNginx(join(dir, 'nginx.conf'), context);
    const m = buildNginxModel(entry, makeOptions());
    expect(m.endpoints[0].scopes[0].headers[0]).toMatchObject({ name: 'Strict-Transport-Security', level: 'endpoint', source: { file: join(dir, 'snippets', 'hsts.conf') } });
    expect(m.files.map((f) => f.path)).toEqual([join(dir, 'nginx.conf'), join(dir, 'snippets', 'hsts.conf')]);
  });

  it('marks what scopes return: a server-level return answers for its locations, a location\'s not for nested ones', () => {
    const e = only('server {\n  return 301 https://$host$request_uri;\n  location / { }\n}');
    expect(e.scopes.map((s) => s.returns)).toEqual(['redirect', 'redirect']);
    const kinds = only('server {\n  location /a { return 200 "ok"; location /a/b { } }\n  location /c { return 444; }\n  location /d { return 403; }\n  location /e { return https://x; }\n}');
    expect(kinds.scopes.map((s) => s.returns)).toEqual([null, 'body', null, 'close', 'error', 'redirect']);
  });
});

describe('nginx model: redirects and upstreams', () => {
  it.each([
    ['return 301 https://$host$request_uri;', true],
    ['return https://example.com;', true],
    ['rewrite ^ https://$host$request_uri permanent;', true],
    ['return 302 http://$host:8080$request_uri;', false],
    ['location / { return 308 https://$host$request_uri; }', true],
  ])('reads the redirect of %s', (body, toHttps) => {
    expect(only(`server { listen 80; ${body} }`).httpRedirect?.toHttps).toBe(toHttps);
  });

  it('has no redirect for a server that serves content or returns a plain status', () => {
    expect(only('server { listen 80; root /srv; }').httpRedirect).toBeNull();
    expect(only('server { listen 80; return 444; }').httpRedirect).toBeNull();
  });

  it('finds TLS upstreams with inherited proxy_ssl_verify and the grpc_ set for grpcs', () => {
    const e = only(`http {
  proxy_ssl_verify on;
  server {
    location /a/ { proxy_pass https://a.internal; }
    location /b/ { proxy_ssl_verify off; proxy_pass https://b.internal; }
    location /c/ { proxy_pass http://c.internal; }
    location /g/ { grpc_pass grpcs://g.internal; }
    location /i/ { if ($x) { proxy_pass https://i.internal; } }
  }
}`);
    expect(e.upstreams.map((u) => [u.target, u.verify.value, u.verify.level, u.via])).toEqual([
      ['https://a.internal', true, 'global', 'proxy_pass'],
      ['https://b.internal', false, 'path', 'proxy_pass'],
      ['grpcs://g.internal', false, 'default', 'grpc_pass'],
      ['https://i.internal', true, 'global', 'proxy_pass'],
    ]);
  });
});

describe('nginx dialect detection', () => {
  it.each([
    ['/x/nginx.conf', true],
    ['/x/nginx/site.conf', true],
    ['/x/conf.d/a.conf', true],
    ['/x/sites-enabled/example', true],
    ['/x/sites-available/.hidden', false],
    ['/x/other/a.conf', false],
    ['/x/nginx/mime.types', false],
  ])('%s → %s', (path, expected) => {
    expect(isNginxConfigPath(path)).toBe(expected);
  });
});

describe('words that name properties of every JavaScript object', () => {
  it('reads ssl_verify_client constructor as no mode nginx knows (nginx -t refuses it), not as one that lets any certificate through', () => {
    const endpoint = only('http { server { listen 443 ssl; ssl_verify_client constructor; } }');
    expect(endpoint.clientAuth).toBeUndefined();
  });
});
