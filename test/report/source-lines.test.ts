// SourceLines finds lines from their start offsets: it must count them as ranges do, at LF only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAt, SourceLines } from '../../src/report/source-lines.js';

/** Lines as nginx and the ranges count them: broken at LF, a CR before it dropped. */
const split = (text: string) => text.split('\n').map((line, index, all) => (index < all.length - 1 && line.endsWith('\r') ? line.slice(0, -1) : line));

describe('SourceLines', () => {
  it.each([
    ['', ['']],
    ['a', ['a']],
    ['a\n', ['a', '']],
    ['a\r\nb\rc\nd', ['a', 'b\rc', 'd']],
    ['\r\r\n\n', ['\r', '', '']],
    ['x\r', ['x\r']],
  ])('reads the lines of %j', (text, lines) => {
    const source = new SourceLines(text);
    expect(source.count).toBe(lines.length);
    expect(Array.from({ length: source.count }, (_, i) => source.line(i + 1))).toEqual(lines);
    expect([source.line(0), source.line(lines.length + 1)]).toEqual([undefined, undefined]);
  });

  it('agrees with splitting at LF (CR before it dropped) on any text', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'é'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (sample) => {
      const lines = split(sample);
      const source = new SourceLines(sample);
      expect(source.count).toBe(lines.length);
      lines.forEach((line, index) => expect(source.line(index + 1)).toBe(line));
      expect(lineAt(sample, lines.length)).toBe(lines.at(-1));
    }));
  });
});
