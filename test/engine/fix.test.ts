// --fix: whole fixes without overlaps, CRLF kept, atomic writes, and a second run with nothing left to fix.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { applyFindingFixes } from '../../src/engine/fix.js';
import type { Finding } from '../../src/engine/finding.js';
import { rangeAt } from '../helpers/model-builder.js';

const scratch = mkdtempSync(join(tmpdir(), 'tlslint-fix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(args: string[]) {
  return runCli(args, scratch);
}

function edit(start: number, end: number, text: string): Finding {
  const range = { ...rangeAt(1), start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } };
  return { ruleId: 'r', messageId: 'm', severity: 'warning', message: '', range, related: [], fix: { description: 'd', edits: [{ range, text }] } };
}

describe('applyFindingFixes', () => {
  it('applies non-overlapping fixes and leaves overlapping ones for the next pass', () => {
    expect(applyFindingFixes('abcdef', [edit(0, 2, 'X'), edit(1, 3, 'Y'), edit(4, 4, '+')])).toEqual({ text: 'Xcd+ef', fixed: 2 });
    // An insertion where a replacement ends waits too: both may rewrite the same value.
    expect(applyFindingFixes('abcdef', [edit(0, 2, 'X'), edit(2, 2, '+')])).toEqual({ text: 'Xcdef', fixed: 1 });
  });

  it('takes the whole line with a deletion that leaves it blank', () => {
    expect(applyFindingFixes('a\n    ssl on;\nb', [edit(6, 13, '')]).text).toBe('a\nb');
    expect(applyFindingFixes('x; ssl on;\n', [edit(3, 10, '')]).text).toBe('x; \n');
  });

  it('writes CRLF into CRLF files and counts offsets after a byte-order mark', () => {
    expect(applyFindingFixes('\uFEFFab\r\ncd', [edit(2, 2, '\nx')]).text).toBe('\uFEFFab\r\nx\r\ncd');
  });
});

describe('tlslint --fix', () => {
  it('fixes a copy of a fixture in place, keeps its mode, and a second run finds nothing left to fix', async () => {
    const file = join(scratch, 'site.conf');
    const text = 'server {\n    listen 443 ssl;\n    server_name a.example;\n    ssl on;\n    ssl_protocols TLSv1 TLSv1.2;\n    ssl_session_tickets on;\n}\n';
    writeFileSync(file, text.replace(/\n/g, '\r\n'));
    chmodSync(file, 0o640);
    const dry = await cli(['--server-version', '1.24.0', '--fix-dry-run', file]);
    expect(dry.stdout).toMatch(/^--- a\/site\.conf\n\+\+\+ b\/site\.conf\n@@ /);
    expect(readFileSync(file, 'utf8')).toBe(text.replace(/\n/g, '\r\n'));

    const fixed = await cli(['--server-version', '1.24.0', '--fix', '-f', 'json', file]);
    expect(fixed.stderr).toMatch(/fixed \d+ problems? in 1 file/);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toMatch(/ssl on;/);
    expect(after).not.toMatch(/\r\n[ \t]*\r\n/);
    expect(after).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(after).toContain('ssl_session_tickets off;');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(scratch).filter((n) => n.includes('.tlslint-'))).toEqual([]);
    const left = JSON.parse((await cli(['--server-version', '1.24.0', '-f', 'json', file])).stdout).findings as { fix: unknown }[];
    expect(left.filter((f) => f.fix)).toEqual([]);
  });
});

describe('--fix on a symlinked config', () => {
  it('fixes the file the link points to and keeps the link (Debian sites-enabled -> sites-available)', async () => {
    const { mkdirSync, symlinkSync, lstatSync } = await import('node:fs');
    const available = join(scratch, 'links', 'sites-available');
    const enabled = join(scratch, 'links', 'sites-enabled');
    mkdirSync(available, { recursive: true });
    mkdirSync(enabled, { recursive: true });
    const target = join(available, 'shop');
    writeFileSync(target, 'server {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/a.pem;\n    ssl_certificate_key /etc/ssl/a.key;\n    ssl_protocols TLSv1 TLSv1.2;\n}\n');
    chmodSync(target, 0o664);
    symlinkSync('../sites-available/shop', join(enabled, 'shop'));
    const result = await cli(['--fix', '--server-version', '1.22.1', enabled]);
    expect(result.stderr).toMatch(/fixed \d+ problems? in 1 file/);
    expect(lstatSync(join(enabled, 'shop')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(statSync(target).mode & 0o7777).toBe(0o664);
    expect(readdirSync(enabled)).toEqual(['shop']);
  });
});
