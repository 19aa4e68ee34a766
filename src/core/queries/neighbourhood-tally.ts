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
  /** By record id, side by side at `3 * id`: the walk and the line that last counted the note, and its count in this walk. */
  private marks = new Int32Array(3072);
  private walk = 0;
  private round = 0;
  /** The notes counted in this walk, in the order first met. */
  readonly notes: Adjacency[] = [];

  /** Starts a walk, with no note counted. */
  begin(): void {
    if (++this.walk === LAST_STAMP) {
      for (let at = 0; at < this.marks.length; at += 3) this.marks[at] = 0;
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
      for (let at = 1; at < this.marks.length; at += 3) this.marks[at] = 0;
      this.round = 1;
    }
  }

  /** Counts `end` for the line or paper under way, unless it was already counted for it. */
  add(end: Adjacency): void {
    const at = 3 * end.id;
    if (at >= this.marks.length) this.marks = room(this.marks, at + 3);
    const { marks } = this;
    if (marks[at] !== this.walk) {
      marks[at] = this.walk;
      marks[at + 2] = 0;
      this.notes.push(end);
    } else if (marks[at + 1] === this.round) return;
    marks[at + 1] = this.round;
    marks[at + 2]++;
  }

  /** How many lines or papers `end` (one of `notes`) was counted for. */
  count(end: Adjacency): number {
    return this.marks[3 * end.id + 2];
  }
}
