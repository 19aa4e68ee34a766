/**
 * Which notes and links an export holds, and in what order. The order comes from the
 * paths, not from the order the index met the files, so one vault always gives one file.
 */
import type { CorpusGraph } from '../graph/corpus-graph';

/**
 * Which notes outside the corpus an export keeps: none (`corpus`), those with a link to
 * or from a corpus note (`linked`, the back-links a reader would see), or every file (`all`).
 */
export type NoteScope = 'corpus' | 'linked' | 'all';

/** Every {@link NoteScope}, for a command line or a setting. */
export const NOTE_SCOPES: readonly NoteScope[] = ['corpus', 'linked', 'all'];

/** What an export holds: node keys sorted by path; edge keys grouped by source note, each note's links in its own order. */
export interface ExportSelection {
  nodes: string[];
  edges: string[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The notes `scope` keeps and every link among them. */
export function selectForExport(graph: CorpusGraph, scope: NoteScope): ExportSelection {
  const kept = new Set(graph.filterNodes((key, attrs) =>
    attrs.kind !== 'note'
    || scope === 'all'
    || (scope === 'linked' && graph.someNeighbor(key, (_neighbour, neighbourAttrs) => neighbourAttrs.kind !== 'note'))));
  const nodes = [...kept].sort(byCodeUnit);
  const rank = new Map(nodes.map((key, i) => [key, i]));
  const sourceRank = (edge: string): number => rank.get(graph.source(edge)) ?? 0;
  // The graph lists a note's edges together and in the note's order (they are replaced as one
  // batch), so a stable sort by source keeps that order.
  const edges = graph
    .filterEdges((_edge, _attrs, source, target) => kept.has(source) && kept.has(target))
    .sort((a, b) => sourceRank(a) - sourceRank(b));
  return { nodes, edges };
}
