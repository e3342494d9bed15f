// Property tests of every parser on hostile input: it returns an AST and in-file parse-errors, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryBytes, corpusBytes, decode, FC_RUNS, mutatedCorpus, runParameters, structuredGarbage } from './arbitraries.js';
import { parseResultProblems } from './invariants.js';
import { PARSERS, type HostileParser } from './parsers.js';

/** Parses `text` and returns what is wrong with the outcome (an exception counts). */
function problemsOf(parser: HostileParser, text: string, path: string): string[] {
  let file;
  try {
    file = parser.parse(text, path);
  } catch (error) {
    return [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
  // The parsers' safety net turns a crash into a diagnostic; that still is a bug to find here.
  if (parser.crashed(file)) return [`crashed: ${file.diagnostics.map((d) => d.message).join('; ')}`];
  if (!Array.isArray(file.directives)) return ['no directive list'];
  return parseResultProblems(file, path);
}

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s parser on hostile input', (_dialect, parser) => {
  const path = `/hostile/${parser.dialect}.conf`;
  const corpus = corpusBytes(parser);

  it('has a corpus to mutate', () => {
    expect(corpus.size).toBeGreaterThan(0);
  });

  it(`survives arbitrary bytes (${FC_RUNS} cases)`, () => {
    fc.assert(
      fc.property(arbitraryBytes(), (bytes) => {
        expect(problemsOf(parser, decode(bytes), path)).toEqual([]);
      }),
      runParameters(),
    );
  });

  it(`survives arbitrary strings, lone surrogates included (${FC_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(problemsOf(parser, text, path)).toEqual([]);
      }),
      runParameters(),
    );
  });

  it(`survives structured garbage from its own vocabulary (${FC_RUNS} cases)`, () => {
    fc.assert(
      fc.property(structuredGarbage(parser), (bytes) => {
        expect(problemsOf(parser, decode(bytes), path)).toEqual([]);
      }),
      runParameters(),
    );
  });

  it(`survives mutated corpus configs (${FC_RUNS} cases)`, () => {
    fc.assert(
      fc.property(mutatedCorpus(parser, corpus), ({ bytes }) => {
        expect(problemsOf(parser, decode(bytes), path)).toEqual([]);
      }),
      runParameters(),
    );
  });

  it('parses every unmutated corpus file soundly', () => {
    const problems = [...corpus].flatMap(([name, bytes]) => problemsOf(parser, decode(bytes), path).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('the invariant checker', () => {
  const [parser] = PARSERS;

  it('flags ranges outside the text, positions that disagree with offsets and foreign files', () => {
    const file = parser.parse('a b;\nc d;\n', '/x.conf');
    expect(parseResultProblems(file, '/x.conf')).toEqual([]);
    // The parser's nodes compute ranges from offsets, so broken ones are plain copies with a range forged.
    const [first, second] = file.directives.map((d) => ({ ...d, nameRange: d.nameRange, range: d.range, args: [...d.args] }));
    file.directives = [first, second];
    const arg = first.args[0];
    first.args[0] = { ...arg, range: { file: arg.range.file, start: arg.range.start, end: { line: 1, column: 99, offset: 98 } } };
    second.nameRange = { file: second.nameRange.file, start: { line: 1, column: 6, offset: 5 }, end: second.nameRange.end };
    file.diagnostics.push({ ruleId: 'parse-error', message: 'x', range: { file: '/y.conf', start: first.range.start, end: first.range.end } });
    expect(parseResultProblems(file, '/x.conf')).toEqual([
      'diagnostic "x": range names file "/y.conf"',
      'directive "a" argument end: offset 98 outside 0..10',
      'directive "c" name start: offset 5 is 2:1, not 1:6',
    ]);
  });
});
