/**
 * How the neighbourhood ranks the notes a walk reached, and the reasons of the notes it keeps:
 * scores and depths for every note, reasons written out only for the kept ones. Next to a hub a
 * walk reaches hundreds of notes, each through hundreds of others, to keep fifty.
 */
import type { Adjacency } from '../graph/corpus-index';
import { room, type WalkState } from './neighbourhood-walk';

/** The most reasons an item lists. */
export const MAX_REASONS = 5;

/**
 * The credits of the hops past the first, as (note reached, note reached through, score) in typed
 * arrays kept from walk to walk: a walk next to a hub logs thousands without making garbage, and
 * only the kept notes' credits are ever read back.
 */
export class ViaLog {
  private targets = new Int32Array(1024);
  private froms = new Int32Array(1024);
  private amounts = new Float64Array(1024);
  private length = 0;
  /** Working space of `sumVias`, by slot: kept again for the next walk rather than made each time. */
  private canon = new Int32Array(256);
  private shared = new Uint8Array(256);
  /** By place among the kept notes: how many reasons through other notes, the best few (slot and score), the run under way. */
  private counts = new Int32Array(64);
  private topLength = new Uint8Array(64);
  private topFrom = new Int32Array(64 * MAX_REASONS);
  private topAmount = new Float64Array(64 * MAX_REASONS);
  private runFrom = new Int32Array(64);
  private runAmount = new Float64Array(64);

  /** Forgets the last walk's credits. */
  clear(): void {
    this.length = 0;
  }

  /** Logs that `target` was reached through `from`, for `amount`. */
  add(target: number, from: number, amount: number): void {
    if (this.length === this.targets.length) {
      this.targets = room(this.targets, this.length + 1);
      this.froms = room(this.froms, this.length + 1);
      this.amounts = room(this.amounts, this.length + 1);
    }
    this.targets[this.length] = target;
    this.froms[this.length] = from;
    this.amounts[this.length++] = amount;
  }

  /**
   * Works out, for each kept note (by its place in `kept`), its strongest reasons through other
   * notes and how many there are; read them with `viaCount` and `viaTitles`. A note's credits
   * through one other note form one run of the log (that note's edges are walked together), so a
   * run is one reason, offered to a short list of the best; notes sharing a title are one reason,
   * as a reader sees them, and are summed first. Everything lives in arrays kept for the next walk.
   */
  sumVias(kept: readonly number[], walk: WalkState, mayShareTitle: (end: Adjacency) => boolean): void {
    const count = walk.count;
    this.canon = room(this.canon, count);
    this.shared = room(this.shared, count);
    const { canon, shared } = this;
    const place = walk.keptAt;
    canon.fill(-1, 0, count);
    shared.fill(0, 0, count);
    // Each note reached through stands for its title: the first note met with that title. Only
    // notes the index says may share a title are looked up by it (nearly always none).
    let byTitle: Map<string, number> | undefined;
    for (let j = 0; j < this.length; j++) {
      const from = this.froms[j];
      if (place[this.targets[j]] < 0 || canon[from] >= 0) continue;
      const end = walk.ends[from];
      if (!mayShareTitle(end)) {
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
    const n = kept.length;
    this.counts = room(this.counts, n);
    this.topLength = room(this.topLength, n);
    this.topFrom = room(this.topFrom, n * MAX_REASONS);
    this.topAmount = room(this.topAmount, n * MAX_REASONS);
    this.runFrom = room(this.runFrom, n);
    this.runAmount = room(this.runAmount, n);
    const { runFrom, runAmount } = this;
    this.counts.fill(0, 0, n);
    this.topLength.fill(0, 0, n);
    runFrom.fill(-1, 0, n);
    let pooled: Map<number, number>[] | undefined;
    const close = (k: number): void => {
      const from = canon[runFrom[k]];
      if (shared[from] === 0) this.offer(k, from, Math.round(runAmount[k] * 1e9), walk);
      else {
        const pool = ((pooled ??= [])[k] ??= new Map<number, number>());
        pool.set(from, (pool.get(from) ?? 0) + runAmount[k]);
      }
    };
    for (let j = 0; j < this.length; j++) {
      const k = place[this.targets[j]];
      if (k < 0) continue;
      if (runFrom[k] !== this.froms[j]) {
        if (runFrom[k] >= 0) close(k);
        runFrom[k] = this.froms[j];
        runAmount[k] = 0;
      }
      runAmount[k] += this.amounts[j];
    }
    for (let k = 0; k < n; k++) {
      if (runFrom[k] >= 0) close(k);
      pooled?.[k]?.forEach((amount, from) => this.offer(k, from, Math.round(amount * 1e9), walk));
    }
  }

  /** How many reasons through other notes the `k`-th kept note has. */
  viaCount(k: number): number {
    return this.counts[k];
  }

  /** Offers the strongest of them, best first, to `take` with their titles and scores (to a billionth). */
  viaTitles(k: number, walk: WalkState, take: (title: string, amount: number) => void): void {
    for (let i = 0; i < this.topLength[k]; i++) take(walk.ends[this.topFrom[k * MAX_REASONS + i]].note.title, this.topAmount[k * MAX_REASONS + i]);
  }

  /** Puts a reason through note `from` into the `k`-th kept note's best few, if it belongs there; titles are read only on a tie. */
  private offer(k: number, from: number, amount: number, walk: WalkState): void {
    this.counts[k]++;
    const base = k * MAX_REASONS;
    const length = this.topLength[k];
    const { topFrom, topAmount } = this;
    if (length === MAX_REASONS && !this.ahead(base + MAX_REASONS - 1, from, amount, walk)) return;
    let at = length < MAX_REASONS ? length : MAX_REASONS - 1;
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

/** The best reasons so far while an item's are chosen: reused, since items are made one at a time. */
const bestTexts: string[] = [];
const bestAmounts: number[] = [];

/** Puts a reason into the best so far, if it belongs there: larger score first, then alphabetical. */
function insertReason(text: string, amount: number): void {
  const ahead = (i: number): boolean => amount > bestAmounts[i] || (amount === bestAmounts[i] && text < bestTexts[i]);
  if (bestTexts.length === MAX_REASONS && !ahead(MAX_REASONS - 1)) return;
  let at = bestTexts.length < MAX_REASONS ? bestTexts.length : MAX_REASONS - 1;
  while (at > 0 && ahead(at - 1)) {
    bestTexts[at] = bestTexts[at - 1];
    bestAmounts[at] = bestAmounts[at - 1];
    at--;
  }
  bestTexts[at] = text;
  bestAmounts[at] = amount;
}

/**
 * The {@link MAX_REASONS} strongest reasons of the `k`-th kept note as text, strongest first (then
 * alphabetical): its first-hop reasons and its best reasons through other notes. Scores are
 * compared to a billionth: sums reached in another order must not reorder equal reasons.
 */
export function strongestReasons(first: readonly [string, number][] | null, log: ViaLog, k: number, walk: WalkState): string[] {
  const vias = log.viaCount(k);
  // Most notes have one reason.
  if (vias === 0 && first !== null && first.length === 1) return [first[0][0]];
  bestTexts.length = 0;
  bestAmounts.length = 0;
  if (first !== null) for (let i = 0; i < first.length; i++) insertReason(first[i][0], Math.round(first[i][1] * 1e9));
  log.viaTitles(k, walk, (title, amount) => insertReason(`via ${title}`, amount));
  return bestTexts.slice();
}

/**
 * The slots of the `limit` best notes, in the order of a full sort by score (as shown), then
 * depth, then title and path: ranked by the numbers first, titles compared only within ties that
 * reach into the kept notes. Sets each note's score as shown (`walk.shown`).
 */
export function topSlots(walk: WalkState, limit: number): number[] {
  const { count, score, depth, ends, shown } = walk;
  for (let slot = 0; slot < count; slot++) shown[slot] = Math.round(score[slot] * 1000) / 1000;
  const keep = Math.min(limit, count);
  rankKeys = room(rankKeys, count);
  packedKeys = room(packedKeys, count);
  // The notes that rank at least as well as the keep-th best, found by selection on one numeric key.
  const keys = rankKeys;
  for (let slot = 0; slot < count; slot++) keys[slot] = rankKey(shown[slot], depth[slot]);
  const threshold = keep > 0 && count > 2 * keep ? kthLargest(keys, count, keep) : -Infinity;
  // Sorted as numbers, key and slot packed into one (a typed array sorts in place, with no
  // comparator and no garbage), best last.
  let n = 0;
  for (let slot = 0; slot < count; slot++) {
    const key = rankKey(shown[slot], depth[slot]);
    if (key >= threshold) packedKeys[n++] = key * SLOT_SPACE + slot;
  }
  const packed = packedKeys.subarray(0, n);
  const exact = count <= SLOT_SPACE && n > 0 && packed.every((p) => p < Number.MAX_SAFE_INTEGER);
  const ranked: number[] = [];
  if (exact) {
    packed.sort();
    for (let i = n - 1; i >= 0; i--) ranked.push(packed[i] % SLOT_SPACE);
  } else {
    for (let slot = 0; slot < count; slot++) if (rankKey(shown[slot], depth[slot]) >= threshold) ranked.push(slot);
    ranked.sort((a, b) => shown[b] - shown[a] || depth[a] - depth[b]);
  }
  for (let start = 0; start < keep;) {
    let end = start + 1;
    while (end < ranked.length && shown[ranked[end]] === shown[ranked[start]] && depth[ranked[end]] === depth[ranked[start]]) end++;
    if (end - start > 1) {
      const tied = ranked.slice(start, end).sort((a, b) => ends[a].note.title.localeCompare(ends[b].note.title) || (ends[a].path < ends[b].path ? -1 : 1));
      for (let i = 0; i < tied.length; i++) ranked[start + i] = tied[i];
    }
    start = end;
  }
  ranked.length = keep;
  return ranked;
}

/** Room for a slot under a rank key packed with it: 2^17 slots. */
const SLOT_SPACE = 131072;

/** Packed rank keys, reused from walk to walk. */
let packedKeys = new Float64Array(256);

/** Score as shown and depth as one number, larger for a better rank: thousandths of the score, then the smaller depth. */
function rankKey(shown: number, depth: number): number {
  return Math.round(shown * 1000) * 4 + (3 - depth);
}

/** The ranking keys of the walk under way, reused from walk to walk. */
let rankKeys = new Float64Array(256);

/** The `k`-th largest of the first `n` numbers (k from 1), found in place by selection rather than a full sort. */
function kthLargest(keys: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const want = n - k;
  while (lo < hi) {
    const pivot = keys[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (keys[i] < pivot) i++;
      while (keys[j] > pivot) j--;
      if (i <= j) {
        const swap = keys[i];
        keys[i++] = keys[j];
        keys[j--] = swap;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return keys[want];
}
