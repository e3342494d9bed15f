// The sections of each rule page that come from the rule's metadata: How to fix, Profiles, Options.
// `npm run docs` writes them; test/docs.test.ts fails when a page's copy is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '../../src/engine/define-rule.js';
import { allRules } from '../../rules/index.js';

export const RULES_DIR = resolve(import.meta.dirname, '../../rules');
/** Generated sections sit between the Correct config section and "When not to use it". */
const FIRST = '## How to fix';
const NEXT = '## When not to use it';

function listOf(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function profilesSection(meta: RuleMeta): string {
  const all = ['modern', 'intermediate', 'old'];
  const runs = all.filter((p) => meta.profiles.includes(p as RuleMeta['profiles'][number]));
  const skipped = all.filter((p) => !runs.includes(p));
  const lines = [`Runs under the Mozilla ${listOf(runs.map((p) => `\`${p}\``))} profile${runs.length > 1 ? 's' : ''}${skipped.length ? `, not under ${listOf(skipped.map((p) => `\`${p}\``))}` : ''}.`];
  lines.push(`The profile comes from \`--profile\` or \`profile\` in the [config file](../README.md#configuration) (default \`intermediate\`).`);
  lines.push(meta.securitySeverity > 0
    ? `Default severity: \`${meta.severity}\` (GitHub security severity ${meta.securitySeverity.toFixed(1)}).`
    // reportingDescriptor (src/report/sarif.ts) gives such a rule no security tag: the server refuses the config.
    : `Default severity: \`${meta.severity}\` (not a security weakness: the server refuses the config, so GitHub ranks it by severity alone).`);
  return lines.join('\n');
}

function optionsSection(meta: RuleMeta): string {
  const options = Object.entries(meta.options ?? {});
  const example = options.length
    ? { rules: { [meta.id]: { severity: meta.severity, options: Object.fromEntries(options.map(([name, schema]) => [name, schema.examples?.[0] ?? schema.default ?? schema.minimum ?? 1])) } } }
    : { rules: { [meta.id]: 'off' } };
  const table = options.length
    ? ['| option | type | description |', '| --- | --- | --- |', ...options.map(([name, schema]) => `| \`${name}\` | ${schema.type}${schema.minimum !== undefined ? ` ≥ ${schema.minimum}` : ''} | ${schema.description} |`)].join('\n')
    : 'None beyond the severity.';
  return `${table}\n\nIn \`.tlslintrc.json\`:\n\n\`\`\`json\n${JSON.stringify(example, null, 2)}\n\`\`\``;
}

/** The generated sections of `meta`'s page. */
export function generatedSections(meta: RuleMeta): string {
  const fix = `${meta.howToFix}.${meta.fixable ? ' `tlslint --fix` makes this change where it is safe (`--fix-dry-run` shows it first).' : ''}`;
  return `${FIRST}\n\n${fix}\n\n## Profiles\n\n${profilesSection(meta)}\n\n## Options\n\n${optionsSection(meta)}\n\n`;
}

/** `page` with its generated sections replaced (or put in place of its Options section the first time). */
export function pageWithSections(page: string, meta: RuleMeta): string {
  const start = page.includes(`\n${FIRST}\n`) ? page.indexOf(`\n${FIRST}\n`) + 1 : page.indexOf('\n## Options\n') + 1;
  const end = page.indexOf(`\n${NEXT}\n`) + 1;
  if (start <= 0 || end <= start) throw new Error(`rules/${meta.id}.md: expected "## Options" (or "${FIRST}") before "${NEXT}"`);
  return `${page.slice(0, start)}${generatedSections(meta)}${page.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { meta } of allRules) {
    const path = join(RULES_DIR, `${meta.id}.md`);
    writeFileSync(path, pageWithSections(readFileSync(path, 'utf8'), meta));
  }
}
