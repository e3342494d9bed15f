// A JSON parser that keeps where every value and key was written, for Caddy's native JSON config.
import type { LoadDiagnostic } from '../../syntax/ast.js';
import type { SourceText, Span } from '../../syntax/source.js';

/** A JSON value with its range (and, for object members, the key's range). */
export type JsonValue =
  | { kind: 'object'; members: JsonMember[]; range: Span }
  | { kind: 'array'; items: JsonValue[]; range: Span }
  | { kind: 'string'; value: string; range: Span }
  | { kind: 'number'; value: number; range: Span }
  | { kind: 'boolean'; value: boolean; range: Span }
  | { kind: 'null'; range: Span };

export interface JsonMember {
  key: string;
  keyRange: Span;
  value: JsonValue;
}

/** Deepest nesting read: Caddy configs stay below twenty levels; deeper input is refused, not recursed into. */
export const MAX_JSON_DEPTH = 200;

/** A parse failure at an offset: the parser stops there (JSON has no sensible recovery). */
class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Parses RFC 8259 JSON (as Go's encoding/json reads it) from `source`. Never throws: a syntax error becomes
 * one `parse-error` diagnostic at its position and `value` is undefined.
 */
export function parseJson(source: SourceText): { value: JsonValue | undefined; diagnostics: LoadDiagnostic[] } {
  const reader = new JsonReader(source);
  try {
    reader.skipSpace();
    const value = reader.value(0);
    reader.skipSpace();
    if (reader.offset < source.text.length) throw new JsonSyntaxError(`Unexpected ${describe(source.text, reader.offset)} after the JSON value`, reader.offset);
    return { value, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = Math.min(error.offset, source.text.length);
    const range = source.span(at, Math.min(at + 1, source.text.length));
    return { value: undefined, diagnostics: [{ ruleId: 'parse-error', message: error.message, range }] };
  }
}

function describe(text: string, offset: number): string {
  if (offset >= text.length) return 'end of file';
  const ch = text[offset];
  return `"${ch === '\n' ? '\\n' : ch}"`;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonReader {
  offset = 0;
  private readonly text: string;

  constructor(private readonly source: SourceText) {
    this.text = source.text;
  }

  skipSpace(): void {
    const text = this.text;
    while (this.offset < text.length) {
      const code = text.charCodeAt(this.offset);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
      this.offset++;
    }
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.offset);
  }

  value(depth: number): JsonValue {
    if (depth > MAX_JSON_DEPTH) this.fail(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    const ch = this.text[this.offset];
    if (ch === '{') return this.object(depth);
    if (ch === '[') return this.array(depth);
    if (ch === '"') {
      const start = this.offset;
      const value = this.string();
      return { kind: 'string', value, range: this.source.span(start, this.offset) };
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    for (const [word, kind] of [['true', 'boolean'], ['false', 'boolean'], ['null', 'null']] as const) {
      if (this.text.startsWith(word, this.offset)) {
        const start = this.offset;
        this.offset += word.length;
        const range = this.source.span(start, this.offset);
        return kind === 'null' ? { kind, range } : { kind, value: word === 'true', range };
      }
    }
    return this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a JSON value`);
  }

  private object(depth: number): JsonValue {
    const start = this.offset++;
    const members: JsonMember[] = [];
    this.skipSpace();
    if (this.text[this.offset] === '}') {
      this.offset++;
      return { kind: 'object', members, range: this.source.span(start, this.offset) };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.offset] !== '"') this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a quoted key`);
      const keyStart = this.offset;
      const key = this.string();
      const keyRange = this.source.span(keyStart, this.offset);
      this.skipSpace();
      if (this.text[this.offset] !== ':') this.fail(`Unexpected ${describe(this.text, this.offset)}: expected ":" after key "${key.slice(0, 40)}"`);
      this.offset++;
      this.skipSpace();
      members.push({ key, keyRange, value: this.value(depth + 1) });
      this.skipSpace();
      const next = this.text[this.offset];
      this.offset++;
      if (next === '}') return { kind: 'object', members, range: this.source.span(start, this.offset) };
      if (next !== ',') {
        this.offset--;
        this.fail(`Unexpected ${describe(this.text, this.offset)}: expected "," or "}"`);
      }
    }
  }

  private array(depth: number): JsonValue {
    const start = this.offset++;
    const items: JsonValue[] = [];
    this.skipSpace();
    if (this.text[this.offset] === ']') {
      this.offset++;
      return { kind: 'array', items, range: this.source.span(start, this.offset) };
    }
    for (;;) {
      this.skipSpace();
      items.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.offset];
      this.offset++;
      if (next === ']') return { kind: 'array', items, range: this.source.span(start, this.offset) };
      if (next !== ',') {
        this.offset--;
        this.fail(`Unexpected ${describe(this.text, this.offset)}: expected "," or "]"`);
      }
    }
  }

  // RFC 8259 section 7: escapes \" \\ \/ \b \f \n \r \t \uXXXX; control characters must be escaped.
  private string(): string {
    const text = this.text;
    let index = ++this.offset;
    let out = '';
    let chunk = index;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === 34 /* " */) {
        out += text.slice(chunk, index);
        this.offset = index + 1;
        return out;
      }
      if (code < 0x20) {
        this.offset = index;
        this.fail('Unescaped control character in a JSON string');
      }
      if (code === 92 /* \\ */) {
        out += text.slice(chunk, index);
        const escape = text[index + 1];
        if (escape !== undefined && escape in SIMPLE_ESCAPES) {
          out += SIMPLE_ESCAPES[escape];
          index += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          out += String.fromCharCode(parseInt(text.slice(index + 2, index + 6), 16));
          index += 6;
        } else {
          this.offset = index;
          this.fail(`Invalid escape "\\${escape ?? ''}" in a JSON string`);
        }
        chunk = index;
        continue;
      }
      index++;
    }
    this.offset = text.length;
    return this.fail('Unterminated JSON string');
  }

  private number(): JsonValue {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.offset;
    const found = match.exec(this.text);
    if (!found) this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a number`);
    const start = this.offset;
    this.offset += found[0].length;
    return { kind: 'number', value: Number(found[0]), range: this.source.span(start, this.offset) };
  }
}

/** The member `key` of an object value, if any. */
export function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  if (value?.kind !== 'object') return undefined;
  for (let index = value.members.length - 1; index >= 0; index--) if (value.members[index].key === key) return value.members[index].value;
  return undefined;
}

/** The value at a path of keys. */
export function at(value: JsonValue | undefined, ...keys: string[]): JsonValue | undefined {
  let current = value;
  for (const key of keys) current = member(current, key);
  return current;
}

/** The items of an array value (none for anything else). */
export function items(value: JsonValue | undefined): JsonValue[] {
  return value?.kind === 'array' ? value.items : [];
}

/** The members of an object value (none for anything else). */
export function members(value: JsonValue | undefined): JsonMember[] {
  return value?.kind === 'object' ? value.members : [];
}

/** A string value's text. */
export function text(value: JsonValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

/** Strings of an array value. */
export function strings(value: JsonValue | undefined): string[] {
  return items(value).flatMap((item) => (item.kind === 'string' ? [item.value] : []));
}
