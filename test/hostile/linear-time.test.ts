// Parse time grows linearly: adversarial inputs keep a token rate comparable to a normal config of the same size.
// Timed only under `npm run test:hostile` (LINEAR_BYTES set); `npm test` parses each input once, untimed.
import { describe, expect, it } from 'vitest';
import { corpusBytes, decode, LINEAR_BYTES } from './arbitraries.js';
import { PARSERS, type HostileParser } from './parsers.js';

/** Size of every input: `npm run test:hostile` uses 1 MiB, `npm test` an eighth of it. */
const BYTES = LINEAR_BYTES ?? 128 * 1024;

/**
 * How much slower per token an adversarial input may parse than the normal one. Generous on purpose:
 * measured rates stay within 3x, while a quadratic lexer or grammar path falls by orders of magnitude at 1 MiB.
 */
const MARGIN = 10;

/** `piece` repeated to exactly `bytes` UTF-16 units. */
function fill(piece: string, bytes: number): string {
  return piece.repeat(Math.ceil(bytes / piece.length)).slice(0, bytes);
}

/** The corpus concatenated to `bytes`: what a large generated but ordinary config looks like. */
function normalInput(parser: HostileParser, bytes: number): string {
  const corpus = [...corpusBytes(parser).values()].map(decode).join('\n');
  return fill(`${corpus}\n`, bytes);
}

/**
 * Fastest of `runs` parses, in milliseconds: the minimum is the measurement least disturbed by other load.
 * A parse that fell back to the parser's safety net measures nothing, so it fails the test.
 */
function parseTime(parser: HostileParser, text: string, runs = 2): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const file = parser.parse(text, '/linear.conf');
    best = Math.min(best, performance.now() - start);
    expect(parser.crashed(file), file.diagnostics[0]?.message).toBe(false);
  }
  return Math.max(best, 0.01);
}

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s parser on adversarial input', (_dialect, parser) => {
  it.each(Object.entries(parser.adversarial))(`parses %s without falling back to the safety net`, (_name, piece) => {
    const file = parser.parse(fill(piece, BYTES), '/linear.conf');
    expect(parser.crashed(file), file.diagnostics[0]?.message).toBe(false);
  });
});

describe.skipIf(LINEAR_BYTES === undefined).each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s parser time', (_dialect, parser) => {
  const normal = normalInput(parser, BYTES);
  const normalTokens = parser.countTokens(normal);
  const bytesPerToken = normal.length / normalTokens;
  let normalRate = 0;

  /**
   * Tokens per millisecond. An input of a few huge tokens (one 1 MiB comment) does per-byte work, so it is
   * credited with at least as many tokens as a normal file of its size holds.
   */
  function rate(text: string, tokens: number, ms: number): number {
    return Math.max(tokens, text.length / bytesPerToken) / ms;
  }

  it(`parses a normal ${BYTES}-byte config`, () => {
    parser.parse(normal.slice(0, 64 * 1024), '/warm-up.conf');
    normalRate = rate(normal, normalTokens, parseTime(parser, normal, 3));
    expect(normalTokens).toBeGreaterThan(1000);
    expect(normalRate).toBeGreaterThan(0);
  });

  it.each(Object.entries(parser.adversarial))(`keeps the token rate on %s (within ${MARGIN}x of normal)`, (_name, piece) => {
    const text = fill(piece, BYTES);
    const tokens = parser.countTokens(text);
    let adversarialRate = rate(text, tokens, parseTime(parser, text));
    // One more measurement before failing: a busy machine can stall any single run.
    if (adversarialRate * MARGIN < normalRate) adversarialRate = Math.max(adversarialRate, rate(text, tokens, parseTime(parser, text, 3)));
    expect(adversarialRate * MARGIN, `${tokens} tokens at ${adversarialRate.toFixed(1)}/ms vs normal ${normalRate.toFixed(1)}/ms`).toBeGreaterThanOrEqual(normalRate);
  });
});
