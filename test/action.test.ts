// action.yml, run as GitHub runs a composite action's bash step: its inputs become the step's env, then the
// script runs from the action's directory against the workspace. Checks the SARIF it writes and the exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateSarif } from './report/validate-sarif.js';

const ROOT = resolve(import.meta.dirname, '..');
const workspace = mkdtempSync(join(tmpdir(), 'tlslint-action-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });

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
      value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? ''),
    ]),
  );
}

function runAction(inputs: Record<string, string>) {
  expect(action.runs.using).toBe('composite');
  let status: number | null = 0;
  let output = '';
  for (const step of action.runs.steps) {
    expect(step.shell).toBe('bash');
    const env = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: ROOT, NO_COLOR: '1', ...stepEnv(step, inputs) };
    const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: workspace, env, encoding: 'utf8' });
    status = result.status;
    output += result.stdout + result.stderr;
    if (status !== 0) break;
  }
  return { status, output };
}

describe('the GitHub Action (action.yml)', () => {
  it('writes a valid SARIF log with the category and %SRCROOT%-relative paths; errors fail the step', () => {
    const run = runAction({ paths: 'examples/nginx/legacy', 'fail-on': 'error' });
    const path = join(workspace, 'tlslint.sarif');
    expect(existsSync(path)).toBe(true);
    const log = JSON.parse(readFileSync(path, 'utf8'));
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].automationDetails).toEqual({ id: 'tlslint/' });
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(uri).toMatchObject({ uri: 'examples/nginx/legacy/nginx.conf', uriBaseId: '%SRCROOT%' });
    // The legacy example has error-level findings: the step fails, so the workflow shows it.
    expect(run.status).toBe(1);
  });

  it('passes on a clean config, and prints workflow annotations with format github', () => {
    expect(runAction({ paths: 'examples/nginx/clean', output: 'clean.sarif' }).status).toBe(0);
    const annotations = runAction({ paths: 'examples/nginx/legacy', format: 'github', 'fail-on': 'error' });
    expect(annotations.output).toMatch(/^::error file=examples\/nginx\/legacy\/nginx\.conf,line=\d+/m);
    expect(annotations.status).toBe(1);
  });
});
