// Caddy's headers handler in its JSON config, proven on the installed caddy: where the model says a
// Strict-Transport-Security header reaches error responses (ResponseHeader.always), and where it does not
// (a `require` status list, deferred operations before a handler that fails).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaddyJsonModel } from '../../src/dialects/caddy/json-model.js';
import { parseCaddyJson } from '../../src/dialects/caddy/parse.js';
import { hstsHeadersOf } from '../../src/model/hsts.js';
import type { LintOptions } from '../../src/engine/options.js';
import { allocatePort, request, waitForPorts } from './probes.js';

const installed = spawnSync('caddy', ['version'], { encoding: 'utf8' }).status === 0;
// Under CI (.ci/run installs every tool) a missing tool fails these tests instead of skipping them.
const IN_CI = process.env.CI === 'true';
const MODEL_OPTIONS = { serverVersions: {}, pathMaps: [], root: '/', openssl: '3.0' } as unknown as LintOptions;

const HSTS = { 'Strict-Transport-Security': ['max-age=63072000'] };
const FAILS = { handler: 'file_server', root: '/nonexistent/tlslint-live' };
const ANSWERS_404 = { handler: 'static_response', status_code: 404, body: 'no' };

/** One host per way of writing the header, each answering a 404: from a failing handler or written by one. */
const SITES: Record<string, unknown[]> = {
  'plain.test': [{ handler: 'headers', response: { set: HSTS } }, FAILS],
  'deferred.test': [{ handler: 'headers', response: { deferred: true, delete: ['Server'], set: HSTS } }, FAILS],
  'default.test': [{ handler: 'headers', response: { require: { headers: { 'Strict-Transport-Security': null } }, set: HSTS } }, FAILS],
  'listed.test': [{ handler: 'headers', response: { require: { status_code: [200, 301, 404, 500] }, set: HSTS } }, FAILS],
  'success-only.test': [{ handler: 'headers', response: { require: { status_code: [2, 3] }, set: HSTS } }, ANSWERS_404],
  'deferred-written.test': [{ handler: 'headers', response: { deferred: true, set: HSTS } }, ANSWERS_404],
  'all-classes.test': [{ handler: 'headers', response: { require: { status_code: [2, 3, 4, 5] }, set: HSTS } }, ANSWERS_404],
};

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tlslint-live-caddy-json-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!installed && !IN_CI)('live caddy JSON headers', () => {
  it('sends HSTS on a 404 exactly where the model says it is sent on every status', async () => {
    expect(installed, 'caddy is not installed').toBe(true);
    const port = await allocatePort();
    const routes = Object.entries(SITES).map(([host, handle]) => ({ match: [{ host: [host] }], handle, terminal: true }));
    const config = {
      admin: { disabled: true },
      storage: { module: 'file_system', root: join(work, 'storage') },
      apps: { http: { servers: { live: { listen: [`127.0.0.1:${port}`], automatic_https: { disable: true }, routes } } } },
    };
    const text = `${JSON.stringify(config, null, '\t')}\n`;
    const entry = join(work, 'caddy.json');
    writeFileSync(entry, text);
    const home = join(work, 'home');
    mkdirSync(home, { recursive: true });
    const env = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') };
    const child = spawn('caddy', ['run', '--config', entry], { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await waitForPorts([port], 15_000, () => child.exitCode !== null).catch((error: Error) => {
        throw new Error(`caddy did not start: ${error.message}\n${stderr.slice(-2000)}`);
      });
      const model = buildCaddyJsonModel(parseCaddyJson(text, entry), MODEL_OPTIONS);
      const seen: Record<string, string> = {};
      const modelled: Record<string, string> = {};
      for (const host of Object.keys(SITES)) {
        const answer = request('http', port, host, '/missing');
        expect(answer.status, answer.output).toBe(404);
        seen[host] = answer.headers.has('strict-transport-security') ? 'sent' : 'absent';
        const endpoint = model.endpoints.find((e) => e.serverNames.includes(host));
        const header = endpoint && hstsHeadersOf(endpoint.scopes[0].headers)[0];
        modelled[host] = header?.always ? 'sent' : 'absent';
      }
      expect(seen).toEqual({
        'plain.test': 'sent',
        'deferred.test': 'absent',
        'default.test': 'absent',
        'listed.test': 'absent',
        'success-only.test': 'absent',
        'deferred-written.test': 'sent',
        'all-classes.test': 'sent',
      });
      expect(modelled).toEqual(seen);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    }
  });
});
