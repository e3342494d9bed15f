// Property tests of every loader on random include graphs: cycles, globs, links, directories, garbage, tight limits.
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FC_RUNS, runParameters } from './arbitraries.js';
import { makeTree, recordingContext, type TreeEntry } from './fs-helpers.js';
import { expansion, loadedFileProblems } from './invariants.js';
import { PARSERS, type HostileParser } from './parsers.js';

/** Each case writes a tree to disk, so fewer cases than the parser suites: 1,000 under `test:hostile`. */
const RUNS = Math.max(50, Math.floor(FC_RUNS / 10));

const FILES = 6;

/** One line of a generated file: filler, garbage, or an include of something awkward. */
function statement(parser: HostileParser): fc.Arbitrary<string> {
  const file = fc.nat(FILES - 1);
  return fc.oneof(
    fc.constant(parser.filler),
    fc.constantFrom(...parser.vocabulary),
    file.map((k) => parser.include(`@/f${k}.conf`)),
    file.map((k) => parser.include(`@/link${k}.conf`)),
    fc.constantFrom(
      ...['@/*.conf', '@/f[0-2].conf', '@/d/*', '@/d', '@/loop.conf', '@/dangling.conf', '@/missing.conf', '@/d/*/*.conf', '@/[', '@/*', '@/key.pem'].map(parser.include),
    ),
  );
}

/** A tree: `f0.conf` (the entry) to `f5.conf`, links to them, a directory, a symlink loop, a dangling link, a key. */
function tree(parser: HostileParser): fc.Arbitrary<Record<string, TreeEntry>> {
  return fc.array(fc.array(statement(parser), { maxLength: 8 }), { minLength: FILES, maxLength: FILES }).map((bodies) => {
    const entries: Record<string, TreeEntry> = {
      'd/sub/x.conf': parser.filler,
      'd/y.conf': parser.filler,
      'loop.conf': { symlink: '@/loop.conf' },
      'dangling.conf': { symlink: '@/nowhere' },
      'key.pem': '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIB8xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n',
    };
    bodies.forEach((body, k) => {
      entries[`f${k}.conf`] = body.join('\n');
      entries[`link${k}.conf`] = { symlink: `@/f${k}.conf` };
    });
    return entries;
  });
}

const limits = fc.record({
  maxFileBytes: fc.integer({ min: 20, max: 4000 }),
  maxIncludedFiles: fc.integer({ min: 0, max: 30 }),
  maxIncludeDepth: fc.integer({ min: 0, max: 6 }),
});

describe.each(PARSERS.map((parser) => [parser.dialect, parser] as const))('%s loader on random include graphs', (_dialect, parser) => {
  it(`terminates, reads each file once, keeps ranges in files and stays within the limits (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(tree(parser), limits, async (entries, limit) => {
        const root = makeTree(entries);
        const { context, notices } = recordingContext(root, limit);
        let files;
        try {
          files = await parser.load(join(root, 'f0.conf'), context);
        } catch (error) {
          // Only the entry itself may be refused (too large, binary), and with a clear one-line message.
          expect(String(error)).toMatch(/^Error: Cannot read \S+ config ".*f0\.conf": [^\n]+$/);
          return;
        }
        expect(files[0].path).toBe(join(root, 'f0.conf'));
        expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
        for (const file of files) expect(loadedFileProblems(file)).toEqual([]);
        const { depth, reads } = expansion(files[0]);
        expect(depth).toBeLessThanOrEqual(limit.maxIncludeDepth);
        expect(reads).toBeLessThanOrEqual(limit.maxIncludedFiles + 1);
        for (const notice of notices) expect(notice.message).toMatch(/\(--max-[a-z-]+\)/);
      }),
      runParameters(RUNS),
    );
  });
});
