// What the three loaders' include walks share: how a missing file is told from an unreadable one, and how an
// include's place, a cycle and a skipped include are worded.
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { ConfigFile, Directive, LoadDiagnostic } from '../syntax/ast.js';
import type { LoadContext } from './dialect.js';

/** What these helpers read of a loader's walk over one entry's includes. */
export interface IncludeWalk {
  context: LoadContext;
  /** The directory of the entry file: paths in messages are shown relative to it. */
  prefix: string;
  /** Real paths of the files being read, outermost first. */
  chain: string[];
  /** Limits already announced for this entry (each is announced once). */
  announced: Set<'depth' | 'files'>;
}

export function pathExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    // A file we may not read still exists: the read reports why it failed.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'ELOOP';
  }
}

export function reportAt(file: ConfigFile, directive: Directive, ruleId: LoadDiagnostic['ruleId'], message: string): void {
  file.diagnostics.push({ ruleId, message, range: directive.range });
}

/** The include chain ending at `last`, as `a.conf -> b.conf -> a.conf`. */
export function chainText(walk: IncludeWalk, last: string): string {
  return [...walk.chain, last].map((path) => relative(walk.prefix, path) || path).join(' -> ');
}

/** Tells the run, once per entry and kind, that a limit made the loader skip an include. */
export function announceLimit(walk: IncludeWalk, kind: 'depth' | 'files', includer: ConfigFile, message: string): void {
  if (walk.announced.has(kind)) return;
  walk.announced.add(kind);
  walk.context.notify({ level: 'warning', message, file: includer.path });
}

/** `"target" (included at file:line)`, with paths relative to the entry's directory. */
export function includeSite(target: string, directive: Directive, includer: ConfigFile, walk: IncludeWalk): string {
  const shown = (path: string) => relative(walk.prefix, path) || path;
  return `"${shown(target)}" (included at ${shown(includer.path)}:${directive.range.start.line})`;
}
