// Caps a file's parse errors: one finding per bad byte made 1 MB of ";" a 380 MB report.
import type { LoadDiagnostic } from './ast.js';
import { SourceText } from './source.js';

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

/**
 * Collects a parser's diagnostics in bounded memory: it keeps the {@link MAX_PARSE_ERRORS} + 1 with the
 * smallest offsets and counts the rest, which become one summary. 4 MB of ";" made 4 million diagnostics,
 * 420 MB, only for all but 51 of them to be dropped.
 */
export class BoundedDiagnostics {
  private kept: LoadDiagnostic[] = [];
  private dropped = 0;

  push(diagnostic: LoadDiagnostic): void {
    this.kept.push(diagnostic);
    // Trimmed in batches: sorting 51 + 4,096 entries now and then costs O(log) per diagnostic.
    if (this.kept.length >= MAX_PARSE_ERRORS + 1 + 4096) this.trim();
  }

  /** The diagnostics in offset order: the first MAX_PARSE_ERRORS, then a summary of the rest when there are more. */
  toArray(): LoadDiagnostic[] {
    this.trim();
    if (this.dropped === 0) return this.kept;
    const shown = this.kept.slice(0, MAX_PARSE_ERRORS);
    const hidden = this.kept.length - MAX_PARSE_ERRORS + this.dropped;
    const summary: LoadDiagnostic = { ruleId: 'parse-error', message: `${hidden} more parse errors from here on, not reported one by one`, range: this.kept[MAX_PARSE_ERRORS].range };
    summarised.set(summary, hidden);
    return [...shown, summary];
  }

  private trim(): void {
    this.kept.sort((a, b) => a.range.start.offset - b.range.start.offset);
    if (this.kept.length > MAX_PARSE_ERRORS + 1) {
      this.dropped += this.kept.length - (MAX_PARSE_ERRORS + 1);
      this.kept.length = MAX_PARSE_ERRORS + 1;
    }
  }
}

/**
 * The one `parse-error` of a file that is not valid UTF-8, at its first bad byte (`offset` into the decoded
 * `text`, where that byte became U+FFFD). One: a Latin-1 file has one on every accented letter. The byte is
 * named in hex, never quoted: the file may not be a config at all.
 */
export function invalidUtf8Diagnostic(path: string, text: string, invalid: { byte: number; offset: number }): LoadDiagnostic {
  const hex = invalid.byte.toString(16).toUpperCase().padStart(2, '0');
  const range = new SourceText(path, text).span(invalid.offset, invalid.offset + 1);
  return { ruleId: 'parse-error', message: `Expected UTF-8 text, got byte 0x${hex}; it is read as U+FFFD, and --fix leaves this file alone`, range };
}
