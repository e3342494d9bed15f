// Validates a SARIF log against the official SARIF 2.1.0 errata01 schema (draft-04) with ajv; shared by every suite that emits SARIF.
import { readFileSync } from 'node:fs';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// CommonJS interop under NodeNext: the class / function is the module's `default` export.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

const SCHEMA_FILE = new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url);

let validator: ValidateFunction | undefined;

/** Compiles the schema once, with ajv-draft-04 + ajv-formats and default options (the setup the schema is known to compile with). */
function compiledSchema(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv04();
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  }
  return validator;
}

/**
 * Schema errors of `log` (a parsed SARIF object, or its JSON text) as `<json pointer> <message>`
 * lines; empty when the log is valid SARIF 2.1.0.
 */
export function validateSarif(log: unknown): string[] {
  const validate = compiledSchema();
  const value = typeof log === 'string' ? JSON.parse(log) : log;
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${paramsOf(e.params)}`);
}

function paramsOf(params: Record<string, unknown>): string {
  const entries = Object.entries(params);
  return entries.length > 0 ? ` (${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : '';
}
