import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/syntax/source.ts
var ArgFlag = {
  DoubleQuoted: 1,
  SingleQuoted: 2,
  /** A quoted argument the file ends inside: it has no closing quote. */
  Unterminated: 4,
  /** The value loses its first character (a quoted `if` argument's `(`): raw text and range keep it. */
  DropFirst: 8,
  /** The value loses its last character (a quoted `if` argument's `)`). */
  DropLast: 16
};
var ARG_FIELDS = 3;
var DIRECTIVE_FIELDS = 8;
var NO_TAG = -1;
var NO_ROWS = new Int32Array(0);
var FIRST_ROOM = 384;
var NO_HEAD = -1;
var CHUNK = 1 << 18;
var Arena = class {
  chunk = NO_ROWS;
  used = 0;
  /**
   * Room for `length` numbers, from the chunk's unused part when it has that much. A table longer than a
   * chunk is a buffer of its own, so a huge file's reserved room is not held after it is trimmed.
   */
  room(length) {
    if (length > CHUNK) return new Int32Array(length);
    if (this.chunk.length - this.used < length) {
      this.chunk = new Int32Array(CHUNK);
      this.used = 0;
    }
    return this.chunk.subarray(this.used, this.used + length);
  }
  /** Keeps the first `length` numbers of `table` (room this arena gave, or a table of its own) and frees the rest for the next file. */
  keep(table, length) {
    if (length === 0) return NO_ROWS;
    if (table.buffer === this.chunk.buffer && table.byteOffset === this.used * 4) {
      this.used += length;
      return table.subarray(0, length);
    }
    if (length > CHUNK) return table.slice(0, length);
    const kept = this.room(length);
    kept.set(table.subarray(0, length));
    this.used += length;
    return kept;
  }
};
var argArena = new Arena();
var directiveArena = new Arena();
var lineArena = new Arena();
var writing;
var lineScratch = new Int32Array(FIRST_ROOM);
var SourceText = class {
  /**
   * @param unescape turns a word's text (quotes removed) into the value the server reads, by the
   * dialect's escape rules.
   */
  constructor(file, text, unescape = (word) => word) {
    this.file = file;
    this.text = text;
    this.unescape = unescape;
  }
  file;
  text;
  unescape;
  /** Where each line starts: found when first needed, unless the parser found them as it read (keepLineStarts). */
  lineStarts = void 0;
  // Both tables start as the shared empty one: a parser that reserves its counts (Apache) replaced a first
  // table at once, two typed arrays made and dropped per file.
  argTable = NO_ROWS;
  /** Arguments in the table. */
  argCount = 0;
  directiveTable = NO_ROWS;
  /** Directives in the table; each SourceDirective's `index` is below it. */
  directiveCount = 0;
  /** What few directives carry (DirectiveExtras), by directive index; made for the first one. */
  extras = void 0;
  /** The last search of indexOf: its needle, where it started, what it found. */
  searched = void 0;
  searchedFrom = 0;
  found = -1;
  /** How many lines the text has (LF-separated; an empty text has one). */
  get lineCount() {
    return this.lines().length;
  }
  /** The line and column of `offset` (clamped to the text). */
  positionAt(offset) {
    const starts = this.lines();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >>> 1;
      if (starts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - starts[low] + 1, offset: at };
  }
  /** Where each line starts, entry `n - 1` for line `n`: reports read their snippets and fingerprints through it too. */
  lines() {
    return this.lineStarts ??= lineStartsOf(this.text);
  }
  /**
   * Takes the first `count` numbers of `starts` as the text's line starts: 0, then each offset just after
   * an LF, every one of them (a reader that meets every LF saves the text's second pass).
   */
  keepLineStarts(starts, count) {
    this.lineStarts = lineArena.keep(starts, count);
  }
  /** The range from `startOffset` to `endOffset` (exclusive). */
  span(startOffset, endOffset) {
    return new Span(this, startOffset, endOffset);
  }
  /** Appends an argument written from `startOffset` to `endOffset` (quotes included); returns its index. */
  addArg(startOffset, endOffset, flags) {
    const at = this.argCount * ARG_FIELDS;
    if (at + ARG_FIELDS > this.argTable.length) this.argTable = withRoom(this.argTable, at + ARG_FIELDS);
    this.argTable[at] = startOffset;
    this.argTable[at + 1] = endOffset;
    this.argTable[at + 2] = flags;
    return this.argCount++;
  }
  /** Drops the table's last `count` arguments. */
  dropLastArgs(count) {
    this.argCount -= count;
  }
  /** Removes argument `index`; the ones after it move down. */
  removeArg(index) {
    this.argTable.copyWithin(index * ARG_FIELDS, (index + 1) * ARG_FIELDS, this.argCount * ARG_FIELDS);
    this.argCount--;
  }
  /** Moves argument `index`'s start and end by `head` and `tail` characters, or adds `flags`. */
  adjustArg(index, head, tail, flags = 0) {
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
  reserve(args, directives) {
    if (writing !== void 0 && writing !== this) writing.trimTables();
    if (writing === void 0 && this.argCount === 0 && this.directiveCount === 0) {
      writing = this;
      this.argTable = argArena.room(args * ARG_FIELDS);
      this.directiveTable = directiveArena.room(directives * DIRECTIVE_FIELDS);
      return;
    }
    this.argTable = exactRoom(this.argTable, (this.argCount + args) * ARG_FIELDS);
    this.directiveTable = exactRoom(this.directiveTable, (this.directiveCount + directives) * DIRECTIVE_FIELDS);
  }
  /** Frees the tables' unused room once the file is parsed. */
  trimTables() {
    const argLength = this.argCount * ARG_FIELDS;
    const directiveLength = this.directiveCount * DIRECTIVE_FIELDS;
    if (writing === this) {
      writing = void 0;
      this.argTable = argArena.keep(this.argTable, argLength);
      this.directiveTable = directiveArena.keep(this.directiveTable, directiveLength);
      return;
    }
    if (this.argTable.length > argLength) this.argTable = this.argTable.slice(0, argLength);
    if (this.directiveTable.length > directiveLength) this.directiveTable = this.directiveTable.slice(0, directiveLength);
  }
  /** Appends a directive's numbers; returns its index. */
  addDirective(startOffset, nameEndOffset, firstArg, argCount, tag = NO_TAG) {
    const at = this.directiveCount * DIRECTIVE_FIELDS;
    if (at + DIRECTIVE_FIELDS > this.directiveTable.length) this.directiveTable = withRoom(this.directiveTable, at + DIRECTIVE_FIELDS);
    this.directiveTable[at + 0 /* Start */] = startOffset;
    this.directiveTable[at + 1 /* NameEnd */] = nameEndOffset;
    this.directiveTable[at + 2 /* HeadEnd */] = NO_HEAD;
    this.directiveTable[at + 3 /* End */] = nameEndOffset;
    this.directiveTable[at + 4 /* FirstArg */] = firstArg;
    this.directiveTable[at + 5 /* ArgCount */] = argCount;
    this.directiveTable[at + 6 /* Tag */] = tag;
    this.directiveTable[at + 7 /* Next */] = this.directiveCount + 1;
    return this.directiveCount++;
  }
  // Directive `index`'s numbers: SourceDirective reads its own here, and Apache's walks (tree.ts) every row's, without objects.
  directiveStart(index) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + 0 /* Start */];
  }
  directiveNameEnd(index) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + 1 /* NameEnd */];
  }
  /** Just after the `{` (or `>`) of a block, or NO_HEAD for a directive with no block. */
  directiveHeadEnd(index) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + 2 /* HeadEnd */];
  }
  directiveEnd(index) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + 3 /* End */];
  }
  directiveFirstArg(index) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + 4 /* FirstArg */];
  }
  directiveArgCount(index) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + 5 /* ArgCount */];
  }
  directiveTag(index) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + 6 /* Tag */];
  }
  /** Directive `index`'s argument values, without argument objects. */
  directiveArgValues(index) {
    const first = this.directiveFirstArg(index);
    const count = this.directiveArgCount(index);
    const values = new Array(count);
    for (let arg = 0; arg < count; arg++) values[arg] = this.argValue(first + arg);
    return values;
  }
  /** Directive `index`'s arguments' source texts, quotes included. */
  directiveArgRaws(index) {
    const first = this.directiveFirstArg(index);
    const count = this.directiveArgCount(index);
    const raws = new Array(count);
    for (let arg = 0; arg < count; arg++) raws[arg] = this.argRaw(first + arg);
    return raws;
  }
  /**
   * The index after directive `index` and what its block holds: `index + 1` unless the parser set it
   * (setDirectiveNext) for a block whose content it wrote after it.
   */
  directiveNext(index) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + 7 /* Next */];
  }
  setDirectiveNext(index, next) {
    this.directiveTable[index * DIRECTIVE_FIELDS + 7 /* Next */] = next;
  }
  setDirectiveEnd(index, offset) {
    this.directiveTable[index * DIRECTIVE_FIELDS + 3 /* End */] = offset | 0;
  }
  setDirectiveHeadEnd(index, offset) {
    this.directiveTable[index * DIRECTIVE_FIELDS + 2 /* HeadEnd */] = offset | 0;
  }
  /** Directive `index`'s entry in the extras map, made when first asked for. */
  extrasOf(index) {
    const all = this.extras ??= /* @__PURE__ */ new Map();
    let extras = all.get(index);
    if (extras === void 0) all.set(index, extras = {});
    return extras;
  }
  argFlags(index) {
    return this.argTable[index * ARG_FIELDS + 2];
  }
  /** The exact source text of argument `index`, quotes included. */
  argRaw(index) {
    const at = index * ARG_FIELDS;
    return this.text.slice(this.argTable[at], this.argTable[at + 1]);
  }
  /** The value the server reads from argument `index`: quotes removed, escapes processed. */
  argValue(index) {
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
  argEmpty(index) {
    const at = index * ARG_FIELDS;
    const flags = this.argTable[at + 2];
    if (flags & (ArgFlag.DropFirst | ArgFlag.DropLast)) return this.argValue(index) === "";
    const quoted = (flags & (ArgFlag.DoubleQuoted | ArgFlag.SingleQuoted)) !== 0;
    const start = quoted ? this.argTable[at] + 1 : this.argTable[at];
    const end = quoted && (flags & ArgFlag.Unterminated) === 0 ? this.argTable[at + 1] - 1 : this.argTable[at + 1];
    if (end <= start) return true;
    return this.text.charCodeAt(start) === 92 && this.argValue(index) === "";
  }
  /** True when argument `index` is a bare word equal, in ASCII case, to one of `words` (lower case); nothing is cut out. */
  argIsOneOf(index, words) {
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
  argHolds(index, needle) {
    const at = index * ARG_FIELDS;
    const found = this.indexOf(needle, this.argTable[at]);
    return found !== -1 && found + needle.length <= this.argTable[at + 1];
  }
  /**
   * `text.indexOf(needle, from)`, remembering its last answer: asked in order through the file (as the
   * arguments of its directives are), the text is searched once instead of from each argument on.
   */
  indexOf(needle, from) {
    if (needle === this.searched && from >= this.searchedFrom && (this.found === -1 || from <= this.found)) return this.found;
    this.searched = needle;
    this.searchedFrom = from;
    this.found = this.text.indexOf(needle, from);
    return this.found;
  }
  /** The range of argument `index` (quotes included), without its value or raw text. */
  argSpan(index) {
    const at = index * ARG_FIELDS;
    return this.span(this.argTable[at], this.argTable[at + 1]);
  }
  /** Argument `index` as an object. */
  arg(index) {
    const at = index * ARG_FIELDS;
    const flags = this.argTable[at + 2];
    const quoted = flags & ArgFlag.DoubleQuoted ? '"' : flags & ArgFlag.SingleQuoted ? "'" : null;
    const raw = this.argRaw(index);
    const value = flags === 0 ? this.unescape(raw) : this.argValue(index);
    return new SourceArg(value, raw, quoted, this.span(this.argTable[at], this.argTable[at + 1]));
  }
};
function withRoom(table, needed) {
  if (needed <= table.length) return table;
  const grown = new Int32Array(Math.max(table.length * 2, needed, FIRST_ROOM));
  grown.set(table);
  return grown;
}
function exactRoom(table, needed) {
  if (needed <= table.length) return table;
  const grown = new Int32Array(needed);
  grown.set(table);
  return grown;
}
function lineStartsOf(text) {
  let starts = lineScratch;
  starts[0] = 0;
  let count = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    if (count === starts.length) starts = withRoom(starts, count * 2);
    starts[count++] = index + 1;
  }
  if (starts.length <= CHUNK) lineScratch = starts;
  return lineArena.keep(starts, count);
}
var Span = class {
  constructor(source, startOffset, endOffset) {
    this.source = source;
    this.startOffset = startOffset | 0;
    this.endOffset = endOffset | 0;
  }
  source;
  startOffset;
  endOffset;
  get file() {
    return this.source.file;
  }
  get start() {
    return this.source.positionAt(this.startOffset);
  }
  get end() {
    return this.source.positionAt(this.endOffset);
  }
  /** The plain `{ file, start, end }` shape, for JSON and for comparing with literal ranges. */
  toJSON() {
    return { file: this.file, start: this.start, end: this.end };
  }
};
var SourceArg = class {
  constructor(value, raw, quoted, range) {
    this.value = value;
    this.raw = raw;
    this.quoted = quoted;
    this.range = range;
  }
  value;
  raw;
  quoted;
  range;
  toJSON() {
    return { value: this.value, raw: this.raw, quoted: this.quoted, range: this.range.toJSON() };
  }
};
var SourceComment = class {
  constructor(source, startOffset, endOffset) {
    this.source = source;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }
  source;
  startOffset;
  endOffset;
  /** The text after the one-character marker. */
  get text() {
    return this.source.text.slice(this.startOffset + 1, this.endOffset);
  }
  get range() {
    return new Span(this.source, this.startOffset, this.endOffset);
  }
  get inline() {
    return false;
  }
  toJSON() {
    return { text: this.text, range: this.range.toJSON(), inline: false };
  }
};
var SourceDirective = class {
  /** The directive at `index` of `source`'s table (SourceText.addDirective appends one). */
  constructor(name, source, index) {
    this.name = name;
    this.source = source;
    this.index = index;
  }
  name;
  source;
  children = void 0;
  /** The directive's place in its source's table: 0 to `source.directiveCount - 1`, one per directive. */
  index;
  /**
   * A number the dialect's parser keeps with the directive in the table, or NO_TAG: Apache's is the id of its
   * name (src/dialects/apache/directives.ts DirectiveName), which the walks read where a lookup by name
   * string was a hash per line of the tree.
   */
  get tag() {
    return this.source.directiveTag(this.index);
  }
  get startOffset() {
    return this.source.directiveStart(this.index);
  }
  get nameEndOffset() {
    return this.source.directiveNameEnd(this.index);
  }
  /** Just after the `{` of a block, or NO_HEAD. */
  get headEndOffset() {
    return this.source.directiveHeadEnd(this.index);
  }
  get endOffset() {
    return this.source.directiveEnd(this.index);
  }
  /** How many arguments the directive has, without making them. */
  get argCount() {
    return this.source.directiveArgCount(this.index);
  }
  /** The arguments, made from the source's table on each read. */
  get args() {
    const first = this.source.directiveFirstArg(this.index);
    const count = this.source.directiveArgCount(this.index);
    const args = new Array(count);
    for (let index = 0; index < count; index++) args[index] = this.source.arg(first + index);
    return args;
  }
  /** The arguments' values (what `args` would hold as `value`), without making argument objects. */
  argValues() {
    return this.source.directiveArgValues(this.index);
  }
  /** Argument `index`'s range (`args[index].range`), without making the other arguments. */
  argRange(index) {
    return this.source.argSpan(this.source.directiveFirstArg(this.index) + index);
  }
  /** The arguments' source texts, quotes included (what `args` would hold as `raw`). */
  argRaws() {
    return this.source.directiveArgRaws(this.index);
  }
  get rawBlock() {
    return this.source.extras?.get(this.index)?.rawBlock;
  }
  set rawBlock(body) {
    this.extras().rawBlock = body;
  }
  get included() {
    return this.source.extras?.get(this.index)?.included;
  }
  set included(files) {
    this.extras().included = files;
  }
  get recovered() {
    return this.source.extras?.get(this.index)?.recovered;
  }
  set recovered(recovered) {
    this.extras().recovered = recovered;
  }
  /** This directive's entry in its source's extras, made when first set. */
  extras() {
    return this.source.extrasOf(this.index);
  }
  get nameRange() {
    return new Span(this.source, this.startOffset, this.nameEndOffset);
  }
  /** From the first character of the name to the `;` or the closing `}`. */
  get range() {
    return new Span(this.source, this.startOffset, this.endOffset);
  }
  get headRange() {
    const headEnd = this.headEndOffset;
    return headEnd === NO_HEAD ? void 0 : new Span(this.source, this.startOffset, headEnd);
  }
  /** Sets where the directive ends (exclusive). */
  endAt(offset) {
    this.source.setDirectiveEnd(this.index, offset);
  }
  /** Sets where the block's head ends: just after its `{`. */
  headEndsAt(offset) {
    this.source.setDirectiveHeadEnd(this.index, offset);
  }
  toJSON() {
    const { name, args, children, rawBlock, included, recovered } = this;
    return { name, nameRange: this.nameRange, args, range: this.range, headRange: this.headRange, children, rawBlock, included, recovered };
  }
};
function argCountOf(directive) {
  return directive instanceof SourceDirective ? directive.argCount : directive.args.length;
}
function argRangeOf(directive, index) {
  return directive instanceof SourceDirective ? directive.argRange(index) : directive.args[index].range;
}
function argRawsOf(directive) {
  if (directive instanceof SourceDirective) return directive.argRaws();
  return directive.args.map((arg) => arg.raw);
}
function argValuesOf(directive) {
  if (directive instanceof SourceDirective) return directive.argValues();
  return directive.args.map((arg) => arg.value);
}

// src/syntax/range.ts
function spanOf(a, b) {
  if (a instanceof Span && b instanceof Span && a.source === b.source) return a.source.span(a.startOffset, b.endOffset);
  return { file: a.file, start: a.start, end: b.end };
}
function compareRanges(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return startOffsetOf(a) - startOffsetOf(b) || endOffsetOf(a) - endOffsetOf(b);
}
function startOffsetOf(range) {
  return range instanceof Span ? range.startOffset : range.start.offset;
}
function endOffsetOf(range) {
  return range instanceof Span ? range.endOffset : range.end.offset;
}

// src/dialects/edits.ts
function replaceValue(setting, text, description) {
  if (setting.source === null || !setting.valueRange) return void 0;
  return { description, edits: [{ range: setting.valueRange, text }] };
}
function pointAt(range, end) {
  return { file: range.file, start: range[end], end: range[end] };
}
function onOff(value) {
  return value ? "on" : "off";
}

// src/syntax/diagnostics.ts
var MAX_PARSE_ERRORS = 50;
var summarised = /* @__PURE__ */ new WeakMap();
function capParseErrors(diagnostics) {
  let parseErrors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.ruleId === "parse-error") parseErrors++;
  if (parseErrors <= MAX_PARSE_ERRORS && !diagnostics.some((d) => summarised.has(d))) return diagnostics;
  const sorted = [...diagnostics].sort((a, b) => a.range.start.offset - b.range.start.offset);
  const kept = [];
  let shown = 0;
  let hidden = 0;
  let firstHidden;
  for (const diagnostic of sorted) {
    if (diagnostic.ruleId !== "parse-error") kept.push(diagnostic);
    else if (!summarised.has(diagnostic) && shown < MAX_PARSE_ERRORS) {
      kept.push(diagnostic);
      shown++;
    } else {
      hidden += summarised.get(diagnostic) ?? 1;
      firstHidden ??= diagnostic;
    }
  }
  if (firstHidden) {
    const summary = {
      ruleId: "parse-error",
      message: `${hidden} more parse error${hidden === 1 ? "" : "s"} from here on, not reported one by one`,
      range: firstHidden.range
    };
    summarised.set(summary, hidden);
    kept.push(summary);
  }
  return kept.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
var BoundedDiagnostics = class {
  kept = [];
  dropped = 0;
  push(diagnostic) {
    this.kept.push(diagnostic);
    if (this.kept.length >= MAX_PARSE_ERRORS + 1 + 4096) this.trim();
  }
  /** The diagnostics in offset order: the first MAX_PARSE_ERRORS, then a summary of the rest when there are more. */
  toArray() {
    this.trim();
    if (this.dropped === 0) return this.kept;
    const shown = this.kept.slice(0, MAX_PARSE_ERRORS);
    const hidden = this.kept.length - MAX_PARSE_ERRORS + this.dropped;
    const summary = { ruleId: "parse-error", message: `${hidden} more parse errors from here on, not reported one by one`, range: this.kept[MAX_PARSE_ERRORS].range };
    summarised.set(summary, hidden);
    return [...shown, summary];
  }
  trim() {
    this.kept.sort((a, b) => a.range.start.offset - b.range.start.offset);
    if (this.kept.length > MAX_PARSE_ERRORS + 1) {
      this.dropped += this.kept.length - (MAX_PARSE_ERRORS + 1);
      this.kept.length = MAX_PARSE_ERRORS + 1;
    }
  }
};
function invalidUtf8Diagnostic(path, text, invalid) {
  const hex = invalid.byte.toString(16).toUpperCase().padStart(2, "0");
  const range = new SourceText(path, text).span(invalid.offset, invalid.offset + 1);
  return { ruleId: "parse-error", message: `Expected UTF-8 text, got byte 0x${hex}; it is read as U+FFFD, and --fix leaves this file alone`, range };
}

export {
  ArgFlag,
  NO_TAG,
  NO_HEAD,
  SourceText,
  withRoom,
  Span,
  SourceComment,
  SourceDirective,
  argCountOf,
  argRangeOf,
  argRawsOf,
  argValuesOf,
  capParseErrors,
  BoundedDiagnostics,
  invalidUtf8Diagnostic,
  spanOf,
  compareRanges,
  startOffsetOf,
  endOffsetOf,
  replaceValue,
  pointAt,
  onOff
};
