/**
 * The neighbourhood of a note: the corpus notes within a few hops along every kind
 * of edge, both ways, plus co-citation by a line and shared papers; ranked by a
 * score that says why, with hubs damped so that they do not flood it.
 */
import type { Adjacency, CorpusIndex } from '../graph/corpus-index';
import type { Edge, EdgeKind, RawLink } from '../types';
import { itemOf, type NoteItem } from './items';
import { strongestReasons, topSlots, ViaLog } from './neighbourhood-rank';
import { DEFAULT_HUB_DEGREE, WalkState } from './neighbourhood-walk';
import { sourcePaths } from './sources';

export { MAX_REASONS } from './neighbourhood-rank';
export { hubDamping } from './neighbourhood-walk';

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
export const DEFAULT_NEIGHBOURHOOD: Readonly<NeighbourhoodOptions> = Object.freeze({ depth: 1, limit: 50, hubDegree: DEFAULT_HUB_DEGREE });

/** A note of the neighbourhood. */
export interface NeighbourItem extends NoteItem {
  score: number;
  /** The relation of a `related` link between the centre and this note, as written. */
  relation?: string;
  why?: string;
  /** Hops from the centre. */
  depth: number;
  /** Why it is here, strongest first: "related: adjacent", "shares 2 papers", "co-cited by 3 lines"; at most {@link MAX_REASONS}. */
  reasons: string[];
  /** How many weaker reasons were left off: a note next to a hub can be reached through hundreds of notes. */
  moreReasons?: number;
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
function reasonOf(edge: Pick<Edge, 'kind' | 'field' | 'relation'>, outgoing: boolean): string {
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

/** The options as given, each missing, `undefined` or NaN one at its default, clamped to what the walk can do. */
function optionsOf(options: Partial<NeighbourhoodOptions>): NeighbourhoodOptions {
  // An option given as `undefined` (the CLI without --limit) or NaN keeps its default instead of emptying the answer.
  const given = (value: number | undefined, fallback: number): number => (typeof value === 'number' && !Number.isNaN(value) ? value : fallback);
  return {
    depth: Math.max(1, Math.min(3, Math.floor(given(options.depth, DEFAULT_NEIGHBOURHOOD.depth)))),
    limit: Math.max(0, Math.floor(given(options.limit, DEFAULT_NEIGHBOURHOOD.limit))),
    hubDegree: given(options.hubDegree, DEFAULT_NEIGHBOURHOOD.hubDegree),
  };
}

/** "co-cited by 2 lines", "shares 1 paper": made once for each count, since a walk next to a hub gives hundreds. */
const CO_CITED: string[] = [];
const SHARES: string[] = [];

function countedReason(made: string[], n: number, verb: string, noun: string): string {
  return (made[n] ??= `${verb} ${n} ${noun}${n === 1 ? '' : 's'}`);
}

// The walk's working state, reused from walk to walk: walks are synchronous and never overlap.
const WALK = new WalkState();
const VIA_LOG = new ViaLog();

/**
 * `neighbourhood(note, {depth, limit})`.
 *
 * Written for notes next to hubs, where a walk reaches hundreds of notes, each through hundreds
 * of others, to keep fifty: edges are read straight from the index's records (no callback, no
 * lookup, no edge object per edge), a reached note is a slot in reused typed arrays found again
 * through its record's id, a credit past the first hop is three numbers in a reused log, and
 * only the kept notes get their reasons written out.
 */
export function neighbourhood(index: CorpusIndex, path: string, options: Partial<NeighbourhoodOptions> = {}): Neighbourhood | null {
  const { depth: depthLimit, limit, hubDegree } = optionsOf(options);
  const centre = index.adjacency(path);
  if (!centre) return null;
  const walk = WALK;
  walk.begin(centre, hubDegree);
  try {
    walkFrom(index, centre, walk, depthLimit, hubDegree);
    return answer(index, centre, walk, limit);
  } finally {
    walk.end();
  }
}

/** Reaches every note within `depthLimit` links of the centre, crediting each. */
function walkFrom(index: CorpusIndex, centre: Adjacency, walk: WalkState, depthLimit: number, hubDegree: number): void {
  const path = centre.path;
  /** A first-hop credit: `base` times the note's damping, for `reason`; the note's slot or -1. */
  const credit = (end: Adjacency, base: number, reason: string): number => {
    const slot = walk.reach(end, 1);
    if (slot >= 0) {
      const amount = base * walk.damping[slot];
      walk.score[slot] += amount;
      walk.addReason(slot, reason, amount);
    }
    return slot;
  };

  // Hop 1: direct edges, then co-citation and shared papers through lines and papers that are not hubs.
  // Made when first needed: most notes have neither.
  let coCited: Map<string, number> | undefined;
  let coCitingLines: Set<Adjacency> | undefined;
  let sharedPapers: Map<Adjacency, number> | undefined;
  const direct = (end: Adjacency, edge: RawLink, outgoing: boolean): void => {
    const slot = credit(end, WEIGHT[edge.kind], reasonOf(edge, outgoing));
    if (slot >= 0 && edge.kind === 'related' && (edge.relation || edge.why) && (outgoing || walk.relation[slot] === undefined)) {
      walk.relation[slot] = edge.relation;
      walk.why[slot] = edge.why;
    }
    if (end.degree > hubDegree) return;
    const via = end.note;
    // A line co-cites what it draws on: its `sources`, or for a line without them the concepts its essay links.
    if (!outgoing && (edge.kind === 'source' || edge.kind === 'link') && via.kind === 'line' && !coCitingLines?.has(end)) {
      const cited = sourcePaths(index, via);
      if (cited.includes(path)) {
        (coCitingLines ??= new Set<Adjacency>()).add(end);
        const counts = (coCited ??= new Map<string, number>());
        for (const target of cited) if (target !== path) counts.set(target, (counts.get(target) ?? 0) + 1);
      }
    }
    if (outgoing && edge.kind === 'paper' && via.kind === 'paper') countSharers(end, centre, (sharedPapers ??= new Map<Adjacency, number>()));
  };
  const { links, outs, inc } = centre;
  for (let p = 0; p < outs.length; p += 2) direct(outs[p + 1] as Adjacency, links[outs[p] as number], true);
  for (let p = 0; p < inc.length; p += 2) direct(inc[p] as Adjacency, inc[p + 1] as RawLink, false);
  // The notes an edge reached from the centre have the first slots: the next hop starts from them.
  let frontierStart = 0;
  let frontierEnd = walk.count;
  coCited?.forEach((n, other) => {
    const end = index.adjacency(other);
    if (end) credit(end, n, countedReason(CO_CITED, n, 'co-cited by', 'line'));
  });
  sharedPapers?.forEach((n, end) => credit(end, 1.5 * n, countedReason(SHARES, n, 'shares', 'paper')));

  // Further hops: direct edges only, each hop worth half the one before, never through a hub.
  const log = VIA_LOG;
  log.clear();
  for (let hop = 2; hop <= depthLimit; hop++) {
    const factor = 0.5 ** (hop - 1);
    const further = (end: Adjacency, edge: RawLink, from: number): void => {
      const slot = walk.reach(end, hop);
      if (slot < 0) return;
      const amount = WEIGHT[edge.kind] * factor * walk.damping[slot];
      walk.score[slot] += amount;
      log.add(slot, from, amount);
    };
    for (let from = frontierStart; from < frontierEnd; from++) {
      const { degree, links, outs, inc } = walk.ends[from];
      if (degree > hubDegree) continue;
      for (let p = 0; p < outs.length; p += 2) further(outs[p + 1] as Adjacency, links[outs[p] as number], from);
      for (let p = 0; p < inc.length; p += 2) further(inc[p] as Adjacency, inc[p + 1] as RawLink, from);
    }
    // Next: the notes reached by this hop, and after the first the co-cited and paper-sharing
    // notes (two links away, reached without an edge), which sit right after the direct ones.
    frontierStart = frontierEnd;
    frontierEnd = walk.count;
  }
}

/** The ranked answer from what the walk reached. */
function answer(index: CorpusIndex, centre: Adjacency, walk: WalkState, limit: number): Neighbourhood {
  const kept = topSlots(walk, limit);
  walk.keep(kept);
  VIA_LOG.sumVias(kept, walk, (end) => index.mayShareTitle(end));
  const items = kept.map((slot, i): NeighbourItem => {
    const { note } = walk.ends[slot];
    const item = { path: note.path, title: note.title, kind: note.kind, score: walk.shown[slot], depth: walk.depth[slot] } as NeighbourItem;
    // Properties in the order the item always had, for readers of its JSON.
    const relation = walk.relation[slot];
    const why = walk.why[slot];
    if (relation) item.relation = relation;
    if (why) item.why = why;
    const first = walk.first[slot];
    item.reasons = strongestReasons(first, VIA_LOG, i, walk);
    const more = (first?.length ?? 0) + VIA_LOG.viaCount(i) - item.reasons.length;
    if (more > 0) item.moreReasons = more;
    return item;
  });
  const center = itemOf(centre.note);
  const edges = edgesAmong(centre, walk, kept, items);
  const total = walk.count;
  // One literal per shape: a property added afterwards would change the object's map mid-run.
  if (total === items.length) return { center, items, edges, total };
  return { center, items, edges, total, cut: `showing ${items.length} of ${total} notes (limit ${limit})` };
}

/** Counts, for each other note drawing on `paper`, one shared paper, however many links it has to it. */
function countSharers(paper: Adjacency, centre: Adjacency, sharers: Map<Adjacency, number>): void {
  const { inc } = paper;
  // A source's pairs sit together: each source counts at its first `paper` link.
  let source: Adjacency | undefined;
  let counted = false;
  for (let p = 0; p < inc.length; p += 2) {
    const from = inc[p] as Adjacency;
    if (from !== source) {
      source = from;
      counted = false;
    }
    if (counted || from === centre || (inc[p + 1] as RawLink).kind !== 'paper') continue;
    counted = true;
    sharers.set(from, (sharers.get(from) ?? 0) + 1);
  }
}

/** Direct edges among the kept notes, and a link to the centre for notes found only through co-citation or shared papers. */
function edgesAmong(centre: Adjacency, walk: WalkState, kept: readonly number[], items: readonly NeighbourItem[]): NeighbourEdge[] {
  /** 0 for the centre, 1 + its place for a kept note, -1 for any other. */
  const placeOf = (end: Adjacency): number => {
    if (end === centre) return 0;
    const slot = walk.slotOf(end);
    return slot < 0 || walk.keptAt[slot] < 0 ? -1 : walk.keptAt[slot] + 1;
  };
  const touched = new Uint8Array(kept.length + 1);
  const edges: NeighbourEdge[] = [];
  for (let i = 0; i <= kept.length; i++) {
    const from = i === 0 ? centre : walk.ends[kept[i - 1]];
    // One edge per target and kind from each note: its edges so far are the tail of the list.
    const first = edges.length;
    const { links, outs } = from;
    for (let p = 0; p < outs.length; p += 2) {
      const to = outs[p + 1] as Adjacency;
      const at = placeOf(to);
      if (at < 0) continue;
      const edge = links[outs[p] as number];
      const target = to.path;
      let seen = false;
      for (let k = first; k < edges.length && !seen; k++) seen = edges[k].target === target && edges[k].kind === edge.kind;
      if (seen) continue;
      const e: NeighbourEdge = { source: from.path, target, kind: edge.kind };
      if (edge.relation) e.relation = edge.relation;
      edges.push(e);
      touched[i] = 1;
      touched[at] = 1;
    }
  }
  kept.forEach((slot, i) => {
    if (touched[i + 1] === 1 || walk.depth[slot] !== 1) return;
    const coCited = (walk.first[slot] ?? []).some(([r]) => r.startsWith('co-cited'));
    edges.push({ source: centre.path, target: items[i].path, kind: coCited ? 'co-cited' : 'shares-papers' });
  });
  return edges;
}
