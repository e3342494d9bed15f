// Unit tests of certificate-expired: the leaf and the intermediates the file serves, against --now.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/certificate-expired.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { CertificateInfo } from '../../src/model/types.js';
import { certificateInfo, makeEndpoint, makeModel, makeOptions, setAt } from '../helpers/model-builder.js';

function messages(now: string, ...chain: CertificateInfo[]): string[] {
  const endpoint = makeEndpoint({ certificates: [{ certificate: setAt('/etc/ssl/a.pem', 3), key: null, info: chain[0], chain }] });
  return runRule(rule, makeModel([endpoint]), makeOptions({ now: new Date(now) })).map((f) => f.message);
}

describe('certificate-expired', () => {
  const leaf = certificateInfo({ notAfter: new Date('2027-01-01T00:00:00Z') });

  it('reports the leaf past its notAfter, to the millisecond', () => {
    expect(messages('2027-01-01T00:00:00.001Z', leaf)).toEqual(['Expected a certificate valid now, got "CN=example.com" that expired on 2027-01-01 (0 days ago): browsers refuse the connection']);
    expect(messages('2027-01-01T00:00:00Z', leaf)).toEqual([]);
  });

  it('reports an expired intermediate, not an expired self-signed root after it', () => {
    const intermediate = certificateInfo({ subject: 'CN=Intermediate', notAfter: new Date('2026-03-01T00:00:00Z') });
    const root = certificateInfo({ subject: 'CN=Root', selfSigned: true, notAfter: new Date('2026-03-01T00:00:00Z') });
    expect(messages('2026-06-01T00:00:00Z', leaf, intermediate, root)).toEqual([
      'Expected a certificate valid now, got "CN=Intermediate" that expired on 2026-03-01 (92 days ago): browsers refuse the connection',
    ]);
  });
});
