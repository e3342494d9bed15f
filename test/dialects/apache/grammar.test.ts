// The shared Apache lexer and parser skip chevrotain's self-checks to start fast; these run them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cstDtsPath, cstDtsText } from '../../../src/dialects/gen-cst.js';
import { ApacheParser, apacheParser } from '../../../src/dialects/apache/parser.js';
import { createApacheLexer } from '../../../src/dialects/apache/tokens.js';

describe('Apache grammar self-checks', () => {
  it('builds the lexer with validations and full optimisation', () => {
    const lexer = createApacheLexer({ validate: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    expect(lexer.tokenize('<VirtualHost *:443>\n  SSLEngine on\n</VirtualHost>\n').errors).toEqual([]);
  });

  it('builds the parser with grammar validations', () => {
    expect(() => new ApacheParser({ validate: true })).not.toThrow();
  });

  it('has up-to-date generated CST typings', () => {
    expect(readFileSync(cstDtsPath('apache'), 'utf8')).toBe(cstDtsText(apacheParser()));
  });
});
