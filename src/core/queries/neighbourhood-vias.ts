/**
 * The credits of a neighbourhood walk past the first hop, and the reasons through other notes
 * they give the notes it keeps. Next to a hub a walk logs thousands of credits, nearly all for
 * notes it does not keep: only the kept notes' credits are read back.
 */
import type { Adjacency } from '../graph/corpus-index';
import type { WalkState } from './neighbourhood-walk';
import { insertReason, LAST_REASON, MAX_REASONS, type Vias } from './neighbourhood-reasons';
import { FIRST_ROOM, room, touched } from './walk-arrays';

/**
 * The credits of the hops past the first, as (note reached, note reached through, score) in typed
 * arrays kept from walk to walk: a walk next to a hub logs thousands without making garbage, and
 * only the kept notes' credits are ever read back.
 */
export class ViaLog implements Vias {
  private froms = touched(new Int32Array(4 * FIRST_ROOM));
  private amounts = touched(new Float64Array(4 * FIRST_ROOM));
  /** By credit: the one logged before it for the same note (-1: none). */
  private next = touched(new Int32Array(4 * FIRST_ROOM));
  private length = 0;
  /**
   * By slot: the last credit logged for the note, valid when `heads` holds this walk's number. Each
   * kept note's credits are read back through these chains, never by a pass over the whole log:
   * next to a hub the log holds thousands of credits, nearly all for notes that are not kept.
   */
  private last = touched(new Int32Array(FIRST_ROOM));
  private heads = touched(new Int32Array(FIRST_ROOM));
  private walk = 0;
  /** Working space of `sumVias`, by slot: kept again for the next walk rather than made each time. */
  private canon = touched(new Int32Array(FIRST_ROOM));
  private shared = touched(new Uint8Array(FIRST_ROOM));
  /** By place among the kept notes: how many reasons through other notes, and the best few (slot and score). */
  private counts = new Int32Array(64);
  private topLength = new Uint8Array(64);
  private topFrom = new Int32Array(64 * MAX_REASONS);
  private topAmount = new Float64Array(64 * MAX_REASONS);
  /** By place: the credits through notes sharing a title, summed by the title's first note (nearly always none). */
  private pooled: Map<number, number>[] | undefined;

  /** Forgets the last walk's credits. */
  clear(): void {
    this.length = 0;
    if (++this.walk === 0x7fffffff) {
      this.heads.fill(0);
      this.walk = 1;
    }
  }

  /** Logs that `target` was reached through `from`, for `amount`. */
  add(target: number, from: number, amount: number): void {
    const j = this.length++;
    if (j === this.froms.length) {
      this.froms = room(this.froms, j + 1);
      this.amounts = room(this.amounts, j + 1);
      this.next = room(this.next, j + 1);
    }
    if (target >= this.last.length) {
      this.last = room(this.last, target + 1);
      this.heads = room(this.heads, target + 1);
    }
    this.froms[j] = from;
    this.amounts[j] = amount;
    this.next[j] = this.heads[target] === this.walk ? this.last[target] : -1;
    this.last[target] = j;
    this.heads[target] = this.walk;
  }

  /** The last credit logged for the note in `slot` in this walk, -1 when none. */
  private lastOf(slot: number): number {
    return slot < this.heads.length && this.heads[slot] === this.walk ? this.last[slot] : -1;
  }

  /**
   * Works out, for each kept note (by its place in `kept`), its strongest reasons through other
   * notes and how many there are; read them with `viaCount` and `offerVias`. A note's credits
   * through one other note form one run of its chain (that note's edges are walked together), so a
   * run is one reason, offered to a short list of the best; notes sharing a title are one reason,
   * as a reader sees them, and are summed first. Everything lives in arrays kept for the next walk.
   */
  sumVias(kept: readonly number[], walk: WalkState, titles: { mayShareTitle(end: Adjacency): boolean }): void {
    const count = walk.count;
    this.canon = room(this.canon, count);
    this.shared = room(this.shared, count);
    const { canon, shared, froms, next } = this;
    canon.fill(-1, 0, count);
    shared.fill(0, 0, count);
    // Each note reached through stands for its title: the first note met with that title. Only
    // notes the index says may share a title are looked up by it (nearly always none).
    let byTitle: Map<string, number> | undefined;
    for (let k = 0; k < kept.length; k++) {
      for (let j = this.lastOf(kept[k]); j >= 0; j = next[j]) {
        const from = froms[j];
        if (canon[from] >= 0) continue;
        const end = walk.ends[from];
        if (!titles.mayShareTitle(end)) {
          canon[from] = from;
          continue;
        }
        byTitle ??= new Map<string, number>();
        const title = end.note.title;
        const first = byTitle.get(title);
        if (first === undefined) {
          byTitle.set(title, from);
          canon[from] = from;
        } else {
          canon[from] = first;
          shared[first] = 1;
        }
      }
    }
    const n = kept.length;
    this.counts = room(this.counts, n);
    this.topLength = room(this.topLength, n);
    this.topFrom = room(this.topFrom, n * MAX_REASONS);
    this.topAmount = room(this.topAmount, n * MAX_REASONS);
    this.counts.fill(0, 0, n);
    this.topLength.fill(0, 0, n);
    for (let k = 0; k < n; k++) {
      let runFrom = -1;
      let runAmount = 0;
      for (let j = this.lastOf(kept[k]); j >= 0; j = next[j]) {
        if (froms[j] !== runFrom) {
          if (runFrom >= 0) this.close(k, runFrom, runAmount, walk);
          runFrom = froms[j];
          runAmount = 0;
        }
        runAmount += this.amounts[j];
      }
      if (runFrom >= 0) this.close(k, runFrom, runAmount, walk);
      this.pooled?.[k]?.forEach((amount, from) => this.offer(k, from, Math.round(amount * 1e9), walk));
    }
    this.pooled = undefined;
  }

  /** Ends a run of the `k`-th kept note's credits, through `runFrom`: one reason, offered now, or pooled with the other notes of its title. */
  private close(k: number, runFrom: number, amount: number, walk: WalkState): void {
    const from = this.canon[runFrom];
    if (this.shared[from] === 0) {
      this.offer(k, from, Math.round(amount * 1e9), walk);
      return;
    }
    const pool = ((this.pooled ??= [])[k] ??= new Map<number, number>());
    pool.set(from, (pool.get(from) ?? 0) + amount);
  }

  /** How many reasons through other notes the `k`-th kept note has. */
  viaCount(k: number): number {
    return this.counts[k];
  }

  /** Puts the strongest of them into the best reasons so far (see `insertReason`), as "via" and the title. */
  offerVias(k: number, walk: WalkState): void {
    for (let i = 0; i < this.topLength[k]; i++) insertReason(walk.via(this.topFrom[k * MAX_REASONS + i]), this.topAmount[k * MAX_REASONS + i]);
  }

  /** Puts a reason through note `from` into the `k`-th kept note's best few, if it belongs there; titles are read only on a tie. */
  private offer(k: number, from: number, amount: number, walk: WalkState): void {
    this.counts[k]++;
    const base = k * MAX_REASONS;
    const length = this.topLength[k];
    const { topFrom, topAmount } = this;
    if (length === MAX_REASONS && !this.ahead(base + LAST_REASON, from, amount, walk)) return;
    let at = length < MAX_REASONS ? length : LAST_REASON;
    while (at > 0 && this.ahead(base + at - 1, from, amount, walk)) {
      topFrom[base + at] = topFrom[base + at - 1];
      topAmount[base + at] = topAmount[base + at - 1];
      at--;
    }
    topFrom[base + at] = from;
    topAmount[base + at] = amount;
    if (length < MAX_REASONS) this.topLength[k] = length + 1;
  }

  /** True when a reason through `from` goes before the one at `i`: a larger score, or an equal one and an earlier title. */
  private ahead(i: number, from: number, amount: number, walk: WalkState): boolean {
    const other = this.topAmount[i];
    return amount > other || (amount === other && walk.ends[from].note.title < walk.ends[this.topFrom[i]].note.title);
  }
}
