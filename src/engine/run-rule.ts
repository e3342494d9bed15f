// Runs one rule over a model and collects what it reports as findings.
import type { TlsModel } from '../model/types.js';
import { endOffsetOf, startOffsetOf, type SourceRange } from '../syntax/range.js';
import { getProfile } from '../tls/mozilla-profiles.js';
import { wordingOf } from '../dialects/wording.js';
import { formatMessage, type MessageTemplate, type ReportExtras, type Rule } from './define-rule.js';
import type { Finding, RelatedLocation, Severity } from './finding.js';
import type { LintOptions } from './options.js';

/** Import sites listed per finding: a snippet imported by 10,000 sites made every finding in it 10,000 locations long. */
const MAX_IMPORT_SITES = 10;

/**
 * The related locations naming where the text at `range` was imported (TlsModel.importSites), made once per range
 * and model: every site's finding on one line of a snippet imported by 10,000 sites asked for all 10,000 again.
 */
const importSitesByModel = new WeakMap<TlsModel, Map<string, readonly RelatedLocation[]>>();

function importSitesAt(model: TlsModel, range: SourceRange): readonly RelatedLocation[] {
  if (!model.importSites) return NO_RELATED;
  let byRange = importSitesByModel.get(model);
  if (!byRange) importSitesByModel.set(model, (byRange = new Map()));
  const key = `${range.file}\0${startOffsetOf(range)}\0${endOffsetOf(range)}`;
  let shown = byRange.get(key);
  if (!shown) {
    const sites = model.importSites(range);
    const list: RelatedLocation[] = [];
    for (let i = 0; i < sites.length && i < MAX_IMPORT_SITES; i++) list.push({ range: sites[i], message: 'Imported here' });
    const more = sites.length - list.length;
    if (more > 0) list[list.length - 1] = { ...list[list.length - 1], message: `Imported here (and at ${more} more places)` };
    byRange.set(key, (shown = list));
  }
  return shown;
}

/** Shared by every finding without related locations; frozen, as nothing may add to it. */
const NO_RELATED: RelatedLocation[] = Object.freeze([]) as never;

/** `related` with the places the text at `range` was imported at, after the rule's own. */
function withImportSites(model: TlsModel, range: SourceRange, related: RelatedLocation[]): RelatedLocation[] {
  const sites = importSitesAt(model, range);
  return sites.length === 0 ? related : [...related, ...sites];
}

/** True when `made`, a finding at the same start, is the one about to be made: same message, same end. */
function repeats(made: Finding, message: string, end: number): boolean {
  return made.message === message && endOffsetOf(made.range) === end;
}

/** True when `rule` applies to the model's server (RuleMeta.dialects). */
export function appliesTo(rule: Rule, model: TlsModel): boolean {
  return rule.meta.dialects === undefined || rule.meta.dialects.includes(model.dialect);
}

/**
 * Runs `rule` on `model`; findings get `severity` (the rule's default unless overridden), and the changes
 * the rule asks for become fixes in the model's dialect. A rule for other servers finds nothing here.
 */
export function runRule(rule: Rule, model: TlsModel, options: LintOptions, severity: Severity = rule.meta.severity): Finding[] {
  const findings: Finding[] = [];
  if (!appliesTo(rule, model)) return findings;
  // Findings made so far by file, then start offset: one directive inherited by many servers is one mistake,
  // reported once. Nested maps, not a string key per report: that key held the whole message and the path,
  // and 20,000 findings made as many long strings for the collector.
  const seen = new Map<string, Map<number, Finding | Finding[]>>();
  // One string per distinct message: a rule repeats a handful of texts over thousands of findings, and the
  // report then writes each as JSON once (src/report/sarif.ts caches by message).
  const texts = new Map<string, string>();
  const messages = rule.messages as Record<string, MessageTemplate>;
  // The message of the last report, by its template and data object: a rule that hands the same data object to
  // thousands of reports (one per server with the default) gets its message worded once (RuleContext.report).
  let lastTemplate: MessageTemplate | undefined;
  let lastData: unknown;
  let lastMessage = '';
  // The template of the message id asked last, and the seen map of the file reported in last: a rule reports one
  // message id over and over, and a file's servers in a row (a lookup by id or file name each time added up).
  let lastId: string | undefined;
  let lastIdTemplate: MessageTemplate | undefined;
  let lastFile: string | undefined;
  let lastByStart: Map<number, Finding | Finding[]> | undefined;
  const ruleId = rule.meta.id;
  const wording = wordingOf(model.dialect);
  rule.check(model, {
    options,
    profile: getProfile(options.profile, options.guidelines),
    ruleOptions: options.ruleOptions[rule.meta.id] ?? {},
    names: wording.names,
    report(messageId: string, data: unknown, range: SourceRange, extras?: ReportExtras) {
      if (messageId !== lastId) {
        lastIdTemplate = messages[messageId];
        lastId = messageId;
      }
      const template = lastIdTemplate;
      if (template === undefined) throw new Error(`Rule ${rule.meta.id} reported unknown message id "${messageId}"`);
      // ESLint's rule: a fix from a rule that does not declare itself fixable is a bug in the rule.
      if (extras?.change && !rule.meta.fixable) throw new Error(`Rule ${rule.meta.id} reported a change but is not marked fixable`);
      let message = lastMessage;
      if (template !== lastTemplate || data !== lastData) {
        const text = formatMessage(template, data);
        let known = texts.get(text);
        if (known === undefined) texts.set(text, (known = text));
        lastTemplate = template;
        lastData = data;
        lastMessage = message = known;
      }
      const file = range.file;
      let byStart = lastByStart;
      if (file !== lastFile || !byStart) {
        byStart = seen.get(file);
        if (!byStart) seen.set(file, (byStart = new Map()));
        lastFile = file;
        lastByStart = byStart;
      }
      const start = startOffsetOf(range);
      const end = endOffsetOf(range);
      const atStart = byStart.get(start);
      if (atStart !== undefined) {
        if (Array.isArray(atStart)) {
          for (const made of atStart) if (repeats(made, message, end)) return;
        } else if (repeats(atStart, message, end)) return;
      }
      // Every field in the literal, `properties` too (undefined when there are none, as `fix`): one shape for every
      // finding, and no property store grown for the 10,000 certificate findings that carry some. (A spread of an
      // optional object made every finding a slow object literal.)
      const finding: Finding = {
        ruleId, messageId, severity, message, range, related: withImportSites(model, range, extras?.related ?? NO_RELATED), fix: extras?.change && wording.render(extras.change),
        properties: extras?.properties,
      };
      // Most starts hold one finding: the finding itself, a list only from the second on.
      if (atStart === undefined) byStart.set(start, finding);
      else if (Array.isArray(atStart)) atStart.push(finding);
      else byStart.set(start, [atStart, finding]);
      findings.push(finding);
    },
  });
  return findings;
}
