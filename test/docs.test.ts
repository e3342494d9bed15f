// Every example in a rule's docs is linted: each problematic block reports the rule exactly once, each correct block nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, DEFAULT_LIMITS, type RunOptions } from '../src/engine/run.js';
import { allRules } from '../rules/index.js';
import { pageWithSections } from './helpers/rule-pages.js';
import { readdirSync } from 'node:fs';

const RULES_DIR = resolve(import.meta.dirname, '../rules');
/** Fence language → dialect and the file name its examples are written to. */
const FENCES: Record<string, { dialect: RunOptions['dialect']; file: string }> = {
  nginx: { dialect: 'nginx', file: 'nginx.conf' },
};

interface Example {
  section: 'Problematic config' | 'Correct config';
  fence: string;
  code: string;
  line: number;
}

/** Fenced blocks under the Problematic and Correct sections of a rule page. */
export function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let section = '';
  let open: Example | null = null;
  markdown.split('\n').forEach((line, index) => {
    if (open) {
      if (line.startsWith('```')) (examples.push(open), (open = null));
      else open.code += `${line}\n`;
    } else if (line.startsWith('## ')) {
      section = line.slice(3).trim();
    } else if (line.startsWith('```') && (section === 'Problematic config' || section === 'Correct config')) {
      open = { section, fence: line.slice(3).trim(), code: '', line: index + 1 };
    }
  });
  return examples;
}

const scratch = mkdtempSync(join(tmpdir(), 'tlslint-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function optionsFor(dialect: RunOptions['dialect'], ruleId: string): RunOptions {
  return {
    dialect, profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0',
    now: new Date('2026-06-01T00:00:00Z'), root: scratch, pathMaps: [], ruleOptions: {},
    ruleSettings: {}, onlyRules: [ruleId, 'parse-error'], limits: DEFAULT_LIMITS,
  };
}

const REQUIRED_SECTIONS = ['Why is this bad?', 'Problematic config', 'Correct config', 'How to fix', 'Profiles', 'Options', 'When not to use it', 'References'];

describe('rule pages', () => {
  it('exist for every rule, and every page belongs to a rule', () => {
    const pages = readdirSync(RULES_DIR).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
    expect(pages).toEqual(allRules.map((r) => r.meta.id).sort());
  });

  it.each(allRules.map((r) => [r.meta.id, r.meta] as const))('%s: title, description, sections in order, generated sections current (npm run docs)', (id, meta) => {
    const page = readFileSync(join(RULES_DIR, `${id}.md`), 'utf8');
    const [title, , description] = page.split('\n');
    expect(title).toBe(`# ${id}`);
    expect(description).toBe(meta.description);
    const headings = page.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(headings).toEqual(REQUIRED_SECTIONS);
    expect(page).toMatch(/wiki\.mozilla\.org\/Security\/Server_Side_TLS|ssl-config\.mozilla\.org|nginx\.org/);
    if (id.startsWith('hsts-')) expect(page).toContain('rfc6797');
    expect(page).toBe(pageWithSections(page, meta));
  });
});

describe.each(allRules.map((r) => r.meta.id))('docs of %s', (id) => {
  const examples = examplesOf(readFileSync(join(RULES_DIR, `${id}.md`), 'utf8'));

  it('has a problematic and a correct example', () => {
    expect(examples.some((e) => e.section === 'Problematic config')).toBe(true);
    expect(examples.some((e) => e.section === 'Correct config')).toBe(true);
  });

  it.each(examples.map((e) => [`${e.section} (line ${e.line})`, e] as const))('%s', async (_name, example) => {
    const fence = FENCES[example.fence];
    expect(fence, `unknown fence language "${example.fence}"`).toBeDefined();
    const dir = mkdtempSync(join(scratch, 'case-'));
    const file = join(dir, fence.file);
    writeFileSync(file, example.code);
    const result = await lint([file], optionsFor(fence.dialect, id));
    const summary = result.findings.map((f) => `${f.ruleId}@${f.range.start.line}: ${f.message}`);
    if (example.section === 'Problematic config') expect(summary.filter((s) => s.startsWith(`${id}@`))).toHaveLength(1);
    expect(summary.filter((s) => !s.startsWith(`${id}@`) || example.section === 'Correct config')).toEqual([]);
  });
});
