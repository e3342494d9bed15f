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
