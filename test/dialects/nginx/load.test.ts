// Include resolution: globs, the conf prefix, --map path maps, missing files and cycles.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoadContext } from '../../../src/dialects/dialect.js';
import { loadNginx, mapPath } from '../../../src/dialects/nginx/load.js';
import { compareBytes, matchSegment } from '../../../src/dialects/glob.js';
import { walkDirectives } from '../../../src/syntax/ast.js';
import { seededRandom } from '../../helpers/equivalence.js';

const SYNTAX = fileURLToPath(new URL('../../../fixtures/nginx/syntax/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../fixtures/corpus/nginx/', import.meta.url));

function context(root: string, pathMaps: LoadContext['pathMaps'] = []): LoadContext {
  return { root, pathMaps, cache: new Map(), maxFileBytes: 1 << 20, maxIncludedFiles: 100, maxIncludeDepth: 20, notify: () => {} };
}

describe('loadNginx', () => {
  const dir = join(SYNTAX, 'includes');

  it('follows globs in byte order, maps absolute paths, reports missing files and cycles once', async () => {
    const ctx = context(dir, [{ from: '/etc/nginx', to: join(dir, 'mapped') }]);
    const files = await loadNginx(join(dir, 'nginx.conf'), ctx);
    const rel = (p: string) => p.slice(dir.length + 1);
    expect(files.map((f) => rel(f.path))).toEqual(['nginx.conf', 'conf.d/a.conf', 'conf.d/b.conf', 'mapped/snippets/tls.conf']);
    const includes = [...walkDirectives(files[0].directives)].filter((d) => d.name === 'include');
    expect(includes.map((d) => d.included?.map((f) => rel(f.path)))).toEqual([
      ['conf.d/a.conf', 'conf.d/b.conf'],
      ['mapped/snippets/tls.conf'],
      [],
      [],
    ]);
    expect(files[0].diagnostics).toHaveLength(1);
    expect(files[0].diagnostics[0]).toMatchObject({ ruleId: 'include-not-found', range: { start: { line: 5, column: 5 }, end: { line: 5, column: 26 } } });
    expect(files[0].diagnostics[0].message).toContain('Missing include "missing.conf" (tried ');
    const cycle = files.flatMap((f) => f.diagnostics).filter((d) => d.ruleId === 'include-cycle');
    expect(cycle.map((d) => d.message)).toEqual(['Include cycle: nginx.conf -> conf.d/a.conf -> conf.d/b.conf -> conf.d/a.conf']);
    expect(cycle[0].range.file).toBe(join(dir, 'conf.d/b.conf'));
  });

  it('parses a file once however often it is included', async () => {
    const ctx = context(dir, [{ from: '/etc/nginx', to: join(dir, 'mapped') }]);
    const first = await loadNginx(join(dir, 'nginx.conf'), ctx);
    const again = await loadNginx(join(dir, 'nginx.conf'), ctx);
    expect(again[1]).toBe(first[1]);
  });

  it('throws a clear error when the entry cannot be read', async () => {
    await expect(loadNginx(join(dir, 'nope.conf'), context(dir))).rejects.toThrow(/Cannot read nginx config ".*nope\.conf": no such file/);
  });

  it('limits the file count with a notification (test/hostile/load-limits.test.ts covers every limit)', async () => {
    const notices: string[] = [];
    const small = { ...context(dir, [{ from: '/etc/nginx', to: join(dir, 'mapped') }]), maxIncludedFiles: 1, notify: (n: { message: string }) => notices.push(n.message) };
    await loadNginx(join(dir, 'nginx.conf'), small);
    expect(notices.some((message) => message.startsWith('More than 1 included files'))).toBe(true);
  });

  it('resolves the crossplane include tests like crossplane', async () => {
    for (const entry of ['crossplane/tests/configs/includes-globbed/nginx.conf', 'crossplane/tests/configs/includes-regular/nginx.conf']) {
      const files = await loadNginx(join(CORPUS, entry), context(join(CORPUS, entry, '..')));
      const { default: oracle } = await import('../../../fixtures/corpus/nginx/_oracle/crossplane/with-includes.json', { with: { type: 'json' } });
      const expected = (oracle as Record<string, { config: Array<{ file: string }> }>)[entry].config.map((c) => c.file);
      // Deliberate difference: `include bar.conf;` in conf.d/server.conf is missing under the conf prefix
      // (nginx and crossplane fail); tlslint falls back to the including file's directory and finds it.
      if (entry.includes('includes-regular')) expected.push('crossplane/tests/configs/includes-regular/conf.d/bar.conf');
      expect(files.map((f) => f.path.slice(CORPUS.length)).sort()).toEqual([...new Set(expected)].sort());
    }
  });
});

describe('helpers', () => {
  it('maps with the longest prefix', () => {
    const maps = [{ from: '/etc', to: '/a' }, { from: '/etc/nginx', to: '/b' }];
    expect(mapPath('/etc/nginx/x.conf', maps)).toBe('/b/x.conf');
    expect(mapPath('/etc/nginxx/x.conf', maps)).toBe('/a/nginxx/x.conf');
    expect(mapPath('/srv/x', maps)).toBe('/srv/x');
  });

  it('matches glob segments like glob(3)', () => {
    expect(matchSegment('*.conf', 'a.conf')).toBe(true);
    expect(matchSegment('*.conf', '.a.conf')).toBe(false);
    expect(matchSegment('[ab]?.c*', 'bx.conf')).toBe(true);
    expect(matchSegment('[!ab]*', 'a')).toBe(false);
    expect(matchSegment('*a*a*a*b', 'a'.repeat(5000))).toBe(false);
  });

  it('sorts paths in the byte order of their UTF-8, as glob(3) in the C locale', () => {
    const bytes = (a: string, b: string) => Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));
    // Units of every UTF-8 length, surrogate pairs, a lone surrogate, and U+E000-U+FFFF, which sort after
    // U+10000 in UTF-16 but before it in UTF-8.
    const units = ['a', 'b', 'Z', '.', '-', 'é', 'ÿ', '\u0800', '\ud7ff', '\ud800\udc00', '\udbff\udfff', '\ud800', '\ue000', '\uffff', ''];
    const random = seededRandom(3);
    const next = () => Math.floor(random() * units.length) % units.length;
    const names = Array.from({ length: 400 }, () => units[next()] + units[next()] + units[next()]);
    for (const a of names) for (const b of names.slice(0, 40)) expect(Math.sign(compareBytes(a, b)), JSON.stringify([a, b])).toBe(bytes(a, b));
    expect([...names].sort(compareBytes)).toEqual([...names].sort(bytes));
  });
});
