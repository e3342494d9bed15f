// An Apache file's directive tree as the rows of its source's table, with directive objects made only when asked for.
//
// The reader writes each directive's row in document order, a section's row before its content, and records
// where each section's content ends (SourceText.directiveNext): the walks of the loader and the model read the
// rows, in order, without an object per line. A 10,000-vhost tree made 326,000 SourceDirective objects and
// 62,000 children arrays (25 MB) that lived through every scavenge of the load and the model and were then
// dropped unread; they are now made only for a file whose `directives` something reads (fixes, contributions,
// tests), and for the few lines the walks hand on as objects (Include lines).
import type { ConfigFile, Comment, Directive, LoadDiagnostic } from '../../syntax/ast.js';
import { NO_HEAD, SourceDirective, Span, type SourceText } from '../../syntax/source.js';
import { directiveNameById, NO_NAME_ID, type DirectiveName, type WordTable } from './directives.js';

/** Directive objects made from rows in this process: the tests count them (a normal run makes few). */
export const directivesMade = { count: 0 };

/** One file's rows: its directives in document order, each section's content after it. */
export class ApacheTree {
  /** The names of rows whose DirectiveName has no id (past MAX_NAMES names), by row. */
  private untagged: Map<number, DirectiveName> | undefined = undefined;
  /**
   * The directive objects made so far, by row: one per row, so that a row is the same Directive at each request
   * (the loader keys what an Include read by its object), until the file's directives are replaced (forget).
   */
  private made: Map<number, SourceDirective> | undefined = undefined;

  constructor(readonly source: SourceText) {}

  /** How many rows the file has. */
  get count(): number {
    return this.source.directiveCount;
  }

  /** Records the name of a row whose DirectiveName has no id. */
  nameRow(row: number, name: DirectiveName): void {
    if (name.id === NO_NAME_ID) (this.untagged ??= new Map()).set(row, name);
  }

  /** The row's DirectiveName, by the id its tag holds. */
  nameOf(row: number): DirectiveName {
    const id = this.source.directiveTag(row);
    return id === NO_NAME_ID ? this.untagged!.get(row)! : directiveNameById(id);
  }

  /** True for a section (a row with a head), false for a line. */
  isSection(row: number): boolean {
    return this.source.directiveHeadEnd(row) !== NO_HEAD;
  }

  /** The row after `row` and its content: its next sibling, or the end of its parent's content. */
  next(row: number): number {
    return this.source.directiveNext(row);
  }

  /** The row as a Directive, made on first request; a section's children too. */
  directive(row: number): SourceDirective {
    const made = (this.made ??= new Map());
    let directive = made.get(row);
    if (directive !== undefined) return directive;
    directive = new SourceDirective(this.nameOf(row).written, this.source, row);
    directivesMade.count++;
    made.set(row, directive);
    if (this.isSection(row)) directive.children = this.directivesIn(row + 1, this.next(row));
    return directive;
  }

  /** The directives of the rows from `from` up to `to` at the level of `from`. */
  private directivesIn(from: number, to: number): Directive[] {
    const directives: Directive[] = [];
    for (let row = from; row < to; row = this.next(row)) directives.push(this.directive(row));
    return directives;
  }

  /** The file's top-level directives, made now. */
  top(): Directive[] {
    return this.directivesIn(0, this.count);
  }

  /** Drops the directive objects made (see apacheFile). */
  forget(): void {
    this.made = undefined;
  }

  /** How many arguments the row has. */
  argCount(row: number): number {
    return this.source.directiveArgCount(row);
  }

  /** The row's argument values (SourceDirective.argValues). */
  argValues(row: number): string[] {
    return this.source.directiveArgValues(row);
  }

  /** The row's arguments' source texts, quotes included (SourceDirective.argRaws). */
  argRaws(row: number): string[] {
    return this.source.directiveArgRaws(row);
  }

  /** True when an argument's source text holds `needle` (SourceDirective.argsHold). */
  argsHold(row: number, needle: string): boolean {
    const source = this.source;
    const first = source.directiveFirstArg(row);
    const count = source.directiveArgCount(row);
    for (let index = 0; index < count; index++) if (source.argHolds(first + index, needle)) return true;
    return false;
  }

  /** The range of the row's argument `index` (which must exist). */
  argRange(row: number, index: number): Span {
    return this.source.argSpan(this.source.directiveFirstArg(row) + index);
  }

  /** From the first character of the name to the end of the line, or of the closing tag. */
  range(row: number): Span {
    return new Span(this.source, this.source.directiveStart(row), this.source.directiveEnd(row));
  }

  /** A section's opening tag; a line's range for a line. */
  headRange(row: number): Span {
    const headEnd = this.source.directiveHeadEnd(row);
    return new Span(this.source, this.source.directiveStart(row), headEnd === NO_HEAD ? this.source.directiveEnd(row) : headEnd);
  }
}

/**
 * A row as an object, for what must keep a line or section (the walk's open sections, the model's lines).
 * Each reading of a file makes its own Lines: within a reading a section is the Line the walk made when it
 * entered it; what must hold across the readings of a file read twice compares rows (tree and row).
 */
export class Line {
  constructor(
    readonly tree: ApacheTree,
    readonly row: number,
  ) {}

  /** The name as written (the Directive's `name`). */
  get written(): string {
    return this.tree.nameOf(this.row).written;
  }

  /** The name's DirectiveName. */
  get directiveName(): DirectiveName {
    return this.tree.nameOf(this.row);
  }

  get file(): string {
    return this.tree.source.file;
  }

  /** Where the name starts in the file's text. */
  get startOffset(): number {
    return this.tree.source.directiveStart(this.row);
  }

  get range(): Span {
    return this.tree.range(this.row);
  }

  /** A section's opening tag (`headRange ?? range` of its Directive). */
  get headRange(): Span {
    return this.tree.headRange(this.row);
  }

  get argCount(): number {
    return this.tree.argCount(this.row);
  }

  /** The range of argument `index` (which must exist). */
  argRange(index: number): Span {
    return this.tree.argRange(this.row, index);
  }

  argValues(): string[] {
    return this.tree.argValues(this.row);
  }

  argRaws(): string[] {
    return this.tree.argRaws(this.row);
  }
}

/** A row's words for the argument checks (directives.ts WordTable), read in place: one reused for every row. */
export class RowWords implements WordTable {
  source: SourceText | undefined = undefined;
  first = 0;
  argCount = 0;

  /** Points at `row` of `tree`; returns itself. */
  at(tree: ApacheTree, row: number): this {
    this.source = tree.source;
    this.first = tree.source.directiveFirstArg(row);
    this.argCount = tree.source.directiveArgCount(row);
    return this;
  }

  argsFilled(count: number): boolean {
    for (let index = 0; index < count; index++) if (this.source!.argEmpty(this.first + index)) return false;
    return true;
  }

  argIsOneOf(index: number, words: readonly string[]): boolean {
    return this.source!.argIsOneOf(this.first + index, words);
  }
}

const trees = new WeakMap<ConfigFile, ApacheTree>();

/** The rows of a file the Apache reader parsed; undefined for a file it could not read (it has no directives). */
export function treeOf(file: ConfigFile): ApacheTree | undefined {
  return trees.get(file);
}

/**
 * A parsed file whose `directives` are made from its rows when first read (every directive of the file at
 * once, so that they are the same objects at each read). Assigning `directives` replaces them; the walks
 * read the rows, which assigning does not change (the run empties the trees once the models are built).
 */
export function apacheFile(path: string, text: string, tree: ApacheTree, comments: Comment[], diagnostics: LoadDiagnostic[]): ConfigFile {
  let directives: Directive[] | undefined;
  const file: ConfigFile = { path, dialect: 'apache', text, directives: [], comments, diagnostics };
  Object.defineProperty(file, 'directives', {
    enumerable: true,
    configurable: true,
    get: () => (directives ??= tree.top()),
    set: (value: Directive[]) => {
      directives = value;
      tree.forget();
    },
  });
  trees.set(file, tree);
  return file;
}
