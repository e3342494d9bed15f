// Unit tests of certificate-chain-incomplete: the two ways a served chain breaks, as the model records them.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/certificate-chain-incomplete.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { CertificateRef, ChainProblem } from '../../src/model/types.js';
import { certificateInfo, makeEndpoint, makeModel, makeOptions, setAt } from '../helpers/model-builder.js';

function messages(chainProblem?: ChainProblem, read = true): string[] {
  const leaf = certificateInfo();
  const ref: CertificateRef = { certificate: setAt('/etc/ssl/a.pem', 3), key: null, ...(read ? { info: leaf, chain: [leaf] } : {}), ...(chainProblem ? { chainProblem } : {}) };
  return runRule(rule, makeModel([makeEndpoint({ certificates: [ref] })]), makeOptions()).map((f) => f.message);
}

describe('certificate-chain-incomplete', () => {
  it('reports a missing intermediate and a chain out of order', () => {
    expect(messages({ kind: 'incomplete', issuer: 'CN=Example CA' })).toEqual([
      'Missing intermediate certificate: the file ends with "CN=example.com", whose issuer "CN=Example CA" is neither in the file nor a known root; clients without a cached copy refuse the chain',
    ]);
    expect(messages({ kind: 'out-of-order', index: 0, subject: 'CN=Example CA', next: 'CN=example.com' })).toEqual([
      'Expected each certificate in the file to be signed by the next, got "CN=Example CA" (certificate 1) followed by "CN=example.com", which did not sign it',
    ]);
  });

  it('is silent on a complete chain or an unread file', () => {
    expect(messages()).toEqual([]);
    expect(messages({ kind: 'incomplete', issuer: 'CN=Example CA' }, false)).toEqual([]);
  });
});
