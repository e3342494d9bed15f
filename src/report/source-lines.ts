// Line access into a config file's text, counting lines as ranges do: at LF only, as nginx counts them
// (src/syntax/source.ts). A CR before the LF is not part of the line; a lone CR is just a character.
import type { Finding } from '../engine/finding.js';
import type { Position } from '../syntax/range.js';
import { Span, type SourceText } from '../syntax/source.js';

/** Where the lines of the text being indexed start (up to 4,096 lines); its first entry is always 0. */
const scratch = new Int32Array(4096);

/** The text of 1-based `line` without its line break, or undefined when the file is shorter. */
export function lineAt(text: string, line: number): string | undefined {
  return new SourceLines(text).line(line);
}

/**
 * The lines of a text, found from where each starts. Split into strings, the 1,000 files of a
 * 10,000-finding report were a million strings, made twice (fingerprints and snippets).
 */
export class SourceLines {
  /** Where each line starts: entry `n - 1` for line `n`, as SourceText keeps them. */
  private readonly starts: Int32Array;

  /** @param starts where the lines of `text` start, when the parser already found them (SourceText.lines). */
  constructor(private readonly text: string, starts?: Int32Array) {
    this.starts = starts ?? lineStarts(text);
  }

  /** How many lines the text has (a text ending in a line break has an empty last line). */
  get count(): number {
    return this.starts.length;
  }

  /** The text of 1-based `line` without its line break, or undefined past the last line. */
  line(line: number): string | undefined {
    if (!(line >= 1 && line <= this.count)) return undefined;
    return this.text.slice(this.starts[line - 1], this.lineEnd(line));
  }

  /**
   * The text from `start` to `end` on one line, as `line(start.line).slice(start.column - 1, end.column - 1)`
   * gives it, without cutting the line out first (a report takes one of these per finding).
   */
  between(start: Position, end: Position): string {
    const first = this.starts[start.line - 1];
    const last = this.lineEnd(start.line);
    // Both columns are 1-based: clamped to the line as slice clamps them.
    const from = Math.min(first + start.column - 1, last);
    const to = Math.min(first + end.column - 1, last);
    return to > from ? this.text.slice(from, to) : '';
  }

  /** Where 1-based `line` ends: at its LF, or at a CR just before it; at the end of the text for the last line. */
  private lineEnd(line: number): number {
    if (line === this.starts.length) return this.text.length;
    const lineFeed = this.starts[line] - 1;
    return this.text.charCodeAt(lineFeed - 1) === CR && lineFeed - 1 >= this.starts[line - 1] ? lineFeed - 1 : lineFeed;
  }
}

const CR = 13;

/** Where each line of `text` starts (the first at 0). */
function lineStarts(text: string): Int32Array {
  // One search through the text into a shared scratch table, then one copy: a number array grown line by
  // line and copied, or a second search to count the lines first, was most of indexing a large report's files.
  // A text with more lines grows a table of its own, which is not kept.
  let starts = scratch;
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    if (count === starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = index + 1;
  }
  return starts.slice(0, count);
}

/**
 * A function that returns the lines of a file's text, indexing each text once. When `findings` point into
 * texts the parser already indexed (their ranges are Spans), a text read for a file is not searched again.
 */
export function lineCache(readSource: (file: string) => string | undefined, findings: readonly Finding[] = []): (file: string) => SourceLines | undefined {
  // null for a file with no text: one lookup per call, not two.
  const cache = new Map<string, SourceLines | null>();
  let parsed: Map<string, SourceText> | undefined;
  return (file) => {
    let lines = cache.get(file);
    if (lines === undefined) {
      const text = readSource(file);
      parsed ??= parsedTexts(findings);
      // The starts of the parser's text only when the report reads that very text.
      const source = parsed.get(file);
      cache.set(file, (lines = text === undefined ? null : new SourceLines(text, source?.text === text ? source.lines() : undefined)));
    }
    return lines ?? undefined;
  };
}

/** The parsed texts findings point into, by file. */
function parsedTexts(findings: readonly Finding[]): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  let last: SourceText | undefined;
  for (const { range } of findings) {
    // Findings come grouped by file: most share the previous one's text.
    if (range instanceof Span && range.source !== last) {
      last = range.source;
      texts.set(last.file, last);
    }
  }
  return texts;
}
