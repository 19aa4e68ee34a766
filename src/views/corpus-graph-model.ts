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
import { finish, sortSteps, within, type Steps } from './sliced-job';

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
  /** Sorted by source path, then target path. */
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

/** Notes or links handled between two points where the work may pause. */
const BATCH = 256;

/**
 * The notes kept by the cap, in path order: the highest degrees, ties by path; the focus always.
 * Degrees are small integers, so notes are grouped by degree rather than sorted: no comparison
 * sort over tens of thousands of notes.
 */
function applyCap(paths: string[], degree: (path: string) => number, cap: number, focus: string | null): string[] {
  if (paths.length <= cap) return paths;
  const byDegree = new Map<number, string[]>();
  for (const path of paths) {
    const d = degree(path);
    const group = byDegree.get(d);
    if (group) group.push(path);
    else byDegree.set(d, [path]);
  }
  const kept = new Set<string>();
  let last: string | null = null;
  for (const d of [...byDegree.keys()].sort((a, b) => b - a)) {
    for (const path of byDegree.get(d) ?? []) {
      if (kept.size >= cap) break;
      kept.add(path);
      last = path;
    }
  }
  if (focus !== null && !kept.has(focus)) {
    // The focus takes the place of the least linked note kept.
    if (last !== null) kept.delete(last);
    kept.add(focus);
  }
  return paths.filter((path) => kept.has(path));
}

/** Builds the model of what to draw. */
export function buildGraphModel(graph: CorpusGraph, noteOf: NoteLookup, options: GraphModelOptions): CorpusGraphModel {
  return finish(graphModelSteps(graph, noteOf, options));
}

/** {@link buildGraphModel} as steps that may pause, for a vault too large to model in one go. */
export function* graphModelSteps(graph: CorpusGraph, noteOf: NoteLookup, options: GraphModelOptions): Steps<CorpusGraphModel> {
  const focus = options.focus && graph.hasNode(options.focus) ? options.focus : null;
  const all = graph.nodes();
  const matching: string[] = [];
  for (let i = 0; i < all.length; i++) {
    if (notePasses(graph, all[i], options.filters, noteOf)) matching.push(all[i]);
    if (i % BATCH === BATCH - 1) yield (0.4 * i) / all.length;
  }
  if (focus !== null && !matching.includes(focus)) matching.push(focus);
  yield* within(sortSteps(matching), 0.4, 0.45);
  const degree = (path: string): number => graph.degree(path);
  const kept = applyCap(matching, degree, options.cap, focus);
  yield 0.5;
  const shown = new Set(kept);
  let maxDegree = 0;
  for (const path of kept) maxDegree = Math.max(maxDegree, degree(path));
  const nodes: ShownNode[] = [];
  const edges: ShownEdge[] = [];
  // The links of one note, by target: each link is met once, from the note that holds it.
  const own = new Map<string, ShownEdge>();
  for (let i = 0; i < kept.length; i++) {
    const path = kept[i];
    const attrs = graph.getNodeAttributes(path);
    const d = degree(path);
    nodes.push({ path, title: attrs.title, kind: attrs.kind, degree: d, size: nodeSize(d, maxDegree) });
    own.clear();
    graph.forEachOutEdge(path, (_key, link, source, target) => {
      if (source === target || !shown.has(target) || !linkPasses(link, options.filters.link)) return;
      const held = own.get(target);
      if (held && KIND_RANK[held.kind] <= KIND_RANK[link.kind]) return;
      own.set(target, { key: `${source}\u2192${target}`, source, target, kind: link.kind, relation: link.kind === 'related' ? relationWord(link.relation) : '' });
    });
    // Sorted a note at a time: the whole list comes out by source, then target, with no sort of it all.
    for (const target of [...own.keys()].sort()) edges.push(own.get(target) as ShownEdge);
    if (i % BATCH === BATCH - 1) yield 0.5 + (0.5 * i) / kept.length;
  }
  return { nodes, edges, matching: matching.length, capped: kept.length < matching.length };
}
