// A hand-built LintResult for the reporter tests: several files, related locations, fixes, a suppression, notifications.
import type { RuleMeta } from '../../src/engine/define-rule.js';
import type { Finding, LintResult } from '../../src/engine/finding.js';
import type { SourceRange } from '../../src/syntax/range.js';

export const ROOT = '/repo';
export const MAIN = '/repo/nginx/nginx.conf';
/** A name that needs percent-encoding in a uri. */
export const SITE = '/repo/nginx/sites enabled/shop#1.conf';
/** Outside the root: reported with an absolute path. */
export const OUTSIDE = '/etc/nginx/snippets/tls.conf';

export const SOURCES: Record<string, string> = {
  [MAIN]: [
    'http {',
    '    add_header Strict-Transport-Security "max-age=63072000";',
    '    server {',
    '        listen 443 ssl;',
    '        ssl_protocols TLSv1 TLSv1.2;',
    '    }',
    '}',
    '',
  ].join('\n'),
  [SITE]: ['server {', '\tlisten 443 ssl;', '\tssl_protocols TLSv1.1 TLSv1.2; # tlslint-disable-line protocol-deprecated -- legacy kiosk', '}', ''].join('\n'),
  [OUTSIDE]: 'ssl_session_tickets on;\n',
};

/** Reads the sample files the way the CLI would read real ones. */
export const readSource = (file: string): string | undefined => SOURCES[file];

/** A range of `file` from 1-based line/column to an exclusive end, with offsets computed from its text. */
export function rangeIn(file: string, line: number, column: number, endLine: number, endColumn: number): SourceRange {
  return { file, start: position(file, line, column), end: position(file, endLine, endColumn) };
}

function position(file: string, line: number, column: number) {
  const lines = SOURCES[file].split('\n');
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  return { line, column, offset };
}

function meta(id: string, description: string, severity: RuleMeta['severity'], tags: string[], securitySeverity: number, fixable = false): RuleMeta {
  return {
    id, description, severity, tags, securitySeverity, fixable, howToFix: 'Change the config',
    profiles: ['modern', 'intermediate'],
    docs: `https://github.com/tlslint/tlslint/blob/main/rules/${id}.md`,
  };
}

export const RULES: RuleMeta[] = [
  meta('hsts-not-always', 'HSTS header is not sent on error responses', 'warning', ['hsts'], 5, true),
  meta('ocsp-stapling-disabled', 'OCSP stapling is not enabled', 'note', ['ocsp'], 2),
  meta('protocol-deprecated', 'Deprecated TLS protocol version enabled', 'error', ['protocol', 'security'], 7.5, true),
  meta('session-tickets-enabled', 'Session tickets are enabled without key rotation', 'warning', ['session'], 4.3),
];

const protocolInMain: Finding = {
  ruleId: 'protocol-deprecated',
  messageId: 'deprecated',
  severity: 'error',
  message: 'Deprecated protocol "TLSv1" enabled',
  range: rangeIn(MAIN, 5, 23, 5, 28),
  related: [],
  fix: {
    description: 'Use the intermediate profile protocols',
    edits: [{ range: rangeIn(MAIN, 5, 23, 5, 36), text: 'TLSv1.2 TLSv1.3' }],
  },
};

const hstsNotAlways: Finding = {
  ruleId: 'hsts-not-always',
  messageId: 'notAlways',
  severity: 'warning',
  message: 'Expected "always" on the Strict-Transport-Security add_header',
  range: rangeIn(MAIN, 2, 5, 2, 62),
  related: [{ range: rangeIn(MAIN, 3, 5, 3, 13), message: 'Server that inherits the header' }],
  fix: { description: 'Add "always"', edits: [{ range: rangeIn(MAIN, 2, 61, 2, 61), text: ' always' }] },
};

const staplingInSite: Finding = {
  ruleId: 'ocsp-stapling-disabled',
  messageId: 'disabled',
  severity: 'note',
  message: 'Missing ssl_stapling on',
  range: rangeIn(SITE, 1, 1, 1, 9),
  related: [{ range: rangeIn(MAIN, 5, 9, 5, 37), message: 'Protocols of the default server' }],
};

const suppressedInSite: Finding = {
  ruleId: 'protocol-deprecated',
  messageId: 'deprecated',
  severity: 'error',
  message: 'Deprecated protocol "TLSv1.1" enabled',
  range: rangeIn(SITE, 3, 16, 3, 23),
  related: [],
  suppression: { kind: 'inSource', justification: 'legacy kiosk' },
};

const ticketsOutside: Finding = {
  ruleId: 'session-tickets-enabled',
  messageId: 'enabled',
  severity: 'warning',
  message: 'Weak session resumption: "ssl_session_tickets on" without key rotation',
  range: rangeIn(OUTSIDE, 1, 1, 1, 24),
  related: [],
};

/** Findings in engine order (file, then position). */
export const FINDINGS: Finding[] = [hstsNotAlways, protocolInMain, staplingInSite, suppressedInSite, ticketsOutside];

export function sampleResult(overrides: Partial<LintResult> = {}): LintResult {
  return {
    findings: FINDINGS,
    notifications: [
      { level: 'error', message: 'Cannot read file: EACCES', file: '/repo/nginx/conf.d/private.conf' },
      { level: 'warning', message: 'Rule crashed: unexpected model', ruleId: 'hsts-not-always' },
    ],
    files: [MAIN, SITE, OUTSIDE],
    root: ROOT,
    properties: { profile: 'intermediate', guidelines: '5.7', 'serverVersion.nginx': '1.28.0' },
    executionSuccessful: true,
    ...overrides,
  };
}
