// Counts past V8's argument limit (~125,000): 200,000 stray braces, a 200,000-line geo block, 200,000 findings on one line.
import { MAX_PARSE_ERRORS } from '../../src/syntax/diagnostics.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, settingsFromFlags, type CliFlags } from '../../src/cli/options.js';
import { renderReport } from '../../src/cli/render.js';
import { isDialectId, loadDialect } from '../../src/dialects/registry.js';
import type { LintOptions } from '../../src/engine/options.js';
import { lint } from '../../src/engine/run.js';
import { runRule } from '../../src/engine/run-rule.js';
import { allRules } from '../../rules/index.js';
import { FULL_STRENGTH } from './arbitraries.js';
import { makeTree, recordingContext } from './fs-helpers.js';
import { parseResultProblems } from './invariants.js';
import { PARSERS } from './parsers.js';

/** More than `Array.prototype.push(...items)` or `Math.max(...items)` take: V8 throws a RangeError near 125,000. */
const HUGE = 200_000;

const options: LintOptions = { profile: 'old', guidelines: '5.7', serverVersions: {}, openssl: '3.0', now: new Date('2026-01-01'), root: '/huge', pathMaps: [], ruleOptions: {} };

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s with huge counts', (_dialect, parser) => {
  // `npm test` takes the first three specials (the block and statement delimiters); test:hostile all.
  const specials = FULL_STRENGTH ? parser.specials : parser.specials.slice(0, 3);
  it.each(specials.map((special) => [JSON.stringify(special), special] as const))(`parses %s x ${HUGE} without its safety net`, (_name, special) => {
    const file = parser.parse(special.repeat(HUGE), '/huge.conf');
    expect(parser.crashed(file), file.diagnostics[0]?.message).toBe(false);
    expect(parseResultProblems(file, '/huge.conf')).toEqual([]);
  });

  it(`builds the model and runs every rule on a block of ${HUGE} directives, inline and included`, async () => {
    if (!isDialectId(parser.dialect)) throw new Error(`no dialect "${parser.dialect}" in src/dialects/registry.ts`);
    const dialect = await loadDialect(parser.dialect);
    const list = parser.filler.repeat(HUGE);
    const root = makeTree({ 'main.conf': `server {\n${parser.include('@/list.conf')}${list}}\n`, 'list.conf': list });
    const { context, notices } = recordingContext(root, { maxFileBytes: 1 << 30 });
    const [entry] = await parser.load(join(root, 'main.conf'), context);
    expect(notices).toEqual([]);
    const model = dialect.buildModel(entry, options);
    for (const rule of allRules) runRule(rule, model, options);
    expect(model.files).toHaveLength(2);
  });
});

describe(`a run with ${HUGE} findings`, () => {
  it('keeps every finding and renders every format', async () => {
    const root = makeTree({ 'nginx.conf': `${'}'.repeat(HUGE)}\n` });
    const flags: CliFlags = { format: 'stylish', profile: 'intermediate', guidelines: '6.0', openssl: '3.0', rule: [], failOn: 'warning', map: [], dialect: 'nginx' };
    const settings = settingsFromFlags(flags, allRules.map((r) => r.meta.id), root);
    const linted = await lint([join(root, 'nginx.conf')], settings.run);
    expect(linted.notifications).toEqual([]);
    // Parse errors are capped per file (#18): at most MAX_PARSE_ERRORS and one "and N more". The reporters
    // still meet 200,000 findings, one per stray brace, as a tree of many files could give them.
    const parseErrors = linted.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parseErrors.length).toBeGreaterThan(0);
    expect(parseErrors.length).toBeLessThanOrEqual(MAX_PARSE_ERRORS + 1);
    const [first] = parseErrors;
    const findings = Array.from({ length: HUGE }, (_, i) => ({
      ...first,
      range: { file: first.range.file, start: { line: 1, column: i + 1, offset: i }, end: { line: 1, column: i + 2, offset: i + 1 } },
    }));
    const result = { ...linted, findings };
    for (const format of FORMATS) {
      const report = [...renderReport(result, { ...settings, format }, { stdout: { isTTY: false }, env: {} })].join('');
      // The markdown job summary is a table of counts per rule, not a list of findings.
      if (format !== 'markdown') expect(report.length).toBeGreaterThan(HUGE);
      // The one 200,000-character line is excerpted around each finding, not printed 200,000 times.
      if (format === 'stylish') expect(report.split('\n').reduce((widest, line) => Math.max(widest, line.length), 0)).toBeLessThan(400);
    }
  });
});
