/**
 * How the neighbourhood ranks the notes a walk reached: scores and depths for every note, titles
 * read only within ties that reach into the kept notes. Next to a hub a walk reaches hundreds of
 * notes to keep fifty.
 */
import type { Adjacency } from '../graph/corpus-index';
import type { WalkState } from './neighbourhood-walk';
import { FIRST_ROOM, room, touched } from './walk-arrays';

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
