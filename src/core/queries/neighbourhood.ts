/**
 * The neighbourhood of a note: the corpus notes within a few hops along every kind
 * of edge, both ways, plus co-citation by a line and shared papers; ranked by a
 * score that says why, with hubs damped so that they do not flood it.
 */
import type { CorpusIndex, EdgeEnd } from '../graph/corpus-index';
import type { Edge, EdgeKind } from '../types';

/** What the walk reads of an edge: an `Edge`, or the raw link it is made from. */
type EdgeLike = Pick<Edge, 'kind' | 'field' | 'relation' | 'why'>;
import { itemOf, type NoteItem } from './items';
import { sourcePaths } from './sources';

/** Options of the walk. */
export interface NeighbourhoodOptions {
  /** Hops from the note (1 to 3). */
  depth: number;
  /** How many notes to keep. */
  limit: number;
  /** Degree from which a note counts as a hub: it is listed, damped, but not walked through. */
  hubDegree: number;
}

/** Defaults: depth 1, limit 50, hubs from degree 50. */
export const DEFAULT_NEIGHBOURHOOD: Readonly<NeighbourhoodOptions> = Object.freeze({ depth: 1, limit: 50, hubDegree: 50 });

/** A note of the neighbourhood. */
export interface NeighbourItem extends NoteItem {
  score: number;
  /** The relation of a `related` link between the centre and this note, as written. */
  relation?: string;
  why?: string;
  /** Hops from the centre. */
  depth: number;
  /** Why it is here, strongest first: "related: adjacent", "shares 2 papers", "co-cited by 3 lines". */
  reasons: string[];
}

/** An edge of the drawn neighbourhood. */
export interface NeighbourEdge {
  source: string;
  target: string;
  kind: EdgeKind | 'co-cited' | 'shares-papers';
  relation?: string;
}

/** The answer: centre, ranked notes, the edges among them, and what the limit cut. */
export interface Neighbourhood {
  center: NoteItem;
  items: NeighbourItem[];
  edges: NeighbourEdge[];
  /** How many notes were found before the cut. */
  total: number;
  /** Said when the limit cut the list. */
  cut?: string;
}

const WEIGHT: Record<EdgeKind, number> = { related: 3, source: 2, next: 2, paper: 2, anchor: 1.5, link: 1, property: 0.5 };

/** The reason an edge gives, seen from the centre; `outgoing` when the centre holds the link. */
function reasonOf(edge: EdgeLike, outgoing: boolean): string {
  switch (edge.kind) {
    case 'related': return edge.relation ? `related: ${edge.relation}` : 'related';
    case 'source': return outgoing ? 'source of this line' : 'a line citing it';
    case 'next': return outgoing ? 'next line' : 'leads here';
    case 'paper': return outgoing ? 'paper it draws on' : 'draws on this paper';
    case 'anchor': return outgoing ? 'anchor paper' : 'anchors on this paper';
    case 'link': return outgoing ? 'linked from the text' : 'links here';
    case 'property': return outgoing ? `linked under ${edge.field}` : 'links here';
  }
}

/** A note the walk reached, with all the ranking needs: one object per note, nothing else kept. */
interface Found {
  /** The note as the walk met it: path, note, kind and degree, read only when needed. */
  end: Pick<EdgeEnd, 'path' | 'note' | 'kind' | 'degree'>;
  /** What each visit's score is multiplied by: smaller for hubs. */
  damping: number;
  score: number;
  depth: number;
  relation?: string;
  why?: string;
  /** The first reason and the score it gave; further reasons in `more` (few notes have more than one). */
  reason: string;
  amount: number;
  more: [string, number][] | null;
  /** The score as shown (rounded), set when ranking. */
  shown: number;
}

/** Adds to a reason other than the note's first. */
function addReason(entry: Found, reason: string, amount: number): void {
  const more = (entry.more ??= []);
  for (const r of more) {
    if (r[0] === reason) {
      r[1] += amount;
      return;
    }
  }
  more.push([reason, amount]);
}

/** Damps a hub's contribution: about 1 for ordinary notes, falling slowly past `hubDegree`. */
export function hubDamping(degree: number, hubDegree: number): number {
  return 1 / (1 + Math.log2(1 + degree / Math.max(1, hubDegree)));
}

/** Damping by degree for the default hub degree, worked out once per degree: a walk meets thousands of notes of few distinct degrees. */
const DEFAULT_DAMPING: number[] = [];

function dampingOf(degree: number, hubDegree: number): number {
  if (hubDegree !== DEFAULT_NEIGHBOURHOOD.hubDegree || degree >= 4096) return hubDamping(degree, hubDegree);
  return (DEFAULT_DAMPING[degree] ??= hubDamping(degree, hubDegree));
}

/**
 * `neighbourhood(note, {depth, limit})`.
 *
 * Written for notes next to hubs, where a walk reaches thousands of notes to keep fifty: edges are
 * read as the index stores them (no edge objects, no grouping), each reached note is one object
 * holding its degree, damping and title, looked up once, and only the kept notes become items;
 * the others are ranked by score and depth alone, titles compared only among equals at the top.
 */
export function neighbourhood(index: CorpusIndex, path: string, options: Partial<NeighbourhoodOptions> = {}): Neighbourhood | null {
  // An option given as `undefined` (the CLI without --limit) or NaN keeps its default instead of emptying the answer.
  const given = (value: number | undefined, fallback: number): number => (typeof value === 'number' && !Number.isNaN(value) ? value : fallback);
  const opts: NeighbourhoodOptions = {
    depth: given(options.depth, DEFAULT_NEIGHBOURHOOD.depth),
    limit: given(options.limit, DEFAULT_NEIGHBOURHOOD.limit),
    hubDegree: given(options.hubDegree, DEFAULT_NEIGHBOURHOOD.hubDegree),
  };
  const depthLimit = Math.max(1, Math.min(3, Math.floor(opts.depth)));
  const limit = Math.max(0, Math.floor(opts.limit));
  const hubDegree = opts.hubDegree;
  const centre = index.note(path);
  if (!centre) return null;
  const found = new Map<string, Found>();
  /**
   * Adds `base` times the note's damping to its score; the note's entry, or `undefined` for the
   * centre and notes outside the corpus. The walk hands over the note and its degree with the edge.
   */
  const credit = (target: string, end: Found['end'], base: number, hop: number, reason: string): Found | undefined => {
    if (target === path) return undefined;
    let entry = found.get(target);
    if (!entry) {
      if (end.kind === 'note') return undefined;
      entry = { end, damping: dampingOf(end.degree, hubDegree), score: 0, depth: hop, relation: undefined, why: undefined, reason, amount: 0, more: null, shown: 0 };
      found.set(target, entry);
    }
    const amount = base * entry.damping;
    entry.depth = Math.min(entry.depth, hop);
    entry.score += amount;
    if (entry.reason === reason) entry.amount += amount;
    else addReason(entry, reason, amount);
    return entry;
  };

  // Hop 1: direct edges, then co-citation and shared papers through lines and papers that are not hubs.
  const coCited = new Map<string, number>();
  const coCitingLines = new Set<string>();
  const sharedPapers = new Map<string, number>();
  index.forEachEdge(path, (other, edge, outgoing, end) => {
    const entry = credit(other, end, WEIGHT[edge.kind], 1, reasonOf(edge, outgoing));
    if (entry && edge.kind === 'related' && (edge.relation || edge.why) && (outgoing || entry.relation === undefined)) {
      entry.relation = edge.relation;
      entry.why = edge.why;
    }
    if (end.degree > hubDegree) return;
    const via = end.note;
    // A line co-cites what it draws on: its `sources`, or for a line without them the concepts its essay links.
    if (!outgoing && (edge.kind === 'source' || edge.kind === 'link') && via.kind === 'line' && !coCitingLines.has(other)) {
      const cited = sourcePaths(index, via);
      if (cited.includes(path)) {
        coCitingLines.add(other);
        for (const target of cited) if (target !== path) coCited.set(target, (coCited.get(target) ?? 0) + 1);
      }
    }
    if (outgoing && edge.kind === 'paper' && via.kind === 'paper') {
      // Each other note drawing on the paper counts once, however many links it has to it.
      let source: string | undefined;
      let counted = false;
      index.forEachEdge(other, (from, e, out) => {
        if (out) return;
        if (from !== source) {
          source = from;
          counted = false;
        }
        if (counted || from === path || e.kind !== 'paper') return;
        counted = true;
        sharedPapers.set(from, (sharedPapers.get(from) ?? 0) + 1);
      });
    }
  });
  const creditFound = (other: string, base: number, reason: string): void => {
    const note = index.note(other);
    if (note) credit(other, { path: other, note, kind: note.kind, degree: index.degree(other) }, base, 1, reason);
  };
  for (const [other, n] of coCited) creditFound(other, n, `co-cited by ${n} line${n === 1 ? '' : 's'}`);
  for (const [other, n] of sharedPapers) creditFound(other, 1.5 * n, `shares ${n} paper${n === 1 ? '' : 's'}`);

  // Further hops: direct edges only, each hop worth half the one before, never through a hub.
  let frontier = [...found.values()];
  for (let hop = 2; hop <= depthLimit; hop++) {
    const nextFrontier: Found[] = [];
    const factor = 0.5 ** (hop - 1);
    for (const from of frontier) {
      if (from.end.degree > hubDegree) continue;
      const reason = `via ${from.end.note.title}`;
      index.forEachEdge(from.end.path, (other, edge, _outgoing, end) => {
        const before = found.size;
        const entry = credit(other, end, WEIGHT[edge.kind] * factor, hop, reason);
        if (entry && found.size > before) nextFrontier.push(entry);
      });
    }
    frontier = nextFrontier;
  }

  const items = topItems([...found.values()], limit);
  const result: Neighbourhood = { center: itemOf(centre), items, edges: edgesAmong(index, path, items), total: found.size };
  if (found.size > items.length) result.cut = `showing ${items.length} of ${found.size} notes (limit ${limit})`;
  return result;
}

/**
 * The `limit` best found notes as items, in the order of a full sort by score (as shown), then
 * depth, then title and path: ranked by the numbers first, titles compared only within ties that
 * reach into the kept notes.
 */
function topItems(all: Found[], limit: number): NeighbourItem[] {
  for (const f of all) f.shown = Math.round(f.score * 1000) / 1000;
  const keep = Math.min(limit, all.length);
  const ranked = keep > 0 && all.length > 2 * keep ? atLeastAsGood(all, keep) : all;
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
  const items: NeighbourItem[] = [];
  for (let i = 0; i < keep; i++) {
    const f = ranked[i];
    const { note } = f.end;
    const item = { path: note.path, title: note.title, kind: note.kind, score: f.shown, depth: f.depth } as NeighbourItem;
    // Properties in the order the item always had, for readers of its JSON.
    if (f.relation) item.relation = f.relation;
    if (f.why) item.why = f.why;
    if (f.more === null) item.reasons = [f.reason];
    else {
      const reasons: [string, number][] = [[f.reason, f.amount], ...f.more];
      item.reasons = reasons.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
    }
    items.push(item);
  }
  return items;
}

/** Score as shown and depth as one number, larger for a better rank: thousandths of the score, then the smaller depth. */
function rankKey(f: Found): number {
  return Math.round(f.shown * 1000) * 4 + (3 - f.depth);
}

/**
 * The notes that rank at least as well, by score and depth, as the `keep`-th best: the kept notes
 * and any tied with the last of them. Found with a numeric sort of keys, so that thousands of
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

/** Direct edges among the kept notes, and a link to the centre for notes found only through co-citation or shared papers. */
function edgesAmong(index: CorpusIndex, centre: string, items: NeighbourItem[]): NeighbourEdge[] {
  const kept = new Set([centre, ...items.map((i) => i.path)]);
  const edges: NeighbourEdge[] = [];
  const touched = new Set<string>();
  for (const from of kept) {
    // One edge per target and kind from each note: its edges so far are the tail of the list.
    const first = edges.length;
    index.forEachOutEdge(from, (target, edge) => {
      if (!kept.has(target)) return;
      for (let k = first; k < edges.length; k++) if (edges[k].target === target && edges[k].kind === edge.kind) return;
      const e: NeighbourEdge = { source: from, target, kind: edge.kind };
      if (edge.relation) e.relation = edge.relation;
      edges.push(e);
      touched.add(from);
      touched.add(target);
    });
  }
  for (const item of items) {
    if (touched.has(item.path) || item.depth !== 1) continue;
    const kind = item.reasons.some((r) => r.startsWith('co-cited')) ? 'co-cited' : 'shares-papers';
    edges.push({ source: centre, target: item.path, kind });
  }
  return edges;
}
