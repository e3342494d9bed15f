// A file a fast reader gives up on (Apache's text reader, nginx's and Caddy's tokenizers) is read through chevrotain's
// lexer (and for Apache its parser), which a run imports only then (src/dialects/on-demand.ts): the run reads its files again
// once they are loaded, and reports exactly what it would have reported had they always been there.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../src/engine/run.js';
import { onDemandMisses } from '../../src/dialects/on-demand.js';

// No text is known that the fast readers give up on: they are made to give up on the files holding this line.
vi.mock('../../src/dialects/apache/to-ast.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/dialects/apache/to-ast.js')>();
  const readApacheText: typeof actual.readApacheText = (text, ...rest) => !text.includes('# through the lexer') && actual.readApacheText(text, ...rest);
  return { ...actual, readApacheText };
});
vi.mock('../../src/dialects/nginx/tokens.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/dialects/nginx/tokens.js')>();
  const tokenizeNginx: typeof actual.tokenizeNginx = (text) => (text.includes('# through the lexer') ? actual.lexedByLexer(text) : actual.tokenizeNginx(text));
  return { ...actual, tokenizeNginx };
});
vi.mock('../../src/dialects/caddy/tokens.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/dialects/caddy/tokens.js')>();
  const tokenizeCaddy: typeof actual.tokenizeCaddy = (text) => (text.includes('# through the lexer') ? actual.lexedByLexer(text) : actual.tokenizeCaddy(text));
  return { ...actual, tokenizeCaddy };
});

const root = mkdtempSync(join(tmpdir(), 'tlslint-on-demand-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The line that sends a file through the lexer, last in the file, so that both trees' other lines have the same numbers. */
const MARK = '# through the lexer';

/** Writes `files` under `dir`, the last one marked when `marked`; returns the first (the entry). */
function tree(dir: string, files: Array<[string, string]>, marked: boolean): string {
  const written = files.map(([path, text], index) => {
    const full = join(root, dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, marked && index === files.length - 1 ? `${text}${MARK}\n` : text);
    return full;
  });
  return written[0];
}

type Dialect = 'apache' | 'nginx' | 'caddy';

const CASES: Array<{ dialect: Dialect; files: Array<[string, string]>; expected: string[] }> = [
  {
    dialect: 'apache',
    files: [
      ['apache2.conf', 'Listen 443\nIncludeOptional sites-enabled/*.conf\n'],
      ['sites-enabled/site.conf', [
        '<VirtualHost *:443>',
        '    ServerName site.example',
        '    SSLEngine on',
        '    SSLProtocol all -SSLv3',
        '    SSLCertificateFile /etc/ssl/s.pem',
        '    SSLCertificateKeyFile /etc/ssl/s.key',
        '    <Location "/a">',
        '    Header always set "Strict-Transport-Security" "max-age=60"',
        '',
      ].join('\n')],
    ],
    expected: ['parse-error', 'protocol-deprecated'],
  },
  {
    dialect: 'nginx',
    files: [
      ['nginx.conf', 'events {}\nhttp {\n    include conf.d/*.conf;\n'],
      ['conf.d/site.conf', [
        'server {',
        '    listen 443 ssl;',
        '    server_name site.example;',
        '    ssl_protocols TLSv1 TLSv1.2;',
        '    ssl_certificate /etc/ssl/s.pem;',
        '    ssl_certificate_key /etc/ssl/s.key;',
        '    add_header Strict-Transport-Security "max-age=60" always',
        '}}',
        '',
      ].join('\n')],
    ],
    expected: ['parse-error', 'protocol-deprecated'],
  },
  {
    dialect: 'caddy',
    files: [
      ['Caddyfile', [
        'example.com {',
        '    tls /etc/ssl/c.pem /etc/ssl/k.pem {',
        '        protocols tls1.0 tls1.3',
        '    }',
        '    header Strict-Transport-Security "max-age=60"',
        '}',
        '}',
        '',
      ].join('\n')],
    ],
    expected: ['parse-error', 'hsts-max-age-short'],
  },
];

/**
 * A run's result with the tree's directory named alike, to compare two trees. A named private key sits beside the
 * entry: its refusal is a notification and a failed run made while the tree is loaded, which a second reading
 * must not repeat.
 */
async function report(entry: string, dir: string, dialect: Dialect): Promise<string> {
  const key = join(root, dir, 'named.key');
  writeFileSync(key, '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n');
  const options: RunOptions = {
    dialect, profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0',
    now: new Date('2026-06-01T00:00:00Z'), root, pathMaps: [], ruleOptions: {}, ruleSettings: {}, limits: DEFAULT_LIMITS,
  };
  const { sources: _sources, ...result } = await lint([entry, key], options);
  return JSON.stringify(result).replaceAll(join(root, dir), 'TREE');
}

describe('chevrotain, imported on demand', () => {
  it.each(CASES)('$dialect: reads a tree again through the lexer once a file needs it, and reports what the fast reader would', async ({ dialect, files, expected }) => {
    const viaFastReader = await report(tree(`${dialect}-fast`, files, false), `${dialect}-fast`, dialect);
    for (const ruleId of expected) expect(viaFastReader).toContain(`"${ruleId}"`);
    expect(viaFastReader.match(/"file":"TREE\/named\.key"/g)).toHaveLength(1);
    expect(viaFastReader).toContain('"executionSuccessful":false');
    const marked = tree(`${dialect}-lexer`, files, true);
    const misses = onDemandMisses();
    const viaLexer = await report(marked, `${dialect}-lexer`, dialect);
    // The site missed the lexer on the first reading: the run loaded it and read the tree again.
    expect(onDemandMisses()).toBeGreaterThan(misses);
    expect(viaLexer).not.toContain('reader was not loaded');
    expect(viaLexer).toBe(viaFastReader);
    // Loaded now: the next run reads the site through the lexer at once.
    const loaded = onDemandMisses();
    expect(await report(marked, `${dialect}-lexer`, dialect)).toBe(viaFastReader);
    expect(onDemandMisses()).toBe(loaded);
  });
});
