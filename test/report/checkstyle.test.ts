// Checkstyle reporter: one <file> per file, escaped attributes, suppressed findings left out.
import { describe, expect, it } from 'vitest';
import { escapeXml, formatCheckstyle } from '../../src/report/checkstyle.js';
import type { Finding } from '../../src/engine/finding.js';
import { FINDINGS, MAIN, RULES, rangeIn, sampleResult } from './sample.js';

describe('formatCheckstyle', () => {
  it('writes a file element per file and an error per unsuppressed finding', () => {
    const xml = formatCheckstyle(sampleResult({ notifications: [] }), RULES);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n')).toBe(true);
    expect(xml.match(/<file /g)).toHaveLength(3);
    expect(xml).toContain('<file name="nginx/nginx.conf">');
    expect(xml).toContain('<error line="5" column="23" severity="error" message="Deprecated protocol &quot;TLSv1&quot; enabled" source="tlslint.protocol-deprecated"/>');
    expect(xml).toContain('severity="info"');
    expect(xml).not.toContain('TLSv1.1');
  });

  it('lists error and warning notifications about a file with it, notes and file-less ones not', () => {
    const xml = formatCheckstyle(sampleResult({ findings: [] }), RULES);
    expect(xml).toContain('<file name="nginx/conf.d/private.conf">\n    <error line="1" column="1" severity="error" message="Cannot read file: EACCES" source="tlslint"/>\n  </file>');
    expect(xml).not.toContain('Rule crashed');
  });

  it('escapes markup and control characters in attributes', () => {
    expect(escapeXml('a<b>&"c\'\nd\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;&#10;d\uFFFD');
    const tricky: Finding = { ...FINDINGS[1], message: '<script> & "x"', range: rangeIn(MAIN, 5, 23, 5, 28) };
    expect(formatCheckstyle(sampleResult({ findings: [tricky] }), RULES)).toContain('message="&lt;script&gt; &amp; &quot;x&quot;"');
  });

  it('writes an empty report for a clean run', () => {
    expect(formatCheckstyle(sampleResult({ findings: [], notifications: [] }), RULES)).toBe('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n');
  });
});
