// Meta-checks (as gixy and ESLint do): every rule has its file, its registry entry, its docs and fixtures both ways.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { readExpectations } from './helpers/annotations.js';
import { DIALECT_IDS } from '../src/dialects/registry.js';

const ROOT = resolve(import.meta.dirname, '..');
const RULES_DIR = join(ROOT, 'rules');
const DOC_SECTIONS = ['Why is this bad?', 'Problematic config', 'Correct config', 'How to fix', 'Profiles', 'Options', 'When not to use it', 'References'];
const FIXED_SUFFIX = '.fixed.conf';

const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
const docFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));

/** Every annotation under fixtures/<dialect>/, as `kind:ruleId` strings. */
function annotationsOf(dialect: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(FIXED_SUFFIX) || name.endsWith('.fixed.caddyfile')) found.add(`fixed:${dir.slice(join(ROOT, 'fixtures', dialect).length + 1).split('/')[0]}`);
      else if (/\.(conf|caddyfile|inc)$|^Caddyfile$/.test(name)) for (const e of readExpectations(readFileSync(path, 'utf8'))) found.add(`${e.kind}:${e.ruleId}`);
    }
  };
  walk(join(ROOT, 'fixtures', dialect));
  return found;
}

describe('rule registry', () => {
  it('lists every rules/*.ts file once, sorted by id', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(ids).toEqual([...ruleFiles].sort());
  });

  it('has at least the rules the foundation issue names', () => {
    expect(allRules.length).toBeGreaterThan(0);
  });
});

describe.each(allRules.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has a kebab-case id, a description without trailing period, and sane metadata', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(rule.meta.description).not.toMatch(/\.$/);
    expect(rule.meta.profiles.length).toBeGreaterThan(0);
    expect(rule.meta.securitySeverity).toBeGreaterThanOrEqual(0);
    expect(rule.meta.securitySeverity).toBeLessThanOrEqual(10);
    expect(rule.meta.docs.endsWith(`/rules/${id}.md`)).toBe(true);
  });

  it('has docs whose title and first line match the rule and whose sections follow the style guide', () => {
    expect(docFiles).toContain(id);
    const doc = readFileSync(join(RULES_DIR, `${id}.md`), 'utf8');
    const lines = doc.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines.find((l, i) => i > 0 && l.trim() !== '')).toBe(rule.meta.description);
    const sections = lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(sections).toEqual(DOC_SECTIONS);
  });

  it.each(rule.meta.dialects ?? DIALECT_IDS)('has fixtures that expect it and fixtures where it must stay silent (%s)', (dialect) => {
    const annotations = annotationsOf(dialect);
    expect(annotations.has(`expect:${id}`), `no "# expect: ${id}" fixture`).toBe(true);
    expect(annotations.has(`ok:${id}`), `no "# ok: ${id}" fixture`).toBe(true);
  });

  it('has an expected --fix output (a .fixed.conf fixture) exactly when it is fixable', () => {
    const dialects = rule.meta.dialects ?? DIALECT_IDS;
    const withFixed = dialects.filter((dialect) => annotationsOf(dialect).has(`fixed:${id}`));
    if (rule.meta.fixable) expect(withFixed, `fixable, but no fixtures/<dialect>/${id}/*${FIXED_SUFFIX}`).not.toEqual([]);
    else expect(withFixed, 'not fixable, yet a .fixed.conf fixture exists').toEqual([]);
  });
});

describe('docs', () => {
  it('has no page without a rule', () => {
    expect(docFiles.filter((id) => !ruleFiles.includes(id))).toEqual([]);
  });
});
