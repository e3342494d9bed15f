// SourceLines finds lines from their start offsets: it must count them as ranges do, at LF only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { lineAt, lineCache, SourceLines } from '../../src/report/source-lines.js';
import { SourceText } from '../../src/syntax/source.js';

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

  // Up to 4,095 lines are indexed in a shared table, longer texts in one of their own: neither may disturb the other.
  it('indexes a text longer than its shared table, and a short one after it', () => {
    const before = new SourceLines('x\ny\nz');
    const long = Array.from({ length: 10_000 }, (_, i) => `line ${i + 1}`).join('\n');
    const lines = new SourceLines(long);
    const short = new SourceLines('a\nb');
    expect(lines.count).toBe(10_000);
    expect([lines.line(1), lines.line(4096), lines.line(10_000)]).toEqual(['line 1', 'line 4096', 'line 10000']);
    expect([short.count, short.line(2)]).toEqual([2, 'b']);
    expect([lines.line(5000), before.line(3)]).toEqual(['line 5000', 'z']);
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

describe('SourceLines.between', () => {
  it('cuts what slicing the line by its columns cuts, on any text', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'é'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.nat(8), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (sample, lineIndex, from, to) => {
      const lines = new SourceLines(sample);
      const line = (lineIndex % lines.count) + 1;
      const at = (column: number) => ({ line, column, offset: 0 });
      expect(lines.between(at(from), at(to))).toBe(lines.line(line)!.slice(from - 1, to - 1));
    }));
  });
});

describe('lineCache', () => {
  const text = 'server {\r\n  listen 443 ssl;\r\n}\nlast';
  const source = new SourceText('/repo/a.conf', text);
  const finding = (range: Finding['range']): Finding => ({ ruleId: 'r', messageId: 'm', severity: 'note', message: 'm', range, related: [] });

  it("reads lines through the parser's line starts when the report reads the parsed text", () => {
    const lines = lineCache(() => text, [finding(source.span(11, 17))])('/repo/a.conf')!;
    expect(Array.from({ length: lines.count }, (_, i) => lines.line(i + 1))).toEqual(['server {', '  listen 443 ssl;', '}', 'last']);
  });

  // Work, not time: the parser's table is the one read (a table altered in place shows it), the text is not searched again.
  it("does not index the parsed text a second time", () => {
    const parsed = new SourceText('/repo/b.conf', 'ab\ncd\nef');
    parsed.lines()[2] = 7;
    const lines = lineCache(() => parsed.text, [finding(parsed.span(0, 1))])('/repo/b.conf')!;
    expect(lines.line(3)).toBe('f');
  });

  it('indexes the text it reads when that is not the parsed one', () => {
    const lines = lineCache(() => 'other\ntext', [finding(source.span(11, 17))])('/repo/a.conf')!;
    expect([lines.count, lines.line(2)]).toEqual([2, 'text']);
  });
});
