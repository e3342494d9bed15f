// Every example in a rule's docs is linted: each problematic block reports the rule exactly once, each correct block nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, DEFAULT_LIMITS, type RunOptions } from '../src/engine/run.js';
import { allRules } from '../rules/index.js';
import { pageWithSections } from './helpers/rule-pages.js';
import { Capture } from './helpers/run-cli.js';
import { readdirSync } from 'node:fs';
import { printRuleDoc } from '../src/cli/rules-command.js';
import { DIALECT_IDS, DIALECT_INFO } from '../src/dialects/registry.js';

const RULES_DIR = resolve(import.meta.dirname, '../rules');
/** Fence language → dialect and the file name its examples are written to. */
const FENCES: Record<string, { dialect: RunOptions['dialect']; file: string }> = {
  ...Object.fromEntries(DIALECT_IDS.map((id) => [DIALECT_INFO[id].fence, { dialect: id, file: DIALECT_INFO[id].exampleFile }])),
  // Caddy's native JSON config, read by the caddy dialect from a file named caddy.json.
  json: { dialect: 'caddy', file: 'caddy.json' },
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
    now: new Date('2026-06-01T00:00:00Z'), root: scratch, pathMaps: [{ from: '/etc/ssl/docs', to: resolve(import.meta.dirname, '../fixtures/certs') }], ruleOptions: {},
    ruleSettings: {}, onlyRules: [ruleId, 'parse-error'], limits: DEFAULT_LIMITS,
  };
}

const REQUIRED_SECTIONS = ['Why is this bad?', 'Problematic config', 'Correct config', 'How to fix', 'Profiles', 'Options', 'When not to use it', 'References'];
const PROFILE_NAMES = ['modern', 'intermediate', 'old'] as const;
const MOZILLA_GUIDELINES = 'https://wiki.mozilla.org/Security/Server_Side_TLS';
const RFC_6797 = 'https://www.rfc-editor.org/rfc/rfc6797';

/** The text of section `## heading` of a markdown page (up to the next `## `), or undefined. */
export function sectionOf(markdown: string, heading: string): string | undefined {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The profiles a Profiles section says the rule runs under: the names in its "Runs under ..." clause. */
export function profilesNamedIn(section: string): string[] {
  const clause = /Runs under the Mozilla (.*?) profiles?\b/.exec(section)?.[1] ?? '';
  return [...clause.matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
}


describe('rule pages', () => {
  const pages = readdirSync(RULES_DIR).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
  const ids = allRules.map((r) => r.meta.id).sort();

  it('exist for every rule', () => {
    expect(ids.filter((id) => !pages.includes(id)), 'rules without rules/<id>.md').toEqual([]);
  });

  it('all belong to a rule', () => {
    expect(pages.filter((page) => !ids.includes(page)), 'rules/*.md without a rule').toEqual([]);
  });

  it('parse the profiles out of a Profiles section', () => {
    expect(profilesNamedIn('Runs under the Mozilla `modern` and `intermediate` profiles, not under `old`.')).toEqual(['modern', 'intermediate']);
    expect(profilesNamedIn('Runs under the Mozilla `old` profile, not under `modern` and `intermediate`.')).toEqual(['old']);
    expect(profilesNamedIn('Runs under every profile.')).toEqual([]);
  });

  const documented = allRules.filter((r) => pages.includes(r.meta.id));

  it.each(documented.map((r) => [r.meta.id, r.meta] as const))('%s: title, description, sections in order, generated sections current (npm run docs)', (id, meta) => {
    const page = readFileSync(join(RULES_DIR, `${id}.md`), 'utf8');
    // Line 1 is the title; the second paragraph (line 3) is the rule's one-line description.
    const [title, blank, description, afterDescription] = page.split('\n');
    expect(title).toBe(`# ${id}`);
    expect(blank).toBe('');
    expect(description).toBe(meta.description);
    expect(afterDescription).toBe('');
    const headings = page.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(headings).toEqual(REQUIRED_SECTIONS);
    expect(page).toBe(pageWithSections(page, meta));
  });

  it.each(documented.map((r) => [r.meta.id, r.meta] as const))('%s: Profiles section names exactly the profiles of meta.profiles', (id, meta) => {
    const section = sectionOf(readFileSync(join(RULES_DIR, `${id}.md`), 'utf8'), 'Profiles') ?? '';
    const named = profilesNamedIn(section);
    expect(named.length, 'no "Runs under the Mozilla `...` profile(s)" sentence').toBeGreaterThan(0);
    expect(named.every((p) => (PROFILE_NAMES as readonly string[]).includes(p)), `unknown profile in ${named.join(', ')}`).toBe(true);
    expect(new Set(named)).toEqual(new Set(meta.profiles));
    expect(named).toHaveLength(new Set(named).size);
  });

  it.each(documented.map((r) => [r.meta.id, r.meta] as const))('%s: How to fix agrees with meta.howToFix; Why is this bad? and References are filled in', (id, meta) => {
    const page = readFileSync(join(RULES_DIR, `${id}.md`), 'utf8');
    expect(sectionOf(page, 'How to fix') ?? '', 'no How to fix section').toContain(meta.howToFix);
    expect((sectionOf(page, 'Why is this bad?') ?? '').trim().length, 'Why is this bad? is (nearly) empty').toBeGreaterThan(100);
    const references = sectionOf(page, 'References') ?? '';
    expect(references).toContain(`(${MOZILLA_GUIDELINES})`);
    if (id.startsWith('hsts-')) expect(references).toContain(`(${RFC_6797}`);
  });

  it.each(documented.map((r) => r.meta.id))('%s: `tlslint rules <id>` prints the page', (id) => {
    const out = new Capture();
    const err = new Capture();
    expect(printRuleDoc(id, out, err)).toBe(0);
    expect(err.text).toBe('');
    expect(out.text).toBe(readFileSync(join(RULES_DIR, `${id}.md`), 'utf8'));
  });
});

describe.each(allRules.map((r) => r.meta.id))('docs of %s', (id) => {
  const path = join(RULES_DIR, `${id}.md`);
  const examples = existsSync(path) ? examplesOf(readFileSync(path, 'utf8')) : [];

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
