// 10,000 nested blocks give a parse-error, never a stack overflow, in every parser.
import { describe, expect, it } from 'vitest';
import { parseResultProblems } from './invariants.js';
import { PARSERS } from './parsers.js';

const DEPTH = 10_000;

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s parser on deep nesting', (_dialect, parser) => {
  const inputs: Record<string, string> = {
    [`${DEPTH} closed blocks`]: parser.nested(DEPTH),
    [`${DEPTH} blocks never closed`]: parser.nested(DEPTH).slice(0, parser.nested(DEPTH).length / 2),
    [`${DEPTH} blocks closed ${DEPTH} times too often`]: parser.nested(DEPTH) + parser.nested(DEPTH).slice(parser.nested(DEPTH).length / 2),
    ...Object.fromEntries(parser.specials.map((special) => [`${JSON.stringify(special)} x ${DEPTH}`, special.repeat(DEPTH)])),
  };

  it.each(Object.entries(inputs))('%s: a result with a parse-error or none, no overflow', (_name, text) => {
    const file = parser.parse(text, '/deep.conf');
    expect(parser.crashed(file), file.diagnostics[0]?.message).toBe(false);
    expect(parseResultProblems(file, '/deep.conf')).toEqual([]);
  });

  it(`reports ${DEPTH} nested blocks as a parse-error at the block that goes too deep`, () => {
    const file = parser.parse(parser.nested(DEPTH), '/deep.conf');
    expect(parser.crashed(file)).toBe(false);
    const errors = file.diagnostics.filter((d) => d.ruleId === 'parse-error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/nested deeper than \d+ levels/);
    // The configuration above the limit is still read.
    expect(file.directives).toHaveLength(1);
  });
});
