// Loads a Caddyfile tree: parses the entry file and, recursively, every file it `import`s.
// The walk, limits and refusals follow the nginx loader (src/dialects/nginx/load.ts); what differs is
// which `import` is a file (not a snippet), where a relative path points, and which globs Caddy accepts.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { startOffsetOf } from '../../syntax/range.js';
import { walkDirectives, type ConfigFile, type Directive } from '../../syntax/ast.js';
import type { LoadContext } from '../dialect.js';
import { announceLimit, chainText, includeSite, pathExists, reportAt, type IncludeWalk } from '../include-walk.js';
import { expandGlob, hasGlob } from '../glob.js';
import { mapPath } from '../../model/files.js';
import { failureText, LimitExceeded, readConfigFile } from '../read-config.js';
import { readRegularFileHead } from '../../engine/read-file.js';
import { CADDY_JSON, parseCaddyfile, parseCaddyJson } from './parse.js';
import { hasEnvPlaceholder, withEnvDefaults } from './env.js';

/** One entry's walk: the conf prefix, the files on the current include chain, the file reads counted. */
interface Walk extends IncludeWalk {
  /** Names of the snippets defined so far, in Caddy's reading order. */
  snippets: Set<string>;
  /** File reads nginx would do for this entry's includes so far: a file included twice counts twice. */
  reads: number;
  /** Set once the included-files limit is reached: every later include is skipped. */
  full: boolean;
}


/** What expanding a resolved file's includes costs, as nginx expands them: every include read in place. */
interface Extent {
  /** Longest chain of includes below the file. */
  depth: number;
  /** File reads, the file itself included. */
  reads: number;
}

/**
 * Extents of resolved files. Files are resolved once per run and reused wherever they are included again,
 * so limits must count what they bring along (a file reached at depth 2 may carry a chain 300 deep).
 */
const extents = new WeakMap<ConfigFile, Extent>();

/** Files whose include directives were already resolved, per run (each is resolved once). */
const resolvedFiles = new WeakMap<LoadContext, WeakSet<ConfigFile>>();

/**
 * Parses `entry` (absolute path) and every file it includes. Include directives get `included`
 * (in nginx's glob order); problems with includes become diagnostics on the include directive.
 * Files are decoded as UTF-8 with replacement characters and a leading BOM is dropped, so offsets
 * refer to the text after the BOM. Throws only when the entry itself cannot be read.
 * @returns the entry first, then every included file once, depth-first in include order.
 */
export async function loadCaddyfile(entry: string, context: LoadContext): Promise<ConfigFile[]> {
  const entryPath = resolve(entry);
  let root: ConfigFile;
  try {
    root = context.cache.get(entryPath) ?? readConfig(entryPath, context);
  } catch (error) {
    throw new Error(`Cannot read Caddy config "${entryPath}": ${failureText(error)}`);
  }
  const realEntry = realPathOr(entryPath);
  const walk: Walk = { context, prefix: dirname(entryPath), snippets: new Set(), chain: [realEntry], reads: 0, full: false, announced: new Set() };
  resolveIncludes(root, walk);
  if (!extents.has(root)) extents.set(root, extentOf(root));
  return collectFiles(root);
}

/**
 * True when `path` holds Caddy's JSON config: a `.json` name, or text that opens an object with a quoted key
 * (a Caddyfile's global options block never starts with a quote). Unreadable files are left to the loader.
 */
export function isCaddyJson(path: string): boolean {
  if (/\.json$/i.test(path)) return true;
  try {
    // Only the head, of a regular file: a named FIFO or a symlink to /dev/zero must not hang detection (#18).
    const head = readRegularFileHead(path, 4096).toString('utf8').replace(/^\uFEFF/, '');
    return /^\s*\{\s*("|\}\s*$)/.test(head);
  } catch {
    return false;
  }
}

/**
 * Parses a Caddy JSON config file: one file, as JSON has no imports. Read with the Caddyfile's limits and
 * refusals (size, binary, private keys). Throws only when the file cannot be read.
 */
export async function loadCaddyJson(entry: string, context: LoadContext): Promise<ConfigFile[]> {
  const entryPath = resolve(entry);
  const cached = context.cache.get(entryPath);
  if (cached && cached.dialect === CADDY_JSON) return [cached];
  try {
    return [readConfig(entryPath, context, parseCaddyJson)];
  } catch (error) {
    throw new Error(`Cannot read Caddy JSON config "${entryPath}": ${failureText(error)}`);
  }
}

/** One Caddy file, read as every dialect reads its files (src/dialects/read-config.ts). */
function readConfig(path: string, context: LoadContext, parse: (text: string, path: string) => ConfigFile = parseCaddyfile): ConfigFile {
  const file = readConfigFile(path, context, parse);
  if (parse === parseCaddyfile) noteEnvironmentVariables(file, context);
  return file;
}

// caddy: caddyconfig/caddyfile/parse.go replaceEnvVars puts each `{$NAME}` / `{$NAME:default}` in when it
// reads the file (an unset variable without a default becomes an empty string). tlslint does not read the
// environment of the machine linting: the places the value decides (a site address, `protocols`, `ciphers`,
// `tls` files) are unknown, so nothing is concluded about them. One note per file says so.
const ENV_WITHOUT_DEFAULT = /\{\$([^{}:]+)\}/g;

function noteEnvironmentVariables(file: ConfigFile, context: LoadContext): void {
  if (!file.text.includes('{$')) return;
  const names = new Set<string>();
  let line: number | undefined;
  for (const directive of walkDirectives(file.directives)) {
    for (const [value, at] of [[directive.name, directive.nameRange] as const, ...directive.args.map((a) => [a.value, a.range] as const)]) {
      for (const match of value.matchAll(ENV_WITHOUT_DEFAULT)) {
        names.add(`{$${match[1]}}`);
        line ??= at.start.line;
      }
    }
  }
  if (names.size === 0) return;
  const list = [...names];
  const shown = list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', ');
  context.notify({
    level: 'note',
    message: `${shown}: environment variables Caddy puts in when it reads the Caddyfile; tlslint does not read the environment, so the settings they decide are left unknown (write {$NAME:default} to lint a default)`,
    file: file.path,
    line,
  });
}

function markResolved(file: ConfigFile, context: LoadContext): boolean {
  let done = resolvedFiles.get(context);
  if (!done) resolvedFiles.set(context, (done = new WeakSet()));
  if (done.has(file)) return false;
  done.add(file);
  return true;
}

// caddy: parse.go doImport splices each imported file's tokens in place of the `import` line, so imports
// are resolved depth-first in order. An `import` whose name is a snippet defined before it is a snippet
// import, which the model expands (expand.ts); every other one names files.
function resolveIncludes(file: ConfigFile, walk: Walk): void {
  if (!markResolved(file, walk.context)) return;
  const definitions = snippetDefinitions(file);
  let next = 0;
  for (const directive of includeDirectives(file)) {
    const at = startOffsetOf(directive.range);
    while (next < definitions.length && startOffsetOf(definitions[next].range) < at) walk.snippets.add(snippetName(definitions[next++])!);
    if (directive.args.length === 0) continue;
    const pattern = withEnvDefaults(directive.args[0].value);
    // An argument placeholder is only known where the snippet holding this import is imported, an environment
    // variable only where Caddy runs: the import stays unresolved, so what it would bring in is unknown.
    if (walk.snippets.has(pattern) || pattern.includes('{args') || hasEnvPlaceholder(pattern)) continue;
    directive.included = [];
    for (const target of includeTargets(directive, file, walk)) {
      const child = includeFile(target, directive, file, walk);
      if (child) {
        directive.included.push(child);
        for (const imported of collectFiles(child)) for (const snippet of snippetDefinitions(imported)) walk.snippets.add(snippetName(snippet)!);
      }
    }
  }
  for (; next < definitions.length; next++) walk.snippets.add(snippetName(definitions[next])!);
}

/** The snippet a top-level block defines (`(name) { }`), if it is one. */
export function snippetName(directive: Directive): string | undefined {
  // caddy: parse.go isSnippet: a single key with parentheses, followed by a block.
  const name = directive.name;
  if (directive.args.length || !directive.children || name.length < 2 || name[0] !== '(' || name[name.length - 1] !== ')') return undefined;
  return name.slice(1, -1);
}

/** The file's top-level snippet definitions, in order. */
export function snippetDefinitions(file: ConfigFile): Directive[] {
  return file.directives.filter((directive) => snippetName(directive) !== undefined);
}

const includesByFile = new WeakMap<ConfigFile, Directive[]>();

/** The file's `import` directives at any depth (snippet bodies included), in document order, found once. */
export function includeDirectives(file: ConfigFile): readonly Directive[] {
  let includes = includesByFile.get(file);
  if (!includes) {
    includes = [];
    const stack: Directive[] = [...file.directives].reverse();
    while (stack.length) {
      const directive = stack.pop()!;
      if (directive.name === 'import') includes.push(directive);
      const children = directive.children;
      if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
    includesByFile.set(file, includes);
  }
  return includes;
}

// caddy: parse.go doImport joins a relative pattern to the directory of the file holding the import.
/** Where an import argument points. */
export function importPath(value: string, includer: string, context: LoadContext): string {
  return isAbsolute(value) ? mapPath(value, context.pathMaps) : join(dirname(includer), value);
}

// caddy: parse.go doImport: "Glob pattern may only contain one wildcard (*), but has others" (a pattern
// with several `*` or `?`, or a `[...]` class, is refused); a glob matching nothing is only a warning in
// Caddy's log, a plain path that does not exist is an error.
function includeTargets(directive: Directive, file: ConfigFile, walk: Walk): string[] {
  const value = withEnvDefaults(directive.args[0].value);
  const path = importPath(value, file.path, walk.context);
  if (hasGlob(value)) {
    if (count(path, '*') > 1 || count(path, '?') > 1 || (path.includes('[') && path.includes(']'))) {
      reportAt(file, directive, 'parse-error', `Caddy refuses import pattern "${value}": a glob may hold only one wildcard (*)`);
      return [];
    }
    return expandGlob(path).paths;
  }
  if (pathExists(path)) return [path];
  reportAt(file, directive, 'include-not-found', `Missing import "${value}": no snippet of that name is defined before it and no file "${path}" exists`);
  return [];
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** The extent of a file whose includes are resolved, from the extents of what it included. */
function extentOf(file: ConfigFile): Extent {
  let depth = 0;
  let reads = 1;
  for (const directive of includeDirectives(file)) {
    for (const child of directive.included ?? []) {
      const below = extents.get(child) ?? { depth: 0, reads: 1 };
      depth = Math.max(depth, below.depth + 1);
      reads += below.reads;
    }
  }
  return { depth, reads };
}

function includeFile(target: string, directive: Directive, includer: ConfigFile, walk: Walk): ConfigFile | undefined {
  const { context } = walk;
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
    reportAt(includer, directive, loop ? 'include-cycle' : 'include-not-found', `Cannot include "${target}": ${failureText(error)}`);
    return undefined;
  }
  if (walk.chain.includes(real)) {
    reportAt(includer, directive, 'include-cycle', `Include cycle: ${chainText(walk, real)}`);
    return undefined;
  }
  // A file already resolved brings its own includes along: count them too.
  const known = context.cache.get(target);
  const extent = (known && extents.get(known)) ?? { depth: 0, reads: 1 };
  if (walk.chain.length + extent.depth > context.maxIncludeDepth) {
    const site = includeSite(target, directive, includer, walk);
    announceLimit(walk, 'depth', includer, `Includes nested deeper than ${context.maxIncludeDepth} levels (--max-include-depth): ${site} is not read, nor is any other include that deep`);
    return undefined;
  }
  if (walk.full || walk.reads + extent.reads > context.maxIncludedFiles) {
    walk.full = true;
    const site = includeSite(target, directive, includer, walk);
    announceLimit(walk, 'files', includer, `More than ${context.maxIncludedFiles} included files (--max-included-files): ${site} and every later include are not read`);
    return undefined;
  }
  let file: ConfigFile;
  try {
    file = known ?? readConfig(target, context);
  } catch (error) {
    if (error instanceof LimitExceeded) {
      context.notify({ level: 'warning', message: `Skipped ${includeSite(target, directive, includer, walk)}: ${error.message}`, file: includer.path });
    } else {
      reportAt(includer, directive, 'include-not-found', `Cannot include "${target}": ${failureText(error)}`);
    }
    return undefined;
  }
  walk.reads += extent.reads;
  walk.chain.push(real);
  resolveIncludes(file, walk);
  walk.chain.pop();
  if (!extents.has(file)) extents.set(file, extentOf(file));
  return file;
}

function realPathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The entry and every file reachable through `included`, each once, depth-first. */
function collectFiles(root: ConfigFile): ConfigFile[] {
  const seen = new Set<ConfigFile>();
  const visit = (file: ConfigFile): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const directive of includeDirectives(file)) for (const child of directive.included ?? []) visit(child);
  };
  visit(root);
  return [...seen];
}
