// runRule: a rule's reports become findings, one per place and message.
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/define-rule.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { SourceRange } from '../../src/syntax/range.js';
import { makeModel, makeOptions } from '../helpers/model-builder.js';

function span(file: string, start: number, end: number): SourceRange {
  return { file, start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } };
}

describe('runRule', () => {
  it('keeps one finding per file, range and message, in the order reported', () => {
    const reports: Array<[string, SourceRange]> = [
      ['a', span('/x.conf', 0, 5)],
      ['a', span('/x.conf', 0, 5)], // the same again: dropped
      ['b', span('/x.conf', 0, 5)], // another message at the same range
      ['a', span('/x.conf', 0, 6)], // the same start, another end
      ['a', span('/x.conf', 0, 5)], // dropped, after a list of three was made at this start
      ['b', span('/x.conf', 0, 6)],
      ['a', span('/y.conf', 0, 5)], // another file
      ['a', span('/x.conf', 1, 5)],
      ['b', span('/x.conf', 0, 6)], // dropped
    ];
    const rule = defineRule({
      id: 'test-dedupe', description: 'Test rule', howToFix: 'Nothing', severity: 'warning', tags: [], profiles: ['intermediate'],
      messages: { say: (p: { text: string }) => `Message ${p.text}` },
      check(_model, ctx) {
        for (const [text, range] of reports) ctx.report('say', { text }, range);
      },
    });
    const findings = runRule(rule, makeModel([]), makeOptions());
    expect(findings.map((f) => `${f.range.file} ${f.range.start.offset}-${f.range.end.offset} ${f.message}`)).toEqual([
      '/x.conf 0-5 Message a',
      '/x.conf 0-5 Message b',
      '/x.conf 0-6 Message a',
      '/x.conf 0-6 Message b',
      '/y.conf 0-5 Message a',
      '/x.conf 1-5 Message a',
    ]);
    expect(findings.every((f) => f.related.length === 0)).toBe(true);
  });

  it('keeps the related locations a rule gives', () => {
    const related = [{ range: span('/x.conf', 9, 10), message: 'Here' }];
    const rule = defineRule({
      id: 'test-related', description: 'Test rule', howToFix: 'Nothing', severity: 'warning', tags: [], profiles: ['intermediate'],
      messages: { say: 'Message' },
      check(_model, ctx) {
        ctx.report('say', undefined, span('/x.conf', 0, 1), { related });
      },
    });
    expect(runRule(rule, makeModel([]), makeOptions())[0].related).toEqual(related);
  });
});
