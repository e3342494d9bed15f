// Reads a loaded Caddyfile tree as Caddy's parser groups it: global options, snippets and server blocks,
// with every `import` expanded in place and each directive keeping the range it was written at.
import type { Arg, ConfigFile, Directive, LoadDiagnostic } from '../../syntax/ast.js';
import { startOffsetOf, type SourceRange } from '../../syntax/range.js';
import { snippetName } from './load.js';
import { KEYLESS_BLOCK } from './to-ast.js';
import { versionAtLeast } from '../../model/compare-version.js';
import { CADDY_DEFAULT_VERSION, IMPORT_ARG_BRACKETS_SINCE } from './versions.js';
import { withEnvDefaults } from './env.js';

export { hasEnvPlaceholder, withEnvDefaults } from './env.js';

/**
 * A directive after import expansion. Its ranges are where it was written (in a snippet: the snippet's
 * line); `importedVia` lists the `import` directives that brought it here, outermost first.
 */
export interface ExpandedDirective extends Directive {
  children?: ExpandedDirective[];
  importedVia: readonly Directive[];
}

/** A site block: `example.com, www.example.com { ... }` or the single-site form. */
export interface CaddySite {
  /** The addresses as written, trailing commas dropped. */
  addresses: Arg[];
  /** The block's head (addresses through `{`): where missing settings are reported. */
  headRange: SourceRange;
  range: SourceRange;
  directives: ExpandedDirective[];
  importedVia: readonly Directive[];
}

/** A Caddyfile as Caddy reads it. */
export interface CaddyConfig {
  /** The directives of the global options block (`{ ... }` first in the file). */
  options: ExpandedDirective[];
  optionsRange: SourceRange | null;
  sites: CaddySite[];
  /** Each snippet definition or imported file that was imported, with the `import` directives that used it. */
  imports: ImportUse[];
}

/** A snippet (its `(name) { }` range) or a whole imported file, and the imports that brought it in. */
export interface ImportUse {
  /** The snippet definition; for a file, a range covering the whole file. */
  range: SourceRange;
  sites: SourceRange[];
}

/** Most directives one expansion may produce: snippets importing snippets twice over grow exponentially. */
export const MAX_EXPANDED_DIRECTIVES = 200_000;
/** Deepest chain of snippet imports followed. */
export const MAX_IMPORT_DEPTH = 30;

/** How to expand: the Caddy version decides which `{args...}` placeholders an import fills. */
export interface ExpandOptions {
  version: string;
}

interface Expansion {
  snippets: Map<string, Directive>;
  /**
   * The written definition of each snippet when it was read as written (outside any import with arguments);
   * null when an import's arguments went over it, which makes each reading a new definition.
   */
  snippetOrigins: Map<string, Directive | null>;
  /** Caddy 2.7+ placeholders: `{args[N]}` and the variadic `{args[a:b]}` besides 2.6's `{args.N}`. */
  brackets: boolean;
  /** Import uses by the snippet definition or file they bring in, with the import sites already recorded. */
  uses: Map<Directive | ConfigFile, ImportUse & { seen: Set<string> }>;
  produced: number;
  /** Where to report a problem found while expanding (once per directive). */
  report(directive: Directive, message: string): void;
}

const reported = new WeakSet<Directive>();

/** Reads the tree rooted at `entry` (files imported by the loader attached to their `import`s). */
export function expandCaddyfile(entry: ConfigFile, options: ExpandOptions = { version: CADDY_DEFAULT_VERSION }): CaddyConfig {
  const filesByPath = new Map<string, ConfigFile>();
  collect(entry, filesByPath);
  const expansion: Expansion = {
    snippets: new Map(),
    snippetOrigins: new Map(),
    brackets: versionAtLeast(options.version, IMPORT_ARG_BRACKETS_SINCE),
    uses: new Map(),
    produced: 0,
    report(directive, message) {
      if (reported.has(directive)) return;
      reported.add(directive);
      const file = filesByPath.get(directive.range.file);
      const diagnostic: LoadDiagnostic = { ruleId: 'parse-error', message, range: directive.nameRange };
      file?.diagnostics.push(diagnostic);
    },
  };
  const top = expandList(entry.directives, [], expansion, 0, true);
  return { ...group(top, expansion), imports: [...expansion.uses.values()].map(({ range, sites }) => ({ range, sites })) };
}

function collect(file: ConfigFile, out: Map<string, ConfigFile>): void {
  if (out.has(file.path)) return;
  out.set(file.path, file);
  const stack = [...file.directives];
  while (stack.length) {
    const directive = stack.pop()!;
    for (const child of directive.included ?? []) collect(child, out);
    if (directive.children) for (const item of directive.children) stack.push(item);
  }
}

// caddy: parse.go doImport replaces `import pattern args...` by the snippet's tokens (args substituted)
// or by every matched file's tokens; snippet definitions at the top level are recorded, not served.
// Deviation: the import is expanded line by line, not token by token: a snippet's braces always balance
// (parse.go snippetTokens), and the oracle cases of test/dialects/caddy/oracle.test.ts (imports in nested,
// header, matcher and tls blocks, whole sites, arguments inside tokens) agree with caddy 2.6.2; but an
// imported *file* is parsed on its own, so a file whose braces only balance with the importing file's (one
// file opening `handle {`, another closing it) is a parse-error here while Caddy splices its tokens.
function expandList(
  directives: readonly Directive[], via: readonly Directive[], expansion: Expansion, depth: number, topLevel: boolean,
  args: readonly string[] | null = null,
): ExpandedDirective[] {
  const out: ExpandedDirective[] = [];
  for (const written of directives) {
    if (expansion.produced > MAX_EXPANDED_DIRECTIVES) {
      expansion.report(written, `Imports expand to more than ${MAX_EXPANDED_DIRECTIVES} directives; the rest is not read`);
      break;
    }
    const directive = args ? substitute(written, args, expansion.brackets) : written;
    // A line whose every token was a variadic placeholder with no arguments is gone.
    if (!directive) continue;
    if (topLevel) {
      const snippet = snippetName(directive);
      if (snippet !== undefined) {
        // caddy: parse.go: "redeclaration of previously declared snippet"
        // A definition brought in by an import with arguments is a new one at each import (a snippet that
        // defines a snippet, imported twice), even when substitute shares the written line.
        if (expansion.snippets.has(snippet) && expansion.snippetOrigins.get(snippet) !== written) {
          expansion.report(written, `Snippet "${snippet}" is already defined; Caddy refuses to redeclare it`);
        }
        expansion.snippets.set(snippet, directive);
        expansion.snippetOrigins.set(snippet, args ? null : written);
        continue;
      }
    }
    if (directive.name === 'import' && directive.args.length) {
      if (depth >= MAX_IMPORT_DEPTH) {
        expansion.report(written, `Imports nested deeper than ${MAX_IMPORT_DEPTH} levels (a snippet importing itself?); this import is not expanded`);
        continue;
      }
      const inner = [...via, written];
      const snippet = expansion.snippets.get(withEnvDefaults(directive.args[0].value));
      if (snippet) {
        recordUse(expansion, snippet, () => snippet.range, written.range);
        const values = directive.args.slice(1).map((arg) => arg.value);
        for (const item of expandList(snippet.children ?? [], inner, expansion, depth + 1, topLevel, values)) out.push(item);
      } else if (!written.included?.length && !/[*?[]/.test(directive.args[0].value)) {
        // An import the loader could not resolve: kept, so the model knows a file it could not read may
        // set anything where it stands.
        out.push(expandedOf(directive, via));
      } else {
        for (const file of written.included ?? []) recordUse(expansion, file, () => wholeFile(file), written.range);
        for (const file of written.included ?? []) for (const item of expandList(file.directives, inner, expansion, depth + 1, topLevel)) out.push(item);
      }
      continue;
    }
    expansion.produced++;
    const expanded = expandedOf(directive, via);
    if (directive.children) expanded.children = expandList(directive.children, via, expansion, depth, false, args);
    out.push(expanded);
  }
  return out;
}

/** Records that the import at `site` brought in `key` (a snippet definition or a file). */
function recordUse(expansion: Expansion, key: Directive | ConfigFile, range: () => SourceRange, site: SourceRange): void {
  let use = expansion.uses.get(key);
  if (!use) expansion.uses.set(key, (use = { range: range(), sites: [], seen: new Set() }));
  // A snippet imported by a snippet is expanded once per outer import: each import site is kept once.
  const siteKey = `${site.file}\0${startOffsetOf(site)}`;
  if (use.seen.has(siteKey)) return;
  use.seen.add(siteKey);
  use.sites.push(site);
}

function wholeFile(file: ConfigFile): SourceRange {
  const end = { line: file.text.split('\n').length, column: 1, offset: file.text.length };
  return { file: file.path, start: { line: 1, column: 1, offset: 0 }, end };
}

/** The directive's own fields (without its children and the loader's `included` files), brought in by `via`. */
function expandedOf(directive: Directive, via: readonly Directive[]): ExpandedDirective {
  const { name, nameRange, args, range, headRange, recovered } = directive;
  return { name, nameRange, args, range, headRange, recovered, importedVia: via };
}

// caddy 2.6: parse.go doImport fills `{args.N}` (a replacer over every imported token's text, so anywhere in
// a token); `{args[N]}` is left as written. caddy 2.7+: importargs.go adds `{args[N]}` (same, anywhere in a
// token) and the variadic `{args[a:b]}` (`{args[:]}` all), which must be a whole token and becomes that many
// tokens. Either way a placeholder whose index is out of range (or a malformed one) is left as written
// (Replacer.ReplaceKnown leaves unknown placeholders).
const ARG_DOT = /\{args\.(\d+)\}/g;
const ARG_ANY = /\{args(?:\[(\d+)\]|\.(\d+))\}/g;
const ARG_RANGE = /^\{args\[(\d*):(\d*)\]\}$/;

/** `written` with the import's arguments put in place of its `{args...}` placeholders, token by token. */
function substitute(written: Directive, values: readonly string[], brackets: boolean): Directive | undefined {
  // Most snippet lines hold no placeholder (`import common` of a snippet of fixed lines): the line as written,
  // shared by every import rather than copied per import (the directive objects are never mutated).
  if (!written.name.includes('{args') && !written.args.some((arg) => arg.value.includes('{args'))) return written;
  const replaceIn = (arg: Arg): Arg[] => {
    if (!arg.value.includes('{args')) return [arg];
    const range = brackets ? ARG_RANGE.exec(arg.value) : null;
    if (range) {
      const from = range[1] ? Number(range[1]) : 0;
      const to = range[2] ? Number(range[2]) : values.length;
      if (from <= to && to <= values.length) return values.slice(from, to).map((value) => ({ ...arg, value }));
      return [arg];
    }
    const pick = (match: string, index: string) => (Number(index) < values.length ? values[Number(index)] : match);
    const value = brackets
      ? arg.value.replace(ARG_ANY, (match, a: string | undefined, b: string | undefined) => pick(match, a ?? b!))
      : arg.value.replace(ARG_DOT, (match, index: string) => pick(match, index));
    return [{ ...arg, value }];
  };
  const name: Arg = { value: written.name, raw: written.name, quoted: null, range: written.nameRange };
  const tokens = [name, ...written.args].flatMap(replaceIn);
  if (tokens.length === 0) return written.children ? { ...written, name: '', args: [] } : undefined;
  const [first, ...rest] = tokens;
  return { ...written, name: first.value, nameRange: first.range, args: rest };
}

// caddy: parse.go parseAll/begin/addresses: a server block is its addresses (a line, continued onto the
// next line after a trailing comma) and a `{ }` block, or, without braces, every directive up to the end
// of the file. caddyconfig/httpcaddyfile/httptype.go: a block with no keys is the global options, and
// only as the first block.
function group(top: ExpandedDirective[], expansion: Expansion): Omit<CaddyConfig, 'imports'> {
  const config: Omit<CaddyConfig, 'imports'> = { options: [], optionsRange: null, sites: [] };
  let pending: ExpandedDirective[] = [];
  for (let index = 0; index < top.length; index++) {
    const statement = top[index];
    if (statement.name === KEYLESS_BLOCK) {
      if (index === 0) {
        config.options = statement.children ?? [];
        config.optionsRange = statement.headRange ?? statement.range;
      } else {
        expansion.report(statement, 'A block with no site address is the global options block, which must come first in the Caddyfile');
      }
      continue;
    }
    // An import the loader could not resolve brings in no site (the model cannot know what it would).
    if (statement.name === 'import' && pending.length === 0) continue;
    // caddy 2.7+: `&(name) { }` defines a named route for `invoke`, not a site.
    if (pending.length === 0 && statement.children && /^&\(.*\)$/.test(statement.name) && statement.args.length === 0) continue;
    pending.push(statement);
    const last = lastWord(statement);
    if (!statement.children && last.endsWith(',') && index + 1 < top.length) continue;
    const first = pending[0];
    const addresses = pending.flatMap((part) => [nameArg(part), ...part.args]).map(withoutComma).filter((arg) => arg.value !== '');
    if (statement.children) {
      config.sites.push({ addresses, headRange: statement.headRange ?? statement.range, range: spanFrom(first.range, statement.range), directives: statement.children, importedVia: first.importedVia });
    } else {
      // The single-site form: no braces, so every later line is a directive of this site.
      const directives = top.slice(index + 1);
      const end = directives.length ? directives[directives.length - 1].range : statement.range;
      config.sites.push({ addresses, headRange: spanFrom(first.range, statement.range), range: spanFrom(first.range, end), directives, importedVia: first.importedVia });
      break;
    }
    pending = [];
  }
  return config;
}

function lastWord(directive: Directive): string {
  return directive.args.length ? directive.args[directive.args.length - 1].value : directive.name;
}

/** The first word of a statement, as an argument (addresses are all words of the line). */
function nameArg(directive: Directive): Arg {
  return { value: directive.name, raw: directive.name, quoted: null, range: directive.nameRange };
}

function withoutComma(arg: Arg): Arg {
  return arg.value.endsWith(',') ? { ...arg, value: arg.value.slice(0, -1) } : arg;
}

function spanFrom(a: SourceRange, b: SourceRange): SourceRange {
  return a.file === b.file ? { file: a.file, start: a.start, end: b.end } : a;
}
