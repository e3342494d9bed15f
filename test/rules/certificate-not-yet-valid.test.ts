// Unit tests of certificate-not-yet-valid: compared with --now, to the millisecond.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/certificate-not-yet-valid.js';
import { runRule } from '../../src/engine/run-rule.js';
import { certificateInfo, makeEndpoint, makeModel, makeOptions, setAt } from '../helpers/model-builder.js';

function messages(now: string): string[] {
  const info = certificateInfo({ notBefore: new Date('2027-01-01T00:00:00Z') });
  const endpoint = makeEndpoint({ certificates: [{ certificate: setAt('/etc/ssl/a.pem', 3), key: null, info }] });
  return runRule(rule, makeModel([endpoint]), makeOptions({ now: new Date(now) })).map((f) => f.message);
}

describe('certificate-not-yet-valid', () => {
  it('reports a certificate whose notBefore is after --now', () => {
    expect(messages('2026-12-31T23:59:59.999Z')).toEqual(['Expected a certificate valid now, got "CN=example.com" that is valid only from 2027-01-01: browsers refuse the connection']);
  });

  it('checks the intermediates the file serves, not a self-signed root after them', () => {
    const leaf = certificateInfo({ notBefore: new Date('2026-01-01T00:00:00Z') });
    const intermediate = certificateInfo({ subject: 'CN=Intermediate', notBefore: new Date('2027-01-01T00:00:00Z') });
    const root = certificateInfo({ subject: 'CN=Root', selfSigned: true, notBefore: new Date('2027-01-01T00:00:00Z') });
    const endpoint = makeEndpoint({ certificates: [{ certificate: setAt('/etc/ssl/a.pem', 3), key: null, info: leaf, chain: [leaf, intermediate, root] }] });
    expect(runRule(rule, makeModel([endpoint]), makeOptions({ now: new Date('2026-06-01') })).map((f) => f.message)).toEqual([
      'Expected a certificate valid now, got "CN=Intermediate" that is valid only from 2027-01-01: browsers refuse the connection',
    ]);
  });

  it('is silent from notBefore on', () => {
    expect(messages('2027-01-01T00:00:00Z')).toEqual([]);
  });
});
