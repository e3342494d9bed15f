// A full garbage collection on request, for the points where a run has just dropped most of what it held.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's gc function once found; null when this runtime refuses to give it (the run goes on without). */
let collect: (() => void) | null | undefined;

/** Heaps smaller than this are left to V8: collecting them gains little and costs a small run's start time. */
const WORTH_COLLECTING_BYTES = 64 * 1024 * 1024;

/**
 * Runs V8's full garbage collector now. V8 grows the heap to about four times what was live at its last
 * full collection before it collects again, so a run that drops its models and directive trees before
 * the report would otherwise build the report in the freed room and push peak memory up; collecting right
 * after the drop costs a few tens of milliseconds. Jest's --logHeapUsage reaches gc the same way.
 */
export function collectGarbage(): void {
  if (collect === null || getHeapStatistics().used_heap_size < WORTH_COLLECTING_BYTES) return;
  collect ??= findGc();
  collect?.();
}

/** The gc function of a new context made after `--expose-gc` is set, or null: this only saves memory. */
function findGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
