// The Caddy model: automatic HTTPS as Caddy 2.6 decides it, tls options Caddy refuses, headers, upstreams, import sites.
import { describe, expect, it } from 'vitest';
import { buildCaddyModel } from '../../../src/dialects/caddy/model.js';
import { parseCaddyfile } from '../../../src/dialects/caddy/parse.js';
import { hstsHeadersOf } from '../../../src/model/hsts.js';
import type { LintOptions } from '../../../src/engine/options.js';
import type { Endpoint } from '../../../src/model/types.js';

const OPTIONS = { serverVersions: {}, pathMaps: [], root: '/', openssl: '3.0' } as unknown as LintOptions;

function build(text: string, options = OPTIONS) {
  const file = parseCaddyfile(text, '/site/Caddyfile');
  return { model: buildCaddyModel(file, options), problems: file.diagnostics.map((d) => d.message) };
}

const listeners = (e: Endpoint) => e.listeners.map((l) => `${l.port}${l.tls ? ` tls(${l.tlsFrom})` : ''}${l.source ? '' : ' implicit'}`);

describe('automatic HTTPS', () => {
  it('gives a hostname site TLS on 443, a managed certificate, and a redirect endpoint on 80', () => {
    const [site, redirect] = build('example.com {\n\trespond "hi"\n}\n').model.endpoints;
    expect(listeners(site)).toEqual(['443 tls(automatic)']);
    expect(site.certificates.map((c) => c.certificate.value)).toEqual(['automatic']);
    expect(listeners(redirect)).toEqual(['80 implicit']);
    expect([redirect.serverNames, redirect.httpRedirect?.toHttps, redirect.scopes[0].returns, redirect.scopes[0].headers]).toEqual([['example.com'], true, 'redirect', []]);
  });

  // caddy: modules/caddyhttp/autohttps.go: ACME for names a public CA certifies, the local CA for the rest;
  // `tls internal` (and `local_certs`, unless the site names an ACME issuer) puts every name on the local CA.
  it('says who signs each managed certificate, and for which names', () => {
    const managed = (text: string) => build(text).model.endpoints.filter((e) => e.certificates.length).map((e) => e.certificates.map((c) => `${c.managed?.issuer}:${c.managed?.names.join(',')}@${c.certificate.source?.start.line ?? '-'}`));
    expect(managed('example.com, localhost, 10.0.0.1 {\n\trespond "hi"\n}\n')).toEqual([['public-ca:example.com@-', 'local-ca:localhost,10.0.0.1@-']]);
    expect(managed('example.com {\n\ttls internal\n}\n')).toEqual([['local-ca:example.com@2']]);
    expect(managed('{\n\tlocal_certs\n}\na.example.com {\n\trespond "a"\n}\nb.example.com {\n\ttls admin@example.com\n}\n')).toEqual([['local-ca:a.example.com@2'], ['public-ca:b.example.com@8']]);
    expect(managed('localhost {\n\ttls {\n\t\tdns mock\n\t}\n}\n')).toEqual([['public-ca:localhost@2']]);
  });

  it('serves http:// sites and the HTTP port in plain text, and takes tls <cert> <key> as the listener\'s own', () => {
    const { model } = build('http://a.example.com {\n\trespond "a"\n}\nb.example.com:8443 {\n\ttls /c.pem /c.key\n}\n');
    expect(model.endpoints.map(listeners)).toEqual([['80'], ['8443 tls(listener)'], ['80 implicit']]);
  });

  // Checked with caddy 2.6.2: a server only on the HTTPS port gets TLS ("adding one to enable TLS"), with
  // no certificate unless `tls` says where one comes from; `auto_https off` leaves it plain.
  it('turns TLS on for :443, and leaves it off with auto_https off', () => {
    const [on, redirect] = build(':443 {\n\trespond "hi"\n}\n').model.endpoints;
    expect([listeners(on), listeners(redirect)]).toEqual([['443 tls(automatic)'], ['80 implicit']]);
    expect(on.certificates).toEqual([]);
    const [off] = build('{\n\tauto_https off\n}\n:443 {\n\trespond "hi"\n}\n').model.endpoints;
    expect(listeners(off)).toEqual(['443']);
  });

  it('keeps TLS but drops the redirect with auto_https disable_redirects', () => {
    const [site] = build('{\n\tauto_https disable_redirects\n}\nexample.com {\n}\n').model.endpoints;
    expect(listeners(site)).toEqual(['443 tls(automatic)']);
    expect(site.httpRedirect).toBeNull();
  });

  // The configured http:// site answers example.com on 80: the automatic redirect for it never runs.
  it('splits a site with addresses on two ports into an endpoint per port', () => {
    const { model } = build('http://example.com, https://example.com:8443 {\n\trespond "x"\n}\n');
    expect(model.endpoints.map(listeners)).toEqual([['80'], ['8443 tls(automatic)']]);
  });
});

describe('tls options', () => {
  it('reads protocols min and max (default tls1.2-tls1.3)', () => {
    const { model } = build('a.example.com {\n\ttls {\n\t\tprotocols tls1.3\n\t}\n}\nb.example.com {\n}\n');
    expect(model.endpoints.filter((e) => e.listeners.some((l) => l.tls)).map((e) => e.protocols.value)).toEqual([['TLSv1.3'], ['TLSv1.2', 'TLSv1.3']]);
  });

  it.each([
    ['protocols tls1.1', /Caddy refuses protocol "tls1.1"/],
    ['protocols tls1.3 tls1.2', /minimum is above the maximum/],
    ['curves X25519', /Caddy refuses curve "X25519"/],
    // caddy 2.6.2 validate: "client auth mode not recognized: bogus"
    ['client_auth {\n\t\t\tmode bogus\n\t\t}', /Caddy refuses client_auth mode "bogus"/],
    // A word that names a property of every JavaScript object is no mode either.
    ['client_auth {\n\t\t\tmode constructor\n\t\t}', /Caddy refuses client_auth mode "constructor"/],
  ])('refuses %s as Caddy does', (option, message) => {
    expect(build(`example.com {\n\ttls {\n\t\t${option}\n\t}\n}\n`).problems).toEqual([expect.stringMatching(message)]);
  });

  it('reads client_auth as Caddy 2.6 enforces it (connpolicy.go ClientAuthentication)', () => {
    const auth = (lines: string) => {
      const { model, problems } = build(`example.com {\n\ttls {\n\t\tclient_auth {\n${lines}\t\t}\n\t}\n}\n`);
      expect(problems).toEqual([]);
      const clientAuth = model.endpoints[0].clientAuth;
      return clientAuth ? `${clientAuth.mode} ${clientAuth.verified ? 'verified' : 'unverified'} ${clientAuth.written} line ${clientAuth.source?.start.line}` : 'none';
    };
    expect(auth('')).toBe('none');
    expect(auth('\t\t\tmode request\n')).toBe('optional unverified request line 4');
    expect(auth('\t\t\ttrusted_ca_cert MIIB\n\t\t\tmode require\n')).toBe('required unverified require line 5');
    // No mode: require_and_verify with a CA or a leaf, else require (only reachable in JSON for 2.6).
    expect(auth('\t\t\ttrusted_ca_cert_file /etc/ssl/ca.pem\n')).toBe('required verified require_and_verify line 3');
    expect(auth('\t\t\tmode verify_if_given\n\t\t\ttrusted_ca_cert MIIB\n')).toBe('optional verified verify_if_given line 4');
    // A pinned leaf is checked in VerifyPeerCertificate whatever the mode, and refuses a handshake without one.
    expect(auth('\t\t\tmode request\n\t\t\ttrusted_leaf_cert MIIB\n')).toBe('required verified request line 4');
    // No CA with a verifying mode: Go verifies against the system roots (caddy 2.6.2 validate accepts it).
    expect(auth('\t\t\tmode require_and_verify\n')).toBe('required verified require_and_verify line 4');
    // A mode from the environment: whether it verifies is only known where Caddy runs.
    expect(auth('\t\t\tmode {$CLIENT_AUTH_MODE}\n')).toBe('none');
    // The last client_auth block of a tls directive wins (each one starts a new ClientAuthentication).
    expect(auth('\t\t\tmode require\n\t\t}\n\t\tclient_auth {\n\t\t\tmode require_and_verify\n\t\t\ttrusted_ca_cert MIIB\n')).toBe('required verified require_and_verify line 7');
  });

  it('names trusted_ca_cert_file as a file the site reads (its default when an environment variable names it)', () => {
    const files = (value: string) => build(`example.com {\n\ttls {\n\t\tclient_auth {\n\t\t\ttrusted_ca_cert_file ${value}\n\t\t}\n\t}\n}\n`).model.endpoints[0].files.map((f) => `${f.role} ${f.setting.value}`);
    expect(files('/etc/ssl/ca.pem')).toEqual(['trusted-certificate /etc/ssl/ca.pem']);
    expect(files('{$CA:/etc/ssl/ca.pem}')).toEqual(['trusted-certificate /etc/ssl/ca.pem']);
    expect(files('{$CA}')).toEqual([]);
  });

  it('keeps cipher names as written, joined by ":", for the cipher rules', () => {
    const [site] = build('example.com {\n\ttls {\n\t\tciphers TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 TLS_RSA_WITH_AES_128_GCM_SHA256\n\t}\n}\n').model.endpoints;
    expect(site.ciphers.value).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:TLS_RSA_WITH_AES_128_GCM_SHA256');
    expect(site.dheAvailable).toBe(false);
  });

  it('refuses heredocs before Caddy 2.7 and reads them from 2.7 on', () => {
    const text = 'example.com {\n\trespond <<EOF\n\thi\n\tEOF\n}\n';
    expect(build(text).problems).toEqual([expect.stringMatching(/Caddy 2\.6\.2 has no heredocs/)]);
    expect(build(text, { ...OPTIONS, serverVersions: { caddy: '2.7.6' } }).problems).toEqual([]);
  });
});

describe('headers and upstreams', () => {
  const hsts = (e: Endpoint) => e.scopes.map((s) => `${s.label}=${hstsHeadersOf(s.headers).map((h) => h.value).join(',') || '-'}`);

  it('applies a site\'s header to every handle, a handle\'s own only there, and deferred deletions last', () => {
    const text = [
      'example.com {',
      '\theader Strict-Transport-Security "max-age=1"',
      '\thandle /a/* {',
      '\t\theader Strict-Transport-Security "max-age=2"',
      '\t}',
      '\troute /b/* {',
      '\t\theader -Strict-Transport-Security',
      '\t}',
      '\theader /c/* ?Strict-Transport-Security "max-age=3"',
      '}',
    ].join('\n');
    const [site] = build(text).model.endpoints;
    expect(hsts(site)).toEqual(['site=max-age=1', 'header /c/*=max-age=1', 'handle /a/*=max-age=2', 'route /b/*=-']);
    expect(site.scopes.every((s) => s.dropped.length === 0)).toBe(true);
  });

  it('verifies https upstreams (and every upstream of a TLS transport) unless tls_insecure_skip_verify', () => {
    const text = 'example.com {\n\treverse_proxy https://a.internal b.internal:8443 {\n\t\ttransport http {\n\t\t\ttls_insecure_skip_verify\n\t\t}\n\t}\n\treverse_proxy /x https://c.internal\n}\n';
    const [site] = build(text).model.endpoints;
    expect(site.upstreams.map((u) => [u.target, u.verify.value])).toEqual([['https://a.internal', false], ['b.internal:8443', false], ['https://c.internal', true]]);
  });

  it('names each import that used a snippet as a site of the text inside it', () => {
    const text = '(s) {\n\theader X-A b\n}\na.example.com {\n\timport s\n}\nb.example.com {\n\timport s\n}\n';
    const { model } = build(text);
    const header = model.endpoints[0].scopes[0].headers[0];
    expect(model.importSites?.(header.source).map((r) => r.start.line)).toEqual([5, 8]);
    expect(model.importSites?.(model.endpoints[0].range)).toEqual([]);
  });

  // caddy: parse.go: a snippet defined by a snippet is declared again at each import ("redeclaration of
  // previously declared snippet"), even though the line holds no {args} placeholder and is shared.
  it('refuses a snippet that a snippet imported twice defines twice, and a snippet defined once', () => {
    const twice = '(outer) {\n\t(inner) {\n\t\theader X-A 1\n\t}\n}\nimport outer\nimport outer\nexample.com {\n\timport inner\n}\n';
    expect(build(twice).problems).toEqual(['Snippet "inner" is already defined; Caddy refuses to redeclare it']);
    expect(build(twice.replace('import outer\nimport outer', 'import outer')).problems).toEqual([]);
  });
});

// caddy: caddyconfig/caddyfile/parse.go replaceEnvVars: `{$NAME}` is put in when Caddy reads the file (an
// empty string when unset); tlslint does not read the environment, so what it decides is unknown.
describe('environment variables', () => {
  it('gives a site whose address is a variable no socket, and reads a default as written', () => {
    const { model, problems } = build('{$DOMAIN} {\n\theader Strict-Transport-Security "max-age=1"\n}\n{$SHOP:shop.example.com} {\n\trespond "x"\n}\n');
    expect(problems).toEqual([]);
    const [env, shop] = model.endpoints;
    expect([env.listeners, env.serverNames, [...env.unknown].length > 0]).toEqual([[], [], true]);
    expect(hstsHeadersOf(env.scopes[0].headers).map((h) => h.value)).toEqual(['max-age=1']);
    expect([listeners(shop), shop.serverNames]).toEqual([['443 tls(automatic)'], ['shop.example.com']]);
  });

  it('keeps a site\'s other addresses when one is a variable', () => {
    const { model } = build('example.com, {$ALIAS} {\n\trespond "x"\n}\n');
    expect(model.endpoints.map((e) => [e.serverNames, listeners(e)])).toEqual([[['example.com'], ['443 tls(automatic)']], [['example.com'], ['80 implicit']]]);
  });

  it('leaves protocols, ciphers and certificate files from variables unknown, and refuses nothing for them', () => {
    const { model, problems } = build('example.com {\n\ttls {$CERT} {$KEY} {\n\t\tprotocols {$MIN} tls1.3\n\t\tciphers {$SUITES}\n\t\tcurves {$CURVE}\n\t}\n}\n');
    expect(problems).toEqual([]);
    const [site] = model.endpoints;
    expect([...site.unknown].sort()).toEqual(['certificates', 'ciphers', 'protocols']);
    expect([site.protocols.source, site.ciphers.source, site.certificates, site.files]).toEqual([null, null, [], []]);
  });

  it('reads defaults where Caddy would use them', () => {
    const { model, problems } = build('example.com {\n\ttls {$CERT:/etc/c.pem} {$KEY:/etc/c.key} {\n\t\tprotocols {$MIN:tls1.3}\n\t}\n\theader Strict-Transport-Security {$HSTS:max-age=5}\n}\n');
    expect(problems).toEqual([]);
    const [site] = model.endpoints;
    expect([site.protocols.value, site.certificates.map((c) => c.certificate.value), hstsHeadersOf(site.scopes[0].headers).map((h) => [h.value, h.dynamic])])
      .toEqual([['TLSv1.3'], ['/etc/c.pem'], [['max-age=5', false]]]);
    expect(build('example.com {\n\ttls {\n\t\tprotocols {$MIN:tls1.1}\n\t}\n}\n').problems).toEqual([expect.stringMatching(/Caddy refuses protocol "tls1.1"/)]);
  });

  it('leaves every site\'s sockets unknown when auto_https or a port is a variable', () => {
    const { model } = build('{\n\tauto_https {$AUTO_HTTPS}\n}\nexample.com {\n\trespond "x"\n}\n');
    expect(model.endpoints.map((e) => e.listeners)).toEqual([[]]);
  });
});

describe('bind', () => {
  // caddy 2.7+ builtins.go parseBind: an inherited socket (systemd socket activation) has no port in the config.
  it('gives a site bound only to inherited sockets (fd/N, fdgram/N) no known listener', () => {
    const { model } = build('https://localhost {\n\tbind fd/{env.CADDY_HTTPS_FD} {\n\t\tprotocols h1 h2\n\t}\n\tbind fdgram/3\n\trespond "x"\n}\nexample.com {\n\tbind 127.0.0.1\n}\n');
    expect(model.endpoints.map((e) => [e.serverNames, listeners(e)])).toEqual([[['localhost'], []], [['example.com'], ['443 tls(automatic)']], [['example.com'], ['80 implicit']]]);
  });
});

describe('header > by version', () => {
  // caddy: modules/caddyhttp/headers/caddyfile.go: `>` came with 2.7.0 (caddyserver/caddy#5535).
  const site = 'a.example.com {\n\theader >Strict-Transport-Security "max-age=63072000"\n\tfile_server\n}\n';
  const headers = (version: string) => build(site, { ...OPTIONS, serverVersions: { caddy: version } } as LintOptions).model.endpoints[0].scopes[0].headers;

  it('2.6 sets a field literally named ">Strict-Transport-Security", which is never sent', () => {
    const [header] = headers('2.6.2');
    expect([header.name, header.unsent?.meant, hstsHeadersOf([header]).length]).toEqual(['>Strict-Transport-Security', 'Strict-Transport-Security', 0]);
  });

  it('2.7 sets Strict-Transport-Security deferred: a failing handler\'s error goes without it', () => {
    const [header] = headers('2.7.6');
    expect([header.name, header.unsent, header.always, header.deferred?.start.line]).toEqual(['Strict-Transport-Security', undefined, false, 2]);
  });
});

describe('certificates under auto_https off and disable_certs (caddy 2.6.2 tlsapp.go, autohttps.go)', () => {
  const issued = (text: string) => build(text).model.endpoints.filter((e) => e.listeners.some((l) => l.tls))
    .map((e) => `${e.label}: ${e.certificates.map((c) => `${c.managed?.issuer}:${c.managed?.names.join(',')}${c.managed?.onDemand ? ' on demand' : ''}`).join(' ') || 'none'}`);

  it('tls internal obtains nothing by itself; on_demand and the automate loader (not under off) still do', () => {
    const sites = 'a.example.test {\n\ttls internal\n}\n:8443, b.example.test:8443 {\n\ttls internal\n}\nc.example.test:9443 {\n\ttls internal {\n\t\ton_demand\n\t}\n}\n';
    expect(issued(`{\n\tauto_https off\n}\n${sites}`)).toEqual(['a.example.test: none', ':8443, b.example.test:8443: none', 'c.example.test:9443: local-ca:c.example.test on demand']);
    expect(issued(`{\n\tauto_https disable_certs\n}\n${sites}`)).toEqual(['a.example.test: none', ':8443, b.example.test:8443: local-ca:b.example.test', 'c.example.test:9443: local-ca:c.example.test on demand']);
  });

  it('a listener with no certificate of its own serves what other sites hold (one cache per process)', () => {
    const [hostless] = build(':443 {\n\trespond "any"\n}\nshared.example.test:8443 {\n\ttls internal\n}\n').model.endpoints;
    expect(hostless.sharedCertificates).toEqual({ names: ['shared.example.test'], files: [], anyName: false, more: false });
  });
});
