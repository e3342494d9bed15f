// Walks an Apache tree the way httpd reads it: in order, Define/LoadModule/ServerRoot as they come,
// conditional sections (<IfDefine>, <IfModule>, <IfVersion>, <IfFile>, <IfDirective>, <IfSection>)
// decided at read time, Include read in place. The loader and the model share this walk.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { ConfigFile, Directive } from '../../syntax/ast.js';
import { argValuesOf } from '../../syntax/source.js';
import { compareVersions } from '../../model/compare-version.js';
import { isKnownDirective, isKnownSection, NameRole, nameOfDirective, type DirectiveName } from './directives.js';

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

/** Whether a conditional section's content is read, given the state at its opening tag. */
export function conditionHolds(section: Directive, state: WalkState, sectionName = nameOfDirective(section)): boolean {
  const args = argValuesOf(section).map((value) => substitute(value, state));
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

/** Applies a directive that changes the read-time state (Define, UnDefine, LoadModule, ServerRoot). */
export function applyStateDirective(directive: Directive, state: WalkState, name = nameOfDirective(directive)): void {
  if (name.role !== NameRole.State) return;
  const args = argValuesOf(directive).map((value) => substitute(value, state));
  if (args.length === 0) return;
  const lower = name.lower;
  if (lower === 'define') state.defines.set(args[0], args[1] ?? '');
  else if (lower === 'undefine') state.defines.delete(args[0]);
  else if (lower === 'loadmodule') state.loadedModules.add(moduleKey(args[0]));
  else state.serverRoot = args[0];
}

/** True for `Include` and `IncludeOptional` (names are case-insensitive). */
export function isInclude(directive: Directive): boolean {
  return nameOfDirective(directive).role === NameRole.Include;
}

/** Callbacks of a walk. */
export interface WalkHooks {
  /** The files an Include reads, in order, given the state and the enclosing sections where it stands; iterated as the walk reads them. */
  include(directive: Directive, file: ConfigFile, state: WalkState, sections: readonly Directive[]): Iterable<ConfigFile>;
  /** Called when the walk starts and ends reading a file. */
  enter?(file: ConfigFile): void;
  leave?(file: ConfigFile): void;
  /** Every directive read (conditionals and includes excepted), with its enclosing sections and its name. */
  directive?(directive: Directive, file: ConfigFile, sections: readonly Directive[], state: WalkState, name: DirectiveName): void;
  /** Every conditional section read (httpd evaluates its tag), before its content is taken or skipped. */
  conditional?(directive: Directive, file: ConfigFile, sections: readonly Directive[]): void;
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

function walkFile(file: ConfigFile, state: WalkState, hooks: WalkHooks, sections: Directive[], chain: Set<ConfigFile>, budget: Budget): void {
  if (chain.has(file) || chain.size >= MAX_WALK_DEPTH || budget.left <= 0) return;
  budget.left--;
  chain.add(file);
  hooks.enter?.(file);
  walkDirectives(file.directives, file, state, hooks, sections, chain, budget);
  hooks.leave?.(file);
  chain.delete(file);
}

function walkDirectives(
  directives: readonly Directive[], file: ConfigFile, state: WalkState, hooks: WalkHooks, sections: Directive[], chain: Set<ConfigFile>, budget: Budget,
): void {
  for (const directive of directives) {
    // The line's DirectiveName (by the id its file's table keeps) answers what the walk and its hooks ask
    // of the name: the loader's walk reads every line of the tree, and the model's reads it again.
    const name = nameOfDirective(directive);
    const role = name.role;
    if (directive.children !== undefined) {
      if (role === NameRole.Conditional) {
        hooks.conditional?.(directive, file, sections);
        if (conditionHolds(directive, state, name)) walkDirectives(directive.children, file, state, hooks, sections, chain, budget);
        continue;
      }
      hooks.directive?.(directive, file, sections, state, name);
      sections.push(directive);
      walkDirectives(directive.children, file, state, hooks, sections, chain, budget);
      sections.pop();
      continue;
    }
    if (role === NameRole.Include) {
      for (const child of hooks.include(directive, file, state, sections)) walkFile(child, state, hooks, sections, chain, budget);
      continue;
    }
    if (role === NameRole.State) applyStateDirective(directive, state, name);
    hooks.directive?.(directive, file, sections, state, name);
  }
}
