// Oracle: the facts tlslint reads from a Caddyfile equal those it reads from the JSON Caddy adapts it to
// (Caddy's own adapt tests, and our fixtures through Debian's `caddy adapt`); every corpus Caddyfile parses.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCaddyfile } from '../../../src/dialects/caddy/parse.js';
import { caddyfileFacts, caddyfileFactsOnDisk, factMatches, jsonFacts, withUnknownsResolved } from './facts.js';
import { readHeader } from '../../helpers/annotations.js';

const CORPUS = fileURLToPath(new URL('../../../fixtures/corpus/caddy/', import.meta.url));
const ADAPT_TESTS = join(CORPUS, 'caddyserver-caddy/caddytest/integration/caddyfile_adapt');
const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/**
 * Pairs whose facts differ for a reason the model states; each must keep differing (once the model learns
 * the case, the entry goes).
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'bind_fd_fdgram_h123.caddyfiletest': '`bind fd/...` listeners (inherited file descriptors) are not modelled',
  'tls_automation_policies_5.caddyfiletest': 'an empty `:443 { }` site makes no route, so the JSON model has no endpoint for it',
};

/** Files of the corpus that are Caddyfiles (adapt tests' first halves, import fragments, Debian's). */
function corpusCaddyfiles(): Array<{ name: string; text: string; refused: boolean }> {
  const out: Array<{ name: string; text: string; refused: boolean }> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(caddyfiletest|txt|conf)$|^Caddyfile$/.test(entry)) {
        const [text, expected] = readFileSync(path, 'utf8').split(/^-{10,}\s*$/m);
        // An adapt test whose expected output is not JSON is Caddy's error message: a Caddyfile it refuses.
        // Only the lexer's errors (heredocs) are syntax; the others (unknown directives, ports out of range,
        // undefined named routes) are checked by the adapter, beyond what the parser reads.
        const refused = expected !== undefined && !expected.trim().startsWith('{');
        const syntax = refused && /heredoc|too many '<'/.test(expected);
        if (!refused || syntax) out.push({ name: relative(CORPUS, path), text, refused });
      }
    }
  };
  walk(CORPUS);
  return out;
}

function adaptPairs(): Array<{ name: string; caddyfile: string; json: string }> {
  return readdirSync(ADAPT_TESTS).sort().flatMap((name) => {
    const [caddyfile, json] = readFileSync(join(ADAPT_TESTS, name), 'utf8').split(/^-{10,}\s*$/m);
    return json?.trim().startsWith('{') ? [{ name, caddyfile, json }] : [];
  });
}

describe('Caddy corpus', () => {
  const files = corpusCaddyfiles();

  it('has the adapt tests and Debian\'s Caddyfile', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files.filter((f) => f.refused).length).toBe(4);
    expect(files.some((f) => f.name === 'debian-caddy/etc/caddy/Caddyfile')).toBe(true);
  });

  it.each(files.filter((f) => !f.refused).map((f) => [f.name, f.text] as const))('parses %s without parse-error', (name, text) => {
    expect(parseCaddyfile(text, `/corpus/${name}`).diagnostics.map((d) => d.message)).toEqual([]);
  });

  it.each(files.filter((f) => f.refused).map((f) => [f.name, f.text] as const))('reports the syntax error Caddy reports in %s', (name, text) => {
    expect(parseCaddyfile(text, `/corpus/${name}`).diagnostics.map((d) => d.ruleId)).toContain('parse-error');
  });
});

describe('Caddyfile facts equal the facts of the JSON caddy adapt makes of it (Caddy\'s adapt tests)', () => {
  const pairs = adaptPairs();

  it('has the pairs', () => expect(pairs.length).toBeGreaterThan(200));

  it.each(pairs.map((p) => [p.name, p] as const))('%s', (name, pair) => {
    const fromJson = jsonFacts(pair.json);
    const fromCaddyfile = withUnknownsResolved(caddyfileFacts(pair.caddyfile).facts, fromJson.facts);
    expect(fromJson.problems).toEqual([]);
    if (KNOWN_DIFFERENCES[name]) expect(fromCaddyfile, KNOWN_DIFFERENCES[name]).not.toEqual(fromJson.facts);
    else expect(fromCaddyfile).toEqual(fromJson.facts);
  });
});

/** True when Debian's caddy is installed; in CI (CI=true) its absence fails the suite instead of skipping it. */
function caddyAvailable(): boolean {
  const found = spawnSync('caddy', ['version'], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI === 'true') throw new Error('caddy is not installed: the Caddy oracle needs Debian\'s caddy package in CI');
  if (!found) console.warn('oracle.test.ts: caddy is not installed, our fixtures are not checked against `caddy adapt` (SKIPPED)');
  return found;
}

/** Our Caddyfile fixtures and examples. */
function ownCaddyfiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.caddyfile$|^Caddyfile$/.test(entry)) out.push(path);
    }
  };
  walk(join(FIXTURES, 'caddy'));
  walk(fileURLToPath(new URL('../../../examples/caddy/', import.meta.url)));
  return out;
}

describe.runIf(caddyAvailable())('our Caddyfiles through Debian\'s caddy adapt', () => {
  const files = ownCaddyfiles();

  it('has fixtures to check', () => expect(files.length).toBeGreaterThan(0));

  // Each file is adapted by the real caddy (no network, no admin: `adapt` only converts). A file Caddy
  // refuses must get an error from tlslint, and one it accepts must give the same facts both ways.
  it.each(files.map((f) => [relative(FIXTURES, f), f] as const))('%s', async (_name, path) => {
    const ours = await caddyfileFactsOnDisk(path);
    // A fixture with `{$NAME}`s names the environment Caddy is given; tlslint reads none of it.
    const { env } = readHeader(readFileSync(path, 'utf8'));
    const adapted = spawnSync('caddy', ['adapt', '--adapter', 'caddyfile', '--config', path], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } });
    if (adapted.status !== 0) {
      expect(ours.problems.length, `caddy adapt refuses it: ${adapted.stderr.trim().split('\n').at(-1)}`).toBeGreaterThan(0);
      return;
    }
    expect(ours.problems).toEqual([]);
    const theirs = jsonFacts(adapted.stdout).facts;
    if (!env) {
      expect(withUnknownsResolved(ours.facts, theirs)).toEqual(theirs);
      return;
    }
    // What the environment decides is unknown to tlslint: it claims fewer facts, and every one it claims holds.
    for (const fact of ours.facts) expect(theirs.some((known) => factMatches(fact, known)), fact).toBe(true);
    expect(theirs.length > ours.facts.length || ours.facts.some((f) => / \w+=\?( |$)/.test(f)), 'tlslint claims as much as with the environment known').toBe(true);
  });
});

