// Property tests of the Caddy JSON parser and model on hostile input: never a throw, exact positions, linear work.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCaddyJsonModel } from '../../src/dialects/caddy/json-model.js';
import { jsonOf, parseCaddyJson } from '../../src/dialects/caddy/parse.js';
import type { JsonValue } from '../../src/dialects/caddy/json.js';
import type { LintOptions } from '../../src/engine/options.js';
import { arbitraryBytes, decode, FC_RUNS, runParameters } from './arbitraries.js';
import { parseResultProblems } from './invariants.js';

const OPTIONS = { serverVersions: {}, pathMaps: [], root: '/', openssl: '3.0' } as unknown as LintOptions;
const ADAPT_TESTS = fileURLToPath(new URL('../../fixtures/corpus/caddy/caddyserver-caddy/caddytest/integration/caddyfile_adapt/', import.meta.url));

/** The JSON halves of Caddy's adapt tests: real Caddy JSON configs to mutate. */
const CORPUS = readdirSync(ADAPT_TESTS).sort().flatMap((name) => {
  const json = readFileSync(join(ADAPT_TESTS, name), 'utf8').split(/^-{10,}\s*$/m)[1]?.trim();
  return json?.startsWith('{') ? [json] : [];
});

/** Every value of a parsed tree, depth-first, without recursion. */
function values(root: JsonValue): JsonValue[] {
  const out: JsonValue[] = [];
  const stack = [root];
  while (stack.length) {
    const value = stack.pop()!;
    out.push(value);
    if (value.kind === 'object') for (const m of value.members) stack.push(m.value);
    if (value.kind === 'array') for (const item of value.items) stack.push(item);
  }
  return out;
}

/** What is wrong with parsing and modelling `text` (an exception counts). */
function problemsOf(text: string): string[] {
  try {
    const file = parseCaddyJson(text, '/hostile/caddy.json');
    const problems = parseResultProblems(file, '/hostile/caddy.json');
    const root = jsonOf(file);
    if (root) {
      // A value's range holds exactly its text: JSON.parse of the slice gives the same value back.
      for (const value of values(root).slice(0, 50)) {
        const slice = file.text.slice(value.range.startOffset, value.range.endOffset);
        if (value.kind === 'string' && JSON.parse(slice) !== value.value) problems.push(`string range ${slice} is not ${JSON.stringify(value.value)}`);
        if (value.kind === 'number' && JSON.parse(slice) !== value.value) problems.push(`number range ${slice} is not ${value.value}`);
      }
      // JSON.parse agrees on what is valid.
      try {
        JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
      } catch {
        problems.push('parsed text that JSON.parse refuses');
      }
    } else if (file.diagnostics.length !== 1) {
      problems.push(`refused with ${file.diagnostics.length} diagnostics`);
    }
    buildCaddyJsonModel(file, OPTIONS);
    return problems;
  } catch (error) {
    return [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
}

/** A corpus config with a few characters replaced, inserted or deleted. */
const mutated = fc.record({
  index: fc.nat({ max: CORPUS.length - 1 }),
  edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 3 }), insert: fc.constantFrom('', '{', '}', '[', ']', '"', ',', ':', '\\', '\\u12', '1e', '-', 'null', 'true', '\n', '\0') }), { maxLength: 4 }),
}).map(({ index, edits }) => {
  let text = CORPUS[index];
  for (const { at, cut, insert } of edits) {
    const offset = Math.floor(at * text.length);
    text = text.slice(0, offset) + insert + text.slice(offset + cut);
  }
  return text;
});

describe('Caddy JSON parser on hostile input', () => {
  it('has a corpus of real Caddy JSON configs that parse cleanly', () => {
    expect(CORPUS.length).toBeGreaterThan(200);
    for (const text of CORPUS) expect(parseCaddyJson(text, '/c.json').diagnostics).toEqual([]);
  });

  it(`survives arbitrary bytes (${FC_RUNS} cases)`, () => {
    fc.assert(fc.property(arbitraryBytes(), (bytes) => {
      expect(problemsOf(decode(bytes))).toEqual([]);
    }), runParameters());
  });

  it(`agrees with JSON.parse on generated JSON (${FC_RUNS} cases)`, () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (text) => {
      expect(problemsOf(text)).toEqual([]);
      expect(jsonOf(parseCaddyJson(text, '/valid.json')), 'refused valid JSON').toBeDefined();
    }), runParameters());
  });

  it(`survives mutated Caddy configs (${FC_RUNS} cases)`, () => {
    fc.assert(fc.property(mutated, (text) => {
      expect(problemsOf(text)).toEqual([]);
    }), runParameters());
  });

  it('refuses nesting past its limit with a parse error, not a stack overflow', () => {
    for (const text of ['['.repeat(100_000), '{"a":'.repeat(100_000), `${'['.repeat(100_000)}${']'.repeat(100_000)}`]) {
      const file = parseCaddyJson(text, '/deep.json');
      expect(file.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/nested deeper than 200 levels/)]);
    }
  });

  // Work, not time: every value the parser makes covers text of its own, so a parse makes at most one
  // value per character, and a config made of n sites has about n times the values of one site.
  it('makes values in proportion to the text', () => {
    const site = (n: number) => `{"handle":[{"handler":"headers","response":{"set":{"Strict-Transport-Security":["max-age=${n}"]}}}],"match":[{"host":["s${n}.example.com"]}]}`;
    const config = (n: number) => `{"apps":{"http":{"servers":{"srv0":{"listen":[":443"],"routes":[${Array.from({ length: n }, (_, i) => site(i)).join(',')}]}}}}}`;
    const count = (n: number) => values(jsonOf(parseCaddyJson(config(n), '/c.json'))!).length;
    const [small, large] = [count(100), count(10_000)];
    expect(large / small).toBeGreaterThan(95);
    expect(large / small).toBeLessThan(105);
    const model = buildCaddyJsonModel(parseCaddyJson(config(10_000), '/c.json'), OPTIONS);
    // Each site, and after it the automatic HTTP->HTTPS redirect Caddy adds for it.
    expect(model.endpoints.filter((e) => e.listeners.some((l) => l.tls))).toHaveLength(10_000);
  });
});
