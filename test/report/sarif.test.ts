// SARIF reporter: golden log, schema validity, and GitHub code scanning's ingestion rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { buildSarifLog, escapeMessage, formatSarif, reportingDescriptor, ruleName, sarifChunks, GITHUB_MAX_RESULTS, SARIF_SCHEMA_URI, type SarifOptions } from '../../src/report/sarif.js';
import { allRules } from '../../rules/index.js';
import { SourceText } from '../../src/syntax/source.js';
import { FINDINGS, MAIN, RULES, SITE, SOURCES, rangeIn, readSource, sampleResult } from './sample.js';
import { validateSarif } from './validate-sarif.js';

const OPTIONS: SarifOptions = {
  toolVersion: '0.1.0',
  readSource,
  category: 'nginx',
  helpMarkdown: { 'protocol-deprecated': '# protocol-deprecated\n\nUse `ssl_protocols TLSv1.2 TLSv1.3;`' },
};

const run = (options: SarifOptions = OPTIONS, result = sampleResult()) => buildSarifLog(result, RULES, options).runs[0];

/** `count` copies of the sample's findings spread over distinct lines, for the result limit. */
function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => {
    const template = FINDINGS[i % 3];
    const line = 1000 + i;
    const at = (column: number) => ({ line, column, offset: line * 100 + column });
    return { ...template, range: { file: MAIN, start: at(1), end: at(5) } };
  });
}

describe('formatSarif', () => {
  it('matches the golden log', async () => {
    await expect(formatSarif(sampleResult(), RULES, OPTIONS)).toMatchFileSnapshot('golden/report.sarif.json');
  });

  it('validates against the SARIF 2.1.0 errata01 schema', () => {
    expect(validateSarif(formatSarif(sampleResult(), RULES, OPTIONS))).toEqual([]);
    expect(validateSarif(buildSarifLog(sampleResult(), RULES, { toolVersion: 'dev' }))).toEqual([]);
    expect(validateSarif(buildSarifLog(sampleResult({ findings: [], notifications: [], files: [] }), [], { toolVersion: '0.1.0' }))).toEqual([]);
  });

  // The CLI writes the chunks one by one; they must add up to exactly the log JSON.stringify makes of it.
  it.each([
    ['the sample', sampleResult()],
    ['no findings', sampleResult({ findings: [] })],
    ['nothing at all', sampleResult({ findings: [], notifications: [], files: [] })],
    ['messages with newlines, quotes and a "results" key', sampleResult({ findings: FINDINGS.map((f) => ({ ...f, message: `"results": [\n${f.message}\n]` })) })],
    // The streamed results are written field by field, not stringified: every optional part must come out alike.
    ['properties, brackets, lone surrogates and ranges over several lines', sampleResult({
      findings: FINDINGS.map((f, i) => ({
        ...f,
        message: `${f.message} [x] \\[ \ud800 \u2028`,
        related: f.related.map((r) => ({ ...r, message: `${r.message} ]` })),
        ...(i % 2 === 0 ? { properties: { subject: 'CN=a "b"', issuer: 'CN=c', notAfter: '2027-01-01T00:00:00.000Z' } } : {}),
        ...(i === 1 ? { range: rangeIn(MAIN, 2, 5, 5, 3) } : {}),
      })),
    })],
    ['fixes with edits in several files, several edits in one, and none', sampleResult({
      findings: FINDINGS.map((f, i) => (i === 0
        ? { ...f, fix: { description: 'Edit both', edits: [{ range: rangeIn(MAIN, 1, 1, 1, 5), text: 'a' }, { range: rangeIn(SITE, 1, 1, 1, 7), text: 'b' }, { range: rangeIn(MAIN, 2, 5, 2, 15), text: 'c' }] } }
        : i === 1 ? { ...f, fix: { description: 'Nothing', edits: [] } } : f)),
    })],
    // A region's text between numbers is made once per small column and length; large ones are written each time.
    ['regions with columns, offsets and lengths past the ones made once', sampleResult({
      findings: FINDINGS.map((f, i) => (i === 0
        ? { ...f, range: { file: MAIN, start: { line: 2, column: 5000, offset: 70_000 }, end: { line: 2, column: 9100, offset: 74_100 } } }
        : i === 1 ? { ...f, fix: { description: 'Far', edits: [{ range: { file: MAIN, start: { line: 9, column: 4096, offset: 9000 }, end: { line: 9, column: 4095, offset: 8999 } }, text: 'x' }] } } : f)),
    })],
    // A result's head and message are made once per message: the same words from another rule or level must not borrow them.
    ['one message from several rules and levels', sampleResult({ findings: FINDINGS.map((f, i) => ({ ...f, message: 'Same words', severity: i % 2 ? 'note' : f.severity })) })],
    ['suppressed results kept', sampleResult(), { ...OPTIONS, includeSuppressed: true }],
    // Results are joined a few hundred at a time: the pieces must meet without a gap or a doubled comma.
    ['more results than one piece holds', sampleResult({ findings: manyFindings(1201) })],
    ['no sources', sampleResult(), { ...OPTIONS, readSource: undefined }],
  ])('streams %s as the same text the whole log stringifies to', (_name, result, options: SarifOptions = OPTIONS) => {
    const whole = `${JSON.stringify(buildSarifLog(result, RULES, options), null, 2)}\n`;
    expect([...sarifChunks(result, RULES, options)].join('')).toBe(whole);
    expect(formatSarif(result, RULES, options)).toBe(whole);
  });

  it('names the final schema and version', () => {
    const log = buildSarifLog(sampleResult(), RULES, OPTIONS);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
  });
});

describe('tool.driver', () => {
  it('describes tlslint with a semantic version only when the version is semver', () => {
    expect(run().tool.driver).toMatchObject({ name: 'tlslint', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://github.com/tlslint/tlslint' });
    expect(run({ toolVersion: 'git-abc123' }).tool.driver.semanticVersion).toBeUndefined();
  });

  it('builds one reportingDescriptor per rule from its meta', () => {
    const rule = run().tool.driver.rules[2];
    expect(rule).toEqual({
      id: 'protocol-deprecated',
      name: 'ProtocolDeprecated',
      shortDescription: { text: 'Deprecated TLS protocol version enabled' },
      fullDescription: { text: 'Deprecated TLS protocol version enabled. Runs under the Mozilla profiles: modern, intermediate.' },
      helpUri: 'https://github.com/tlslint/tlslint/blob/main/rules/protocol-deprecated.md',
      help: {
        text: 'Deprecated TLS protocol version enabled. Documentation: https://github.com/tlslint/tlslint/blob/main/rules/protocol-deprecated.md',
        markdown: '# protocol-deprecated\n\nUse `ssl_protocols TLSv1.2 TLSv1.3;`',
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['protocol', 'security'], precision: 'very-high', 'security-severity': '7.5', 'problem.severity': 'error' },
    });
  });

  it('writes security-severity as a string with one decimal, and tags every rule "security"', () => {
    const rules = run().tool.driver.rules;
    expect(rules.map((r) => r.properties['security-severity'])).toEqual(['5.0', '2.0', '7.5', '4.3']);
    expect(rules.every((r) => r.properties.tags.includes('security'))).toBe(true);
    expect(rules.map((r) => r.properties['problem.severity'])).toEqual(['warning', 'recommendation', 'error', 'warning']);
  });

  // They stop the server from loading the config rather than weaken it: GitHub would show 0.0 as "Low".
  it('gives the tool-stopping loader rules no security tag or security-severity', () => {
    for (const id of ['parse-error', 'include-not-found', 'include-cycle']) {
      const meta = allRules.find((r) => r.meta.id === id)!.meta;
      const { properties } = reportingDescriptor(meta);
      expect(properties.tags).not.toContain('security');
      expect(properties['security-severity']).toBeUndefined();
      expect(properties['problem.severity']).toBe('error');
    }
    const weak = allRules.find((r) => r.meta.id === 'protocol-deprecated')!.meta;
    expect(reportingDescriptor(weak).properties.tags).toContain('security');
  });

  it('falls back to help markdown that links the docs', () => {
    expect(run().tool.driver.rules[0].help.markdown).toBe('HSTS header is not sent on error responses.\n\n[Documentation](https://github.com/tlslint/tlslint/blob/main/rules/hsts-not-always.md)');
  });

  it('turns kebab-case ids into PascalCase names', () => {
    expect(ruleName('listen-443-no-tls')).toBe('Listen443NoTls');
    expect(ruleName('hsts-max-age-short')).toBe('HstsMaxAgeShort');
  });
});

describe('results', () => {
  it('point at rules by id and index, with the finding severity as level', () => {
    const current = run();
    for (const result of current.results) {
      expect(current.tool.driver.rules[result.ruleIndex ?? -1].id).toBe(result.ruleId);
    }
    expect(current.results.map((r) => r.level)).toEqual(['warning', 'warning', 'error', 'note']);
  });

  // GitHub code scanning ignores `suppressions` and opens an alert for every result it is given.
  it('leave out suppressed and baselined findings unless asked to keep them', () => {
    const baselined: Finding = { ...FINDINGS[1], suppression: { kind: 'external', justification: 'baseline' } };
    const result = sampleResult({ findings: [...FINDINGS, baselined] });
    expect(run(OPTIONS, result).results.some((r) => r.suppressions)).toBe(false);
    expect(run(OPTIONS, result).results).toHaveLength(FINDINGS.filter((f) => !f.suppression).length);
    const kept = run({ ...OPTIONS, includeSuppressed: true }, result).results.filter((r) => r.suppressions);
    expect(kept.map((r) => r.suppressions?.[0].kind).sort()).toEqual(['external', 'inSource']);
    // A result's fingerprint is the same whether or not the suppressed ones are written.
    const print = (options: SarifOptions) => run(options, result).results.find((r) => r.ruleId === 'protocol-deprecated')?.partialFingerprints;
    expect(print(OPTIONS)).toEqual(print({ ...OPTIONS, includeSuppressed: true }));
  });

  it('use uris relative to %SRCROOT%, percent-encoded, with an artifact index', () => {
    const current = run();
    const location = current.results[3].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: 'nginx/sites%20enabled/shop%231.conf', uriBaseId: '%SRCROOT%', index: 3 });
    expect(current.artifacts[3].location).toEqual({ uri: location.uri, uriBaseId: '%SRCROOT%' });
    expect(current.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('use an absolute file uri without a base for files outside the root', () => {
    expect(run().results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///etc/nginx/snippets/tls.conf', index: 0 });
  });

  it('have a full region with offsets, and a snippet when the text is known', () => {
    const region = run().results[2].locations[0].physicalLocation.region;
    expect(region).toEqual({ startLine: 5, startColumn: 23, endLine: 5, endColumn: 28, charOffset: 127, charLength: 5, snippet: { text: 'TLSv1' } });
    expect(run({ toolVersion: '0.1.0' }).results[2].locations[0].physicalLocation.region?.snippet).toBeUndefined();
  });

  it('carry related locations with ids and messages', () => {
    const [related] = run().results[1].relatedLocations ?? [];
    expect(related).toMatchObject({ id: 1, message: { text: 'Server that inherits the header' } });
    expect(related.physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 13 });
  });

  // GitHub shows a related location only when the message text links it by id (SARIF 3.11.6).
  it('link each related location from the message text', () => {
    const linked = FINDINGS.find((f) => f.related[0]?.message === 'Server that inherits the header')!;
    expect(run().results[1].message.text).toBe(`${linked.message} ([Server that inherits the header](1))`);
    const plain = run().results.find((r) => !r.relatedLocations)!;
    expect(FINDINGS.map((f) => f.message)).toContain(plain.message.text);
    const two: Finding = { ...linked, message: 'Weak [x]', related: [linked.related[0], { ...linked.related[0], message: 'set [here]' }] };
    expect(run(OPTIONS, sampleResult({ findings: [two] })).results[0].message.text).toBe(
      'Weak \\[x\\] ([Server that inherits the header](1), [set \\[here\\]](2))',
    );
  });

  it('escape square brackets, and a backslash before one, in message text', () => {
    expect(escapeMessage('a [b] c')).toBe('a \\[b\\] c');
    expect(escapeMessage('x\\[y')).toBe('x\\\\\\[y');
    expect(escapeMessage('path\\to')).toBe('path\\to');
  });

  it('carry fixes as artifact changes with deleted regions and inserted content', () => {
    expect(run().results[1].fixes).toEqual([{
      description: { text: 'Add "always"' },
      artifactChanges: [{
        artifactLocation: { uri: 'nginx/nginx.conf', uriBaseId: '%SRCROOT%', index: 2 },
        replacements: [{
          deletedRegion: { startLine: 2, startColumn: 61, endLine: 2, endColumn: 61, charOffset: 67, charLength: 0 },
          insertedContent: { text: ' always' },
        }],
      }],
    }]);
    expect(run().results[0].fixes).toBeUndefined();
  });

  it('mark suppressed findings as suppressed in source, with the reason', () => {
    const suppressed = run({ ...OPTIONS, includeSuppressed: true }).results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.suppressions)).toEqual([[{ kind: 'inSource', justification: 'legacy kiosk' }]]);
  });

  it('carry a stable partial fingerprint', () => {
    const prints = run().results.map((r) => r.partialFingerprints['tlslintFinding/v1']);
    expect(prints.every((print) => /^[0-9a-f]{16}:\d+$/.test(print))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
    expect(run().results.map((r) => r.partialFingerprints)).toEqual(run().results.map((r) => r.partialFingerprints));
  });

  it('leave out ruleIndex for a rule the run does not describe', () => {
    const stray: Finding = { ...FINDINGS[1], ruleId: 'rule-from-a-plugin' };
    const [result] = run(OPTIONS, sampleResult({ findings: [stray] })).results;
    expect(result.ruleIndex).toBeUndefined();
  });
});

describe('run', () => {
  it('says which standard it applied in its properties', () => {
    expect(run().properties).toEqual({ guidelines: '5.7', profile: 'intermediate', 'serverVersion.nginx': '1.28.0' });
  });

  it('sets automationDetails.id from the category only when given', () => {
    expect(run().automationDetails).toEqual({ id: 'nginx/' });
    expect(run({ toolVersion: '0.1.0' }).automationDetails).toBeUndefined();
  });

  it('lists every file read or named once, as analysis targets', () => {
    expect(run().artifacts.map((a) => a.location.uri)).toEqual([
      'file:///etc/nginx/snippets/tls.conf', 'nginx/conf.d/private.conf', 'nginx/nginx.conf', 'nginx/sites%20enabled/shop%231.conf',
    ]);
  });

  it('reports execution success and the tool notifications', () => {
    const [invocation] = run(OPTIONS, sampleResult({ executionSuccessful: false })).invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Cannot read file: EACCES' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'nginx/conf.d/private.conf', uriBaseId: '%SRCROOT%', index: 1 } } }],
      },
      { level: 'warning', message: { text: 'Rule crashed: unexpected model' }, associatedRule: { id: 'hsts-not-always', index: 0 } },
    ]);
  });

  it('declares UTF-16 columns, as the parsers count them', () => {
    expect(run().columnKind).toBe('utf16CodeUnits');
  });
});

describe('the result limit', () => {
  it('is GitHub code scanning limit by default', () => {
    const findings = manyFindings(GITHUB_MAX_RESULTS + 1);
    const current = run({ toolVersion: '0.1.0' }, sampleResult({ findings, notifications: [] }));
    expect(current.results).toHaveLength(GITHUB_MAX_RESULTS);
    expect(current.invocations[0].toolExecutionNotifications).toHaveLength(1);
  });

  it('keeps the most severe findings in position order and says what it dropped', () => {
    const findings = manyFindings(9);
    const current = run({ toolVersion: '0.1.0', maxResults: 4 }, sampleResult({ findings, notifications: [] }));
    expect(current.results.map((r) => r.level)).toEqual(['warning', 'error', 'error', 'error']);
    expect(current.results.map((r) => r.locations[0].physicalLocation.region?.startLine)).toEqual([1000, 1001, 1004, 1007]);
    expect(current.invocations[0].toolExecutionNotifications).toEqual([{
      level: 'warning',
      message: { text: `Only 4 of 9 results are included: GitHub code scanning accepts at most ${GITHUB_MAX_RESULTS} results per run; run tlslint with --format json for all of them` },
    }]);
    expect(validateSarif(buildSarifLog(sampleResult({ findings }), RULES, { toolVersion: '0.1.0', maxResults: 4 }))).toEqual([]);
  });

  it('keeps the findings a sort by importance, then position, would keep', () => {
    const rank = (f: Finding) => (f.suppression ? 3 : 0) + ['error', 'warning', 'note'].indexOf(f.severity);
    const spec = fc.record({ severity: fc.constantFrom<Finding['severity']>('error', 'warning', 'note'), suppressed: fc.boolean() });
    fc.assert(fc.property(fc.array(spec, { maxLength: 30 }), fc.nat(30), (specs, max) => {
      const findings: Finding[] = manyFindings(specs.length).map((f, i) => ({
        ...f, severity: specs[i].severity, ...(specs[i].suppressed ? { suppression: { kind: 'inSource' as const } } : {}),
      }));
      const line = (f: Finding) => f.range.start.line;
      const expected = [...findings].sort((a, b) => rank(a) - rank(b) || line(a) - line(b)).slice(0, max).map(line).sort((a, b) => a - b);
      const { results } = run({ toolVersion: '0.1.0', maxResults: max, includeSuppressed: true }, sampleResult({ findings, notifications: [] }));
      expect(results.map((r) => r.locations[0].physicalLocation.region?.startLine)).toEqual(expected);
    }));
  });

  it('does not depend on the order findings arrive in', () => {
    const findings = manyFindings(9);
    const forward = formatSarif(sampleResult({ findings }), RULES, { toolVersion: '0.1.0', maxResults: 4 });
    const backward = formatSarif(sampleResult({ findings: [...findings].reverse() }), RULES, { toolVersion: '0.1.0', maxResults: 4 });
    expect(backward).toBe(forward);
  });

  it('adds no notification when everything fits', () => {
    expect(run({ toolVersion: '0.1.0', maxResults: 5 }).invocations[0].toolExecutionNotifications).toHaveLength(2);
  });
});

describe('multi-line ranges', () => {
  it('keep the whole span in the region and snippet', () => {
    const block: Finding = { ...FINDINGS[1], related: [], fix: undefined, range: rangeIn(MAIN, 3, 5, 6, 6) };
    const [result] = run(OPTIONS, sampleResult({ findings: [block] })).results;
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, endLine: 6, endColumn: 6 });
    expect(result.locations[0].physicalLocation.region?.snippet?.text).toBe('server {\n        listen 443 ssl;\n        ssl_protocols TLSv1 TLSv1.2;\n    }');
  });
});

describe('parsed ranges', () => {
  // Spans find their lines through the parser's table, which the report reads its snippets and fingerprints through too.
  it('give the log plain ranges at the same places give', () => {
    const source = new SourceText(MAIN, SOURCES[MAIN]);
    const spanOf = (range: Finding['range']) => (range.file === MAIN ? source.span(range.start.offset, range.end.offset) : range);
    const parsed = FINDINGS.map((f) => ({ ...f, range: spanOf(f.range), related: f.related.map((r) => ({ ...r, range: spanOf(r.range) })) }));
    // The same places as plain positions (the sample's own ranges may point past a line's end).
    const plainOf = (range: Finding['range']) => ({ file: range.file, start: range.start, end: range.end });
    const plain = parsed.map((f) => ({ ...f, range: plainOf(f.range), related: f.related.map((r) => ({ ...r, range: plainOf(r.range) })) }));
    expect(formatSarif(sampleResult({ findings: parsed }), RULES, OPTIONS)).toBe(formatSarif(sampleResult({ findings: plain }), RULES, OPTIONS));
  });
});
