// Compact ranges for parsers: a span keeps two offsets into its file and finds lines and columns on demand.
// A 10,000-server tree has millions of ranges; three objects each (range, start, end) cost ~150 MB,
// one object each costs a third of that, and almost no range is ever shown to a user.
import type { Position, SourceRange } from './range.js';

/** The text of one file and, built on first use, where each of its lines starts. Lines end at LF. */
export class SourceText {
  private lineStarts: Int32Array | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** The line and column of `offset` (clamped to the text). */
  positionAt(offset: number): Position {
    const starts = this.lineStarts ?? (this.lineStarts = lineStartsOf(this.text));
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - starts[low] + 1, offset: at };
  }

  /** The range from `startOffset` to `endOffset` (exclusive). */
  span(startOffset: number, endOffset: number): Span {
    return new Span(this, startOffset, endOffset);
  }
}

function lineStartsOf(text: string): Int32Array {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts[line++] = index + 1;
  return starts;
}

/** A SourceRange stored as two offsets; `start` and `end` are computed when read. */
export class Span implements SourceRange {
  readonly startOffset: number;
  readonly endOffset: number;

  constructor(
    readonly source: SourceText,
    startOffset: number,
    endOffset: number,
  ) {
    // `| 0` keeps both fields small integers: chevrotain's EOF token carries NaN offsets, and one double
    // stored here would make V8 box the offsets of every span as heap numbers.
    this.startOffset = startOffset | 0;
    this.endOffset = endOffset | 0;
  }

  get file(): string {
    return this.source.file;
  }

  get start(): Position {
    return this.source.positionAt(this.startOffset);
  }

  get end(): Position {
    return this.source.positionAt(this.endOffset);
  }

  /** The plain `{ file, start, end }` shape, for JSON and for comparing with literal ranges. */
  toJSON(): SourceRange {
    return { file: this.file, start: this.start, end: this.end };
  }
}
