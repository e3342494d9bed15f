// The README's rule table is generated from rule metadata; run `npm run docs` when this fails.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { README, readmeWithTable } from './helpers/readme-table.js';

it('README rule table matches the rules (npm run docs regenerates it)', () => {
  const readme = readFileSync(README, 'utf8');
  expect(readme).toBe(readmeWithTable(readme));
});

it('README starts with the two commands of the quick start', () => {
  const readme = readFileSync(README, 'utf8');
  expect(readme).toContain('npm ci && npx tlslint examples/');
  expect(readme).toContain('npm test');
});

it('README pins the released tag everywhere it shows an install, and the schema address the release serves', async () => {
  const readme = readFileSync(README, 'utf8');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const { schemaUrl } = await import('../src/engine/config-schema.js');
  expect(readme).not.toMatch(/tlslint\/tlslint@(?!v)/);
  for (const pin of readme.matchAll(/tlslint\/tlslint@(v[\w.<>-]+)|rev: (v[\w.<>-]+)/g)) expect([`v${version}`, 'v<version>']).toContain(pin[1] ?? pin[2]);
  expect(readme).toContain(`# yaml-language-server: $schema=${schemaUrl()}`);
  expect(readme).toContain('actions: read');
  // The adoption walk-through goes pre-commit, then CI, then code scanning.
  const walk = readme.slice(readme.indexOf('## Adopting tlslint'));
  const steps = ['**pre-commit**', '**CI**', '**Code scanning**'].map((step) => walk.indexOf(step));
  expect(steps.every((at) => at >= 0)).toBe(true);
  expect([...steps].sort((a, b) => a - b)).toEqual(steps);
});
