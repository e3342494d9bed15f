// Loads an nginx config tree: parses the entry file and, recursively, every file it includes.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { ConfigFile, Directive } from '../../syntax/ast.js';
import type { LoadContext } from '../dialect.js';
import { announceLimit, chainText, includeSite, pathExists, reportAt, type IncludeWalk } from '../include-walk.js';
import { mapPath } from '../../model/files.js';
import { expandGlob, hasGlob, MAX_GLOB_ENTRIES } from '../glob.js';
import { failureText, LimitExceeded, readConfigFile } from '../read-config.js';
import { parseNginx } from './parse.js';
import { publishedInclude } from './published.js';

/** One entry's walk: the conf prefix, the files on the current include chain, the file reads counted. */
interface Walk extends IncludeWalk {
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
export async function loadNginx(entry: string, context: LoadContext): Promise<ConfigFile[]> {
  const entryPath = resolve(entry);
  let root: ConfigFile;
  try {
    root = context.cache.get(entryPath) ?? readConfig(entryPath, context);
  } catch (error) {
    throw new Error(`Cannot read nginx config "${entryPath}": ${failureText(error)}`);
  }
  const realEntry = realPathOr(entryPath);
  const walk: Walk = { context, prefix: dirname(entryPath), chain: [realEntry], reads: 0, full: false, announced: new Set() };
  resolveIncludes(root, walk);
  if (!extents.has(root)) extents.set(root, extentOf(root));
  return collectFiles(root);
}

// Files are read synchronously: the run needs each file before it can go on, and awaiting 1,000 reads
// through libuv's thread pool left a 10,000-server run idle for 0.3 s of its 2.6 s.
function readConfig(path: string, context: LoadContext): ConfigFile {
  return readConfigFile(path, context, parseNginx);
}

function markResolved(file: ConfigFile, context: LoadContext): boolean {
  let done = resolvedFiles.get(context);
  if (!done) resolvedFiles.set(context, (done = new WeakSet()));
  if (done.has(file)) return false;
  done.add(file);
  return true;
}

// nginx: src/core/ngx_conf_file.c ngx_conf_include parses each included file in place, at the
// include directive, so includes are resolved depth-first in order.
function resolveIncludes(file: ConfigFile, walk: Walk): void {
  if (!markResolved(file, walk.context)) return;
  for (const directive of includeDirectives(file)) {
    if (directive.args.length === 0) continue;
    directive.included = [];
    for (const target of includeTargets(directive, file, walk)) {
      const child = includeFile(target, directive, file, walk);
      if (child) directive.included.push(child);
    }
  }
}

const includesByFile = new WeakMap<ConfigFile, Directive[]>();

/**
 * The file's `include` directives at any depth, in document order, found once: the loader and the model
 * look for them four times, and walking all 460,000 directives of a large tree each time cost 0.1 s.
 */
export function includeDirectives(file: ConfigFile): readonly Directive[] {
  let includes = includesByFile.get(file);
  if (!includes) {
    includes = [];
    const stack: Directive[] = [...file.directives].reverse();
    while (stack.length) {
      const directive = stack.pop()!;
      if (directive.name === 'include') includes.push(directive);
      const children = directive.children;
      if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
    includesByFile.set(file, includes);
  }
  return includes;
}

/** Maps an absolute path through `--map` (shared with certificate paths: src/model/files.ts). */
export { mapPath };

// nginx: ngx_conf_include calls ngx_conf_full_name(cycle, &file, 1), which resolves a relative
// name against the conf prefix (the directory of the main config file); the including file's
// directory and --root are tlslint's fallbacks for fragments linted on their own.
/** Where an include argument may point, most likely first. */
export function candidatePaths(value: string, includer: string, walk: Pick<Walk, 'prefix' | 'context'>): string[] {
  if (isAbsolute(value)) return [mapPath(value, walk.context.pathMaps)];
  const candidates = [join(walk.prefix, value), join(dirname(includer), value), join(resolve(walk.context.root), value)];
  return [...new Set(candidates)];
}

function includeTargets(directive: Directive, file: ConfigFile, walk: Walk): string[] {
  const value = directive.args[0].value;
  const candidates = candidatePaths(value, file.path, walk);
  if (hasGlob(value)) {
    // nginx: ngx_open_glob is called with gl.test = 1, so a glob matching nothing is not an error.
    for (const candidate of candidates) {
      const { paths, cut } = expandGlob(candidate);
      if (cut) {
        walk.context.notify({
          level: 'warning',
          message: `Include glob "${candidate}" (${file.path}:${directive.range.start.line}) visits more than ${MAX_GLOB_ENTRIES} directory entries; none of its matches are read`,
          file: file.path,
        });
        return [];
      }
      if (paths.length) return paths;
    }
    return [];
  }
  for (const candidate of candidates) {
    if (pathExists(candidate)) return [candidate];
  }
  directive.unresolved = true;
  const published = publishedInclude(value);
  if (published) {
    // A file every certbot or Debian host has, missing only from the checkout: its published contents stand in.
    directive.published = published.id;
    walk.context.notify({
      level: 'note',
      message: `Missing include "${value}" (${file.path}:${directive.range.start.line}) read as ${published.source}: ${published.summary} (--map it to lint the real file)`,
      file: file.path,
    });
    return [];
  }
  reportAt(file, directive, 'include-not-found', `Missing include "${value}" (tried ${candidates.join(', ')})`);
  return [];
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
    if (!loop) directive.unresolved = true;
    reportAt(includer, directive, loop ? 'include-cycle' : 'include-not-found', `Cannot include "${target}": ${failureText(error)}`);
    return undefined;
  }
  if (walk.chain.includes(real)) {
    reportAt(includer, directive, 'include-cycle', `Include cycle: ${chainText(walk, real)}`);
    return undefined;
  }
  // A named file reached through a symlink is read under its given name (LoadContext.namedByRealPath).
  const named = context.namedByRealPath?.get(real);
  if (named !== undefined) target = named;
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
      directive.unresolved = true;
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
