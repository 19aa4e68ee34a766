/** graphology's own serialised form, which `Graph.from` and `graph.import` read back unchanged. */
import type { SerializedGraph } from 'graphology-types';
import type { CorpusGraph, EdgeAttributes, NodeAttributes } from '../graph/corpus-graph';
import type { ExportSelection } from './scope';

/** The selected part of the graph as `graph.export()` would give it, in the selection's order. */
export function toSerialisedGraph(graph: CorpusGraph, selection: ExportSelection): SerializedGraph<NodeAttributes, EdgeAttributes> {
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: { ...graph.getAttributes() },
    nodes: selection.nodes.map((key) => ({ key, attributes: { ...graph.getNodeAttributes(key) } })),
    edges: selection.edges.map((key) => ({
      key,
      source: graph.source(key),
      target: graph.target(key),
      attributes: { ...graph.getEdgeAttributes(key) },
    })),
  };
}
