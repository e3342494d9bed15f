// Every loader on hostile trees: include cycles, symlink loops, directories, binary and key files, and the limits.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigFile } from '../../src/syntax/ast.js';
import { makeTree, recordingContext, type TreeEntry } from './fs-helpers.js';
import { expansion, loadedFileProblems } from './invariants.js';
import { PARSERS } from './parsers.js';

/** Every diagnostic of the loaded files that is not a parse error, as `kind: message`. */
function includeDiagnostics(files: readonly ConfigFile[]): string[] {
  return files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId !== 'parse-error').map((d) => `${d.ruleId}: ${d.message}`));
}

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const KEY_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const KEY_DER = new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' }));

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s loader on hostile trees', (_dialect, parser) => {
  const { include, filler } = parser;

  async function load(entries: Record<string, TreeEntry>, limits = {}, entry = 'main.conf') {
    const root = makeTree(entries);
    const { context, notices } = recordingContext(root, limits);
    const files = await parser.load(join(root, entry), context);
    for (const file of files) expect(loadedFileProblems(file)).toEqual([]);
    const names = files.map((f) => f.path.slice(root.length + 1));
    expect(new Set(names).size, 'each file once').toBe(names.length);
    return { root, files, names, notices: notices.map((n) => `${n.level}: ${n.message}`), diagnostics: includeDiagnostics(files) };
  }

  it('reports an include cycle once and reads each file once', async () => {
    const { names, diagnostics } = await load({ 'main.conf': include('@/a.conf'), 'a.conf': include('@/b.conf'), 'b.conf': include('@/a.conf') + filler });
    expect(names).toEqual(['main.conf', 'a.conf', 'b.conf']);
    expect(diagnostics).toEqual([expect.stringMatching(/^include-cycle: Include cycle: .*a\.conf -> .*b\.conf -> .*a\.conf$/)]);
  });

  it('reports a file that includes itself', async () => {
    const { names, diagnostics } = await load({ 'main.conf': include('@/main.conf') + filler });
    expect(names).toEqual(['main.conf']);
    expect(diagnostics).toEqual([expect.stringMatching(/^include-cycle: Include cycle: .*main\.conf -> .*main\.conf$/)]);
  });

  it('reports a symbolic link loop, named or matched by a glob', async () => {
    const { diagnostics } = await load({
      'main.conf': include('@/loop.conf') + include('@/conf.d/*.conf'),
      'loop.conf': { symlink: '@/loop.conf' },
      'conf.d/a.conf': filler,
      'conf.d/ping.conf': { symlink: '@/conf.d/pong.conf' },
      'conf.d/pong.conf': { symlink: '@/conf.d/ping.conf' },
    });
    expect(diagnostics).toEqual([
      expect.stringMatching(/loop\.conf.*too many levels of symbolic links/),
      expect.stringMatching(/ping\.conf.*too many levels of symbolic links/),
      expect.stringMatching(/pong\.conf.*too many levels of symbolic links/),
    ]);
  });

  it('reports directories, named or matched by a glob, and still reads the files the glob matches', async () => {
    const { names, diagnostics } = await load({
      'main.conf': include('@/conf.d') + include('@/sites/*'),
      'conf.d/a.conf': filler,
      'sites/a.conf': filler,
      'sites/archive': { directory: true },
    });
    if (parser.includesDirectories) {
      // server/config.c ap_process_resource_config_nofnmatch: a directory is read whole, recursively.
      expect(names).toEqual(['main.conf', 'conf.d/a.conf', 'sites/a.conf']);
      expect(diagnostics).toEqual([]);
      return;
    }
    expect(names).toEqual(['main.conf', 'sites/a.conf']);
    expect(diagnostics).toEqual([
      expect.stringMatching(/^include-not-found: Cannot include ".*conf\.d": it is a directory/),
      expect.stringMatching(/^include-not-found: Cannot include ".*sites\/archive".*: it is a directory/),
    ]);
  });

  it('reports a dangling symbolic link a glob matches', async () => {
    const { diagnostics } = await load({ 'main.conf': include('@/conf.d/*.conf'), 'conf.d/gone.conf': { symlink: '@/nowhere.conf' } });
    expect(diagnostics).toEqual([expect.stringMatching(/gone\.conf.*no such file/)]);
  });

  it('refuses binary files and private keys without quoting them', async () => {
    const { names, diagnostics } = await load({
      'main.conf': include('@/blob.conf') + include('@/key.pem') + include('@/key.der') + filler,
      'blob.conf': Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x3b, 0x7b),
      'key.pem': KEY_PEM,
      'key.der': KEY_DER,
    });
    expect(names).toEqual(['main.conf']);
    expect(diagnostics).toEqual([
      expect.stringMatching(/blob\.conf.*binary/),
      expect.stringMatching(/key\.pem.*private key/),
      expect.stringMatching(/key\.der.*binary/),
    ]);
    for (const message of diagnostics) expect(message).not.toMatch(/BEGIN|PRIVATE KEY-----|\0/);
  });

  it('refuses devices and FIFOs instead of reading forever', async () => {
    const root = makeTree({ 'main.conf': include('@/fifo.conf') + include('/dev/zero') + filler });
    execFileSync('mkfifo', [join(root, 'fifo.conf')]);
    const { context } = recordingContext(root);
    const files = await parser.load(join(root, 'main.conf'), context);
    expect(includeDiagnostics(files)).toEqual([
      expect.stringMatching(/fifo\.conf": it is not a regular file/),
      expect.stringMatching(/\/dev\/zero": it is not a regular file/),
    ]);
  });

  it('refuses an entry file that is a private key', async () => {
    const root = makeTree({ 'key.pem': KEY_PEM });
    await expect(parser.load(join(root, 'key.pem'), recordingContext(root).context)).rejects.toThrow(/key\.pem.*private key/);
  });

  describe('limits: a notice naming the limit and its flag, the rest is still read', () => {
    it('skips an included file over the size limit', async () => {
      const { names, notices, diagnostics } = await load({ 'main.conf': include('@/big.conf') + include('@/small.conf'), 'big.conf': filler.repeat(100), 'small.conf': filler }, { maxFileBytes: 1000 });
      expect(names).toEqual(['main.conf', 'small.conf']);
      expect(diagnostics).toEqual([]);
      expect(notices).toEqual([expect.stringMatching(/^warning: .*big\.conf.* is \d+ bytes, over the file size limit of 1000 bytes \(--max-file-size\)/)]);
    });

    it('refuses an entry file over the size limit with a clear error', async () => {
      const root = makeTree({ 'main.conf': filler.repeat(100) });
      await expect(parser.load(join(root, 'main.conf'), recordingContext(root, { maxFileBytes: 1000 }).context)).rejects.toThrow(
        /main\.conf.*is \d+ bytes, over the file size limit of 1000 bytes \(--max-file-size\)/,
      );
    });

    it('stops at the included-files limit and says so once', async () => {
      const entries: Record<string, TreeEntry> = { 'main.conf': [1, 2, 3, 4, 5, 6].map((n) => include(`@/f${n}.conf`)).join('') };
      for (let n = 1; n <= 6; n++) entries[`f${n}.conf`] = filler;
      const { names, notices } = await load(entries, { maxIncludedFiles: 3 });
      expect(names).toEqual(['main.conf', 'f1.conf', 'f2.conf', 'f3.conf']);
      expect(notices).toEqual([expect.stringMatching(/^warning: More than 3 included files \(--max-included-files\): .*f4\.conf.* not read/)]);
    });

    it('stops at the include depth limit and says so once', async () => {
      const entries: Record<string, TreeEntry> = { 'main.conf': include('@/f1.conf') };
      for (let n = 1; n <= 20; n++) entries[`f${n}.conf`] = include(`@/f${n + 1}.conf`) + filler;
      const { names, notices } = await load(entries, { maxIncludeDepth: 5 });
      expect(names).toEqual(['main.conf', 'f1.conf', 'f2.conf', 'f3.conf', 'f4.conf', 'f5.conf']);
      expect(notices).toEqual([expect.stringMatching(/^warning: Includes nested deeper than 5 levels \(--max-include-depth\): .*f6\.conf.* not read/)]);
    });

    it('counts depth through files already read elsewhere: a long chain reached one step at a time still stops', async () => {
      // main includes f1, f2, ..., f300 in order and each fk includes f(k-1): the chain under f300 is 300 deep,
      // though every single step only meets files that were already loaded.
      const entries: Record<string, TreeEntry> = { 'main.conf': '' };
      for (let k = 1; k <= 300; k++) {
        entries[`f${k}.conf`] = k > 1 ? include(`@/f${k - 1}.conf`) : filler;
        entries['main.conf'] += include(`@/f${k}.conf`);
      }
      const { files, notices } = await load(entries, { maxIncludeDepth: 50, maxIncludedFiles: 100_000 });
      expect(expansion(files[0]).depth).toBeLessThanOrEqual(50);
      expect(notices).toEqual([expect.stringMatching(/nested deeper than 50 levels/)]);
    });

    it('counts every inclusion: a file included twice at each of 40 levels is 2^40 reads for nginx, not 40', async () => {
      const entries: Record<string, TreeEntry> = { 'f0.conf': filler };
      for (let k = 1; k <= 40; k++) entries[`f${k}.conf`] = include(`@/f${k - 1}.conf`).repeat(2);
      entries['main.conf'] = include('@/f40.conf');
      const { files, notices } = await load(entries, { maxIncludedFiles: 1000 });
      // Anything that expands includes the way nginx does now does bounded work.
      expect(expansion(files[0]).reads).toBeLessThanOrEqual(1001);
      expect(notices).toEqual([expect.stringMatching(/More than 1000 included files/)]);
    });
  });
});
