// Reads the copied nginx corpus and its crossplane oracle, and maps our AST to crossplane's shape.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Arg, Directive } from '../../../src/syntax/ast.js';

/** Root of the copied corpus (fixtures/corpus/nginx). */
export const CORPUS_ROOT = fileURLToPath(new URL('../../../fixtures/corpus/nginx/', import.meta.url));

const NOT_CONFIG = /^(LICENSE.*|NOTICE|COPYRIGHT\.debian|README\.md|PROVENANCE\.tsv)$/;

/** Corpus config files, as paths relative to the corpus root (the oracle's keys). */
export function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_oracle') walk(path);
      } else if (!NOT_CONFIG.test(entry.name)) files.push(relative(CORPUS_ROOT, path));
    }
  };
  walk(CORPUS_ROOT);
  return files.sort();
}

/** The text of a corpus file, decoded as the loader decodes it. */
export function corpusText(file: string): string {
  return new TextDecoder('utf-8').decode(readFileSync(join(CORPUS_ROOT, file)));
}

/** A crossplane `parsed` entry. */
export interface CrossplaneDirective {
  directive: string;
  line: number;
  args: string[];
  block?: CrossplaneDirective[];
  comment?: string;
  includes?: number[];
}

interface CrossplanePayload {
  status: string;
  config: Array<{ file: string; status: string; parsed: CrossplaneDirective[] }>;
}

const oracleCache = new Map<string, Record<string, CrossplanePayload>>();

/** crossplane's single-file parse of `file` (a corpus-relative path). */
export function crossplaneOracle(file: string): CrossplanePayload {
  const source = file.split('/')[0];
  let oracle = oracleCache.get(source);
  if (!oracle) {
    oracle = JSON.parse(readFileSync(join(CORPUS_ROOT, '_oracle/crossplane/single', `${source}.json`), 'utf8')) as Record<string, CrossplanePayload>;
    oracleCache.set(source, oracle);
  }
  return oracle[file];
}

/** crossplane's follow-includes parse, keyed by entry path. */
export function crossplaneWithIncludes(): Record<string, CrossplanePayload> {
  return JSON.parse(readFileSync(join(CORPUS_ROOT, '_oracle/crossplane/with-includes.json'), 'utf8')) as Record<string, CrossplanePayload>;
}

// crossplane: crossplane/lexer.py removes the quotes and turns only \<quote> into <quote> inside
// quoted words; bare words stay as written.
/** An argument as crossplane reports it. */
export function crossplaneArg(arg: Arg): string {
  if (arg.quoted === null) return arg.raw;
  const closed = arg.raw.length > 1 && arg.raw.endsWith(arg.quoted);
  const inner = arg.raw.slice(1, closed ? -1 : undefined);
  return inner.split(`\\${arg.quoted}`).join(arg.quoted);
}

/** The directive name as crossplane reports it, from the name's source text. */
function crossplaneName(directive: Directive, text: string): string {
  const raw = text.slice(directive.nameRange.start.offset, directive.nameRange.end.offset);
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : null;
  return crossplaneArg({ value: directive.name, raw, quoted: quote, range: directive.nameRange });
}

/** Our directives in crossplane's shape (comments left out; Lua bodies as a last argument). */
export function toCrossplane(directives: readonly Directive[], text: string): CrossplaneDirective[] {
  return directives.map((directive) => {
    const args = directive.args.map(crossplaneArg);
    if (directive.rawBlock !== undefined) args.push(directive.rawBlock);
    const out: CrossplaneDirective = { directive: crossplaneName(directive, text), line: directive.nameRange.start.line, args };
    if (directive.children) out.block = toCrossplane(directive.children, text);
    return out;
  });
}

/** crossplane's tree without comments and include indexes. */
export function withoutComments(parsed: readonly CrossplaneDirective[]): CrossplaneDirective[] {
  return parsed
    .filter((directive) => directive.directive !== '#')
    .map(({ directive, line, args, block }) => (block ? { directive, line, args, block: withoutComments(block) } : { directive, line, args }));
}
