// The Apache scanners: where a line, a word, a tag or white space ends, as ap_cfg_getline and ap_getword_conf split
// a file. The text reader (to-ast.ts readApacheText) reads nearly every file with them alone; chevrotain's lexer
// (tokens.ts) matches with the same functions, for a file the reader gives up on. Kept apart from the lexer so that a
// run whose files all go through the reader never loads chevrotain. Deviation from STYLE.md's fixed file set, as
// is cst-reader.ts.

const LF = 10;
const CR = 13;
const BACKSLASH = 92;

/** apr_isspace minus LF: what separates words inside a line. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === CR || code === 11 || code === 12;
}

/** Length of a line continuation (`\` LF or `\` CR LF) at `offset`, else 0. */
function continuationAt(text: string, offset: number): number {
  if (text.charCodeAt(offset) !== BACKSLASH) return 0;
  const next = text.charCodeAt(offset + 1);
  if (next === LF) return 2;
  return next === CR && text.charCodeAt(offset + 2) === LF ? 3 : 0;
}

/** Offset of the LF (or the end of the text) that ends the logical line holding `offset`. */
export function logicalLineEnd(text: string, offset: number): number {
  let index = offset;
  for (;;) {
    const newline = text.indexOf('\n', index);
    if (newline === -1) return text.length;
    const before = text.charCodeAt(newline - 1) === CR ? newline - 2 : newline - 1;
    if (before < index || text.charCodeAt(before) !== BACKSLASH) return newline;
    index = newline + 1;
  }
}

/** Offset of the last `>` in `text` from `start` to `end` (exclusive), or -1. */
export function lastGreaterThan(text: string, start: number, end: number): number {
  // Searched within the line only: lastIndexOf would scan back to the start of the file on every
  // section line without a `>`, which made a file of such lines quadratic.
  let lastGt = end - 1;
  while (lastGt >= start && text.charCodeAt(lastGt) !== 62 /* > */) lastGt--;
  return lastGt >= start ? lastGt : -1;
}

/** Length of a section tag name (`<VirtualHost`, `</VirtualHost`) at a line start, or 0. */
export function tagLength(text: string, offset: number, closing: boolean): number {
  if (text.charCodeAt(offset) !== 60 /* < */) return 0;
  const slash = text.charCodeAt(offset + 1) === 47; /* / */
  if (slash !== closing) return 0;
  let index = offset + (closing ? 2 : 1);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // As in bareWordEnd: most characters are above the blanks and neither `>` nor a backslash.
    if (code > 32 && code !== 62 /* > */ && code !== BACKSLASH) {
      index++;
      continue;
    }
    if (code === LF || isBlank(code) || code === 62 || continuationAt(text, index)) break;
    index++;
  }
  return !closing && index === offset + 1 ? 0 : index - offset;
}

/**
 * Where the quoted word at `offset` ends when words must stop at `limit`, as `end * 2 + closed`: the
 * offset just after its closing quote with 1 added, or (unterminated) just after its last non-blank character.
 */
export function quotedWordEnd(text: string, offset: number, limit: number): number {
  const quote = text.charCodeAt(offset);
  let index = offset + 1;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code === quote) return (index + 1) * 2 + 1;
    if (code === LF) break;
    if (code === BACKSLASH) {
      const continuation = continuationAt(text, index);
      if (continuation) index += continuation;
      else index += text.charCodeAt(index + 1) === quote && index + 1 < limit ? 2 : 1;
    } else index++;
  }
  const end = Math.min(index, limit);
  let trimmed = end;
  while (trimmed > offset + 1 && isBlank(text.charCodeAt(trimmed - 1))) trimmed--;
  return trimmed * 2;
}

/** Where the bare word at `offset` ends when words must stop at `limit`; `offset` when no word starts there. */
export function bareWordEnd(text: string, offset: number, limit: number): number {
  let index = offset;
  while (index < limit) {
    const code = text.charCodeAt(index);
    // Blanks, LF and the other control characters are all below 33: most characters are decided here.
    if (code > 32 && code !== BACKSLASH) {
      index++;
      continue;
    }
    if (code === LF || isBlank(code)) break;
    if (code === BACKSLASH) {
      const continuation = continuationAt(text, index);
      if (continuation) {
        // A continuation followed by a blank ends the word: the blank separates.
        index += continuation;
        continue;
      }
    }
    index++;
  }
  // Trailing continuations belong to the white space after the word, not to the word.
  let end = Math.min(index, limit);
  while (end > offset) {
    if (text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === BACKSLASH) end -= 2;
    else if (text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === CR && text.charCodeAt(end - 3) === BACKSLASH) end -= 3;
    else break;
  }
  return end;
}

/** Length of the white space at `offset` (the Whitespace token's pattern), 0 when none. */
export function whitespaceLength(text: string, offset: number): number {
  let index = offset;
  for (;;) {
    const code = text.charCodeAt(index);
    if (isBlank(code)) index++;
    else if (code === BACKSLASH && text.charCodeAt(index + 1) === LF) index += 2;
    else if (code === BACKSLASH && text.charCodeAt(index + 1) === CR && text.charCodeAt(index + 2) === LF) index += 3;
    else return index - offset;
  }
}
