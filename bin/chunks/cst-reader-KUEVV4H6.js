import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  bareWordEnd,
  isBlank,
  lastGreaterThan,
  logicalLineEnd,
  quotedWordEnd,
  tagLength
} from "./chunk-AFBE54SC.js";
import {
  CstParser,
  Lexer,
  createToken,
  tokenMatcher
} from "./chunk-SIFQF2WQ.js";
import {
  lazyLexer,
  wordStartChars
} from "./chunk-KMDNR4W6.js";
import "./chunk-3PFUZ4WF.js";

// src/dialects/apache/tokens.ts
var LF = 10;
var CR = 13;
function atLineStart(tokens) {
  return tokens.length === 0 || tokenMatcher(tokens[tokens.length - 1], LineBreak);
}
var sectionLine = { text: "", start: -1, end: -1, lastGt: -1 };
function enterSectionLine(text, start) {
  const end = logicalLineEnd(text, start);
  sectionLine.text = text;
  sectionLine.start = start;
  sectionLine.end = end;
  sectionLine.lastGt = lastGreaterThan(text, start, end);
}
function wordLimit(text, offset) {
  if (sectionLine.text === text && offset > sectionLine.start && offset <= sectionLine.end && sectionLine.lastGt >= offset) {
    return sectionLine.lastGt;
  }
  return text.length;
}
var LineBreak = createToken({ name: "LineBreak", pattern: "\n", line_breaks: true });
var Whitespace = createToken({
  name: "Whitespace",
  pattern: /(?:[ \t\r\v\f]|\\\r?\n)+/,
  group: Lexer.SKIPPED,
  line_breaks: true
});
function matchComment(text, offset, tokens) {
  if (text.charCodeAt(offset) !== 35 || !atLineStart(tokens)) return null;
  let end = logicalLineEnd(text, offset);
  if (text.charCodeAt(end - 1) === CR) end--;
  return [text.slice(offset, end)];
}
var Comment = createToken({
  name: "Comment",
  pattern: { exec: matchComment },
  group: "comments",
  line_breaks: true,
  start_chars_hint: ["#"]
});
function matchSectionOpen(text, offset, tokens) {
  if (!atLineStart(tokens)) return null;
  const length = tagLength(text, offset, false);
  if (length === 0) return null;
  enterSectionLine(text, offset);
  return [text.slice(offset, offset + length)];
}
function matchSectionClose(text, offset, tokens) {
  if (!atLineStart(tokens)) return null;
  const length = tagLength(text, offset, true);
  if (length === 0) return null;
  enterSectionLine(text, offset);
  return [text.slice(offset, offset + length)];
}
var SectionOpen = createToken({
  name: "SectionOpen",
  pattern: { exec: matchSectionOpen },
  line_breaks: false,
  start_chars_hint: ["<"]
});
var SectionClose = createToken({
  name: "SectionClose",
  pattern: { exec: matchSectionClose },
  line_breaks: false,
  start_chars_hint: ["<"]
});
function matchGreaterThan(text, offset) {
  if (text.charCodeAt(offset) !== 62 || sectionLine.text !== text || sectionLine.lastGt !== offset) return null;
  return [">"];
}
var GreaterThan = createToken({
  name: "GreaterThan",
  pattern: { exec: matchGreaterThan },
  line_breaks: false,
  start_chars_hint: [">"]
});
var Word = createToken({ name: "Word", pattern: Lexer.NA });
function matchQuoted(text, offset) {
  const quote = text.charCodeAt(offset);
  if (quote !== 34 && quote !== 39) return null;
  const scanned = quotedWordEnd(text, offset, wordLimit(text, offset));
  quotedMatch[0] = text.slice(offset, scanned >>> 1);
  quotedMatch.payload = (scanned & 1) === 1;
  return quotedMatch;
}
var quotedMatch = [""];
var Quoted = createToken({
  name: "Quoted",
  pattern: { exec: matchQuoted },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: ['"', "'"]
});
function matchBareWord(text, offset) {
  const end = bareWordEnd(text, offset, wordLimit(text, offset));
  if (end === offset) return null;
  bareWordMatch[0] = text.slice(offset, end);
  return bareWordMatch;
}
var bareWordMatch = [""];
var BareWord = createToken({
  name: "BareWord",
  pattern: { exec: matchBareWord },
  categories: [Word],
  line_breaks: true,
  start_chars_hint: wordStartChars((code) => code !== LF && !isBlank(code))
});
var allTokens = [LineBreak, Whitespace, Comment, SectionClose, SectionOpen, GreaterThan, Quoted, BareWord, Word];
function createApacheLexer({ validate = false } = {}) {
  return new Lexer(allTokens, { ensureOptimizations: validate, skipValidations: !validate, positionTracking: "onlyOffset" });
}
var apacheLexer = lazyLexer(createApacheLexer);

// src/dialects/apache/parser.ts
var ApacheParser = class extends CstParser {
  /** `validate` runs chevrotain's grammar checks; the shared parser skips them (see the nginx parser). */
  constructor({ validate = false } = {}) {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: "none", skipValidations: !validate });
    this.performSelfAnalysis();
  }
  // apache: server/config.c ap_build_config reads lines until the end of the file.
  config = this.RULE("config", () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.directive) },
        { ALT: () => this.SUBRULE(this.sectionOpen) },
        { ALT: () => this.SUBRULE(this.sectionClose) },
        { ALT: () => this.CONSUME(LineBreak) }
      ]);
    });
  });
  // apache: ap_build_config_sub: the first word is the directive name, the rest of the line its arguments.
  directive = this.RULE("directive", () => {
    this.CONSUME(Word, { LABEL: "name" });
    this.MANY(() => this.CONSUME2(Word, { LABEL: "arg" }));
  });
  // apache: server/core.c: a section's arguments end at the line's last `>` (missing: "directive
  // missing closing '>'"); text after it is dropped.
  sectionOpen = this.RULE("sectionOpen", () => {
    this.CONSUME(SectionOpen);
    this.MANY(() => this.CONSUME(Word, { LABEL: "arg" }));
    this.OPTION(() => this.CONSUME(GreaterThan));
    this.MANY2(() => this.CONSUME2(Word, { LABEL: "trailing" }));
  });
  sectionClose = this.RULE("sectionClose", () => {
    this.CONSUME(SectionClose);
    this.MANY(() => this.CONSUME(Word, { LABEL: "arg" }));
    this.OPTION(() => this.CONSUME(GreaterThan));
    this.MANY2(() => this.CONSUME2(Word, { LABEL: "trailing" }));
  });
};
var shared;
function apacheParser() {
  shared ??= new ApacheParser();
  return shared;
}

// src/dialects/apache/cst-reader.ts
function parseWithParser(text) {
  const lexed = apacheLexer.tokenize(text);
  const parser = apacheParser();
  parser.input = lexed.tokens;
  const cst = parser.config();
  return { lexed, cst, parserErrors: parser.errors };
}
export {
  parseWithParser
};
