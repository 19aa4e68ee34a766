/** For comparison: the corpus in graphology, built edge by edge from the floor's typed edges. */
import { MultiDirectedGraph } from 'graphology';
import type { NoteInput } from '../../src/core/types';
import type { MapGraph } from './map-graph';

/** A multi-graph with a node per note ({kind, title}) and an edge per typed link ({kind}). */
export function graphologyFloor(inputs: readonly NoteInput[], map: MapGraph): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const input of inputs) {
    const fm = input.frontmatter;
    const title = typeof fm?.title === 'string' ? fm.title : input.path;
    graph.addNode(input.path, { kind: typeof fm?.corpus === 'string' ? fm.corpus : 'note', title });
  }
  for (const [source, edges] of map.out) for (const edge of edges) graph.addDirectedEdge(source, edge.other, { kind: edge.kind });
  return graph;
}
