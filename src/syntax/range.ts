// Source positions shared by every dialect: what a finding points at.
import { Span } from './source.js';

/** A point in a file. `line` and `column` are 1-based (column counts UTF-16 code units), `offset` is 0-based. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A span of one file. `end` is exclusive: the position just after the last character. */
export interface SourceRange {
  file: string;
  start: Position;
  end: Position;
}

/** The smallest range covering both `a` and `b` (same file). */
export function spanOf(a: SourceRange, b: SourceRange): SourceRange {
  // Two offsets stay two offsets: a plain range computes both positions now and keeps three objects.
  if (a instanceof Span && b instanceof Span && a.source === b.source) return a.source.span(a.startOffset, b.endOffset);
  return { file: a.file, start: a.start, end: b.end };
}

/** Orders ranges by file, then by position. */
export function compareRanges(a: SourceRange, b: SourceRange): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return startOffsetOf(a) - startOffsetOf(b) || endOffsetOf(a) - endOffsetOf(b);
}

/** `range.start.offset` (and `range.end.offset` below), without finding the line and column of a Span. */
export function startOffsetOf(range: SourceRange): number {
  return range instanceof Span ? range.startOffset : range.start.offset;
}

export function endOffsetOf(range: SourceRange): number {
  return range instanceof Span ? range.endOffset : range.end.offset;
}
