// Runs the tlslint CLI in-process with captured output, and the checks every hostile CLI run must pass.
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { runCli as run, type CliRun } from '../helpers/run-cli.js';

export type { CliRun };

/**
 * Runs `tlslint args` in `cwd` and captures everything it prints. Arguments after the options that
 * name paths are made absolute against `cwd`: the engine resolves paths against the process's own cwd.
 */
export async function runCli(args: string[], cwd: string, paths: string[] = []): Promise<CliRun> {
  return run([...args, ...paths.map((path) => resolve(cwd, path))], cwd);
}

/** A JavaScript stack frame line (`    at fn (file:1:2)`). */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/** No stack trace and no `internal error` in what a run printed. */
export function expectNoCrash(run: CliRun): void {
  expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(/internal error/i);
}
