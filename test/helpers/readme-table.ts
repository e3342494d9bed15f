// Builds the README's rule table from the rules' metadata; `npm run docs` writes it, test/readme.test.ts checks it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../rules/index.js';

export const README = resolve(import.meta.dirname, '../../README.md');
const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

/** The markdown table: id (linked to its page), default severity, fixable, profiles, description. */
export function rulesTable(): string {
  const rows = allRules.map(({ meta }) =>
    `| [\`${meta.id}\`](rules/${meta.id}.md) | ${meta.severity} | ${meta.description} | ${meta.howToFix}${meta.fixable ? ' (`--fix`)' : ''} |`);
  return ['| rule | severity | what it catches | how to fix |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** README text with the table between the markers replaced by the current one. */
export function readmeWithTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} / ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${rulesTable()}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, readmeWithTable(readFileSync(README, 'utf8')));
}
