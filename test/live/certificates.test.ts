// Live proof of the certificate rules: nginx -t refuses what tlslint calls an error, and openssl s_client
// verifying the served chain fails exactly where tlslint reports a chain, date or name problem.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/finding.js';
import { allocatePort } from './probes.js';
import { nginxAdapter } from './servers/nginx.js';

const ENV = { ...process.env, OPENSSL_CONF: '/dev/null' };
const DAY = 86_400_000;
/** The rules these cases are about; the others (HSTS, ciphers) are proven by live.test.ts. */
const RULES = [
  'certificate-file-missing', 'certificate-key-mismatch', 'certificate-chain-incomplete', 'certificate-expired', 'certificate-not-yet-valid',
  'certificate-name-mismatch', 'certificate-weak-key', 'certificate-weak-signature', 'dhparam-weak',
];

let work: string;

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { stdio: 'ignore', env: ENV });
}

/** `openssl ca` date: YYYYMMDDHHMMSSZ. */
function caDate(time: number): string {
  return new Date(time).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
}

/** A test CA (root, intermediate) and leaves for www.tlslint.test, made with the openssl CLI for this run only. */
function makeCertificates(dir: string): void {
  writeFileSync(join(dir, 'ca.cnf'), `[ca]
default_ca = test
[test]
dir = ${dir}
database = $dir/index.txt
new_certs_dir = $dir/issued
serial = $dir/serial
policy = any
unique_subject = no
email_in_dn = no
default_md = sha256
[any]
commonName = supplied
[root]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
[intermediate]
basicConstraints = critical,CA:true,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
authorityKeyIdentifier = keyid
[leaf]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:www.tlslint.test
`);
  mkdirSync(join(dir, 'issued'));
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  const key = (name: string, rsaBits?: number) => openssl('genpkey', ...(rsaBits ? ['-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${rsaBits}`] : ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']), '-out', join(dir, `${name}.key`));
  const issue = (name: string, issuer: string | null, section: string, from: number, until: number, digest = 'sha256') => {
    openssl('req', '-new', '-key', join(dir, `${name}.key`), '-subj', `/CN=${name}`, '-out', join(dir, `${name}.csr`));
    const signer = issuer ? ['-cert', join(dir, `${issuer}.pem`), '-keyfile', join(dir, `${issuer}.key`)] : ['-selfsign', '-keyfile', join(dir, `${name}.key`)];
    openssl('ca', '-batch', '-config', join(dir, 'ca.cnf'), ...signer, '-in', join(dir, `${name}.csr`), '-extensions', section,
      '-startdate', caDate(from), '-enddate', caDate(until), '-md', digest, '-notext', '-out', join(dir, `${name}.pem`));
  };
  const fullchain = (name: string) => writeFileSync(join(dir, `${name}.fullchain.pem`), readFileSync(join(dir, `${name}.pem`), 'utf8') + readFileSync(join(dir, 'intermediate.pem'), 'utf8'));
  const now = Date.now();
  key('root');
  issue('root', null, 'root', now - 30 * DAY, now + 365 * DAY);
  key('intermediate');
  issue('intermediate', 'root', 'intermediate', now - 30 * DAY, now + 300 * DAY);
  for (const [name, from, until] of [['valid', now - DAY, now + 90 * DAY], ['expired', now - 60 * DAY, now - DAY], ['future', now + 2 * DAY, now + 90 * DAY]] as const) {
    key(name);
    issue(name, 'intermediate', 'leaf', from, until);
    fullchain(name);
  }
  key('other');
  key('rsa1024', 1024);
  issue('rsa1024', 'intermediate', 'leaf', now - DAY, now + 90 * DAY);
  fullchain('rsa1024');
  key('sha1');
  issue('sha1', 'intermediate', 'leaf', now - DAY, now + 90 * DAY, 'sha1');
  fullchain('sha1');
  openssl('genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', 'dh_paramgen_prime_len:1024', '-pkeyopt', 'dh_paramgen_type:0', '-out', join(dir, 'dhparam-1024.pem'));
}

interface CertificateCase {
  name: string;
  /** The server's certificate settings, with `$D` for the certificate directory. */
  settings: string;
  serverName?: string;
  /** The rule tlslint must report, or none for the controls. */
  rule?: string;
  /** How the claim shows: nginx -t refuses the config, or s_client's verification fails. */
  proof: 'refused' | 'verify';
  /** The host name s_client verifies (default www.tlslint.test). */
  verifyHost?: string;
}

const CASES: CertificateCase[] = [
  { name: 'valid full chain (control)', settings: 'ssl_certificate $D/valid.fullchain.pem; ssl_certificate_key $D/valid.key;', proof: 'verify' },
  { name: 'key mismatch', settings: 'ssl_certificate $D/valid.fullchain.pem; ssl_certificate_key $D/other.key;', rule: 'certificate-key-mismatch', proof: 'refused' },
  { name: 'missing certificate file', settings: 'ssl_certificate $D/not-there.pem; ssl_certificate_key $D/valid.key;', rule: 'certificate-file-missing', proof: 'refused' },
  { name: 'missing DH parameters file', settings: 'ssl_certificate $D/valid.fullchain.pem; ssl_certificate_key $D/valid.key; ssl_dhparam $D/no-dhparam.pem;', rule: 'certificate-file-missing', proof: 'refused' },
  // OpenSSL 3.0 at its default security level 2 (Debian's build, tlslint's default model) refuses these on load.
  { name: 'RSA key of 1024 bits', settings: 'ssl_certificate $D/rsa1024.fullchain.pem; ssl_certificate_key $D/rsa1024.key;', rule: 'certificate-weak-key', proof: 'refused' },
  { name: 'SHA-1 signed certificate', settings: 'ssl_certificate $D/sha1.fullchain.pem; ssl_certificate_key $D/sha1.key;', rule: 'certificate-weak-signature', proof: 'refused' },
  { name: 'DH parameters of 1024 bits', settings: 'ssl_certificate $D/valid.fullchain.pem; ssl_certificate_key $D/valid.key; ssl_dhparam $D/dhparam-1024.pem;', rule: 'dhparam-weak', proof: 'refused' },
  { name: 'incomplete chain', settings: 'ssl_certificate $D/valid.pem; ssl_certificate_key $D/valid.key;', rule: 'certificate-chain-incomplete', proof: 'verify' },
  { name: 'expired', settings: 'ssl_certificate $D/expired.fullchain.pem; ssl_certificate_key $D/expired.key;', rule: 'certificate-expired', proof: 'verify' },
  { name: 'not yet valid', settings: 'ssl_certificate $D/future.fullchain.pem; ssl_certificate_key $D/future.key;', rule: 'certificate-not-yet-valid', proof: 'verify' },
  { name: 'name mismatch', serverName: 'shop.tlslint.test', verifyHost: 'shop.tlslint.test', settings: 'ssl_certificate $D/valid.fullchain.pem; ssl_certificate_key $D/valid.key;', rule: 'certificate-name-mismatch', proof: 'verify' },
];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tlslint-live-certs-'));
  mkdirSync(join(work, 'ca'));
  makeCertificates(join(work, 'ca'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`live certificates, nginx ${nginxAdapter.installedVersion() ?? '(not installed)'}`, () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      expect(nginxAdapter.installedVersion(), 'nginx is not installed: the live suite cannot prove anything').not.toBeNull();
      expect(await proveCase(testCase)).toEqual([]);
    });
  }
});

async function proveCase(testCase: CertificateCase): Promise<string[]> {
  const prefix = mkdtempSync(join(work, 'case-'));
  const port = await allocatePort();
  const serverName = testCase.serverName ?? 'www.tlslint.test';
  const entry = join(prefix, 'nginx.conf');
  // The root is named as a CA file, as a private CA's operator would: tlslint takes it as a known root.
  writeFileSync(entry, `events {}
http {
    access_log off;
    server {
        listen 127.0.0.1:${port} ssl;
        server_name ${serverName};
        ssl_trusted_certificate ${join(work, 'ca', 'root.pem')};
        ${testCase.settings.replaceAll('$D', join(work, 'ca'))}
    }
}
`);
  // The checkout is the whole scratch tree: the certificate directory is inside it, so a missing file is a finding.
  const findings = await tlslintFindings(entry, work);
  const reported = findings.filter((f) => RULES.includes(f.ruleId));
  const problems: string[] = [];
  const expected = testCase.rule ? [testCase.rule] : [];
  const got = [...new Set(reported.map((f) => f.ruleId))];
  if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push(`tlslint reported ${JSON.stringify(reported.map((f) => `${f.ruleId}: ${f.message}`))}, expected ${JSON.stringify(expected)}`);
  const prepared = { entry, prefix, ports: new Map([['tcp 127.0.0.1:443', port]]) };
  const check = nginxAdapter.check(prepared);
  if (testCase.proof === 'refused') {
    if (check.accepted) problems.push('nginx -t accepted the config tlslint says it refuses');
    if (!reported.some((f) => f.severity === 'error')) problems.push('nginx -t refuses the config but tlslint reports no error');
    return problems;
  }
  if (!check.accepted) return [...problems, `nginx -t refused the config:\n${check.output}`];
  const server = await nginxAdapter.start(prepared);
  try {
    const verified = verify(port, serverName, testCase.verifyHost ?? 'www.tlslint.test');
    if (verified.ok === Boolean(testCase.rule)) {
      problems.push(`s_client verification ${verified.ok ? 'succeeded' : 'failed'} where tlslint ${testCase.rule ? `reports ${testCase.rule}` : 'reports nothing'}\n${verified.output}`);
    }
  } finally {
    await server.stop();
  }
  return problems;
}

async function tlslintFindings(entry: string, root: string): Promise<Finding[]> {
  const options: RunOptions = {
    dialect: 'nginx', profile: 'intermediate', guidelines: '6.0', serverVersions: { nginx: nginxAdapter.installedVersion() ?? '1.22.1' },
    openssl: '3.0', now: new Date(), root, pathMaps: [], ruleOptions: {}, ruleSettings: {}, onlyRules: RULES, limits: DEFAULT_LIMITS,
  };
  return (await lint([entry], options)).findings;
}

/** s_client against the served chain, trusting only the test root, checking the host name. */
function verify(port: number, serverName: string, host: string): { ok: boolean; output: string } {
  const result = spawnSync('openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', serverName, '-CAfile', join(work, 'ca', 'root.pem'),
    '-verify_return_error', '-verify_hostname', host, '-brief'], { input: '', encoding: 'utf8', timeout: 10_000, env: ENV });
  const output = `${result.stdout}${result.stderr}`;
  return { ok: result.status === 0 && /Verification: OK/.test(output), output: output.split('\n').slice(-6).join('\n') };
}
