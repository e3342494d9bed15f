// Differential tests of the Apache parser: every corpus file parses, and the real apache2 judges the same
// trees and snippets the way tlslint does (accepted ⇔ no parse-error; DUMP_VHOSTS ⇔ the model's vhosts).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApache } from '../../../src/dialects/apache/load.js';
import { buildApacheModel } from '../../../src/dialects/apache/model.js';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import type { LoadContext } from '../../../src/dialects/dialect.js';
import type { LintOptions } from '../../../src/engine/options.js';
import type { ConfigFile } from '../../../src/syntax/ast.js';
import { DEBIAN_MODULES, debianEnv, findApache, judge, makeCertificate, parseDumpVhosts, writeText } from './httpd-judge.js';

const CORPUS = fileURLToPath(new URL('../../../fixtures/corpus/apache/', import.meta.url));
const NOT_CONFIGS = /(^|\/)(LICENSE[^/]*|NOTICE|COPYRIGHT\.debian|README\.md|PROVENANCE\.tsv)$/;

function filesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesBelow(path));
    else if (!NOT_CONFIGS.test(path)) out.push(path);
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'tlslint-apache-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function context(): LoadContext {
  return { root: work, pathMaps: [], cache: new Map(), maxFileBytes: 50 * 1024 * 1024, maxIncludedFiles: 10_000, maxIncludeDepth: 50, notify: () => {} };
}

const OPTIONS: LintOptions = {
  profile: 'intermediate', guidelines: '6.0', serverVersions: { apache: '2.4.66' }, openssl: '3.0',
  now: new Date('2026-06-01T00:00:00Z'), root: work, pathMaps: [], ruleOptions: {},
};

function parseErrors(files: readonly ConfigFile[]): string[] {
  return files.flatMap((file) => file.diagnostics.map((d) => `${relative(work, file.path)}:${d.range.start.line}: ${d.ruleId} ${d.message}`));
}

describe('Apache corpus', () => {
  const files = filesBelow(CORPUS);

  it('has the copied corpus', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('parses every file without a parse-error (the httpd templates\' @@placeholders@@ are plain words)', () => {
    const problems = files.flatMap((file) => parseApache(readFileSync(file, 'utf8'), file).diagnostics.map((d) => `${relative(CORPUS, file)}:${d.range.start.line} ${d.message}`));
    expect(problems).toEqual([]);
  });

  it('loads every file without a parse-error: no argument httpd would refuse on the lines it reads', async () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const loaded of await loadApache(file, context())) {
        for (const d of loaded.diagnostics) if (d.ruleId === 'parse-error') problems.push(`${relative(CORPUS, loaded.path)}:${d.range.start.line} ${d.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

const apache = findApache();
const inCi = process.env.CI === 'true';

describe('apache2 is available to judge', () => {
  // On CI (.ci/run installs Debian's apache2) a missing binary must fail, never silently skip the proof.
  it.runIf(inCi)('is installed on CI', () => {
    expect(apache, 'apache2 is not installed: the differential test cannot prove anything').not.toBeNull();
  });
});

describe.runIf(apache !== null)('apache2 -t as the judge', () => {
  const httpd = apache!;

  /** The Debian tree as a fresh install plus `a2enmod ssl headers` and `a2ensite default-ssl`, its snakeoil pair replaced. */
  function debianTree(): { root: string; config: string } {
    const root = join(work, 'debian', 'apache2');
    cpSync(join(CORPUS, 'debian-apache2/etc/apache2'), root, { recursive: true });
    const mods = ['mpm_event', 'authz_host', 'auth_basic', 'access_compat', 'authn_file', 'authz_user', 'alias', 'dir', 'autoindex', 'env',
      'mime', 'negotiation', 'setenvif', 'filter', 'deflate', 'status', 'reqtimeout', 'authz_core', 'authn_core', 'ssl', 'socache_shmcb', 'headers'];
    for (const dir of ['mods-enabled', 'conf-enabled', 'sites-enabled']) rmSync(join(root, dir), { recursive: true, force: true });
    for (const mod of mods) {
      for (const ext of ['load', 'conf']) {
        try {
          statSync(join(root, 'mods-available', `${mod}.${ext}`));
          link(join(root, 'mods-available', `${mod}.${ext}`), join(root, 'mods-enabled', `${mod}.${ext}`));
        } catch {
          // Not every module has a .conf.
        }
      }
    }
    for (const conf of ['charset', 'localized-error-pages', 'other-vhosts-access-log', 'security', 'serve-cgi-bin']) {
      link(join(root, 'conf-available', `${conf}.conf`), join(root, 'conf-enabled', `${conf}.conf`));
    }
    for (const site of ['000-default', 'default-ssl']) link(join(root, 'sites-available', `${site}.conf`), join(root, 'sites-enabled', `${site}.conf`));
    const { cert, key } = makeCertificate(work);
    const ssl = join(root, 'sites-available', 'default-ssl.conf');
    writeFileSync(ssl, readFileSync(ssl, 'utf8').replace('/etc/ssl/certs/ssl-cert-snakeoil.pem', cert).replace('/etc/ssl/private/ssl-cert-snakeoil.key', key));
    return { root, config: join(root, 'apache2.conf') };
  }

  function link(target: string, path: string): void {
    writeText(join(path, '..', '.keep'), '');
    symlinkSync(relative(join(path, '..'), target), path);
  }

  /**
   * The h5bp tree with its test vhosts enabled, /usr/local/apache2 moved to the scratch directory, and the
   * LoadModule lines of modules Debian compiles in (log_config, unixd) dropped: httpd refuses to load those.
   */
  function h5bpTree(): { root: string; config: string } {
    const root = join(work, 'h5bp');
    cpSync(join(CORPUS, 'h5bp-server-configs-apache'), root, { recursive: true });
    const { cert, key } = makeCertificate(work);
    for (const file of filesBelow(root)) {
      const text = readFileSync(file, 'utf8');
      const moved = text.replaceAll('/usr/local/apache2', root).replace(/^LoadModule (log_config|unixd)_module .*$/gm, '');
      if (moved !== text) writeFileSync(file, moved);
    }
    cpSync(join(root, 'test', 'vhosts'), join(root, 'vhosts'), { recursive: true });
    writeText(join(root, 'certs', 'default.crt'), readFileSync(cert, 'utf8'));
    writeText(join(root, 'certs', 'default.key'), readFileSync(key, 'utf8'));
    writeText(join(root, 'conf', 'mime.types'), 'text/html html\n');
    writeText(join(root, 'logs', '.keep'), '');
    writeText(join(root, 'htdocs', 'index.html'), 'ok\n');
    symlinkSync(DEBIAN_MODULES, join(root, 'modules'));
    return { root, config: join(root, 'httpd.conf') };
  }

  it('accepts the Debian tree, and tlslint reads it without a parse or include error', async () => {
    const { root, config } = debianTree();
    const verdict = judge(httpd, root, config, debianEnv(join(work, 'debian')));
    expect(verdict.output).toContain('Syntax OK');
    expect(verdict.ok).toBe(true);
    expect(parseErrors(await loadApache(config, context()))).toEqual([]);
  });

  it('accepts the h5bp tree; its vhosts, ports, files, lines and names equal DUMP_VHOSTS', async () => {
    const { root, config } = h5bpTree();
    const env = debianEnv(join(work, 'h5bp-run'));
    const verdict = judge(httpd, root, config, env, ['-D', 'DUMP_VHOSTS']);
    expect(verdict.ok, verdict.output).toBe(true);
    const files = await loadApache(config, context());
    expect(parseErrors(files)).toEqual([]);
    const model = buildApacheModel(files[0], OPTIONS);
    const dumped = parseDumpVhosts(verdict.output);
    expect(dumped.length).toBeGreaterThan(3);
    const ours = model.endpoints.filter((e) => e.label !== 'main server').flatMap((e) =>
      [...new Set(e.listeners.map((l) => l.port))].map((port) => ({ port, file: e.range.file, line: e.range.start.line, names: e.serverNames })));
    const key = (v: { port: number; file: string; line: number }) => `${v.port} ${v.file}:${v.line}`;
    expect(ours.map(key).sort()).toEqual(dumped.map(key).sort());
    for (const vhost of dumped) {
      const mine = ours.find((o) => key(o) === key(vhost))!;
      // A vhost without ServerName shows the main server's name; the model then has none of its own.
      if (mine.names.length) expect([mine.names[0], ...mine.names.slice(1).sort()]).toEqual([vhost.name, ...vhost.aliases.sort()]);
    }
  });

  /** Snippets read after a minimal server config: [name, text]. The judge's verdict decides the expectation. */
  const SNIPPETS: ReadonlyArray<readonly [string, string]> = [
    ['a mismatched closing tag', '<Location /x>\n</Directory>\n'],
    ['an unclosed section', '<Location /x>\nHeader set A b\n'],
    ['a stray closing tag', '</Location>\n'],
    ['a section tag without ">"', '<Location /x\n</Location>\n'],
    ['a closing tag with a space before ">"', '<Location /x>\n</Location >\n'],
    ['a closing tag with two ">"', '<Location /x>\n</Location>>\n'],
    ['nested sections closed out of order', '<VirtualHost *:8080>\n<Location /x>\n</VirtualHost>\n</Location>\n'],
    ['an unterminated quote', 'ServerAdmin "admin@example.org\n'],
    ['case-insensitive closing tags', '<location /x>\n</LOCATION>\n'],
    ['text after a section tag\'s ">"', '<Location /x>junk\n</Location>\n'],
    ['a comment continued by a backslash', '# note \\\nBogusDirective that would fail\n'],
    ['a directive continued by a backslash', 'ServerAdmin \\\n  admin@example.org\n'],
    ['a ">" inside an <If> expression', '<If "%{SERVER_PORT} > 1">\nHeader set A b\n</If>\n'],
    ['a false <IfModule> hiding unknown directives', '<IfModule nonexistent_module>\nBogusDirective x\n</IfModule>\n'],
    ['<IfModule !mod_ssl.c> with mod_ssl not loaded', '<IfModule !mod_ssl.c>\nServerAdmin a@b\n</IfModule>\n'],
    ['sections nested eight deep', `${'<IfDefine !NOPE>\n'.repeat(8)}ServerAdmin a@b\n${'</IfDefine>\n'.repeat(8)}`],
    ['a mismatched tag inside a false <IfDefine>', '<IfDefine NOPE>\n<Location /x>\n</Directory>\n</IfDefine>\n'],
  ];

  const MINIMAL = [
    `LoadModule mpm_event_module ${DEBIAN_MODULES}/mod_mpm_event.so`,
    `LoadModule authz_core_module ${DEBIAN_MODULES}/mod_authz_core.so`,
    `LoadModule headers_module ${DEBIAN_MODULES}/mod_headers.so`,
    'ServerName localhost',
    'Listen 127.0.0.1:18080',
  ].join('\n');

  /**
   * Argument counts and forms httpd refuses when it reads the line (server/config.c invoke_cmd, mod_headers
   * header_cmd), and neighbours it takes; read after MINIMAL with mod_ssl loaded. The judge's verdict and its
   * "Syntax error on line N" decide the expectation: refused ⇔ a parse-error, on that line.
   */
  const ARGUMENTS: ReadonlyArray<readonly [string, string]> = [
    ['a "# comment" after Header arguments', 'Header set X-A "a" # note\n'],
    ['a "#comment" word after Header arguments', 'Header always set X-A "a" #note\n'],
    ['a Header env= condition', 'Header always set X-A "a" env=HTTPS\nHeader unset X-B env=!HTTPS\nRequestHeader unset Proxy early\n'],
    ['an unknown Header condition', 'Header set X-A a b\n'],
    ['Header unset with a value', 'Header unset X-A a b\n'],
    ['Header without a value', 'Header set X-A\n'],
    ['Header with an empty value', 'Header set X-A ""\n'],
    ['Header without an action', 'Header always\n'],
    ['Header edit without a substitution', 'Header edit X-A ^a\n'],
    ['Header edit with a substitution and a condition', 'Header always edit X-A ^a b env=HTTPS\n'],
    ['six words after Header', 'Header set X-A a b c d\n'],
    ['a "# comment" on a continued Header line', 'Header set X-A \\\n  "a" # note\n'],
    ['SSLEngine with two arguments', 'SSLEngine on off\n'],
    ['SSLEngine with an empty argument', 'SSLEngine ""\n'],
    ['SSLEngine alone', 'SSLEngine\n'],
    ['SSLEngine yes', 'SSLEngine yes\n'],
    ['SSLEngine Optional', 'SSLEngine Optional\n'],
    ['SSLCipherSuite with three arguments', 'SSLCipherSuite HIGH x y\n'],
    ['SSLCipherSuite with its TLSv1.3 form', 'SSLCipherSuite TLSv1.3 TLS_AES_128_GCM_SHA256\n'],
    ['SSLOpenSSLConfCmd with one argument', 'SSLOpenSSLConfCmd Protocol\n'],
    ['a flag followed by another word (FLAG reads the first only)', 'SSLCompression off extra\n'],
    ['a flag that is not On or Off', 'SSLSessionTickets yes\n'],
    ['a flag alone', 'SSLHonorCipherOrder\n'],
    ['SSLProtocol without a protocol (mod_ssl refuses it at start, not when reading)', 'SSLProtocol\n'],
    ['Listen with three arguments', 'Listen 127.0.0.1:18081 https extra\n'],
    ['Define with three arguments', 'Define A B C\n'],
    ['Redirect with four arguments', 'Redirect permanent / https://www.example.org/ extra\n'],
    ['RedirectMatch with one argument', 'RedirectMatch ^/$\n'],
    ['a refused line inside a false <IfModule>', '<IfModule nope_module>\nSSLEngine on off\n</IfModule>\n'],
    ['a refused line inside a <VirtualHost>', '<VirtualHost 127.0.0.1:18080>\nServerName a.example\nHeader always set Strict-Transport-Security "max-age=63072000" # HSTS\n</VirtualHost>\n'],
    ['an Include with two arguments', 'Include a.conf b.conf\n'],
    ['a <Location> without its path', '<Location>\nHeader set X-A a\n</Location>\n'],
    ['a <Directory> with an empty path', '<Directory "">\n</Directory>\n'],
    ['an <IfModule> of "!" alone', '<IfModule !>\nHeader set X-A a\n</IfModule>\n'],
    ['an <IfModule> with "!" apart', '<IfModule ! nope_module>\nHeader set X-A a\n</IfModule>\n'],
    ['an <IfDefine> with an empty name', '<IfDefine "">\n</IfDefine>\n'],
    ['an <Else> with an argument', '<If "%{HTTPS} == \'on\'">\nHeader set X-A a\n</If>\n<Else x>\nHeader set X-B b\n</Else>\n'],
    ['a <VirtualHost> without an address', '<VirtualHost>\nServerName a.example\n</VirtualHost>\n'],
  ];

  it.each(ARGUMENTS)('judges %s as apache2 -t does, at its line', async (name, snippet) => {
    const dir = join(work, 'arguments', name.replace(/[^a-z0-9]+/gi, '-'));
    const config = join(dir, 'httpd.conf');
    const ssl = [`LoadModule ssl_module ${DEBIAN_MODULES}/mod_ssl.so`, `LoadModule socache_shmcb_module ${DEBIAN_MODULES}/mod_socache_shmcb.so`].join('\n');
    writeText(config, `${MINIMAL}\n${ssl}\nPidFile ${join(dir, 'pid')}\nErrorLog ${join(dir, 'error.log')}\n${snippet}`);
    const verdict = judge(httpd, dir, config, debianEnv(dir));
    const refusedAt = /Syntax error on line (\d+) of /.exec(verdict.output)?.[1];
    const files = await loadApache(config, context());
    const lines = files.flatMap((file) => file.diagnostics.filter((d) => d.ruleId === 'parse-error').map((d) => d.range.start.line));
    expect({ accepted: verdict.ok, lines }, verdict.output).toEqual({ accepted: lines.length === 0, lines: refusedAt ? [Number(refusedAt)] : [] });
  });

  it.each(SNIPPETS)('judges %s as apache2 -t does', async (name, snippet) => {
    const dir = join(work, 'snippets', name.replace(/[^a-z0-9]+/gi, '-'));
    const config = join(dir, 'httpd.conf');
    writeText(config, `${MINIMAL}\nPidFile ${join(dir, 'pid')}\nErrorLog ${join(dir, 'error.log')}\n${snippet}`);
    const verdict = judge(httpd, dir, config, debianEnv(dir));
    const errors = parseErrors(await loadApache(config, context()));
    expect({ accepted: verdict.ok, parseErrors: errors.length > 0 ? 'some' : 'none' }).toEqual({ accepted: errors.length === 0, parseErrors: verdict.ok ? 'none' : 'some' });
  });
});
