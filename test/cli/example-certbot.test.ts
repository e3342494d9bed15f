// The shipped certbot example (Debian layout, symlinked site, certbot's options file absent) lints cleanly.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('examples/nginx/certbot', () => {
  it('has no findings: certbot\'s options are read as published, with a note, and the site is linted once', async () => {
    const run = await runCli(['--format', 'json', 'examples/nginx/certbot/'], ROOT);
    const report = JSON.parse(run.stdout) as { findings: unknown[]; notifications: Array<{ level: string; message: string }> };
    expect(run.code).toBe(0);
    expect(report.findings).toEqual([]);
    const published = report.notifications.filter((n) => n.message.includes("certbot's published options-ssl-nginx.conf"));
    expect(published.map((n) => n.level)).toEqual(['note']);
  });

  it('is linted in its main config when pre-commit names the real file behind the symlink', async () => {
    const run = await runCli(['--format', 'json', 'examples/nginx/certbot/sites-available/blog.example.com'], ROOT);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });
});
