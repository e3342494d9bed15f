// Reading one config file for any dialect: regular files only, under the size cap, never a key or a binary.
import type { ConfigFile, LoadDiagnostic } from '../syntax/ast.js';
import { decodeUtf8, readRegularFile, RefusedFile } from '../engine/read-file.js';
import { capParseErrors, invalidUtf8Diagnostic } from '../syntax/diagnostics.js';
import type { LoadContext } from './dialect.js';

/** A file that could not be read, with a message fit for a diagnostic. */
export class ReadFailure extends Error {
  constructor(
    message: string,
    readonly ruleId: LoadDiagnostic['ruleId'] = 'include-not-found',
  ) {
    super(message);
  }
}

/** A file skipped because of a configurable limit: a tool notice, not a config mistake. */
export class LimitExceeded extends ReadFailure {}

/**
 * Reads and parses one config file with `parse`, caching it in the context. Throws ReadFailure (binary
 * file, private key, not a regular file), LimitExceeded (too large) or the fs error. Shared by dialects.
 */
export function readConfigFile(path: string, context: LoadContext, parse: (text: string, path: string) => ConfigFile): ConfigFile {
  const given = context.texts?.get(path);
  let bytes: Buffer;
  try {
    // A device or a FIFO would never end (/dev/zero) or block forever (a pipe with no writer): the
    // descriptor is checked to be a regular file, and no more than the cap is ever read. Text given on
    // stdin was decoded already (its invalid UTF-8 is U+FFFD by now), but is refused as a file would be.
    // The bytes are only checked and decoded here: they are read into the buffer transient reads share.
    bytes = given !== undefined ? Buffer.from(given, 'utf8') : readRegularFile(path, context.maxFileBytes, true);
  } catch (error) {
    if (error instanceof RefusedFile) throw error.reason === 'too-large' ? tooLarge(error.size, context) : new ReadFailure(error.message);
    throw error;
  }
  // A private key or a binary piped to --stdin is refused like a file: never parsed, never quoted.
  refuseNonConfig(bytes);
  // Invalid UTF-8 is read as U+FFFD (nginx itself reads bytes), and a leading BOM is dropped.
  const { text, invalid } = decodeUtf8(bytes);
  const file = parse(text, path);
  if (invalid) {
    file.diagnostics.push(invalidUtf8Diagnostic(path, file.text, invalid));
    file.diagnostics = capParseErrors(file.diagnostics);
  }
  context.cache.set(path, file);
  return file;
}

function tooLarge(size: number, context: LoadContext): LimitExceeded {
  return new LimitExceeded(`it is ${size} bytes, over the file size limit of ${context.maxFileBytes} bytes (--max-file-size)`);
}

/** Bytes git also takes for binary: a NUL among the first 8000 (xdiff/xutils.c buffer_is_binary). */
const BINARY_SNIFF_BYTES = 8000;

/** PEM armour of a private key: PKCS#8, encrypted PKCS#8, RSA, EC, DSA, OpenSSH. */
const PEM_PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

/**
 * Refuses files that cannot be configs and must never be quoted in a finding: binary files (a DER key, an
 * image a glob matched) and PEM private keys. Messages name the kind, never the content.
 */
function refuseNonConfig(bytes: Buffer): void {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new ReadFailure('it looks like a binary file (it holds NUL bytes), not a config file; it is not read');
  }
  if (bytes.includes('PRIVATE KEY-----') && PEM_PRIVATE_KEY.test(bytes.toString('latin1'))) {
    throw new ReadFailure('it looks like a PEM private key, not a config file; tlslint never reads key files');
  }
}

export function failureText(error: unknown): string {
  if (error instanceof ReadFailure) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}
