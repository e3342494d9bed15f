// action.yml, run as GitHub runs a composite action's bash step: its inputs become the step's env, then the
// script runs from the action's directory against the workspace. Checks the SARIF it writes, what the log and
// the job summary show, each input, and the exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateSarif } from './report/validate-sarif.js';

const ROOT = resolve(import.meta.dirname, '..');
const workspace = mkdtempSync(join(tmpdir(), 'tlslint-action-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
const summaryFile = join(workspace, 'step-summary.md');
beforeEach(() => writeFileSync(summaryFile, '## an earlier step\n'));

interface Step {
  shell: string;
  env: Record<string, string>;
  run: string;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};

/** The step's env with `${{ inputs.x }}` replaced by the given input or its default. */
function stepEnv(step: Step, inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.env).map(([name, value]) => [
      name,
      value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => {
        if (!(input in action.inputs)) throw new Error(`action.yml uses an undeclared input "${input}"`);
        return inputs[input] ?? action.inputs[input]?.default ?? '';
      }),
    ]),
  );
}

function runAction(inputs: Record<string, string>) {
  for (const name of Object.keys(inputs)) expect(action.inputs, `input "${name}"`).toHaveProperty(name);
  expect(action.runs.using).toBe('composite');
  let status: number | null = 0;
  let output = '';
  for (const step of action.runs.steps) {
    expect(step.shell).toBe('bash');
    const env = {
      PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: ROOT, GITHUB_STEP_SUMMARY: summaryFile, NO_COLOR: '1',
      ...stepEnv(step, inputs),
    };
    // GitHub runs `bash --noprofile --norc -eo pipefail {0}` for `shell: bash`.
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: workspace, env, encoding: 'utf8' });
    status = result.status;
    output += result.stdout + result.stderr;
    if (status !== 0) break;
  }
  return { status, output };
}

const readSarif = (name = 'tlslint.sarif') => JSON.parse(readFileSync(join(workspace, name), 'utf8'));

describe('the GitHub Action (action.yml)', () => {
  it('writes a valid SARIF log with %SRCROOT%-relative paths, prints the findings to the log, and fails the step', () => {
    const run = runAction({ paths: 'examples/nginx/legacy' });
    const path = join(workspace, 'tlslint.sarif');
    expect(existsSync(path)).toBe(true);
    const log = readSarif();
    expect(validateSarif(log)).toEqual([]);
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(uri).toMatchObject({ uri: 'examples/nginx/legacy/nginx.conf', uriBaseId: '%SRCROOT%' });
    // The log says why the step failed: the stylish report of the same run.
    expect(run.output).toContain('examples/nginx/legacy/nginx.conf');
    expect(run.output).toMatch(/\d+:\d+\s+error\s+.+listen-443-no-tls/);
    expect(run.output).toMatch(/✖ \d+ problems/);
    expect(run.status).toBe(1);
  });

  it('writes automationDetails only when a category is given: upload-sarif then keeps its own', () => {
    runAction({ paths: 'examples/nginx/legacy' });
    expect(readSarif().runs[0].automationDetails).toBeUndefined();
    runAction({ paths: 'examples/nginx/legacy', category: 'nginx-edge' });
    expect(readSarif().runs[0].automationDetails).toEqual({ id: 'nginx-edge/' });
  });

  it('appends a table of the findings to the job summary', () => {
    runAction({ paths: 'examples/nginx/legacy' });
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('## an earlier step\n### tlslint\n')).toBe(true);
    expect(summary).toContain('| Severity | Rule | Location | Message |');
    expect(summary).toMatch(/\| error \| \[listen-443-no-tls\]\(https:\/\/[^)]+\) \| `examples\/nginx\/legacy\/nginx\.conf:\d+` \|/);
    writeFileSync(summaryFile, '');
    runAction({ paths: 'examples/nginx/legacy', summary: 'false' });
    expect(readFileSync(summaryFile, 'utf8')).toBe('');
  });

  it('fails on warnings by default, like the CLI and the pre-commit hook', () => {
    expect(action.inputs['fail-on'].default).toBe('warning');
    mkdirSync(join(workspace, 'warn'), { recursive: true });
    // A clean config but for a short HSTS max-age: a warning only.
    const clean = readFileSync(join(ROOT, 'examples/nginx/clean/nginx.conf'), 'utf8');
    expect(clean).toMatch(/max-age=63072000/);
    writeFileSync(join(workspace, 'warn/nginx.conf'), clean.replace('max-age=63072000', 'max-age=300'));
    const warned = runAction({ paths: 'warn' });
    expect(warned.output).toMatch(/warning\s+.+hsts-max-age-short/);
    expect(warned.status).toBe(1);
    expect(runAction({ paths: 'warn', 'fail-on': 'error' }).status).toBe(0);
    expect(runAction({ paths: 'warn', 'fail-on': 'none' }).status).toBe(0);
  });

  it('lints every path of a multi-line list, and a quoted path with a space', () => {
    mkdirSync(join(workspace, 'with space'), { recursive: true });
    cpSync(join(workspace, 'examples/nginx/legacy/nginx.conf'), join(workspace, 'with space/nginx.conf'));
    runAction({ paths: 'examples/nginx/clean\nexamples/nginx/legacy\n"with space"\n', 'fail-on': 'none' });
    const files = readSarif().runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri);
    expect(files).toEqual(expect.arrayContaining(['examples/nginx/clean/nginx.conf', 'examples/nginx/legacy/nginx.conf', 'with%20space/nginx.conf']));
  });

  it('passes `args` to the CLI as flags (quotes group, nothing is expanded), and `config`', () => {
    const old = runAction({ paths: 'examples/nginx/legacy', args: "--server-version 1.22.1 --rule 'listen-443-no-tls=off'", format: 'json', output: 'r.json', 'fail-on': 'none' });
    expect(old.status).toBe(0);
    const ids = JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('protocol-deprecated');
    expect(ids).not.toContain('listen-443-no-tls');
    // $(...) and ; in args stay text: the CLI gets one bad --rule value and exits 2.
    const injected = runAction({ paths: 'examples/nginx/clean', args: '--rule "$(touch pwned);x=off"' });
    expect(injected.status).toBe(2);
    expect(existsSync(join(workspace, 'pwned'))).toBe(false);
    writeFileSync(join(workspace, 'strict.yaml'), 'rules:\n  listen-443-no-tls: "off"\n  ssl-directive-deprecated: "off"\n');
    const configured = runAction({ paths: 'examples/nginx/legacy', config: 'strict.yaml', format: 'json', output: 'c.json', 'fail-on': 'none' });
    expect(configured.status).toBe(0);
    const configuredIds = JSON.parse(readFileSync(join(workspace, 'c.json'), 'utf8')).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(configuredIds).not.toContain('listen-443-no-tls');
  });

  it('exits 2 when a path matches nothing', () => {
    const run = runAction({ paths: 'examples/nginx/clean\nexamples/nginx/typo' });
    expect(run.status).toBe(2);
    expect(run.output).toContain('No files matching "examples/nginx/typo" were found');
  });

  it('passes on a clean config, and prints workflow annotations with format github', () => {
    expect(runAction({ paths: 'examples/nginx/clean', output: 'clean.sarif' }).status).toBe(0);
    const annotations = runAction({ paths: 'examples/nginx/legacy', format: 'github', 'fail-on': 'error' });
    expect(annotations.output).toMatch(/^::error file=examples\/nginx\/legacy\/nginx\.conf,line=\d+/m);
    expect(annotations.status).toBe(1);
  });
});
