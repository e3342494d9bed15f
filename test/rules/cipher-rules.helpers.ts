// Shared helpers for the cipher rule tests: an endpoint with a written ssl_ciphers, and a runner.
import type { Endpoint, TlsProtocol } from '../../src/model/types.js';
import type { LintOptions } from '../../src/engine/options.js';
import type { Rule } from '../../src/engine/define-rule.js';
import { runRule } from '../../src/engine/run-rule.js';
import { makeEndpoint, makeModel, makeOptions, rangeAt } from '../helpers/model-builder.js';

/** An endpoint whose `ssl_ciphers 'VALUE';` sits on `line`, argument quoted, starting at column 17. */
export function withCiphers(value: string, line = 5, overrides: Partial<Endpoint> = {}): Endpoint {
  const start = 17;
  return makeEndpoint({
    ciphers: { value, source: rangeAt(line, 5, start + value.length + 3), valueRange: rangeAt(line, start, start + value.length + 2), level: 'endpoint' },
    ...overrides,
  });
}

/** Protocols written on line 6. */
export function protocols(value: TlsProtocol[]): Endpoint['protocols'] {
  return { value, source: rangeAt(6, 5, 30), valueRange: rangeAt(6, 19, 29), level: 'endpoint' };
}

export function run(rule: Rule, endpoints: Endpoint[], options: Partial<LintOptions> = {}) {
  return runRule(rule, makeModel(endpoints), makeOptions(options));
}
