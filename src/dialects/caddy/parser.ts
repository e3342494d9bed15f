// The Caddyfile grammar: a permissive chevrotain CstParser of lines of words, each optionally opening a block.
import { CstParser } from 'chevrotain';
import { allTokens, LBrace, Newline, RBrace, Word } from './lexer.js';

/**
 * Caddyfile grammar. Caddy's parser (caddyconfig/caddyfile/parse.go) groups tokens into server blocks:
 * a line of addresses and a `{ }` block of directives, each directive being the words of one line plus
 * an optional block it opens. The same shape serves the global options block (a block with no
 * addresses), snippets (`(name) { }`) and the single-site form (addresses on the first line, the
 * directives below, no braces), which `to-ast.ts` tells apart. The grammar accepts every token
 * sequence, so unbalanced braces become missing or stray pieces that `to-ast.ts` reports.
 */
export class CaddyParser extends CstParser {
  constructor({ validate = false } = {}) {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: 'none', skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // caddy: parse.go parseAll reads server blocks until EOF; a `}` at the top is an error there
  // ("Unexpected '}' because no matching opening brace"), kept here as `strayRBrace`.
  public config = this.RULE('config', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        { ALT: () => this.SUBRULE(this.statement) },
        { ALT: () => this.CONSUME(RBrace, { LABEL: 'strayRBrace' }) },
      ]);
    });
  });

  // caddy: parse.go directive(): a segment is the directive's line of tokens, and, when a `{` opens,
  // every token up to the matching `}`. A block with no words before it is the global options block
  // (first in the file) or a stray block.
  public statement = this.RULE('statement', () => {
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => this.CONSUME(Word, { LABEL: 'word' }));
          this.OPTION(() => this.SUBRULE(this.block));
        },
      },
      { ALT: () => this.SUBRULE2(this.block, { LABEL: 'keylessBlock' }) },
    ]);
  });

  // caddy: parse.go blockContents / directives: lines until the `}` that closes the block.
  // Deviation: the closing `}` is optional so an unclosed block keeps its children.
  public block = this.RULE('block', () => {
    this.CONSUME(LBrace);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        { ALT: () => this.SUBRULE(this.statement) },
      ]);
    });
    this.OPTION(() => this.CONSUME(RBrace));
  });
}

/** The one parser instance every parse reuses. */
export const caddyParser = new CaddyParser();
