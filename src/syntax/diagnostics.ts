// Caps a file's parse errors: one finding per bad byte made 1 MB of ";" a 380 MB report.
import type { LoadDiagnostic } from './ast.js';

/** Parse errors reported one by one per file; the rest are summed up in one more. Past the first few, more say nothing new. */
export const MAX_PARSE_ERRORS = 50;

/**
 * The first {@link MAX_PARSE_ERRORS} parse errors of `diagnostics` (sorted by offset) and, when there
 * were more, one `parse-error` at the next one saying how many more there are. Other diagnostics
 * (include problems) are all kept: there is at most one per include directive.
 */
export function capParseErrors(diagnostics: LoadDiagnostic[]): LoadDiagnostic[] {
  let parseErrors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.ruleId === 'parse-error') parseErrors++;
  if (parseErrors <= MAX_PARSE_ERRORS) return diagnostics;
  const kept: LoadDiagnostic[] = [];
  let seen = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.ruleId !== 'parse-error') kept.push(diagnostic);
    else if (++seen <= MAX_PARSE_ERRORS) kept.push(diagnostic);
    else if (seen === MAX_PARSE_ERRORS + 1) {
      const more = parseErrors - MAX_PARSE_ERRORS;
      kept.push({ ruleId: 'parse-error', message: `${more} more parse error${more === 1 ? '' : 's'} from here on, not reported one by one`, range: diagnostic.range });
    }
  }
  return kept;
}
