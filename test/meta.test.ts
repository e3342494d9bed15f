// Meta-checks (as gixy and ESLint do): every rule has its file, its registry entry, its docs and fixtures both ways.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { readExpectations, readSidecarExpectations } from './helpers/annotations.js';
import { DIALECT_IDS } from '../src/dialects/registry.js';

const ROOT = resolve(import.meta.dirname, '..');
const RULES_DIR = join(ROOT, 'rules');
const DOC_SECTIONS = ['Why is this bad?', 'Problematic config', 'Correct config', 'How to fix', 'Profiles', 'Options', 'When not to use it', 'References'];
const FIXED_SUFFIX = '.fixed.conf';

const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
const docFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));

/** Every annotation under fixtures/<tree>/, as `kind:ruleId` strings (`fixed:ruleId` for an expected --fix output). */
function annotationsOf(tree: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.fixed\.(conf|caddyfile|json)$/.test(name)) found.add(`fixed:${dir.slice(join(ROOT, 'fixtures', tree).length + 1).split('/')[0]}`);
      else if (/\.(conf|caddyfile|inc)$|^Caddyfile$/.test(name)) for (const e of readExpectations(readFileSync(path, 'utf8'))) found.add(`${e.kind}:${e.ruleId}`);
      else if (name.endsWith('.expect')) for (const e of readSidecarExpectations(readFileSync(path, 'utf8'), Infinity)) found.add(`${e.kind}:${e.ruleId}`);
    }
  };
  walk(join(ROOT, 'fixtures', tree));
  return found;
}

/** Caddy's annotations: its Caddyfile cases and its JSON cases (fixtures/caddy-json) together. */
function dialectAnnotations(dialect: string): Set<string> {
  const found = annotationsOf(dialect);
  if (dialect === 'caddy') for (const a of annotationsOf('caddy-json')) found.add(a);
  return found;
}

/**
 * Caddy rules that have no JSON case, and why. Every other rule that runs on Caddy must have JSON cases both
 * ways, and, when fixable, an expected --fix output in JSON unless its JSON fix is listed here as not rendered.
 */
const NOT_IN_CADDY_JSON: Record<string, string> = {
  'include-cycle': 'a JSON config is one file: it includes nothing',
  'include-not-found': 'a JSON config is one file: it includes nothing',
};

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
    const annotations = dialectAnnotations(dialect);
    expect(annotations.has(`expect:${id}`), `no "# expect: ${id}" fixture`).toBe(true);
    expect(annotations.has(`ok:${id}`), `no "# ok: ${id}" fixture`).toBe(true);
  });

  it('has an expected --fix output (a .fixed.conf fixture) exactly when it is fixable', () => {
    const dialects = rule.meta.dialects ?? DIALECT_IDS;
    const withFixed = dialects.filter((dialect) => dialectAnnotations(dialect).has(`fixed:${id}`));
    if (rule.meta.fixable) expect(withFixed, `fixable, but no fixtures/<dialect>/${id}/*${FIXED_SUFFIX}`).not.toEqual([]);
    else expect(withFixed, 'not fixable, yet a .fixed.conf fixture exists').toEqual([]);
  });
});

describe.each(allRules.filter((r) => (r.meta.dialects ?? DIALECT_IDS).includes('caddy')).map((r) => [r.meta.id, r] as const))('rule %s on Caddy JSON', (id, rule) => {
  const annotations = annotationsOf('caddy-json');
  it.skipIf(id in NOT_IN_CADDY_JSON)('has JSON cases that expect it and JSON cases where it must stay silent', () => {
    expect(annotations.has(`expect:${id}`), `no "N: expect: ${id}" in fixtures/caddy-json/**/*.expect (or list it in NOT_IN_CADDY_JSON)`).toBe(true);
    expect(annotations.has(`ok:${id}`), `no "N: ok: ${id}" in fixtures/caddy-json/**/*.expect`).toBe(true);
  });

  it.skipIf(!rule.meta.fixable || id in NOT_IN_CADDY_JSON)('has an expected --fix output in JSON (a .fixed.json fixture) when it is fixable', () => {
    expect(annotations.has(`fixed:${id}`), `fixable, but no fixtures/caddy-json/${id}/*.fixed.json`).toBe(true);
  });
});

describe('docs', () => {
  it('has no page without a rule', () => {
    expect(docFiles.filter((id) => !ruleFiles.includes(id))).toEqual([]);
  });
});
