// The nginx grammar: a permissive chevrotain CstParser (name, arguments, then `;`, a block or a Lua body). It is the
// specification: parse.ts readCst builds the same CST without chevrotain's machinery (test/dialects/nginx/read-cst.test.ts).
import { CstParser } from 'chevrotain';
import { allTokens, LBrace, LuaBlock, RBrace, Semicolon, Word } from './lexer.js';

/**
 * nginx configuration grammar. It accepts every token sequence the lexer can produce, so that
 * structural mistakes (missing `;`, unclosed `{`, stray `}`) show up as missing or stray pieces in
 * the CST, which `to-ast.ts` turns into precise `parse-error` diagnostics. Arity and context
 * checks live in `directives.ts`.
 */
export class NginxParser extends CstParser {
  /**
   * `validate` runs chevrotain's grammar checks (ambiguities, left recursion). They cost a run's start
   * time and the grammar does not change at run time, so the shared parser skips them and the tests
   * build one with them on. CST nodes carry no locations: ranges come from tokens.
   */
  constructor({ validate = false } = {}) {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: 'none', skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // nginx: src/core/ngx_conf_file.c ngx_conf_parse reads directives until the end of the file;
  // a `}` there is an error (`unexpected "}"`), kept here as `strayRBrace`.
  public config = this.RULE('config', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.directive) },
        { ALT: () => this.CONSUME(Semicolon, { LABEL: 'straySemicolon' }) },
        { ALT: () => this.SUBRULE(this.block, { LABEL: 'strayBlock' }) },
        { ALT: () => this.CONSUME(RBrace, { LABEL: 'strayRBrace' }) },
      ]);
    });
  });

  // nginx: ngx_conf_read_token returns NGX_OK at `;`, NGX_CONF_BLOCK_START at `{`; the first word
  // is the name. Deviation: the terminator is optional so a missing `;` keeps the directive.
  public directive = this.RULE('directive', () => {
    this.CONSUME(Word, { LABEL: 'name' });
    this.MANY(() => this.CONSUME2(Word, { LABEL: 'arg' }));
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(Semicolon) },
        { ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.CONSUME(LuaBlock) },
      ]);
    });
  });

  // nginx: ngx_conf_parse recurses on NGX_CONF_BLOCK_START and returns on `}` (NGX_CONF_BLOCK_DONE).
  // Deviation: the closing `}` is optional so an unclosed block keeps its children.
  public block = this.RULE('block', () => {
    this.CONSUME(LBrace);
    // nginx: ngx_conf_read_token fails with `unexpected ";"` / `unexpected "{"` when no word precedes
    // them; both are kept as strays. Inlined (no `statement` rule) to keep recursion shallow.
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE2(this.directive) },
        { ALT: () => this.CONSUME2(Semicolon, { LABEL: 'straySemicolon' }) },
        { ALT: () => this.SUBRULE2(this.block, { LABEL: 'strayBlock' }) },
      ]);
    });
    this.OPTION(() => this.CONSUME3(RBrace));
  });
}

/** The one parser instance every parse reuses (chevrotain parsers are costly to build). */
export const nginxParser = new NginxParser();
