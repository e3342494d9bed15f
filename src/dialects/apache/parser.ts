// The Apache httpd grammar: a permissive, flat chevrotain CstParser (one entry per logical line).
import { CstParser } from 'chevrotain';
import { allTokens, GreaterThan, LineBreak, SectionClose, SectionOpen, Word } from './tokens.js';

/**
 * Apache configuration grammar. Apache reads one logical line at a time and matches section tags by
 * name (server/config.c ap_build_cont_config), which no context-free rule can express, so the grammar
 * is flat: directive lines, section openings and section closings. `to-ast.ts` nests sections with an
 * explicit stack, which also reports mismatched and unclosed tags at their exact place and keeps
 * 100,000-deep nesting off the call stack. Arity and context checks live in `directives.ts`.
 */
export class ApacheParser extends CstParser {
  /** `validate` runs chevrotain's grammar checks; the shared parser skips them (see the nginx parser). */
  constructor({ validate = false } = {}) {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: 'none', skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // apache: server/config.c ap_build_config reads lines until the end of the file.
  public config = this.RULE('config', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.directive) },
        { ALT: () => this.SUBRULE(this.sectionOpen) },
        { ALT: () => this.SUBRULE(this.sectionClose) },
        { ALT: () => this.CONSUME(LineBreak) },
      ]);
    });
  });

  // apache: ap_build_config_sub: the first word is the directive name, the rest of the line its arguments.
  public directive = this.RULE('directive', () => {
    this.CONSUME(Word, { LABEL: 'name' });
    this.MANY(() => this.CONSUME2(Word, { LABEL: 'arg' }));
  });

  // apache: server/core.c: a section's arguments end at the line's last `>` (missing: "directive
  // missing closing '>'"); text after it is dropped.
  public sectionOpen = this.RULE('sectionOpen', () => {
    this.CONSUME(SectionOpen);
    this.MANY(() => this.CONSUME(Word, { LABEL: 'arg' }));
    this.OPTION(() => this.CONSUME(GreaterThan));
    this.MANY2(() => this.CONSUME2(Word, { LABEL: 'trailing' }));
  });

  public sectionClose = this.RULE('sectionClose', () => {
    this.CONSUME(SectionClose);
    this.MANY(() => this.CONSUME(Word, { LABEL: 'arg' }));
    this.OPTION(() => this.CONSUME(GreaterThan));
    this.MANY2(() => this.CONSUME2(Word, { LABEL: 'trailing' }));
  });
}

let shared: ApacheParser | undefined;

/**
 * The one parser instance every parse reuses, built on first use: the text reader (to-ast.ts
 * readApacheText) reads almost every file without it, and its grammar analysis took ~25 ms of every run.
 */
export function apacheParser(): ApacheParser {
  shared ??= new ApacheParser();
  return shared;
}
