/**
 * Counts of the notes a walk meets through lines and papers: how many lines co-cite a note with
 * the centre, how many of the centre's papers a note shares. Next to a much-cited concept a walk
 * counts thousands, so counts live in arrays by record id kept from walk to walk, not in a map.
 */
import type { Adjacency } from '../graph/corpus-index';
import { room } from './walk-arrays';

/** Where stamps start again from 1, before they would overflow. */
const LAST_STAMP = 0x7fffffff;

/** For each note, how many lines (or papers) it was met through in this walk, each counted once however often it lists the note. */
export class Tally {
  /** By record id: the walk and the line that last counted the note, and its count in this walk. */
  private walks = new Int32Array(1024);
  private rounds = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private walk = 0;
  private round = 0;
  /** The notes counted in this walk, in the order first met. */
  readonly notes: Adjacency[] = [];

  /** Starts a walk, with no note counted. */
  begin(): void {
    if (++this.walk === LAST_STAMP) {
      this.walks.fill(0);
      this.walk = 1;
    }
    this.notes.length = 0;
  }

  /** Lets go of the notes counted. */
  end(): void {
    this.notes.length = 0;
  }

  /** Starts counting the notes of one more line or paper. */
  next(): void {
    if (++this.round === LAST_STAMP) {
      this.rounds.fill(0);
      this.round = 1;
    }
  }

  /** Counts `end` for the line or paper under way, unless it was already counted for it. */
  add(end: Adjacency): void {
    const id = end.id;
    if (id >= this.walks.length) {
      this.walks = room(this.walks, id + 1);
      this.rounds = room(this.rounds, id + 1);
      this.counts = room(this.counts, id + 1);
    }
    if (this.walks[id] !== this.walk) {
      this.walks[id] = this.walk;
      this.counts[id] = 0;
      this.notes.push(end);
    } else if (this.rounds[id] === this.round) return;
    this.rounds[id] = this.round;
    this.counts[id]++;
  }

  /** How many lines or papers `end` (one of `notes`) was counted for. */
  count(end: Adjacency): number {
    return this.counts[end.id];
  }
}
