// A file Apache's text reader gives up on is read through chevrotain's lexer and parser (cst-reader.ts), which a run
// imports only then (src/dialects/on-demand.ts): the run reads its files again once the reader is loaded, and
// reports exactly what it would have reported had the reader always been there.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, lint, type RunOptions } from '../../../src/engine/run.js';
import { onDemandMisses } from '../../../src/dialects/on-demand.js';

// No text is known that the text reader gives up on: the reader is made to give up on the files holding this line.
vi.mock('../../../src/dialects/apache/to-ast.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/dialects/apache/to-ast.js')>();
  return {
    ...actual,
    readApacheText: (text: string, ...rest: Parameters<typeof actual.readApacheText> extends [string, ...infer R] ? R : never) =>
      !text.includes('# through the parser') && actual.readApacheText(text, ...rest),
  };
});

const root = mkdtempSync(join(tmpdir(), 'tlslint-cst-reader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the same tree under `dir`, its site marked to go through the parser when `marked`. */
function tree(dir: string, marked: boolean): string {
  const write = (path: string, text: string): string => {
    const full = join(root, dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  write('sites-enabled/site.conf', [
    '<VirtualHost *:443>',
    '    ServerName site.example',
    '    SSLEngine on',
    '    SSLProtocol all -SSLv3',
    '    SSLCertificateFile /etc/ssl/s.pem',
    '    SSLCertificateKeyFile /etc/ssl/s.key',
    '    <Location "/a">',
    '    Header always set "Strict-Transport-Security" "max-age=60"',
    // The comment is the file's last line, so both trees' other lines have the same numbers.
    ...(marked ? ['# through the parser'] : []),
    '',
  ].join('\n'));
  return write('apache2.conf', 'Listen 443\nIncludeOptional sites-enabled/*.conf\n');
}

const options: RunOptions = {
  dialect: 'apache', profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0',
  now: new Date('2026-06-01T00:00:00Z'), root, pathMaps: [], ruleOptions: {}, ruleSettings: {}, limits: DEFAULT_LIMITS,
};

/** A run's result with the tree's directory named alike, to compare two trees. */
async function report(entry: string, dir: string): Promise<string> {
  const result = await lint([entry], options);
  const { sources: _sources, ...rest } = result;
  return JSON.stringify(rest).replaceAll(join(root, dir), 'TREE');
}

describe('the Apache CST reader, imported on demand', () => {
  it('reads a tree again through the parser once a file needs it, and reports what the text reader would', async () => {
    const viaText = await report(tree('text', false), 'text');
    expect(viaText).toContain('parse-error');
    expect(viaText).toContain('protocol-deprecated');
    const marked = tree('parser', true);
    const misses = onDemandMisses();
    const viaParser = await report(marked, 'parser');
    // The site missed the reader on the first reading: the run loaded it and read the tree again.
    expect(onDemandMisses()).toBeGreaterThan(misses);
    expect(viaParser).not.toContain('reader was not loaded');
    expect(viaParser).toBe(viaText);
    // Loaded now: the next run reads the site through the parser at once.
    const loaded = onDemandMisses();
    expect(await report(marked, 'parser')).toBe(viaText);
    expect(onDemandMisses()).toBe(loaded);
  });
});
