// Inline suppressions: the finding stays in the result marked suppressed, with the reason, and stops counting.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../src/engine/run.js';
import { buildSarifLog } from '../../src/report/sarif.js';
import type { UnusedDisableSetting } from '../../src/engine/suppressions.js';
import { allRules } from '../../rules/index.js';
import { makeOptions } from '../helpers/model-builder.js';

const scratch = mkdtempSync(join(tmpdir(), 'tlslint-suppress-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SERVER = (extra: string, listen = 'listen 443;') => `server {\n    ${listen}\n    server_name a.example;\n${extra}}\n`;

async function run(name: string, text: string, reportUnusedDisable: UnusedDisableSetting = false) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  const options: RunOptions = { ...makeOptions({ root: scratch }), dialect: 'nginx', ruleSettings: {}, onlyRules: ['listen-443-no-tls'], limits: DEFAULT_LIMITS, reportUnusedDisable };
  return lint([path], options);
}

describe('inline suppressions', () => {
  it('disable-next-line skips comment lines and records the reason', async () => {
    const result = await run('next.conf', 'server {\n    # tlslint-disable-next-line listen-443-no-tls -- TLS ends at the load balancer\n    # another comment\n    listen 443;\n}\n');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0].suppression).toEqual({ kind: 'inSource', justification: 'TLS ends at the load balancer' });
    const sarif = buildSarifLog(result, allRules.map((r) => r.meta), { toolVersion: '0.0.0', includeSuppressed: true });
    expect(sarif.runs[0].results?.[0].suppressions).toEqual([{ kind: 'inSource', justification: 'TLS ends at the load balancer' }]);
  });

  it('disable-line, disable/enable blocks, disable-file and "all rules" forms', async () => {
    expect((await run('line.conf', SERVER('', 'listen 443; # tlslint-disable-line listen-443-no-tls'))).findings[0].suppression).toBeDefined();
    const block = await run('block.conf', `# tlslint-disable listen-443-no-tls\n${SERVER('')}# tlslint-enable listen-443-no-tls\n${SERVER('')}`);
    expect(block.findings.map((f) => Boolean(f.suppression))).toEqual([true, false]);
    const file = await run('file.conf', `${SERVER('')}# tlslint-disable-file\n${SERVER('')}`);
    expect(file.findings.every((f) => f.suppression)).toBe(true);
  });

  it('leaves other rules alone and reports unknown ids and, when asked, unused comments', async () => {
    const other = await run('other.conf', SERVER('', 'listen 443; # tlslint-disable-line hsts-missing, no-such-rule'));
    expect(other.findings[0].suppression).toBeUndefined();
    expect(other.notifications.map((n) => n.message)).toEqual([expect.stringContaining('names unknown rule "no-such-rule"')]);
    const unused = await run('unused.conf', '# tlslint-disable-next-line listen-443-no-tls\nserver { listen 443 ssl; }\n', true);
    expect(unused.notifications.map((n) => n.message)).toEqual([expect.stringContaining('Unused tlslint-disable-next-line listen-443-no-tls')]);
    expect((await run('quiet.conf', '# tlslint-disable-next-line listen-443-no-tls\nserver { listen 443 ssl; }\n')).notifications).toEqual([]);
  });

  // ESLint's --report-unused-disable-directives-severity: the comment's line, counted at the chosen level.
  it('reports unknown and unused comments with their line, at the chosen severity, counting toward the exit code', async () => {
    const text = 'server { listen 443 ssl; }\n\n# tlslint-disable-next-line listen-443-no-tls\nserver { listen 443 ssl; }\n';
    const [unused] = (await run('severity.conf', text, 'error')).notifications;
    expect(unused).toMatchObject({ level: 'error', line: 3, counts: true, file: join(scratch, 'severity.conf') });
    expect((await run('off.conf', text, 'off')).notifications).toEqual([]);
    expect((await run('true.conf', text, true)).notifications[0].level).toBe('warning');
    const unknown = await run('unknown.conf', '# tlslint-disable-next-line no-such-rule\nserver { listen 443 ssl; }\n', 'note');
    expect(unknown.notifications).toEqual([expect.objectContaining({ level: 'note', line: 1, counts: true })]);
    expect((await run('unknown2.conf', '# tlslint-disable-file no-such-rule\n')).notifications[0].level).toBe('warning');
  });
});
