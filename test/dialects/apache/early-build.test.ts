// The Apache model builds each <VirtualHost> as the walk leaves it (readModel's `early`), and reads the tree
// again the ordinary way when a later line changes what a built vhost inherits. Both ways must give the same
// model; the walks are counted (modelWalks), never timed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApache } from '../../../src/dialects/apache/load.js';
import { buildApacheModel, modelWalks, readModel } from '../../../src/dialects/apache/model.js';
import type { LoadContext } from '../../../src/dialects/dialect.js';
import type { LintOptions } from '../../../src/engine/options.js';
import type { ConfigFile } from '../../../src/syntax/ast.js';

const root = mkdtempSync(join(tmpdir(), 'tlslint-apache-early-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options: LintOptions = {
  profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
  root, pathMaps: [], ruleOptions: {},
};

let trees = 0;

/** Writes `files` (the first is the entry) into a directory of their own and loads them. */
async function load(files: Record<string, string>): Promise<ConfigFile> {
  const dir = join(root, String(trees++));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text.replaceAll('@DIR@', dir));
  }
  const context: LoadContext = { root, pathMaps: [], cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 100, maxIncludeDepth: 10, notify: () => {} };
  return (await loadApache(join(dir, Object.keys(files)[0]), context))[0];
}

const site = (n: number, body = '') => `<VirtualHost *:443>
ServerName site${n}.example.com
SSLEngine on
SSLCertificateFile cert${n}.pem
Header always set Strict-Transport-Security "max-age=63072000"
<Location /api>
Header set X-Frame-Options DENY
</Location>
${body}
</VirtualHost>
`;

const HEAD = 'ServerRoot @DIR@\nListen 443\nSSLProtocol -all +TLSv1.2\nHeader set X-Main on\n<Directory />\nHeader unset X-Main\n</Directory>\n';

/** What changes a built vhost's inheritance when it comes after that vhost: each makes the early build undone. */
const LATE: Record<string, string> = {
  'a main-server setting': 'SSLProtocol -all +TLSv1.3\n',
  'a main-server header': 'Header always set X-Late yes\n',
  'a main-server section': '<Location />\nHeader set X-Late yes\n</Location>\n',
  'a main-server line inside a section': '<IfModule ssl_module>\nSSLCipherSuite HIGH\n</IfModule>\n',
  'a Listen': 'Listen 8443\n',
  'a ServerName of the main server': 'ServerName late.example.com\n',
  'a Define': 'Define LATE yes\n',
  'a ServerRoot': 'ServerRoot /elsewhere\n',
  'an unread Include': 'Include missing.conf\n',
  'a Define inside the next vhost': site(3, 'Define LATE yes\n'),
  'a DocumentRoot': 'DocumentRoot /srv/late\n',
};

describe('Apache model: vhosts built as the walk leaves them', () => {
  it('walks a tree that writes its main server first once, and gives the model the ordinary walk gives', async () => {
    const entry = await load({ 'httpd.conf': `${HEAD}IncludeOptional sites/*.conf\nLogLevel warn\n`, 'sites/a.conf': site(1, 'Define INSIDE yes\n') + site(2), 'sites/b.conf': site(3) });
    const before = modelWalks.count;
    const early = readModel(entry, options, true);
    expect(modelWalks.count - before).toBe(1);
    expect(early).toBeDefined();
    expect(early).toEqual(readModel(entry, options, false));
    expect(early!.endpoints.map((e) => e.label)).toEqual(['VirtualHost site1.example.com', 'VirtualHost site2.example.com', 'VirtualHost site3.example.com']);
  });

  it.each(Object.entries(LATE))('reads the tree again when %s comes after a vhost', async (_name, late) => {
    const entry = await load({ 'httpd.conf': `${HEAD}${site(1)}${late}${site(2)}` });
    expect(readModel(entry, options, true)).toBeUndefined();
    const before = modelWalks.count;
    const model = buildApacheModel(entry, options);
    expect(modelWalks.count - before).toBe(2);
    expect(model).toEqual(readModel(entry, options, false));
  });

  it('keeps the early build when the late line changes nothing a vhost inherits', async () => {
    // A line the model does not read, an unread Include inside the vhost being read, and a Define before any vhost.
    const entry = await load({ 'httpd.conf': `Define EARLY yes\n${HEAD}${site(1)}LogLevel warn\n${site(2, '<Location /x>\nInclude missing.conf\n</Location>\n')}` });
    const early = readModel(entry, options, true);
    expect(early).toBeDefined();
    expect(early).toEqual(readModel(entry, options, false));
    expect(early!.endpoints[1].scopes.find((s) => s.label === '<Location /x>')?.headersUnknown).toBe(true);
  });

  it('sees what the tree defines after the last vhost was read but before it was left', async () => {
    const entry = await load({ 'httpd.conf': `${HEAD}${site(1, 'Define PORT 8443\n')}` });
    expect(readModel(entry, options, true)).toEqual(readModel(entry, options, false));
  });
});
