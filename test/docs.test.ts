// Every example in a rule's docs is linted: each problematic block reports the rule exactly once, each correct block nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, DEFAULT_LIMITS, type RunOptions } from '../src/engine/run.js';
import { allRules } from '../rules/index.js';

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
