// Properties of --fix and of output size: a fix changes only the bytes it edits, whatever surrounds them
// (any UTF-8, BOM, CRLF, lone CR, or bytes that are not UTF-8 at all), and reports stay bounded in the input.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsFromFlags, type CliFlags } from '../../src/cli/options.js';
import { renderReport } from '../../src/cli/render.js';
import { fixScope, planFixes } from '../../src/engine/fix.js';
import { lint } from '../../src/engine/run.js';
import { BoundedDiagnostics, capParseErrors, MAX_PARSE_ERRORS } from '../../src/syntax/diagnostics.js';
import type { LoadDiagnostic } from '../../src/syntax/ast.js';
import { allRules } from '../../rules/index.js';
import { arbitraryBytes, FC_RUNS, runParameters, structuredGarbage } from './arbitraries.js';
import { tempRoot } from './fs-helpers.js';
import { PARSERS } from './parsers.js';

/** Each case lints a file on disk, so fewer cases than the parser suites: 1,000 under `test:hostile`. */
const RUNS = Math.max(30, Math.floor(FC_RUNS / 10));

const FLAGS: CliFlags = { format: 'json', profile: 'intermediate', guidelines: '6.0', openssl: '3.0', rule: [], failOn: 'warning', map: [], dialect: 'nginx' };
const FIXABLE = ['server {', '    listen 443 ssl;', '    ssl_certificate /c.pem;', '    ssl_certificate_key /c.key;', '    ssl_protocols TLSv1 TLSv1.2;', '}'];
const BEFORE = 'ssl_protocols TLSv1 TLSv1.2;';
const AFTER = 'ssl_protocols TLSv1.2 TLSv1.3;';

/**
 * Comment lines of arbitrary bytes: any UTF-8, or not UTF-8 at all. No LF or CR inside (the lexer ends a
 * comment at either), and no NUL (a NUL makes the file binary, and it is not read).
 */
const commentLines = fc.array(
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => Buffer.from(`# ${s.replace(/[\r\n\0]/g, ' ')}`)),
    fc.uint8Array({ maxLength: 20 }).map((bytes) => Buffer.concat([Buffer.from('# '), Buffer.from(bytes.map((b) => (b === 0x0a || b === 0x0d || b === 0 ? 0x20 : b)))])),
  ),
  { maxLength: 4 },
);

const fileParts = fc.record({ bom: fc.boolean(), eol: fc.constantFrom('\n', '\r\n'), before: commentLines, after: commentLines, trailingCr: fc.boolean() });

describe('--fix is byte-exact', () => {
  const root = tempRoot();
  const settings = settingsFromFlags(FLAGS, allRules.map((r) => r.meta.id), root);
  const options = { ...settings.run, ruleSettings: { 'hsts-missing': 'off', 'session-tickets-enabled': 'off', 'ocsp-stapling-disabled': 'off' } as const };

  it(`changes only the edited directive, or nothing when the file is not UTF-8 (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fileParts, async ({ bom, eol, before, after, trailingCr }) => {
        const join2 = (lines: Buffer[]) => Buffer.concat(lines.map((line) => Buffer.concat([line, Buffer.from(trailingCr ? `\r${eol}` : eol)])));
        const head = Buffer.concat([Buffer.from(bom ? '\uFEFF' : ''), join2(before)]);
        const tail = join2(after);
        const bytes = Buffer.concat([head, Buffer.from(FIXABLE.join(eol) + eol), tail]);
        const file = join(root, 'nginx.conf');
        writeFileSync(file, bytes);
        const result = await lint([file], options);
        const { plans, skipped } = await planFixes(result, [file], fixScope([file], root));
        const utf8 = Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
        if (!utf8) {
          expect(plans).toEqual([]);
          expect(skipped.map((s) => s.message)).toEqual([expect.stringMatching(/not valid UTF-8/)]);
          return;
        }
        expect(plans).toHaveLength(1);
        const expected = Buffer.concat([head, Buffer.from(FIXABLE.join(eol).replace(BEFORE, AFTER) + eol), tail]);
        expect(Buffer.from(plans[0].after, 'utf8').equals(expected)).toBe(true);
      }),
      runParameters(RUNS),
    );
  });
});

describe('parse errors collected in bounded memory', () => {
  const at = (offset: number): LoadDiagnostic => ({
    ruleId: 'parse-error',
    message: `at ${offset}`,
    range: { file: '/f', start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 2, offset: offset + 1 } },
  });
  const shape = (list: LoadDiagnostic[]) => list.map((d) => `${d.range.start.offset}: ${d.message}`);

  it(`report what capping them all at once reports, in any order and number (${FC_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { maxLength: 6000 }), (offsets) => {
        const bounded = new BoundedDiagnostics();
        for (const offset of offsets) bounded.push(at(offset));
        const all = offsets.map(at).sort((a, b) => a.range.start.offset - b.range.start.offset);
        expect(shape(capParseErrors(bounded.toArray()))).toEqual(shape(capParseErrors(all)));
      }),
      runParameters(),
    );
  });
});

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s output is bounded in the input', (_dialect, parser) => {
  it(`keeps at most ${MAX_PARSE_ERRORS + 1} parse errors per file, whatever the bytes (${FC_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryBytes(), structuredGarbage(parser)), (bytes) => {
        const file = parser.parse(new TextDecoder().decode(bytes), '/bounded.conf');
        expect(file.diagnostics.filter((d) => d.ruleId === 'parse-error').length).toBeLessThanOrEqual(MAX_PARSE_ERRORS + 1);
      }),
      runParameters(),
    );
  });

  it(`writes reports linear in the input: garbage repeated to 64 KB (${RUNS} cases)`, async () => {
    const root = tempRoot();
    const settings = settingsFromFlags(FLAGS, allRules.map((r) => r.meta.id), root);
    await fc.assert(
      fc.asyncProperty(structuredGarbage(parser).filter((bytes) => bytes.length > 0), async (piece) => {
        const bytes = Buffer.alloc(64 * 1024);
        for (let at = 0; at < bytes.length; at += piece.length) bytes.set(piece.subarray(0, bytes.length - at), at);
        const file = join(root, 'nginx.conf');
        writeFileSync(file, bytes);
        const result = await lint([file], settings.run);
        const parseErrors = result.findings.filter((f) => f.ruleId === 'parse-error').length;
        expect(parseErrors).toBeLessThanOrEqual(MAX_PARSE_ERRORS + 1);
        for (const format of ['json', 'stylish'] as const) {
          const size = [...renderReport(result, { ...settings, format }, { stdout: {}, env: { NO_COLOR: '1' } })].reduce((sum, chunk) => sum + chunk.length, 0);
          // Rule findings are bounded by the servers and directives the input holds: a few hundred bytes
          // of report per statement at most; a finding per byte (the old parse errors) broke this by far.
          expect(size, format).toBeLessThan(100_000 + 40 * bytes.length);
        }
      }),
      runParameters(RUNS),
    );
  });
});
