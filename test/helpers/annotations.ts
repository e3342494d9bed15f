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
