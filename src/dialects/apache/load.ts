// Loads an Apache httpd config tree: parses the entry and, in reading order, every file it includes.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { ConfigFile, Directive } from '../../syntax/ast.js';
import type { LoadContext } from '../dialect.js';
import { announceLimit, chainText, includeSite, pathExists, reportAt, type IncludeWalk } from '../include-walk.js';
import { compareBytes, expandGlob, hasGlob, MAX_GLOB_ENTRIES } from '../glob.js';
import { mapPath } from '../../model/files.js';
import { failureText, LimitExceeded, readConfigFile } from '../read-config.js';
import { serverRootOf, substitute, walkApache, type WalkState } from './evaluate.js';
import { argumentProblem, NameRole, sectionProblem, takenUnread, type DirectiveName } from './directives.js';
import { RowWords, treeOf, type ApacheTree, type Line } from './tree.js';
import { spanOf } from '../../syntax/range.js';
import { parseApache } from './parse.js';
import { argValuesOf, type SourceText } from '../../syntax/source.js';
import { APACHE_DEFAULT_VERSION } from './versions.js';

/** One entry's load: the files on the include chain, file reads counted, limits announced. */
interface Walk extends IncludeWalk {
  reads: number;
  full: boolean;
  /** Real paths of the files read, found once each (realpath is a system call per file). */
  realPaths: WeakMap<ConfigFile, string>;
  /** The file whose lines were last checked (checkArguments) and its checked-line bytes: kept for this load only. */
  lastChecked: CheckedLines | undefined;
  /**
   * Regular files a glob's directory listing found, with their real paths (their directory's real path plus
   * their name): such a file needs no stat and no realpath of its own, two system calls per site of a
   * `sites-enabled/*.conf` with 1,000 sites.
   */
  listedFiles: Map<string, string>;
  /** Real paths of the directories globs listed (undefined: realpath failed). */
  realDirs: Map<string, string | undefined>;
}

/** The read-time state at the top of `entry`'s tree. */
export function initialState(entry: string, context: Pick<LoadContext, 'pathMaps' | 'serverVersions'>): WalkState {
  return {
    defines: new Map(),
    loadedModules: new Set(),
    serverRoot: undefined,
    serverVersion: context.serverVersions?.apache ?? APACHE_DEFAULT_VERSION,
    mapPath: (path) => mapPath(path, context.pathMaps),
    defaultServerRoot: dirname(entry),
  };
}

/** What a file brings along through what it includes, as httpd reads it: every inclusion read in place. */
interface Extent {
  /** Longest chain of includes below the file. */
  depth: number;
  /** File readings, the file itself included. */
  reads: number;
}

/** Extents of files every Include of which (at any depth below) is resolved: such an extent never changes. */
const extents = new WeakMap<ConfigFile, Extent>();

/**
 * The extent of a file from what its resolved Include directives pulled in. An Include not yet resolved
 * (it sat in a false conditional at each reading so far) counts as nothing until a later reading takes
 * it; such a file's extent may still grow, so it is memoised for this one call only (`memo`), which
 * keeps a tree of files that include each other twice over linear.
 */
function extentOf(file: ConfigFile, memo = new Map<ConfigFile, Extent & { complete: boolean }>(), seen = new Set<ConfigFile>()): Extent & { complete: boolean } {
  const known = extents.get(file);
  if (known) return { ...known, complete: true };
  const memoised = memo.get(file);
  if (memoised) return memoised;
  if (seen.has(file)) return { depth: 0, reads: 1, complete: true };
  seen.add(file);
  let depth = 0;
  let reads = 1;
  let complete = true;
  for (const directive of includesOf(file)) {
    // An Include with `${VAR}` may read other files at a later reading.
    if (directive.included === undefined || includedByValue.has(directive)) complete = false;
    for (const child of allIncluded(directive)) {
      const below = extentOf(child, memo, seen);
      depth = Math.max(depth, below.depth + 1);
      reads += below.reads;
      complete &&= below.complete;
    }
  }
  seen.delete(file);
  const extent = { depth, reads, complete };
  if (complete) extents.set(file, { depth, reads });
  else memo.set(file, extent);
  return extent;
}

const includesByFile = new WeakMap<ConfigFile, Directive[]>();

/** The file's Include and IncludeOptional directives at any depth, in order, found once. */
function includesOf(file: ConfigFile): readonly Directive[] {
  let found = includesByFile.get(file);
  if (!found) {
    found = [];
    // Every row of the table, in document order: each Include's object is the one the walk handed on.
    const tree = treeOf(file);
    const count = tree?.count ?? 0;
    for (let row = 0; row < count; row++) if (tree!.nameOf(row).role === NameRole.Include) found.push(tree!.directive(row));
    includesByFile.set(file, found);
  }
  return found;
}

/**
 * Parses `entry` (absolute path) and every file it includes, walking the tree as httpd reads it
 * (server/config.c): conditional sections decided in order, so an `Include` inside a false
 * `<IfModule>` is not read. Include directives get `included`; problems become diagnostics on them.
 * Throws only when the entry itself cannot be read.
 * @returns the entry first, then every included file once, in reading order.
 */
export async function loadApache(entry: string, context: LoadContext): Promise<ConfigFile[]> {
  const entryPath = resolve(entry);
  let root: ConfigFile;
  try {
    root = context.cache.get(entryPath) ?? readConfigFile(entryPath, context, parseApache);
  } catch (error) {
    throw new Error(`Cannot read Apache config "${entryPath}": ${failureText(error)}`);
  }
  const walk: Walk = { context, prefix: dirname(entryPath), chain: [], reads: 0, full: false, announced: new Set(), realPaths: new WeakMap(), lastChecked: undefined, listedFiles: new Map(), realDirs: new Map() };
  const files = new Set<ConfigFile>([root]);
  walkApache(root, initialState(entryPath, context), {
    enter: (file) => walk.chain.push(walk.realPaths.get(file) ?? realPathOr(file.path)),
    // An Include is resolved when a reading first takes it: one skipped by a false conditional in a
    // file's first reading is read at a later reading that takes it (httpd rereads the file each time).
    leave: () => {
      walk.chain.pop();
    },
    directive: (tree, row, _section, file, sections, _state, name) => checkArguments(tree, row, file, sections, walk, name),
    conditional: (tree, row, file, sections) => checkArguments(tree, row, file, sections, walk, tree.nameOf(row)),
    include(directive, file, state, sections) {
      const tree = treeOf(file)!;
      checkArguments(tree, directive.index, file, sections, walk, tree.nameOf(directive.index));
      const known = includedFiles(directive, state);
      if (known !== undefined) return known;
      const included: ConfigFile[] = [];
      directive.included ??= included;
      const variable = variableArgument(directive);
      if (variable !== undefined) {
        let byValue = includedByValue.get(directive);
        if (!byValue) includedByValue.set(directive, (byValue = new Map()));
        byValue.set(substitute(variable, state), included);
      }
      const targets = includeTargets(directive, file, state, walk);
      // Each target is read just before the walk reads it, so a file included twice is complete (and its
      // extent known) before the second inclusion is counted against the limits.
      return (function* () {
        for (const target of targets) {
          const child = includeFile(target, directive, file, walk);
          if (!child) continue;
          included.push(child);
          files.add(child);
          yield child;
        }
      })();
    },
  }, context.maxIncludedFiles);
  return [...files];
}

/**
 * The files of an Include whose argument holds `${VAR}`, by the value it took at each reading: a file read
 * twice may include other files the second time (`Define SITE b` between the readings).
 */
const includedByValue = new WeakMap<Directive, Map<string, ConfigFile[]>>();

/** The argument of an Include when it holds `${VAR}`. */
function variableArgument(directive: Directive): string | undefined {
  const written = directive.args[0]?.value;
  return written?.includes('${') ? written : undefined;
}

/**
 * The files an Include read in the state `state` (its `${VAR}` value there), or undefined when this reading
 * is its first with that value. The walk that builds the model asks the same.
 */
export function includedFiles(directive: Directive, state: WalkState): ConfigFile[] | undefined {
  const variable = directive.included !== undefined ? variableArgument(directive) : undefined;
  if (variable === undefined) return directive.included;
  return includedByValue.get(directive)?.get(substitute(variable, state));
}

/** Every file an Include read, at any of its readings. */
function allIncluded(directive: Directive): readonly ConfigFile[] {
  const byValue = includedByValue.get(directive);
  return byValue ? [...byValue.values()].flat() : directive.included ?? [];
}

/**
 * The lines whose arguments were checked, as one byte per row of each file's table, so that a file read
 * twice reports each line once. A line takenUnread passes is never marked (httpd takes it at every reading):
 * most trees mark none. A WeakSet of the checked directives, when every checked line was marked, took ~40 ms
 * to fill at 10,000 vhosts and stayed for the GC to trace.
 */
const checkedInTable = new WeakMap<SourceText, Uint8Array>();

/** A file's checked-line bytes (checkedInTable). */
interface CheckedLines {
  source: SourceText;
  bytes: Uint8Array;
}

/** True the first time it is asked about row `row` of `tree`. */
function firstCheck(tree: ApacheTree, row: number, walk: Walk): boolean {
  const source = tree.source;
  // The walk reads a file's lines one after another: the last file's bytes are kept at hand (by this
  // load, so no file's text outlives the run through them).
  let bytes = walk.lastChecked?.source === source ? walk.lastChecked.bytes : checkedInTable.get(source);
  if (!bytes) {
    bytes = new Uint8Array(source.directiveCount);
    checkedInTable.set(source, bytes);
  }
  if (walk.lastChecked?.source !== source) walk.lastChecked = { source, bytes };
  if (bytes[row]) return false;
  bytes[row] = 1;
  return true;
}

/** The words of the line checkArguments looks at. */
const words = new RowWords();

/**
 * A parse-error where httpd refuses a directive's arguments when it reads the line (server/config.c
 * invoke_cmd, mod_headers header_cmd): only lines httpd reads, so none inside a false conditional or a
 * <Macro> body (expanded where it is used). A line with `${VAR}` is left alone: httpd substitutes before
 * splitting words, and a variable tlslint does not know may come from the environment.
 */
function checkArguments(tree: ApacheTree, row: number, file: ConfigFile, sections: readonly Line[], walk: Walk, name: DirectiveName): void {
  // Most lines of a real tree are directives tlslint does not check, or checks by counting words that are
  // all there: they are read in the table, and their arguments are never made.
  const section = tree.isSection(row);
  const check = section ? name.sectionCheck : name.argumentCheck;
  if (check === undefined) return;
  if (takenUnread(check, words.at(tree, row))) return;
  if (!firstCheck(tree, row, walk) || insideMacro(sections)) return;
  if (tree.argsHold(row, '${')) return;
  const values = tree.argValues(row);
  const problem = section ? sectionProblem(name.written, values, name.lower) : argumentProblem(name.written, values, name.lower);
  if (!problem) return;
  const count = tree.argCount(row);
  const whole = section ? tree.headRange(row) : tree.range(row);
  const range = problem.at !== undefined && problem.at < count ? spanOf(tree.argRange(row, problem.at), tree.argRange(row, count - 1)) : whole;
  file.diagnostics.push({ ruleId: 'parse-error', message: problem.message, range });
}

function insideMacro(sections: readonly Line[]): boolean {
  for (const section of sections) if (section.directiveName.lower === 'macro') return true;
  return false;
}

// server/config.c ap_process_fnmatch_configs: a relative path is relative to ServerRoot; wildcards
// may stand in any component; a directory is read whole, its entries sorted, recursively.
function includeTargets(directive: Directive, file: ConfigFile, state: WalkState, walk: Walk): string[] {
  const written = argValuesOf(directive)[0];
  if (written === undefined) return [];
  const value = substitute(written, state);
  const optional = directive.name.toLowerCase() === 'includeoptional';
  const candidates = candidatePaths(value, file.path, state, walk);
  let targets: string[] = [];
  if (hasGlob(value)) {
    for (const candidate of candidates) {
      const { paths, cut, regular } = expandGlob(candidate);
      if (cut) {
        walk.context.notify({
          level: 'warning',
          message: `Include glob "${candidate}" (${file.path}:${directive.range.start.line}) visits more than ${MAX_GLOB_ENTRIES} directory entries; none of its matches are read`,
          file: file.path,
        });
        return [];
      }
      for (const path of regular) listFile(path, walk);
      targets = paths;
      if (targets.length) break;
    }
    // "No matches for the wildcard '*.conf' in '/etc/apache2/sites-enabled', failing" (Include only).
    if (!targets.length && !optional) reportAt(file, directive, 'include-not-found', `Missing include "${value}": the wildcard matches no file (tried ${candidates.join(', ')}); use IncludeOptional if that is intended`);
  } else {
    const found = candidates.find(pathExists);
    if (found) targets = [found];
    // IncludeOptional ignores a missing path (2.4.30 and later).
    else if (!optional) reportAt(file, directive, 'include-not-found', `Missing include "${value}" (tried ${candidates.join(', ')})`);
  }
  return targets.flatMap((target) => (walk.listedFiles.has(target) ? [target] : filesOf(target)));
}

/** Records a regular file a glob listed, with its real path (see Walk.listedFiles). */
function listFile(path: string, walk: Walk): void {
  const directory = dirname(path);
  let realDirectory = walk.realDirs.get(directory);
  if (!walk.realDirs.has(directory)) {
    try {
      realDirectory = realPath(directory);
    } catch {
      realDirectory = undefined;
    }
    walk.realDirs.set(directory, realDirectory);
  }
  if (realDirectory !== undefined) walk.listedFiles.set(path, join(realDirectory, basename(path)));
}

/** Where an Include argument may point, most likely first: ServerRoot, the including file's directory, --root. */
function candidatePaths(value: string, includer: string, state: WalkState, walk: Walk): string[] {
  if (isAbsolute(value)) return [mapPath(value, walk.context.pathMaps)];
  const serverRoot = mapPath(serverRootOf(state), walk.context.pathMaps);
  const candidates = [join(serverRoot, value), join(walk.prefix, value), join(dirname(includer), value), join(resolve(walk.context.root), value)];
  return [...new Set(candidates)];
}

/**
 * A file itself, or every file below a directory in strcmp order (ap_process_resource_config_nofnmatch
 * reads a directory whole, recursively). Directories are entered once each (a symlink loop ends) and at
 * most MAX_GLOB_ENTRIES entries are listed, as for a glob.
 */
function filesOf(path: string, budget = { left: MAX_GLOB_ENTRIES }, seen = new Set<string>()): string[] {
  let entries: string[];
  try {
    if (!statSync(path).isDirectory()) return [path];
    const real = realpathSync(path);
    if (seen.has(real)) return [];
    seen.add(real);
    entries = readdirSync(path).sort(compareBytes);
  } catch {
    return [path];
  }
  budget.left -= entries.length;
  if (budget.left < 0) return [];
  const files: string[] = [];
  for (const name of entries) for (const file of filesOf(join(path, name), budget, seen)) files.push(file);
  return files;
}

function includeFile(target: string, directive: Directive, includer: ConfigFile, walk: Walk): ConfigFile | undefined {
  const { context } = walk;
  let real: string;
  try {
    real = walk.listedFiles.get(target) ?? realPath(target);
  } catch (error) {
    const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
    reportAt(includer, directive, loop ? 'include-cycle' : 'include-not-found', `Cannot include "${target}": ${failureText(error)}`);
    return undefined;
  }
  if (walk.chain.includes(real)) {
    const shown = chainText(walk, real);
    reportAt(includer, directive, 'include-cycle', `Include cycle: ${shown}`);
    return undefined;
  }
  // A file read before brings its own includes along: the limits count them too.
  const known = context.cache.get(target);
  // The cache holds files by the path they were read at: `known.path` is `target`, whose real path is `real`.
  const extent = known && !walk.chain.includes(real) ? extentOf(known) : { depth: 0, reads: 1 };
  if (walk.chain.length + extent.depth > context.maxIncludeDepth) {
    announceLimit(walk, 'depth', includer, `Includes nested deeper than ${context.maxIncludeDepth} levels (--max-include-depth): ${includeSite(target, directive, includer, walk)} is not read, nor is any other include that deep`);
    return undefined;
  }
  if (walk.full || walk.reads + extent.reads > context.maxIncludedFiles) {
    walk.full = true;
    announceLimit(walk, 'files', includer, `More than ${context.maxIncludedFiles} included files (--max-included-files): ${includeSite(target, directive, includer, walk)} and every later include are not read`);
    return undefined;
  }
  try {
    const file = known ?? readConfigFile(target, context, parseApache);
    walk.reads += extent.reads;
    walk.realPaths.set(file, real);
    return file;
  } catch (error) {
    if (error instanceof LimitExceeded) {
      context.notify({ level: 'warning', message: `Skipped ${includeSite(target, directive, includer, walk)}: ${error.message}`, file: includer.path });
    } else {
      reportAt(includer, directive, 'include-not-found', `Cannot include "${target}": ${failureText(error)}`);
    }
    return undefined;
  }
}

function realPathOr(path: string): string {
  try {
    return realPath(path);
  } catch {
    return path;
  }
}

/**
 * realpath(3) in one system call where Node's realpathSync makes an lstat per path component. A path it
 * fails on is tried again the JS way, so errors (and their messages in diagnostics) stay Node's.
 */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return realpathSync(path);
  }
}
