// SourceLines finds lines from their start offsets: it must agree with splitting at every line break.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAt, SourceLines } from '../../src/report/source-lines.js';

const split = (text: string) => text.split(/\r\n|\r|\n/);

describe('SourceLines', () => {
  it.each([
    ['', ['']],
    ['a', ['a']],
    ['a\n', ['a', '']],
    ['a\r\nb\rc\nd', ['a', 'b', 'c', 'd']],
    ['\r\r\n\n', ['', '', '', '']],
    ['x\r', ['x', '']],
  ])('reads the lines of %j', (text, lines) => {
    const source = new SourceLines(text);
    expect(source.count).toBe(lines.length);
    expect(Array.from({ length: source.count }, (_, i) => source.line(i + 1))).toEqual(lines);
    expect([source.line(0), source.line(lines.length + 1)]).toEqual([undefined, undefined]);
  });

  it('agrees with splitting at \\n, \\r\\n and a lone \\r on any text', () => {
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
