// Oracle: the facts tlslint reads from a Caddyfile equal those it reads from the JSON Caddy adapts it to
// (Caddy's own adapt tests, and our fixtures through Debian's `caddy adapt`); every corpus Caddyfile parses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaddyfile } from '../../../src/dialects/caddy/parse.js';
import { caddyfileFacts, caddyfileFactsOnDisk, factMatches, jsonFacts, withUnknownsResolved } from './facts.js';
import { readHeader } from '../../helpers/annotations.js';

const CORPUS = fileURLToPath(new URL('../../../fixtures/corpus/caddy/', import.meta.url));
const ADAPT_TESTS = join(CORPUS, 'caddyserver-caddy/caddytest/integration/caddyfile_adapt');
const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
/** The Caddy the adapt tests were written for (caddy master after v2.11.4, see fixtures/corpus/caddy/PROVENANCE.tsv). */
const CORPUS_VERSION = '2.11.4';

/**
 * Pairs whose facts differ for a reason the model states; each must keep differing (once the model learns
 * the case, the entry goes).
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'tls_automation_policies_5.caddyfiletest':
    'an empty `:443 { }` site makes no route: the JSON has nothing to say a site is there (its only trace is an on_demand automation '
    + 'policy without subjects), so the JSON model has no endpoint for what the Caddyfile model reads as a catch-all TLS site on 443',
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
    const fromCaddyfile = withUnknownsResolved(caddyfileFacts(pair.caddyfile, undefined, CORPUS_VERSION).facts, fromJson.facts);
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
    // Run from the fixture's directory: tlslint resolves relative files (trusted_ca_cert_file, which the adapter
    // reads) against the Caddyfile's directory, Caddy against its working directory.
    const adapted = spawnSync('caddy', ['adapt', '--adapter', 'caddyfile', '--config', path], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env }, cwd: dirname(path) });
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


/**
 * Cases of Caddy's token-by-token import (caddyconfig/caddyfile/parse.go doImport: the import line's tokens are
 * replaced by the snippet's, `{args.N}` filled inside tokens) and of environment defaults, each adapted by
 * Debian's caddy: tlslint's facts must be Caddy's.
 */
const INLINE_CASES: ReadonlyArray<readonly [string, string]> = [
  ['a snippet with {args.0} imported into a handle block', '(hsts) {\n\theader Strict-Transport-Security "max-age={args.0}"\n}\nexample.com {\n\thandle /a/* {\n\t\timport hsts 100\n\t\trespond "a"\n\t}\n\trespond "x"\n}\n'],
  ['a snippet whose tokens open and close a block (tls { })', '(tls13) {\n\ttls {\n\t\tprotocols tls1.3\n\t}\n}\nexample.com {\n\timport tls13\n\trespond "x"\n}\n'],
  ['a snippet that is a whole site block, its address an argument', '(site) {\n\t{args.0} {\n\t\theader Strict-Transport-Security max-age=9\n\t\trespond "x"\n\t}\n}\nimport site example.com\nimport site other.example.com\n'],
  ['an argument spliced twice into the middle of one token', '(h) {\n\theader Strict-Transport-Security max-age={args.0}{args.0}\n}\nexample.com {\n\timport h 1\n\trespond "x"\n}\n'],
  ['arguments that are the field and a quoted value with spaces', '(h) {\n\theader {args.0} {args.1}\n}\nexample.com {\n\timport h Strict-Transport-Security "max-age=1; includeSubDomains"\n\trespond "x"\n}\n'],
  ['a one-line snippet', '(one) { header Strict-Transport-Security max-age=1 }\nexample.com {\n\timport one\n\trespond "x"\n}\n'],
  ['a snippet imported into a header block (its lines are header fields)', '(hsts) {\n\tStrict-Transport-Security "max-age={args.0}"\n}\nexample.com {\n\theader {\n\t\timport hsts 100\n\t}\n\trespond "x"\n}\n'],
  ['{args[0]} is not filled by Caddy 2.6 (a literal placeholder in the value)', '(hsts) {\n\theader Strict-Transport-Security max-age={args[0]}\n}\nexample.com {\n\timport hsts 100\n\trespond "x"\n}\n'],
  ['a snippet of tls options imported into a tls block, two arguments', '(p) {\n\tprotocols {args.0} {args.1}\n}\nexample.com {\n\ttls {\n\t\timport p tls1.2 tls1.3\n\t}\n\trespond "x"\n}\n'],
  ['an out-of-range {args.1} is left as written', '(h) {\n\theader Strict-Transport-Security "max-age={args.0}; {args.1}"\n}\nexample.com {\n\timport h 100\n\trespond "x"\n}\n'],
  ['an import after a header field in a header block', '(hsts) {\n\tStrict-Transport-Security "max-age={args.0}"\n}\nexample.com {\n\theader {\n\t\tX-A a\n\t\timport hsts 100\n\t}\n\trespond "x"\n}\n'],
  ['an import inside a named matcher block', '(m) {\n\tpath /admin/*\n}\nexample.com {\n\t@admin {\n\t\timport m\n\t}\n\theader @admin Strict-Transport-Security max-age=5\n\trespond "x"\n}\n'],
  ['an import after a directive of the site', '(h) {\n\theader Strict-Transport-Security max-age=7\n}\nexample.com {\n\theader X-A a\n\timport h\n\trespond "x"\n}\n'],
  ['{$VAR:default} in a site address, a tls option and a header value', '{$SITE:example.com} {\n\ttls {\n\t\tprotocols {$MIN:tls1.3}\n\t}\n\theader Strict-Transport-Security {$HSTS:max-age=31536000}\n\trespond "x"\n}\n'],
  ['an imported snippet\'s argument is an environment default', '(h) {\n\theader Strict-Transport-Security {args.0}\n}\nexample.com {\n\timport h {$HSTS:max-age=1}\n}\n'],
];

describe.runIf(caddyAvailable())('inline cases through Debian\'s caddy adapt', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tlslint-oracle-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(INLINE_CASES)('%s', (_name, text) => {
    const path = join(dir, 'Caddyfile');
    writeFileSync(path, text);
    // No {$...} of these cases is set: Caddy uses the defaults, as tlslint reads them.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['SITE', 'MIN', 'HSTS'].includes(key)));
    const adapted = spawnSync('caddy', ['adapt', '--adapter', 'caddyfile', '--config', path], { encoding: 'utf8', timeout: 30_000, env });
    expect(adapted.status, adapted.stderr).toBe(0);
    const ours = caddyfileFacts(text);
    expect(ours.problems).toEqual([]);
    expect(ours.facts).toEqual(jsonFacts(adapted.stdout).facts);
  });
});
