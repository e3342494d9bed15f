// Unit tests of include-cycle: it turns the loader's diagnostics of its kind into findings.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/include-cycle.js';
import { runRule } from '../../src/engine/run-rule.js';
import type { ConfigFile, LoadDiagnostic } from '../../src/syntax/ast.js';
import { makeModel, makeOptions, rangeAt } from '../helpers/model-builder.js';

const file = (path: string, diagnostics: LoadDiagnostic[]): ConfigFile => ({ path, dialect: 'nginx', text: '', directives: [], comments: [], diagnostics });

describe('include-cycle', () => {
  it('reports each of its diagnostics in every file with the loader message, and no other kind', () => {
    const model = makeModel([]);
    model.files = [
      file('/test/nginx.conf', [
        { ruleId: 'parse-error', message: 'Unexpected "}"', range: rangeAt(3, 1, 2) },
        { ruleId: 'include-not-found', message: 'Missing include "missing.conf"', range: rangeAt(5, 5, 27) },
      ]),
      file('/test/conf.d/a.conf', [{ ruleId: 'include-cycle', message: 'Include cycle: a.conf -> b.conf -> a.conf', range: rangeAt(1, 1, 20, '/test/conf.d/a.conf') }]),
    ];
    const expected = model.files.flatMap((f) => f.diagnostics).filter((d) => d.ruleId === 'include-cycle');
    const findings = runRule(rule, model, makeOptions());
    expect(findings.map((f) => [f.message, f.range])).toEqual(expected.map((d) => [d.message, d.range]));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
  });

  it('stays silent when the files have no diagnostics', () => {
    const model = makeModel([]);
    model.files = [file('/test/nginx.conf', [])];
    expect(runRule(rule, model, makeOptions())).toEqual([]);
  });
});
