// mod_headers' `Header` actions and the header table they make (modules/metadata/mod_headers.c header_cmd, do_headers_fixup), with the headers kept as offsets (LineHeader).
import { startOffsetOf } from '../../syntax/range.js';
import { SourceText, Span } from '../../syntax/source.js';
import type { ResponseHeader, SettingLevel } from '../../model/types.js';
import { SERVER_LEVEL, type BuildContext, type Read } from './context.js';

export const NO_HEADERS: readonly ResponseHeader[] = [];
const NO_ACTIONS: readonly HeaderAction[] = [];

/** One `Header` action as mod_headers parses it (modules/metadata/mod_headers.c header_cmd). */
export interface HeaderAction {
  always: boolean;
  action: string;
  name: string;
  /** `name` in lower case: mod_headers compares header names case-insensitively. */
  key: string;
  value: string | undefined;
  /** The argument the value is (a condition such as `env=VAR` or `expr=...` may follow it). */
  valueArg: number;
  read: Read;
  level: SettingLevel;
  /** Where the `Header` directive starts (its file and offset): how a header it made is told apart (madeBy). */
  file: string;
  start: number;
}

function headerAction(read: Read, level: SettingLevel): HeaderAction | undefined {
  if (read.name !== 'header') return undefined;
  const values = read.values;
  const condition = values[0]?.toLowerCase();
  const always = condition === 'always';
  // The condition is optional: the arguments after it are read from `at`.
  const at = always || condition === 'onsuccess' ? 1 : 0;
  const action = values[at]?.toLowerCase();
  const name = values[at + 1];
  if (action === undefined || name === undefined) return undefined;
  // Where the directive starts, read from its file's table: its range (an object) is made only for a header it sets.
  const file = read.file;
  const start = read.startOffset;
  return { always, action, name, key: name.toLowerCase(), value: values[at + 2], valueArg: at + 2, read, level, file, start };
}

/** Whether `header` has the name and table (`always` or not) `action` acts on. */
function actsOn(action: HeaderAction, header: ResponseHeader): boolean {
  // Most names differ in length; equal strings need no lower-case copy.
  return header.always === action.always && header.name.length === action.name.length && (header.name === action.name || header.name.toLowerCase() === action.key);
}

/** Whether one of `actions` made `header`. */
export function madeByAny(header: ResponseHeader, actions: readonly HeaderAction[]): boolean {
  for (const action of actions) if (madeBy(header, action)) return true;
  return false;
}

/** Whether `action`'s directive made `header` (ranges are made on each read, see src/syntax/source.ts: compared by file and offset). */
function madeBy(header: ResponseHeader, action: HeaderAction): boolean {
  return headerStart(header) === action.start && headerFile(header) === action.file;
}

// A loop, not `find` with a closure: a closure over the loop's `action` made V8 allocate a context for
// every action applied, of every vhost.
function firstActedOn(headers: readonly ResponseHeader[], action: HeaderAction): ResponseHeader | undefined {
  for (const header of headers) if (actsOn(action, header)) return header;
  return undefined;
}

/** `headers` without those `action` acts on; `headers` itself when it has none. */
function without(headers: readonly ResponseHeader[], action: HeaderAction): readonly ResponseHeader[] {
  let index = 0;
  while (index < headers.length && !actsOn(action, headers[index])) index++;
  if (index === headers.length) return headers;
  const kept = headers.slice(0, index);
  for (index++; index < headers.length; index++) if (!actsOn(action, headers[index])) kept.push(headers[index]);
  return kept;
}

export function headerOf(action: HeaderAction): ResponseHeader {
  const read = action.read;
  const value = action.value ?? '';
  const source = read.range;
  // The value's own argument, not the line's last: `Header set Name value env=VAR` ends with its condition.
  const valueRange = read.argRange(Math.min(action.valueArg, read.argCount - 1));
  return new LineHeader(action.name, value, action.always, isDynamic(value), action.level, source.source, source.startOffset, source.endOffset, valueRange.startOffset, valueRange.endOffset);
}

/** `header` with another value (a `Header append` or `merge`): a copy of a LineHeader is one too, which a spread would not make. */
export function withHeaderValue(header: ResponseHeader, value: string): ResponseHeader {
  if (header instanceof LineHeader) return new LineHeader(header.name, value, header.always, header.dynamic, header.level, header.text, header.start, header.end, header.valueStart, header.valueEnd);
  return { ...header, value };
}

/**
 * A header set by a `Header` line. As LineSetting, its ranges are kept as offsets and made when a rule asks
 * (to report, to point into the value, to word a fix): 37,000 headers of a 10,000-vhost model each kept two.
 * The model tells headers apart by their offsets (headerStart, headerFile).
 */
class LineHeader implements ResponseHeader {
  constructor(
    readonly name: string,
    readonly value: string,
    readonly always: boolean,
    readonly dynamic: boolean,
    readonly level: SettingLevel,
    readonly text: SourceText,
    readonly start: number,
    readonly end: number,
    readonly valueStart: number,
    readonly valueEnd: number,
  ) {}

  get source(): Span {
    return this.text.span(this.start, this.end);
  }

  get valueRange(): Span {
    return this.text.span(this.valueStart, this.valueEnd);
  }
}

/** Where the directive that made `header` starts, and its file (as startOffsetOf and SourceRange.file, without making a LineHeader's range). */
export function headerStart(header: ResponseHeader): number {
  return header instanceof LineHeader ? header.start : startOffsetOf(header.source);
}

export function headerFile(header: ResponseHeader): string {
  return header instanceof LineHeader ? header.text.file : header.source.file;
}

/**
 * mod_headers keeps two lists per config, `onsuccess` (headers_out, dropped on error responses) and
 * `always` (err_headers_out); merging configs appends the inner list to the outer (merge_headers_config),
 * and at response time the actions run in that order. Applies `actions` to the headers set so far.
 */
export function applyHeaders(headers: readonly ResponseHeader[], actions: readonly HeaderAction[]): readonly ResponseHeader[] {
  // Never changes `headers`: each action that changes the list makes a new one, so a section without
  // `Header` lines shares its parent's list (and rules' answers cached per list).
  let result = headers;
  for (const action of actions) {
    switch (action.action) {
      case 'set':
        result = withHeader(without(result, action), headerOf(action));
        break;
      case 'setifempty':
        if (!firstActedOn(result, action)) result = withHeader(result, headerOf(action));
        break;
      case 'add':
        result = withHeader(result, headerOf(action));
        break;
      case 'append':
      case 'merge': {
        const existing = firstActedOn(result, action);
        const added = action.value ?? '';
        // mod_headers: `merge` appends unless the value is already one of the comma-separated values.
        const present = action.action === 'merge' && existing !== undefined && existing.value.split(',').some((part) => part.trim() === added.trim());
        if (!existing) result = withHeader(result, headerOf(action));
        else if (!present) result = result.map((h) => (h === existing ? withHeaderValue(h, `${h.value}, ${added}`) : h));
        break;
      }
      case 'unset':
        // Each table's actions run on its own header list (do_headers_fixup on headers_out, or on
        // err_headers_out for `always`): `Header unset` leaves a header `Header always set` made.
        result = without(result, action);
        break;
      default:
        // `edit`, `edit*`, `echo`, `note`: the value changes at run time; the header stays as set.
        break;
    }
  }
  return result;
}

/**
 * A copy of `headers` with `header` last, of exactly that length: the lists are kept, and a spread or push
 * leaves room for 17 entries (200 bytes for a list of two); `concat` was five times slower on lists this short.
 */
function withHeader(headers: readonly ResponseHeader[], header: ResponseHeader): ResponseHeader[] {
  const result = new Array<ResponseHeader>(headers.length + 1);
  for (let index = 0; index < headers.length; index++) result[index] = headers[index];
  result[headers.length] = header;
  return result;
}

/** The `Header` actions of `reads`; NO_ACTIONS when there are none (most sections of a tree). */
export function actionsOf(reads: readonly Read[], level: SettingLevel): readonly HeaderAction[] {
  let actions: HeaderAction[] | undefined;
  for (const read of reads) {
    const action = headerAction(read, level);
    if (action) (actions ??= []).push(action);
  }
  return actions ?? NO_ACTIONS;
}

/** The main server's headers, which every vhost starts from: worked out once per model. */
export function mainHeaders(context: BuildContext): readonly ResponseHeader[] {
  if (context.mainHeaders === undefined) {
    context.mainActions = actionsOf(context.main.own, SERVER_LEVEL);
    context.mainHeaders = applyHeaders(NO_HEADERS, context.mainActions);
  }
  return context.mainHeaders;
}

/** mod_headers format specifiers (`%{VAR}e`, `%D`, `%t`) and `expr=` values are filled in per request. */
function isDynamic(value: string): boolean {
  // Most values hold no `%`: no regex run for them.
  if (!value.includes('%')) return value.startsWith('expr=');
  return /%(\{[^}]*\}[a-zA-Z]|[tDlLeu])/.test(value) || value.startsWith('expr=');
}
