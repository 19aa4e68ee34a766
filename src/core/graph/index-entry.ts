/**
 * What the corpus index keeps for each note, and the small pure helpers that read it. The index
 * (corpus-index.ts) owns the records; walks see them as {@link Adjacency} records.
 */
import type { Edge, EdgeKind, NodeKind, Note, Problem, RawLink } from '../types';
import { titleKey } from '../corpus/paths';

/** The note at the other end of an edge, as a walk sees it: valid during the walk only. */
export interface EdgeEnd {
  readonly path: string;
  readonly note: Note;
  /** The note's kind, kept beside it so that a walk can skip notes outside the corpus without reading the note. */
  readonly kind: NodeKind;
  /** How many edges touch the note, both ways. */
  readonly degree: number;
}

/**
 * A note's edges as the index stores them, for walks that read every edge of many notes. Edges
 * from the note: `outs` holds pairs (edge code, the target's record); edges into it: `inc` holds
 * pairs (the source's record, edge code). An edge code is the link's place in its note's `links`
 * and its kind in one small integer (see {@link edgeCode}): a walk learns an edge's kind from the
 * list it reads anyway, without reaching for the link. A body link counts once per target.
 */
export interface Adjacency extends EdgeEnd {
  /** A small number for this record, never given to another: walks index their own arrays by it instead of hashing. */
  readonly id: number;
  /**
   * Scratch for the neighbourhood walk (see `WalkState`): the number of the walk that last met the
   * note, and the slot it got there. Kept on the record because the walk reads the record anyway:
   * next to a hub a cold walk spends most of its time waiting for memory, and a mark elsewhere
   * would be one more miss per edge.
   */
  walkStamp: number;
  walkSlot: number;
  readonly links: readonly RawLink[];
  readonly outs: readonly (number | Adjacency)[];
  readonly inc: readonly (Adjacency | number)[];
}

/** Edge kinds by their code, the low bits of an edge code. */
export const KIND_OF_CODE: readonly EdgeKind[] = ['related', 'source', 'next', 'paper', 'anchor', 'link', 'property'];
/** The code of each edge kind. */
export const KIND_CODE: Readonly<Record<EdgeKind, number>> = { related: 0, source: 1, next: 2, paper: 3, anchor: 4, link: 5, property: 6 };
/** How many low bits of an edge code hold the kind. */
const KIND_BITS = 3;

/** The edge code of the link at `index` of its note's links, of kind `kind`. */
export function edgeCode(index: number, kind: EdgeKind): number {
  return (index << KIND_BITS) | KIND_CODE[kind];
}

/** The place of an edge's link in its note's `links`. */
export function linkIndexOf(code: number): number {
  return code >>> KIND_BITS;
}

/** The code of an edge's kind (see {@link KIND_CODE}). */
export function kindCodeOf(code: number): number {
  return code & ((1 << KIND_BITS) - 1);
}

/** Everything the index holds about one note. */
export interface Entry extends Adjacency {
  readonly path: string;
  note: Note;
  kind: NodeKind;
  /** Kept up to date with every edge added or dropped: walks read it for every note they touch. */
  degree: number;
  links: RawLink[];
  own: readonly Problem[];
  relational: readonly Problem[];
  /** Title and alias keys (none outside the corpus). */
  names: readonly string[];
  /**
   * Each link's target, filled in by resolution: the note's record when the file is indexed (the
   * problem check reads its note with no lookup), else the path of a file that is no note, or
   * `null` when the link names no file.
   */
  targets: (Entry | string | null)[];
  /** Indices of the links found by a note's title rather than by path; `null` when none (nearly always). */
  byTitle: number[] | null;
  /**
   * The edges from this note as pairs (edge code, note it points to), flat: `[code, target, code,
   * target, ...]`, in link order. Only links that are edges: resolved to another note, a body link
   * once per note. The target note itself, so that walks look nothing up.
   */
  outs: (number | Entry)[];
  /** The edges from this note, made from `outs` the first time they are asked for (`edgesOf`). */
  out: Edge[] | null;
  /**
   * The edges into this note as pairs (source note, edge code of its link), flat: `[source, code,
   * source, code, ...]`. A source's pairs sit together, sources in the order they were resolved.
   */
  inc: (Entry | number)[];
  /** The edges into this note, made from `inc` when first asked for; dropped when `inc` changes. */
  incEdges: Edge[] | null;
  /** Keys this note's links wait under for a file or a title to appear (see `watch`). */
  watching: string[] | null;
  /** The work queues this note waits in (a bit each). */
  queued: number;
  /**
   * False while no other note has had this note's title as its title or an alias since this note
   * took it: then the title is its alone, known without a lookup. True may be out of date (a twin
   * since gone), so callers that see true look the title up.
   */
  titleShared: boolean;
}

// Shared empty lists: most notes have no problems, many no edges one way or the other, and a
// vault-sized index would otherwise hold an empty array for each of them.
export const NO_TITLE_LINKS: readonly number[] = Object.freeze([]);
export const NO_NAMES: readonly string[] = Object.freeze([]);
export const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);
export const NO_EDGES = Object.freeze([]) as unknown as Edge[];
export const NO_PAIRS = Object.freeze([]) as unknown as (Entry | number)[];
export const NO_OUTS = Object.freeze([]) as unknown as (number | Entry)[];


/** The path a link resolved to, whether held as a record or as a path; `null` when none. */
export function pathOf(target: Entry | string | null): string | null {
  return target === null || typeof target === 'string' ? target : target.path;
}

/** The list, or the shared empty one when it is empty. */
export function kept<T>(list: readonly T[], none: readonly T[]): readonly T[] {
  return list.length === 0 ? none : list;
}

/** What other notes' problems read of a note: a change here re-checks every note linking to it. */
export function problemFace(note: Note): string {
  return `${note.kind}\u0000${note.title}\u0000${note.kind === 'paper' && note.arxiv ? 'arxiv' : ''}`;
}

/** A corpus note's title key, then its aliases' keys. */
export function namesOf(note: Note): string[] {
  const names = [titleKey(note.title)];
  for (const alias of note.aliases) names.push(titleKey(alias));
  return names;
}

/** True when two lists hold the same keys in the same order. */
export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** Takes every pair of `source` out of a note's incoming pairs, in place, keeping the others' order; returns how many went. */
export function dropSource(pairs: (Entry | number)[], source: Entry): number {
  let kept = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i] === source) continue;
    pairs[kept++] = pairs[i];
    pairs[kept++] = pairs[i + 1];
  }
  const dropped = (pairs.length - kept) / 2;
  pairs.length = kept;
  return dropped;
}

/** Calls `fn` with each (source, edge code) pair of a note's incoming pairs. */
export function forEachPair(pairs: readonly (Entry | number)[], fn: (source: Entry, code: number) => void): void {
  for (let p = 0; p < pairs.length; p += 2) fn(pairs[p] as Entry, pairs[p + 1] as number);
}

/**
 * The edge of a resolved link, as one literal holding exactly the properties it has: added one by
 * one, the optional ones would give each edge a second block of memory.
 */
export function edgeOf(source: string, target: string, link: RawLink, via: Edge['via']): Edge {
  const { kind, field, relation, why, order } = link;
  if (relation === undefined && why === undefined) return order === undefined ? { source, target, kind, field, via } : { source, target, kind, field, via, order };
  // Only `related` links carry a relation, and they have no order; the general case stays correct anyway.
  const edge: Edge = relation === undefined ? { source, target, kind, field, via, why } : why === undefined ? { source, target, kind, field, via, relation } : { source, target, kind, field, via, relation, why };
  if (order !== undefined) edge.order = order;
  return edge;
}

/** The notes of index entries, as an iterator. */
export function* notesOf(entries: Iterable<Entry>): IterableIterator<Note> {
  for (const entry of entries) yield entry.note;
}

/** Problems in path, field, code and message order. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.field !== b.field) return a.field < b.field ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
