// The dialect-neutral syntax tree: every dialect's parser produces these shapes.
import type { SourceRange } from './range.js';

/** One argument of a directive, as written and as the server reads it. */
export interface Arg {
  /** The value after quote removal and escape processing. */
  value: string;
  /** The exact source text, quotes included. */
  raw: string;
  /** The quote character when the argument was quoted; Caddy also has backticks and heredocs (`<<`). */
  quoted: '"' | "'" | '`' | '<<' | null;
  range: SourceRange;
}

/** A comment, kept because it carries suppressions and test annotations. */
export interface Comment {
  /** Text after the comment marker, untrimmed. */
  text: string;
  range: SourceRange;
  /** True when code precedes the comment on the same line. */
  inline: boolean;
}

/** A directive: `name args... ;` or `name args... { children }`. */
export interface Directive {
  name: string;
  nameRange: SourceRange;
  args: Arg[];
  /** Child directives of a block directive; undefined for a simple directive. */
  children?: Directive[];
  /** Body of a raw block such as nginx `content_by_lua_block { ... }`, not parsed further. */
  rawBlock?: string;
  /** From the first character of the name to the `;` or the closing `}`. */
  range: SourceRange;
  /** For block directives: the range of the opening line (name through `{`). */
  headRange?: SourceRange;
  /** For `include`: the files it pulled in, in order (set by the loader). */
  included?: ConfigFile[];
  /**
   * For `include`: set by the loader when a file it names could not be read. What that file sets is unknown,
   * unless the dialect knows its published contents (`published` then names them).
   */
  unresolved?: boolean;
  /** For an unresolved `include`: the id of the well-known file whose published contents stand in for it. */
  published?: string;
  /** True when the parser had to recover inside this directive. */
  recovered?: boolean;
}

/** A problem found while reading files, before any rule runs. */
export interface LoadDiagnostic {
  ruleId: 'parse-error' | 'include-not-found' | 'include-cycle';
  message: string;
  range: SourceRange;
}

/** One parsed configuration file. */
export interface ConfigFile {
  /** Absolute path on disk. */
  path: string;
  dialect: string;
  text: string;
  directives: Directive[];
  comments: Comment[];
  diagnostics: LoadDiagnostic[];
  /**
   * True when the file does not look like configuration at all (an `include` of `~/.aws/credentials`,
   * `.git/config` or `.netrc`): its findings are reported, but no report quotes its text.
   */
  withheld?: boolean;
}

/** Visits every directive depth-first, following neither includes nor raw blocks. */
export function* walkDirectives(directives: readonly Directive[]): Generator<Directive> {
  for (const d of directives) {
    yield d;
    if (d.children) yield* walkDirectives(d.children);
  }
}
