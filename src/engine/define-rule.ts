// defineRule: the typed shape of a rule, so a wrong message id or message data does not compile.
import type { TlsModel } from '../model/types.js';
import type { SourceRange } from '../syntax/range.js';
import type { ProfileName, Profile } from '../tls/mozilla-profiles.js';
import type { Change } from '../model/change.js';
import type { DialectNames } from '../dialects/dialect.js';
import type { DialectId } from '../dialects/registry.js';
import type { RelatedLocation, Severity } from './finding.js';
import type { LintOptions } from './options.js';

/** A message: a fixed text or a function of the data the rule reports. */
export type MessageTemplate = string | ((data: never) => string);

/** The data a message template needs (`undefined` for a fixed text). */
export type MessageData<T> = T extends (data: infer D) => string ? D : undefined;

export interface ReportExtras {
  related?: RelatedLocation[];
  /** What should change, said over the model; the model's dialect renders it as the finding's fix. */
  change?: Change;
  /** Facts of the finding for SARIF result `properties` (never file content). */
  properties?: Record<string, string>;
}

export interface RuleContext<M extends Record<string, MessageTemplate>> {
  options: LintOptions;
  /** The Mozilla profile the run checks against. */
  profile: Profile;
  /** This rule's options from the config file (defaults applied by the rule). */
  ruleOptions: Record<string, unknown>;
  /** How the model's dialect names settings, levels and directives, for messages. */
  names: DialectNames;
  /**
   * Reports a finding. `data` may be one object shared by many reports (reports in a row with the same template
   * and data object get the message worded once), so it must not change once reported.
   */
  report<K extends keyof M & string>(messageId: K, data: MessageData<M[K]>, range: SourceRange, extras?: ReportExtras): void;
}

export interface RuleMeta {
  /** Public rule id, equal to the file name; never renamed or reused. */
  id: string;
  /** One line, no trailing period; also the first line of the rule's docs. */
  description: string;
  /** What to write instead, in one line (markdown): the README rule table shows it. */
  howToFix: string;
  severity: Severity;
  tags: string[];
  /** Mozilla profiles under which the rule runs. */
  profiles: ProfileName[];
  /** GitHub code scanning's 0.0-10.0 score. */
  securitySeverity: number;
  /** True when some findings carry a fix; a rule that is not fixable may not report a change. */
  fixable: boolean;
  /**
   * The servers the rule applies to (ESLint's `meta.languages`); absent means every dialect. The engine
   * skips the rule on the others.
   */
  dialects?: readonly DialectId[];
  /** Where the rule's page lives. */
  docs: string;
  /**
   * The options a config file may set for this rule (`rules: { id: { options: {...} } }`), each a JSON
   * Schema with a description; they become part of schema/tlslint.schema.json and are validated with it.
   */
  options?: Record<string, RuleOptionSchema>;
}

/** A JSON Schema for one rule option: a description is required, it is the option's documentation. */
export interface RuleOptionSchema {
  description: string;
  type: 'integer' | 'number' | 'string' | 'boolean';
  minimum?: number;
  maximum?: number;
  enum?: readonly (string | number)[];
  default?: string | number | boolean;
  /** Values shown in the docs' config example. */
  examples?: readonly (string | number | boolean)[];
}

export interface Rule<M extends Record<string, MessageTemplate> = Record<string, MessageTemplate>> {
  meta: RuleMeta;
  messages: M;
  check(model: TlsModel, context: RuleContext<M>): void;
}

export interface RuleDefinition<M extends Record<string, MessageTemplate>> extends Omit<RuleMeta, 'docs' | 'fixable' | 'securitySeverity'> {
  securitySeverity?: number;
  fixable?: boolean;
  messages: M;
  check(model: TlsModel, context: RuleContext<M>): void;
}

export const DOCS_BASE = 'https://github.com/tlslint/tlslint/blob/main/rules/';

const DEFAULT_SECURITY_SEVERITY: Record<Severity, number> = { error: 7.5, warning: 5.0, note: 2.0 };

/** Builds a rule from its definition, filling in docs url and SARIF defaults. */
export function defineRule<M extends Record<string, MessageTemplate>>(definition: RuleDefinition<M>): Rule<M> {
  const { messages, check, securitySeverity, fixable, ...meta } = definition;
  return {
    meta: {
      ...meta,
      securitySeverity: securitySeverity ?? DEFAULT_SECURITY_SEVERITY[meta.severity],
      fixable: fixable ?? false,
      docs: `${DOCS_BASE}${meta.id}.md`,
    },
    messages,
    check,
  };
}

/** Formats a message template with its data. */
export function formatMessage(template: MessageTemplate, data: unknown): string {
  return typeof template === 'string' ? template : (template as (d: unknown) => string)(data);
}
