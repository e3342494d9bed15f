// Hostile ASTs through every dialect's model builder and every rule: partial, broken trees never make them throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../src/engine/options.js';
import { isDialectId, loadDialect } from '../../src/dialects/registry.js';
import { runRule } from '../../src/engine/run-rule.js';
import { allRules } from '../../rules/index.js';
import { corpusBytes, decode, FC_RUNS, mutatedCorpus, runParameters, structuredGarbage } from './arbitraries.js';
import { PARSERS, type HostileParser } from './parsers.js';

/** As many cases as the parser suites: 10,000 under `test:hostile`. */
const RUNS = FC_RUNS;

const baseOptions: LintOptions = { profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-01-01'), root: '/hostile', pathMaps: [], ruleOptions: {} };

/** Builds the model of `text` and runs every rule of every profile on it; returns what threw. */
async function modelFailures(parser: HostileParser, text: string): Promise<string[]> {
  if (!isDialectId(parser.dialect)) return [`no dialect "${parser.dialect}" in src/dialects/registry.ts`];
  const dialect = await loadDialect(parser.dialect);
  const file = parser.parse(text, '/hostile/nginx.conf');
  const failures: string[] = [];
  for (const profile of ['modern', 'intermediate', 'old'] as const) {
    const options: LintOptions = { ...baseOptions, profile, guidelines: profile === 'old' ? '5.7' : '6.0' };
    let model;
    try {
      model = dialect.buildModel(file, options);
    } catch (error) {
      return [`buildModel threw ${String(error)}`];
    }
    for (const rule of allRules) {
      try {
        runRule(rule, model, options);
      } catch (error) {
        failures.push(`${rule.meta.id} (${profile}) threw ${String(error)}`);
      }
    }
  }
  return failures;
}

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s model and rules on hostile trees', (_dialect, parser) => {
  const corpus = corpusBytes(parser);

  it(`never throw on mutated corpus configs (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedCorpus(parser, corpus), async ({ bytes }) => {
        expect(await modelFailures(parser, decode(bytes))).toEqual([]);
      }),
      runParameters(RUNS),
    );
  });

  it(`never throw on structured garbage (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(structuredGarbage(parser), async (bytes) => {
        expect(await modelFailures(parser, decode(bytes))).toEqual([]);
      }),
      runParameters(RUNS),
    );
  });

  it('never throw on 10,000 nested blocks or on any corpus file', async () => {
    expect(await modelFailures(parser, parser.nested(10_000))).toEqual([]);
    for (const [name, bytes] of corpus) expect(await modelFailures(parser, decode(bytes)), name).toEqual([]);
  });
});
