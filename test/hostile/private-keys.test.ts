// Findings and messages never carry private-key bytes: configs point at keys, and every output format is scanned.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/cli/options.js';
import { expectNoCrash, runCli } from './cli-helpers.js';
import { makeTree } from './fs-helpers.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

/** Throwaway keys in every encoding a server may be pointed at, by file name. */
const KEY_FILES: Record<string, string | Uint8Array> = {
  'rsa-pkcs8.key': pem(rsa, 'pkcs8'),
  'rsa-pkcs1.key': pem(rsa, 'pkcs1'),
  'ec-sec1.key': pem(ec, 'sec1'),
  'ec-encrypted.key': ec.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'throwaway' }).toString(),
  'rsa.der': new Uint8Array(rsa.export({ type: 'pkcs8', format: 'der' })),
  // A key under a config-looking name, as a careless copy leaves it.
  'snippets/tls.conf': pem(ec, 'pkcs8'),
};

function pem(key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1'): string {
  return key.export({ type, format: 'pem' }).toString();
}

/** Windows of this many characters of a secret's encodings must not appear in any output. */
const WINDOW = 24;

/** Every `WINDOW`-long slice of the key material as base64 (three alignments) and hex, and of each PEM body. */
function secretWindows(): Set<string> {
  const windows = new Set<string>();
  const add = (text: string) => {
    for (let at = 0; at + WINDOW <= text.length; at++) windows.add(text.slice(at, at + WINDOW));
  };
  for (const content of Object.values(KEY_FILES)) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    for (const shift of [0, 1, 2]) add(bytes.subarray(shift).toString('base64'));
    add(bytes.toString('hex'));
    if (typeof content === 'string') add(content.split('\n').filter((line) => !line.startsWith('-----')).join(''));
  }
  for (const der of [rsa, ec].map((key) => key.export({ type: 'pkcs8', format: 'der' }))) {
    for (const shift of [0, 1, 2]) add(der.subarray(shift).toString('base64'));
    add(der.toString('hex'));
  }
  return windows;
}

const SECRETS = secretWindows();

/** Key material found in `output`: PEM armour lines or any window of a key's encodings. */
function leaks(output: string): string[] {
  const found = new Set<string>();
  for (const marker of output.match(/-----(BEGIN|END) [A-Z0-9 ]*-----|PRIVATE KEY-----/g) ?? []) found.add(`PEM marker ${marker}`);
  for (let at = 0; at + WINDOW <= output.length; at++) {
    const window = output.slice(at, at + WINDOW);
    if (SECRETS.has(window)) found.add(`key bytes ${window}`);
  }
  return [...found];
}

const root = makeTree({
  ...Object.fromEntries(Object.entries(KEY_FILES).map(([name, content]) => [`keys/${name}`, content])),
  'nginx/nginx.conf': [
    'events {}',
    'http {',
    '    server {',
    '        listen 443 ssl;',
    '        ssl_protocols TLSv1 TLSv1.2;',
    '        ssl_certificate @/keys/rsa-pkcs8.key;',
    '        ssl_certificate_key @/keys/rsa-pkcs8.key;',
    '    }',
    '    server {',
    '        listen 443 ssl;',
    '        ssl_certificate @/keys/rsa.der;',
    '        ssl_certificate_key @/keys/ec-encrypted.key;',
    '        ssl_password_file @/keys/rsa-pkcs1.key;',
    '        ssl_trusted_certificate @/keys/ec-sec1.key;',
    '        ssl_client_certificate @/keys/rsa-pkcs1.key;',
    '        include @/keys/snippets/tls.conf;',
    '        include @/keys/*.key;',
    '        include @/keys/rsa.der;',
    '    }',
    '}',
    '',
  ].join('\n'),
});

/** Ways to point tlslint at keys: through a config, by naming key files, by scanning a tree that holds them. */
const INVOCATIONS: Record<string, string[]> = {
  'a config pointing at keys': ['nginx'],
  'key files named on the command line': ['nginx/nginx.conf', 'keys/rsa-pkcs8.key', 'keys/rsa.der', 'keys/snippets/tls.conf'],
  'a directory scan over the keys': ['.'],
  'only a key file': ['keys/ec-sec1.key'],
};

describe('private keys never reach the output', () => {
  it('has key material to look for, and the scanner finds it', () => {
    expect(SECRETS.size).toBeGreaterThan(1000);
    expect(leaks(`x ${String(KEY_FILES['ec-sec1.key']).split('\n')[1]} y`)).not.toEqual([]);
    expect(leaks(Buffer.from(KEY_FILES['rsa.der'] as Uint8Array).toString('base64'))).not.toEqual([]);
  });

  for (const [name, paths] of Object.entries(INVOCATIONS)) {
    it.each([...FORMATS])(`${name}: %s output and messages hold no key bytes`, async (format) => {
      for (const debug of [[], ['--debug']]) {
        const run = await runCli(['--format', format, ...debug], root, paths);
        expectNoCrash(run);
        expect(leaks(run.stdout + run.stderr)).toEqual([]);
        // A key file named on the command line is a named file not linted: exit 2 (#18, item 8).
        const namesKey = paths.some((path) => path.startsWith('keys/'));
        expect(run.code, run.stdout + run.stderr).toBe(namesKey ? 2 : 1);
      }
    });
  }

  it('says why a named key file is not linted, without quoting it', async () => {
    const run = await runCli([], root, ['keys/ec-sec1.key']);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/ec-sec1\.key.*private key/);
  });
});
