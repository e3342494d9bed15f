// Which endpoints a named file takes part in when it is linted inside a main config's tree (pre-commit passes
// only the changed snippet): findings of those endpoints are reported, not only those placed in the snippet.
import type { ConfigFile, Directive } from '../syntax/ast.js';
import type { SourceRange } from '../syntax/range.js';
import type { TlsModel } from '../model/types.js';
import type { Finding } from './finding.js';

/** An endpoint's block and the named file it includes: findings inside the block belong to the endpoint. */
interface ContributedArea {
  /** The endpoint's block, from its name to the closing brace (or tag). */
  block: SourceRange;
  /** Every file the block includes, at any depth: their findings belong to the endpoint too. */
  includedFiles: ReadonlySet<string>;
  /** Where in the named file the endpoint's configuration continues: the related location findings get. */
  at: SourceRange;
}

/** The message of the related location a reported finding gets in the named file. */
export const CONTRIBUTION_MESSAGE = 'This file is included in the server the finding is about';

/**
 * The areas of the endpoints whose block includes (directly or through further includes) one of `named`.
 * Must run before the model's directive trees are released.
 */
export function contributedAreas(model: TlsModel, named: ReadonlySet<string>): ContributedArea[] {
  const areas: ContributedArea[] = [];
  const files = new Map(model.files.map((file) => [file.path, file]));
  for (const endpoint of model.endpoints) {
    const block = blockAt(files.get(endpoint.range.file), endpoint.range);
    if (!block?.children) continue;
    const included = new Map<string, ConfigFile>();
    collectIncluded(block.children, included);
    const namedFile = [...included.values()].find((file) => named.has(file.path));
    if (namedFile) areas.push({ block: block.range, includedFiles: new Set(included.keys()), at: firstRange(namedFile) });
  }
  return areas;
}

/**
 * `finding` when it lies in a contributed endpoint's block or in a file that block includes, with a related
 * location in the named file added; undefined otherwise.
 */
export function contributedFinding(finding: Finding, areas: readonly ContributedArea[]): Finding | undefined {
  const { file, start } = finding.range;
  const area = areas.find((a) => a.includedFiles.has(file) || (a.block.file === file && start.offset >= a.block.start.offset && start.offset < a.block.end.offset));
  if (!area) return undefined;
  return { ...finding, related: [...finding.related, { range: area.at, message: CONTRIBUTION_MESSAGE }] };
}

/** The block directive of `file` whose head starts where the endpoint's range does. */
function blockAt(file: ConfigFile | undefined, range: SourceRange): Directive | undefined {
  if (!file) return undefined;
  const search = (directives: readonly Directive[]): Directive | undefined => {
    for (const directive of directives) {
      if (directive.range.end.offset <= range.start.offset || directive.range.start.offset > range.start.offset) continue;
      if (directive.children && (directive.headRange ?? directive.range).start.offset === range.start.offset) return directive;
      if (directive.children) return search(directive.children);
    }
    return undefined;
  };
  return search(file.directives);
}

/** Files included under `directives`, followed through their own includes; each once (include cycles end). */
function collectIncluded(directives: readonly Directive[], into: Map<string, ConfigFile>): void {
  for (const directive of directives) {
    for (const file of directive.included ?? []) {
      if (into.has(file.path)) continue;
      into.set(file.path, file);
      collectIncluded(file.directives, into);
    }
    if (directive.children) collectIncluded(directive.children, into);
  }
}

/** The named file's first directive, or its start when it has none (an emptied snippet). */
function firstRange(file: ConfigFile): SourceRange {
  const first = file.directives[0];
  if (first) return first.headRange ?? first.range;
  const origin = { line: 1, column: 1, offset: 0 };
  return { file: file.path, start: origin, end: origin };
}
