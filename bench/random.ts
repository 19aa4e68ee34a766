/** Seeded randomness for the benchmark: every vault and every sample repeats exactly from its seed. */

/** A generator of numbers in [0, 1) with helpers; mulberry32 underneath. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** The list shuffled in place (Fisher–Yates). */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = items[i];
      items[i] = items[j];
      items[j] = swap;
    }
    return items;
  }

  /** `k` distinct indices of [0, n) (k is capped at n). */
  sample(n: number, k: number): number[] {
    const chosen = new Set<number>();
    const want = Math.min(n, k);
    while (chosen.size < want) chosen.add(Math.floor(this.next() * n));
    return [...chosen];
  }
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s: a few
 * ranks take a large share (the hubs), most take almost none, as links in a real
 * vault do. A cumulative table and a binary search per draw.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(readonly n: number, exponent: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / (r + 1) ** exponent;
      this.cumulative[r] = sum;
    }
    for (let r = 0; r < n; r++) this.cumulative[r] /= sum;
  }

  /** A rank drawn from the distribution. */
  draw(random: Random): number {
    const u = random.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid]) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
