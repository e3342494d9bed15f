// `npm run bench`: seeded nginx trees of N servers linted by the built CLI, next to `nginx -t` and the floors;
// seeded Apache trees of N vhosts next to `apache2 -t`; Caddyfiles of N sites next to `caddy adapt` and `nginx -t`.
// Usage: npm run bench [-- --sizes 1000,10000,50000 --runs 3 --limit 60]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { expandCipherString } from '../../src/tls/cipher-string.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin', 'tlslint.js');
const SERVERS_PER_FILE = 10;
const TIME = '/usr/bin/time';
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    // Seconds one run of a command in the Apache and Caddy tables may take before it is stopped, and larger sizes
    // of that command are skipped: Caddy 2.6's `caddy adapt` is quadratic in snippet imports (205 s at 10,000 sites).
    limit: { type: 'string', default: '60' },
    // Writes one seeded tree of the first size into this directory and exits: the input for `node --cpu-prof`.
    generate: { type: 'string' },
    // With --generate: which server's tree to write (nginx, apache or caddy).
    server: { type: 'string', default: 'nginx' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const limitSeconds = Number(values.limit);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1) || !(limitSeconds > 0)) {
  throw new Error('usage: npm run bench -- --sizes 1000,10000 --runs 3 --limit 60');
}

interface Cert {
  cert: string;
  key: string;
}

interface Measurement {
  /** Median wall time over the runs, in milliseconds. */
  ms: number;
  /** Largest peak RSS over the runs, in MB. */
  rssMb: number;
  /** Every run exited 0, or 1 for tlslint (1 = findings, which a lint of a generated tree may have). */
  ok: boolean;
  /** A run took longer than the limit and was stopped; `ms` and `rssMb` are then meaningless. */
  timedOut: boolean;
}

/**
 * The one self-signed certificate every generated site serves. Its subjectAltNames cover every generated name
 * (`siteN.example.com`, `www-siteN.example.com`: one label under the wildcard, which is all a wildcard matches),
 * as a real fleet's certificate would: certificate-name-mismatch then stays silent, and the findings on a bench
 * tree are the ones the generators seed on purpose.
 */
function makeCertificate(cert: Cert): void {
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=bench.example.com', '-addext', 'subjectAltName=DNS:*.example.com,DNS:example.com', '-days', '400', '-keyout', cert.key, '-out', cert.cert],
    { stdio: 'ignore' },
  );
}

/** A small deterministic PRNG (mulberry32) so every run lints the same trees. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One virtual host, about 1.9 KB with TLS: the shape issue 5 describes. Its `location /api/` has an `add_header` of
 * its own, so nginx sends no HSTS there (add_header is inherited only by a level with none): one true
 * hsts-overridden finding per TLS server, the report's share of the work.
 */
function server(i: number, tls: boolean, cert: Cert, next: () => number): string {
  const port = (): number => 8000 + Math.floor(next() * 100);
  const listen = tls ? '    listen 443 ssl;\n    listen [::]:443 ssl;\n' : '    listen 80;\n    listen [::]:80;\n';
  const ssl = tls
    ? `    # TLS: one shared certificate for the whole benchmark
    ssl_certificate ${cert.cert};
    ssl_certificate_key ${cert.key};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305;
    ssl_prefer_server_ciphers off;
    ssl_session_timeout 1d;
    ssl_session_tickets off;
    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;
`
    : '';
  return `# site ${i}: generated for the benchmark (seeded)
server {
${listen}    server_name site${i}.example.com www-site${i}.example.com;
${ssl}    root /srv/site${i}/public;
    index index.html index.htm;
    client_max_body_size ${1 + Math.floor(next() * 50)}m;
    add_header X-Content-Type-Options nosniff always;

    # static first, then the application
    location / {
        try_files $uri $uri/ @app;
    }

    location @app {
        proxy_pass http://127.0.0.1:${port()};
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_read_timeout ${30 + Math.floor(next() * 90)}s;
    }

    location /api/ {
        if ($request_method = OPTIONS) {
            return 204;
        }
        proxy_pass http://127.0.0.1:${port()};
        proxy_http_version 1.1;
        add_header X-Frame-Options DENY;
    }

    location /admin/ {
        allow 10.0.0.0/8;
        deny all;
        proxy_pass http://127.0.0.1:${port()};
    }

    # long-lived caching for fingerprinted assets
    location ~* \\.(css|js|png|jpg|jpeg|gif|svg|woff2?)$ {
        expires 30d;
        access_log off;
    }

    location ~ ^/users/(\\d+)/avatar$ {
        try_files /avatars/$1.png /avatars/default.png =404;
    }

    location = /healthz {
        access_log off;
        return 200 "ok\\n";
    }

    location /static/ {
        alias /srv/site${i}/static/;
    }
}
`;
}

/** Writes nginx.conf + conf.d/NNNNN.conf with `count` servers; returns the entry and the tree's size in bytes. */
function generate(dir: string, count: number, tls: boolean, cert: Cert): { entry: string; bytes: number } {
  mkdirSync(join(dir, 'conf.d'), { recursive: true });
  const next = random(count);
  let bytes = 0;
  for (let file = 0; file * SERVERS_PER_FILE < count; file++) {
    let text = '';
    for (let i = file * SERVERS_PER_FILE; i < Math.min(count, (file + 1) * SERVERS_PER_FILE); i++) text += server(i, tls, cert, next);
    writeFileSync(join(dir, 'conf.d', `${String(file).padStart(5, '0')}.conf`), text);
    bytes += Buffer.byteLength(text);
  }
  const main = `# generated by test/bench/run.ts
events {}
http {
    server_names_hash_max_size 1048576;
    server_names_hash_bucket_size 128;
    map $http_upgrade $connection_upgrade {
        default upgrade;
        '' close;
    }
    include conf.d/*.conf;
}
`;
  writeFileSync(join(dir, 'nginx.conf'), main);
  return { entry: join(dir, 'nginx.conf'), bytes: bytes + Buffer.byteLength(main) };
}

const APACHE_MODULES = '/usr/lib/apache2/modules';

/** Cipher strings a real fleet of vhosts carries: Mozilla intermediate of guidelines 5.x, a short ECDHE list, an old-style one. */
const APACHE_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305',
  'HIGH:!aNULL:!MD5:!3DES',
];
const APACHE_PROTOCOLS = ['-all +TLSv1.2 +TLSv1.3', 'all -SSLv3 -TLSv1 -TLSv1.1', '-all +TLSv1.3'];

/** One Apache site, about 1.7 KB: a `*:443` vhost with mod_ssl and HSTS, locations, and (some) its `*:80` redirect. */
function apacheVhost(i: number, dir: string, cert: Cert, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const port = (): number => 8000 + Math.floor(next() * 100);
  const redirect =
    next() < 0.5
      ? `<VirtualHost *:80>
    ServerName site${i}.example.com
    Redirect permanent / https://site${i}.example.com/
</VirtualHost>

`
      : '';
  const tickets = next() < 0.3 ? '    SSLSessionTickets off\n' : '';
  const api =
    next() < 0.7
      ? `
    <Location "/api/">
        ProxyPass "http://127.0.0.1:${port()}/api/"
        ProxyPassReverse "http://127.0.0.1:${port()}/api/"
        Header set X-Frame-Options "DENY"
    </Location>
`
      : '';
  return `# site ${i}: generated for the benchmark (seeded)
${redirect}<VirtualHost *:443>
    ServerName site${i}.example.com
    ServerAlias www-site${i}.example.com
    DocumentRoot "${dir}/htdocs"
    ErrorLog \${APACHE_LOG_DIR}/site${i}-error.log
    CustomLog \${APACHE_LOG_DIR}/site${i}-access.log combined

    # TLS: one shared certificate for the whole benchmark
    SSLEngine on
    SSLCertificateFile "${cert.cert}"
    SSLCertificateKeyFile "${cert.key}"
    SSLProtocol ${pick(APACHE_PROTOCOLS)}
    SSLCipherSuite ${pick(APACHE_CIPHERS)}
    SSLHonorCipherOrder off
${tickets}    Header always set Strict-Transport-Security "max-age=${pick([63072000, 31536000, 15768000])}; includeSubDomains"
    Header always set X-Content-Type-Options "nosniff"
    LimitRequestBody ${(1 + Math.floor(next() * 50)) * 1048576}
    ProxyTimeout ${30 + Math.floor(next() * 90)}

    <Directory "${dir}/htdocs">
        Options -Indexes +FollowSymLinks
        AllowOverride None
        Require all granted
    </Directory>

    # the application behind a reverse proxy
    <Location "/app/">
        ProxyPass "http://127.0.0.1:${port()}/"
        ProxyPassReverse "http://127.0.0.1:${port()}/"
    </Location>
${api}
    <Location "/admin/">
        Require ip 10.0.0.0/8
    </Location>

    <LocationMatch "^/static/.+\\.(css|js|png|svg|woff2?)$">
        Header set Cache-Control "max-age=2592000"
    </LocationMatch>

    Alias "/static/" "/srv/site${i}/static/"
</VirtualHost>

`;
}

/**
 * Writes apache2.conf (ServerRoot, the modules it uses, Listen, `IncludeOptional sites/*.conf`) and
 * sites/NNNNN.conf with `count` sites, 10 a file; returns the entry and the tree's size in bytes.
 */
function generateApache(dir: string, count: number, cert: Cert): { entry: string; bytes: number } {
  mkdirSync(join(dir, 'sites'), { recursive: true });
  mkdirSync(join(dir, 'htdocs'), { recursive: true });
  for (const sub of ['run', 'lock', 'log']) mkdirSync(join(dir, sub), { recursive: true });
  const next = random(count);
  let bytes = 0;
  for (let file = 0; file * SERVERS_PER_FILE < count; file++) {
    let text = '';
    for (let i = file * SERVERS_PER_FILE; i < Math.min(count, (file + 1) * SERVERS_PER_FILE); i++) text += apacheVhost(i, dir, cert, next);
    writeFileSync(join(dir, 'sites', `${String(file).padStart(5, '0')}.conf`), text);
    bytes += Buffer.byteLength(text);
  }
  const modules = ['mpm_event', 'authz_core', 'authz_host', 'alias', 'dir', 'mime', 'headers', 'proxy', 'proxy_http', 'socache_shmcb', 'ssl'];
  const main = `# generated by test/bench/run.ts
ServerRoot "${dir}"
${modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`).join('\n')}
User \${APACHE_RUN_USER}
Group \${APACHE_RUN_GROUP}
PidFile \${APACHE_PID_FILE}
DefaultRuntimeDir \${APACHE_RUN_DIR}
Mutex file:\${APACHE_LOCK_DIR} default
ErrorLog \${APACHE_LOG_DIR}/error.log
LogFormat "%h %l %u %t \\"%r\\" %>s %O \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
ServerName bench.example.com
TypesConfig /etc/mime.types
DirectoryIndex index.html

Listen 80
Listen 443

SSLSessionCache shmcb:\${APACHE_RUN_DIR}/ssl_scache(512000)
SSLSessionCacheTimeout 300

IncludeOptional sites/*.conf
`;
  writeFileSync(join(dir, 'apache2.conf'), main);
  return { entry: join(dir, 'apache2.conf'), bytes: bytes + Buffer.byteLength(main) };
}

/**
 * The environment Debian's apache2 reads its paths from (/etc/apache2/envvars), all inside the tree. The user and
 * group are numeric: the bench's own, or nobody/nogroup under root, which httpd refuses to run as (mod_unixd).
 */
function apacheEnv(dir: string): NodeJS.ProcessEnv {
  const { uid, gid } = userInfo();
  return {
    ...process.env,
    APACHE_RUN_USER: `#${uid === 0 ? 65534 : uid}`,
    APACHE_RUN_GROUP: `#${uid === 0 ? 65534 : gid}`,
    APACHE_PID_FILE: join(dir, 'run', 'apache2.pid'),
    APACHE_RUN_DIR: join(dir, 'run'),
    APACHE_LOCK_DIR: join(dir, 'lock'),
    APACHE_LOG_DIR: join(dir, 'log'),
  };
}

/** A Caddyfile of `count` sites, each importing one snippet with HSTS and the certificate (issue 15's speed case). */
function generateCaddy(dir: string, count: number, cert: Cert): { entry: string; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const next = random(count);
  const parts = ['# generated by test/bench/run.ts', '(common) {', '\theader Strict-Transport-Security "max-age=63072000"', `\ttls ${cert.cert} ${cert.key}`, '}', ''];
  for (let i = 0; i < count; i++) {
    const port = 8000 + Math.floor(next() * 100);
    parts.push(`site${i}.example.com, www-site${i}.example.com {`, '\timport common');
    if (next() < 0.5) parts.push('\tencode gzip');
    if (next() < 0.5) parts.push('\thandle_path /static/* {', `\t\troot * /srv/site${i}/static`, '\t\tfile_server', '\t}');
    parts.push(`\treverse_proxy 127.0.0.1:${port}`, '}', '');
  }
  const text = parts.join('\n');
  const entry = join(dir, 'Caddyfile');
  writeFileSync(entry, text);
  return { entry, bytes: Buffer.byteLength(text) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Peak RSS (kB) of a running process from /proc, when /usr/bin/time is missing. */
function vmHwmKb(pid: number): number {
  try {
    return Number(/VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * One run: wall ms and peak RSS kB, through `/usr/bin/time -f %M` if present, else by polling VmHWM. With `limitMs`,
 * a run still going after it is killed with its whole process group (time's child too) and reported as timed out.
 */
function runOnce(command: string[], okStatuses: number[], env?: NodeJS.ProcessEnv, limitMs?: number): Promise<{ ms: number; rssKb: number; status: number | null; timedOut: boolean }> {
  const viaTime = existsSync(TIME);
  const [file, ...args] = viaTime ? [TIME, '-f', '%M', ...command] : command;
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], env: env ?? process.env, detached: limitMs !== undefined });
    let stderr = '';
    let polled = 0;
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = viaTime ? undefined : setInterval(() => (polled = Math.max(polled, vmHwmKb(child.pid ?? 0))), 10);
    const killer =
      limitMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            try {
              process.kill(-(child.pid ?? 0), 'SIGKILL');
            } catch {
              child.kill('SIGKILL');
            }
          }, limitMs);
    child.on('error', fail);
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearInterval(timer);
      clearTimeout(killer);
      const rssKb = viaTime ? Number(/(\d+)\s*$/.exec(stderr)?.[1] ?? 0) : polled;
      if (!timedOut && !okStatuses.includes(status ?? -1)) process.stderr.write(`${command.join(' ')} exited ${status}:\n${stderr.slice(-2000)}\n`);
      done({ ms, rssKb, status, timedOut });
    });
  });
}

/**
 * Median wall time and the largest peak RSS of `runs` runs; the first run over `limitMs` ends the measurement.
 * A run is ok when it exits 0, or 1 for tlslint itself (findings); a server's config test exits 1 on an error.
 */
async function measure(command: string[], runs: number, options: { env?: NodeJS.ProcessEnv; limitMs?: number } = {}): Promise<Measurement> {
  const okStatuses = command[0] === 'node' && command[1] === CLI ? [0, 1] : [0];
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await runOnce(command, okStatuses, options.env, options.limitMs);
    if (result.timedOut) return { ms: result.ms, rssMb: 0, ok: false, timedOut: true };
    results.push(result);
  }
  return {
    ms: median(results.map((r) => r.ms)),
    rssMb: Math.max(...results.map((r) => r.rssKb)) / 1024,
    ok: results.every((r) => okStatuses.includes(r.status ?? -1)),
    timedOut: false,
  };
}

/**
 * The floor, as issue 5 measures it: a Node process that reads the same files and runs a bare regex
 * tokenizer over them, timed and sized as a whole process like tlslint itself.
 */
const FLOOR_SCRIPT = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.argv[1];
const files = [join(dir, 'nginx.conf'), ...readdirSync(join(dir, 'conf.d')).map((name) => join(dir, 'conf.d', name))];
let tokens = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  tokens += text.match(/#[^\\n]*|"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|[{};]|[^\\s{};#"']+/g)?.length ?? 0;
}
if (tokens === 0) process.exit(2);
`;

function tokenizerFloor(dir: string, runs: number): Promise<Measurement> {
  return measure(['node', '-e', FLOOR_SCRIPT, dir], runs);
}

/** Time per expansion of typical cipher strings: the first call (builds the tables) and uncached calls after it. */
function cipherTimes(): string[] {
  const strings = [
    'HIGH:!aNULL:!MD5',
    'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384',
    'EECDH+AESGCM:EDH+AESGCM',
    'ALL:!ADH:!EXPORT:!SSLv2:RC4+RSA:+HIGH:+MEDIUM',
    'DEFAULT:@SECLEVEL=0',
  ];
  const calls = 200;
  return strings.map((s) => {
    const first = performance.now();
    expandCipherString(s, '3.0');
    const firstMs = performance.now() - first;
    // Trailing separators change the cache key but not the result (OpenSSL skips empty terms), so each call expands.
    const start = performance.now();
    for (let i = 1; i <= calls; i++) expandCipherString(s + ':'.repeat(i), '3.0');
    const perCall = (performance.now() - start) / calls;
    const cachedStart = performance.now();
    for (let i = 0; i < calls; i++) expandCipherString(s, '3.0');
    const cached = (performance.now() - cachedStart) / calls;
    const shown = s.length > 60 ? `${s.slice(0, 57)}...` : s;
    return `| \`${shown}\` | ${firstMs.toFixed(2)} ms | ${perCall.toFixed(3)} ms | ${cached.toFixed(4)} ms |`;
  });
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
/** An input size: MB, or KB below 1 MB (a Caddyfile site is about 150 bytes). */
const size = (bytes: number): string => (bytes < 1048576 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);

/** A measured command, or why it was not measured (not installed, dialect not built, over the time limit). */
type Cell = Measurement | string;

const timeCell = (c: Cell): string => (typeof c === 'string' ? c : `${seconds(c.ms)}${c.ok ? '' : ' (failed)'}`);
const rssCell = (c: Cell): string => (typeof c === 'string' ? '' : `${c.rssMb.toFixed(0)} MB`);
const ratioCell = (a: Cell, b: Cell | null): string => (typeof a === 'string' || !b || typeof b === 'string' ? '' : `${(a.ms / b.ms).toFixed(2)}×`);

/** The size at which each tool of the Apache and Caddy tables went over `--limit`: larger sizes are not run. */
const overLimitAt = new Map<string, number>();

/** `command` measured under `--limit`; once it goes over at one size it is skipped at the larger ones. */
async function limited(tool: string, count: number, command: string[], env?: NodeJS.ProcessEnv): Promise<Cell> {
  const over = overLimitAt.get(tool);
  if (over !== undefined) return `(skipped: over ${limitSeconds} s at ${over.toLocaleString('en-US')})`;
  const result = await measure(command, runs, { env, limitMs: limitSeconds * 1000 });
  if (!result.timedOut) return result;
  overLimitAt.set(tool, count);
  return `(skipped: over ${limitSeconds} s, stopped)`;
}

function installed(command: string, args: string[]): boolean {
  return !spawnSync(command, args).error;
}

/**
 * Whether the built CLI has `dialect`: the Apache and Caddy dialects land after this bench, and a CLI without one
 * refuses `--dialect <id>` with a usage error (exit 2). Then the tables say so instead of timing a usage error.
 */
function dialectBuilt(dialect: string, work: string): boolean {
  const probe = join(work, `probe-${dialect}.conf`);
  writeFileSync(probe, '# empty\n');
  const result = spawnSync('node', [CLI, '--dialect', dialect, probe], { encoding: 'utf8' });
  return !(result.status === 2 && /--dialect/.test(result.stderr));
}

/** tlslint on seeded Apache trees of each size, against `apache2 -t` on the same tree (issue 14). */
async function apacheRows(work: string, cert: Cert): Promise<string[]> {
  const apache = installed('apache2', ['-v']);
  const built = dialectBuilt('apache', work);
  const rows = [
    '| Apache vhosts | input | tlslint (median) | MB/s | peak RSS | `apache2 -t` | apache2 RSS | ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const count of sizes) {
    const dir = join(work, `apache-${count}`);
    const { entry, bytes } = generateApache(dir, count, cert);
    const lint = built
      ? await limited('tlslint apache', count, ['node', CLI, '--dialect', 'apache', '--format', 'sarif', '-o', join(work, 'apache.sarif'), entry])
      : '(apache dialect not built)';
    const ref = apache ? await limited('apache2', count, ['apache2', '-t', '-d', dir, '-f', entry], apacheEnv(dir)) : 'apache2 not installed';
    const mb = bytes / 1048576;
    const rate = typeof lint === 'string' ? '' : (mb / (lint.ms / 1000)).toFixed(2);
    rows.push(`| ${count.toLocaleString('en-US')} | ${size(bytes)} | ${timeCell(lint)} | ${rate} | ${rssCell(lint)} | ${timeCell(ref)} | ${rssCell(ref)} | ${ratioCell(lint, ref)} |`);
    process.stderr.write(`${count} Apache vhosts done\n`);
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * tlslint on Caddyfiles of each size, against `caddy adapt` (under `--limit`: Caddy 2.6 expands snippet imports in
 * quadratic time) and against `nginx -t` on the nginx table's TLS-free tree of the same size (issue 15).
 */
async function caddyRows(work: string, cert: Cert, nginxRefs: Map<number, Measurement | null>): Promise<string[]> {
  const caddy = installed('caddy', ['version']);
  const built = dialectBuilt('caddy', work);
  const rows = [
    '| Caddy sites | input | tlslint (median) | per 1,000 sites | peak RSS | `caddy adapt` | caddy RSS | ratio | `nginx -t`, nginx tree of that size | tlslint ÷ nginx -t |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const count of sizes) {
    const dir = join(work, `caddy-${count}`);
    const { entry, bytes } = generateCaddy(dir, count, cert);
    const lint = built
      ? await limited('tlslint caddy', count, ['node', CLI, '--dialect', 'caddy', '--format', 'sarif', '-o', join(work, 'caddy.sarif'), entry])
      : '(caddy dialect not built)';
    // adapt only: `caddy validate` would also provision the sites (load the certificate 'count' times).
    const adapt = caddy ? await limited('caddy adapt', count, ['caddy', 'adapt', '--config', entry, '--adapter', 'caddyfile'], { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir }) : 'caddy not installed';
    const nginx: Cell = nginxRefs.get(count) ?? 'nginx not installed';
    const perThousand = typeof lint === 'string' ? '' : seconds((lint.ms * 1000) / count);
    rows.push(
      `| ${count.toLocaleString('en-US')} | ${size(bytes)} | ${timeCell(lint)} | ${perThousand} | ${rssCell(lint)} | ` +
        `${timeCell(adapt)} | ${rssCell(adapt)} | ${ratioCell(lint, adapt)} | ${timeCell(nginx)} | ${ratioCell(lint, nginx)} |`,
    );
    process.stderr.write(`${count} Caddy sites done\n`);
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'tlslint-bench-'));
  try {
    const cert = { cert: join(work, 'cert.pem'), key: join(work, 'key.pem') };
    makeCertificate(cert);
    const nginx = installed('nginx', ['-v']);
    const nginxRefs = new Map<number, Measurement | null>();
    const rows = [
      '| servers | input | tlslint (median) | MB/s | peak RSS | `nginx -t` TLS-free | nginx RSS | ratio | tokenizer floor | floor RSS | × floor |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const count of sizes) {
      const tlsDir = join(work, `tls-${count}`);
      const plainDir = join(work, `plain-${count}`);
      const { entry, bytes } = generate(tlsDir, count, true, cert);
      const plain = generate(plainDir, count, false, cert);
      const lint = await measure(['node', CLI, '--format', 'sarif', '-o', join(work, 'out.sarif'), entry], runs);
      const ref = nginx
        ? await measure(['nginx', '-t', '-q', '-p', plainDir, '-c', plain.entry, '-e', join(plainDir, 'error.log'), '-g', `pid ${join(plainDir, 'nginx.pid')};`], runs)
        : null;
      nginxRefs.set(count, ref);
      const floor = await tokenizerFloor(tlsDir, runs);
      const mb = bytes / 1048576;
      rows.push(
        `| ${count.toLocaleString('en-US')} | ${size(bytes)} | ${seconds(lint.ms)}${lint.ok ? '' : ' (failed)'} | ${(mb / (lint.ms / 1000)).toFixed(2)} | ${lint.rssMb.toFixed(0)} MB | ` +
          `${ref ? `${seconds(ref.ms)}${ref.ok ? '' : ' (failed)'} | ${ref.rssMb.toFixed(0)} MB | ${(lint.ms / ref.ms).toFixed(2)}×` : 'not installed | | '} | ` +
          `${seconds(floor.ms)}${floor.ok ? '' : ' (failed)'} | ${floor.rssMb.toFixed(0)} MB | ${(lint.ms / floor.ms).toFixed(1)}× |`,
      );
      process.stderr.write(`${count} servers done\n`);
      rmSync(tlsDir, { recursive: true, force: true });
      rmSync(plainDir, { recursive: true, force: true });
    }
    const apacheTable = await apacheRows(work, cert);
    const caddyTable = await caddyRows(work, cert, nginxRefs);
    const small = join(work, 'small.conf');
    writeFileSync(small, server(1, true, cert, random(1)));
    const cold = await measure(['node', CLI, small], 5);
    const bare = await measure(['node', '-e', '0'], 5);
    console.log(rows.join('\n'));
    console.log(`\n${apacheTable.join('\n')}`);
    console.log(`\n${caddyTable.join('\n')}`);
    console.log(`\n| cold start (median of 5) | wall | peak RSS |\n| --- | ---: | ---: |`);
    console.log(`| \`tlslint\` on one server (${readFileSync(small).length} B) | ${cold.ms.toFixed(0)} ms | ${cold.rssMb.toFixed(0)} MB |`);
    console.log(`| \`node -e 0\` | ${bare.ms.toFixed(0)} ms | ${bare.rssMb.toFixed(0)} MB |`);
    console.log(`| ratio | ${(cold.ms / bare.ms).toFixed(1)}× | |`);
    console.log('\n| cipher string (OpenSSL 3.0) | first call | per call, uncached | per call, cached |\n| --- | ---: | ---: | ---: |');
    console.log(cipherTimes().join('\n'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (values.generate) {
  const dir = resolve(values.generate);
  const cert = { cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
  mkdirSync(dir, { recursive: true });
  makeCertificate(cert);
  const writers = { nginx: () => generate(dir, sizes[0], true, cert), apache: () => generateApache(dir, sizes[0], cert), caddy: () => generateCaddy(dir, sizes[0], cert) };
  const writer = writers[values.server as keyof typeof writers];
  if (!writer) throw new Error('usage: npm run bench -- --sizes 10000 --generate DIR [--server nginx|apache|caddy]');
  console.log(writer().entry);
} else {
  await main();
}
