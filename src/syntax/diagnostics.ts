// Caps a file's parse errors: one finding per bad byte made 1 MB of ";" a 380 MB report.
import type { LoadDiagnostic } from './ast.js';

/** Parse errors reported one by one per file; the rest are summed up in one more. Past the first few, more say nothing new. */
export const MAX_PARSE_ERRORS = 50;

/** How many parse errors a summary diagnostic stands for, so that capping again (after more are found) counts them. */
const summarised = new WeakMap<LoadDiagnostic, number>();

/**
 * The first {@link MAX_PARSE_ERRORS} parse errors of `diagnostics` by offset and, when there were more,
 * one `parse-error` at the first one left out saying how many more there are. Other diagnostics (include
 * problems: at most one per include directive) are all kept. Capping a capped list again, with parse
 * errors found later added (the dialect's directive checks), keeps the count right.
 */
export function capParseErrors(diagnostics: LoadDiagnostic[]): LoadDiagnostic[] {
  let parseErrors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.ruleId === 'parse-error') parseErrors++;
  if (parseErrors <= MAX_PARSE_ERRORS && !diagnostics.some((d) => summarised.has(d))) return diagnostics;
  const sorted = [...diagnostics].sort((a, b) => a.range.start.offset - b.range.start.offset);
  const kept: LoadDiagnostic[] = [];
  let shown = 0;
  let hidden = 0;
  let firstHidden: LoadDiagnostic | undefined;
  for (const diagnostic of sorted) {
    if (diagnostic.ruleId !== 'parse-error') kept.push(diagnostic);
    else if (!summarised.has(diagnostic) && shown < MAX_PARSE_ERRORS) {
      kept.push(diagnostic);
      shown++;
    } else {
      hidden += summarised.get(diagnostic) ?? 1;
      firstHidden ??= diagnostic;
    }
  }
  if (firstHidden) {
    const summary: LoadDiagnostic = {
      ruleId: 'parse-error',
      message: `${hidden} more parse error${hidden === 1 ? '' : 's'} from here on, not reported one by one`,
      range: firstHidden.range,
    };
    summarised.set(summary, hidden);
    kept.push(summary);
  }
  return kept.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
