/**
 * What the neighbourhood walk keeps of the notes it reaches, and how it ranks them: scores and
 * depths for every note, reasons written out only for the notes it keeps. Next to a hub a walk
 * reaches hundreds of notes, each through hundreds of others, to keep fifty.
 */
import type { Adjacency } from '../graph/corpus-index';

/** The most reasons an item lists. */
export const MAX_REASONS = 5;

/** A note the walk reached: one object per note, nothing else kept per note. */
export interface Found {
  /** The note's record in the index: its note, kind, degree and edges. */
  end: Adjacency;
  /** Its place in the walk's list of found notes: the via log names notes by it. */
  id: number;
  /** What each visit's score is multiplied by: smaller for hubs. */
  damping: number;
  score: number;
  depth: number;
  relation?: string;
  why?: string;
  /** The first hop's reasons, as text, with the score each gave; `null` for a note reached only further out. */
  reasons: [string, number][] | null;
  /** The score as shown (rounded), set when ranking. */
  shown: number;
}

/** Adds to one of a note's first-hop reasons, or adds the reason (a note has one or two). */
export function addReason(found: Found, reason: string, amount: number): void {
  const reasons = (found.reasons ??= []);
  for (const r of reasons) {
    if (r[0] === reason) {
      r[1] += amount;
      return;
    }
  }
  reasons.push([reason, amount]);
}

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
  /** Working space of `viasOf`, by walk id: kept again for the next walk rather than made each time. */
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
  viasOf(kept: readonly Found[], all: readonly Found[]): (Vias | null)[] {
    if (this.place.length < all.length) {
      const size = 2 * all.length;
      this.place = new Int32Array(size);
      this.canon = new Int32Array(size);
      this.shared = new Uint8Array(size);
    }
    const { place, canon, shared } = this;
    place.fill(-1, 0, all.length);
    canon.fill(-1, 0, all.length);
    shared.fill(0, 0, all.length);
    kept.forEach((f, i) => (place[f.id] = i));
    // Each note reached through stands for its title: the first note met with that title.
    const byTitle = new Map<string, number>();
    for (let j = 0; j < this.length; j++) {
      const from = this.froms[j];
      if (place[this.targets[j]] < 0 || canon[from] >= 0) continue;
      const title = all[from].end.note.title;
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
        offer(mine.top, from, Math.round(runAmount[k] * 1e9), all);
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
        offer(mine.top, from, Math.round(amount * 1e9), all);
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
function offer(top: [string, number][], from: number, amount: number, all: readonly Found[]): void {
  const last = top[top.length - 1];
  if (top.length === MAX_REASONS && amount < last[1]) return;
  const title = all[from].end.note.title;
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
 * The `limit` best found notes, in the order of a full sort by score (as shown), then depth, then
 * title and path: ranked by the numbers first, titles compared only within ties that reach into
 * the kept notes. `all` keeps its order: the via log finds notes in it by place.
 */
export function topFound(all: Found[], limit: number): Found[] {
  for (const f of all) f.shown = Math.round(f.score * 1000) / 1000;
  const keep = Math.min(limit, all.length);
  const ranked = keep > 0 && all.length > 2 * keep ? atLeastAsGood(all, keep) : all.slice();
  ranked.sort((a, b) => b.shown - a.shown || a.depth - b.depth);
  for (let start = 0; start < keep;) {
    let end = start + 1;
    while (end < ranked.length && ranked[end].shown === ranked[start].shown && ranked[end].depth === ranked[start].depth) end++;
    if (end - start > 1) {
      const tied = ranked.slice(start, end).sort((a, b) => a.end.note.title.localeCompare(b.end.note.title) || (a.end.path < b.end.path ? -1 : 1));
      for (let i = 0; i < tied.length; i++) ranked[start + i] = tied[i];
    }
    start = end;
  }
  ranked.length = keep;
  return ranked;
}

/** Score as shown and depth as one number, larger for a better rank: thousandths of the score, then the smaller depth. */
function rankKey(f: Found): number {
  return Math.round(f.shown * 1000) * 4 + (3 - f.depth);
}

/**
 * The notes that rank at least as well, by score and depth, as the `keep`-th best: the kept notes
 * and any tied with the last of them. Found with a numeric selection of keys, so that thousands of
 * reached notes cost no comparisons of objects.
 */
function atLeastAsGood(all: Found[], keep: number): Found[] {
  const keys = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) keys[i] = rankKey(all[i]);
  const threshold = kthLargest(keys, keep);
  return all.filter((f) => rankKey(f) >= threshold);
}

/** The `k`-th largest number (k from 1), found in place by selection rather than a full sort. */
function kthLargest(keys: Float64Array, k: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  const want = keys.length - k;
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
