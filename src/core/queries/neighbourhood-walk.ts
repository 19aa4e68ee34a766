/**
 * What a neighbourhood walk knows of the notes it has reached, in arrays kept from walk to walk.
 * A walk next to a hub reaches hundreds of notes over thousands of edges: each note gets a slot
 * (its place in the order reached), found again through the record's `id` rather than a `Map`,
 * and its score, depth and damping live in typed arrays. Walks are synchronous and never overlap,
 * so one state serves them all.
 */
import type { Adjacency } from '../graph/corpus-index';

/** Damps a hub's contribution: about 1 for ordinary notes, falling slowly past `hubDegree`. */
export function hubDamping(degree: number, hubDegree: number): number {
  return 1 / (1 + Math.log2(1 + degree / Math.max(1, hubDegree)));
}

/** The degree from which a note counts as a hub, unless the caller says otherwise. */
export const DEFAULT_HUB_DEGREE = 50;

/** Damping by degree for the default hub degree, worked out once: a walk meets hundreds of notes of few distinct degrees. */
const DEFAULT_DAMPING = Float64Array.from({ length: 4096 }, (_, degree) => hubDamping(degree, DEFAULT_HUB_DEGREE));

function dampingOf(degree: number, hubDegree: number): number {
  return hubDegree === DEFAULT_HUB_DEGREE && degree < 4096 ? DEFAULT_DAMPING[degree] : hubDamping(degree, hubDegree);
}

/**
 * The working arrays of walks are kept from walk to walk and grown when a walk needs more: `array`
 * itself when it holds `length` items, else one twice that long holding its values.
 */
export function room<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number): T {
  if (array.length >= length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(2 * length);
  bigger.set(array);
  return bigger;
}

/** The state of the walk under way. */
export class WalkState {
  /** By record id: the walk that last met the record, and the slot it got (-1: not a corpus note). */
  private stamps = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private walk = 0;
  private centre: Adjacency | null = null;
  private hubDegree = DEFAULT_HUB_DEGREE;
  /** How many notes the walk has reached: slots run from 0 to `count`. */
  count = 0;
  /** By slot: the note's record. */
  ends: Adjacency[] = [];
  /** By slot: score, fewest hops from the centre, and the factor a hub's credits are damped by. */
  score = new Float64Array(256);
  depth = new Uint8Array(256);
  damping = new Float64Array(256);
  /** By slot, once ranked: the score as shown (to thousandths), and the place among the kept notes (-1: not kept). */
  shown = new Float64Array(256);
  keptAt = new Int32Array(256);
  /** By slot: the first hop's reasons with the score each gave (`null`: none), and the relation and why of a `related` link. */
  first: ([string, number][] | null)[] = [];
  relation: (string | undefined)[] = [];
  why: (string | undefined)[] = [];

  /** Starts a walk from `centre`. */
  begin(centre: Adjacency, hubDegree: number): void {
    if (++this.walk === 0x7fffffff) {
      this.stamps.fill(0);
      this.walk = 1;
    }
    this.centre = centre;
    this.hubDegree = hubDegree;
    this.count = 0;
  }

  /** Lets go of the records the walk reached, so that notes removed since are not held. */
  end(): void {
    this.ends.fill(undefined as unknown as Adjacency, 0, this.count);
    this.first.fill(null, 0, this.count);
    this.centre = null;
  }

  /** The note's slot, the note reached now at `hop` (a new slot, or a smaller depth); -1 for the centre and notes outside the corpus. */
  reach(end: Adjacency, hop: number): number {
    if (end === this.centre) return -1;
    const id = end.id;
    if (id >= this.stamps.length) {
      this.stamps = room(this.stamps, id + 1);
      this.slots = room(this.slots, id + 1);
    }
    if (this.stamps[id] === this.walk) {
      const slot = this.slots[id];
      if (slot >= 0 && hop < this.depth[slot]) this.depth[slot] = hop;
      return slot;
    }
    this.stamps[id] = this.walk;
    if (end.kind === 'note') return (this.slots[id] = -1);
    const slot = this.count++;
    this.slots[id] = slot;
    if (slot >= this.score.length) {
      this.score = room(this.score, slot + 1);
      this.depth = room(this.depth, slot + 1);
      this.damping = room(this.damping, slot + 1);
      this.shown = room(this.shown, slot + 1);
      this.keptAt = room(this.keptAt, slot + 1);
    }
    this.ends[slot] = end;
    this.score[slot] = 0;
    this.depth[slot] = hop;
    this.damping[slot] = dampingOf(end.degree, this.hubDegree);
    this.first[slot] = null;
    this.relation[slot] = undefined;
    this.why[slot] = undefined;
    return slot;
  }

  /** Marks the kept notes, in the order of `kept`: read back through `keptAt`. */
  keep(kept: readonly number[]): void {
    this.keptAt.fill(-1, 0, this.count);
    kept.forEach((slot, i) => (this.keptAt[slot] = i));
  }

  /** The note's slot if this walk reached it, else -1. */
  slotOf(end: Adjacency): number {
    return end.id < this.stamps.length && this.stamps[end.id] === this.walk ? this.slots[end.id] : -1;
  }

  /** Adds to one of a note's first-hop reasons, or adds the reason (a note has one or two). */
  addReason(slot: number, reason: string, amount: number): void {
    const reasons = (this.first[slot] ??= []);
    for (const r of reasons) {
      if (r[0] === reason) {
        r[1] += amount;
        return;
      }
    }
    reasons.push([reason, amount]);
  }
}
