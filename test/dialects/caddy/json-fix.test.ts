// --fix in Caddy's JSON config: the edits keep the user's layout, say only what is safe, and give JSON that
// Debian's caddy validates (the fixtures' .fixed.json outputs too).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Change } from '../../../src/model/change.js';
import type { Endpoint, HeaderScope } from '../../../src/model/types.js';
import type { Fix } from '../../../src/engine/finding.js';
import { buildCaddyJsonModel } from '../../../src/dialects/caddy/json-model.js';
import { parseCaddyJson } from '../../../src/dialects/caddy/parse.js';
import { renderCaddyJson } from '../../../src/dialects/caddy/render.js';
import { getProfile } from '../../../src/tls/mozilla-profiles.js';
import { makeOptions } from '../../helpers/model-builder.js';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../../src/engine/run.js';
import { applyFindingFixes } from '../../../src/engine/fix.js';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/caddy-json');
const scratch = mkdtempSync(join(tmpdir(), 'tlslint-caddy-json-fix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** Debian's caddy is installed (CI requires it): outputs and fixed fixtures go through `caddy validate`. */
const CADDY = caddyAvailable();

let count = 0;
/** The model of a JSON text, under a path of its own (fixes are rendered per file). */
function modelOf(text: string) {
  const file = parseCaddyJson(text, join(scratch, `case-${++count}.json`));
  expect(file.diagnostics).toEqual([]);
  return buildCaddyJsonModel(file, makeOptions());
}

/** The text with the fix's edits applied (as --fix applies one finding's edits). */
function applied(text: string, fix: Fix | undefined): string {
  expect(fix, 'no fix rendered').toBeDefined();
  let out = text;
  for (const edit of [...fix!.edits].sort((a, b) => b.range.start.offset - a.range.start.offset)) {
    out = out.slice(0, edit.range.start.offset) + edit.text + out.slice(edit.range.end.offset);
  }
  expect(() => JSON.parse(out), out).not.toThrow();
  return out;
}

function endpointOf(text: string, label = 'example.com'): Endpoint {
  const endpoint = modelOf(text).endpoints.find((e) => e.label === label);
  expect(endpoint, `no endpoint ${label}`).toBeDefined();
  return endpoint!;
}

function hsts(endpoint: Endpoint, scope: HeaderScope = endpoint.scopes[0]): Change {
  return { kind: 'addHeader', endpoint, scope, name: 'Strict-Transport-Security', value: 'max-age=63072000', always: true };
}

/** An output of the cases below: Debian's caddy must validate it (when caddy is there; CI requires it). */
function keep(name: string, text: string): string {
  if (!CADDY) return text;
  const path = join(scratch, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(path, text);
  const result = validate(path);
  expect(result.status, `caddy validate refuses the ${name} output: ${result.output}`).toBe(0);
  return text;
}

const PRETTY = `{
  "apps": {
    "http": {
      "servers": {
        "srv0": {
          "listen": [":443"],
          "routes": [
            {
              "match": [{"host": ["example.com"]}],
              "handle": [{"handler": "static_response", "body": "hi"}],
              "terminal": true
            }
          ],
          "tls_connection_policies": [
            {
              "cipher_suites": [
                "TLS_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
              ],
              "protocol_max": "tls1.2"
            }
          ]
        }
      }
    }
  }
}
`;

describe('Caddy JSON fixes', () => {
  it('sets protocols in the connection policy: protocol_max replaced, protocol_min written first when it differs from tls1.2', () => {
    const endpoint = endpointOf(PRETTY);
    const out = keep('protocols', applied(PRETTY, renderCaddyJson({ kind: 'set', endpoint, key: 'protocols', value: ['TLSv1.3'] })));
    expect(out).toContain(`            {
              "protocol_min": "tls1.3",
              "cipher_suites": [`);
    expect(out).toContain('"protocol_max": "tls1.3"');
    expect(out.length - PRETTY.length).toBe('"protocol_min": "tls1.3",\n              '.length);
  });

  it('adds TLS 1.3 by widening protocol_max, and renders nothing without a policy to edit', () => {
    const endpoint = endpointOf(PRETTY);
    const out = applied(PRETTY, renderCaddyJson({ kind: 'addProtocol', endpoint, protocol: 'TLSv1.3' }));
    expect(out).toBe(PRETTY.replace('"protocol_max": "tls1.2"', '"protocol_max": "tls1.3"'));
    const bare = PRETTY.replace(/,\n\s*"tls_connection_policies"[\s\S]*?\n {10}\]/, '');
    expect(() => JSON.parse(bare)).not.toThrow();
    expect(renderCaddyJson({ kind: 'addProtocol', endpoint: endpointOf(bare), protocol: 'TLSv1.3' })).toBeUndefined();
  });

  it('replaces cipher_suites with the IANA names Go offers, one per line as written', () => {
    const endpoint = endpointOf(PRETTY);
    const out = keep('ciphers', applied(PRETTY, renderCaddyJson({ kind: 'setCiphers', endpoint, profile: getProfile('intermediate') })));
    expect(out).toContain(`              "cipher_suites": [
                "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",`);
    expect(out).not.toContain('TLS_RSA_WITH');
    expect(out).not.toMatch(/"TLS_DHE_/);
  });

  it('adds HSTS to a site as a host-matched route of its own before the site\'s routes, in the file\'s indentation', () => {
    const endpoint = endpointOf(PRETTY);
    const out = keep('site header', applied(PRETTY, renderCaddyJson(hsts(endpoint))));
    expect(out).toContain(`          "routes": [
            {
              "match": [
                {
                  "host": [
                    "example.com"
                  ]
                }
              ],
              "handle": [
                {
                  "handler": "headers",
                  "response": {
                    "set": {
                      "Strict-Transport-Security": [
                        "max-age=63072000"
                      ]
                    }
                  }
                }
              ]
            },
            {
              "match": [{"host": ["example.com"]}],`);
    // The model reads it back as the site's header, sent on every status.
    const header = endpointOf(out).scopes[0].headers[0];
    expect(header).toMatchObject({ name: 'Strict-Transport-Security', value: 'max-age=63072000', always: true });
  });

  it('writes on one line into a one-line document', () => {
    const text = '{"apps":{"http":{"servers":{"a":{"listen":[":443"],"routes":[{"match":[{"host":["example.com"]}],"handle":[{"handler":"static_response","body":"hi"}]}]}}}}}';
    const out = keep('compact', applied(text, renderCaddyJson(hsts(endpointOf(text)))));
    expect(out).toBe(text.replace('"routes":[', '"routes":[{"match":[{"host":["example.com"]}],"handle":[{"handler":"headers","response":{"set":{"Strict-Transport-Security":["max-age=63072000"]}}}]},'));
  });

  it('adds a routes list to a server that has none', () => {
    const text = '{\n\t"apps": {\n\t\t"http": {\n\t\t\t"servers": {\n\t\t\t\t"a": {\n\t\t\t\t\t"listen": [":443"],\n\t\t\t\t\t"tls_connection_policies": [{}]\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}\n';
    const endpoint = endpointOf(text, 'server a');
    const out = keep('no routes', applied(text, renderCaddyJson(hsts(endpoint))));
    expect(out).toContain('\t\t\t\t"a": {\n\t\t\t\t\t"routes": [\n\t\t\t\t\t\t{\n\t\t\t\t\t\t\t"handle": [\n');
    expect(endpointOf(out, 'server a').scopes[0].headers.map((h) => h.name)).toEqual(['Strict-Transport-Security']);
  });

  it('adds HSTS first in a path route\'s handlers', () => {
    const text = `{"apps": {"http": {"servers": {"a": {"listen": [":443"], "routes": [
  {"match": [{"host": ["example.com"]}], "handle": [{"handler": "headers", "response": {"set": {"Strict-Transport-Security": ["max-age=63072000"]}}}]},
  {"match": [{"host": ["example.com"], "path": ["/static/*"]}], "handle": [{"handler": "file_server", "root": "/srv"}]}
]}}}}}`;
    const endpoint = endpointOf(text);
    const scope = endpoint.scopes.find((s) => s.kind === 'path')!;
    const out = keep('path route', applied(text, renderCaddyJson(hsts(endpoint, scope))));
    expect(out).toContain('"handle": [{"handler": "headers", "response": {"set": {"Strict-Transport-Security": ["max-age=63072000"]}}}, {"handler": "file_server"');
  });

  it('renders no header a delete would remove again', () => {
    const text = `{"apps": {"http": {"servers": {"a": {"listen": [":443"], "routes": [
  {"match": [{"host": ["example.com"]}], "handle": [{"handler": "headers", "response": {"deferred": true, "delete": ["Strict-*"]}}]}
]}}}}}`;
    const endpoint = endpointOf(text);
    expect(renderCaddyJson(hsts(endpoint))).toBeUndefined();
  });

  it('escapes replacement text for the JSON string it goes into', () => {
    const text = '{"apps": {"http": {"servers": {"a": {"listen": [":443"]}}}}}';
    const file = parseCaddyJson(text, join(scratch, 'escape.json'));
    const at = text.indexOf(':443');
    const range = { file: file.path, start: { line: 1, column: at + 1, offset: at }, end: { line: 1, column: at + 5, offset: at + 4 } };
    const fix = renderCaddyJson({ kind: 'replaceText', range, text: 'say "x"\\', description: 'test' });
    expect(fix!.edits[0].text).toBe('say \\"x\\"\\\\');
  });
});

/** True when Debian's caddy is installed; in CI (CI=true) its absence fails the suite instead of skipping it. */
function caddyAvailable(): boolean {
  const found = spawnSync('caddy', ['version'], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI === 'true') throw new Error('caddy is not installed: the JSON fix check needs Debian\'s caddy package in CI');
  if (!found) console.warn('json-fix.test.ts: caddy is not installed, fixed JSON is not checked with `caddy validate` (SKIPPED)');
  return found;
}

function fixedFixtures(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.fixed.json')) out.push(path);
    }
  };
  walk(FIXTURES);
  return out;
}

/** `caddy validate` of a JSON file, run in its directory (relative certificate paths) with a throwaway home. */
function validate(path: string): { status: number | null; output: string } {
  const home = mkdtempSync(join(scratch, 'home-'));
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home };
  const run = spawnSync('caddy', ['validate', '--config', path], { cwd: dirname(path), env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.trim().split('\n').at(-1) ?? '' };
}


describe.runIf(CADDY)('fixed Caddy JSON through Debian\'s caddy validate', () => {
  const fixed = fixedFixtures();

  it('has fixed fixtures to check', () => expect(fixed.length).toBeGreaterThan(0));

  it.each(fixed.map((f) => [relative(FIXTURES, f), f] as const))('%s', (_name, path) => {
    const result = validate(path);
    expect(result.status, result.output).toBe(0);
  });

});

const ADAPT_TESTS = resolve(import.meta.dirname, '../../../fixtures/corpus/caddy/caddyserver-caddy/caddytest/integration/caddyfile_adapt/');

/** The JSON halves of Caddy's adapt tests: real Caddy JSON configs, as `caddy adapt` writes them. */
function corpusConfigs(): Array<{ name: string; text: string }> {
  return readdirSync(ADAPT_TESTS).sort().flatMap((name) => {
    const json = readFileSync(join(ADAPT_TESTS, name), 'utf8').split(/^-{10,}\s*$/m)[1]?.trim();
    return json?.startsWith('{') ? [{ name, text: `${json}\n` }] : [];
  });
}

describe('fixes on the JSON of Caddy\'s adapt tests', () => {
  it('each gives valid JSON, and all of them together leave nothing they fix', async () => {
    const configs = corpusConfigs();
    expect(configs.length).toBeGreaterThan(200);
    const options = (root: string): RunOptions => ({
      dialect: 'caddy', syntax: 'caddy-json', profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0',
      now: new Date('2026-06-01T00:00:00Z'), root, pathMaps: [], ruleOptions: {}, ruleSettings: {}, limits: DEFAULT_LIMITS,
    });
    let fixes = 0;
    const problems: string[] = [];
    for (const { name, text } of configs) {
      const dir = mkdtempSync(join(scratch, 'corpus-'));
      const file = join(dir, 'caddy.json');
      writeFileSync(file, text);
      const fixable = (await lint([file], options(dir))).findings.filter((f) => f.fix);
      for (const finding of fixable) {
        fixes++;
        const one = applyFindingFixes(text, [finding]).text;
        try {
          JSON.parse(one);
        } catch {
          problems.push(`${name}: the fix of ${finding.ruleId} gives invalid JSON`);
        }
      }
      if (fixable.length === 0) continue;
      writeFileSync(file, applyFindingFixes(text, fixable).text);
      const left = (await lint([file], options(dir))).findings.filter((f) => f.fix && fixable.some((g) => g.ruleId === f.ruleId && g.range.start.line === f.range.start.line));
      for (const f of left) problems.push(`${name}: ${f.ruleId} at line ${f.range.start.line} is still there after --fix`);
    }
    expect(problems).toEqual([]);
    expect(fixes, 'the corpus gives fewer fixes to check than it did (144 with caddy 2.6.2 rules)').toBeGreaterThan(100);
  });

  it.runIf(CADDY)('caddy validate accepts each fixed config it accepted before the fixes', async () => {
    const options: RunOptions = {
      dialect: 'caddy', syntax: 'caddy-json', profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0',
      now: new Date('2026-06-01T00:00:00Z'), root: scratch, pathMaps: [], ruleOptions: {}, ruleSettings: {}, limits: DEFAULT_LIMITS,
    };
    const problems: string[] = [];
    let checked = 0;
    for (const { name, text } of corpusConfigs()) {
      const dir = mkdtempSync(join(scratch, 'validate-'));
      const file = join(dir, 'caddy.json');
      writeFileSync(file, text);
      const fixable = (await lint([file], { ...options, root: dir })).findings.filter((f) => f.fix);
      if (fixable.length === 0) continue;
      const fixed = join(dir, 'fixed.json');
      writeFileSync(fixed, applyFindingFixes(text, fixable).text);
      const after = validate(fixed);
      if (after.status === 0) {
        checked++;
        continue;
      }
      // Some adapt tests name files or modules this machine lacks: only a config Caddy took before counts.
      if (validate(file).status === 0) problems.push(`${name}: caddy validate refuses the fixed config: ${after.output}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
