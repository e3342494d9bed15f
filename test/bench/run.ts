// `npm run bench`: seeded nginx trees of N servers linted by the built CLI, next to `nginx -t` and the floors.
// Usage: npm run bench [-- --sizes 1000,10000,50000 --runs 3]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    // Writes one seeded tree of the first size into this directory and exits: the input for `node --cpu-prof`.
    generate: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1)) throw new Error('usage: npm run bench -- --sizes 1000,10000 --runs 3');

interface Cert {
  cert: string;
  key: string;
}

interface Measurement {
  /** Median wall time over the runs, in milliseconds. */
  ms: number;
  /** Largest peak RSS over the runs, in MB. */
  rssMb: number;
  /** Every run exited 0 or 1 (1 = findings, which a lint of a generated tree may have). */
  ok: boolean;
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

/** One virtual host, about 1.9 KB with TLS: the shape issue 5 describes. */
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
${listen}    server_name site${i}.example.com www.site${i}.example.com;
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

/** One run: wall ms and peak RSS kB, through `/usr/bin/time -f %M` if present, else by polling VmHWM. */
function runOnce(command: string[]): Promise<{ ms: number; rssKb: number; status: number | null }> {
  const viaTime = existsSync(TIME);
  const [file, ...args] = viaTime ? [TIME, '-f', '%M', ...command] : command;
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let polled = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = viaTime ? undefined : setInterval(() => (polled = Math.max(polled, vmHwmKb(child.pid ?? 0))), 10);
    child.on('error', fail);
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearInterval(timer);
      const rssKb = viaTime ? Number(/(\d+)\s*$/.exec(stderr)?.[1] ?? 0) : polled;
      if (status !== 0 && status !== 1) process.stderr.write(`${command.join(' ')} exited ${status}:\n${stderr.slice(-2000)}\n`);
      done({ ms, rssKb, status });
    });
  });
}

/** Median wall time and the largest peak RSS of `runs` runs. */
async function measure(command: string[], runs: number): Promise<Measurement> {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(command));
  return {
    ms: median(results.map((r) => r.ms)),
    rssMb: Math.max(...results.map((r) => r.rssKb)) / 1024,
    ok: results.every((r) => r.status === 0 || r.status === 1),
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

function hasNginx(): boolean {
  return !spawnSync('nginx', ['-v']).error;
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

/** A Caddyfile of `count` sites, each importing one snippet with its own argument (issue 15's speed case). */
function caddyfile(dir: string, count: number, cert: Cert): string {
  mkdirSync(dir, { recursive: true });
  const parts = ['(common) {', '\theader Strict-Transport-Security "max-age=63072000"', '\theader X-Site {args[0]}', '}', ''];
  for (let i = 0; i < count; i++) {
    parts.push(`site${i}.example.com {`, `\timport common ${i}`, `\ttls ${cert.cert} ${cert.key}`, `\treverse_proxy 127.0.0.1:${8000 + (i % 1000)}`, '}', '');
  }
  const entry = join(dir, 'Caddyfile');
  writeFileSync(entry, parts.join('\n'));
  return entry;
}

/** Sites above which `caddy adapt` is not timed: Caddy 2.6 expands snippet imports in quadratic time (205 s at 10,000). */
const CADDY_ADAPT_MAX = 2000;

/** tlslint on Caddyfiles of each size, against `caddy adapt` (small sizes) and `nginx -t` on the nginx tree of that size. */
async function caddyRows(work: string, cert: Cert, nginx: boolean): Promise<string[]> {
  const caddy = !spawnSync('caddy', ['version']).error;
  const rows = [
    '| Caddy sites | input | tlslint (median) | per 1,000 sites | `caddy adapt` | `nginx -t`, same count of servers | tlslint ÷ nginx -t |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const count of sizes) {
    const dir = join(work, `caddy-${count}`);
    const entry = caddyfile(dir, count, cert);
    const lint = await measure(['node', CLI, '--format', 'sarif', '-o', join(work, 'caddy.sarif'), entry], runs);
    const adapt = caddy && count <= CADDY_ADAPT_MAX ? await measure(['caddy', 'adapt', '--adapter', 'caddyfile', '--config', entry], runs) : null;
    const plainDir = join(work, `caddy-plain-${count}`);
    const plain = generate(plainDir, count, false, cert);
    const ref = nginx
      ? await measure(['nginx', '-t', '-q', '-p', plainDir, '-c', plain.entry, '-e', join(plainDir, 'error.log'), '-g', `pid ${join(plainDir, 'nginx.pid')};`], runs)
      : null;
    const mb = readFileSync(entry).length / 1048576;
    const adaptText = adapt ? `${seconds(adapt.ms)}${adapt.ok ? '' : ' (failed)'}` : caddy ? `not timed (> ${CADDY_ADAPT_MAX})` : 'caddy not installed';
    rows.push(
      `| ${count.toLocaleString('en-US')} | ${mb.toFixed(1)} MB | ${seconds(lint.ms)}${lint.ok ? '' : ' (failed)'} | ${seconds((lint.ms * 1000) / count)} | ${adaptText} | ` +
        `${ref ? `${seconds(ref.ms)}${ref.ok ? '' : ' (failed)'} | ${(lint.ms / ref.ms).toFixed(2)}×` : 'nginx not installed | '} |`,
    );
    process.stderr.write(`${count} Caddy sites done\n`);
    rmSync(dir, { recursive: true, force: true });
    rmSync(plainDir, { recursive: true, force: true });
  }
  return rows;
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'tlslint-bench-'));
  try {
    const cert = { cert: join(work, 'cert.pem'), key: join(work, 'key.pem') };
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=bench', '-days', '400', '-keyout', cert.key, '-out', cert.cert], { stdio: 'ignore' });
    const nginx = hasNginx();
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
      const floor = await tokenizerFloor(tlsDir, runs);
      const mb = bytes / 1048576;
      rows.push(
        `| ${count.toLocaleString('en-US')} | ${mb.toFixed(1)} MB | ${seconds(lint.ms)}${lint.ok ? '' : ' (failed)'} | ${(mb / (lint.ms / 1000)).toFixed(2)} | ${lint.rssMb.toFixed(0)} MB | ` +
          `${ref ? `${seconds(ref.ms)}${ref.ok ? '' : ' (failed)'} | ${ref.rssMb.toFixed(0)} MB | ${(lint.ms / ref.ms).toFixed(2)}×` : 'not installed | | '} | ` +
          `${seconds(floor.ms)}${floor.ok ? '' : ' (failed)'} | ${floor.rssMb.toFixed(0)} MB | ${(lint.ms / floor.ms).toFixed(1)}× |`,
      );
      process.stderr.write(`${count} servers done\n`);
      rmSync(tlsDir, { recursive: true, force: true });
      rmSync(plainDir, { recursive: true, force: true });
    }
    const caddyTable = await caddyRows(work, cert, nginx);
    const small = join(work, 'small.conf');
    writeFileSync(small, server(1, true, cert, random(1)));
    const cold = await measure(['node', CLI, small], 5);
    const bare = await measure(['node', '-e', '0'], 5);
    console.log(rows.join('\n'));
    console.log(`\n| cold start (median of 5) | wall | peak RSS |\n| --- | ---: | ---: |`);
    console.log(`| \`tlslint\` on one server (${readFileSync(small).length} B) | ${cold.ms.toFixed(0)} ms | ${cold.rssMb.toFixed(0)} MB |`);
    console.log(`| \`node -e 0\` | ${bare.ms.toFixed(0)} ms | ${bare.rssMb.toFixed(0)} MB |`);
    console.log(`| ratio | ${(cold.ms / bare.ms).toFixed(1)}× | |`);
    console.log(`\n${caddyTable.join('\n')}`);
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
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=bench', '-days', '400', '-keyout', cert.key, '-out', cert.cert], { stdio: 'ignore' });
  console.log(generate(dir, sizes[0], true, cert).entry);
} else {
  await main();
}
