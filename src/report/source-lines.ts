// Line access into a config file's text, counting line breaks as the parsers do.

// chevrotain's default line terminators: \n, \r\n and a lone \r.
const LINE_BREAK = /\r\n|\r|\n/;

/** The text of 1-based `line` without its line break, or undefined when the file is shorter. */
export function lineAt(text: string, line: number): string | undefined {
  const lines = text.split(LINE_BREAK);
  return line >= 1 && line <= lines.length ? lines[line - 1] : undefined;
}

/** A function that returns the lines of a file's text, splitting each text once. */
export function lineCache(readSource: (file: string) => string | undefined): (file: string) => string[] | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) cache.set(file, readSource(file)?.split(LINE_BREAK));
    return cache.get(file);
  };
}
