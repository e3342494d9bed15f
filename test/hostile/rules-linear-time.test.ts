// Model building and every rule take time linear in the config: no rule regex or table walk collapses on adversarial input.
// Timed, so it runs only under `npm run test:hostile` (LINEAR_BYTES set): `npm test` never compares wall-clock times.
import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../src/engine/options.js';
import { isDialectId, loadDialect } from '../../src/dialects/registry.js';
import type { Dialect } from '../../src/dialects/dialect.js';
import { runRule } from '../../src/engine/run-rule.js';
import { allRules } from '../../rules/index.js';
import { corpusBytes, decode, LINEAR_BYTES } from './arbitraries.js';
import { PARSERS, type HostileParser } from './parsers.js';

/** Size of every input: 1 MiB under `npm run test:hostile`. */
const BYTES = LINEAR_BYTES ?? 128 * 1024;

/** As in linear-time.test.ts: generous, a superlinear path falls by orders of magnitude at 1 MiB. */
const MARGIN = 10;

/**
 * The rules' margin. Their work per token grows with the findings an input draws: the adversarial inputs draw
 * several on every server (five on each of 7,500 vhosts), the corpus few, and the corpus's rate rose eightfold in
 * the 2026-12-04 speed pass (rules that share answers per model) while a finding costs what it did. The
 * quarter-size comparison below still judges linearity; this one only bounds a per-token blowup.
 */
const RULES_MARGIN = 25;

const STAGE_MARGIN: Record<Stage, number> = { model: MARGIN, rules: RULES_MARGIN };

/**
 * How much the token rate may drop from a quarter-size input to the full one. Linear work keeps it (JIT
 * warm-up even raises it); work quadratic in the number of servers or locations quarters it. This catches
 * what the comparison with a normal file cannot: the normal corpus also holds hundreds of servers.
 */
const SCALE_MARGIN = 2.5;

// The old profile enables the most rules.
const options: LintOptions = { profile: 'old', guidelines: '5.7', serverVersions: {}, openssl: '3.0', now: new Date('2026-01-01'), root: '/linear', pathMaps: [], ruleOptions: {} };

/** `head`, then `piece` repeated, then `tail`: `bytes` UTF-16 units in all. */
function fill([head, piece, tail]: readonly [string, string, string], bytes: number): string {
  const room = Math.max(piece.length, bytes - head.length - tail.length);
  return head + piece.repeat(Math.ceil(room / piece.length)).slice(0, room) + tail;
}

/** The stages timed: the model builder, and every rule on its model (the old profile enables the most). */
type Stage = 'model' | 'rules';
const STAGES: readonly Stage[] = ['model', 'rules'];

/**
 * Stages faster than this are not judged: cache and JIT effects swing short runs by 5x (a model built in
 * 15 ms at full size measured 0.7 ms at quarter size), and a superlinear path worth a failure takes seconds.
 */
const NOISE_MS = 50;

/** Fastest of `runs` runs of each stage on `text`, in milliseconds. */
function stageTimes(parser: HostileParser, dialect: Dialect, text: string, runs = 2): Record<Stage, number> {
  const best = { model: Infinity, rules: Infinity };
  const file = parser.parse(text, '/linear/nginx.conf');
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    const model = dialect.buildModel(file, options);
    best.model = Math.min(best.model, performance.now() - start);
    start = performance.now();
    for (const rule of allRules) runRule(rule, model, options);
    best.rules = Math.min(best.rules, performance.now() - start);
  }
  return { model: Math.max(best.model, 0.01), rules: Math.max(best.rules, 0.01) };
}

describe.skipIf(LINEAR_BYTES === undefined).each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s model and rules time', (_dialect, parser) => {
  const corpus = [...corpusBytes(parser).values()].map(decode).join('\n');
  const normal = fill(['', `${corpus}\n`, ''], BYTES);
  const normalTokens = parser.countTokens(normal);
  const bytesPerToken = normal.length / normalTokens;
  /** Tokens per millisecond, crediting inputs of a few huge tokens with the tokens a normal file of their size holds. */
  const units = (text: string) => Math.max(parser.countTokens(text), text.length / bytesPerToken);
  let dialect: Dialect;
  let normalRate: Record<Stage, number>;

  it(`lints a normal ${BYTES}-byte config`, async () => {
    if (!isDialectId(parser.dialect)) throw new Error(`no dialect "${parser.dialect}" in src/dialects/registry.ts`);
    dialect = await loadDialect(parser.dialect);
    stageTimes(parser, dialect, normal.slice(0, 64 * 1024));
    const times = stageTimes(parser, dialect, normal, 3);
    normalRate = { model: normalTokens / times.model, rules: normalTokens / times.rules };
    expect(normalTokens).toBeGreaterThan(1000);
  });

  it.each(Object.entries(parser.ruleAdversarial))(`keeps the token rate on %s (model within ${MARGIN}x of normal, rules ${RULES_MARGIN}x, both ${SCALE_MARGIN}x of a quarter-size input)`, (_name, parts) => {
    const full = fill(parts, BYTES);
    const quarter = fill(parts, BYTES / 4);
    const measure = (runs: number) => ({ full: stageTimes(parser, dialect, full, runs), quarter: stageTimes(parser, dialect, quarter, runs + 1) });
    const failures = (times: ReturnType<typeof measure>) =>
      STAGES.flatMap((stage) => {
        if (times.full[stage] < NOISE_MS) return [];
        const fullRate = units(full) / times.full[stage];
        const quarterRate = units(quarter) / times.quarter[stage];
        const detail = `${stage}: ${fullRate.toFixed(1)} tokens/ms (${times.full[stage].toFixed(0)} ms); normal ${normalRate[stage].toFixed(1)}/ms; quarter size ${quarterRate.toFixed(1)}/ms`;
        return fullRate * STAGE_MARGIN[stage] < normalRate[stage] || fullRate * SCALE_MARGIN < quarterRate ? [detail] : [];
      });
    // One more measurement before failing: a busy machine can stall any single run.
    let found = failures(measure(1));
    if (found.length) found = failures(measure(2));
    expect(found).toEqual([]);
  });
});
