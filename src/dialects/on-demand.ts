// Code a parser needs only for the rare file its fast reader gives up on (chevrotain's lexer and parser), imported
// when a file first needs it: a run whose files the fast readers all read never loads it. Parsing runs synchronously
// inside the loaders' walks, which cannot wait for an import, so a parse that finds its module not loaded yet records
// the miss and reads the file as a stand-in; the run then loads what was missed and reads the files again
// (src/engine/run.ts lintGroup), this time as they have always been read.

import type { ConfigFile } from '../syntax/ast.js';

/** Misses so far, and the modules missed and not loaded yet. */
let misses = 0;
const missed = new Set<OnDemand<unknown>>();

/** A module imported on demand (`import()` of a module only parsers need). */
export class OnDemand<T> {
  private module: T | undefined = undefined;
  private loading: Promise<void> | undefined = undefined;

  constructor(private readonly importer: () => Promise<T>) {}

  /** The module when loaded; otherwise undefined, and the miss is counted (see onDemandMisses). */
  get(): T | undefined {
    if (this.module === undefined) {
      misses++;
      missed.add(this);
    }
    return this.module;
  }

  /** Imports the module (once). */
  load(): Promise<void> {
    return (this.loading ??= this.importer().then((module) => {
      this.module = module;
    }));
  }
}

/** How often a parse has found its module not loaded: a load during which this changed read a file as a stand-in. */
export function onDemandMisses(): number {
  return misses;
}

/** Loads every module a parse has missed. */
export async function loadMissedModules(): Promise<void> {
  for (const module of [...missed]) {
    await module.load();
    missed.delete(module);
  }
}

/** What a parse returns for a file it could not read without a missed module: the run reads the file again, and never reports this. */
export function standInFile(text: string, path: string, dialect: string): ConfigFile {
  const start = { line: 1, column: 1, offset: 0 };
  const diagnostic = { ruleId: 'parse-error' as const, message: 'Unread config: its reader was not loaded yet', range: { file: path, start, end: start } };
  return { path, dialect, text, directives: [], comments: [], diagnostics: [diagnostic] };
}
