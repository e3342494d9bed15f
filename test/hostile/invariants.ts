// What every parse result must satisfy whatever the input: ranges inside the file, positions that agree with offsets.
import { walkDirectives, type ConfigFile, type Directive } from '../../src/syntax/ast.js';
import type { Position, SourceRange } from '../../src/syntax/range.js';

/** Offsets where each line starts (lines end at LF, as `Position` counts them). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The 1-based line and column of `offset`. */
function expectedPosition(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

function positionProblem(position: Position, starts: readonly number[], length: number): string | undefined {
  const { offset, line, column } = position;
  if (!Number.isInteger(offset) || offset < 0 || offset > length) return `offset ${offset} outside 0..${length}`;
  const expected = expectedPosition(starts, offset);
  if (line !== expected.line || column !== expected.column) {
    return `offset ${offset} is ${expected.line}:${expected.column}, not ${line}:${column}`;
  }
  return undefined;
}

/** Problems with one range of `file`: another file, outside the text, end before start, or positions off. */
function rangeProblems(range: SourceRange, file: ConfigFile, starts: readonly number[], what: string): string[] {
  const problems: string[] = [];
  if (range.file !== file.path) problems.push(`${what}: range names file ${JSON.stringify(range.file)}`);
  for (const [end, position] of [['start', range.start], ['end', range.end]] as const) {
    const problem = positionProblem(position, starts, file.text.length);
    if (problem) problems.push(`${what} ${end}: ${problem}`);
  }
  if (range.end.offset < range.start.offset) problems.push(`${what}: ends at ${range.end.offset} before it starts at ${range.start.offset}`);
  return problems;
}

function directiveProblems(directives: readonly Directive[], file: ConfigFile, starts: readonly number[], out: string[]): void {
  // An explicit stack (the tree may be as deep as the parser allows), popped in document order.
  const stack = [...directives].reverse();
  while (stack.length) {
    const directive = stack.pop()!;
    const what = `directive ${JSON.stringify(directive.name.slice(0, 40))}`;
    out.push(...rangeProblems(directive.range, file, starts, what));
    out.push(...rangeProblems(directive.nameRange, file, starts, `${what} name`));
    if (directive.headRange) out.push(...rangeProblems(directive.headRange, file, starts, `${what} head`));
    for (const arg of directive.args) out.push(...rangeProblems(arg.range, file, starts, `${what} argument`));
    const children = directive.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
}

/**
 * Everything wrong with a parse result of `path`: its diagnostics must be `parse-error`s and every range
 * (diagnostics, directives, names, arguments, comments) must lie inside `file.text` with line and column
 * matching the offset. An empty list means the result is sound.
 */
export function parseResultProblems(file: ConfigFile, path: string): string[] {
  const problems: string[] = [];
  if (file.path !== path) problems.push(`path ${JSON.stringify(file.path)} instead of ${JSON.stringify(path)}`);
  if (typeof file.text !== 'string') return [...problems, 'no text'];
  const starts = lineStarts(file.text);
  for (const diagnostic of file.diagnostics) {
    if (diagnostic.ruleId !== 'parse-error') problems.push(`diagnostic of kind ${diagnostic.ruleId} from the parser`);
    if (!diagnostic.message) problems.push('diagnostic without a message');
    problems.push(...rangeProblems(diagnostic.range, file, starts, `diagnostic ${JSON.stringify(diagnostic.message)}`));
  }
  for (const comment of file.comments) problems.push(...rangeProblems(comment.range, file, starts, 'comment'));
  directiveProblems(file.directives, file, starts, problems);
  return problems;
}

/** The same checks for a loaded file: diagnostics may also be include problems. */
export function loadedFileProblems(file: ConfigFile): string[] {
  const parsed = { ...file, diagnostics: file.diagnostics.filter((d) => d.ruleId === 'parse-error') };
  const starts = lineStarts(file.text);
  const includeProblems = file.diagnostics
    .filter((d) => d.ruleId !== 'parse-error')
    .flatMap((d) => rangeProblems(d.range, file, starts, `${d.ruleId} ${JSON.stringify(d.message)}`));
  return [...parseResultProblems(parsed, file.path), ...includeProblems];
}

/** Longest chain of includes below `file`, and how many file reads expanding every include takes (nginx's work). */
export function expansion(file: ConfigFile, memo = new Map<ConfigFile, { depth: number; reads: number }>()): { depth: number; reads: number } {
  const known = memo.get(file);
  if (known) return known;
  let depth = 0;
  let reads = 1;
  for (const directive of walkDirectives(file.directives)) {
    for (const child of directive.included ?? []) {
      const below = expansion(child, memo);
      depth = Math.max(depth, below.depth + 1);
      reads += below.reads;
    }
  }
  const result = { depth, reads };
  memo.set(file, result);
  return result;
}
