// What the tests proving a fast reader equal to its chevrotain specification share: the sample files, a
// replayable random source, and the lexer's and parser's output as plain data to compare.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CstElement, CstNode, ILexingResult, IToken } from 'chevrotain';

/** Every file below `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The fixture, corpus and example files of a dialect (its `fixtures/<d>`, `fixtures/corpus/<d>`, `examples/<d>`). */
export function sampleFiles(dialect: 'nginx' | 'apache' | 'caddy'): string[] {
  return [`fixtures/${dialect}`, `fixtures/corpus/${dialect}`, `examples/${dialect}`].flatMap(filesUnder);
}

/** A deterministic generator of numbers in [0, 1] (a linear congruential one), so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** A text of 1 to `maxPieces` pieces drawn from `pieces` with `next` (a length, then each piece). */
export function randomText(next: () => number, pieces: readonly string[], maxPieces: number): string {
  let text = '';
  const length = 1 + Math.floor(next() * maxPieces);
  for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

/** A lexing result as plain data: every token field, comments included. */
export function lexedShape(result: ILexingResult): unknown {
  // By type name: the fast readers' token types are not chevrotain's objects (nginx/tokens.ts), their indexes differ.
  const plain = ({ tokenTypeIdx: _index, ...token }: IToken) => ({ ...token, tokenType: token.tokenType.name });
  return { tokens: result.tokens.map(plain), comments: (result.groups.comments ?? []).map(plain), errors: result.errors };
}

/** A CST's children as token types and offsets and nested shapes, leaving out the labels in `skip`. */
export function cstShape(children: Record<string, CstElement[] | undefined>, skip: readonly string[] = []): unknown {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(children).sort()) {
    if (skip.includes(key)) continue;
    out[key] = (children[key] ?? []).map((element) => ('children' in element
      ? { name: (element as CstNode).name, children: cstShape((element as CstNode).children, skip) }
      : [(element as IToken).tokenType.name, (element as IToken).startOffset]));
  }
  return out;
}
