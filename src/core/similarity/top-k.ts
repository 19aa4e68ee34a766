/** One ranked document: its id and its cosine similarity to the query, in [0, 1]. */
export interface ScoredId {
  id: string;
  score: number;
}

/**
 * Keeps the best `capacity` documents seen so far, best meaning a higher score,
 * then the smaller id, so that equal scores always come out in the same order.
 * A binary min-heap whose root is the worst kept entry: offering n documents
 * costs O(n log k), never a sort of all n.
 */
export class TopK {
  private readonly slots: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  /** `ids` maps a document slot to its id, for ties. */
  constructor(
    private readonly capacity: number,
    private readonly ids: ReadonlyArray<string | undefined>,
  ) {
    this.slots = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  /** True when a document with this score and slot would be kept; cheap, so callers test it before costlier checks. */
  accepts(score: number, slot: number): boolean {
    if (this.size < this.capacity) return true;
    if (this.capacity === 0) return false;
    return this.ranksBelow(this.scores[0], this.slots[0], score, slot);
  }

  /** Keeps the document, dropping the worst kept one when full. Call only after `accepts` said yes. */
  push(score: number, slot: number): void {
    if (this.size < this.capacity) {
      this.siftUp(this.size++, score, slot);
    } else {
      this.siftDown(0, score, slot);
    }
  }

  /** The kept documents, best first; empties the heap. */
  drain(): ScoredId[] {
    const out: ScoredId[] = new Array<ScoredId>(this.size);
    while (this.size > 0) {
      const score = this.scores[0];
      const slot = this.slots[0];
      const last = --this.size;
      if (last > 0) this.siftDown(0, this.scores[last], this.slots[last]);
      out[last] = { id: this.ids[slot] as string, score };
    }
    return out;
  }

  /** True when (scoreA, slotA) ranks below (scoreB, slotB). */
  private ranksBelow(scoreA: number, slotA: number, scoreB: number, slotB: number): boolean {
    if (scoreA !== scoreB) return scoreA < scoreB;
    return (this.ids[slotA] as string) > (this.ids[slotB] as string);
  }

  private siftUp(index: number, score: number, slot: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.ranksBelow(score, slot, this.scores[parent], this.slots[parent])) break;
      this.scores[i] = this.scores[parent];
      this.slots[i] = this.slots[parent];
      i = parent;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }

  private siftDown(index: number, score: number, slot: number): void {
    const n = this.size;
    let i = index;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.ranksBelow(this.scores[right], this.slots[right], this.scores[child], this.slots[child])) {
        child = right;
      }
      if (!this.ranksBelow(this.scores[child], this.slots[child], score, slot)) break;
      this.scores[i] = this.scores[child];
      this.slots[i] = this.slots[child];
      i = child;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }
}
