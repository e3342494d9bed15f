// A full garbage collection on request, for the points where a run has just dropped most of what it held.
import { v8Module, vmModule } from './builtins.js';

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
  // process.memoryUsage's heapUsed is V8's used_heap_size, without loading node:v8 for a run too small to collect.
  if (collect === null || process.memoryUsage().heapUsed < WORTH_COLLECTING_BYTES) return;
  collect ??= findGc();
  collect?.();
}

/** The gc function of a new context made after `--expose-gc` is set, or null: this only saves memory. */
function findGc(): (() => void) | null {
  try {
    v8Module().setFlagsFromString('--expose-gc');
    const gc: unknown = vmModule().runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
