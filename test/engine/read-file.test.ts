// readRegularFile reads a file whole with one read(2) when its size is what fstat said, and still reads a file
// that grew since (or refuses it past the cap) or shrank. Sizes fstat reports are faked per file name here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readRegularFile } from '../../src/engine/read-file.js';
import { tempRoot } from '../hostile/fs-helpers.js';

/** read(2) calls made, and sizes fstat is to report instead of the real one, by the file name's last word. */
const counts = { reads: 0 };
const fakeSizes = new Map<string, number>();
const openPaths = new Map<number, string>();

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = ((...args: Parameters<typeof fs.openSync>) => {
    const fd = fs.openSync(...args);
    openPaths.set(fd, String(args[0]));
    return fd;
  }) as typeof fs.openSync;
  const fstatSync = ((fd: number) => {
    const info = fs.fstatSync(fd);
    const fake = fakeSizes.get(openPaths.get(fd)?.split('/').pop() ?? '');
    if (fake !== undefined) info.size = fake;
    return info;
  }) as typeof fs.fstatSync;
  const readSync = ((...args: Parameters<typeof fs.readSync>) => {
    counts.reads++;
    return fs.readSync(...args);
  }) as typeof fs.readSync;
  const mocked = { openSync, fstatSync, readSync };
  return { ...fs, ...mocked, default: { ...fs, ...mocked } };
});

beforeEach(() => {
  counts.reads = 0;
  fakeSizes.clear();
});

describe('readRegularFile', () => {
  const root = tempRoot();
  const write = (name: string, text: string) => {
    writeFileSync(join(root, name), text);
    return join(root, name);
  };

  it('reads a file whole in one read call when it has the size fstat gave, an empty one too', () => {
    const texts = ['x;\n', 'longer;\n'.repeat(500), ''];
    texts.forEach((text, index) => expect(readRegularFile(write(`f${index}.conf`, text), 1 << 20).toString()).toBe(text));
    expect(counts.reads).toBe(texts.length);
    texts.forEach((text, index) => expect(readRegularFile(join(root, `f${index}.conf`), 1 << 20, true).toString()).toBe(text));
    expect(counts.reads).toBe(2 * texts.length);
  });

  it('reads on when the file grew since fstat, and refuses it when it grew past the cap', () => {
    const text = 'grown;\n'.repeat(40);
    const path = write('grew.conf', text);
    fakeSizes.set('grew.conf', 100);
    expect(readRegularFile(path, 1 << 20).toString()).toBe(text);
    expect(readRegularFile(path, 1 << 20, true).toString()).toBe(text);
    expect(() => readRegularFile(path, 200)).toThrow(/over the limit of 200/);
  });

  it('reads to the end of a file that shrank since fstat', () => {
    const text = 'short;\n';
    const path = write('shrank.conf', text);
    fakeSizes.set('shrank.conf', 5000);
    expect(readRegularFile(path, 1 << 20).toString()).toBe(text);
    // The short read is not at the size fstat gave: a second read finds the end.
    expect(counts.reads).toBe(2);
  });

  it('refuses a file over the cap without reading it', () => {
    expect(() => readRegularFile(write('big.conf', 'x'.repeat(300)), 200)).toThrow(/300 bytes, over the limit of 200/);
    expect(counts.reads).toBe(0);
  });
});
