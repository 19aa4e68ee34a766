/**
 * The neighbourhood of a note: the corpus notes within a few hops along every kind
 * of edge, both ways, plus co-citation by a line and shared papers; ranked by a
 * score that says why, with hubs damped so that they do not flood it.
 */
import type { Adjacency, CorpusIndex } from '../graph/corpus-index';
import { KIND_CODE, KIND_OF_CODE, kindCodeOf, linkIndexOf } from '../graph/index-entry';
import type { Edge, EdgeKind } from '../types';
import { itemOf, type NoteItem } from './items';
import { topSlots } from './neighbourhood-rank';
import { strongestReasons } from './neighbourhood-reasons';
import { ViaLog } from './neighbourhood-vias';
import type { Tally } from './neighbourhood-tally';
import { DEFAULT_HUB_DEGREE, WalkState } from './neighbourhood-walk';
import { room } from './walk-arrays';
import { sourceRecords } from './sources';

export { MAX_REASONS } from './neighbourhood-reasons';
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
/** The same weights by kind code, read past the first hop without reaching for the link. */
const WEIGHT_OF_CODE = Float64Array.from(KIND_OF_CODE, (kind) => WEIGHT[kind]);
const { related: RELATED, source: SOURCE, paper: PAPER, link: LINK, property: PROPERTY } = KIND_CODE;

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

/** The reason of an edge of each kind code, where the kind alone says it: out from the centre, and in. */
const OUT_REASONS = KIND_OF_CODE.map((kind) => reasonOf({ kind, field: '' }, true));
const IN_REASONS = KIND_OF_CODE.map((kind) => reasonOf({ kind, field: '' }, false));

/** "co-cited by 2 lines", "shares 1 paper": made once for each count, since a walk next to a hub gives hundreds. */
const CO_CITED: string[] = [];
const SHARES: string[] = [];

function countedReason(made: string[], n: number, verb: string, noun: string): string {
  return (made[n] ??= `${verb} ${n} ${noun}${n === 1 ? '' : 's'}`);
}

// The walk's working state, reused from walk to walk: walks are synchronous and never overlap.
const WALK = new WalkState();
const VIA_LOG = new ViaLog();
/** The notes a line cites, while the walk counts them. */
const CITED: Adjacency[] = [];

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
    walkFrom(index, centre, walk, depthLimit);
    return answer(index, centre, walk, limit);
  } finally {
    walk.end();
    CITED.length = 0;
  }
}

/** Reaches every note within `depthLimit` links of the centre, crediting each. */
function walkFrom(index: CorpusIndex, centre: Adjacency, walk: WalkState, depthLimit: number): void {
  // Hop 1: direct edges, then co-citation and shared papers through lines and papers that are not hubs.
  const { outs, inc } = centre;
  for (let p = 0; p < outs.length; p += 2) direct(walk, outs[p + 1] as Adjacency, centre, outs[p] as number, true);
  for (let p = 0; p < inc.length; p += 2) direct(walk, inc[p] as Adjacency, inc[p] as Adjacency, inc[p + 1] as number, false);
  // The notes an edge reached from the centre have the first slots: the next hop starts from them.
  let frontierStart = 0;
  let frontierEnd = walk.count;
  for (const end of walk.coCitations.notes) {
    const n = walk.coCitations.count(end);
    const slot = walk.credit(end, n, countedReason(CO_CITED, n, 'co-cited by', 'line'));
    if (slot >= 0) walk.coCited[slot] = 1;
  }
  for (const end of walk.sharedPapers.notes) {
    const n = walk.sharedPapers.count(end);
    walk.credit(end, 1.5 * n, countedReason(SHARES, n, 'shares', 'paper'));
  }

  // Further hops: direct edges only, each hop worth half the one before, never through a hub.
  const log = VIA_LOG;
  log.clear();
  for (let hop = 2; hop <= depthLimit; hop++) {
    const factor = 0.5 ** (hop - 1);
    for (let from = frontierStart; from < frontierEnd; from++) expand(walk, log, from, hop, factor);
    // Next: the notes reached by this hop, and after the first the co-cited and paper-sharing
    // notes (two links away, reached without an edge), which sit right after the direct ones.
    frontierStart = frontierEnd;
    frontierEnd = walk.count;
  }
}

/**
 * A first-hop edge between the centre and `end` (`outgoing` when the centre holds it), the link of
 * `code` in the links of `holder`: its credit, and the lines and papers it leads through.
 */
function direct(walk: WalkState, end: Adjacency, holder: Adjacency, code: number, outgoing: boolean): void {
  const centre = walk.centre as Adjacency;
  const kind = kindCodeOf(code);
  // Only a related link's relation and a property's field show in the reason: for any other edge
  // its kind says it all, and the link itself (two more reads from memory) is not fetched.
  const edge = kind === RELATED || (outgoing && kind === PROPERTY) ? holder.links[linkIndexOf(code)] : undefined;
  const slot = walk.credit(end, WEIGHT_OF_CODE[kind], edge === undefined ? (outgoing ? OUT_REASONS : IN_REASONS)[kind] : reasonOf(edge, outgoing));
  if (slot >= 0 && kind === RELATED && edge !== undefined && (edge.relation || edge.why) && (outgoing || walk.relation[slot] === undefined)) {
    walk.relation[slot] = edge.relation;
    walk.why[slot] = edge.why;
  }
  if (end.degree > walk.hubDegree) return;
  // A line co-cites what it draws on: its `sources`, or for a line without them the concepts its essay links.
  if (!outgoing && (kind === SOURCE || kind === LINK) && end.kind === 'line' && !walk.coCitingLines.has(end)) {
    sourceRecords(end, CITED);
    if (CITED.includes(centre)) {
      walk.coCitingLines.add(end);
      const tally = walk.coCitations;
      tally.next();
      for (const cited of CITED) if (cited !== centre) tally.add(cited);
    }
  }
  if (outgoing && kind === PAPER && end.kind === 'paper') countSharers(end, centre, walk.sharedPapers);
}

/**
 * The edges of the note in slot `from`, walked at `hop` unless it is a hub. A function of its own,
 * called for each note of the frontier: it is compiled after a few walks, where the loop inside a
 * function called once a walk would run unoptimised for the first hundred.
 */
function expand(walk: WalkState, log: ViaLog, from: number, hop: number, factor: number): void {
  const { degree, outs, inc } = walk.ends[from];
  if (degree > walk.hubDegree) return;
  for (let p = 0; p < outs.length; p += 2) further(walk, log, outs[p + 1] as Adjacency, outs[p] as number, from, hop, factor);
  for (let p = 0; p < inc.length; p += 2) further(walk, log, inc[p] as Adjacency, inc[p + 1] as number, from, hop, factor);
}

/** A credit past the first hop: `end` reached at `hop` from the note in slot `from` by the edge of `code`. */
function further(walk: WalkState, log: ViaLog, end: Adjacency, code: number, from: number, hop: number, factor: number): void {
  const slot = walk.reach(end, hop);
  if (slot < 0) return;
  const amount = WEIGHT_OF_CODE[kindCodeOf(code)] * factor * walk.damping[slot];
  walk.score[slot] += amount;
  log.add(slot, from, amount);
}

/** The ranked answer from what the walk reached. */
function answer(index: CorpusIndex, centre: Adjacency, walk: WalkState, limit: number): Neighbourhood {
  const kept = topSlots(walk, limit);
  walk.keep(kept);
  VIA_LOG.sumVias(kept, walk, index);
  const items: NeighbourItem[] = [];
  for (let i = 0; i < kept.length; i++) {
    const slot = kept[i];
    const { note } = walk.ends[slot];
    const reasons = strongestReasons(walk, slot, VIA_LOG, i);
    const more = walk.reasonCount[slot] + VIA_LOG.viaCount(i) - reasons.length;
    // Every item has every property, in the order its JSON always had: one shape for all. An
    // absent one is `undefined`, which JSON leaves out.
    items.push({
      path: note.path,
      title: note.title,
      kind: note.kind,
      score: walk.shown[slot],
      depth: walk.depth[slot],
      relation: walk.relation[slot] || undefined,
      why: walk.why[slot] || undefined,
      reasons,
      moreReasons: more > 0 ? more : undefined,
    });
  }
  const center = itemOf(centre.note);
  const edges = edgesAmong(centre, walk, kept, items);
  const total = walk.count;
  return { center, items, edges, total, cut: total === items.length ? undefined : `showing ${items.length} of ${total} notes (limit ${limit})` };
}

/** Counts, for each other note drawing on `paper`, one shared paper, however many links it has to it. */
function countSharers(paper: Adjacency, centre: Adjacency, tally: Tally): void {
  const { inc } = paper;
  tally.next();
  for (let p = 0; p < inc.length; p += 2) {
    const from = inc[p] as Adjacency;
    if (from !== centre && kindCodeOf(inc[p + 1] as number) === PAPER) tally.add(from);
  }
}

/** Which kept notes an edge of `edgesAmong` touched, by place (0: the centre): kept from walk to walk. */
let touched = new Uint8Array(64);

/**
 * Adds the edges from `from` (the centre, or the kept note at place `i - 1`) to the centre and the
 * kept notes, one per target and kind, and marks both ends in `touched`. Called for each kept
 * note, so that it is compiled after a few walks (see `expand`).
 */
function edgesFrom(from: Adjacency, i: number, centre: Adjacency, walk: WalkState, edges: NeighbourEdge[]): void {
  // The note's edges so far are the tail of the list.
  const first = edges.length;
  const { links, outs } = from;
  for (let p = 0; p < outs.length; p += 2) {
    const to = outs[p + 1] as Adjacency;
    // 0 for the centre, 1 + its place for a kept note, -1 for any other.
    const slot = to === centre ? -1 : walk.slotOf(to);
    const at = to === centre ? 0 : slot < 0 || walk.keptAt[slot] < 0 ? -1 : walk.keptAt[slot] + 1;
    if (at < 0) continue;
    const edge = links[linkIndexOf(outs[p] as number)];
    const target = to.path;
    let seen = false;
    for (let k = first; k < edges.length && !seen; k++) seen = edges[k].target === target && edges[k].kind === edge.kind;
    if (seen) continue;
    // One shape for every edge, as for items.
    edges.push({ source: from.path, target, kind: edge.kind, relation: edge.relation || undefined });
    touched[i] = 1;
    touched[at] = 1;
  }
}

/** Direct edges among the kept notes, and a link to the centre for notes found only through co-citation or shared papers. */
function edgesAmong(centre: Adjacency, walk: WalkState, kept: readonly number[], items: readonly NeighbourItem[]): NeighbourEdge[] {
  touched = room(touched, kept.length + 1);
  touched.fill(0, 0, kept.length + 1);
  const edges: NeighbourEdge[] = [];
  for (let i = 0; i <= kept.length; i++) edgesFrom(i === 0 ? centre : walk.ends[kept[i - 1]], i, centre, walk, edges);
  for (let i = 0; i < kept.length; i++) {
    const slot = kept[i];
    if (touched[i + 1] === 1 || walk.depth[slot] !== 1) continue;
    edges.push({ source: centre.path, target: items[i].path, kind: walk.coCited[slot] === 1 ? 'co-cited' : 'shares-papers', relation: undefined });
  }
  return edges;
}
