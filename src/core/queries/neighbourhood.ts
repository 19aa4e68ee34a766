/**
 * The neighbourhood of a note: the corpus notes within a few hops along every kind
 * of edge, both ways, plus co-citation by a line and shared papers; ranked by a
 * score that says why, with hubs damped so that they do not flood it.
 */
import type { CorpusIndex } from '../graph/corpus-index';
import type { Edge, EdgeKind } from '../types';
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
function reasonOf(edge: Edge, outgoing: boolean): string {
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

interface Found {
  score: number;
  relation?: string;
  why?: string;
  depth: number;
  reasons: Map<string, number>;
}

/** Damps a hub's contribution: about 1 for ordinary notes, falling slowly past `hubDegree`. */
export function hubDamping(degree: number, hubDegree: number): number {
  return 1 / (1 + Math.log2(1 + degree / Math.max(1, hubDegree)));
}

/** `neighbourhood(note, {depth, limit})`. */
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
  const centre = index.note(path);
  if (!centre) return null;
  const found = new Map<string, Found>();
  const degree = (p: string): number => index.degree(p);
  const credit = (target: string, amount: number, hop: number, reason: string): void => {
    if (target === path) return;
    const note = index.note(target);
    if (!note || note.kind === 'note') return;
    let entry = found.get(target);
    if (!entry) found.set(target, (entry = { score: 0, depth: hop, reasons: new Map() }));
    entry.depth = Math.min(entry.depth, hop);
    entry.score += amount;
    entry.reasons.set(reason, (entry.reasons.get(reason) ?? 0) + amount);
  };
  const visitEdges = (from: string, each: (other: string, edge: Edge, outgoing: boolean) => void): void => {
    for (const edge of index.outEdges(from)) each(edge.target, edge, true);
    for (const [source, edges] of index.inEdges(from)) for (const edge of edges) each(source, edge, false);
  };

  // Hop 1: direct edges, then co-citation and shared papers through lines and papers that are not hubs.
  const coCited = new Map<string, number>();
  const coCitingLines = new Set<string>();
  const sharedPapers = new Map<string, number>();
  visitEdges(path, (other, edge, outgoing) => {
    credit(other, WEIGHT[edge.kind] * hubDamping(degree(other), opts.hubDegree), 1, reasonOf(edge, outgoing));
    const entry = found.get(other);
    if (entry && edge.kind === 'related' && (edge.relation || edge.why) && (outgoing || entry.relation === undefined)) {
      entry.relation = edge.relation;
      entry.why = edge.why;
    }
    if (degree(other) > opts.hubDegree) return;
    const via = index.note(other);
    // A line co-cites what it draws on: its `sources`, or for a line without them the concepts its essay links.
    if (!outgoing && (edge.kind === 'source' || edge.kind === 'link') && via?.kind === 'line' && !coCitingLines.has(other)) {
      const cited = sourcePaths(index, via);
      if (cited.includes(path)) {
        coCitingLines.add(other);
        for (const target of cited) if (target !== path) coCited.set(target, (coCited.get(target) ?? 0) + 1);
      }
    }
    if (outgoing && edge.kind === 'paper' && via?.kind === 'paper') {
      for (const [source, edges] of index.inEdges(other)) {
        if (source !== path && edges.some((e) => e.kind === 'paper')) sharedPapers.set(source, (sharedPapers.get(source) ?? 0) + 1);
      }
    }
  });
  for (const [other, n] of coCited) credit(other, n * hubDamping(degree(other), opts.hubDegree), 1, `co-cited by ${n} line${n === 1 ? '' : 's'}`);
  for (const [other, n] of sharedPapers) credit(other, 1.5 * n * hubDamping(degree(other), opts.hubDegree), 1, `shares ${n} paper${n === 1 ? '' : 's'}`);

  // Further hops: direct edges only, each hop worth half the one before, never through a hub.
  let frontier = [...found.keys()];
  for (let hop = 2; hop <= depthLimit; hop++) {
    const nextFrontier: string[] = [];
    for (const from of frontier) {
      if (degree(from) > opts.hubDegree) continue;
      const title = index.note(from)?.title ?? from;
      visitEdges(from, (other, edge) => {
        const isNew = !found.has(other) && other !== path;
        credit(other, WEIGHT[edge.kind] * 0.5 ** (hop - 1) * hubDamping(degree(other), opts.hubDegree), hop, `via ${title}`);
        if (isNew && found.has(other)) nextFrontier.push(other);
      });
    }
    frontier = nextFrontier;
  }

  const ranked = [...found.entries()]
    .map(([p, f]): NeighbourItem => ({
      ...itemOf(index.note(p) ?? { path: p, title: p, kind: 'note', titleFromName: true, aliases: [], tags: [] }),
      score: Math.round(f.score * 1000) / 1000,
      depth: f.depth,
      ...(f.relation ? { relation: f.relation } : {}),
      ...(f.why ? { why: f.why } : {}),
      reasons: [...f.reasons.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r),
    }))
    .sort((a, b) => b.score - a.score || a.depth - b.depth || a.title.localeCompare(b.title) || (a.path < b.path ? -1 : 1));
  const items = ranked.slice(0, limit);
  const result: Neighbourhood = { center: itemOf(centre), items, edges: edgesAmong(index, path, items), total: ranked.length };
  if (ranked.length > items.length) result.cut = `showing ${items.length} of ${ranked.length} notes (limit ${limit})`;
  return result;
}

/** Direct edges among the kept notes, and a link to the centre for notes found only through co-citation or shared papers. */
function edgesAmong(index: CorpusIndex, centre: string, items: NeighbourItem[]): NeighbourEdge[] {
  const kept = new Set([centre, ...items.map((i) => i.path)]);
  const edges: NeighbourEdge[] = [];
  const touched = new Set<string>();
  const seen = new Set<string>();
  for (const from of kept) {
    for (const edge of index.outEdges(from)) {
      if (!kept.has(edge.target)) continue;
      const key = `${from}\u0000${edge.target}\u0000${edge.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const e: NeighbourEdge = { source: from, target: edge.target, kind: edge.kind };
      if (edge.relation) e.relation = edge.relation;
      edges.push(e);
      touched.add(from);
      touched.add(edge.target);
    }
  }
  for (const item of items) {
    if (touched.has(item.path) || item.depth !== 1) continue;
    const kind = item.reasons.some((r) => r.startsWith('co-cited')) ? 'co-cited' : 'shares-papers';
    edges.push({ source: centre, target: item.path, kind });
  }
  return edges;
}
