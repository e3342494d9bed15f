// Facts of a whole model that rules ask before walking its endpoints.
import { describe, expect, it } from 'vitest';
import { endpointFacts } from '../../src/model/facts.js';
import { makeEndpoint, makeModel, plainListener, setAt } from '../helpers/model-builder.js';

describe('endpointFacts', () => {
  it('says which settings and sockets some endpoint has', () => {
    const tls = makeEndpoint();
    const redirecting = makeEndpoint({ listeners: [plainListener()], httpRedirect: { toHttps: true, source: setAt('', 9).source! } });
    expect(endpointFacts(makeModel([tls, redirecting]))).toEqual({
      unverifiedClientAuth: false, insecureRenegotiation: false, compression: false, upstreams: false, dhparamBits: false, deprecated: false,
      unredirectedPlainHttp: false, plainHttpOn443: false,
    });
    const plain = makeEndpoint({ listeners: [{ ...plainListener(), port: 443 }], compression: setAt(true, 5) });
    const model = makeModel([tls, redirecting, plain]);
    expect(endpointFacts(model)).toMatchObject({ compression: true, unredirectedPlainHttp: true, plainHttpOn443: true, insecureRenegotiation: false });
    expect(endpointFacts(model)).toBe(endpointFacts(model));
  });
});
