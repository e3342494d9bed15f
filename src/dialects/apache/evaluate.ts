// Walks an Apache tree the way httpd reads it: in order, Define/LoadModule/ServerRoot as they come,
// conditional sections (<IfDefine>, <IfModule>, <IfVersion>, <IfFile>, <IfDirective>, <IfSection>)
// decided at read time, Include read in place. The loader and the model share this walk.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { ConfigFile } from '../../syntax/ast.js';
import type { SourceDirective } from '../../syntax/source.js';
import { Line, treeOf, type ApacheTree } from './tree.js';
import { compareVersions } from '../../model/compare-version.js';
import { isKnownDirective, isKnownSection, NameRole, type DirectiveName } from './directives.js';

/** What the walk knows at a point of the tree: the state Apache's config reader has there. */
export interface WalkState {
  /** `Define`d variables (`${NAME}`) and parameters (`<IfDefine NAME>`). */
  defines: Map<string, string>;
  /** Modules named by a `LoadModule` read so far, as `ssl` for `ssl_module` or `mod_ssl.c`. */
  loadedModules: Set<string>;
  /** ServerRoot as written (after `${}`), or undefined until one is read. */
  serverRoot: string | undefined;
  /** The Apache version `<IfVersion>` compares against. */
  serverVersion: string;
  /** Maps a path as the server sees it into the checkout (--map), for `<IfFile>`. */
  mapPath(path: string): string;
  /** Where relative paths resolve when no ServerRoot was read: the main file's directory. */
  defaultServerRoot: string;
}

/** Modules compiled into Debian's apache2 (`apache2 -l`); upstream builds compile in core, so and http_core too. */
const COMPILED_IN = new Set(['core', 'so', 'watchdog', 'http_core', 'log_config', 'logio', 'version', 'unixd']);

/** The module key of `ssl_module`, `mod_ssl.c` or `mod_ssl.so`: `ssl`. MPMs (`mpm_event_module`, `event.c`) keep their base name. */
export function moduleKey(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('_module')) return lower.slice(0, -'_module'.length).replace(/^mpm_/, '');
  return lower.replace(/^mod_/, '').replace(/\.(c|so)$/, '');
}

/**
 * True when module `name` counts as loaded. Until the tree has read a `LoadModule`, every module counts
 * as loaded: a file linted alone (a `sites-enabled/` vhost, an `.htaccess`) is written for a server that
 * has the modules it uses, and reading `<IfModule mod_ssl.c>` as false would hide every TLS setting.
 * Once a `LoadModule` is read, only the modules loaded so far and the compiled-in ones count, as in httpd.
 */
export function moduleLoaded(name: string, state: WalkState): boolean {
  const key = moduleKey(name);
  if (state.loadedModules.size === 0) return true;
  return state.loadedModules.has(key) || COMPILED_IN.has(key);
}

// server/core.c ap_resolve_env: `${NAME}` is replaced by a Define'd value; an undefined one stays as
// written (httpd warns "Config variable ${NAME} is not defined"). Environment variables of the
// machine running tlslint are not read: they are not the server's.
/**
 * Longest value a substitution may produce. httpd refuses a line longer than its limit (MAX_STRING_LEN,
 * 8 KiB); a Define that repeats itself (`Define A ${A}${A}`) would otherwise grow without bound.
 */
const MAX_SUBSTITUTED = 64 * 1024;

/** `value` with each `${NAME}` replaced by its `Define`d value; left as written when the result would be too long. */
export function substitute(value: string, state: Pick<WalkState, 'defines'>): string {
  // The replacing is a function of its own: the closure's variables made V8 allocate a context on every
  // call, also for the values without `${` (almost all: ~48 bytes for each argument the model reads).
  return value.includes('${') ? substituted(value, state) : value;
}

function substituted(value: string, state: Pick<WalkState, 'defines'>): string {
  let length = 0;
  const result = value.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
    const replacement = state.defines.get(name) ?? whole;
    length += replacement.length;
    return length > MAX_SUBSTITUTED ? whole : replacement;
  });
  return result.length > MAX_SUBSTITUTED ? value : result;
}

/** The ServerRoot relative paths resolve against (server/config.c ap_server_root_relative). */
export function serverRootOf(state: WalkState): string {
  return state.serverRoot ?? state.defaultServerRoot;
}

/** `path` resolved as httpd does: absolute as is, relative to ServerRoot; then mapped into the checkout. */
export function serverPath(path: string, state: WalkState): string {
  return state.mapPath(isAbsolute(path) ? path : join(state.mapPath(serverRootOf(state)), path));
}

/** A leading `!` and the rest. */
function negation(arg: string): { negated: boolean; name: string } {
  return arg.startsWith('!') ? { negated: true, name: arg.slice(1) } : { negated: false, name: arg };
}

// modules/core/mod_version.c: `<IfVersion [[!]operator] version>`; operators = == > >= < <= and ~ or
// /regex/ for a regular expression; without an operator, `=`.
function versionMatches(args: string[], version: string): boolean {
  if (args.length === 0) return false;
  let [operator, wanted] = args.length >= 2 ? [args[0], args[1]] : ['=', args[0]];
  let negated = false;
  if (operator.startsWith('!')) {
    negated = true;
    operator = operator.slice(1) || '=';
  }
  let result: boolean;
  if (operator === '~' || (args.length === 1 && wanted.startsWith('/') && wanted.endsWith('/') && wanted.length > 1)) {
    const pattern = operator === '~' ? wanted : wanted.slice(1, -1);
    result = safeRegexTest(pattern, version);
  } else {
    const order = compareVersions(version, wanted);
    switch (operator) {
      case '=': case '==': result = order === 0; break;
      case '>': result = order > 0; break;
      case '>=': result = order >= 0; break;
      case '<': result = order < 0; break;
      case '<=': result = order <= 0; break;
      default: return false;
    }
  }
  return negated ? !result : result;
}

function safeRegexTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
}

/** Whether a conditional section's content is read, given its arguments' values and the state at its opening tag. */
function conditionHolds(values: readonly string[], state: WalkState, sectionName: DirectiveName): boolean {
  const args = values.map((value) => substitute(value, state));
  const kind = sectionName.lower;
  if (kind === 'ifversion') return versionMatches(args, state.serverVersion);
  if (args.length === 0) return false;
  const { negated, name } = negation(args[0]);
  let holds: boolean;
  switch (kind) {
    // server/core.c start_ifdefine: true when the name was given with -D or by Define.
    case 'ifdefine': holds = state.defines.has(name); break;
    case 'ifmodule': holds = moduleLoaded(name, state); break;
    // server/core.c start_iffile: the path, relative to ServerRoot, exists.
    case 'iffile': holds = existsSync(serverPath(name, state)); break;
    case 'ifdirective': holds = isKnownDirective(name); break;
    case 'ifsection': holds = isKnownSection(name); break;
    default: holds = false;
  }
  return negated ? !holds : holds;
}

/** Applies a line that changes the read-time state (Define, UnDefine, LoadModule, ServerRoot), given its arguments' values. */
function applyStateDirective(values: readonly string[], state: WalkState, name: DirectiveName): void {
  if (name.role !== NameRole.State) return;
  const args = values.map((value) => substitute(value, state));
  if (args.length === 0) return;
  const lower = name.lower;
  if (lower === 'define') state.defines.set(args[0], args[1] ?? '');
  else if (lower === 'undefine') state.defines.delete(args[0]);
  else if (lower === 'loadmodule') state.loadedModules.add(moduleKey(args[0]));
  else state.serverRoot = args[0];
}

/**
 * Callbacks of a walk. The walk reads the rows of each file's table (tree.ts) and hands on a line as its
 * row; an object only for an Include line (its Directive, which the loader attaches files to) and for each
 * section it enters (a Line, the same object in `sections` for all it encloses).
 */
export interface WalkHooks {
  /** The files an Include reads, in order, given the state and the enclosing sections where it stands; iterated as the walk reads them. */
  include(directive: SourceDirective, file: ConfigFile, state: WalkState, sections: readonly Line[]): Iterable<ConfigFile>;
  /** Called when the walk starts and ends reading a file. */
  enter?(file: ConfigFile): void;
  leave?(file: ConfigFile): void;
  /**
   * Every line and section read (conditionals and includes excepted): row `row` of `tree`, with its enclosing
   * sections and its name. `section` is the section's Line (undefined for a line), which then encloses what
   * the walk reads until it leaves the section.
   */
  directive?(tree: ApacheTree, row: number, section: Line | undefined, file: ConfigFile, sections: readonly Line[], state: WalkState, name: DirectiveName): void;
  /** Every conditional section read (httpd evaluates its tag), before its content is taken or skipped. */
  conditional?(tree: ApacheTree, row: number, file: ConfigFile, sections: readonly Line[]): void;
}

/** Most nested includes the walk follows; the loader already stops at --max-include-depth. */
const MAX_WALK_DEPTH = 256;

/** Most file readings one walk makes unless told otherwise: a file included twice is read twice, as httpd does. */
export const DEFAULT_MAX_READINGS = 100_000;

interface Budget {
  left: number;
}

/**
 * Walks `file` and what it includes, in the order httpd reads them. `maxReadings` bounds the files read
 * (each reading of a file included twice counts), so files that include each other twice over cannot
 * make the walk exponential.
 */
export function walkApache(file: ConfigFile, state: WalkState, hooks: WalkHooks, maxReadings = DEFAULT_MAX_READINGS): void {
  walkFile(file, state, hooks, [], new Set(), { left: maxReadings + 1 });
}

function walkFile(file: ConfigFile, state: WalkState, hooks: WalkHooks, sections: Line[], chain: Set<ConfigFile>, budget: Budget): void {
  if (chain.has(file) || chain.size >= MAX_WALK_DEPTH || budget.left <= 0) return;
  budget.left--;
  chain.add(file);
  hooks.enter?.(file);
  // A file the reader could not read has no rows (and no directives).
  const tree = treeOf(file);
  if (tree !== undefined) walkRows(tree, 0, tree.count, file, state, hooks, sections, chain, budget);
  hooks.leave?.(file);
  chain.delete(file);
}

/** Walks the rows from `from` up to `to` at the level of `from`, and the content of each section taken. */
function walkRows(
  tree: ApacheTree, from: number, to: number, file: ConfigFile, state: WalkState, hooks: WalkHooks, sections: Line[], chain: Set<ConfigFile>, budget: Budget,
): void {
  for (let row = from; row < to; row = tree.next(row)) {
    // The row's DirectiveName (by the id its table keeps) answers what the walk and its hooks ask of the
    // name: the loader's walk reads every line of the tree, and the model's reads it again.
    const name = tree.nameOf(row);
    const role = name.role;
    if (tree.isSection(row)) {
      if (role === NameRole.Conditional) {
        hooks.conditional?.(tree, row, file, sections);
        if (conditionHolds(tree.argValues(row), state, name)) walkRows(tree, row + 1, tree.next(row), file, state, hooks, sections, chain, budget);
        continue;
      }
      const section = new Line(tree, row);
      hooks.directive?.(tree, row, section, file, sections, state, name);
      sections.push(section);
      walkRows(tree, row + 1, tree.next(row), file, state, hooks, sections, chain, budget);
      sections.pop();
      continue;
    }
    if (role === NameRole.Include) {
      for (const child of hooks.include(tree.directive(row), file, state, sections)) walkFile(child, state, hooks, sections, chain, budget);
      continue;
    }
    if (role === NameRole.State) applyStateDirective(tree.argValues(row), state, name);
    hooks.directive?.(tree, row, undefined, file, sections, state, name);
  }
}
