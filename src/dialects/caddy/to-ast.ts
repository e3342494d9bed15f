// Turns the Caddyfile CST into the dialect-neutral AST, with exact ranges and parse-error diagnostics.
import type { IToken } from 'chevrotain';
import type { Arg, Directive, LoadDiagnostic } from '../../syntax/ast.js';
import type { SourceText, Span } from '../../syntax/source.js';
import type { BlockCstChildren, ConfigCstChildren, StatementCstChildren } from './cst.js';
import { tokenMatcher } from '../parse-common.js';
import { Backticked, DoubleQuoted, Heredoc, UnterminatedQuoted, type HeredocPayload } from './tokens.js';

/** The name given to a block written with no words before it: the global options block, when first. */
export const KEYLESS_BLOCK = '{';

/** Offset just after a token (end exclusive). */
export function endOffsetOf(token: IToken): number {
  return token.startOffset + token.image.length;
}

// caddy: lexer.go: inside "..." a backslash escapes only a quote (`\"` is `"`, any other `\x` stays
// `\x`); outside quotes a backslash stays, except before `<`, where it stops a heredoc (`\<<EOF`).
/** The value Caddy reads from a double-quoted word's inner text. */
export function unescapeQuoted(inner: string): string {
  return inner.includes('\\"') ? inner.replace(/\\"/g, '"') : inner;
}

/** The value Caddy reads from a bare word. */
export function unescapeBare(word: string): string {
  return word.includes('\\<') ? word.replace(/\\</g, '<') : word;
}

/** A heredoc's value, or the reason Caddy refuses it. */
export function heredocValue(image: string, payload: HeredocPayload): { value: string; error?: string } {
  const bodyStart = image.indexOf('\n') + 1;
  if (!payload.closed) return { value: image.slice(bodyStart), error: `Unterminated heredoc: no closing "${payload.marker}"` };
  // caddy: lexer.go: the whitespace before the closing marker is stripped from the front of every line;
  // a line that does not start with exactly that whitespace is an error.
  const body = image.slice(bodyStart, image.length - payload.marker.length);
  const lastNewline = body.lastIndexOf('\n');
  const padding = body.slice(lastNewline + 1);
  const lines = body.slice(0, lastNewline + 1).split('\n');
  let value = '';
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index];
    if (!line.startsWith(padding)) {
      return { value: body, error: `Mismatched whitespace in heredoc: line ${index + 1} of its body does not start with the closing marker's indentation` };
    }
    value += `${line.slice(padding.length)}\n`.replace(/\r/g, '');
  }
  return { value };
}

/**
 * Reads the CST of one file (parse.ts readCst, the shape of parser.ts's grammar) into directives, collecting
 * `parse-error` diagnostics.
 */
export class CaddyCstToAst {
  readonly diagnostics: LoadDiagnostic[] = [];

  constructor(private readonly source: SourceText) {}

  rangeOf(token: IToken): Span {
    return this.source.span(token.startOffset, endOffsetOf(token));
  }

  private report(message: string, range: Span): void {
    this.diagnostics.push({ ruleId: 'parse-error', message, range });
  }

  config(children: ConfigCstChildren, out: Directive[] = []): void {
    for (const statement of children.statement ?? []) this.statement(statement.children, out);
    for (const brace of children.strayRBrace ?? []) this.report('Unexpected "}": no block is open', this.rangeOf(brace));
  }

  block(children: BlockCstChildren, out: Directive[] = []): void {
    for (const statement of children.statement ?? []) this.statement(statement.children, out);
  }

  statement(children: StatementCstChildren, out: Directive[] = []): void {
    const words = children.word ?? [];
    const blockNode = children.block?.[0] ?? children.keylessBlock?.[0];
    const first = words[0] ?? blockNode!.children.LBrace[0];
    const args = words.slice(1).map((token) => this.arg(token));
    const name = words.length ? this.arg(words[0]) : undefined;
    const nameRange = this.rangeOf(first);
    let end = words.length ? endOffsetOf(words[words.length - 1]) : endOffsetOf(first);
    const directive: Directive = { name: name ? name.value : KEYLESS_BLOCK, nameRange, args, range: nameRange };
    if (blockNode) {
      const block = blockNode.children;
      const childDirectives: Directive[] = [];
      this.block(block, childDirectives);
      directive.children = childDirectives;
      directive.headRange = this.source.span(first.startOffset, endOffsetOf(block.LBrace[0]));
      const close = block.RBrace?.[0];
      if (close) {
        end = endOffsetOf(close);
      } else {
        directive.recovered = true;
        const last = childDirectives[childDirectives.length - 1];
        end = last ? (last.range as Span).endOffset : endOffsetOf(block.LBrace[0]);
        this.report('Unbalanced "{": block opened here is never closed', this.rangeOf(block.LBrace[0]));
      }
    }
    directive.range = this.source.span(first.startOffset, end);
    out.push(directive);
  }

  private arg(token: IToken): Arg {
    const range = this.rangeOf(token);
    const raw = token.image;
    if (tokenMatcher(token, DoubleQuoted)) return { value: unescapeQuoted(raw.slice(1, -1)), raw, quoted: '"', range };
    if (tokenMatcher(token, Backticked)) return { value: raw.slice(1, -1), raw, quoted: '`', range };
    if (tokenMatcher(token, UnterminatedQuoted)) {
      this.report('Unterminated quoted string: Caddy reads the rest of the file into it', this.source.span(token.startOffset, token.startOffset + 1));
      const inner = raw.slice(1);
      return { value: raw[0] === '"' ? unescapeQuoted(inner) : inner, raw, quoted: raw[0] === '"' ? '"' : '`', range };
    }
    if (tokenMatcher(token, Heredoc)) {
      const { value, error } = heredocValue(raw, token.payload as HeredocPayload);
      if (error) this.report(error, this.source.span(token.startOffset, token.startOffset + raw.indexOf('\n')));
      return { value, raw, quoted: '<<', range };
    }
    if (raw.startsWith('<<') && /^\r*\n/.test(this.source.text.slice(token.startOffset + raw.length, token.startOffset + raw.length + 8))) {
      this.reportBadHeredoc(raw, range);
    }
    return { value: unescapeBare(raw), raw, quoted: null, range };
  }

  // caddy 2.7+: lexer.go refuses `<<<` ("too many '<' for heredoc") and a marker with other characters than
  // letters, digits, `-` and `_` at the end of a line (the Heredoc token only matches valid openers).
  private reportBadHeredoc(raw: string, range: Span): void {
    if (raw.startsWith('<<<')) this.report('Too many "<" for a heredoc: expected two, as in <<END', range);
    else if (raw.length > 2) this.report(`Heredoc marker "${raw.slice(2)}" must hold only letters, digits, dashes and underscores`, range);
  }
}
