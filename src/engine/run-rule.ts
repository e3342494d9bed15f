// Runs one rule over a model and collects what it reports as findings.
import type { TlsModel } from '../model/types.js';
import { endOffsetOf, startOffsetOf, type SourceRange } from '../syntax/range.js';
import { getProfile } from '../tls/mozilla-profiles.js';
import { formatMessage, type MessageTemplate, type ReportExtras, type Rule } from './define-rule.js';
import type { Finding, Severity } from './finding.js';
import type { LintOptions } from './options.js';

/** Runs `rule` on `model`; findings get `severity` (the rule's default unless overridden). */
export function runRule(rule: Rule, model: TlsModel, options: LintOptions, severity: Severity = rule.meta.severity): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const messages = rule.messages as Record<string, MessageTemplate>;
  rule.check(model, {
    options,
    profile: getProfile(options.profile, options.guidelines),
    ruleOptions: options.ruleOptions[rule.meta.id] ?? {},
    report(messageId: string, data: unknown, range: SourceRange, extras?: ReportExtras) {
      const template = messages[messageId];
      if (template === undefined) throw new Error(`Rule ${rule.meta.id} reported unknown message id "${messageId}"`);
      const message = formatMessage(template, data);
      // One directive inherited by many servers is one mistake: report it once.
      const key = `${range.file}:${startOffsetOf(range)}:${endOffsetOf(range)}:${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ ruleId: rule.meta.id, messageId, severity, message, range, related: extras?.related ?? [], fix: extras?.fix,
        ...(extras?.properties ? { properties: extras.properties } : {}) });
    },
  });
  return findings;
}
