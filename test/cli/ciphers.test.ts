import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCiphersCommand, type CiphersCommandArgs } from '../../src/cli/ciphers.js';

const run = (cipherString: string, extra: Partial<CiphersCommandArgs> = {}) =>
  runCiphersCommand({ cipherString, openssl: '3.0', format: 'names', profile: 'intermediate', color: false, ...extra });

describe('tlslint ciphers', () => {
  it('names: the same list as openssl ciphers for the nginx default', () => {
    const openssl = execFileSync('openssl', ['ciphers', '-ciphersuites', '', '--', 'HIGH:!aNULL:!MD5'], { env: { ...process.env, OPENSSL_CONF: '/dev/null' }, encoding: 'utf8' });
    const out = run('HIGH:!aNULL:!MD5');
    expect(out).toMatchObject({ exitCode: 0, stderr: '' });
    expect(out.stdout.trim().split('\n')).toEqual(openssl.trim().split(':'));
  });

  it('table: IANA name, protocol, kx, au, enc, mac and flags', () => {
    const lines = run('ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:NULL-SHA', { format: 'table' }).stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^OpenSSL\s+IANA\s+Protocol\s+Kx\s+Au\s+Enc\s+Mac\s+Flags$/);
    expect(lines[1]).toMatch(/^ECDHE-RSA-AES128-GCM-SHA256\s+TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\s+TLSv1\.2\s+ECDHE\s+RSA\s+AESGCM\(128\)\s+AEAD$/);
    expect(lines[2]).toMatch(/AES128-SHA\s+TLS_RSA_WITH_AES_128_CBC_SHA\s+SSLv3\s+RSA\s+RSA\s+AES\(128\)\s+SHA1\s+no-FS, outside intermediate$/);
    expect(lines[3]).toContain('weak (no encryption), no-FS, outside intermediate, not negotiated');
  });

  it('json: suites with their flags, security level and unknown terms', () => {
    const out = run('ECDHE-RSA-AES128-GCM-SHA256:FOO', { format: 'json' });
    const doc = JSON.parse(out.stdout);
    expect(doc).toMatchObject({ openssl: '3.0', securityLevel: 2, error: null, unknownTerms: [{ term: 'FOO', offset: 28, reason: 'unknown' }] });
    expect(doc.suites[0]).toMatchObject({ openssl: 'ECDHE-RSA-AES128-GCM-SHA256', code: '0xC0,0x2F', forwardSecrecy: true, inProfile: true, negotiable: true, weak: null });
    expect(out.stderr).toContain('unknown term "FOO" at offset 28');
  });

  it('rejects what OpenSSL rejects, with exit code 1', () => {
    expect(run('RC4:3DES')).toEqual({ stdout: '', stderr: expect.stringContaining('OpenSSL 3.0 rejects "RC4:3DES": no cipher match') as string, exitCode: 1 });
    expect(run('HIGH:_x').stderr).toContain('invalid command at offset 5');
    expect(run('', { format: 'json' }).exitCode).toBe(1);
  });

  it('accepts strings that start with - and other OpenSSL versions', () => {
    expect(run('-ALL:HIGH').exitCode).toBe(0);
    expect(run('HIGH', { openssl: '1.1.1' }).stdout).not.toContain('DES-CBC3-SHA');
    expect(run('MEDIUM', { openssl: '1.1.1' }).stdout).toContain('DES-CBC3-SHA');
  });

  it('colours flags only when asked', () => {
    expect(run('NULL-SHA', { format: 'table', color: true }).stdout).toContain('\u001b[31m');
    expect(run('NULL-SHA', { format: 'table' }).stdout).not.toContain('\u001b[');
  });
});
