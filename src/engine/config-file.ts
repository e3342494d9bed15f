// Reading one config file: YAML/JSON parsing, validation against the schema built from the rules, error
// messages with file, line, column, JSON pointer and what is allowed, and the compiled globs.
import { basename, dirname, relative } from 'node:path';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { Rule } from './define-rule.js';
import { configSchema } from './config-schema.js';
import { ConfigError, type ConfigData, type LoadedConfig } from './config.js';
import { fileErrorText, readRegularFile, RefusedFile } from './read-file.js';

// CommonJS interop under NodeNext: the class is the module's `default` export.
const Ajv = AjvModule.default;

/** Largest config file read: a config is a few hundred bytes; anything this large is a mistake. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const validators = new WeakMap<readonly Rule[], ValidateFunction>();

/** Reads, parses and validates the config file at `path`. Throws ConfigError. */
export function readConfigFile(path: string, rules: readonly Rule[]): LoadedConfig {
  const { value, document, lines } = parseConfigText(path, readText(path));
  refuseForeignFile(path, value, rules);
  let validate = validators.get(rules);
  if (!validate) validators.set(rules, (validate = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(configSchema(rules))));
  if (!validate(value)) {
    const problems = relevantErrors(validate.errors ?? []).map((error) => describeError(error, path, document, lines));
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    throw new ConfigError(problems.map((problem) => problem.text).join('\n'));
  }
  return compile(path, value as ConfigData);
}

/**
 * A mapping none of whose keys tlslint knows is not a tlslint config at all (`-c /etc/shadow`, a `.tlslintrc`
 * that is something else): its keys would be quoted as "unknown key" messages, so it is refused unquoted.
 */
function refuseForeignFile(path: string, value: unknown, rules: readonly Rule[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const keys = Object.keys(value);
  const known = (configSchema(rules) as { properties?: Record<string, unknown> }).properties ?? {};
  // A misspelt setting (`profil`) is close to a known one and gets its did-you-mean message instead.
  if (keys.length > 0 && !keys.some((key) => Object.hasOwn(known, key) || closest(key, Object.keys(known)) !== undefined)) {
    throw new ConfigError(`${path}: not a tlslint config file (none of its keys is a tlslint setting); its content is not quoted`);
  }
}

function readText(path: string): string {
  try {
    // `-c /dev/zero` or a FIFO must not hang the run: regular files only, never past the cap.
    return readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof RefusedFile && error.reason === 'too-large') throw new ConfigError(`${path}: config file is ${error.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit`);
    throw new ConfigError(`${path}: cannot read config file (${fileErrorText(error)})`);
  }
}

interface ParsedConfig {
  value: unknown;
  document: Document;
  lines: LineCounter;
}

/**
 * Parses a config file. JSON files must be strict JSON (JSON.parse decides); YAML is YAML 1.2. The YAML
 * parser also reads JSON, and its node ranges place validation errors at a line and column.
 */
export function parseConfigText(path: string, text: string): ParsedConfig {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (path.endsWith('.json')) {
    try {
      return { value: JSON.parse(text), document, lines };
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message);
      const at = position ? lines.linePos(Number(position[1])) : { line: 1, col: 1 };
      // Node quotes the text around the error (`Unexpected token 'r', "root:*:202"... is not valid JSON`):
      // the file may be anything, so only the position and the kind of mistake are kept.
      const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*$/s, '');
      throw new ConfigError(`${path}:${at.line}:${at.col}: invalid JSON: ${reason}`);
    }
  }
  const problem = document.errors[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    throw new ConfigError(`${path}:${at.line}:${at.col}: invalid YAML: ${problem.message.split('\n')[0]}`);
  }
  try {
    // toJS() expands aliases; the yaml package refuses an alias bomb ("billion laughs") by throwing.
    return { value: document.toJS({ maxAliasCount: 100 }) ?? {}, document, lines };
  } catch (error) {
    throw new ConfigError(`${path}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * ajv reports an if/then/else failure twice (the branch's own errors and "must match then"), and a bad
 * property name twice (the name's own error and "property name is invalid"): keep one of each.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'if' && error.propertyName === undefined);
}

/** `file:line:col: /json/pointer: what is wrong and what is allowed`. */
function describeError(error: ErrorObject, path: string, document: Document, lines: LineCounter): { line: number; col: number; text: string } {
  const segments = pointerSegments(error.instancePath);
  const unknownKey =
    error.keyword === 'additionalProperties'
      ? String((error.params as { additionalProperty: string }).additionalProperty)
      : error.keyword === 'propertyNames'
        ? String((error.params as { propertyName: string }).propertyName)
        : undefined;
  const offset = unknownKey !== undefined ? keyOffset(document, segments, unknownKey) : valueOffset(document, segments);
  const at = lines.linePos(offset ?? 0);
  const where = unknownKey !== undefined ? `${error.instancePath}/${unknownKey}` : error.instancePath || '/';
  return { ...at, text: `${path}:${at.line}:${at.col}: ${where}: ${explain(error, unknownKey)}` };
}

function explain(error: ErrorObject, unknownKey: string | undefined): string {
  const schema = error.parentSchema as { properties?: Record<string, unknown>; pattern?: string } | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(schema?.properties ?? {});
      const suggestion = closest(unknownKey ?? '', allowed);
      return `unknown key "${unknownKey}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; allowed: ${allowed.join(', ')}`;
    }
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be ${article((error.params as { type: string }).type)}`;
    case 'pattern':
      return error.instancePath.startsWith('/serverVersions') ? 'must be a version like 1.22.1' : `must match ${(error.params as { pattern: string }).pattern}`;
    case 'propertyNames':
      return 'must be an absolute path (starting with "/")';
    case 'required':
      return `"${(error.params as { missingProperty: string }).missingProperty}" is required`;
    case 'anyOf':
      return 'must be a glob pattern or a non-empty list of glob patterns';
    default:
      return error.message ?? 'is not allowed here';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function nodeAt(document: Document, segments: string[]): unknown {
  return segments.length === 0 ? document.contents : document.getIn(segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true);
}

function valueOffset(document: Document, segments: string[]): number | undefined {
  const node = nodeAt(document, segments) as YamlNode | undefined;
  return node?.range?.[0];
}

function keyOffset(document: Document, segments: string[], key: string): number | undefined {
  const parent = nodeAt(document, segments);
  if (!isMap(parent)) return valueOffset(document, segments);
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : parent.range?.[0];
}

/** The allowed name nearest to a misspelt one, when it is near enough to be the likely intent. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length];
}

/**
 * Directories below a config whose names an `ignore` pattern is tested against (`vendor` skips vendor/).
 * Deeper directories are matched through patterns that match the file itself (`deep/**`).
 */
const MAX_IGNORED_DIRECTORY_DEPTH = 32;

/** Compiles the globs of a validated config; they match paths relative to the config's directory. */
function compile(path: string, data: ConfigData): LoadedConfig {
  const directory = dirname(path);
  const matcher = (patterns: string[]) => picomatch(patterns, { dot: true });
  const ignored = data.ignore?.length ? matcher(data.ignore) : () => false;
  const overrides = (data.overrides ?? []).map(({ files, ...settings }) => ({ matches: matcher(Array.isArray(files) ? files : [files]), settings }));
  const inside = (file: string) => {
    const rel = relative(directory, file);
    return rel.startsWith('..') ? undefined : rel.split('\\').join('/');
  };
  return {
    path,
    data,
    // A pattern matches the file or a directory above it, as in .gitignore: `vendor/**` and `vendor` both skip vendor/.
    isIgnored: (file) => {
      const rel = inside(file);
      if (rel === undefined) return false;
      if (ignored(rel)) return true;
      // The directories above the file, nearest the config first, at most MAX_IGNORED_DIRECTORY_DEPTH of
      // them: a glob's regex costs time in the path's length, so testing every prefix of a path 2,000
      // directories deep took seconds per file.
      const parts = rel.split('/');
      let prefix = '';
      for (let index = 0; index < Math.min(parts.length - 1, MAX_IGNORED_DIRECTORY_DEPTH); index++) {
        prefix = index === 0 ? parts[0] : `${prefix}/${parts[index]}`;
        if (ignored(prefix)) return true;
      }
      return false;
    },
    overridesFor: (file) => {
      const rel = inside(file);
      return rel === undefined ? [] : overrides.filter((o) => o.matches(rel) || o.matches(basename(rel))).map((o) => o.settings);
    },
  };
}

