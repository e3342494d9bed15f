// The chevrotain parser is built only for a file the text reader (readApacheText) cannot read: counted, not timed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import { ApacheParser, apacheParser } from '../../../src/dialects/apache/parser.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('Apache parser construction', () => {
  it('reads every fixture without building the parser, and builds it once when asked', () => {
    // performSelfAnalysis is protected in chevrotain's typings; every parser construction calls it.
    const analysis = vi.spyOn(ApacheParser.prototype as unknown as { performSelfAnalysis(): void }, 'performSelfAnalysis');
    const files = ['fixtures/apache', 'fixtures/corpus/apache', 'examples/apache'].flatMap(filesUnder);
    let directives = 0;
    for (const file of files) directives += parseApache(readFileSync(file, 'utf8'), file).directives.length;
    expect(directives).toBeGreaterThan(100);
    expect(analysis).not.toHaveBeenCalled();
    expect(apacheParser()).toBe(apacheParser());
    expect(analysis).toHaveBeenCalledTimes(1);
  });
});
