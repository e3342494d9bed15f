// Compact syntax nodes for parsers: ranges are kept as offsets into their file, and lines and columns are
// found on demand. A 10,000-server tree has 460,000 directives and 700,000 arguments; as plain objects
// with {file,start,end} ranges (three objects per range) it held 540 MB, and almost no range is ever
// shown to a user. Arguments are three numbers each in their file's table and become objects only when
// read: as objects they were half of the tree (100 MB), and the model reads few of them. Directives keep
// their offsets in a second table. Each class below sets every field in its constructor, so V8 keeps a
// single shape per class.
import type { Arg, Comment, ConfigFile, Directive } from './ast.js';
import type { Position, SourceRange } from './range.js';

/** How an argument was written, packed into its table entry. */
export const ArgFlag = {
  DoubleQuoted: 1,
  SingleQuoted: 2,
  /** A quoted argument the file ends inside: it has no closing quote. */
  Unterminated: 4,
  /** The value loses its first character (a quoted `if` argument's `(`): raw text and range keep it. */
  DropFirst: 8,
  /** The value loses its last character (a quoted `if` argument's `)`). */
  DropLast: 16,
} as const;

/** Numbers per argument in the table: start offset, end offset, flags. */
const ARG_FIELDS = 3;

/**
 * A directive's numbers in the table: where its name starts and ends, its block head, its end, its arguments, its
 * tag, and the directive after it and its block's content (a parser that writes directives in document order
 * can walk the tree without objects: see src/dialects/apache/tree.ts).
 */
const enum DirectiveField {
  Start,
  NameEnd,
  HeadEnd,
  End,
  FirstArg,
  ArgCount,
  Tag,
  Next,
}

const DIRECTIVE_FIELDS = 8;

/** A directive's tag when its parser gives it none (see SourceDirective.tag). */
export const NO_TAG = -1;

/** The table of a source with nothing in it yet; never written (withRoom and exactRoom replace it first). */
const NO_ROWS = new Int32Array(0);

/** Numbers a table grows to at least when it first needs room. */
const FIRST_ROOM = 384;

/** A directive's head end (directiveHeadEnd) when it has no block, or before its block's `{` is read. */
export const NO_HEAD = -1;

/** Numbers in one chunk of an Arena (1 MB), unless a table needs more. */
const CHUNK = 1 << 18;

/**
 * Tables of many files cut from shared chunks: a parsed file's table is a view of the numbers it used, so
 * a file costs no buffer of its own, and no copy when its table is trimmed. Only the last table taken may
 * still be written (see SourceText.reserve); a chunk is freed with the last file whose tables it holds.
 */
class Arena {
  private chunk = NO_ROWS;
  private used = 0;

  /**
   * Room for `length` numbers, from the chunk's unused part when it has that much. A table longer than a
   * chunk is a buffer of its own, so a huge file's reserved room is not held after it is trimmed.
   */
  room(length: number): Int32Array<ArrayBuffer> {
    if (length > CHUNK) return new Int32Array(length);
    if (this.chunk.length - this.used < length) {
      this.chunk = new Int32Array(CHUNK);
      this.used = 0;
    }
    return this.chunk.subarray(this.used, this.used + length);
  }

  /** Keeps the first `length` numbers of `table` (room this arena gave, or a table of its own) and frees the rest for the next file. */
  keep(table: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
    if (length === 0) return NO_ROWS;
    if (table.buffer === this.chunk.buffer && table.byteOffset === this.used * 4) {
      this.used += length;
      return table.subarray(0, length);
    }
    if (length > CHUNK) return table.slice(0, length);
    // A table grown past its room (withRoom) is a buffer of its own: it is copied into the arena.
    const kept = this.room(length);
    kept.set(table.subarray(0, length));
    this.used += length;
    return kept;
  }
}

const argArena = new Arena();
const directiveArena = new Arena();
const lineArena = new Arena();

/** The source writing into room the arenas gave (between reserve and trimTables): one at a time. */
let writing: SourceText | undefined;

/** Room lineStartsOf finds a text's line starts in, before the arena keeps them. */
let lineScratch = new Int32Array(FIRST_ROOM);

/** The text of one file, where each of its lines starts (lines end at LF), and its argument and directive tables. */
export class SourceText {
  /** Where each line starts: found when first needed, unless the parser found them as it read (keepLineStarts). */
  private lineStarts: Int32Array | undefined = undefined;
  // Both tables start as the shared empty one: a parser that reserves its counts (Apache) replaced a first
  // table at once, two typed arrays made and dropped per file.
  private argTable = NO_ROWS;
  /** Arguments in the table. */
  argCount = 0;
  private directiveTable = NO_ROWS;
  /** Directives in the table; each SourceDirective's `index` is below it. */
  directiveCount = 0;
  /** What few directives carry (DirectiveExtras), by directive index; made for the first one. */
  extras: Map<number, DirectiveExtras> | undefined = undefined;
  /** The last search of indexOf: its needle, where it started, what it found. */
  private searched: string | undefined = undefined;
  private searchedFrom = 0;
  private found = -1;

  /**
   * @param unescape turns a word's text (quotes removed) into the value the server reads, by the
   * dialect's escape rules.
   */
  constructor(
    readonly file: string,
    readonly text: string,
    private readonly unescape: (word: string) => string = (word) => word,
  ) {}

  /** How many lines the text has (LF-separated; an empty text has one). */
  get lineCount(): number {
    return this.lines().length;
  }

  /** The line and column of `offset` (clamped to the text). */
  positionAt(offset: number): Position {
    const starts = this.lines();
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

  /** Where each line starts, entry `n - 1` for line `n`: reports read their snippets and fingerprints through it too. */
  lines(): Int32Array {
    return (this.lineStarts ??= lineStartsOf(this.text));
  }

  /**
   * Takes the first `count` numbers of `starts` as the text's line starts: 0, then each offset just after
   * an LF, every one of them (a reader that meets every LF saves the text's second pass).
   */
  keepLineStarts(starts: Int32Array<ArrayBuffer>, count: number): void {
    this.lineStarts = lineArena.keep(starts, count);
  }

  /** The range from `startOffset` to `endOffset` (exclusive). */
  span(startOffset: number, endOffset: number): Span {
    return new Span(this, startOffset, endOffset);
  }

  /** Appends an argument written from `startOffset` to `endOffset` (quotes included); returns its index. */
  addArg(startOffset: number, endOffset: number, flags: number): number {
    const at = this.argCount * ARG_FIELDS;
    // Stored only when it grows: a field store per argument costs more than the comparison.
    if (at + ARG_FIELDS > this.argTable.length) this.argTable = withRoom(this.argTable, at + ARG_FIELDS);
    this.argTable[at] = startOffset;
    this.argTable[at + 1] = endOffset;
    this.argTable[at + 2] = flags;
    return this.argCount++;
  }

  /** Drops the table's last `count` arguments. */
  dropLastArgs(count: number): void {
    this.argCount -= count;
  }

  /** Removes argument `index`; the ones after it move down. */
  removeArg(index: number): void {
    this.argTable.copyWithin(index * ARG_FIELDS, (index + 1) * ARG_FIELDS, this.argCount * ARG_FIELDS);
    this.argCount--;
  }

  /** Moves argument `index`'s start and end by `head` and `tail` characters, or adds `flags`. */
  adjustArg(index: number, head: number, tail: number, flags = 0): void {
    const at = index * ARG_FIELDS;
    this.argTable[at] += head;
    this.argTable[at + 1] -= tail;
    this.argTable[at + 2] |= flags;
  }

  /**
   * Makes room for `args` more arguments and `directives` more directives at once: a parser that knows its
   * counts saves the tables' doublings. A source with empty tables is given room in the arenas, which
   * trimTables cuts down to what it used: no buffer is made per file, where a table sized for the file's
   * lines and its trimmed copy were two.
   */
  reserve(args: number, directives: number): void {
    // Parses run one at a time, but a source that never trimmed its tables (its parse failed) keeps what it
    // wrote before another source is given room after it.
    if (writing !== undefined && writing !== this) writing.trimTables();
    if (writing === undefined && this.argCount === 0 && this.directiveCount === 0) {
      writing = this;
      this.argTable = argArena.room(args * ARG_FIELDS);
      this.directiveTable = directiveArena.room(directives * DIRECTIVE_FIELDS);
      return;
    }
    this.argTable = exactRoom(this.argTable, (this.argCount + args) * ARG_FIELDS);
    this.directiveTable = exactRoom(this.directiveTable, (this.directiveCount + directives) * DIRECTIVE_FIELDS);
  }

  /** Frees the tables' unused room once the file is parsed. */
  trimTables(): void {
    const argLength = this.argCount * ARG_FIELDS;
    const directiveLength = this.directiveCount * DIRECTIVE_FIELDS;
    if (writing === this) {
      writing = undefined;
      this.argTable = argArena.keep(this.argTable, argLength);
      this.directiveTable = directiveArena.keep(this.directiveTable, directiveLength);
      return;
    }
    if (this.argTable.length > argLength) this.argTable = this.argTable.slice(0, argLength);
    if (this.directiveTable.length > directiveLength) this.directiveTable = this.directiveTable.slice(0, directiveLength);
  }

  /** Appends a directive's numbers; returns its index. */
  addDirective(startOffset: number, nameEndOffset: number, firstArg: number, argCount: number, tag = NO_TAG): number {
    const at = this.directiveCount * DIRECTIVE_FIELDS;
    if (at + DIRECTIVE_FIELDS > this.directiveTable.length) this.directiveTable = withRoom(this.directiveTable, at + DIRECTIVE_FIELDS);
    this.directiveTable[at + DirectiveField.Start] = startOffset;
    this.directiveTable[at + DirectiveField.NameEnd] = nameEndOffset;
    this.directiveTable[at + DirectiveField.HeadEnd] = NO_HEAD;
    this.directiveTable[at + DirectiveField.End] = nameEndOffset;
    this.directiveTable[at + DirectiveField.FirstArg] = firstArg;
    this.directiveTable[at + DirectiveField.ArgCount] = argCount;
    this.directiveTable[at + DirectiveField.Tag] = tag;
    this.directiveTable[at + DirectiveField.Next] = this.directiveCount + 1;
    return this.directiveCount++;
  }

  // Directive `index`'s numbers: SourceDirective reads its own here, and Apache's walks (tree.ts) every row's, without objects.

  directiveStart(index: number): number {
    return this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.Start];
  }

  directiveNameEnd(index: number): number {
    return this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.NameEnd];
  }

  /** Just after the `{` (or `>`) of a block, or NO_HEAD for a directive with no block. */
  directiveHeadEnd(index: number): number {
    return this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.HeadEnd];
  }

  directiveEnd(index: number): number {
    return this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.End];
  }

  directiveFirstArg(index: number): number {
    return this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.FirstArg];
  }

  directiveArgCount(index: number): number {
    return this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.ArgCount];
  }

  directiveTag(index: number): number {
    return this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.Tag];
  }

  /** Directive `index`'s argument values, without argument objects. */
  directiveArgValues(index: number): string[] {
    const first = this.directiveFirstArg(index);
    const count = this.directiveArgCount(index);
    // Sized up front: an array grown by push keeps room for 16 more, and the model holds these arrays.
    const values = new Array<string>(count);
    for (let arg = 0; arg < count; arg++) values[arg] = this.argValue(first + arg);
    return values;
  }

  /** Directive `index`'s arguments' source texts, quotes included. */
  directiveArgRaws(index: number): string[] {
    const first = this.directiveFirstArg(index);
    const count = this.directiveArgCount(index);
    const raws = new Array<string>(count);
    for (let arg = 0; arg < count; arg++) raws[arg] = this.argRaw(first + arg);
    return raws;
  }

  /**
   * The index after directive `index` and what its block holds: `index + 1` unless the parser set it
   * (setDirectiveNext) for a block whose content it wrote after it.
   */
  directiveNext(index: number): number {
    return this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.Next];
  }

  setDirectiveNext(index: number, next: number): void {
    this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.Next] = next;
  }

  setDirectiveEnd(index: number, offset: number): void {
    this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.End] = offset | 0;
  }

  setDirectiveHeadEnd(index: number, offset: number): void {
    this.directiveTable[index * DIRECTIVE_FIELDS + DirectiveField.HeadEnd] = offset | 0;
  }

  /** Directive `index`'s entry in the extras map, made when first asked for. */
  extrasOf(index: number): DirectiveExtras {
    const all = (this.extras ??= new Map());
    let extras = all.get(index);
    if (extras === undefined) all.set(index, (extras = {}));
    return extras;
  }

  argFlags(index: number): number {
    return this.argTable[index * ARG_FIELDS + 2];
  }

  /** The exact source text of argument `index`, quotes included. */
  argRaw(index: number): string {
    const at = index * ARG_FIELDS;
    return this.text.slice(this.argTable[at], this.argTable[at + 1]);
  }

  /** The value the server reads from argument `index`: quotes removed, escapes processed. */
  argValue(index: number): string {
    const at = index * ARG_FIELDS;
    const start = this.argTable[at];
    const end = this.argTable[at + 1];
    const flags = this.argTable[at + 2];
    if ((flags & (ArgFlag.DoubleQuoted | ArgFlag.SingleQuoted)) === 0) return this.unescape(this.text.slice(start, end));
    const inner = this.unescape(this.text.slice(start + 1, flags & ArgFlag.Unterminated ? end : end - 1));
    const head = flags & ArgFlag.DropFirst ? 1 : 0;
    const tail = flags & ArgFlag.DropLast ? 1 : 0;
    return head || tail ? inner.slice(head, inner.length - tail) : inner;
  }

  /**
   * True when the value of argument `index` is empty, told from its first character: every dialect's
   * escapes start with a backslash and keep any other character, so a text (quotes removed) that is not
   * empty and does not start with one has a value that is not empty either.
   */
  argEmpty(index: number): boolean {
    const at = index * ARG_FIELDS;
    const flags = this.argTable[at + 2];
    if (flags & (ArgFlag.DropFirst | ArgFlag.DropLast)) return this.argValue(index) === '';
    const quoted = (flags & (ArgFlag.DoubleQuoted | ArgFlag.SingleQuoted)) !== 0;
    const start = quoted ? this.argTable[at] + 1 : this.argTable[at];
    const end = quoted && (flags & ArgFlag.Unterminated) === 0 ? this.argTable[at + 1] - 1 : this.argTable[at + 1];
    if (end <= start) return true;
    return this.text.charCodeAt(start) === 92 /* \\ */ && this.argValue(index) === '';
  }

  /** True when argument `index` is a bare word equal, in ASCII case, to one of `words` (lower case); nothing is cut out. */
  argIsOneOf(index: number, words: readonly string[]): boolean {
    const at = index * ARG_FIELDS;
    if (this.argTable[at + 2] !== 0) return false;
    const start = this.argTable[at];
    const length = this.argTable[at + 1] - start;
    next: for (const word of words) {
      if (word.length !== length) continue;
      for (let offset = 0; offset < length; offset++) {
        const code = this.text.charCodeAt(start + offset);
        if ((code >= 65 && code <= 90 ? code + 32 : code) !== word.charCodeAt(offset)) continue next;
      }
      return true;
    }
    return false;
  }

  /** True when the source text of argument `index` (quotes included) holds `needle`; nothing is cut out. */
  argHolds(index: number, needle: string): boolean {
    const at = index * ARG_FIELDS;
    const found = this.indexOf(needle, this.argTable[at]);
    return found !== -1 && found + needle.length <= this.argTable[at + 1];
  }

  /**
   * `text.indexOf(needle, from)`, remembering its last answer: asked in order through the file (as the
   * arguments of its directives are), the text is searched once instead of from each argument on.
   */
  private indexOf(needle: string, from: number): number {
    if (needle === this.searched && from >= this.searchedFrom && (this.found === -1 || from <= this.found)) return this.found;
    this.searched = needle;
    this.searchedFrom = from;
    this.found = this.text.indexOf(needle, from);
    return this.found;
  }

  /** The range of argument `index` (quotes included), without its value or raw text. */
  argSpan(index: number): Span {
    const at = index * ARG_FIELDS;
    return this.span(this.argTable[at], this.argTable[at + 1]);
  }

  /** Argument `index` as an object. */
  arg(index: number): SourceArg {
    const at = index * ARG_FIELDS;
    const flags = this.argTable[at + 2];
    const quoted = flags & ArgFlag.DoubleQuoted ? '"' : flags & ArgFlag.SingleQuoted ? "'" : null;
    const raw = this.argRaw(index);
    const value = flags === 0 ? this.unescape(raw) : this.argValue(index);
    return new SourceArg(value, raw, quoted, this.span(this.argTable[at], this.argTable[at + 1]));
  }
}

/** `table`, or a copy twice as long when it has no room for `needed` numbers. */
export function withRoom(table: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= table.length) return table;
  const grown = new Int32Array(Math.max(table.length * 2, needed, FIRST_ROOM));
  grown.set(table);
  return grown;
}

/** `table`, or a copy exactly `needed` numbers long when it is shorter. */
function exactRoom(table: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= table.length) return table;
  const grown = new Int32Array(needed);
  grown.set(table);
  return grown;
}

function lineStartsOf(text: string): Int32Array {
  // One pass into the scratch table, then into the arena at the exact size.
  let starts = lineScratch;
  starts[0] = 0;
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    if (count === starts.length) starts = withRoom(starts, count * 2);
    starts[count++] = index + 1;
  }
  if (starts.length <= CHUNK) lineScratch = starts;
  return lineArena.keep(starts, count);
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

/** An argument read from its file's table (arguments are made only when read, so each holds its span). */
export class SourceArg implements Arg {
  constructor(
    public value: string,
    public raw: string,
    public quoted: '"' | "'" | null,
    readonly range: Span,
  ) {}

  toJSON(): Arg {
    return { value: this.value, raw: this.raw, quoted: this.quoted, range: this.range.toJSON() };
  }
}

/**
 * A comment that fills its whole line, kept as its offsets: its text and range are made
 * when read (the 30,000 comments of a 10,000-vhost tree were three objects each, held through the load).
 */
export class SourceComment implements Comment {
  constructor(
    readonly source: SourceText,
    /** Where the comment marker is. */
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}

  /** The text after the one-character marker. */
  get text(): string {
    return this.source.text.slice(this.startOffset + 1, this.endOffset);
  }

  get range(): Span {
    return new Span(this.source, this.startOffset, this.endOffset);
  }

  get inline(): boolean {
    return false;
  }

  toJSON(): Comment {
    return { text: this.text, range: this.range.toJSON(), inline: false };
  }
}

/** What few directives carry: a raw block body, the files an include pulled in, a parser recovery. */
export interface DirectiveExtras {
  rawBlock?: string;
  included?: ConfigFile[];
  recovered?: boolean;
}

/**
 * A directive whose offsets live in its source's table (see DirectiveField), and whose rare extras in its
 * source's map: four fields, where eleven made the 460,000 directives of a 10,000-server tree 26 MB larger
 * (and a fifth 3.7 MB), all of it copied by the GC.
 */
export class SourceDirective implements Directive {
  children: Directive[] | undefined = undefined;
  /** The directive's place in its source's table: 0 to `source.directiveCount - 1`, one per directive. */
  readonly index: number;

  /** The directive at `index` of `source`'s table (SourceText.addDirective appends one). */
  constructor(
    readonly name: string,
    readonly source: SourceText,
    index: number,
  ) {
    this.index = index;
  }

  /**
   * A number the dialect's parser keeps with the directive in the table, or NO_TAG: Apache's is the id of its
   * name (src/dialects/apache/directives.ts DirectiveName), which the walks read where a lookup by name
   * string was a hash per line of the tree.
   */
  get tag(): number {
    return this.source.directiveTag(this.index);
  }

  get startOffset(): number {
    return this.source.directiveStart(this.index);
  }

  get nameEndOffset(): number {
    return this.source.directiveNameEnd(this.index);
  }

  /** Just after the `{` of a block, or NO_HEAD. */
  get headEndOffset(): number {
    return this.source.directiveHeadEnd(this.index);
  }

  get endOffset(): number {
    return this.source.directiveEnd(this.index);
  }

  /** How many arguments the directive has, without making them. */
  get argCount(): number {
    return this.source.directiveArgCount(this.index);
  }

  /** The arguments, made from the source's table on each read. */
  get args(): Arg[] {
    const first = this.source.directiveFirstArg(this.index);
    const count = this.source.directiveArgCount(this.index);
    const args = new Array<Arg>(count);
    for (let index = 0; index < count; index++) args[index] = this.source.arg(first + index);
    return args;
  }

  /** The arguments' values (what `args` would hold as `value`), without making argument objects. */
  argValues(): string[] {
    return this.source.directiveArgValues(this.index);
  }

  /** Argument `index`'s range (`args[index].range`), without making the other arguments. */
  argRange(index: number): Span {
    return this.source.argSpan(this.source.directiveFirstArg(this.index) + index);
  }

  /** The arguments' source texts, quotes included (what `args` would hold as `raw`). */
  argRaws(): string[] {
    return this.source.directiveArgRaws(this.index);
  }

  get rawBlock(): string | undefined {
    return this.source.extras?.get(this.index)?.rawBlock;
  }

  set rawBlock(body: string | undefined) {
    this.extras().rawBlock = body;
  }

  get included(): ConfigFile[] | undefined {
    return this.source.extras?.get(this.index)?.included;
  }

  set included(files: ConfigFile[] | undefined) {
    this.extras().included = files;
  }

  get recovered(): boolean | undefined {
    return this.source.extras?.get(this.index)?.recovered;
  }

  set recovered(recovered: boolean | undefined) {
    this.extras().recovered = recovered;
  }

  /** This directive's entry in its source's extras, made when first set. */
  private extras(): DirectiveExtras {
    return this.source.extrasOf(this.index);
  }

  get nameRange(): Span {
    return new Span(this.source, this.startOffset, this.nameEndOffset);
  }

  /** From the first character of the name to the `;` or the closing `}`. */
  get range(): Span {
    return new Span(this.source, this.startOffset, this.endOffset);
  }

  get headRange(): Span | undefined {
    const headEnd = this.headEndOffset;
    return headEnd === NO_HEAD ? undefined : new Span(this.source, this.startOffset, headEnd);
  }

  /** Sets where the directive ends (exclusive). */
  endAt(offset: number): void {
    this.source.setDirectiveEnd(this.index, offset);
  }

  /** Sets where the block's head ends: just after its `{`. */
  headEndsAt(offset: number): void {
    this.source.setDirectiveHeadEnd(this.index, offset);
  }

  toJSON(): Directive {
    const { name, args, children, rawBlock, included, recovered } = this;
    return { name, nameRange: this.nameRange, args, range: this.range, headRange: this.headRange, children, rawBlock, included, recovered };
  }
}

/** How many arguments a directive has, without making them when it keeps them in a table. */
export function argCountOf(directive: Directive): number {
  return directive instanceof SourceDirective ? directive.argCount : directive.args.length;
}

/** The range of a directive's argument `index` (which must exist), without making the others. */
export function argRangeOf(directive: Directive, index: number): SourceRange {
  return directive instanceof SourceDirective ? directive.argRange(index) : directive.args[index].range;
}

/** The source texts of a directive's arguments, quotes included. */
export function argRawsOf(directive: Directive): string[] {
  if (directive instanceof SourceDirective) return directive.argRaws();
  return directive.args.map((arg) => arg.raw);
}

/** The values of a directive's arguments; read from the table, without argument objects, when it has one. */
export function argValuesOf(directive: Directive): string[] {
  if (directive instanceof SourceDirective) return directive.argValues();
  return directive.args.map((arg) => arg.value);
}
