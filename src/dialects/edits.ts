// Small edit builders every dialect's renderer shares: replacing a written value, an empty range at a point.
import type { Fix } from '../engine/finding.js';
import type { Setting } from '../model/types.js';
import type { SourceRange } from '../syntax/range.js';

/** Replaces a written setting's value; a server default has nothing to edit. */
export function replaceValue(setting: Setting<unknown>, text: string, description: string): Fix | undefined {
  if (setting.source === null || !setting.valueRange) return undefined;
  return { description, edits: [{ range: setting.valueRange, text }] };
}

/** The empty range at the start or the end of `range`: where an insertion goes. */
export function pointAt(range: SourceRange, end: 'start' | 'end'): SourceRange {
  return { file: range.file, start: range[end], end: range[end] };
}

/** `on` or `off`, as nginx and Apache write a switch. */
export function onOff(value: boolean): string {
  return value ? 'on' : 'off';
}
