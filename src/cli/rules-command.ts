// `tlslint rules [id]`: the rule table, or one rule's documentation.
import { allRules } from '../../rules/index.js';
import { readRuleDoc } from '../engine/package-root.js';

/** Prints every rule: id, default severity, profiles, description. */
export function printRuleList(out: NodeJS.WritableStream): number {
  const width = Math.max(...allRules.map((r) => r.meta.id.length), 4);
  out.write(`${'rule'.padEnd(width)}  severity  fix  description\n`);
  for (const { meta } of allRules) {
    out.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(8)}  ${meta.fixable ? 'yes' : '   '}  ${meta.description}\n`);
  }
  return 0;
}

/** Prints the markdown page of rule `id`; exit code 2 for an unknown id. */
export function printRuleDoc(id: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const rule = allRules.find((r) => r.meta.id === id);
  if (!rule) {
    err.write(`tlslint: unknown rule "${id}"; run 'tlslint rules' for the list\n`);
    return 2;
  }
  out.write(readRuleDoc(id) ?? `# ${id}\n\n${rule.meta.description}\n`);
  return 0;
}
