// Vhosts written alike have their header scopes filled in from one template (headerScopes): each filled vhost
// must have what merging its own tables gives, with its own lines' places. Counts filled vhosts, never time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApache } from '../../../src/dialects/apache/load.js';
import { buildApacheModel, templateWork } from '../../../src/dialects/apache/model.js';
import type { LoadContext } from '../../../src/dialects/dialect.js';
import type { LintOptions } from '../../../src/engine/options.js';
import type { HeaderScope, TlsModel } from '../../../src/model/types.js';
import type { SourceRange } from '../../../src/syntax/range.js';
import { describedScopes } from '../../helpers/header-scopes.js';

const root = mkdtempSync(join(tmpdir(), 'tlslint-apache-templates-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const options: LintOptions = {
  profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
  root, pathMaps: [], ruleOptions: {},
};

async function model(path: string, text: string): Promise<TlsModel> {
  const entry = write(path, text);
  const context: LoadContext = { root, pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 100, maxIncludeDepth: 10, notify: () => {} };
  const files = await loadApache(entry, context);
  return buildApacheModel(files[0], options);
}

/**
 * The endpoint's scopes as rules see them (describedScopes), lines counted from `first` (in `file`, past the main
 * server's `mainLines`; any other line keeps its own number).
 */
function described(scopes: readonly HeaderScope[], file: string, mainLines: number, first: number): string {
  return describedScopes(scopes, (range: SourceRange) => {
    const own = range.file === file && range.start.line > mainLines;
    return `${range.file === file ? '' : range.file}:${own ? range.start.line - first : range.start.line}:${range.start.column}-${range.end.line - range.start.line}:${range.end.column}`;
  });
}

const MAIN = 'Listen 443\nHeader always set X-Main m\n';

/** Vhost bodies of several kinds: each has section Header lines (the vhosts a template serves). */
const KINDS: Record<string, string> = {
  'sections setting headers': [
    'Header always set Strict-Transport-Security "max-age=31536000"',
    '<Directory /var/www/html>\nRequire all granted\n</Directory>',
    '<Location "/api/">\nProxyPass "http://127.0.0.1:8000/"\nHeader set X-Frame-Options DENY\n</Location>',
    '<LocationMatch "^/static/.+\\.css$">\nHeader set Cache-Control "max-age=60"\n</LocationMatch>',
  ].join('\n'),
  'unset, merge and append over the vhost and the main server': [
    'Header set X-A "a"\nHeader always set X-B b',
    '<Location />\nHeader merge X-A "c"\nHeader append X-Main n\n</Location>',
    '<Location /app>\nHeader unset X-A\n<If "true">\nHeader always unset X-B\nHeader set X-C "%{FOO}e"\n</If>\n</Location>',
    '<Files "*.php">\nHeader unset X-A\n</Files>',
  ].join('\n'),
  '<Directory> sections with DocumentRoot and Alias': [
    'DocumentRoot /srv/site\nAlias /app /srv/app\nProxyPass /api http://127.0.0.1:9000/',
    'Header always set X-A a',
    '<Directory /srv/site>\nHeader unset X-A\n</Directory>',
    '<Directory /srv/app>\nHeader set X-D d\n</Directory>',
    '<Location /app/x>\nHeader set X-L l\n</Location>',
    '<Location /api>\nHeader set X-P p\n</Location>',
  ].join('\n'),
  'a section reading an included file': [
    'Header always set X-A a',
    '<Location /inc>\nInclude conf/headers.conf\n</Location>',
  ].join('\n'),
};

/**
 * Vhost bodies, each pair differing only in a line the merge reads besides where its lines stand (and the main
 * server's lines for both): the second must not be filled from the first one's template.
 */
const NEAR_KINDS: Record<string, [first: string, second: string, main?: string]> = {
  'DocumentRoot where a <Directory> sets headers': ['DocumentRoot /a\n<Directory /a>\nHeader set X 1\n</Directory>', 'DocumentRoot /b\n<Directory /a>\nHeader set X 1\n</Directory>'],
  'DocumentRoot where a main-server <Directory> sets headers': ['DocumentRoot /a\n<Location /z>\nHeader set Y 1\n</Location>', 'DocumentRoot /b\n<Location /z>\nHeader set Y 1\n</Location>', '<Directory /a>\nHeader set X 1\n</Directory>\n'],
  'Alias where a <Directory> sets headers': ['Alias /z /a\n<Directory /a>\nHeader set X 1\n</Directory>\n<Location /z>\nHeader set Y 1\n</Location>', 'Alias /z /b\n<Directory /a>\nHeader set X 1\n</Directory>\n<Location /z>\nHeader set Y 1\n</Location>'],
  'a server-level ProxyPass': ['ProxyPass /z http://a/\n<Directory /var/www/html>\nHeader set X 1\n</Directory>\n<Location /z>\nHeader set Y 1\n</Location>', 'ProxyPass /q http://a/\n<Directory /var/www/html>\nHeader set X 1\n</Directory>\n<Location /z>\nHeader set Y 1\n</Location>'],
  'a ProxyPass in a <Location>': ['<Location /a>\nProxyPass http://x/\nHeader set X 1\n</Location>\n<Directory /var/www/html/a>\nHeader set Y 1\n</Directory>', '<Location /a>\nProxyPass !\nHeader set X 1\n</Location>\n<Directory /var/www/html/a>\nHeader set Y 1\n</Directory>'],
  'a redirect in a section': ['<Location /a>\nHeader set X 1\n</Location>\n<Location /b>\nRedirect / https://x/\n</Location>', '<Location /a>\nHeader set X 1\n</Location>\n<Location /b>\n</Location>'],
  'a redirect of the whole vhost': ['Redirect / https://x/\n<Location /a>\nHeader set X 1\n</Location>', '<Location /a>\nHeader set X 1\n</Location>'],
  'an unread Include in a nested section': ['<Location /a>\nHeader set X 1\n<If "x">\nInclude conf/missing.conf\n</If>\n</Location>', '<Location /a>\nHeader set X 1\n<If "x">\nInclude conf/no-headers.conf\n</If>\n</Location>'],
  'the table (always) of a Header line': ['Header always set X-A 1\n<Location /a>\nHeader unset X-A\n</Location>', 'Header set X-A 1\n<Location /a>\nHeader unset X-A\n</Location>'],
  'a Header line acting on a header of a main-server section': ['<Location /a>\nHeader set X-Main 1\n</Location>', '<Location /a>\nHeader merge X-Main 1\n</Location>', '<Location /a>\nHeader append X-Main q\n</Location>\n'],
};

describe('Apache header templates', () => {
  write('conf/headers.conf', 'Header always unset X-A\nHeader set X-I i\n');
  write('conf/no-headers.conf', 'ServerAdmin admin@example.com\n');

  it.each(Object.entries(KINDS))('fill vhosts with %s as merging their own tables would', async (name, body) => {
    const vhost = (n: number) => `<VirtualHost *:443>\nServerName site${n}.example.com\n${body}\n</VirtualHost>\n`;
    const lines = vhost(0).split('\n').length - 1;
    const file = `${name.replace(/\W+/g, '-')}/`;
    // One vhost alone is merged; the same vhost written three times is merged once and filled twice.
    const alone = await model(`${file}alone.conf`, MAIN + vhost(0));
    const before = templateWork.filled;
    const three = await model(`${file}three.conf`, MAIN + vhost(0) + vhost(1) + vhost(2));
    expect(templateWork.filled - before).toBe(2);
    const mainLines = MAIN.split('\n').length - 1;
    const expected = described(alone.endpoints[0].scopes, join(root, `${file}alone.conf`), mainLines, mainLines);
    expect(expected).toContain('headers');
    for (let index = 0; index < 3; index++) {
      expect(described(three.endpoints[index].scopes, join(root, `${file}three.conf`), mainLines, mainLines + index * lines)).toBe(expected);
    }
  });

  it.each(Object.entries(NEAR_KINDS))('merges a vhost that differs from an earlier one in %s', async (name, [first, second, mainExtra]) => {
    const main = MAIN + (mainExtra ?? '');
    const vhost = (body: string) => `<VirtualHost *:443>\nServerName site.example.com\n${body}\n</VirtualHost>\n`;
    const file = `near-${name.replace(/\W+/g, '-')}/`;
    const mainLines = main.split('\n').length - 1;
    const alone = await model(`${file}alone.conf`, main + vhost(second));
    const expected = described(alone.endpoints[0].scopes, join(root, `${file}alone.conf`), mainLines, mainLines);
    // The first vhost twice: its kind has a template (the second is filled from it) when the third is built.
    const before = templateWork.filled;
    const built = await model(`${file}after.conf`, main + vhost(first) + vhost(first) + vhost(second));
    // Only the first vhost's copy is filled.
    expect(templateWork.filled - before).toBe(1);
    const firstLines = vhost(first).split('\n').length - 1;
    expect(described(built.endpoints[2].scopes, join(root, `${file}after.conf`), mainLines, mainLines + 2 * firstLines)).toBe(expected);
  });

  it('fills the second reading of a vhost file included twice as merging it gives', async () => {
    write('twice-vhost/site.conf', '<VirtualHost *:443>\nHeader set X-A a\n<Location /a>\nHeader unset X-A\nHeader merge X-Main n\n</Location>\n</VirtualHost>\n');
    const site = join(root, 'twice-vhost/site.conf');
    const alone = await model('twice-vhost/alone.conf', `${MAIN}Include twice-vhost/site.conf\n`);
    const before = templateWork.filled;
    const twice = await model('twice-vhost/twice.conf', `${MAIN}Include twice-vhost/site.conf\nInclude twice-vhost/site.conf\n`);
    expect(templateWork.filled - before).toBe(1);
    // The main server's header names its file, which differs between the two models.
    const expected = described(alone.endpoints[0].scopes, site, 0, 0).replaceAll('alone.conf', 'main.conf');
    for (const endpoint of twice.endpoints) expect(described(endpoint.scopes, site, 0, 0).replaceAll('twice.conf', 'main.conf')).toBe(expected);
  });

  it('stops making templates in a tree whose vhosts are all written otherwise', async () => {
    const own = (n: number) => `<VirtualHost *:443>\n<Location /site${n}/>\nHeader set X-A a\n</Location>\n</VirtualHost>\n`;
    const alike = '<VirtualHost *:443>\n<Location /a>\nHeader set X-A a\n</Location>\n</VirtualHost>\n';
    const before = { ...templateWork };
    // 300 vhosts of a section each (a kind of its own), then three alike: once the model keeps all the kinds it
    // keeps (256) and no vhost was filled from one, the rest are merged without looking for their kind.
    const built = await model('unlike.conf', MAIN + Array.from({ length: 300 }, (_, n) => own(n)).join('') + alike.repeat(3));
    expect(templateWork.filled - before.filled).toBe(0);
    expect(templateWork.looked - before.looked).toBe(256);
    expect(built.endpoints.map((e) => e.scopes[1].headers.map((h) => h.value).join())).toEqual(Array(303).fill('m,a'));
  });

  it('merges vhosts whose Header lines differ, and a vhost that reads one file twice', async () => {
    write('twice/headers.conf', 'Header set X-T t\n');
    const vhost = (value: string) => `<VirtualHost *:443>\n<Location /a>\nHeader set X-A ${value}\n</Location>\n</VirtualHost>\n`;
    const twice = '<VirtualHost *:443>\nInclude twice/headers.conf\n<Location /a>\nInclude twice/headers.conf\n</Location>\n</VirtualHost>\n';
    const before = templateWork.filled;
    const built = await model('differ.conf', MAIN + vhost('one') + vhost('two') + vhost('one') + twice + twice);
    // Only the third vhost is written as one before it: a vhost with one line in two places is merged, whoever came first.
    expect(templateWork.filled - before).toBe(1);
    expect(built.endpoints.map((e) => e.scopes[1].headers.map((h) => h.value))).toEqual([['m', 'one'], ['m', 'two'], ['m', 'one'], ['m', 't'], ['m', 't']]);
    // The section's `set` replaced a header of the same line: the merge tells it by place, and nothing was dropped.
    expect(built.endpoints[4].scopes[1].dropped).toEqual([]);
  });
});
