// Turns the nginx CST into the dialect-neutral AST, with exact ranges and parse-error diagnostics.
import type { IToken } from 'chevrotain';
import { BoundedDiagnostics } from '../../syntax/diagnostics.js';
import type { Directive, LoadDiagnostic } from '../../syntax/ast.js';
import type { SourceRange } from '../../syntax/range.js';
import { ArgFlag, SourceDirective, type Span, type SourceText } from '../../syntax/source.js';
import type {
  BlockCstChildren,
  BlockCstNode,
  ConfigCstChildren,
  DirectiveCstChildren,
  ICstNodeVisitor,
} from './cst.js';
import { tokenMatcher } from '../parse-common.js';
import { UnterminatedQuoted, type LuaBlockPayload } from './tokens.js';

/** Longest directive text quoted in a diagnostic message: enough to recognise a name, too short to carry much else. */
const MAX_QUOTED_TEXT = 32;

/** Offset just after a token (end exclusive). */
export function endOffsetOf(token: IToken): number {
  return token.startOffset + token.image.length;
}

// nginx: src/core/ngx_conf_file.c ngx_conf_read_token copies every word (quoted or bare) turning
// \" \' \\ into the character and \t \r \n into TAB, CR, LF; any other backslash stays.
/** The value nginx reads from a word's text (quotes already removed). */
export function unescapeNginx(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const ch = text[index];
    const next = text[index + 1];
    if (ch !== '\\' || next === undefined) {
      out += ch;
    } else if (next === '"' || next === "'" || next === '\\') {
      out += next;
      index++;
    } else if (next === 't' || next === 'r' || next === 'n') {
      out += next === 't' ? '\t' : next === 'r' ? '\r' : '\n';
      index++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The quote a word token starts with: only quoted tokens can, since a bare word never starts with one (tokens.ts). */
function quoteOf(token: IToken): '"' | "'" | null {
  const first = token.image.charCodeAt(0);
  return first === 34 /* " */ ? '"' : first === 39 /* ' */ ? "'" : null;
}

function innerText(token: IToken, quoted: '"' | "'" | null): string {
  if (quoted === null) return token.image;
  return tokenMatcher(token, UnterminatedQuoted) ? token.image.slice(1) : token.image.slice(1, -1);
}

/** A method for each rule of the grammar (cst.d.ts, generated), without chevrotain's generic `visit`. */
type CstRuleMethods = Omit<ICstNodeVisitor<Directive[], void>, 'visit' | 'validateVisitor'>;

/** Shortens `text` for a message. */
function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_QUOTED_TEXT ? `${oneLine.slice(0, MAX_QUOTED_TEXT - 1)}…` : oneLine;
}

/**
 * Reads the CST of one file into directives, collecting `parse-error` diagnostics. Deviation: not a subclass of
 * chevrotain's BaseCstVisitor. readCst (parse.ts) makes the CST, so the parser is the grammar's specification
 * only, and building it (with the visitor's checks for each file) cost every run 12 ms; the methods are called
 * directly, and the generated ICstNodeVisitor still checks that every rule has one.
 */
export class NginxCstToAst implements CstRuleMethods {
  /** Bounded: a file of a million stray ";" keeps the first few and a count (src/syntax/diagnostics.ts). */
  readonly diagnostics = new BoundedDiagnostics();

  constructor(private readonly source: SourceText) {}

  /** The range of a token. */
  rangeOf(token: IToken): Span {
    return this.source.span(token.startOffset, endOffsetOf(token));
  }

  private report(message: string, range: SourceRange): void {
    this.diagnostics.push({ ruleId: 'parse-error', message, range });
  }

  config(children: ConfigCstChildren, out: Directive[] = []): void {
    this.statements(children, out);
    for (const brace of children.strayRBrace ?? []) this.report('Unexpected "}"', this.rangeOf(brace));
  }

  block(children: BlockCstChildren, out: Directive[] = []): void {
    this.statements(children, out);
    if (!children.RBrace?.length) {
      this.report('Unbalanced "{": block opened here is never closed', this.rangeOf(children.LBrace[0]));
    }
  }

  private statements(children: ConfigCstChildren | BlockCstChildren, out: Directive[]): void {
    // Direct calls, not this.visit: chevrotain's generic dispatch cost 10% of parsing 460,000 directives.
    for (const directive of children.directive ?? []) this.directive(directive.children, out);
    for (const semicolon of children.straySemicolon ?? []) this.report('Unexpected ";"', this.rangeOf(semicolon));
    for (const block of children.strayBlock ?? []) {
      this.report('Unexpected "{"', this.rangeOf(block.children.LBrace[0]));
      // The children of a block with no name are still linted, at the level the block sits at.
      this.block(block.children, out);
    }
  }

  directive(children: DirectiveCstChildren, out: Directive[] = []): void {
    const nameToken = children.name[0];
    const argTokens = children.arg ?? [];
    const name = intern(unescapeNginx(innerText(nameToken, quoteOf(nameToken))));
    const firstArg = this.source.argCount;
    for (const token of argTokens) this.source.addArg(token.startOffset, endOffsetOf(token), argFlags(token));
    if (name === 'if') stripIfParentheses(this.source, firstArg);
    const argCount = this.source.argCount - firstArg;
    const directive = new SourceDirective(name, this.source, this.source.addDirective(nameToken.startOffset, endOffsetOf(nameToken), firstArg, argCount));
    this.checkWords(nameToken, argTokens, directive);
    const last = argTokens.length ? argTokens[argTokens.length - 1] : nameToken;
    this.finishDirective(directive, children, last);
    out.push(directive);
  }

  private finishDirective(directive: SourceDirective, children: DirectiveCstChildren, last: IToken): void {
    if (children.Semicolon?.length) {
      directive.endAt(endOffsetOf(children.Semicolon[0]));
    } else if (children.block?.length) {
      this.finishBlock(directive, children.block[0]);
    } else if (children.LuaBlock?.length) {
      this.finishLuaBlock(directive, children.LuaBlock[0]);
    } else {
      const end = endOffsetOf(last);
      directive.endAt(end);
      directive.recovered = true;
      // Only the name is quoted: an INI or credentials file included by mistake parses as one long
      // unterminated directive, and its arguments would be the secrets in it.
      this.report(`Missing ";" to end the "${excerpt(directive.name)}" directive`, this.source.span(end, end));
    }
  }

  private finishBlock(directive: SourceDirective, node: BlockCstNode): void {
    const block = node.children;
    const children: Directive[] = [];
    this.block(node.children, children);
    // A copy of exactly its length: arrays grown by push keep room for 17 or more, 10 MB over 80,000 blocks.
    directive.children = children.slice();
    directive.headEndsAt(endOffsetOf(block.LBrace[0]));
    const close = block.RBrace?.[0];
    if (close) {
      directive.endAt(endOffsetOf(close));
      return;
    }
    directive.recovered = true;
    const lastChild = children[children.length - 1];
    directive.endAt(lastChild ? (lastChild as SourceDirective).endOffset : directive.headEndOffset);
  }

  private finishLuaBlock(directive: SourceDirective, body: IToken): void {
    const closed = (body.payload as LuaBlockPayload | undefined)?.closed ?? true;
    directive.rawBlock = closed ? body.image.slice(1, -1) : body.image.slice(1);
    directive.endAt(endOffsetOf(body));
    directive.headEndsAt(body.startOffset + 1);
    if (!closed) {
      directive.recovered = true;
      this.report('Unbalanced "{": Lua block opened here is never closed', this.source.span(body.startOffset, body.startOffset + 1));
    }
  }

  // nginx: after a closing quote only space, `;`, `{` or `)` may follow (`need_space`),
  // otherwise ngx_conf_read_token fails with `unexpected "x"`.
  private checkWords(nameToken: IToken, argTokens: IToken[], directive: Directive): void {
    for (let index = -1; index < argTokens.length; index++) {
      const word = index < 0 ? nameToken : argTokens[index];
      if (quoteOf(word) === null) continue;
      if (tokenMatcher(word, UnterminatedQuoted)) {
        directive.recovered = true;
        this.report('Unterminated quoted string', this.rangeOf(word));
        continue;
      }
      const next = argTokens[index + 1];
      if (!next || next.startOffset !== word.startOffset + word.image.length) continue;
      if (next.image[0] === ')') continue;
      this.report(`Unexpected "${next.image[0]}" after a closing quote`, this.source.span(next.startOffset, next.startOffset + 1));
    }
  }
}

/** How a word token was quoted, as argument-table flags. */
function argFlags(token: IToken): number {
  const quote = quoteOf(token);
  if (quote === null) return 0;
  const kind = quote === '"' ? ArgFlag.DoubleQuoted : ArgFlag.SingleQuoted;
  return tokenMatcher(token, UnterminatedQuoted) ? kind | ArgFlag.Unterminated : kind;
}

// crossplane: crossplane/parser.py _prepare_if_args drops the parentheses around `if` arguments;
// nginx itself strips them in src/http/modules/ngx_http_rewrite_module.c ngx_http_rewrite_if.
/**
 * Removes the `(` of the first and the `)` of the last `if` argument, as crossplane does: the arguments
 * are the source table's from `firstArg` on. An argument left empty is dropped.
 */
export function stripIfParentheses(source: SourceText, firstArg: number): void {
  const lastArg = source.argCount - 1;
  if (lastArg < firstArg || !source.argValue(firstArg).startsWith('(') || !source.argValue(lastArg).endsWith(')')) return;
  trimArg(source, firstArg, 1, 0);
  trimArg(source, lastArg, 0, 1);
  if (source.argValue(lastArg) === '') source.dropLastArgs(1);
  if (source.argCount > firstArg && source.argValue(firstArg) === '') source.removeArg(firstArg);
}

/** Unquoted, the argument's text and range shrink; quoted, only its value does (nginx reads inside the quotes). */
function trimArg(source: SourceText, index: number, head: number, tail: number): void {
  if ((source.argFlags(index) & (ArgFlag.DoubleQuoted | ArgFlag.SingleQuoted)) === 0) {
    source.adjustArg(index, head, tail);
  } else {
    source.adjustArg(index, 0, 0, (head ? ArgFlag.DropFirst : 0) | (tail ? ArgFlag.DropLast : 0));
  }
}

/** Most distinct strings interned per process; past it strings are kept as they are. */
const MAX_INTERNED = 65_536;
/** Longest string interned: names and short values repeat across virtual hosts, paths and hosts rarely do. */
const MAX_INTERNED_LENGTH = 40;
const interned = new Map<string, string>();

/**
 * The strings interned last, by length and first and last character: a directive name is usually one seen
 * a moment ago, and comparing it with one candidate costs less than hashing it for the map (460,000 names).
 */
const recent: string[] = new Array<string>(1024).fill('');

/** One shared copy of a short string that recurs (`proxy_set_header`, `$host`, `on`, `443`). */
function intern(text: string): string {
  const length = text.length;
  if (length > MAX_INTERNED_LENGTH || length === 0) return text;
  const slot = (length * 61 + text.charCodeAt(0) * 7 + text.charCodeAt(length - 1)) & 1023;
  const candidate = recent[slot];
  if (candidate === text) return candidate;
  let known = interned.get(text);
  if (known === undefined) {
    if (interned.size >= MAX_INTERNED) return text;
    interned.set(text, text);
    known = text;
  }
  recent[slot] = known;
  return known;
}
