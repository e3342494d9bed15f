// The fixtures the live suite runs: every rule fixture a server can start (or refuse) on its own.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export interface LiveCase {
  name: string;
  file: string;
}

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** Folders left out, with the reason: none of them makes a claim a client could observe. */
const NOT_LIVE: Record<string, string> = {
  syntax: 'parser material, not rule cases',
  corpus: 'real-world configs for the parser; they need files and hosts of their own machines',
  'include-cycle': 'loader facts, proven against crossplane in test/dialects/nginx/load.test.ts',
  'include-not-found': 'absolute includes resolve on the test machine, not in the fixture tree',
  'certificate-expired': 'certificate dates: nginx starts with any dates, and the live suite swaps in its own certificates',
  'certificate-expires-soon': 'certificate dates: nginx starts with any dates, and the live suite swaps in its own certificates',
  'certificate-chain-incomplete': 'certificate files: the live suite swaps in its own certificates; test/live/certificates.test.ts proves this rule with certificates made for each case',
  'certificate-file-missing': 'certificate files: the live suite swaps in its own certificates; test/live/certificates.test.ts proves this rule with certificates made for each case',
  'certificate-key-mismatch': 'certificate files: the live suite swaps in its own certificates; test/live/certificates.test.ts proves this rule with certificates made for each case',
  'certificate-name-mismatch': 'certificate files: the live suite swaps in its own certificates; test/live/certificates.test.ts proves this rule with certificates made for each case',
  'certificate-not-yet-valid': 'certificate files: the live suite swaps in its own certificates; test/live/certificates.test.ts proves this rule with certificates made for each case',
  'certificate-weak-key': 'certificate files: the live suite swaps in its own certificates; test/live/certificates.test.ts proves this rule with certificates made for each case',
  'certificate-weak-signature': 'certificate files: the live suite swaps in its own certificates; test/live/certificates.test.ts proves this rule with certificates made for each case',
  'dhparam-weak': 'DH parameters: the live suite swaps in its own RFC 7919 parameters; test/live/certificates.test.ts proves this rule with parameters made for it',
  'certificate-internal-ca': "who signed a managed certificate: browsers' trust is not what a local client observes, and its negative cases name a public ACME CA the live suite must never reach",
};

/** Single fixtures left out, with the reason. */
const NOT_LIVE_FILES: Record<string, string> = {
  'parse-error/raw-blocks.conf': 'needs the Lua module, which Debian nginx-light lacks',
  'hsts-missing/module-headers.conf': 'needs the headers-more and security_headers modules, which Debian nginx-light lacks',
  'hsts-not-always/more-set-headers.conf': 'needs the headers-more module, which Debian nginx-light lacks',
  'hsts-max-age-short/more-set-headers.conf': 'needs the headers-more module, which Debian nginx-light lacks',
  'protocol-deprecated/stream-and-mail.conf': 'needs the stream and mail modules, which Debian nginx-light lacks (libnginx-mod-stream, libnginx-mod-mail)',
  'listen-443-no-certificate/stream-server.conf': 'needs the stream module, which Debian nginx-light lacks (libnginx-mod-stream)',
  'listen-443-no-tls/stream-passthrough.conf': 'needs the stream module, which Debian nginx-light lacks (libnginx-mod-stream)',
  'protocol-tls13-disabled/stream-mail-live.conf': 'loads the stream and mail modules; test/live/nginx-semantics.test.ts runs it where they are installed',
  'hsts-not-always/more-set-headers-live.conf': 'loads the headers-more module; test/live/nginx-semantics.test.ts runs it where it is installed',
  'http-no-redirect/if-server-port.conf': 'the live suite moves listens to free ports, so comparisons with $server_port change meaning',
  'cipher-unknown/openssl-names.caddyfile': 'Caddy refuses OpenSSL suite names, and cipher-unknown reports them as a warning, not the error the refusal is (see the rule page)',
  'cipher-unknown/openssl-names.json': 'Caddy refuses OpenSSL suite names, and cipher-unknown reports them as a warning, not the error the refusal is (see the rule page)',
  'hsts-missing/environment.caddyfile': 'a site address from an environment variable: tlslint claims nothing about its sockets (oracle.test.ts adapts it with the env of its header)',
  'protocol-tls13-disabled/environment.caddyfile': 'protocols from an environment variable: tlslint leaves them unknown, so there is no claim to probe (oracle.test.ts adapts it with the env of its header)',
  'hsts-not-always/defer-prefix-2.7.caddyfile': 'needs Caddy 2.7 for the `>` header prefix; Debian 12 has 2.6.2 (hsts-missing/defer-prefix-2.6.caddyfile proves what 2.6 makes of it)',
  'parse-error/on-demand-2.8.caddyfile': 'needs Caddy 2.8, which refuses on-demand TLS without a permission module; Debian 12 has 2.6.2',
  'parse-error/on-demand-ask-2.8.caddyfile': 'needs Caddy 2.8 (its counterpart on-demand-2.8.caddyfile does), and names an ask endpoint the live suite does not run',
  'parse-error/heredoc-2.7.caddyfile': 'needs Caddy 2.7 for heredocs; Debian 12 has 2.6.2 (heredoc-2.6.caddyfile proves the refusal)',
};

/** A folder fixture's main file: the files beside and below it are what it includes, not cases of their own. */
const MAIN_FILES = new Set(['nginx.conf', 'apache2.conf', 'httpd.conf']);

/** Entry files: `nginx.conf` of a folder fixture, or a fragment outside any folder fixture. */
export function liveCases(dialect: string): LiveCase[] {
  const root = join(FIXTURES, dialect);
  const cases: LiveCase[] = [];
  for (const folder of readdirSync(root).sort()) {
    if (NOT_LIVE[folder] || !statSync(join(root, folder)).isDirectory()) continue;
    for (const file of entries(join(root, folder))) {
      const name = relative(root, file);
      if (!NOT_LIVE_FILES[name]) cases.push({ name, file });
    }
  }
  return cases;
}

function entries(dir: string): string[] {
  // `case.fixed.conf` is the text --fix must make of `case.conf`: an expected output, not a case.
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => join(dir, f))
    .filter((f) => (f.endsWith('.conf') || f.endsWith('.caddyfile') || f.endsWith('.json')) && !/\.fixed\.(conf|caddyfile|json)$/.test(f)).sort();
  const folderFixtures = files.filter((f) => MAIN_FILES.has(basename(f))).map(dirname);
  const insideFolder = (f: string) => folderFixtures.some((d) => f.startsWith(`${d}/`) && !MAIN_FILES.has(basename(f)) || (f.startsWith(`${d}/`) && dirname(f) !== d));
  return files.filter((f) => !insideFolder(f));
}
