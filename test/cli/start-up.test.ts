// What every run loads before it knows its dialect: the CLI's static module graph, as esbuild bundles it into
// bin/tlslint.js. A dialect's reader (and chevrotain, ~350 KB with lodash-es) belongs in that dialect's chunk,
// loaded only by a run that reads such files; Caddy's reader reached every run through its wording once. A dialect
// whose fast reader reads nearly every file imports chevrotain only for a file that reader gives up on.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every input the entry reaches through static imports (what is evaluated before its first dynamic import). */
async function staticallyReached(entry: string): Promise<Set<string>> {
  const { metafile } = await build({
    entryPoints: [resolve(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const reached = new Set([entry]);
  const queue = [entry];
  for (let input = queue.pop(); input !== undefined; input = queue.pop()) {
    for (const edge of metafile.inputs[input]?.imports ?? []) {
      if (edge.kind === 'dynamic-import' || edge.external || reached.has(edge.path)) continue;
      reached.add(edge.path);
      queue.push(edge.path);
    }
  }
  return reached;
}

describe('start-up', () => {
  it('loads no dialect reader and no chevrotain before the run picks its dialects', async () => {
    const reached = [...(await staticallyReached('src/cli/bin.ts'))];
    // The wording of all three dialects is loaded (rules word findings for any model), their readers are not.
    expect(reached).toContain('src/dialects/caddy/render.ts');
    expect(reached.filter((input) => /\/chevrotain\/|\/lodash-es\/|src\/dialects\/\w+\/(parse|load|model|json-model|tokens)\.ts$/.test(input))).toEqual([]);
  });

  // Apache's text reader and nginx's and Caddy's tokenizers read nearly every file; chevrotain's lexer (and parser)
  // they give up to are imported on demand.
  it.each([
    ['apache', 'src/dialects/apache/to-ast.ts', /src\/dialects\/apache\/(tokens|parser|cst-reader)\.ts$/],
    ['nginx', 'src/dialects/nginx/tokens.ts', /src\/dialects\/nginx\/(lexer|parser)\.ts$/],
    ['caddy', 'src/dialects/caddy/tokens.ts', /src\/dialects\/caddy\/(lexer|parser)\.ts$/],
  ])('loads no chevrotain with the %s reader', async (dialect, reader, chevrotainPath) => {
    const reached = [...(await staticallyReached(`src/dialects/${dialect}/index.ts`))];
    expect(reached).toContain(reader);
    expect(reached.filter((input) => /\/chevrotain\/|\/lodash-es\//.test(input) || chevrotainPath.test(input))).toEqual([]);
  });
});
