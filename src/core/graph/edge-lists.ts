/**
 * The edge lists of the index's records: a note's `outs`, made as its links are resolved, and
 * the `inc` lists of the notes they point to, kept in step with them (see `Adjacency`).
 *
 * While a vault is first read the incoming lists are filled once at the end rather than pair by
 * pair: pushed one pair at a time, most lists kept room for a dozen more pairs, and the young
 * generation copied all of it. Anything that reads or changes a list before then fills them
 * first (`settle`), in the order the sources were resolved, as pushing would have.
 */
import type { EdgeKind } from '../types';
import { dropSource, edgeCode, KIND_CODE, kindCodeOf, NO_OUTS, NO_PAIRS, type Entry } from './index-entry';

/** Up to this many body edges, a note's edges are searched for a target already linked; past it, a set is made. */
const FEW_BODY_EDGES = 16;
const LINK = KIND_CODE.link;

export class EdgeLists {
  /** The sources given edges since `deferIncoming`, in order, whose pairs are not yet in their targets' lists; `null` when none wait. */
  private deferred: Entry[] | null = null;
  /** The edges of the note under way, gathered in one list kept for every note, then copied to size. */
  private readonly scratch: (number | Entry)[] = [];
  private length = 0;
  /** The targets of its body links, once it has too many to search (nearly never). */
  private bodyTargets: Set<Entry> | null = null;
  private bodyEdges = 0;

  /** `ids` gives the index's next record id: every record's id is below it. */
  constructor(private readonly ids: () => number) {}

  /** From now on, until `settle`, incoming lists are filled at the end: for the first read of a vault. */
  deferIncoming(): void {
    this.deferred ??= [];
  }

  /** Starts the edges of `source` afresh: those it had leave their targets' lists. */
  begin(source: Entry): void {
    this.drop(source);
    this.deferred?.push(source);
    this.length = 0;
    this.bodyTargets = null;
    this.bodyEdges = 0;
  }

  /**
   * Adds the edge of `source`'s link at `index`, of `kind`, to `target`; a body link to a note the
   * body already links makes none, as Obsidian's back-links count it once.
   */
  add(source: Entry, index: number, kind: EdgeKind, target: Entry): void {
    const outs = this.scratch;
    const n = this.length;
    if (kind === 'link') {
      if (this.bodyEdges < FEW_BODY_EDGES ? hasBodyTarget(outs, n, target) : (this.bodyTargets ??= bodyTargetSet(outs, n)).has(target)) return;
      this.bodyTargets?.add(target);
      this.bodyEdges++;
    }
    const code = edgeCode(index, kind);
    outs[n] = code;
    outs[n + 1] = target;
    this.length = n + 2;
    target.degree++;
    target.incEdges = null;
    if (this.deferred !== null) return;
    if (target.inc === NO_PAIRS) target.inc = [source, code];
    else target.inc.push(source, code);
  }

  /** Gives `source` the edges added since `begin`. */
  end(source: Entry): void {
    const n = this.length;
    source.outs = n === 0 ? NO_OUTS : this.scratch.slice(0, n);
    source.degree += n / 2;
    // Emptied (not shortened, which would give back its room) so that it holds no note that may go.
    this.scratch.fill(0, 0, n);
    this.length = 0;
    this.bodyTargets = null;
  }

  /**
   * Puts the pairs of the sources given edges since `deferIncoming` into their targets' lists:
   * counted first by record id, then each list made once at its size and filled.
   */
  settle(): void {
    const sources = this.deferred;
    if (sources === null) return;
    this.deferred = null;
    const counts = new Int32Array(this.ids());
    for (const source of sources) {
      const { outs } = source;
      for (let p = 1; p < outs.length; p += 2) counts[(outs[p] as Entry).id] += 2;
    }
    // Each count becomes the place of the target's next pair.
    for (const source of sources) {
      const { outs } = source;
      for (let p = 1; p < outs.length; p += 2) {
        const target = outs[p] as Entry;
        const id = target.id;
        if (target.inc === NO_PAIRS) {
          target.inc = new Array<Entry | number>(counts[id]);
          counts[id] = 0;
        }
        const at = counts[id];
        target.inc[at] = source;
        target.inc[at + 1] = outs[p - 1];
        counts[id] = at + 2;
      }
    }
  }

  /** Takes a note's edges out of its targets' incoming lists. */
  drop(entry: Entry): void {
    // A note given edges before may have pairs not yet in its targets' lists.
    if (entry.outs.length > 0) this.settle();
    let previous: Entry | undefined;
    for (let p = 1; p < entry.outs.length; p += 2) {
      const found = entry.outs[p] as Entry;
      // A source's pairs in one target's list all go at once. A target removed since is no longer
      // in the index, and its list no longer matters.
      if (found === previous || found.inc.length === 0) continue;
      found.degree -= dropSource(found.inc, entry);
      found.incEdges = null;
      previous = found;
    }
    entry.degree -= entry.outs.length / 2;
    entry.outs = NO_OUTS;
    entry.out = null;
  }
}

/** True when a body link among the first `n` items of the pairs `[code, target, ...]` points at `target`. */
function hasBodyTarget(outs: readonly (number | Entry)[], n: number, target: Entry): boolean {
  for (let p = 1; p < n; p += 2) if (outs[p] === target && kindCodeOf(outs[p - 1] as number) === LINK) return true;
  return false;
}

/** The targets of the body links among the first `n` items of the pairs, for a note with many body links. */
function bodyTargetSet(outs: readonly (number | Entry)[], n: number): Set<Entry> {
  const set = new Set<Entry>();
  for (let p = 1; p < n; p += 2) if (kindCodeOf(outs[p - 1] as number) === LINK) set.add(outs[p] as Entry);
  return set;
}
