// Compact syntax nodes for parsers: ranges are kept as offsets into their file, and lines and columns are
// found on demand. A 10,000-server tree has 460,000 directives and 700,000 arguments; as plain objects
// with {file,start,end} ranges (three objects per range) it held 540 MB, and almost no range is ever
// shown to a user. Each class below is one object with every field set in its constructor, so V8 keeps
// a single shape per class with the fields inside the object.
import type { Arg, ConfigFile, Directive } from './ast.js';
import type { Position, SourceRange } from './range.js';

/** The text of one file and, built on first use, where each of its lines starts. Lines end at LF. */
export class SourceText {
  private readonly lineStarts: Int32Array;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.lineStarts = lineStartsOf(text);
  }

  /** The line and column of `offset` (clamped to the text). */
  positionAt(offset: number): Position {
    const starts = this.lineStarts;
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

/** An argument whose range is its two offsets. */
export class SourceArg implements Arg {
  readonly startOffset: number;
  readonly endOffset: number;

  constructor(
    public value: string,
    public raw: string,
    public quoted: '"' | "'" | null,
    readonly source: SourceText,
    startOffset: number,
    endOffset: number,
  ) {
    this.startOffset = startOffset | 0;
    this.endOffset = endOffset | 0;
  }

  get range(): Span {
    return new Span(this.source, this.startOffset, this.endOffset);
  }

  /** The same argument without its first `head` and last `tail` characters of source. */
  shrunk(value: string, raw: string, head: number, tail: number): SourceArg {
    return new SourceArg(value, raw, this.quoted, this.source, this.startOffset + head, this.endOffset - tail);
  }

  toJSON(): Arg {
    return { value: this.value, raw: this.raw, quoted: this.quoted, range: this.range.toJSON() };
  }
}

/** No range yet: a block's head before its `{` is read, or a directive with no block. */
const NONE = -1;

/** A directive whose ranges are offsets: from its name's start to its name's end, its `{` and its end. */
export class SourceDirective implements Directive {
  children: Directive[] | undefined = undefined;
  rawBlock: string | undefined = undefined;
  included: ConfigFile[] | undefined = undefined;
  recovered: boolean | undefined = undefined;
  readonly startOffset: number;
  readonly nameEndOffset: number;
  /** Just after the `{` of a block, or NONE. */
  headEndOffset = NONE;
  endOffset: number;

  constructor(
    readonly name: string,
    readonly args: Arg[],
    readonly source: SourceText,
    startOffset: number,
    nameEndOffset: number,
  ) {
    this.startOffset = startOffset | 0;
    this.nameEndOffset = nameEndOffset | 0;
    this.endOffset = this.nameEndOffset;
  }

  get nameRange(): Span {
    return new Span(this.source, this.startOffset, this.nameEndOffset);
  }

  /** From the first character of the name to the `;` or the closing `}`. */
  get range(): Span {
    return new Span(this.source, this.startOffset, this.endOffset);
  }

  get headRange(): Span | undefined {
    return this.headEndOffset === NONE ? undefined : new Span(this.source, this.startOffset, this.headEndOffset);
  }

  /** Sets where the directive ends (exclusive). */
  endAt(offset: number): void {
    this.endOffset = offset | 0;
  }

  /** Sets where the block's head ends: just after its `{`. */
  headEndsAt(offset: number): void {
    this.headEndOffset = offset | 0;
  }

  toJSON(): Directive {
    const { name, args, children, rawBlock, included, recovered } = this;
    return { name, nameRange: this.nameRange, args, range: this.range, headRange: this.headRange, children, rawBlock, included, recovered };
  }
}
