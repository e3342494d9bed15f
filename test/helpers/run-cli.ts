// Runs the tlslint CLI in-process with its output captured: the helper every CLI-level test shares.
import { Writable } from 'node:stream';
import { main, type CliIo } from '../../src/cli/main.js';

/** A writable that keeps what is written; not a terminal, so no colours. */
export class Capture extends Writable {
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

/** Runs `tlslint args` in `cwd` (relative paths resolve against it) with `env` as the environment. */
export async function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: CliIo = { stdout, stderr, env, cwd };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
