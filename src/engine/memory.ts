// A full garbage collection on request, for the points where a run has just dropped most of what it held, and none
// while it reads a tree, when nearly everything it makes stays live.
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

/** V8's heap growing factor while a tree is read and modelled (see growHeapWhileReading): 1 + 1500/100 = 16. */
const READING_HEAP_GROWING_PERCENT = 1500;

/**
 * Keeps V8 from a full collection while a tree is read and its models built, until the function returned is called
 * (before the run's own collection, collectGarbage). Nearly everything allocated then stays live until the
 * directives are released, so such a collection frees next to nothing; yet V8 starts one once the old generation has
 * grown about fourfold since its first collection, which comes early, at a size set by whatever start-up left live.
 * The 10,000-vhost Apache tree peaked just under that limit while every run loaded chevrotain's code; without it,
 * V8 spent 50 ms collecting an 86 MB heap that was all live (the nginx one, 20 ms on a 97 MB heap). V8 reads
 * --heap-growing-percent at each collection: a fixed factor of 16 until the run collects, V8's own rule after (the
 * garbage such a run leaves in the old generation meanwhile is a few MB: peak memory is unchanged).
 */
export function growHeapWhileReading(): () => void {
  const v8 = v8Module();
  v8.setFlagsFromString(`--heap-growing-percent=${READING_HEAP_GROWING_PERCENT}`);
  return () => v8.setFlagsFromString('--heap-growing-percent=0');
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
