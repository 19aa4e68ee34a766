/**
 * The reasons a neighbourhood item lists: at most a few, strongest first, then alphabetical, from
 * its first-hop reasons and its reasons through other notes (see `neighbourhood-vias.ts`).
 */
import type { WalkState } from './neighbourhood-walk';

/** What choosing an item's reasons reads of the credits past the first hop (`ViaLog`). */
export interface Vias {
  /** How many reasons through other notes the `k`-th kept note has. */
  viaCount(k: number): number;
  /** Offers its strongest ones to the best so far (`insertReason`). */
  offerVias(k: number, walk: WalkState): void;
}

/** The most reasons an item lists. */
export const MAX_REASONS = 5;

/** The place of the last of them, worked out once: arithmetic first met in the middle of a walk would throw away its compiled code. */
export const LAST_REASON = MAX_REASONS - 1;

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
export function insertReason(text: string, amount: number): void {
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
export function strongestReasons(walk: WalkState, slot: number, log: Vias, k: number): string[] {
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
