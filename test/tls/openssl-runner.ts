// Runs the real `openssl ciphers` binary for differential tests, several processes at a time.
import { execFile } from 'node:child_process';

const ENV = { ...process.env, OPENSSL_CONF: '/dev/null' };

/** What `openssl ciphers` printed for one string: the suite names, or null when it rejected the string. */
export type OpensslAnswer = string[] | null;

function runOnce(args: string[]): Promise<OpensslAnswer> {
  return new Promise((resolve) => {
    execFile('openssl', args, { env: ENV, encoding: 'utf8' }, (error, stdout) => {
      if (error) resolve(null);
      else resolve(stdout.trim().split(':').filter(Boolean));
    });
  });
}

/** `openssl ciphers [-s] -ciphersuites '' -- STRING`: TLS 1.0-1.2 only; `supported` applies the security level. */
export function opensslCiphers(cipherString: string, supported = false): Promise<OpensslAnswer> {
  return runOnce(['ciphers', ...(supported ? ['-s'] : []), '-ciphersuites', '', '--', cipherString]);
}

/** Maps `inputs` through `task` with at most `width` calls in flight; results keep the input order. */
export async function pool<T, R>(inputs: readonly T[], width: number, task: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, inputs.length) }, worker));
  return results;
}

/** The installed `openssl version` line; throws when the binary is missing, so tests fail instead of skipping. */
export async function opensslVersion(): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('openssl', ['version'], { env: ENV, encoding: 'utf8' }, (error, stdout) => {
      if (error) reject(new Error(`The openssl binary is required for the differential test (CI installs it): ${error.message}`));
      else resolve(stdout.trim());
    });
  });
}
