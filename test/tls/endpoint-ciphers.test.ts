// The bridge from endpoints to the cipher engine: one target per directive and situation, each value once.
import { describe, expect, it } from 'vitest';
import { cipherTargetKinds, cipherTargets, tlsSettingValues } from '../../src/tls/endpoint-ciphers.js';
import type { TlsProtocol } from '../../src/model/types.js';
import { defaultSetting, makeEndpoint, makeModel, plainListener, setAt } from '../helpers/model-builder.js';

const protocols = (...names: TlsProtocol[]) => setAt(names, 2);

describe('tlsSettingValues', () => {
  it('gives each value of the TLS endpoints once, protocol lists by their names in order', () => {
    const model = makeModel([
      makeEndpoint({ ciphers: setAt('HIGH', 3), protocols: protocols('TLSv1.2', 'TLSv1.3') }),
      makeEndpoint({ ciphers: setAt('HIGH', 4), protocols: protocols('TLSv1.2', 'TLSv1.3') }),
      makeEndpoint({ ciphers: defaultSetting('DEFAULT'), protocols: protocols('TLSv1.3', 'TLSv1.2') }),
      makeEndpoint({ listeners: [plainListener()], ciphers: setAt('NULL', 5), protocols: protocols('SSLv3') }),
    ]);
    const values = tlsSettingValues(model);
    expect(values.ciphers).toEqual(['HIGH', 'DEFAULT']);
    expect(values.protocols).toEqual([['TLSv1.2', 'TLSv1.3'], ['TLSv1.3', 'TLSv1.2']]);
    // By index of the TLS endpoints: where each one's value is in the lists above.
    expect([[...values.cipherOf], [...values.protocolsOf]]).toEqual([[0, 0, 1], [0, 0, 1]]);
    expect(tlsSettingValues(model)).toBe(values);
  });
});

describe('cipherTargets', () => {
  it('makes one target per directive and situation: servers sharing a directive split by protocols, not by list object', () => {
    const shared = setAt('HIGH:!aNULL', 3, 'global');
    const model = makeModel([
      makeEndpoint({ ciphers: shared, protocols: protocols('TLSv1.2', 'TLSv1.3') }),
      makeEndpoint({ ciphers: shared, protocols: protocols('TLSv1.2', 'TLSv1.3') }),
      makeEndpoint({ ciphers: shared, protocols: protocols('TLSv1.3', 'TLSv1.2') }),
      makeEndpoint({ ciphers: shared, protocols: protocols('TLSv1.2', 'TLSv1.3'), dheAvailable: true }),
    ]);
    const targets = cipherTargets(model, '3.0');
    expect(targets.map((t) => model.endpoints.indexOf(t.endpoint))).toEqual([0, 2, 3]);
    expect(targets[1].legacyProtocols).toEqual(['TLSv1.2']);
  });

  it('gives one target per kind: servers with their own directive but the same string and facts are one kind', () => {
    const model = makeModel([
      makeEndpoint({ ciphers: setAt('HIGH', 3), protocols: protocols('TLSv1.2') }),
      makeEndpoint({ ciphers: setAt('HIGH', 4), protocols: protocols('TLSv1.2') }),
      makeEndpoint({ ciphers: setAt('HIGH', 5), protocols: protocols('TLSv1.3') }),
    ]);
    expect(cipherTargets(model, '3.0')).toHaveLength(3);
    expect(cipherTargetKinds(model, '3.0').map((t) => model.endpoints.indexOf(t.endpoint))).toEqual([0, 2]);
  });
});
