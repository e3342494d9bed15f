// Minimal text edits of a JSON document that keep the user's formatting: insert an array item or an object
// member, replace a value, delete a member. Each edit touches only the bytes it must; new values are written
// in the layout of the container they go into (one line, or one item per line with its indentation).
import type { TextEdit } from '../../engine/finding.js';
import { Span, type SourceText } from '../../syntax/source.js';
import type { JsonValue } from './json.js';

/** How a container's children are laid out. */
interface Layout {
  /** Indentation of the children's lines; null when the container is written on one line. */
  childIndent: string | null;
  /** Indentation of the container's own line (where its closing bracket goes). */
  ownIndent: string;
  /** One indentation step. */
  unit: string;
  /** `": "` or `":"`, as the document writes it. */
  colon: string;
  /** `", "` or `","` between items written on one line. */
  comma: string;
}

function sourceOf(value: JsonValue): SourceText {
  return (value.range as Span).source;
}

function startOf(value: { range: JsonValue['range'] } | JsonValue): number {
  return (value.range as Span).startOffset;
}

function endOf(value: JsonValue): number {
  return (value.range as Span).endOffset;
}

/** Leading blanks of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/** True when `offset` is the first non-blank character of its line. */
function startsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset));
}

/** The indentation step the document uses: the first indented line's blanks, a tab or two spaces by default. */
function documentUnit(text: string): string {
  const match = /\n([ \t]+)\S/.exec(text);
  if (!match) return '\t';
  const blanks = match[1];
  return blanks.startsWith('\t') ? '\t' : blanks.length >= 4 && blanks.length % 4 === 0 ? '    ' : '  ';
}

function layoutOf(container: JsonValue): Layout {
  const source = sourceOf(container);
  const text = source.text;
  const ownIndent = lineIndent(text, startOf(container));
  const unit = documentUnit(text);
  const colon = /"\s*:\s/.test(text) ? ': ' : ':';
  const children = container.kind === 'object' ? container.members.map((m) => m.keyRange as Span) : container.kind === 'array' ? container.items.map((i) => i.range as Span) : [];
  // Between items on one line: as this container writes it, else as the document's first comma does.
  const between = children.length > 1 ? text.slice(children[0].endOffset, children[1].startOffset) : /,\s*/.exec(text)?.[0] ?? ', ';
  const comma = between.includes(', ') || between.includes('\n') ? ', ' : ',';
  if (children.length > 0) {
    const first = children[0].startOffset;
    if (!startsLine(text, first)) return { childIndent: null, ownIndent, unit, colon, comma };
    return { childIndent: lineIndent(text, first), ownIndent, unit, colon, comma };
  }
  // An empty container follows the document: one line if the document is one line.
  const oneLine = !text.trim().includes('\n');
  return { childIndent: oneLine ? null : ownIndent + unit, ownIndent, unit, colon, comma };
}

/** `value` as JSON in `layout`, its first line at the cursor and its other lines indented from `indent`. */
function write(value: unknown, layout: Layout, indent: string | null): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (indent === null) return `[${value.map((v) => write(v, layout, null)).join(layout.comma)}]`;
    const inner = indent + layout.unit;
    return `[\n${value.map((v) => inner + write(v, layout, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    if (indent === null) return `{${entries.map(([k, v]) => `${JSON.stringify(k)}${layout.colon}${write(v, layout, null)}`).join(layout.comma)}}`;
    const inner = indent + layout.unit;
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}${layout.colon}${write(v, layout, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function edit(source: SourceText, start: number, end: number, text: string): TextEdit {
  return { range: source.span(start, end), text };
}

/** Writes `value` as a new first item of `array`. */
export function insertFirstItem(array: JsonValue & { kind: 'array' }, value: unknown): TextEdit {
  const source = sourceOf(array);
  const layout = layoutOf(array);
  const first = array.items[0];
  if (!first) {
    if (layout.childIndent === null) return edit(source, startOf(array), endOf(array), `[${write(value, layout, null)}]`);
    return edit(source, startOf(array), endOf(array), `[\n${layout.childIndent}${write(value, layout, layout.childIndent)}\n${layout.ownIndent}]`);
  }
  if (layout.childIndent === null) return edit(source, startOf(first), startOf(first), `${write(value, layout, null)}${layout.comma}`);
  return edit(source, startOf(first), startOf(first), `${write(value, layout, layout.childIndent)},\n${layout.childIndent}`);
}

/** Writes `value` as an item of `array` just before `before` (one of its items). */
export function insertItemBefore(array: JsonValue & { kind: 'array' }, before: JsonValue, value: unknown): TextEdit {
  const source = sourceOf(array);
  const layout = layoutOf(array);
  const at = startOf(before);
  if (layout.childIndent === null || !startsLine(source.text, at)) return edit(source, at, at, `${write(value, layout, null)}${layout.comma}`);
  const indent = lineIndent(source.text, at);
  return edit(source, at, at, `${write(value, layout, indent)},\n${indent}`);
}

/** Writes `"key": value` as the first member of `object`. */
export function insertFirstMember(object: JsonValue & { kind: 'object' }, key: string, value: unknown): TextEdit {
  const source = sourceOf(object);
  const layout = layoutOf(object);
  const first = object.members[0];
  const member = (indent: string | null) => `${JSON.stringify(key)}${layout.colon}${write(value, layout, indent)}`;
  if (!first) {
    if (layout.childIndent === null) return edit(source, startOf(object), endOf(object), `{${member(null)}}`);
    return edit(source, startOf(object), endOf(object), `{\n${layout.childIndent}${member(layout.childIndent)}\n${layout.ownIndent}}`);
  }
  const at = (first.keyRange as Span).startOffset;
  if (layout.childIndent === null) return edit(source, at, at, `${member(null)}${layout.comma}`);
  return edit(source, at, at, `${member(layout.childIndent)},\n${layout.childIndent}`);
}

/** Replaces `target` (a value anywhere in the document) with `value`, written in the layout of `target` itself. */
export function replaceWith(target: JsonValue, value: unknown): TextEdit {
  const source = sourceOf(target);
  if (target.kind === 'array' || target.kind === 'object') {
    const layout = layoutOf(target);
    return edit(source, startOf(target), endOf(target), write(value, layout, layout.childIndent === null ? null : layout.ownIndent));
  }
  return edit(source, startOf(target), endOf(target), JSON.stringify(value));
}

/** Deletes member `index` of `object` with the comma and blanks that belong to it. */
export function removeMember(object: JsonValue & { kind: 'object' }, index: number): TextEdit {
  const source = sourceOf(object);
  const members = object.members;
  const target = members[index];
  if (members.length === 1) return edit(source, startOf(object), endOf(object), '{}');
  const next = members[index + 1];
  if (next) return edit(source, (target.keyRange as Span).startOffset, (next.keyRange as Span).startOffset, '');
  return edit(source, endOf(members[index - 1].value), endOf(target.value), '');
}

/** The text a JSON string's content must hold for `text`: escaped where JSON needs it (quotes, backslashes, controls). */
export function jsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
