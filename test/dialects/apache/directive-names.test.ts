// The Apache reader keeps each directive's name id in its file's table (SourceDirective.tag), so the loader's
// and the model's walks find a line's DirectiveName without a lookup by name: proven here for both readers.
import { describe, expect, it } from 'vitest';
import { directiveName, nameOfDirective, NO_NAME_ID } from '../../../src/dialects/apache/directives.js';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import { apacheParser } from '../../../src/dialects/apache/parser.js';
import { apacheLexer } from '../../../src/dialects/apache/tokens.js';
import { apacheCstToAst, unescapeApache } from '../../../src/dialects/apache/to-ast.js';
import { walkDirectives, type Directive } from '../../../src/syntax/ast.js';
import { NO_TAG, SourceDirective, SourceText } from '../../../src/syntax/source.js';

const TEXT = [
  'ServerRoot /etc/apache2',
  '"Define" X',
  '<IfModule mod_ssl.c>',
  '  <VirtualHost *:443>',
  '    sslengine On',
  '    SSLEngine on',
  '    Head\\',
  'er always set X y',
  '    <Location />',
  '      header set A b',
  '    </Location>',
  '  </VirtualHost>',
  '</IfModule>',
  '</Stray>',
  '',
].join('\n');

/** The directives the chevrotain parser's CST reader makes of `text`. */
function throughParser(text: string): Directive[] {
  const parser = apacheParser();
  parser.input = apacheLexer.tokenize(text).tokens;
  const cst = parser.config();
  const visitor = apacheCstToAst(new SourceText('x.conf', text, unescapeApache));
  visitor.visit(cst);
  return visitor.builder.tree.top();
}

describe('directive names kept in the table', () => {
  it.each([
    ['the text reader', (text: string) => parseApache(text, '/x.conf').directives],
    ['the CST reader', throughParser],
  ])('%s tags every directive with the id of its name as written', (_reader, read) => {
    const names: string[] = [];
    for (const directive of walkDirectives(read(TEXT))) {
      expect(directive).toBeInstanceOf(SourceDirective);
      const name = directiveName(directive.name);
      expect((directive as SourceDirective).tag, directive.name).toBe(name.id);
      expect(nameOfDirective(directive)).toBe(name);
      names.push(name.lower);
    }
    expect(names).toEqual(['serverroot', 'define', 'ifmodule', 'virtualhost', 'sslengine', 'sslengine', 'header', 'location', 'header']);
    // Names written in another case are other DirectiveNames with the same lower case.
    expect(directiveName('sslengine')).not.toBe(directiveName('SSLEngine'));
  });

  it('looks a directive without a tag up by its name', () => {
    const source = new SourceText('x.conf', 'SSLEngine on\n');
    const untagged = new SourceDirective('SSLEngine', source, 0, 9, 0, 0);
    expect(untagged.tag).toBe(NO_TAG);
    expect(NO_NAME_ID).toBe(NO_TAG);
    expect(nameOfDirective(untagged)).toBe(directiveName('SSLEngine'));
    expect(nameOfDirective({ name: 'SSLEngine' } as Directive)).toBe(directiveName('SSLEngine'));
  });
});
