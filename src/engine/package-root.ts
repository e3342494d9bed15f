// Locates files shipped with tlslint (rule docs, schema) whether it runs from src/ or from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The directory holding tlslint's own package.json. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'tlslint') return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the tlslint package root');
    dir = parent;
  }
}

/** tlslint's version from its package.json. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string;
}

/** The markdown page of rule `id`, or undefined when it has none. */
export function readRuleDoc(id: string): string | undefined {
  // Read, not checked first: a SARIF report reads every rule's page, and a second system call each was most of that.
  try {
    return readFileSync(join(packageRoot(), 'rules', `${id}.md`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
