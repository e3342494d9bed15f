// Unit tests of certificate-key-mismatch: only a verdict of "mismatch" is a finding, at the key file's name.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/certificate-key-mismatch.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { KeyCheck } from '../../src/model/types.js';
import { certificateInfo, makeEndpoint, makeModel, makeOptions, setAt } from '../helpers/model-builder.js';

function findings(keyCheck?: KeyCheck) {
  const ref = { certificate: setAt('/etc/ssl/a.pem', 3), key: setAt('/etc/ssl/a.key', 4), info: certificateInfo(), ...(keyCheck ? { keyCheck } : {}) };
  return runRule(rule, makeModel([makeEndpoint({ certificates: [ref] })]), makeOptions());
}

describe('certificate-key-mismatch', () => {
  it('reports a mismatch at the key file, with the certificate as related location and its facts as properties', () => {
    const [finding] = findings('mismatch');
    expect(finding.message).toBe('Expected the key file "/etc/ssl/a.key" to hold the private key of certificate "CN=example.com": their public keys differ, the server refuses to start');
    expect(finding.range).toEqual(setAt('/etc/ssl/a.key', 4).valueRange);
    expect(finding.related).toEqual([{ range: setAt('/etc/ssl/a.pem', 3).valueRange, message: 'The certificate file' }]);
    expect(finding.properties).toMatchObject({ subject: 'CN=example.com', issuer: 'CN=Example CA', sha256Fingerprint: 'AA:BB' });
  });

  it('is silent on a match, an encrypted key and an unread key', () => {
    expect([...findings('match'), ...findings('encrypted'), ...findings()]).toEqual([]);
  });
});
