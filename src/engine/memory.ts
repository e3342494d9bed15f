// A full garbage collection on request, for the points where a run has just dropped most of what it held.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/** Heaps smaller than this are left to V8: collecting them gains little and costs a small run's start time. */
const WORTH_COLLECTING_BYTES = 64 * 1024 * 1024;

/**
 * Runs V8's full garbage collector now. V8 grows the heap to about four times what was live at its last
 * full collection before it collects again, so a run that drops its 65 MB directive tree (or its models)
 * would otherwise fill the freed room with new objects and push peak memory up by 100 MB; collecting
 * right after the drop costs a few tens of milliseconds. Jest's --logHeapUsage reaches gc the same way.
 */
export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < WORTH_COLLECTING_BYTES) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
