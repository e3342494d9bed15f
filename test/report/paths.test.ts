// How reports name files: the file uri of a plain path is written directly, and must be what Node's URL code makes of it.
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileUri } from '../../src/report/paths.js';

describe('fileUri', () => {
  it('is pathToFileURL for any absolute path, plain or needing resolution or encoding', () => {
    const segment = fc.array(fc.constantFrom('a', 'Z', '0', '.', '..', '-', '_', '~', ' ', '%', '#', '?', 'é', ':', '', '\\'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), (segments, trailingSlash) => {
      const path = `/${segments.join('/')}${trailingSlash ? '/' : ''}`;
      expect(fileUri(path, '/repo')).toBe(pathToFileURL(path).href);
    }), { numRuns: 2000 });
  });

  it('writes a plain absolute path as it is', () => {
    expect(fileUri('/tmp/ab/sites/00001.conf', '/repo')).toBe('file:///tmp/ab/sites/00001.conf');
  });
});
