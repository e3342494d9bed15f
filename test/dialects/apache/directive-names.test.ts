// The Apache reader keeps each directive's name id in its file's table (its row's tag), so the loader's and the
// model's walks find a line's DirectiveName without a lookup by name: proven here for both readers.
import { describe, expect, it } from 'vitest';
import { directiveName, NO_NAME_ID } from '../../../src/dialects/apache/directives.js';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import { apacheParser } from '../../../src/dialects/apache/parser.js';
import { apacheLexer } from '../../../src/dialects/apache/tokens.js';
import { ApacheCstToAst, unescapeApache } from '../../../src/dialects/apache/to-ast.js';
import { treeOf, type ApacheTree } from '../../../src/dialects/apache/tree.js';
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

/** The rows the chevrotain parser's CST reader writes of `text`. */
function throughParser(text: string): ApacheTree {
  const parser = apacheParser();
  parser.input = apacheLexer.tokenize(text).tokens;
  const cst = parser.config();
  const visitor = new ApacheCstToAst(new SourceText('x.conf', text, unescapeApache));
  visitor.visit(cst);
  return visitor.builder.tree;
}

describe('directive names kept in the table', () => {
  it.each([
    ['the text reader', (text: string) => treeOf(parseApache(text, '/x.conf'))!],
    ['the CST reader', throughParser],
  ])('%s tags every directive with the id of its name as written', (_reader, read) => {
    const tree = read(TEXT);
    const names: string[] = [];
    for (let row = 0; row < tree.count; row++) {
      const directive = tree.directive(row);
      const name = directiveName(directive.name);
      expect(directive.tag, directive.name).toBe(name.id);
      expect(tree.nameOf(row)).toBe(name);
      names.push(name.lower);
    }
    expect(names).toEqual(['serverroot', 'define', 'ifmodule', 'virtualhost', 'sslengine', 'sslengine', 'header', 'location', 'header']);
    // Names written in another case are other DirectiveNames with the same lower case.
    expect(directiveName('sslengine')).not.toBe(directiveName('SSLEngine'));
  });

  it('keeps the name of a directive without a tag (past MAX_NAMES names) with its row', () => {
    const source = new SourceText('x.conf', 'SSLEngine on\n');
    expect(new SourceDirective('SSLEngine', source, source.addDirective(0, 9, 0, 0)).tag).toBe(NO_TAG);
    expect(NO_NAME_ID).toBe(NO_TAG);
    // This file's names fill the table (it is this test file's own, and this is its last test).
    for (let made = 0; directiveName(`Filler${made}`).id !== NO_NAME_ID; made++);
    const file = parseApache('<Section9 a>\n  NewName b c\n</Section9>\nSSLEngine on\n', '/x.conf');
    const tree = treeOf(file)!;
    expect([0, 1, 2].map((row) => tree.source.directiveTag(row))).toEqual([NO_NAME_ID, NO_NAME_ID, directiveName('SSLEngine').id]);
    expect([0, 1, 2].map((row) => tree.nameOf(row).written)).toEqual(['Section9', 'NewName', 'SSLEngine']);
    expect(tree.nameOf(1).lower).toBe('newname');
    const [section, line] = file.directives;
    expect(section.name).toBe('Section9');
    expect(section.children?.map((child) => [child.name, child.args.map((arg) => arg.value)])).toEqual([['NewName', ['b', 'c']]]);
    expect(line.name).toBe('SSLEngine');
  });
});
