/**
 * What a neighbourhood walk knows of the notes it has reached, in arrays kept from walk to walk.
 * A walk next to a hub reaches hundreds of notes over thousands of edges: each note gets a slot
 * (its place in the order reached), written on the record itself rather than kept in a `Map`,
 * and its score, depth and damping live in typed arrays. Walks are synchronous and never overlap,
 * so one state serves them all.
 */
import type { Adjacency } from '../graph/corpus-index';
import { Tally } from './neighbourhood-tally';
import { FIRST_ROOM, room, touched } from './walk-arrays';

/** Damps a hub's contribution: about 1 for ordinary notes, falling slowly past `hubDegree`. */
export function hubDamping(degree: number, hubDegree: number): number {
  return 1 / (1 + Math.log2(1 + degree / Math.max(1, hubDegree)));
}

/** The degree from which a note counts as a hub, unless the caller says otherwise. */
export const DEFAULT_HUB_DEGREE = 50;

/**
 * Damping by degree for the default hub degree, worked out once: a walk meets hundreds of notes
 * of few distinct degrees. Up to degrees far above the biggest hubs of large vaults (a few
 * thousand links): the first walk past a hub beyond the table would also throw away the walk's
 * compiled code, which had never seen the computation.
 */
const DEFAULT_DAMPING = Float64Array.from({ length: 16384 }, (_, degree) => hubDamping(degree, DEFAULT_HUB_DEGREE));

function dampingOf(degree: number, hubDegree: number): number {
  return hubDegree === DEFAULT_HUB_DEGREE && degree < DEFAULT_DAMPING.length ? DEFAULT_DAMPING[degree] : hubDamping(degree, hubDegree);
}

/**
 * The number of the last walk begun, by any state: a record's `walkStamp` equal to a walk's number
 * says that walk has met it. Never reset, so it must never come round again: at a million walks a
 * day it stays a small integer for thousands of years.
 */
let stamp = 0;

/** The state of the walk under way. */
export class WalkState {
  /** This walk's number: the records it meets get it as their `walkStamp`, and their slot as `walkSlot` (-1: not a corpus note). */
  private walk = 0;
  /** The note walked from, and the degree from which a note is a hub. */
  centre: Adjacency | null = null;
  hubDegree = DEFAULT_HUB_DEGREE;
  /** How many notes the walk has reached: slots run from 0 to `count`. */
  count = 0;
  /** By slot: the note's record. */
  ends: Adjacency[] = [];
  /** By slot: score, fewest hops from the centre, and the factor a hub's credits are damped by. */
  score = touched(new Float64Array(FIRST_ROOM));
  depth = touched(new Uint8Array(FIRST_ROOM));
  damping = touched(new Float64Array(FIRST_ROOM));
  /** By slot, once ranked: the score as shown (to thousandths), and the place among the kept notes (-1: not kept). */
  shown = touched(new Float64Array(FIRST_ROOM));
  keptAt = touched(new Int32Array(FIRST_ROOM));
  /** By slot: the relation and why of a `related` link, and 1 when a line co-cites the note with the centre. */
  relation: (string | undefined)[] = [];
  why: (string | undefined)[] = [];
  coCited = touched(new Uint8Array(FIRST_ROOM));
  /**
   * The first hop's reasons: by slot, how many and the first; each reason its text, the score it
   * gave and the next of the same note (-1: the last). A list in arrays, not an array per note:
   * next to a hub a walk reaches hundreds of notes at the first hop.
   */
  reasonCount = touched(new Uint8Array(FIRST_ROOM));
  reasonHead = touched(new Int32Array(FIRST_ROOM));
  reasonText: string[] = [];
  reasonAmount = touched(new Float64Array(FIRST_ROOM));
  reasonNext = touched(new Int32Array(FIRST_ROOM));
  private reasons = 0;
  /** By slot: "via" and the note's title, made once in a walk however many notes it leads to. */
  viaText: (string | undefined)[] = [];
  /** The lines co-citing the centre, kept between walks and emptied after each. */
  readonly coCitingLines = new Set<Adjacency>();
  /** How many lines co-cite each note with the centre, and how many of the centre's papers each note draws on. */
  readonly coCitations = new Tally();
  readonly sharedPapers = new Tally();

  /** Starts a walk from `centre`. */
  begin(centre: Adjacency, hubDegree: number): void {
    this.walk = ++stamp;
    this.centre = centre;
    this.hubDegree = hubDegree;
    this.count = 0;
    this.reasons = 0;
    this.coCitations.begin();
    this.sharedPapers.begin();
  }

  /** Lets go of the records and texts the walk reached, so that notes removed since are not held. */
  end(): void {
    this.ends.fill(undefined as unknown as Adjacency, 0, this.count);
    this.reasonText.fill('', 0, this.reasons);
    this.viaText.fill(undefined, 0, this.count);
    this.relation.fill(undefined, 0, this.count);
    this.why.fill(undefined, 0, this.count);
    if (this.coCitingLines.size > 0) this.coCitingLines.clear();
    this.coCitations.end();
    this.sharedPapers.end();
    this.centre = null;
  }

  /** The note's slot, the note reached now at `hop` (a new slot, or a smaller depth); -1 for the centre and notes outside the corpus. */
  reach(end: Adjacency, hop: number): number {
    if (end === this.centre) return -1;
    if (end.walkStamp === this.walk) {
      const slot = end.walkSlot;
      if (slot >= 0 && hop < this.depth[slot]) this.depth[slot] = hop;
      return slot;
    }
    end.walkStamp = this.walk;
    if (end.kind === 'note') return (end.walkSlot = -1);
    const slot = this.count++;
    end.walkSlot = slot;
    if (slot >= this.score.length) this.grow(slot + 1);
    this.ends[slot] = end;
    this.score[slot] = 0;
    this.depth[slot] = hop;
    this.damping[slot] = dampingOf(end.degree, this.hubDegree);
    this.coCited[slot] = 0;
    this.reasonCount[slot] = 0;
    this.reasonHead[slot] = -1;
    return slot;
  }

  /** Credits a note reached by the first hop with `base` times its damping, for `reason`; the note's slot or -1. */
  credit(end: Adjacency, base: number, reason: string): number {
    const slot = this.reach(end, 1);
    if (slot < 0) return slot;
    const amount = base * this.damping[slot];
    this.score[slot] += amount;
    // Added to the note's reason of that text if it has one (a note has one or two), else a new one.
    let r = this.reasonHead[slot];
    let last = -1;
    while (r >= 0 && this.reasonText[r] !== reason) {
      last = r;
      r = this.reasonNext[r];
    }
    if (r >= 0) {
      this.reasonAmount[r] += amount;
      return slot;
    }
    r = this.reasons++;
    if (r >= this.reasonAmount.length) {
      this.reasonAmount = room(this.reasonAmount, r + 1);
      this.reasonNext = room(this.reasonNext, r + 1);
    }
    this.reasonText[r] = reason;
    this.reasonAmount[r] = amount;
    this.reasonNext[r] = -1;
    if (last < 0) this.reasonHead[slot] = r;
    else this.reasonNext[last] = r;
    this.reasonCount[slot]++;
    return slot;
  }

  /** Marks the kept notes, in the order of `kept`: read back through `keptAt`. */
  keep(kept: readonly number[]): void {
    this.keptAt.fill(-1, 0, this.count);
    for (let i = 0; i < kept.length; i++) this.keptAt[kept[i]] = i;
  }

  /** The note's slot if this walk reached it, else -1. */
  slotOf(end: Adjacency): number {
    return end.walkStamp === this.walk ? end.walkSlot : -1;
  }

  /** "via" and the title of the note in `slot`. */
  via(slot: number): string {
    return (this.viaText[slot] ??= `via ${this.ends[slot].note.title}`);
  }

  /** Makes room for `length` slots in every array kept by slot. */
  private grow(length: number): void {
    this.score = room(this.score, length);
    this.depth = room(this.depth, length);
    this.damping = room(this.damping, length);
    this.shown = room(this.shown, length);
    this.keptAt = room(this.keptAt, length);
    this.coCited = room(this.coCited, length);
    this.reasonCount = room(this.reasonCount, length);
    this.reasonHead = room(this.reasonHead, length);
  }
}
