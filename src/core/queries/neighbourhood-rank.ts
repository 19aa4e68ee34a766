/**
 * How the neighbourhood ranks the notes a walk reached, and the reasons of the notes it keeps:
 * scores and depths for every note, reasons written out only for the kept ones. Next to a hub a
 * walk reaches hundreds of notes, each through hundreds of others, to keep fifty.
 */
import type { Adjacency } from '../graph/corpus-index';
import type { WalkState } from './neighbourhood-walk';
import { FIRST_ROOM, room, touched } from './walk-arrays';

/** The most reasons an item lists. */
export const MAX_REASONS = 5;

/** The place of the last of them, worked out once: arithmetic first met in the middle of a walk would throw away its compiled code. */
const LAST_REASON = MAX_REASONS - 1;

/**
 * The credits of the hops past the first, as (note reached, note reached through, score) in typed
 * arrays kept from walk to walk: a walk next to a hub logs thousands without making garbage, and
 * only the kept notes' credits are ever read back.
 */
export class ViaLog {
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

/** The best reasons so far while an item's are chosen: reused, since items are made one at a time. */
const bestTexts: string[] = [];
const bestAmounts: number[] = [];

/** True when a reason goes before the best so far at `i`: a larger score, or an equal one and an earlier text. */
function ahead(i: number, text: string, amount: number): boolean {
  // The texts are compared every time, not only on a tie: compiled code that had never seen the
  // comparison would be thrown away at the first tie, in the middle of a walk.
  const earlier = text < bestTexts[i];
  return amount > bestAmounts[i] || (amount === bestAmounts[i] && earlier);
}

/** Puts a reason into the best so far, if it belongs there: larger score first, then alphabetical. */
function insertReason(text: string, amount: number): void {
  if (bestTexts.length === MAX_REASONS && !ahead(LAST_REASON, text, amount)) return;
  let at = bestTexts.length < MAX_REASONS ? bestTexts.length : LAST_REASON;
  while (at > 0 && ahead(at - 1, text, amount)) {
    bestTexts[at] = bestTexts[at - 1];
    bestAmounts[at] = bestAmounts[at - 1];
    at--;
  }
  bestTexts[at] = text;
  bestAmounts[at] = amount;
}

/**
 * The {@link MAX_REASONS} strongest reasons of the note in `slot`, the `k`-th kept, as text,
 * strongest first (then alphabetical): its first-hop reasons and its best reasons through other
 * notes. Scores are compared to a billionth: sums reached in another order must not reorder equal reasons.
 */
export function strongestReasons(walk: WalkState, slot: number, log: ViaLog, k: number): string[] {
  const { reasonText, reasonAmount, reasonNext } = walk;
  const head = walk.reasonHead[slot];
  // Most notes have one reason.
  if (log.viaCount(k) === 0 && walk.reasonCount[slot] === 1) return [reasonText[head]];
  bestTexts.length = 0;
  bestAmounts.length = 0;
  for (let r = head; r >= 0; r = reasonNext[r]) insertReason(reasonText[r], Math.round(reasonAmount[r] * 1e9));
  log.offerVias(k, walk);
  return bestTexts.slice();
}

/**
 * The slots of the `limit` best notes, in the order of a full sort by score (as shown), then
 * depth, then title and path: ranked by the numbers first, titles compared only within ties that
 * reach into the kept notes. Sets each note's score as shown (`walk.shown`).
 */
export function topSlots(walk: WalkState, limit: number): number[] {
  const { count, score, depth, ends, shown } = walk;
  const keep = Math.min(limit, count);
  slotKeys = room(slotKeys, count);
  rankKeys = room(rankKeys, count);
  packedKeys = room(packedKeys, count);
  for (let slot = 0; slot < count; slot++) {
    shown[slot] = Math.round(score[slot] * 1000) / 1000;
    slotKeys[slot] = rankKey(shown[slot], depth[slot]);
    rankKeys[slot] = slotKeys[slot];
  }
  // The notes that rank at least as well as the keep-th best, found by selection on one numeric key.
  const threshold = keep > 0 && count > 2 * keep ? kthLargest(rankKeys, count, keep) : -Infinity;
  // Sorted as numbers, the slot packed into the key as its fraction (a typed array sorts in place,
  // with no comparator and no garbage), best last. A fraction, not a product: the arithmetic stays
  // in floats from the first walk, and the compiler never has to give up code made for small integers.
  let n = 0;
  let exact = count <= SLOT_SPACE;
  for (let slot = 0; slot < count; slot++) {
    const key = slotKeys[slot];
    if (key < threshold) continue;
    exact &&= key < MAX_PACKED_KEY;
    packedKeys[n++] = key + slot / SLOT_SPACE;
  }
  const ranked: number[] = [];
  if (exact) {
    packedKeys.subarray(0, n).sort();
    for (let i = n - 1; i >= 0; i--) ranked.push((packedKeys[i] - Math.floor(packedKeys[i])) * SLOT_SPACE);
  } else {
    for (let slot = 0; slot < count; slot++) if (slotKeys[slot] >= threshold) ranked.push(slot);
    ranked.sort((a, b) => shown[b] - shown[a] || depth[a] - depth[b]);
  }
  // Ties by title, then path; a tie running past the limit orders only the notes kept.
  for (let start = 0; start < keep;) {
    let end = start + 1;
    while (end < ranked.length && shown[ranked[end]] === shown[ranked[start]] && depth[ranked[end]] === depth[ranked[start]]) end++;
    if (end - start > 1) orderTies(ranked, start, end, Math.min(end, keep) - start, ends);
    start = end;
  }
  ranked.length = keep;
  return ranked;
}

/** True when the note in slot `a` goes before the one in `b` among equals: by title as a reader sorts, then path. */
function titleBefore(a: number, b: number, ends: readonly Adjacency[]): boolean {
  const order = ends[a].note.title.localeCompare(ends[b].note.title);
  return order < 0 || (order === 0 && ends[a].path < ends[b].path);
}

/**
 * Puts the first `m` of the tied slots `ranked[start..end)` by title, in order, at `ranked[start..start+m)`:
 * an insertion into the places already filled, which never pass the slot being read.
 */
function orderTies(ranked: number[], start: number, end: number, m: number, ends: readonly Adjacency[]): void {
  let filled = 0;
  for (let i = start; i < end; i++) {
    const slot = ranked[i];
    if (filled === m && !titleBefore(slot, ranked[start + m - 1], ends)) continue;
    let at = start + (filled < m ? filled++ : m - 1);
    while (at > start && titleBefore(slot, ranked[at - 1], ends)) {
      ranked[at] = ranked[at - 1];
      at--;
    }
    ranked[at] = slot;
  }
}

/** Room for a slot in the fraction of a rank key packed with it: 2^17 slots, exact below keys of 2^35. */
const SLOT_SPACE = 131072;
const MAX_PACKED_KEY = 2 ** 35;

/** Packed rank keys, reused from walk to walk. */
let packedKeys = touched(new Float64Array(FIRST_ROOM));

/** Score as shown and depth as one number, larger for a better rank: thousandths of the score, then the smaller depth. */
function rankKey(shown: number, depth: number): number {
  return Math.round(shown * 1000) * 4 + (3 - depth);
}

/** The ranking keys of the walk under way by slot, and a copy that selection reorders: reused from walk to walk. */
let slotKeys = touched(new Float64Array(FIRST_ROOM));
let rankKeys = touched(new Float64Array(FIRST_ROOM));

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
