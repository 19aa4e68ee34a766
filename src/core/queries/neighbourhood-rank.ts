/**
 * How the neighbourhood ranks the notes a walk reached, and the reasons of the notes it keeps:
 * scores and depths for every note, reasons written out only for the kept ones. Next to a hub a
 * walk reaches hundreds of notes, each through hundreds of others, to keep fifty.
 */
import type { Adjacency } from '../graph/corpus-index';
import type { WalkState } from './neighbourhood-walk';

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
  /** Working space of `viasOf`, by slot: kept again for the next walk rather than made each time. */
  private place = new Int32Array(256);
  private canon = new Int32Array(256);
  private shared = new Uint8Array(256);

  /** Forgets the last walk's credits. */
  clear(): void {
    this.length = 0;
  }

  /** Logs that `target` was reached through `from`, for `amount`. */
  add(target: number, from: number, amount: number): void {
    if (this.length === this.targets.length) this.grow();
    this.targets[this.length] = target;
    this.froms[this.length] = from;
    this.amounts[this.length++] = amount;
  }

  /**
   * For each kept note, in the order of `kept`, its strongest reasons through other notes and how
   * many there are. A note's credits through one other note form one run of the log (that note's
   * edges are walked together), so a run is one reason, offered to a short list of the best;
   * notes sharing a title are one reason, as a reader sees them, and are summed first.
   */
  viasOf(kept: readonly number[], walk: WalkState, mayShareTitle: (end: Adjacency) => boolean): (Vias | null)[] {
    const count = walk.count;
    if (this.place.length < count) {
      const size = 2 * count;
      this.place = new Int32Array(size);
      this.canon = new Int32Array(size);
      this.shared = new Uint8Array(size);
    }
    const { place, canon, shared } = this;
    place.fill(-1, 0, count);
    canon.fill(-1, 0, count);
    shared.fill(0, 0, count);
    kept.forEach((slot, i) => (place[slot] = i));
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
    const vias: (Vias | null)[] = kept.map(() => null);
    const pooled: (Map<number, number> | undefined)[] = [];
    const runFrom = new Int32Array(kept.length).fill(-1);
    const runAmount = new Float64Array(kept.length);
    const close = (k: number): void => {
      const from = canon[runFrom[k]];
      if (shared[from] === 0) {
        const mine = (vias[k] ??= { top: [], count: 0 });
        mine.count++;
        offer(mine.top, from, Math.round(runAmount[k] * 1e9), walk);
      } else {
        const pool = (pooled[k] ??= new Map());
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
    for (let k = 0; k < kept.length; k++) {
      if (runFrom[k] >= 0) close(k);
      pooled[k]?.forEach((amount, from) => {
        const mine = (vias[k] ??= { top: [], count: 0 });
        mine.count++;
        offer(mine.top, from, Math.round(amount * 1e9), walk);
      });
    }
    return vias;
  }

  private grow(): void {
    const size = this.targets.length * 2;
    const targets = new Int32Array(size);
    const froms = new Int32Array(size);
    const amounts = new Float64Array(size);
    targets.set(this.targets);
    froms.set(this.froms);
    amounts.set(this.amounts);
    this.targets = targets;
    this.froms = froms;
    this.amounts = amounts;
  }
}

/** A kept note's strongest reasons through other notes: (title, score to a billionth), best first; and how many there are. */
export interface Vias {
  top: [string, number][];
  count: number;
}

/** Better first: the larger score, then the title in alphabetical order. */
function better(a: [string, number], amount: number, title: string): boolean {
  return amount > a[1] || (amount === a[1] && title < a[0]);
}

/** Puts a reason through note `from` into the best few, if it belongs there; its title is read only then. */
function offer(top: [string, number][], from: number, amount: number, walk: WalkState): void {
  const last = top[top.length - 1];
  if (top.length === MAX_REASONS && amount < last[1]) return;
  const title = walk.ends[from].note.title;
  if (top.length === MAX_REASONS && !better(last, amount, title)) return;
  // Insertion into a list of at most five, from the end, without the garbage of `splice`.
  let at = top.length < MAX_REASONS ? top.length : MAX_REASONS - 1;
  const entry: [string, number] = [title, amount];
  while (at > 0 && better(top[at - 1], amount, title)) {
    top[at] = top[at - 1];
    at--;
  }
  top[at] = entry;
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
 * The {@link MAX_REASONS} strongest reasons as text, strongest first (then alphabetical); the
 * caller knows how many there are. Scores are compared to a billionth: sums reached in another
 * order must not reorder equal reasons.
 */
export function strongestReasons(first: readonly [string, number][] | null, vias: Vias | null): string[] {
  // Most notes have one reason.
  if (vias === null && first !== null && first.length === 1) return [first[0][0]];
  if (first === null && vias !== null && vias.top.length === 1) return [`via ${vias.top[0][0]}`];
  bestTexts.length = 0;
  bestAmounts.length = 0;
  if (first !== null) for (let i = 0; i < first.length; i++) insertReason(first[i][0], Math.round(first[i][1] * 1e9));
  if (vias !== null) for (let i = 0; i < vias.top.length; i++) insertReason(`via ${vias.top[i][0]}`, vias.top[i][1]);
  return bestTexts.slice();
}

/**
 * The slots of the `limit` best notes, in the order of a full sort by score (as shown), then
 * depth, then title and path: ranked by the numbers first, titles compared only within ties that
 * reach into the kept notes. `shown` receives each note's score as shown.
 */
export function topSlots(walk: WalkState, limit: number, shown: Float64Array): number[] {
  const { count, score, depth, ends } = walk;
  for (let slot = 0; slot < count; slot++) shown[slot] = Math.round(score[slot] * 1000) / 1000;
  const keep = Math.min(limit, count);
  if (rankKeys.length < count) {
    rankKeys = new Float64Array(2 * count);
    packedKeys = new Float64Array(2 * count);
  }
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
