// The JSON Schema of tlslint's config file, built from the rules so every rule id and option is known.
// schema/tlslint.schema.json is this schema written out (`npm run docs`); a test keeps the two equal.
import { DIALECT_IDS } from '../dialects/registry.js';
import { GUIDELINE_VERSIONS, PROFILE_NAMES } from '../tls/mozilla-profiles.js';
import { OPENSSL_VERSIONS } from '../tls/openssl-builds.js';
import type { Rule } from './define-rule.js';

import { packageVersion } from './package-root.js';

/**
 * Where the released schema is served as raw JSON: the file at the release's tag, so a config's
 * `$schema` keeps meaning the version it was written for and editors need no node_modules.
 */
export const schemaUrl = (version: string = packageVersion()): string => `https://raw.githubusercontent.com/tlslint/tlslint/v${version}/schema/tlslint.schema.json`;
export const SEVERITY_SETTINGS = ['off', 'note', 'warning', 'error'] as const;

/** Settings a config file and each of its overrides may hold. */
function settingsProperties(): Record<string, object> {
  return {
    profile: { description: 'Mozilla Server Side TLS profile the configs must meet.', enum: [...PROFILE_NAMES] },
    guidelines: { description: 'Version of the Mozilla guidelines the profile comes from.', enum: [...GUIDELINE_VERSIONS] },
    serverVersions: {
      description: 'Server version per dialect: its defaults apply (e.g. which protocols nginx enables when ssl_protocols is absent).',
      type: 'object',
      properties: Object.fromEntries(DIALECT_IDS.map((id) => [id, { type: 'string', pattern: '^\\d+(\\.\\d+){0,2}$' }])),
      additionalProperties: false,
    },
    openssl: { description: 'OpenSSL version the server is built with: cipher strings expand as it expands them.', enum: [...OPENSSL_VERSIONS] },
    rules: { $ref: '#/definitions/rules' },
  };
}

function rulesSchema(rules: readonly Rule[]): object {
  return {
    description: 'Severity and options per rule id: "off", "note", "warning", "error", or { "severity": ..., "options": {...} }.',
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleEntrySchema(rule)])),
    additionalProperties: false,
  };
}

function ruleEntrySchema(rule: Rule): object {
  const severity = { $ref: '#/definitions/severity' };
  const options = rule.meta.options ?? {};
  return {
    description: rule.meta.description,
    // if/then/else rather than oneOf: a mistake is reported against the one form it was written in.
    if: { type: 'string' },
    then: severity,
    else: {
      type: 'object',
      properties: {
        severity,
        options: { type: 'object', properties: options, additionalProperties: false },
      },
      additionalProperties: false,
    },
  };
}

/** The whole schema. */
export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const settings = settingsProperties();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaUrl(),
    title: 'tlslint configuration (.tlslintrc.json, .tlslintrc.yaml, tlslint.config.json)',
    definitions: {
      severity: { enum: [...SEVERITY_SETTINGS] },
      rules: rulesSchema(rules),
    },
    type: 'object',
    properties: {
      $schema: { description: 'The schema this file follows, for editors.', type: 'string' },
      ...settings,
      failOn: {
        description: 'Lowest severity that makes the exit code 1, or "none" to only report (--fail-on wins). Read from the config of the directory tlslint runs in.',
        enum: ['error', 'warning', 'note', 'none'],
      },
      baseline: {
        description: 'Baseline file (relative to this file): only findings it does not record are reported (--baseline wins). Read from the config of the directory tlslint runs in.',
        type: 'string',
        minLength: 1,
      },
      reportUnusedDisable: {
        description: 'Report tlslint-disable comments that suppress nothing: true (as warnings), false, or the severity they count at (--report-unused-disable-severity wins). Read from the config of the directory tlslint runs in.',
        enum: [true, false, ...SEVERITY_SETTINGS],
      },
      pathMaps: {
        description: 'Absolute config prefixes the configs name, mapped to directories of the checkout (relative to this file).',
        type: 'object',
        propertyNames: { pattern: '^/' },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      ignore: {
        description: 'Glob patterns (relative to this file) of files never linted or reported.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      overrides: {
        description: 'Settings for the files matching `files` (globs relative to this file); later entries win.',
        type: 'array',
        items: {
          type: 'object',
          properties: {
            files: {
              anyOf: [
                { type: 'string', minLength: 1 },
                { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
              ],
            },
            ...settings,
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}
