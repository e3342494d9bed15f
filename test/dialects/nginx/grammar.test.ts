// The shared lexer and parser skip chevrotain's self-checks to start fast; these run them.
import { describe, expect, it } from 'vitest';
import { NginxParser } from '../../../src/dialects/nginx/parser.js';
import { createNginxLexer } from '../../../src/dialects/nginx/lexer.js';

describe('nginx grammar self-checks', () => {
  it('builds the lexer with validations and full optimisation', () => {
    const lexer = createNginxLexer({ validate: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    expect(lexer.tokenize('server { listen 443 ssl; }').errors).toEqual([]);
  });

  it('builds the parser with grammar validations', () => {
    expect(() => new NginxParser({ validate: true })).not.toThrow();
  });
});
