/** The floor for the drawn neighbourhood: a subgraph in graphology, random start positions, 100 ForceAtlas2 iterations. */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { Random } from '../random';
import type { MapGraph } from './map-graph';

/** Lays out the centre and the walked notes with the edges among them; returns the positions. */
export function layoutFloor(map: MapGraph, centre: string, walked: readonly [string, number][], seed: number): Map<string, { x: number; y: number }> {
  const random = new Random(seed);
  const graph = new Graph({ type: 'undirected' });
  graph.addNode(centre, { x: 0, y: 0 });
  for (const [path] of walked) graph.addNode(path, { x: random.next() * 2 - 1, y: random.next() * 2 - 1 });
  graph.forEachNode((node) => {
    for (const edge of map.out.get(node) ?? []) {
      if (edge.other !== node && graph.hasNode(edge.other) && !graph.hasEdge(node, edge.other)) graph.addEdge(node, edge.other);
    }
  });
  forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, a) => positions.set(node, { x: a.x as number, y: a.y as number }));
  return positions;
}
