// Line access into a config file's text, counting lines as ranges do: at LF only, as nginx counts them
// (src/syntax/source.ts). A CR before the LF is not part of the line; a lone CR is just a character.

/** Where the lines of the text being indexed start (up to 4,095 lines); its first entry is always 0. */
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
  /** Where each line starts, and one past the end of the text. */
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    // One search through the text into a shared scratch table, then one copy: a number array grown line by
    // line and copied, or a second search to count the lines first, was most of indexing a large report's files.
    // A text with more lines grows a table of its own, which is not kept.
    let starts = scratch;
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      if (line + 1 >= starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[line++] = index + 1;
    }
    starts[line] = text.length + 1;
    this.starts = starts.slice(0, line + 1);
  }

  /** How many lines the text has (a text ending in a line break has an empty last line). */
  get count(): number {
    return this.starts.length - 1;
  }

  /** The text of 1-based `line` without its line break, or undefined past the last line. */
  line(line: number): string | undefined {
    if (!(line >= 1 && line <= this.count)) return undefined;
    const text = this.text.slice(this.starts[line - 1], this.starts[line] - 1);
    return text.endsWith('\r') && this.text[this.starts[line] - 1] === '\n' ? text.slice(0, -1) : text;
  }
}

/** A function that returns the lines of a file's text, indexing each text once. */
export function lineCache(readSource: (file: string) => string | undefined): (file: string) => SourceLines | undefined {
  // null for a file with no text: one lookup per call, not two.
  const cache = new Map<string, SourceLines | null>();
  return (file) => {
    let lines = cache.get(file);
    if (lines === undefined) {
      const text = readSource(file);
      cache.set(file, (lines = text === undefined ? null : new SourceLines(text)));
    }
    return lines ?? undefined;
  };
}
