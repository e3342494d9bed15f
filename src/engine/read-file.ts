// Opening the user's files safely: regular files only (checked on the open descriptor), never past a cap, never blocking.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, type Stats } from 'node:fs';

/**
 * Why a file was not read or written. `special` is a device, FIFO or socket: `/dev/zero` never ends, a
 * FIFO with no writer blocks forever, and a symlink committed to a repository can point at either.
 */
export type FileRefusal = 'directory' | 'special' | 'too-large';

/** A file tlslint refuses to read or write; the message says why in words, never with the content. */
export class RefusedFile extends Error {
  constructor(
    readonly reason: FileRefusal,
    message: string,
    /** For `too-large`: the size seen, in bytes. */
    readonly size = 0,
  ) {
    super(message);
  }
}

// O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer (for writing,
// with no reader it fails with ENXIO instead of waiting); on a regular file it changes nothing.
// O_NOCTTY: a terminal named as a file never becomes the controlling terminal. (open(2))
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_NONBLOCK | constants.O_NOCTTY;

/** Checks what `fd` refers to: the file opened, not the name, which may have changed since a stat. */
function refuseIrregular(info: Stats): void {
  if (info.isDirectory()) throw new RefusedFile('directory', 'it is a directory');
  if (!info.isFile()) throw new RefusedFile('special', 'it is not a regular file (a device, pipe or socket); it is not read');
}

/** The buffer transient reads share (see readRegularFile), kept up to MAX_SHARED_BYTES. */
let shared = Buffer.allocUnsafe(0);
const MAX_SHARED_BYTES = 4 * 1024 * 1024;
const MIN_SHARED_BYTES = 64 * 1024;

/**
 * Reads a regular file, at most `maxBytes` of it. Throws RefusedFile for a directory, a device, FIFO or
 * socket (`special`), or a file over the cap (`too-large`, also when it grew past the cap while read), and
 * the fs error (ENOENT, EACCES, ELOOP, ENXIO for a socket) otherwise.
 * @param transient the bytes are read into a buffer shared by such reads, valid until the next one: for a
 * caller that only decodes them (a 10,000-vhost tree's 1,000 files were 1,000 buffers made and dropped).
 */
export function readRegularFile(path: string, maxBytes: number, transient = false): Buffer {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    // open(2) on a Unix socket fails with ENXIO: it is a special file like any other.
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new RefusedFile('special', 'it is not a regular file (a device, pipe or socket); it is not read');
    throw error;
  }
  try {
    const info = fstatSync(fd);
    refuseIrregular(info);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    // One byte past the cap tells a file that grew since fstat from one that is exactly at it.
    const wanted = Math.min(info.size, maxBytes) + 1;
    if (transient && shared.length < wanted && wanted <= MAX_SHARED_BYTES) shared = Buffer.allocUnsafe(Math.max(wanted, MIN_SHARED_BYTES));
    let buffer = transient && wanted <= shared.length ? shared.subarray(0, wanted) : Buffer.allocUnsafe(wanted);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(length, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const wantedNow = buffer.length - length;
      const read = readSync(fd, buffer, length, wantedNow, null);
      if (read === 0) break;
      length += read;
      // A read of a regular file stops short only at its end (read(2)): one that stops exactly at the size
      // fstat gave is the end, and a second read to be told so cost a system call per file. A file that
      // grew since fstat fills the byte past its old size, and is read on.
      if (read < wantedNow && length === info.size) break;
    }
    if (length > maxBytes) throw tooLarge(length, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * The first `bytes` bytes of a regular file (fewer when it is shorter), to sniff what it holds. Refuses
 * directories and special files as readRegularFile does; a FIFO or `/dev/zero` is never read.
 */
export function readRegularFileHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, READ_FLAGS);
  try {
    refuseIrregular(fstatSync(fd));
    const buffer = Buffer.allocUnsafe(bytes);
    let length = 0;
    while (length < bytes) {
      const read = readSync(fd, buffer, length, bytes - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): RefusedFile {
  return new RefusedFile('too-large', `it is ${size} bytes, over the limit of ${maxBytes} bytes`, size);
}

/**
 * Opens `path` to be overwritten (created when missing, mode 0666 less the umask) and returns its descriptor,
 * emptied. Refuses anything but a regular file before truncating it: `-o /dev/sda` must not be written.
 */
export function openRegularFileForWriting(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, WRITE_FLAGS, 0o666);
  } catch (error) {
    // A FIFO with no reader (O_NONBLOCK) or a socket.
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new RefusedFile('special', 'it is not a regular file (a device, pipe or socket); it is not written');
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new RefusedFile('directory', 'it is a directory');
    if (!info.isFile()) throw new RefusedFile('special', 'it is not a regular file (a device, pipe or socket); it is not written');
    ftruncateSync(fd, 0);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** A one-line reason a file could not be read or written: a refusal's own words, or the fs error's. */
export function fileErrorText(error: unknown): string {
  if (error instanceof RefusedFile) return error.message;
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on device';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Text decoded from a file's bytes, and where the first byte that is not UTF-8 ended up in it. */
export interface DecodedText {
  /** UTF-8 decoded, each invalid sequence replaced with U+FFFD, a leading BOM dropped. */
  text: string;
  /** The first invalid sequence: its first byte, and the offset of its U+FFFD in `text`. */
  invalid?: { byte: number; offset: number };
}

/** Decodes a config file's bytes as the loaders read them (WHATWG UTF-8 decode, as TextDecoder does). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  // ASCII (nearly every config) is its own UTF-8 decoding and holds no BOM: copied as Latin-1, it skips the
  // decoder's and the validation's passes (a third of decoding a 10,000-vhost Apache tree).
  if (isAscii(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
  const text = utf8.decode(bytes);
  // Node's isUtf8 (simdutf) checks the same well-formedness natively; the byte loop below, a tenth of the
  // time of reading a 10,000-vhost Apache tree, runs only to find where a file that fails it goes wrong.
  if (isUtf8(bytes)) return { text };
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return { text };
  return { text, invalid: { byte: bytes[at], offset: utf8.decode(bytes.subarray(0, at)).length } };
}

/** WHATWG UTF-8 decoding, U+FFFD for what is not UTF-8 and a leading BOM dropped; stateless between calls. */
const utf8 = new TextDecoder('utf-8');

/**
 * Index of the first byte that starts no valid UTF-8 sequence (or starts a truncated one), or -1. The byte
 * ranges are the Unicode Standard's table 3-7 (well-formed UTF-8), which the WHATWG decoder enforces.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index++;
      continue;
    }
    const trailing = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (trailing === 0 || index + trailing >= bytes.length) return index;
    // The second byte's range is narrower after E0 (no overlong), ED (no surrogates), F0 (no overlong) and F4 (no past U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (bytes[index + 1] < low || bytes[index + 1] > high) return index;
    for (let k = 2; k <= trailing; k++) if ((bytes[index + k] & 0xc0) !== 0x80) return index;
    index += trailing + 1;
  }
  return -1;
}

/** Largest file read again for a report or a baseline's fingerprints (the loaders' default cap). */
const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/** A config file's text as the loaders decode it, or undefined when it cannot be read (never blocks). */
export function readSourceText(file: string): string | undefined {
  try {
    return decodeUtf8(readRegularFile(file, MAX_SOURCE_BYTES)).text;
  } catch {
    return undefined;
  }
}
