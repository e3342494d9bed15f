// Turns an Apache file's lines (read from its tokens, or from the flat CST) into the dialect-neutral AST: sections nested, exact ranges, parse-error diagnostics.
import type { CstNode, IToken } from 'chevrotain';
import type { Directive, LoadDiagnostic } from '../../syntax/ast.js';
import type { SourceRange } from '../../syntax/range.js';
import { ArgFlag, SourceDirective, type Span, type SourceText } from '../../syntax/source.js';
import type {
  ConfigCstChildren,
  DirectiveCstChildren,
  ICstNodeVisitor,
  SectionCloseCstChildren,
  SectionOpenCstChildren,
} from './cst.js';
import { apacheParser } from './parser.js';
import { BareWord, GreaterThan, LineBreak, Quoted, SectionClose, SectionOpen } from './tokens.js';

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
  return text.replace(/\\\r?\n|\\(["'])/g, (_, quote: string | undefined) => quote ?? '');
}

/** An open section while the file is read: its directive (none when too deep), name, and children. */
interface OpenSection {
  directive: SourceDirective | undefined;
  /** The tag name, lower case, for matching its closing tag (Apache compares with strcasecmp). */
  key: string;
  children: Directive[];
}

/** One logical line as the CST holds it. */
type Line =
  | { kind: 'directive'; children: DirectiveCstChildren; at: number }
  | { kind: 'open'; children: SectionOpenCstChildren; at: number }
  | { kind: 'close'; children: SectionCloseCstChildren; at: number };

/**
 * Reads the lines of one file into nested directives, collecting `parse-error` diagnostics: from the
 * token fast path (`readLines`) or, through ApacheCstToAst, from the parser's CST.
 */
export class ApacheAstBuilder {
  readonly diagnostics: LoadDiagnostic[] = [];
  private readonly stack: OpenSection[] = [];
  /** Stack positions of the open sections by key, so a closing tag finds its section without scanning the stack. */
  private readonly openByKey = new Map<string, number[]>();
  private top: Directive[] = [];
  private reportedTooDeep = false;

  constructor(private readonly source: SourceText) {}

  rangeOf(token: IToken): Span {
    return this.source.span(token.startOffset, endOffsetOf(token));
  }

  private report(message: string, range: SourceRange): void {
    this.diagnostics.push({ ruleId: 'parse-error', message, range });
  }

  /** Where new directives go: the innermost open section's children, or the file's top level. */
  private get current(): Directive[] {
    return this.stack.length ? this.stack[this.stack.length - 1].children : this.top;
  }

  private get tooDeep(): boolean {
    return this.stack.length > 0 && this.stack[this.stack.length - 1].directive === undefined;
  }

  /** Reads the lines the token fast path found (see `flatLines`), in order, into `out`. */
  readLines(lines: FlatLines, out: Directive[]): void {
    this.begin(out);
    const { tokens, table } = lines;
    // Every directive and section line becomes one directive (a closing tag none), its words arguments:
    // the source's tables are sized for them once.
    let directives = 0;
    let args = 0;
    for (let at = 0; at < table.length; at += LINE_FIELDS) {
      if (table[at] === LineKind.Close) continue;
      directives++;
      args += table[at + 2] - table[at + 1] - 1;
    }
    this.source.reserve(args, directives);
    for (let at = 0; at < table.length; at += LINE_FIELDS) {
      const kind = table[at];
      const first = table[at + 1];
      const argEnd = table[at + 2];
      if (kind === LineKind.Directive) this.readDirective(tokens, first, argEnd);
      else {
        const gt = table[at + 3] === NO_GT ? undefined : tokens[table[at + 3]];
        if (kind === LineKind.Open) this.readSectionOpen(tokens, first, argEnd, gt);
        else this.readSectionClose(tokens, first, argEnd, gt);
      }
    }
    this.closeAll();
  }

  /** Where top-level directives go from now on. */
  begin(out: Directive[]): void {
    this.top = out;
  }

  /** The end of the file: every section still open is unclosed. */
  closeAll(): void {
    // server/config.c ap_build_cont_config: "<VirtualHost> was not closed." Reported at the opening tag.
    while (this.stack.length) {
      const open = this.stack[this.stack.length - 1];
      if (open.directive) this.report(`Unclosed section: <${open.directive.name}> is never closed with </${open.directive.name}>`, open.directive.nameRange);
      this.closeTop(undefined);
    }
  }

  // The three kinds of line, read from `tokens`: the line's first token at `first`, its words up to
  // `argEnd` (exclusive), and a section tag's `>`. Words after the `>` are dropped, as core.c drops them.

  readDirective(tokens: readonly IToken[], first: number, argEnd: number): void {
    if (this.tooDeep) return;
    const nameToken = tokens[first];
    const name = intern(unescapeApache(quotedInner(nameToken)));
    const firstArg = this.addArgs(tokens, first + 1, argEnd);
    const directive = new SourceDirective(name, this.source, nameToken.startOffset, endOffsetOf(nameToken), firstArg, argEnd - first - 1);
    directive.endAt(endOffsetOf(tokens[argEnd - 1]));
    this.current.push(directive);
  }

  readSectionOpen(tokens: readonly IToken[], first: number, argEnd: number, gt: IToken | undefined): void {
    const tag = tokens[first];
    const name = intern(tag.image.slice(1));
    if (this.tooDeep || this.stack.length >= MAX_SECTION_DEPTH) {
      if (!this.tooDeep && !this.reportedTooDeep) {
        this.reportedTooDeep = true;
        this.report(`Sections nested deeper than ${MAX_SECTION_DEPTH} levels; the content of this section is not read`, this.rangeOf(tag));
      }
      this.push({ directive: undefined, key: name.toLowerCase(), children: [] });
      return;
    }
    const firstArg = this.addArgs(tokens, first + 1, argEnd);
    const directive = new SourceDirective(name, this.source, tag.startOffset, endOffsetOf(tag), firstArg, argEnd - first - 1);
    const headEnd = gt ? endOffsetOf(gt) : endOffsetOf(tokens[argEnd - 1]);
    directive.headEndsAt(headEnd);
    directive.endAt(headEnd);
    if (!gt) {
      // server/core.c unclosed_directive: "<VirtualHost> directive missing closing '>'".
      directive.recovered = true;
      this.report(`Missing ">" at the end of the <${name}> tag`, this.source.span(headEnd, headEnd));
    }
    this.current.push(directive);
    this.push({ directive, key: name.toLowerCase(), children: [] });
  }

  readSectionClose(tokens: readonly IToken[], first: number, argEnd: number, gt: IToken | undefined): void {
    const tag = tokens[first];
    const name = tag.image.slice(2);
    const key = name.toLowerCase();
    const end = gt ? endOffsetOf(gt) : endOffsetOf(tag);
    const tagRange = this.source.span(tag.startOffset, end);
    // server/config.c ap_build_cont_config closes a section only on the exact line `</Name>`; any other
    // closing line fails with "</Name> directive missing closing '>'".
    if (!gt || gt.startOffset !== endOffsetOf(tag)) this.report(`Missing ">" right after </${name}>`, this.source.span(endOffsetOf(tag), endOffsetOf(tag)));
    const extra = argEnd > first + 1 ? tokens[first + 1] : undefined;
    if (extra) this.report(`Unexpected "${extra.image}" in the </${name}> tag`, this.rangeOf(extra));
    const innermost = this.stack[this.stack.length - 1];
    if (!innermost) {
      // server/core.c end_nested_section: "</VirtualHost> without matching <VirtualHost> section".
      this.report(`Unexpected </${name}>: no <${name}> section is open`, tagRange);
      return;
    }
    if (innermost.key === key) {
      this.closeTop(end);
      return;
    }
    // server/config.c ap_build_config_sub: "Expected </VirtualHost> but saw </Directory>". Apache stops
    // there; to read on, the tag closes the nearest open section of its name, or is ignored.
    const expected = innermost.directive?.name ?? name;
    this.report(`Expected </${expected}> but saw </${name}>`, tagRange);
    const match = this.openByKey.get(key)?.at(-1);
    if (match === undefined) return;
    while (this.stack.length - 1 > match) this.closeTop(undefined);
    this.closeTop(end);
  }

  private push(open: OpenSection): void {
    const positions = this.openByKey.get(open.key);
    if (positions) positions.push(this.stack.length);
    else this.openByKey.set(open.key, [this.stack.length]);
    this.stack.push(open);
  }

  /** Pops the innermost section; `end` is just after its closing tag, or undefined when it was never closed. */
  private closeTop(end: number | undefined): void {
    const open = this.stack.pop()!;
    this.openByKey.get(open.key)!.pop();
    const directive = open.directive;
    if (!directive) return;
    directive.children = open.children.slice();
    if (end !== undefined) {
      directive.endAt(end);
      return;
    }
    directive.recovered = true;
    const last = open.children[open.children.length - 1] as SourceDirective | undefined;
    directive.endAt(last ? last.endOffset : directive.headEndOffset);
  }

  /** Adds the words `tokens[from..to)` to the source's argument table; returns the first one's index. */
  private addArgs(tokens: readonly IToken[], from: number, to: number): number {
    const first = this.source.argCount;
    for (let index = from; index < to; index++) {
      const token = tokens[index];
      this.source.addArg(token.startOffset, endOffsetOf(token), argFlags(token));
    }
    return first;
  }
}

/** The CST reader: a chevrotain visitor over ApacheAstBuilder. */
export interface ApacheCstToAst extends ICstNodeVisitor<Directive[], void> {
  readonly builder: ApacheAstBuilder;
  visit(cst: CstNode, out: Directive[]): void;
}

let visitorClass: (new (source: SourceText) => ApacheCstToAst) | undefined;

/**
 * A CST reader for one file. Its class is made on first use, because its base class comes from the
 * parser, which is itself built on first use (see apacheParser).
 */
export function apacheCstToAst(source: SourceText): ApacheCstToAst {
  visitorClass ??= cstToAstClass();
  return new visitorClass(source);
}

function cstToAstClass(): new (source: SourceText) => ApacheCstToAst {
  const BaseCstVisitor = apacheParser().getBaseCstVisitorConstructor<Directive[], void>();
  return class extends BaseCstVisitor implements ApacheCstToAst {
    readonly builder: ApacheAstBuilder;

    constructor(source: SourceText) {
      super();
      this.builder = new ApacheAstBuilder(source);
      this.validateVisitor();
    }

    config(children: ConfigCstChildren, out: Directive[] = []): void {
      this.builder.begin(out);
      for (const line of linesInOrder(children)) {
        if (line.kind === 'directive') this.directive(line.children);
        else if (line.kind === 'open') this.sectionOpen(line.children);
        else this.sectionClose(line.children);
      }
      this.builder.closeAll();
    }

    directive(children: DirectiveCstChildren): void {
      this.builder.readDirective([children.name[0], ...(children.arg ?? [])], 0, 1 + (children.arg?.length ?? 0));
    }

    sectionOpen(children: SectionOpenCstChildren): void {
      const args = children.arg ?? [];
      this.builder.readSectionOpen([children.SectionOpen[0], ...args], 0, 1 + args.length, children.GreaterThan?.[0]);
    }

    sectionClose(children: SectionCloseCstChildren): void {
      const args = children.arg ?? [];
      this.builder.readSectionClose([children.SectionClose[0], ...args], 0, 1 + args.length, children.GreaterThan?.[0]);
    }
  };
}

/** The three kinds of line in document order (the CST groups children by kind). */
function linesInOrder(children: ConfigCstChildren): Line[] {
  const lines: Line[] = [];
  for (const node of children.directive ?? []) lines.push({ kind: 'directive', children: node.children, at: node.children.name[0].startOffset });
  for (const node of children.sectionOpen ?? []) lines.push({ kind: 'open', children: node.children, at: node.children.SectionOpen[0].startOffset });
  for (const node of children.sectionClose ?? []) lines.push({ kind: 'close', children: node.children, at: node.children.SectionClose[0].startOffset });
  // Each list is already in order: only files mixing kinds need sorting.
  if (children.sectionOpen?.length || children.sectionClose?.length) lines.sort((a, b) => a.at - b.at);
  return lines;
}

/** What flatLines finds: for each line four numbers (LineKind, first token, end of its words, `>` or NO_GT) over `tokens`. */
export interface FlatLines {
  tokens: readonly IToken[];
  table: readonly number[];
}

const enum LineKind {
  Directive,
  Open,
  Close,
}

const LINE_FIELDS = 4;
const NO_GT = -1;

/**
 * The lines of a token stream the grammar reads without a recognition error, split the way the parser
 * splits them (each rule is a greedy run of words on one line: `directive` = Word+, a section tag =
 * tag Word* `>`? Word*), or null when a line has any other shape: the parser then reads the file and
 * reports its errors. The lexer makes almost every file fit (a `>` token exists only at the end of a
 * section tag, a tag only at a line start), and building the CST of such a file was a third of its
 * parse time and much of its garbage. Lines are token positions in one number array: objects per line
 * (and copies of their tokens) were most of what this step allocated.
 */
export function flatLines(tokens: readonly IToken[]): FlatLines | null {
  const table: number[] = [];
  const count = tokens.length;
  let index = 0;
  while (index < count) {
    const type = tokens[index].tokenType;
    if (type === LineBreak) {
      index++;
      continue;
    }
    let end = index + 1;
    if (type === BareWord || type === Quoted) {
      while (end < count && isWordToken(tokens[end])) end++;
      if (end < count && tokens[end].tokenType !== LineBreak) return null;
      table.push(LineKind.Directive, index, end, NO_GT);
      index = end;
      continue;
    }
    if (type !== SectionOpen && type !== SectionClose) return null;
    while (end < count && isWordToken(tokens[end])) end++;
    const argEnd = end;
    const gt = end < count && tokens[end].tokenType === GreaterThan ? end++ : NO_GT;
    while (end < count && isWordToken(tokens[end])) end++;
    if (end < count && tokens[end].tokenType !== LineBreak) return null;
    table.push(type === SectionOpen ? LineKind.Open : LineKind.Close, index, argEnd, gt);
    index = end;
  }
  return { tokens, table };
}

function isWordToken(token: IToken): boolean {
  return token.tokenType === BareWord || token.tokenType === Quoted;
}

function quoteOf(token: IToken): '"' | "'" | null {
  const first = token.image.charCodeAt(0);
  return first === 34 ? '"' : first === 39 ? "'" : null;
}

/** A quoted token is closed when its lexer payload says so (see tokens.ts matchQuoted). */
function isClosed(token: IToken): boolean {
  return token.payload === true;
}

function quotedInner(token: IToken): string {
  if (quoteOf(token) === null) return token.image;
  return isClosed(token) ? token.image.slice(1, -1) : token.image.slice(1);
}

function argFlags(token: IToken): number {
  const quote = quoteOf(token);
  if (quote === null) return 0;
  const kind = quote === '"' ? ArgFlag.DoubleQuoted : ArgFlag.SingleQuoted;
  return isClosed(token) ? kind : kind | ArgFlag.Unterminated;
}

const MAX_INTERNED = 65_536;
const MAX_INTERNED_LENGTH = 40;
const interned = new Map<string, string>();

/** One shared copy of a short string that recurs (`SSLEngine`, `Header`, `on`). */
function intern(text: string): string {
  if (text.length > MAX_INTERNED_LENGTH) return text;
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size < MAX_INTERNED) interned.set(text, text);
  return text;
}
