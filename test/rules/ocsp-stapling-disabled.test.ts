// Unit tests of ocsp-stapling-disabled on hand-built models.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/ocsp-stapling-disabled.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { CertificateInfo, CertificateRef } from '../../src/model/types.js';
import { certificateInfo, makeEndpoint, makeModel, makeOptions, rangeAt, setAt } from '../helpers/model-builder.js';

const info = (ocspResponders: string[]): CertificateInfo => certificateInfo({ ocspResponders });
const cert = (i?: CertificateInfo): CertificateRef => ({ certificate: setAt('/etc/ssl/example.pem', 3), key: setAt('/etc/ssl/example.key', 4), info: i });

describe('ocsp-stapling-disabled', () => {
  it('reports a certificate with an OCSP responder when stapling is off by default', () => {
    const endpoint = makeEndpoint({ certificates: [cert(info(['http://ocsp.example-ca.test']))] });
    const findings = runRule(rule, makeModel([endpoint]), makeOptions());
    expect(findings.map((f) => f.message)).toEqual(['Expected OCSP stapling on: the certificate names OCSP responder "http://ocsp.example-ca.test"']);
    expect(findings[0].range).toEqual(rangeAt(1, 1, 9));
    expect(findings[0].fix).toBeUndefined();
  });

  it('reports an explicit "off" with a fix', () => {
    const endpoint = makeEndpoint({ stapling: setAt(false, 7), certificates: [cert(info(['http://ocsp.example-ca.test']))] });
    const findings = runRule(rule, makeModel([endpoint]), makeOptions());
    expect(findings.map((f) => f.messageId)).toEqual(['responder']);
    expect(findings[0].fix?.edits).toEqual([{ range: rangeAt(7, 20, 39), text: 'on' }]);
  });

  it('stays silent when every certificate was read and none names a responder, or stapling is on', () => {
    const noResponder = makeEndpoint({ certificates: [cert(info([])), cert(info([]))] });
    const stapled = makeEndpoint({ stapling: setAt(true, 7) });
    expect(runRule(rule, makeModel([noResponder, stapled]), makeOptions())).toEqual([]);
  });

  it('stays silent about a certificate it could not read: unknown is not a finding', () => {
    const unread = makeEndpoint({ certificates: [cert(info([])), cert()], stapling: setAt(false, 7) });
    expect(runRule(rule, makeModel([unread, makeEndpoint()]), makeOptions())).toEqual([]);
  });
});
