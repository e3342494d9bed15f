// Writes schema/tlslint.schema.json from the rules (`npm run docs`); test/engine/config.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../../src/engine/config-schema.js';
import { allRules } from '../../rules/index.js';

export const SCHEMA_FILE = resolve(import.meta.dirname, '../../schema/tlslint.schema.json');

export function schemaText(): string {
  return `${JSON.stringify(configSchema(allRules), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(SCHEMA_FILE, schemaText());
