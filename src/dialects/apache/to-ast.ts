// Reads an Apache file's lines (from its text, or from the flat CST) into its table's rows (tree.ts: sections' content ends recorded, exact ranges), collecting parse-error diagnostics.
import type { CstNode, IToken } from 'chevrotain';
import type { Comment, LoadDiagnostic } from '../../syntax/ast.js';
import type { SourceRange } from '../../syntax/range.js';
import { ArgFlag, SourceComment, withRoom, type SourceText } from '../../syntax/source.js';
import type {
  ConfigCstChildren,
  DirectiveCstChildren,
  ICstNodeVisitor,
  SectionCloseCstChildren,
  SectionOpenCstChildren,
} from './cst.js';
import { directiveName, type DirectiveName } from './directives.js';
import { bareWordEnd, lastGreaterThan, logicalLineEnd, quotedWordEnd, tagLength, whitespaceLength } from './scan.js';
import { ApacheTree } from './tree.js';

/**
 * Deepest section nesting read. Apache has no such limit, but real configs stay below ten levels and
 * the model walks sections recursively. Deviation: deeper sections keep their tags matched but lose
 * their content, with a parse-error at the first section too deep.
 */
export const MAX_SECTION_DEPTH = 100;

/** Offset just after a token (end exclusive). */
export function endOffsetOf(token: IToken): number {
  return token.startOffset + token.image.length;
}

// server/util.c: ap_cfg_getline removes each `\` LF before the line is split into words, and
// ap_getword_conf (substring_conf) drops the backslash of an escaped quote.
// Deviation: a bare word's `\"` also loses its backslash (the value table does not tell bare from quoted).
/** The value Apache reads from a word's text (quotes already removed). */
export function unescapeApache(text: string): string {
  if (!text.includes('\\')) return text;
  // A replacement string, not a function: a word continued over 350,000 lines called one per continuation. An
  // unmatched group is replaced by nothing, so `\` LF goes and `\"` keeps its quote.
  return text.replace(/\\(?:\r?\n|(["']))/g, '$1');
}

/** One logical line as the CST holds it. */
type CstLine =
  | { kind: 'directive'; children: DirectiveCstChildren; at: number }
  | { kind: 'open'; children: SectionOpenCstChildren; at: number }
  | { kind: 'close'; children: SectionCloseCstChildren; at: number };

/** No `>` on a section line. */
const NO_GT = -1;

/**
 * Reads the lines of one file into its table's rows (see tree.ts), collecting `parse-error` diagnostics: from
 * the text (`readApacheText`) or, through ApacheCstToAst, from the parser's CST.
 */
export class ApacheAstBuilder {
  readonly diagnostics: LoadDiagnostic[] = [];
  /** The rows read. */
  readonly tree: ApacheTree;
  // The open sections, innermost last, as two parallel stacks of `depth` entries (entries after it are
  // stale): an object per section was 68,000 of them made and dropped in a 10,000-vhost tree.
  /** Each open section's row (TOO_DEEP when too deep). */
  private readonly openRows: number[] = [];
  /** Each open section's tag name, lower case, for matching its closing tag (Apache compares with strcasecmp). */
  private readonly openKeys: string[] = [];
  private depth = 0;
  /**
   * Stack positions of the open sections by key, so a misnested closing tag finds its section without
   * scanning the stack: made at the first one (a file whose tags all match never needs it), kept from then on.
   */
  private openByKey: Map<string, number[]> | undefined = undefined;
  private reportedTooDeep = false;

  constructor(readonly source: SourceText) {
    this.tree = new ApacheTree(source);
  }

  private report(message: string, range: SourceRange): void {
    this.diagnostics.push({ ruleId: 'parse-error', message, range });
  }

  private get tooDeep(): boolean {
    return this.depth > 0 && this.openRows[this.depth - 1] === TOO_DEEP;
  }

  /** The end of the file: every section still open is unclosed. */
  closeAll(): void {
    // server/config.c ap_build_cont_config: "<VirtualHost> was not closed." Reported at the opening tag.
    while (this.depth) {
      const open = this.openRows[this.depth - 1];
      if (open !== TOO_DEEP) {
        const name = this.tree.nameOf(open).written;
        this.report(`Unclosed section: <${name}> is never closed with </${name}>`, this.source.span(this.source.directiveStart(open), this.source.directiveNameEnd(open)));
      }
      this.closeTop(undefined);
    }
  }

  // The three kinds of line: the first word (the name, or the section tag) from `start` to `end` (exclusive),
  // its `argCount` arguments, the last ones of the source's argument table from `firstArg` on (the reader
  // writes them there as it reads them: a line's words copied from a buffer of their own were a second
  // write of each), `lastEnd` just after the line's last word, and where a section tag's `>` is (NO_GT when
  // none). The arguments after the `>` are dropped before, as core.c drops them; a line that makes no
  // directive drops its own. Rows are written in document order, a section's before its content.

  /** `flags`: the first word's ArgFlag bits; `name`: its value when the reader has it already (see readApacheText). */
  readDirective(start: number, end: number, flags: number, firstArg: number, argCount: number, lastEnd: number, name?: DirectiveName): void {
    if (this.tooDeep) {
      this.source.dropLastArgs(argCount);
      return;
    }
    name ??= nameOf(this.source.text, start, end, flags);
    const row = this.source.addDirective(start, end, firstArg, argCount, name.id);
    this.source.setDirectiveEnd(row, lastEnd);
    this.tree.nameRow(row, name);
  }

  /** `tag`: the tag's name when the reader has it already (see readApacheText). */
  readSectionOpen(start: number, end: number, firstArg: number, argCount: number, lastEnd: number, gt: number, tag?: DirectiveName): void {
    tag ??= internRange(this.source.text, start + 1, end);
    const name = tag.written;
    if (this.tooDeep || this.depth >= MAX_SECTION_DEPTH) {
      if (!this.tooDeep && !this.reportedTooDeep) {
        this.reportedTooDeep = true;
        this.report(`Sections nested deeper than ${MAX_SECTION_DEPTH} levels; the content of this section is not read`, this.source.span(start, end));
      }
      this.source.dropLastArgs(argCount);
      this.push(TOO_DEEP, tag.lower);
      return;
    }
    const source = this.source;
    const row = source.addDirective(start, end, firstArg, argCount, tag.id);
    this.tree.nameRow(row, tag);
    const headEnd = gt !== NO_GT ? gt + 1 : lastEnd;
    source.setDirectiveHeadEnd(row, headEnd);
    source.setDirectiveEnd(row, headEnd);
    if (gt === NO_GT) {
      // server/core.c unclosed_directive: "<VirtualHost> directive missing closing '>'".
      source.extrasOf(row).recovered = true;
      this.report(`Missing ">" at the end of the <${name}> tag`, source.span(headEnd, headEnd));
    }
    this.push(row, tag.lower);
  }

  readSectionClose(start: number, tagEnd: number, firstArg: number, argCount: number, gt: number, tag?: DirectiveName): void {
    const source = this.source;
    tag ??= internRange(source.text, start + 2, tagEnd);
    const name = tag.written;
    const key = tag.lower;
    const end = gt !== NO_GT ? gt + 1 : tagEnd;
    // server/config.c ap_build_cont_config closes a section only on the exact line `</Name>`; any other
    // closing line fails with "</Name> directive missing closing '>'".
    if (gt !== tagEnd) this.report(`Missing ">" right after </${name}>`, source.span(tagEnd, tagEnd));
    if (argCount > 0) {
      this.report(`Unexpected "${source.argRaw(firstArg)}" in the </${name}> tag`, source.argSpan(firstArg));
      source.dropLastArgs(argCount);
    }
    if (this.depth === 0) {
      // server/core.c end_nested_section: "</VirtualHost> without matching <VirtualHost> section".
      this.report(`Unexpected </${name}>: no <${name}> section is open`, source.span(start, end));
      return;
    }
    if (this.openKeys[this.depth - 1] === key) {
      this.closeTop(end);
      return;
    }
    // server/config.c ap_build_config_sub: "Expected </VirtualHost> but saw </Directory>". Apache stops
    // there; to read on, the tag closes the nearest open section of its name, or is ignored.
    const open = this.openRows[this.depth - 1];
    const expected = open !== TOO_DEEP ? this.tree.nameOf(open).written : name;
    this.report(`Expected </${expected}> but saw </${name}>`, source.span(start, end));
    const match = this.openPositions().get(key)?.at(-1);
    if (match === undefined) return;
    while (this.depth - 1 > match) this.closeTop(undefined);
    this.closeTop(end);
  }

  /** openByKey, made from the stack when first needed. */
  private openPositions(): Map<string, number[]> {
    if (this.openByKey) return this.openByKey;
    const byKey = new Map<string, number[]>();
    for (let position = 0; position < this.depth; position++) {
      const positions = byKey.get(this.openKeys[position]);
      if (positions) positions.push(position);
      else byKey.set(this.openKeys[position], [position]);
    }
    return (this.openByKey = byKey);
  }

  private push(row: number, key: string): void {
    const position = this.depth++;
    this.openRows[position] = row;
    this.openKeys[position] = key;
    if (this.openByKey === undefined) return;
    const positions = this.openByKey.get(key);
    if (positions) positions.push(position);
    else this.openByKey.set(key, [position]);
  }

  /** Pops the innermost section; `end` is just after its closing tag, or undefined when it was never closed. */
  private closeTop(end: number | undefined): void {
    const position = --this.depth;
    const row = this.openRows[position];
    this.openByKey?.get(this.openKeys[position])!.pop();
    if (row === TOO_DEEP) return;
    const source = this.source;
    // Its content is every row written since it opened.
    source.setDirectiveNext(row, source.directiveCount);
    if (end !== undefined) {
      source.setDirectiveEnd(row, end);
      return;
    }
    source.extrasOf(row).recovered = true;
    // An unclosed section ends with its last child, or with its head when it has none.
    let last = -1;
    for (let child = row + 1; child < source.directiveCount; child = source.directiveNext(child)) last = child;
    source.setDirectiveEnd(row, last !== -1 ? source.directiveEnd(last) : source.directiveHeadEnd(row));
  }
}

/** An open section too deep to be read (MAX_SECTION_DEPTH): it has no row. */
const TOO_DEEP = -1;

/** What a line's first word makes it. */
const enum LineKind {
  Directive,
  Open,
  Close,
}

/**
 * Reads an Apache file's lines straight from its text into `builder`, and its comments into `comments`:
 * the words the lexer's matchers would make (the same scanners, in the same order), read as the parser
 * reads them, without a token object or an image string per word (those were most of what loading a
 * 10,000-vhost tree allocated). Returns false at a character no token starts with (none is known): the
 * caller then drops what was read and lexes and parses the file. test/dialects/apache/text-reader.test.ts compares this with the lexer and the parser.
 */
export function readApacheText(text: string, builder: ApacheAstBuilder, comments: Comment[]): boolean {
  const source = builder.source;
  const length = text.length;
  let offset = 0;
  // Config lines average 25 to 40 characters and hold a directive and one or two arguments: the tables are
  // sized once, for twice that (then trimmed), instead of doubling their way up.
  source.reserve((length >>> 3) + 16, (length >>> 4) + 16);
  // Every LF but a continuation's is met at a line start below: the line starts are found as the lines are
  // read, unless a continuation may have hidden one (the source then finds them itself when asked).
  const meetsEveryLf = !text.includes('\\\n') && !text.includes('\\\r\n');
  let lines = lineScratch;
  let lineCount = 1;
  lines[0] = 0;
  while (offset < length) {
    // A line start: blanks and continuations, then a comment, a section tag or a directive name.
    offset += whitespaceLength(text, offset);
    if (offset >= length) break;
    let code = text.charCodeAt(offset);
    if (code === LF) {
      offset++;
      if (lineCount === lines.length) lines = withRoom(lines, lineCount + 1);
      lines[lineCount++] = offset;
      continue;
    }
    if (code === HASH) {
      let end = logicalLineEnd(text, offset);
      if (text.charCodeAt(end - 1) === CR) end--;
      // Apache comments are whole lines: nothing precedes one on its logical line.
      comments.push(new SourceComment(source, offset, end));
      offset = end;
      continue;
    }
    // The line's first word (its name or tag), then its arguments, written to the source's table as read.
    let firstStart = offset;
    let firstEnd = offset;
    let firstFlags = 0;
    let hasFirst = false;
    const firstArg = source.argCount;
    let argCount = 0;
    /** Just after the last word read. */
    let lastEnd = offset;
    let kind = LineKind.Directive;
    // A section line's words stop at its last `>` (see tokens.ts sectionLine), which is a token of its own.
    let lastGt = NO_GT;
    let name: DirectiveName | undefined;
    if (code !== LT && code !== DOUBLE_QUOTE && code !== SINGLE_QUOTE) {
      // A directive's name, hashed for interning as it is scanned (see internRange): the same word as
      // bareWordEnd's when it ends at a blank or LF; one with a backslash or a control character in it is
      // left to the general loop below.
      let hash = 0;
      let end = offset;
      for (; end < length; end++) {
        const char = text.charCodeAt(end);
        if (char <= 32 || char === BACKSLASH) break;
        hash = (Math.imul(hash, 31) + char) | 0;
      }
      const stop = end < length ? text.charCodeAt(end) : LF;
      if (stop === LF || stop === SPACE || stop === TAB || stop === CR || stop === VT || stop === FF) {
        name = internHashed(text, offset, end, hash);
        firstEnd = lastEnd = offset = end;
        hasFirst = true;
      }
    } else if (code === LT) {
      const closing = text.charCodeAt(offset + 1) === SLASH;
      const nameStart = offset + (closing ? 2 : 1);
      // The tag's name, hashed as it is scanned (as a directive's name above): the same as tagLength's when
      // it ends at a blank, an LF or `>`; one with a backslash or a control character is left to tagLength.
      let hash = 0;
      let end = nameStart;
      for (; end < length; end++) {
        const char = text.charCodeAt(end);
        if (char <= 32 || char === GT || char === BACKSLASH) break;
        hash = (Math.imul(hash, 31) + char) | 0;
      }
      const stop = end < length ? text.charCodeAt(end) : LF;
      let tagEnd = end;
      if (stop === LF || stop === SPACE || stop === TAB || stop === CR || stop === VT || stop === FF || stop === GT) {
        if (closing || end > nameStart) name = internHashed(text, nameStart, end, hash);
      } else {
        tagEnd = offset + tagLength(text, offset, closing);
      }
      // An opening tag needs a name (tagLength is 0 without one); a closing one is a tag even when empty.
      if (closing || tagEnd > nameStart) {
        kind = closing ? LineKind.Close : LineKind.Open;
        lastGt = lastGreaterThan(text, offset, logicalLineEnd(text, offset));
        firstEnd = lastEnd = offset = tagEnd;
        hasFirst = true;
      }
    }
    // The arguments before the `>` and where the last of them ends (the tag's end when none).
    let argsBeforeGt = 0;
    let endBeforeGt = 0;
    let gt = NO_GT;
    for (;;) {
      offset += whitespaceLength(text, offset);
      if (offset >= length) break;
      code = text.charCodeAt(offset);
      if (code === LF) break;
      if (offset === lastGt) {
        argsBeforeGt = argCount;
        endBeforeGt = lastEnd;
        gt = offset++;
        continue;
      }
      const limit = lastGt >= offset ? lastGt : length;
      let end: number;
      let flags = 0;
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        const scanned = quotedWordEnd(text, offset, limit);
        end = scanned >>> 1;
        flags = code === DOUBLE_QUOTE ? ArgFlag.DoubleQuoted : ArgFlag.SingleQuoted;
        if ((scanned & 1) === 0) flags |= ArgFlag.Unterminated;
      } else {
        end = bareWordEnd(text, offset, limit);
        if (end === offset) return false;
      }
      if (hasFirst) {
        source.addArg(offset, end, flags);
        argCount++;
      } else {
        firstStart = offset;
        firstEnd = end;
        firstFlags = flags;
        hasFirst = true;
      }
      lastEnd = offset = end;
    }
    if (gt !== NO_GT) {
      // The words after the `>` are dropped.
      source.dropLastArgs(argCount - argsBeforeGt);
      argCount = argsBeforeGt;
      lastEnd = endBeforeGt;
    }
    if (kind === LineKind.Directive) builder.readDirective(firstStart, firstEnd, firstFlags, firstArg, argCount, lastEnd, name);
    else if (kind === LineKind.Open) builder.readSectionOpen(firstStart, firstEnd, firstArg, argCount, lastEnd, gt, name);
    else builder.readSectionClose(firstStart, firstEnd, firstArg, argCount, gt, name);
  }
  builder.closeAll();
  if (meetsEveryLf) source.keepLineStarts(lines, lineCount);
  if (lines.length <= MAX_LINE_SCRATCH) lineScratch = lines;
  return true;
}

/** Room readApacheText records line starts in, kept between files up to MAX_LINE_SCRATCH numbers. */
let lineScratch = new Int32Array(4096);
const MAX_LINE_SCRATCH = 1 << 20;

const TAB = 9;
const LF = 10;
const VT = 11;
const FF = 12;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const BACKSLASH = 92;
const LT = 60;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const SLASH = 47;
const GT = 62;

/** A method for each rule of the grammar (cst.d.ts, generated), without chevrotain's generic `visit`. */
type CstRuleMethods = Omit<ICstNodeVisitor<void, void>, 'visit' | 'validateVisitor'>;

/**
 * The CST reader: the parser's CST (cst-reader.ts) read into ApacheAstBuilder. Deviation: not a subclass of
 * chevrotain's BaseCstVisitor (nor is nginx's), so that this module, which the text reader is part of, does
 * not load chevrotain; the methods are called directly, and the generated ICstNodeVisitor still checks that
 * every rule has one.
 */
export class ApacheCstToAst implements CstRuleMethods {
  readonly builder: ApacheAstBuilder;

  constructor(source: SourceText) {
    this.builder = new ApacheAstBuilder(source);
  }

  /** Reads the CST of a whole file (the parser's `config` rule). */
  visit(cst: CstNode): void {
    this.config(cst.children as ConfigCstChildren);
  }

  config(children: ConfigCstChildren): void {
    for (const line of linesInOrder(children)) {
      if (line.kind === 'directive') this.directive(line.children);
      else if (line.kind === 'open') this.sectionOpen(line.children);
      else this.sectionClose(line.children);
    }
    this.builder.closeAll();
  }

  directive(children: DirectiveCstChildren): void {
    const name = children.name[0];
    const firstArg = this.builder.source.argCount;
    const lastEnd = this.addArgs(name, children.arg);
    this.builder.readDirective(name.startOffset, endOffsetOf(name), argFlags(name), firstArg, children.arg?.length ?? 0, lastEnd);
  }

  sectionOpen(children: SectionOpenCstChildren): void {
    const tag = children.SectionOpen[0];
    const firstArg = this.builder.source.argCount;
    const lastEnd = this.addArgs(tag, children.arg);
    this.builder.readSectionOpen(tag.startOffset, endOffsetOf(tag), firstArg, children.arg?.length ?? 0, lastEnd, children.GreaterThan?.[0].startOffset ?? NO_GT);
  }

  sectionClose(children: SectionCloseCstChildren): void {
    const tag = children.SectionClose[0];
    const firstArg = this.builder.source.argCount;
    this.addArgs(tag, children.arg);
    this.builder.readSectionClose(tag.startOffset, endOffsetOf(tag), firstArg, children.arg?.length ?? 0, children.GreaterThan?.[0].startOffset ?? NO_GT);
  }

  /** Adds a line's words after its first token (those before any `>`) to the source's argument table; returns where the last word ends. */
  private addArgs(first: IToken, args: IToken[] | undefined): number {
    let lastEnd = endOffsetOf(first);
    for (const token of args ?? []) {
      lastEnd = endOffsetOf(token);
      this.builder.source.addArg(token.startOffset, lastEnd, argFlags(token));
    }
    return lastEnd;
  }
}

/** The three kinds of line in document order (the CST groups children by kind). */
function linesInOrder(children: ConfigCstChildren): CstLine[] {
  const lines: CstLine[] = [];
  for (const node of children.directive ?? []) lines.push({ kind: 'directive', children: node.children, at: node.children.name[0].startOffset });
  for (const node of children.sectionOpen ?? []) lines.push({ kind: 'open', children: node.children, at: node.children.SectionOpen[0].startOffset });
  for (const node of children.sectionClose ?? []) lines.push({ kind: 'close', children: node.children, at: node.children.SectionClose[0].startOffset });
  // Each list is already in order: only files mixing kinds need sorting.
  if (children.sectionOpen?.length || children.sectionClose?.length) lines.sort((a, b) => a.at - b.at);
  return lines;
}

function quoteOf(token: IToken): '"' | "'" | null {
  const first = token.image.charCodeAt(0);
  return first === 34 ? '"' : first === 39 ? "'" : null;
}

/** A quoted token is closed when its lexer payload says so (see tokens.ts matchQuoted). */
function isClosed(token: IToken): boolean {
  return token.payload === true;
}

function argFlags(token: IToken): number {
  const quote = quoteOf(token);
  if (quote === null) return 0;
  const kind = quote === '"' ? ArgFlag.DoubleQuoted : ArgFlag.SingleQuoted;
  return isClosed(token) ? kind : kind | ArgFlag.Unterminated;
}

const MAX_INTERNED = 65_536;
const MAX_INTERNED_LENGTH = 40;
/** V8 makes a slice this long or longer a view into its string (SlicedString::kMinLength). */
const SLICE_VIEW_LENGTH = 13;
/** Open addressing, at most half full: twice MAX_INTERNED slots, a power of two. */
const INTERN_SLOTS = 2 * MAX_INTERNED;
let internSlots: Array<DirectiveName | undefined> | undefined;
let internedCount = 0;

/**
 * The DirectiveName (see directives.ts) of the name `text` holds from `start` to `end`, found without cutting
 * the text out first: the directive names of a 10,000-vhost tree are 460,000 short strings, each made,
 * hashed and dropped, and each name's DirectiveName a Map lookup by that string.
 */
function internRange(text: string, start: number, end: number): DirectiveName {
  if (end - start > MAX_INTERNED_LENGTH) return directiveName(text.slice(start, end));
  let hash = 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return internHashed(text, start, end, hash);
}

/** internRange when the range's hash (as internRange computes it) is known. */
function internHashed(text: string, start: number, end: number, hash: number): DirectiveName {
  const length = end - start;
  if (length > MAX_INTERNED_LENGTH) return directiveName(text.slice(start, end));
  const slots = (internSlots ??= new Array<DirectiveName | undefined>(INTERN_SLOTS).fill(undefined));
  let slot = hash & (INTERN_SLOTS - 1);
  for (let known = slots[slot]; known !== undefined; known = slots[slot]) {
    const written = known.written;
    if (written.length === length) {
      let index = 0;
      while (index < length && written.charCodeAt(index) === text.charCodeAt(start + index)) index++;
      if (index === length) return known;
    }
    slot = (slot + 1) & (INTERN_SLOTS - 1);
  }
  // A slice of 13 characters or more is a view of the whole file's text, slower to read character by
  // character (as every lookup of the name compares it); the kept copy is a string of its own.
  const made = directiveName(length === text.length ? text : length < SLICE_VIEW_LENGTH ? text.slice(start, end) : [...text.slice(start, end)].join(''));
  if (internedCount < MAX_INTERNED) {
    slots[slot] = made;
    internedCount++;
  }
  return made;
}

function hasBackslash(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 92 /* \\ */) return true;
  return false;
}

/** The directive name a word holds: quotes removed and escapes processed, as for an argument's value. */
function nameOf(text: string, start: number, end: number, flags: number): DirectiveName {
  if (flags === 0 && !hasBackslash(text, start, end)) return internRange(text, start, end);
  const innerStart = flags === 0 ? start : start + 1;
  const innerEnd = flags & ArgFlag.Unterminated || flags === 0 ? end : end - 1;
  const name = unescapeApache(text.slice(innerStart, innerEnd));
  return internRange(name, 0, name.length);
}
