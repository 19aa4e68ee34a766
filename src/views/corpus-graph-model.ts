/**
 * What the corpus graph view shows: the notes that pass the filters, cut to the
 * node cap by degree, each sized by its degree, and the links among them. Pure:
 * the renderer draws it, the tests read it.
 */
import type { CorpusGraph } from '../core/graph/corpus-graph';
import { formatCount } from '../core/prompt/text';
import type { EdgeKind, NodeKind } from '../core/types';
import { linkPasses, notePasses, type GraphFilters, type NoteLookup } from './graph-filters';
import { relationWord } from './graph-model';

/** A note shown. */
export interface ShownNode {
  path: string;
  title: string;
  kind: NodeKind;
  /** Links to and from the note in the whole corpus, so a filter does not change its size. */
  degree: number;
  /** Radius in screen pixels. */
  size: number;
}

/** A link shown: one per pair of notes and direction, the most telling kind kept. */
export interface ShownEdge {
  key: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** The first word of a related link's relation; `''` for none. */
  relation: string;
}

/** The model. */
export interface CorpusGraphModel {
  /** Sorted by path. */
  nodes: ShownNode[];
  edges: ShownEdge[];
  /** Notes that passed the filters, before the cap. */
  matching: number;
  /** True when the cap left notes out. */
  capped: boolean;
}

/** Options of {@link buildGraphModel}. */
export interface GraphModelOptions {
  filters: GraphFilters;
  /** Notes drawn at most; the highest-degree ones are kept. */
  cap: number;
  /** A note that is always shown, whatever the filters and the cap: the one the user asked to see. */
  focus?: string | null;
}

const MIN_SIZE = 3;
const MAX_SIZE = 15;

/** Which link of several between two notes is drawn: the corpus's own relations before plain links. */
const KIND_RANK: Record<EdgeKind, number> = { related: 0, source: 1, paper: 2, next: 3, anchor: 4, property: 5, link: 6 };

/** A node's radius: grows with the square root of its degree, so hubs stand out without covering the rest. */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_SIZE;
  return Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.min(degree, maxDegree) / maxDegree)) * 10) / 10;
}

/** What the view says when the cap left notes out: "Showing 10,000 of 52,114 notes (cap in settings)". */
export function capNotice(model: CorpusGraphModel): string | null {
  if (!model.capped) return null;
  return `Showing ${formatCount(model.nodes.length)} of ${formatCount(model.matching)} notes (cap in settings)`;
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The notes kept by the cap: the highest degrees, ties by path; the focus always. */
function applyCap(paths: string[], degree: (path: string) => number, cap: number, focus: string | null): string[] {
  if (paths.length <= cap) return paths;
  const ranked = [...paths].sort((a, b) => degree(b) - degree(a) || byPath(a, b));
  const kept = ranked.slice(0, Math.max(0, cap));
  if (focus !== null && !kept.includes(focus)) kept.splice(Math.max(0, kept.length - 1), 1, focus);
  return kept.sort(byPath);
}

/** Builds the model of what to draw. */
export function buildGraphModel(graph: CorpusGraph, noteOf: NoteLookup, options: GraphModelOptions): CorpusGraphModel {
  const focus = options.focus && graph.hasNode(options.focus) ? options.focus : null;
  const matching = graph.filterNodes((path) => notePasses(graph, path, options.filters, noteOf));
  if (focus !== null && !matching.includes(focus)) matching.push(focus);
  matching.sort(byPath);
  const degree = (path: string): number => graph.degree(path);
  const kept = applyCap(matching, degree, options.cap, focus);
  const shown = new Set(kept);
  const maxDegree = kept.reduce((max, path) => Math.max(max, degree(path)), 0);
  const nodes = kept.map((path): ShownNode => {
    const attrs = graph.getNodeAttributes(path);
    const d = degree(path);
    return { path, title: attrs.title, kind: attrs.kind, degree: d, size: nodeSize(d, maxDegree) };
  });
  const edges = new Map<string, ShownEdge>();
  graph.forEachEdge((_key, attrs, source, target) => {
    if (source === target || !shown.has(source) || !shown.has(target) || !linkPasses(attrs, options.filters.link)) return;
    const key = `${source}\u2192${target}`;
    const held = edges.get(key);
    if (held && KIND_RANK[held.kind] <= KIND_RANK[attrs.kind]) return;
    edges.set(key, { key, source, target, kind: attrs.kind, relation: attrs.kind === 'related' ? relationWord(attrs.relation) : '' });
  });
  return { nodes, edges: [...edges.values()].sort((a, b) => byPath(a.key, b.key)), matching: matching.length, capped: kept.length < matching.length };
}
