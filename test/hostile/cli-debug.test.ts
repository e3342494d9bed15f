// An internal error in the CLI: one line and a hint without --debug, the stack only with it.
import { describe, expect, it, vi } from 'vitest';
import { runCli, STACK_FRAME } from './cli-helpers.js';

vi.mock('../../src/engine/run.js', () => ({
  DEFAULT_LIMITS: { maxFileBytes: 50 * 1024 * 1024, maxIncludedFiles: 10_000, maxIncludeDepth: 50 },
  lint: () => {
    throw new TypeError('simulated internal failure');
  },
}));

describe('tlslint CLI internal errors', () => {
  it('prints one line and a hint, no stack trace, and exits 2', async () => {
    const run = await runCli([], process.cwd(), ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('tlslint: internal error: simulated internal failure\n(run with --debug for details)\n');
    expect(run.stdout).toBe('');
  });

  it('prints the stack with --debug', async () => {
    const run = await runCli(['--debug'], process.cwd(), ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tlslint: internal error: simulated internal failure\n/);
    expect(run.stderr).toMatch(STACK_FRAME);
  });
});
