/**
 * When a running layout has settled: the average distance a node moved between
 * two frames, as a share of the drawing's size, stays under a threshold for some
 * frames in a row. A time budget ends a layout that keeps trembling. Pure: it
 * sees positions and clock readings, never the worker.
 */

/** How strict the detector is. */
export interface SettleOptions {
  /** Mean move per frame, as a share of the drawing's diagonal, under which a frame counts as calm. */
  threshold: number;
  /** Calm frames in a row that make the layout settled. */
  calmFrames: number;
  /** Longest run in ms, after which the layout stops whatever it does. */
  budgetMs: number;
}

/** Defaults: a node drifting a thousandth of the drawing per frame is too little to see; 20 s before the size allowance. */
export const DEFAULT_SETTLE: Readonly<SettleOptions> = Object.freeze({ threshold: 0.001, calmFrames: 20, budgetMs: 20000 });

/** The options for a graph of `order` notes: a larger graph gets longer to settle, up to a minute. */
export function settleOptionsFor(order: number, base: SettleOptions = DEFAULT_SETTLE): SettleOptions {
  return { ...base, budgetMs: Math.min(60000, base.budgetMs + Math.max(0, order) * 4) };
}

/** What the detector says after a frame. */
export type SettleVerdict = 'moving' | 'settled' | 'out-of-time';

/** The mean distance moved per node between two position lists (`x0, y0, x1, y1…`); `Infinity` when they differ in length. */
export function meanStep(before: ArrayLike<number>, after: ArrayLike<number>): number {
  if (before.length !== after.length) return Infinity;
  const nodes = before.length / 2;
  if (nodes === 0) return 0;
  let total = 0;
  for (let i = 0; i < before.length; i += 2) total += Math.hypot(after[i] - before[i], after[i + 1] - before[i + 1]);
  return total / nodes;
}

/** The diagonal of the box around a position list; at least 1, so a single point divides safely. */
export function extentOf(positions: ArrayLike<number>): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    minX = Math.min(minX, positions[i]);
    maxX = Math.max(maxX, positions[i]);
    minY = Math.min(minY, positions[i + 1]);
    maxY = Math.max(maxY, positions[i + 1]);
  }
  return positions.length === 0 ? 1 : Math.max(1, Math.hypot(maxX - minX, maxY - minY));
}

/** Watches one run of a layout, frame by frame. */
export class SettleDetector {
  private previous: Float64Array | null = null;
  private calm = 0;

  constructor(
    private readonly startedAt: number,
    private readonly options: SettleOptions = DEFAULT_SETTLE,
  ) {}

  /** Takes the positions of one frame, read at `now` (ms); says whether to go on. */
  observe(positions: ArrayLike<number>, now: number): SettleVerdict {
    const current = Float64Array.from(positions);
    const previous = this.previous;
    this.previous = current;
    if (current.length === 0) return 'settled';
    if (now - this.startedAt >= this.options.budgetMs) return 'out-of-time';
    // A frame where the worker sent nothing new is not evidence of calm.
    if (previous === null || sameValues(previous, current)) return 'moving';
    const share = meanStep(previous, current) / extentOf(current);
    this.calm = share < this.options.threshold ? this.calm + 1 : 0;
    return this.calm >= this.options.calmFrames ? 'settled' : 'moving';
  }
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
