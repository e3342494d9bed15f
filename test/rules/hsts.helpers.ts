// Shared helpers for the HSTS rule tests: response headers and header scopes laid out as nginx writes them.
import type { Endpoint, HeaderScope, ResponseHeader, SettingLevel } from '../../src/model/types.js';
import type { LintOptions } from '../../src/engine/options.js';
import type { Rule } from '../../src/engine/define-rule.js';
import { runRule } from '../../src/engine/run-rule.js';
import { makeModel, makeOptions, rangeAt } from '../helpers/model-builder.js';

export const HSTS = 'Strict-Transport-Security';

/** Column where the quoted value starts in `    add_header Strict-Transport-Security "..."`. */
const HSTS_VALUE_COLUMN = 42;

/**
 * `    add_header NAME "VALUE"[ always];` on `line`: the directive from column 5, the quoted value
 * after the name.
 */
export function header(name: string, value: string, line: number, options: { always?: boolean; level?: SettingLevel } = {}): ResponseHeader {
  const valueStart = 5 + 'add_header '.length + name.length + 1;
  const valueEnd = valueStart + value.length + 2;
  const always = options.always ?? true;
  return {
    name,
    value,
    always,
    source: rangeAt(line, 5, valueEnd + (always ? ' always'.length : 0) + 1),
    valueRange: rangeAt(line, valueStart, valueEnd),
    level: options.level ?? 'endpoint',
    dynamic: /\$(\{|\w)/.test(value),
  };
}

/** `add_header Strict-Transport-Security "VALUE" always;` on `line`. */
export function hsts(value: string, line = 5, options: { always?: boolean; level?: SettingLevel } = {}): ResponseHeader {
  return header(HSTS, value, line, options);
}

/** The range of characters `from`..`to` (0-based, end exclusive) of an HSTS value written on `line`. */
export function inHstsValue(line: number, from: number, to: number) {
  return rangeAt(line, HSTS_VALUE_COLUMN + 1 + from, HSTS_VALUE_COLUMN + 1 + to);
}

/** A location block opening on `line` (its `location /path {` spans columns 5..`5 + label length + 2`). */
export function location(line: number, path: string, overrides: Partial<HeaderScope> = {}): HeaderScope {
  const label = `location ${path}`;
  return { kind: 'path', label, catchAll: label === 'location /', range: rangeAt(line, 5, 5 + label.length + 2), headers: [], dropped: [], ownHeaders: [], returns: null, headersUnknown: false, ...overrides };
}

export function run(rule: Rule, endpoints: Endpoint[], options: Partial<LintOptions> = {}) {
  return runRule(rule, makeModel(endpoints), makeOptions(options));
}
