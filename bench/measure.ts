/** Timing and heap measurement: samples in milliseconds, their median and 99th percentile. */

/** Median and p99 of a set of samples. */
export interface Summary {
  median: number;
  p99: number;
  samples: number;
}

/** The q-quantile (nearest rank) of samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Median and p99. */
export function summarise(samples: readonly number[]): Summary {
  return { median: quantile(samples, 0.5), p99: quantile(samples, 0.99), samples: samples.length };
}

/** Times `fn` once, in ms. */
export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** A step to time and, untimed, what undoes its change. */
export interface Step {
  run: (i: number) => void;
  undo?: (i: number) => void;
}

/**
 * Untimed rounds before per-note samples: enough for V8 to have compiled the code that runs, so
 * that a 99th percentile shows heavy notes rather than the compiler's first passes.
 */
export const WARMUP = 100;

/**
 * Times two steps on the same inputs, alternating sample by sample (after
 * `warmup` untimed rounds on the indices from `count` on), so that a busy
 * machine slows both alike. Returns the samples of each, in ms.
 */
export function timePaired(count: number, floor: Step, figure: Step, warmup = WARMUP): [number[], number[]] {
  for (let i = count; i < count + warmup; i++) {
    for (const step of [floor, figure]) {
      step.run(i);
      step.undo?.(i);
    }
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < count; i++) {
    a.push(time(() => floor.run(i)));
    floor.undo?.(i);
    b.push(time(() => figure.run(i)));
    figure.undo?.(i);
  }
  return [a, b];
}

/** Runs the garbage collector to a fixed point (needs `--expose-gc`); a no-op without it. */
export function settleHeap(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  for (let i = 0; i < 4; i++) gc();
}

/** True when heap figures can be trusted: `--expose-gc` was given. */
export function canMeasureHeap(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** The JavaScript heap plus the typed arrays' buffers, which V8 keeps outside it. */
function heldBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Bytes held by what `build` returns (heap and array buffers), the result kept alive until measured. */
export function heapHeldBy<T>(build: () => T): { bytes: number; value: T } {
  settleHeap();
  const before = heldBytes();
  const value = build();
  settleHeap();
  const bytes = heldBytes() - before;
  return { bytes, value };
}
