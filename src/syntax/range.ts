// Source positions shared by every dialect: what a finding points at.

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
  return { file: a.file, start: a.start, end: b.end };
}

/** A range covering only the first line of `range`, e.g. the `server {` line of a block. */
export function firstLineOf(range: SourceRange, lineEnd: Position): SourceRange {
  return { file: range.file, start: range.start, end: lineEnd };
}

/** Orders ranges by file, then by position. */
export function compareRanges(a: SourceRange, b: SourceRange): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start.offset - b.start.offset || a.end.offset - b.end.offset;
}
