// A named file that a main config includes is linted inside that main config's tree (what pre-commit
// passes: the staged conf.d/site.conf), and only findings in the named files are reported.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, DEFAULT_LIMITS, type RunOptions } from '../../src/engine/run.js';
import { CONTRIBUTION_MESSAGE } from '../../src/engine/contributions.js';

const root = mkdtempSync(join(tmpdir(), 'tlslint-context-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const options: RunOptions = {
  dialect: 'nginx', profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0',
  now: new Date('2026-06-01T00:00:00Z'), root, pathMaps: [], ruleOptions: {}, ruleSettings: {}, limits: DEFAULT_LIMITS,
  onlyRules: ['cipher-no-forward-secrecy', 'cipher-not-in-profile', 'hsts-missing', 'protocol-deprecated'],
};

// The main file sets the profile's ciphers at http level; the site inherits them.
write('nginx/nginx.conf', `events {}
http {
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;
    include conf.d/*.conf;
    server {
        listen 443 ssl;
        server_name main.example;
        ssl_certificate /etc/ssl/m.pem;
        ssl_certificate_key /etc/ssl/m.key;
    }
}
`);
const site = write('nginx/conf.d/site.conf', `server {
    listen 443 ssl;
    server_name site.example;
    ssl_certificate /etc/ssl/s.pem;
    ssl_certificate_key /etc/ssl/s.key;
    add_header Strict-Transport-Security "max-age=63072000" always;
}
`);
const orphan = write('nginx/sites-available/orphan.conf', 'server {\n    listen 443 ssl;\n    server_name o.example;\n    ssl_certificate /etc/ssl/o.pem;\n    ssl_certificate_key /etc/ssl/o.key;\n}\n');

describe('named files inside a main config tree', () => {
  it('lints an included file with the settings it inherits, reporting only its own findings', async () => {
    const result = await lint([site], options);
    // Alone, the site would get nginx's default ciphers (HIGH:!aNULL:!MD5) and two cipher findings.
    expect(result.findings.map((f) => `${f.range.file}:${f.ruleId}`)).toEqual([]);
    expect(result.files).toContain(join(root, 'nginx/nginx.conf'));
  });

  it('leaves the main file out of the report (its server lacks HSTS) unless it is named too', async () => {
    const named = await lint([site, join(root, 'nginx/nginx.conf')], options);
    expect(named.findings.map((f) => f.ruleId)).toEqual(['hsts-missing']);
  });

  it('lints a named file no main config includes on its own', async () => {
    const result = await lint([orphan], options);
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['cipher-no-forward-secrecy', 'cipher-not-in-profile', 'hsts-missing']);
    expect(result.findings.every((f) => f.range.file === orphan)).toBe(true);
  });
});

// pre-commit passes only the changed snippet; what it changes shows on the server that includes it.
describe('a named snippet included inside a server', () => {
  write('snip/nginx/nginx.conf', `events {}
http {
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;
    server {
        listen 443 ssl;
        server_name shop.example;
        ssl_certificate /etc/ssl/s.pem;
        ssl_certificate_key /etc/ssl/s.key;
        include snippets/security.conf;
    }
    server {
        listen 443 ssl;
        server_name other.example;
        ssl_certificate /etc/ssl/o.pem;
        ssl_certificate_key /etc/ssl/o.key;
    }
}
`);
  const snippet = write('snip/nginx/snippets/security.conf', '# the HSTS line was removed in this commit\nssl_stapling on;\n');

  it('reports the findings of the server it is included in, with a related location in the snippet', async () => {
    const result = await lint([snippet], options);
    // The other server lacks HSTS too, but nothing of it is in the changed file: not reported.
    expect(result.findings.map((f) => [f.ruleId, f.range.file.replace(root, ''), f.range.start.line])).toEqual([
      ['hsts-missing', '/snip/nginx/nginx.conf', 5],
    ]);
    expect(result.findings[0].related).toEqual([
      { range: expect.objectContaining({ file: snippet, start: expect.objectContaining({ line: 2, column: 1 }) }), message: CONTRIBUTION_MESSAGE },
    ]);
  });

  it('reports it once, without the extra location, when the main file is named too', async () => {
    const result = await lint([snippet, join(root, 'snip/nginx/nginx.conf')], options);
    expect(result.findings.map((f) => [f.ruleId, f.range.start.line, f.related.length])).toEqual([['hsts-missing', 5, 0], ['hsts-missing', 12, 0]]);
  });

  it('points at the start of an emptied snippet', async () => {
    const emptied = write('snip/nginx/snippets/security.conf', '');
    const result = await lint([emptied], options);
    expect(result.findings.map((f) => f.range.start.line)).toEqual([5]);
    expect(result.findings[0].related[0].range).toMatchObject({ file: emptied, start: { line: 1, column: 1 } });
    write('snip/nginx/snippets/security.conf', '# the HSTS line was removed in this commit\nssl_stapling on;\n');
  });
});

describe('Apache httpd and Caddy files', () => {
  const apacheSite = write('apache2/sites-enabled/shop.conf', '<VirtualHost *:443>\n    SSLEngine on\n    SSLProtocol all -SSLv3\n</VirtualHost>\n');
  const caddyfile = write('Caddyfile', 'example.com {\n    reverse_proxy localhost:8080\n}\n');
  const apacheMain = write('httpd/conf/httpd.conf', 'Listen 443\n');

  it('are read as Apache and Caddy when a directory is scanned, nothing is read as nginx', async () => {
    const result = await lint([root], { ...options, dialect: undefined, onlyRules: undefined });
    expect(result.files).toContain(apacheSite);
    expect(result.files).toContain(apacheMain);
    expect(result.files).toContain(caddyfile);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(result.properties.dialect).toBe('nginx, apache, caddy');
  });

  it('named Apache files are linted as Apache, a named Caddyfile as Caddy', async () => {
    const result = await lint([apacheSite, caddyfile, apacheMain], { ...options, dialect: undefined });
    expect(result.findings.map((f) => `${f.range.file.replace(root, '')}:${f.range.start.line}:${f.ruleId}`)).toEqual([
      '/Caddyfile:1:hsts-missing',
      '/apache2/sites-enabled/shop.conf:1:cipher-no-forward-secrecy',
      '/apache2/sites-enabled/shop.conf:1:cipher-not-in-profile',
      '/apache2/sites-enabled/shop.conf:1:hsts-missing',
      '/apache2/sites-enabled/shop.conf:3:protocol-deprecated',
    ]);
    expect(result.notifications).toEqual([]);
  });

  it('--dialect forces one dialect on every file', async () => {
    const result = await lint([apacheSite], { ...options, dialect: 'nginx', onlyRules: undefined });
    expect(result.findings.some((f) => f.ruleId === 'parse-error')).toBe(true);
  });
});

describe('a named file the main config reaches through a symlink (Debian sites-enabled -> sites-available)', () => {
  const debian = mkdtempSync(join(tmpdir(), 'tlslint-debian-'));
  afterAll(() => rmSync(debian, { recursive: true, force: true }));
  const at = (path: string, text: string) => {
    const full = join(debian, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  at('nginx/nginx.conf', 'events {}\nhttp {\n    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;\n    include sites-enabled/*;\n}\n');
  const shop = at('nginx/sites-available/shop', 'server {\n    listen 443 ssl;\n    server_name shop.example;\n    ssl_certificate /etc/ssl/s.pem;\n    ssl_certificate_key /etc/ssl/s.key;\n}\n');
  mkdirSync(join(debian, 'nginx/sites-enabled'));
  symlinkSync('../sites-available/shop', join(debian, 'nginx/sites-enabled/shop'));

  it('is linted in the main config tree under its own name: http-level settings count, its true finding stays', async () => {
    const result = await lint([shop], { ...options, root: debian });
    // Read alone it would get nginx's default ciphers and protocols: two cipher findings that are not true.
    expect(result.findings.map((f) => `${f.range.file.replace(debian, '')}:${f.range.start.line}:${f.ruleId}`)).toEqual([
      '/nginx/sites-available/shop:1:hsts-missing',
    ]);
    expect(result.files).toContain(join(debian, 'nginx/nginx.conf'));
  });
});
