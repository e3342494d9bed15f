// A rule that throws becomes a tool notification naming the rule and the file; every other rule still reports.
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FORMATS, settingsFromFlags, type CliFlags } from '../../src/cli/options.js';
import { isFilesNotFoundNotice, lint } from '../../src/engine/run.js';
import { allRules } from '../../rules/index.js';
import { expectNoCrash, runCli } from './cli-helpers.js';
import { makeTree } from './fs-helpers.js';

/** Switches the test rule's failure on and off between runs. */
const state = vi.hoisted(() => ({ fail: false as false | 'error' | 'string' | 'after-report' | 'overflow' }));

vi.mock('../../rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../rules/index.js')>();
  const { defineRule } = await import('../../src/engine/define-rule.js');
  const exploding = defineRule({
    id: 'test-exploding-rule',
    description: 'Throws when the test asks it to',
    howToFix: 'Nothing: it exists only for this test',
    severity: 'error',
    tags: [],
    profiles: ['modern', 'intermediate', 'old'],
    messages: { seen: 'Seen' },
    check(model, ctx) {
      if (state.fail === 'after-report') ctx.report('seen', undefined, model.endpoints[0].range);
      if (state.fail === 'string') throw 'a thrown string';
      if (state.fail === 'overflow') throw new RangeError('Maximum call stack size exceeded');
      if (state.fail) throw new RangeError('rule exploded');
    },
  });
  return { allRules: [...original.allRules, exploding] };
});

const root = makeTree({
  'nginx.conf': 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n    ssl_certificate /c.pem;\n    ssl_certificate_key /c.key;\n}\n',
});
const entry = join(root, 'nginx.conf');
const flags: CliFlags = { format: 'stylish', profile: 'intermediate', guidelines: '6.0', openssl: '3.0', rule: [], failOn: 'warning', map: [], dialect: 'nginx' };

describe('a rule that throws', () => {
  beforeEach(() => {
    state.fail = false;
  });

  it('is reported as a tool notification naming the rule and the file; the other findings are all kept', async () => {
    const options = settingsFromFlags(flags, allRules.map((r) => r.meta.id), root).run;
    const baseline = await lint([entry], options);
    expect(baseline.findings.length).toBeGreaterThan(0);
    // The certificate files are not in the tree: the run's one note about them is not a crash.
    expect(baseline.notifications.filter((n) => !isFilesNotFoundNotice(n))).toEqual([]);
    for (const mode of ['error', 'string', 'after-report'] as const) {
      state.fail = mode;
      const crashed = await lint([entry], options);
      expect(crashed.findings).toEqual(baseline.findings);
      expect(crashed.executionSuccessful).toBe(true);
      expect(crashed.notifications.filter((n) => !isFilesNotFoundNotice(n))).toEqual([
        {
          level: 'error',
          ruleId: 'test-exploding-rule',
          file: entry,
          message: `Rule test-exploding-rule failed on ${entry}: ${mode === 'string' ? 'a thrown string' : 'rule exploded'}`,
        },
      ]);
    }
  });

  it.each([...FORMATS])('shows up in %s output without a stack trace, and the exit code follows the other findings', async (format) => {
    state.fail = 'error';
    const run = await runCli(['--format', format], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('test-exploding-rule');
    expect(run.stdout).toContain('rule exploded');
    expect(run.stdout).toContain('protocol-deprecated');
  });

  // A rule that ran out of stack (a deep tree) checked none of it: no pass (#18 item 6).
  it('fails the run with exit 2 when it overflowed the stack', async () => {
    state.fail = 'overflow';
    const run = await runCli([], root, ['nginx.conf']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('test-exploding-rule');
  });
});
