// Reads the expectations a fixture carries in its own comments (`# expect: id "text"`, `# ok: id`).
export interface Expectation {
  kind: 'expect' | 'ok' | 'todo-expect';
  ruleId: string;
  /** Text the finding's message must contain. */
  messagePart?: string;
  /** Line (1-based) the expectation applies to. */
  line: number;
  /** Line of the annotation itself, for error messages. */
  annotationLine: number;
}

export interface FixtureHeader {
  profile?: string;
  guidelines?: string;
  serverVersion?: string;
  openssl?: string;
  now?: string;
  rules?: Record<string, string>;
  /** Rule options, as a config file's `rules.<id>.options` would set them. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Run every rule, not only the one the fixture folder is named after. */
  allRules?: boolean;
  /** Parts of note-level tool notifications the case must produce (e.g. a missing include read as published). */
  notes?: string[];
  /**
   * Environment variables Caddy runs with in the oracle (`caddy adapt`); tlslint never reads them, so the
   * facts they decide are unknown to it (Caddy's `{$NAME}`).
   */
  env?: Record<string, string>;
}

const ANNOTATION = /^\s*#\s*(expect|ok|todo-expect):\s*([a-z0-9-]+)\s*(?:"((?:[^"\\]|\\.)*)")?\s*$/;
const HEADER = /^\s*#\s*tlslint-test:\s*(\{.*\})\s*$/;

/** The header options on the first line, if any. Throws on malformed JSON so a typo cannot pass silently. */
export function readHeader(text: string): FixtureHeader {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const match = HEADER.exec(first);
  return match ? (JSON.parse(match[1]) as FixtureHeader) : {};
}

/** Every annotation with the line it applies to: the next line that is not itself an annotation. */
export function readExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const expectations: Expectation[] = [];
  let pending: Expectation[] = [];
  lines.forEach((content, index) => {
    const match = ANNOTATION.exec(content);
    if (match) {
      pending.push({ kind: match[1] as Expectation['kind'], ruleId: match[2], messagePart: match[3]?.replace(/\\(.)/g, '$1'), line: 0, annotationLine: index + 1 });
      return;
    }
    if (/^\s*#\s*(expect|ok|todo-expect)\b/.test(content)) throw new Error(`Malformed annotation on line ${index + 1}: ${content.trim()}`);
    for (const expectation of pending) expectations.push({ ...expectation, line: index + 1 });
    pending = [];
  });
  if (pending.length) throw new Error(`Annotation on line ${pending[0].annotationLine} is not followed by a line`);
  return expectations;
}

/**
 * JSON has no comments, so a JSON case (`case.json`) keeps its annotations in a sidecar, `case.expect`: an
 * optional `# tlslint-test: {json}` first line, `#` comment lines, and one annotation a line, led by the JSON
 * line it applies to: `12: expect: hsts-missing "part"`, `14: ok: hsts-missing`.
 */
export function sidecarOf(file: string): string | undefined {
  return /\.json$/.test(file) ? file.replace(/\.json$/, '.expect') : undefined;
}

const SIDECAR_LINE = /^\s*(\d+):\s*(expect|ok|todo-expect):\s*([a-z0-9-]+)\s*(?:"((?:[^"\\]|\\.)*)")?\s*$/;

/** The annotations of a sidecar; throws on a line that is none, or one past the end of the JSON (`lines`). */
export function readSidecarExpectations(text: string, lines: number): Expectation[] {
  const expectations: Expectation[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (/^\s*(#.*)?$/.test(content)) return;
    const match = SIDECAR_LINE.exec(content);
    if (!match) throw new Error(`Malformed sidecar annotation on line ${index + 1}: ${content.trim()}`);
    const line = Number(match[1]);
    if (line < 1 || line > lines) throw new Error(`Sidecar annotation on line ${index + 1} names line ${line}, past the end of the JSON (${lines} lines)`);
    expectations.push({ kind: match[2] as Expectation['kind'], ruleId: match[3], messagePart: match[4]?.replace(/\\(.)/g, '$1'), line, annotationLine: index + 1 });
  });
  return expectations;
}

/** The annotations of a case file: its own comments, or for JSON its sidecar's (none when it has no sidecar). */
export function expectationsOf(file: string, text: string, read: (path: string) => string | undefined): Expectation[] {
  const sidecar = sidecarOf(file);
  if (!sidecar) return readExpectations(text);
  const annotations = read(sidecar);
  return annotations === undefined ? [] : readSidecarExpectations(annotations, text.split(/\r?\n/).length);
}

/** The header options of a case file: its first line, or for JSON its sidecar's first line. */
export function headerOf(file: string, text: string, read: (path: string) => string | undefined): FixtureHeader {
  const sidecar = sidecarOf(file);
  if (!sidecar) return readHeader(text);
  return readHeader(read(sidecar) ?? '');
}
