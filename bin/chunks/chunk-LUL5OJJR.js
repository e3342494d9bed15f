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
var DIRECTIVE_FIELDS = 6;
var NONE = -1;
var SourceText = class {
  /**
   * @param unescape turns a word's text (quotes removed) into the value the server reads, by the
   * dialect's escape rules.
   */
  constructor(file, text, unescape = (word) => word) {
    this.file = file;
    this.text = text;
    this.unescape = unescape;
    this.lineStarts = lineStartsOf(text);
  }
  file;
  text;
  unescape;
  lineStarts;
  argTable = new Int32Array(ARG_FIELDS * 64);
  /** Arguments in the table. */
  argCount = 0;
  directiveTable = new Int32Array(DIRECTIVE_FIELDS * 64);
  directiveCount = 0;
  /** The line and column of `offset` (clamped to the text). */
  positionAt(offset) {
    const starts = this.lineStarts;
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
  /** The range from `startOffset` to `endOffset` (exclusive). */
  span(startOffset, endOffset) {
    return new Span(this, startOffset, endOffset);
  }
  /** Appends an argument written from `startOffset` to `endOffset` (quotes included); returns its index. */
  addArg(startOffset, endOffset, flags) {
    this.argTable = withRoom(this.argTable, (this.argCount + 1) * ARG_FIELDS);
    const at = this.argCount * ARG_FIELDS;
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
  /** Frees the tables' unused room once the file is parsed. */
  trimTables() {
    if (this.argTable.length > this.argCount * ARG_FIELDS) this.argTable = this.argTable.slice(0, this.argCount * ARG_FIELDS);
    const directiveLength = this.directiveCount * DIRECTIVE_FIELDS;
    if (this.directiveTable.length > directiveLength) this.directiveTable = this.directiveTable.slice(0, directiveLength);
  }
  /** Appends a directive's numbers; returns its index. */
  addDirective(startOffset, nameEndOffset, firstArg, argCount) {
    this.directiveTable = withRoom(this.directiveTable, (this.directiveCount + 1) * DIRECTIVE_FIELDS);
    const at = this.directiveCount * DIRECTIVE_FIELDS;
    this.directiveTable[at + 0 /* Start */] = startOffset;
    this.directiveTable[at + 1 /* NameEnd */] = nameEndOffset;
    this.directiveTable[at + 2 /* HeadEnd */] = NONE;
    this.directiveTable[at + 3 /* End */] = nameEndOffset;
    this.directiveTable[at + 4 /* FirstArg */] = firstArg;
    this.directiveTable[at + 5 /* ArgCount */] = argCount;
    return this.directiveCount++;
  }
  directiveField(index, field) {
    return this.directiveTable[index * DIRECTIVE_FIELDS + field];
  }
  setDirectiveField(index, field, value) {
    this.directiveTable[index * DIRECTIVE_FIELDS + field] = value;
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
  const grown = new Int32Array(Math.max(table.length * 2, needed));
  grown.set(table);
  return grown;
}
function lineStartsOf(text) {
  let count = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts[line++] = index + 1;
  return starts;
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
var SourceDirective = class {
  constructor(name, source, startOffset, nameEndOffset, firstArg, argCount) {
    this.name = name;
    this.source = source;
    this.index = source.addDirective(startOffset, nameEndOffset, firstArg, argCount);
  }
  name;
  source;
  children = void 0;
  extras = void 0;
  index;
  get startOffset() {
    return this.source.directiveField(this.index, 0 /* Start */);
  }
  get nameEndOffset() {
    return this.source.directiveField(this.index, 1 /* NameEnd */);
  }
  /** Just after the `{` of a block, or NONE. */
  get headEndOffset() {
    return this.source.directiveField(this.index, 2 /* HeadEnd */);
  }
  get endOffset() {
    return this.source.directiveField(this.index, 3 /* End */);
  }
  /** The arguments, made from the source's table on each read. */
  get args() {
    const first = this.source.directiveField(this.index, 4 /* FirstArg */);
    const count = this.source.directiveField(this.index, 5 /* ArgCount */);
    const args = [];
    for (let index = 0; index < count; index++) args.push(this.source.arg(first + index));
    return args;
  }
  get rawBlock() {
    return this.extras?.rawBlock;
  }
  set rawBlock(body) {
    (this.extras ??= {}).rawBlock = body;
  }
  get included() {
    return this.extras?.included;
  }
  set included(files) {
    (this.extras ??= {}).included = files;
  }
  get recovered() {
    return this.extras?.recovered;
  }
  set recovered(recovered) {
    (this.extras ??= {}).recovered = recovered;
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
    return headEnd === NONE ? void 0 : new Span(this.source, this.startOffset, headEnd);
  }
  /** Sets where the directive ends (exclusive). */
  endAt(offset) {
    this.source.setDirectiveField(this.index, 3 /* End */, offset | 0);
  }
  /** Sets where the block's head ends: just after its `{`. */
  headEndsAt(offset) {
    this.source.setDirectiveField(this.index, 2 /* HeadEnd */, offset | 0);
  }
  toJSON() {
    const { name, args, children, rawBlock, included, recovered } = this;
    return { name, nameRange: this.nameRange, args, range: this.range, headRange: this.headRange, children, rawBlock, included, recovered };
  }
};

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

// src/model/types.ts
var TLS_PROTOCOLS = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
function socketKey(listener) {
  if (listener.unixPath !== void 0) return `unix:${listener.unixPath}`;
  const wildcard = listener.address === null || listener.address === "*" || listener.address === "0.0.0.0";
  return `${listener.quic ? "udp" : "tcp"} ${wildcard ? "*" : listener.address}:${listener.port}`;
}
function isTlsEndpoint(endpoint) {
  return endpoint.listeners.some((l) => l.tls);
}

// src/model/compare-version.ts
function compareVersions(a, b) {
  const pa = segments(a);
  const pb = segments(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
function versionAtLeast(version, since) {
  return compareVersions(version, since) >= 0;
}
var MAX_REMEMBERED = 256;
var known = /* @__PURE__ */ new Map();
function segments(version) {
  let numbers = known.get(version);
  if (numbers) return numbers;
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(version);
  if (!match) throw new RangeError(`Not a version: "${version}"`);
  numbers = match[1].split(".").map(Number);
  if (known.size < MAX_REMEMBERED) known.set(version, numbers);
  return numbers;
}

export {
  ArgFlag,
  SourceText,
  SourceDirective,
  spanOf,
  compareRanges,
  startOffsetOf,
  endOffsetOf,
  TLS_PROTOCOLS,
  socketKey,
  isTlsEndpoint,
  versionAtLeast
};
