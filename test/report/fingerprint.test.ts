// Fingerprints stay put when unrelated lines move and change when the flagged line is edited.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { assignFingerprints, fingerprintFinding } from '../../src/report/fingerprint.js';
import { compareRanges } from '../../src/syntax/range.js';

const ROOT = '/repo';
const FILE = '/repo/nginx.conf';

/** A finding on `line` (1-based) of a file. */
function findingAt(line: number, ruleId = 'protocol-deprecated', file = FILE): Finding {
  const at = (column: number) => ({ line, column, offset: 0 });
  return { ruleId, messageId: 'm', severity: 'error', message: 'Deprecated protocol "TLSv1" enabled', range: { file, start: at(5), end: at(10) }, related: [] };
}

const ORIGINAL = ['server {', '    listen 443 ssl;', '    ssl_protocols TLSv1 TLSv1.2;', '}'].join('\n');

describe('fingerprintFinding', () => {
  it('is a 16-digit hex hash', () => {
    expect(fingerprintFinding(findingAt(3), ORIGINAL, ROOT)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('does not change when unrelated lines are added above', () => {
    const moved = ['# managed by ansible', '', 'server {', '    server_name example.org;', '    listen 443 ssl;', '    ssl_protocols TLSv1 TLSv1.2;', '}'].join('\n');
    expect(fingerprintFinding(findingAt(6), moved, ROOT)).toBe(fingerprintFinding(findingAt(3), ORIGINAL, ROOT));
  });

  it('does not change when the line is re-indented or its line endings change', () => {
    const reindented = ORIGINAL.replace('    ssl_protocols TLSv1 TLSv1.2;', '\tssl_protocols   TLSv1  TLSv1.2;  ').replace(/\n/g, '\r\n');
    expect(fingerprintFinding(findingAt(3), reindented, ROOT)).toBe(fingerprintFinding(findingAt(3), ORIGINAL, ROOT));
  });

  it('changes when the flagged line is edited', () => {
    const edited = ORIGINAL.replace('TLSv1 TLSv1.2', 'TLSv1 TLSv1.1 TLSv1.2');
    expect(fingerprintFinding(findingAt(3), edited, ROOT)).not.toBe(fingerprintFinding(findingAt(3), ORIGINAL, ROOT));
  });

  it('depends on the rule and on the file', () => {
    const base = fingerprintFinding(findingAt(3), ORIGINAL, ROOT);
    expect(fingerprintFinding(findingAt(3, 'cipher-weak'), ORIGINAL, ROOT)).not.toBe(base);
    expect(fingerprintFinding(findingAt(3, 'protocol-deprecated', '/repo/other.conf'), ORIGINAL, ROOT)).not.toBe(base);
  });

  it('depends on the path relative to the root, not on where the checkout lives', () => {
    const elsewhere = findingAt(3, 'protocol-deprecated', '/home/ci/work/nginx.conf');
    expect(fingerprintFinding(elsewhere, ORIGINAL, '/home/ci/work')).toBe(fingerprintFinding(findingAt(3), ORIGINAL, ROOT));
  });

  it('falls back to the message when the text is unknown, still free of positions', () => {
    expect(fingerprintFinding(findingAt(9), undefined, ROOT)).toBe(fingerprintFinding(findingAt(3), undefined, ROOT));
    expect(fingerprintFinding(findingAt(3), undefined, ROOT)).not.toBe(fingerprintFinding(findingAt(3), ORIGINAL, ROOT));
  });
});

describe('assignFingerprints', () => {
  const twice = ['server {', '    ssl_protocols TLSv1;', '}', 'server {', '    ssl_protocols TLSv1;', '}'].join('\n');

  it('numbers identical lines in file order', () => {
    const [first, second] = [findingAt(2), findingAt(5)];
    const prints = assignFingerprints([second, first], () => twice, ROOT);
    const hash = fingerprintFinding(first, twice, ROOT);
    expect(prints.get(first)).toBe(`${hash}:1`);
    expect(prints.get(second)).toBe(`${hash}:2`);
  });

  it('keeps both numbers when an unrelated line moves everything down', () => {
    const shifted = `# comment\n${twice}`;
    const before = assignFingerprints([findingAt(2), findingAt(5)], () => twice, ROOT);
    const after = assignFingerprints([findingAt(3), findingAt(6)], () => shifted, ROOT);
    expect([...after.values()]).toEqual([...before.values()]);
  });

  it('gives distinct lines the occurrence 1', () => {
    const prints = assignFingerprints([findingAt(2), findingAt(3, 'cipher-weak')], () => ORIGINAL, ROOT);
    expect([...prints.values()].every((print) => print.endsWith(':1'))).toBe(true);
  });

  it('reads each file once', () => {
    const reads: string[] = [];
    assignFingerprints([findingAt(2), findingAt(3), findingAt(1)], (file) => (reads.push(file), ORIGINAL), ROOT);
    expect(reads).toEqual([FILE]);
  });
});

describe('assignFingerprints in any arrival order', () => {
  const text = ['a b', 'a b', 'c', '  a   b', 'c'].join('\n');
  /** Counting as the contract says: every finding in (file, line, column, rule, message) order, by a stable sort. */
  function reference(findings: Finding[]): Map<Finding, string> {
    const key = (f: Finding) => [f.range.file, f.range.start.line, f.range.start.column, f.ruleId, f.message] as const;
    const order = [...findings].sort((x, y) => {
      const [a, b] = [key(x), key(y)];
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return 0;
    });
    const counts = new Map<string, number>();
    return new Map(order.map((f) => {
      const hash = fingerprintFinding(f, text, ROOT);
      counts.set(hash, (counts.get(hash) ?? 0) + 1);
      return [f, `${hash}:${counts.get(hash)}`];
    }));
  }
  const finding = fc.record({
    line: fc.integer({ min: 1, max: 5 }), column: fc.integer({ min: 1, max: 2 }), length: fc.integer({ min: 0, max: 2 }),
    rule: fc.constantFrom('r1', 'r2'), message: fc.constantFrom('m1', 'm2'), file: fc.constantFrom(FILE, '/repo/b.conf'),
  }).map(({ line, column, length, rule, message, file }): Finding => ({
    ruleId: rule, messageId: 'm', severity: 'note', message, related: [],
    range: { file, start: { line, column, offset: line * 10 + column }, end: { line, column: column + length, offset: line * 10 + column + length } },
  }));

  // lint hands findings over in position order (file, offsets, rule): only findings at one place are reordered.
  it('counts as a full sort does, for findings in position order and in any order', () => {
    fc.assert(fc.property(fc.array(finding, { maxLength: 30 }), (findings) => {
      const byPosition = [...findings].sort((x, y) => compareRanges(x.range, y.range) || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
      for (const given of [findings, byPosition]) {
        // Findings alike in all five keep their arrival order, as a stable sort keeps them.
        const expected = reference(given);
        const prints = assignFingerprints(given, () => text, ROOT);
        expect(given.map((f) => prints.get(f))).toEqual(given.map((f) => expected.get(f)));
      }
    }));
  });
});
