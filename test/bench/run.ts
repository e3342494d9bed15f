// `npm run bench`: generated nginx trees of N servers, linted by the built CLI, next to `nginx -t` and the floors.
// Usage: npm run bench [-- --sizes 1000,10000,50000 --runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { expandCipherString } from '../../src/tls/cipher-string.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVERS_PER_FILE = 10;
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3' } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

/** A small deterministic PRNG (mulberry32) so every run lints the same trees. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function server(i: number, tls: boolean, next: () => number): string {
  const port = 8000 + Math.floor(next() * 900);
  const listen = tls ? '    listen 443 ssl;\n    listen [::]:443 ssl;\n' : '    listen 80;\n';
  const ssl = tls
    ? `    ssl_certificate ${'CERT'};\n    ssl_certificate_key ${'KEY'};\n    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305;\n    ssl_session_tickets off;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n`
    : '';
  return `# site ${i}: generated for the benchmark
server {
${listen}    server_name site${i}.example.com www.site${i}.example.com;
${ssl}    root /srv/site${i}/public;
    index index.html;

    location / {
        try_files $uri $uri/ @app;
    }

    location @app {
        proxy_pass http://127.0.0.1:${port};
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /api/ {
        if ($request_method = OPTIONS) {
            return 204;
        }
        proxy_pass http://127.0.0.1:${port + 1};
        add_header X-Frame-Options DENY;
    }

    location ~* \\.(css|js|png|jpg|svg)$ {
        expires 30d;
        access_log off;
    }

    location /static/ {
        alias /srv/site${i}/static/;
    }
}
`;
}

/** Writes nginx.conf + conf.d/NNNN.conf with `count` servers; returns the entry and its size in bytes. */
function generate(dir: string, count: number, tls: boolean, cert: { cert: string; key: string }): { entry: string; bytes: number } {
  mkdirSync(join(dir, 'conf.d'), { recursive: true });
  const next = random(count);
  let bytes = 0;
  for (let file = 0; file * SERVERS_PER_FILE < count; file++) {
    let text = '';
    for (let i = file * SERVERS_PER_FILE; i < Math.min(count, (file + 1) * SERVERS_PER_FILE); i++) text += server(i, tls, next);
    text = text.replaceAll('CERT', cert.cert).replaceAll('KEY', cert.key);
    writeFileSync(join(dir, 'conf.d', `${String(file).padStart(5, '0')}.conf`), text);
    bytes += Buffer.byteLength(text);
  }
  const main = `events {}\nhttp {\n    server_names_hash_max_size 1048576;\n    server_names_hash_bucket_size 128;\n    map $http_upgrade $connection_upgrade {\n        default upgrade;\n        '' close;\n    }\n    include conf.d/*.conf;\n}\n`;
  writeFileSync(join(dir, 'nginx.conf'), main);
  return { entry: join(dir, 'nginx.conf'), bytes: bytes + main.length };
}

/** Median wall time (ms) and the largest peak RSS (MB) of `runs` runs, measured by /usr/bin/time. */
function measure(command: string[], runs: number): { ms: number; rssMb: number; ok: boolean } {
  const times: number[] = [];
  let rss = 0;
  let ok = true;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', ...command], { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    rss = Math.max(rss, Number(/(\d+)\s*$/.exec(result.stderr)?.[1] ?? 0) / 1024);
    ok &&= result.status === 0 || result.status === 1;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], rssMb: rss, ok };
}

/** The floor: a bare regex tokenizer reading the same files in-process. */
function tokenizerFloorMs(dir: string): number {
  const start = performance.now();
  let tokens = 0;
  for (const name of readdirSync(join(dir, 'conf.d'))) {
    const text = readFileSync(join(dir, 'conf.d', name), 'utf8');
    tokens += text.match(/#[^\n]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[{};]|[^\s{};#"']+/g)?.length ?? 0;
  }
  if (tokens === 0) throw new Error('no tokens');
  return performance.now() - start;
}

function hasNginx(): boolean {
  return !spawnSync('nginx', ['-v']).error;
}

function main(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'tlslint-bench-'));
  try {
    const cert = { cert: join(work, 'cert.pem'), key: join(work, 'key.pem') };
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=bench', '-days', '2', '-keyout', cert.key, '-out', cert.cert], { stdio: 'ignore' });
    const cli = join(ROOT, 'bin', 'tlslint.js');
    const rows: string[] = ['| servers | input | tlslint wall | MB/s | peak RSS | nginx -t (TLS-free) | ratio | tokenizer floor | ×floor |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
    for (const count of sizes) {
      const tlsDir = join(work, `tls-${count}`);
      const plainDir = join(work, `plain-${count}`);
      const { entry, bytes } = generate(tlsDir, count, true, cert);
      const plain = generate(plainDir, count, false, cert);
      const lint = measure(['node', cli, '--format', 'sarif', '-o', join(work, 'out.sarif'), entry], runs);
      const nginx = hasNginx() ? measure(['nginx', '-t', '-q', '-p', plainDir, '-c', plain.entry, '-e', join(plainDir, 'error.log'), '-g', `pid ${join(plainDir, 'nginx.pid')};`], runs) : null;
      const floor = tokenizerFloorMs(tlsDir);
      const mb = bytes / 1048576;
      rows.push(`| ${count} | ${mb.toFixed(1)} MB | ${(lint.ms / 1000).toFixed(2)} s${lint.ok ? '' : ' (failed)'} | ${(mb / (lint.ms / 1000)).toFixed(1)} | ${lint.rssMb.toFixed(0)} MB | ${nginx ? `${(nginx.ms / 1000).toFixed(2)} s${nginx.ok ? '' : ' (failed)'}` : 'not installed'} | ${nginx ? `${(lint.ms / nginx.ms).toFixed(2)}×` : ''} | ${floor.toFixed(0)} ms | ${(lint.ms / floor).toFixed(1)} |`);
      rmSync(tlsDir, { recursive: true, force: true });
      rmSync(plainDir, { recursive: true, force: true });
    }
    const small = join(work, 'small.conf');
    writeFileSync(small, server(1, true, random(1)).replaceAll('CERT', cert.cert).replaceAll('KEY', cert.key));
    const cold = measure(['node', cli, small], 5);
    const node = measure(['node', '-e', '0'], 5);
    console.log(rows.join('\n'));
    console.log(`\ncold start on one server: ${cold.ms.toFixed(0)} ms vs node -e 0 ${node.ms.toFixed(0)} ms (${(cold.ms / node.ms).toFixed(1)}×)`);
    console.log(cipherTimes());
    console.log(`\ninput files: ${statSync(small).size} B small config; ${SERVERS_PER_FILE} servers per included file`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Time per expansion of typical cipher strings (first call, then repeated calls). */
function cipherTimes(): string {
  const strings = ['HIGH:!aNULL:!MD5', 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384', 'EECDH+AESGCM:EDH+AESGCM', 'ALL:!ADH:!EXPORT:!SSLv2:RC4+RSA:+HIGH:+MEDIUM', 'DEFAULT:@SECLEVEL=0'];
  const lines = strings.map((s) => {
    const first = performance.now();
    expandCipherString(s, '3.0');
    const firstMs = performance.now() - first;
    const start = performance.now();
    for (let i = 0; i < 200; i++) expandCipherString(s, '3.0');
    return `| \`${s}\` | ${firstMs.toFixed(2)} ms | ${((performance.now() - start) / 200).toFixed(3)} ms |`;
  });
  return ['\n| cipher string | first expansion | repeated |', '| --- | ---: | ---: |', ...lines].join('\n');
}

main();
