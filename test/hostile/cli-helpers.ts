// Runs the tlslint CLI in-process with captured output, and the checks every hostile CLI run must pass.
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: unknown, _encoding: string, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

/** The outcome of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tlslint args` in `cwd` and captures everything it prints. Arguments after the options that
 * name paths are made absolute against `cwd`: the engine resolves paths against the process's own cwd.
 */
export async function runCli(args: string[], cwd: string, paths: string[] = []): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: CliIo = { stdout, stderr, env: { NO_COLOR: '1' }, cwd };
  const code = await main([...args, ...paths.map((path) => resolve(cwd, path))], io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A JavaScript stack frame line (`    at fn (file:1:2)`). */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/** No stack trace and no `internal error` in what a run printed. */
export function expectNoCrash(run: CliRun): void {
  expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(/internal error/i);
}
