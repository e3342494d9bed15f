// collectGarbage frees what a run dropped, and leaves small heaps alone.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/engine/memory.js';

const used = () => getHeapStatistics().used_heap_size;

describe('collectGarbage', () => {
  it('frees dropped objects at once when the heap is large', () => {
    let garbage: number[][] | undefined = Array.from({ length: 400 }, () => Array.from({ length: 40_000 }, (_, i) => i + 0.5));
    const before = used();
    expect(garbage.length).toBe(400);
    garbage = undefined;
    collectGarbage();
    // 400 arrays of 40,000 doubles are 128 MB; all of it is gone.
    expect(before - used()).toBeGreaterThan(100 * 1024 * 1024);
  });
});
