// How far V8 lets the heap grow between full garbage collections. By default it lets the old
// generation grow to several times what is live: the full engine's decoding passes make garbage
// fast (about 100-200 MB live, the rest garbage promoted from the young generation), and a 1 MB
// input peaked at about 1 GB of RSS. A growing factor of 1.5 (heap_growing_percent 50) collects
// when the old generation is half as large again as what the last collection kept: no hard
// limit (no failure and no repeated collections near one, as a worker's resourceLimits gave),
// the peak follows what is live. Process-wide, so worker threads (--jobs) get it too.
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

let done = false;

/** Once per process, before the full engine runs. */
export function boundHeapGrowth(): void {
  if (done) return;
  done = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
