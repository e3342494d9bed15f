// Parsed files' tables are cut from shared arena chunks (source.ts Arena): each source keeps exactly what
// it wrote, whatever the order of reserve and trimTables, a source that never trims, or a table that grew
// past the room it reserved.
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/syntax/source.js';

/** Writes `count` arguments whose offsets encode `tag`, and returns what the source reads back. */
function fill(source: SourceText, tag: number, count: number): void {
  for (let index = 0; index < count; index++) source.addArg(tag * 1000 + index, tag * 1000 + index + 1, 0);
}

function spans(source: SourceText): number[] {
  const starts: number[] = [];
  for (let index = 0; index < source.argCount; index++) starts.push(source.argSpan(index).startOffset);
  return starts;
}

function expected(tag: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => tag * 1000 + index);
}

describe('SourceText tables from the arena', () => {
  it('keep each file whole when files are parsed one after another', () => {
    const sources = [1, 2, 3].map((tag) => {
      const source = new SourceText(`/${tag}.conf`, 'x\ny\n');
      source.reserve(4, 1);
      fill(source, tag, 4);
      source.trimTables();
      return source;
    });
    sources.forEach((source, index) => expect(spans(source)).toEqual(expected(index + 1, 4)));
  });

  it('keep what a source that never trimmed wrote when the next one reserves', () => {
    const abandoned = new SourceText('/a.conf', 'x\n');
    abandoned.reserve(8, 1);
    fill(abandoned, 1, 3);
    const next = new SourceText('/b.conf', 'y\n');
    next.reserve(8, 1);
    fill(next, 2, 8);
    next.trimTables();
    expect(spans(abandoned)).toEqual(expected(1, 3));
    expect(spans(next)).toEqual(expected(2, 8));
  });

  it('keep a table that grew past its room, and the files after it', () => {
    const grown = new SourceText('/g.conf', 'x\n');
    grown.reserve(2, 1);
    fill(grown, 1, 50);
    grown.trimTables();
    const after = new SourceText('/h.conf', 'y\n');
    after.reserve(5, 1);
    fill(after, 2, 5);
    after.trimTables();
    expect(spans(grown)).toEqual(expected(1, 50));
    expect(spans(after)).toEqual(expected(2, 5));
  });

  it('find lines in texts read one after another', () => {
    const first = new SourceText('/1.conf', 'a\nb\nc\n');
    const second = new SourceText('/2.conf', 'long line\nz');
    expect(first.lineCount).toBe(4);
    expect(second.lineCount).toBe(2);
    expect(first.positionAt(4)).toEqual({ line: 3, column: 1, offset: 4 });
    expect(second.positionAt(10)).toEqual({ line: 2, column: 1, offset: 10 });
  });
});
