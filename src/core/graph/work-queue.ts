/** Something that can wait in queues: one bit of `queued` per queue it waits in. */
export interface Queueable {
  queued: number;
}

/**
 * Items waiting for one kind of work, each once, first queued first served.
 *
 * Why not a `Set` of paths: queueing every note of a vault and taking each back
 * out cost four hash lookups per note on a map of tens of thousands of keys, and
 * the work then looked each path up again to find its note. Here the item carries
 * a bit saying it waits, and the queue holds the items themselves. Taking an item
 * out early only clears its bit; its place is skipped when reached.
 */
export class WorkQueue<T extends Queueable> {
  private items: T[] = [];
  private head = 0;
  private waiting = 0;

  /** `bit`: this queue's bit in the items' `queued`, distinct for each queue an item can wait in. */
  constructor(private readonly bit: number) {}

  /** How many items wait. */
  get size(): number {
    return this.waiting;
  }

  /** Queues `item` unless it waits already. */
  add(item: T): void {
    if (item.queued & this.bit) return;
    item.queued |= this.bit;
    this.items.push(item);
    this.waiting++;
  }

  /** Takes `item` out of the queue, if it waits. */
  delete(item: T): void {
    if (!(item.queued & this.bit)) return;
    item.queued &= ~this.bit;
    this.waiting--;
  }

  /** The next item, taken out of the queue; `undefined` when none waits. */
  shift(): T | undefined {
    while (this.head < this.items.length) {
      const item = this.items[this.head++];
      if (!(item.queued & this.bit)) continue;
      item.queued &= ~this.bit;
      this.waiting--;
      if (this.waiting === 0) this.clearSpent();
      return item;
    }
    this.clearSpent();
    return undefined;
  }

  private clearSpent(): void {
    if (this.waiting > 0) return;
    this.items = [];
    this.head = 0;
  }
}
