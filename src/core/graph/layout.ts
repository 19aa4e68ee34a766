/**
 * ForceAtlas2 positions for a small neighbourhood, the same on every run for the same
 * graph: each node starts where a hash of its path puts it, the centre is pinned.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** What a layout needs of a neighbourhood: its centre, its notes with their hop count, its edges. */
export interface LayoutInput {
  center: { path: string };
  items: readonly { path: string; depth: number }[];
  edges: readonly { source: string; target: string }[];
}

/** A node's place, in [-1, 1] on both axes, the centre at (0, 0). */
export interface Position {
  x: number;
  y: number;
}

/** A 32-bit FNV-1a hash of a string: the seed of a node's start position. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, so that layouts repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lays out a neighbourhood with ForceAtlas2 (synchronously: it is sidebar-sized). */
export function layoutNeighbourhood(hood: LayoutInput, iterations = 100): Map<string, Position> {
  const graph = new Graph<{ x: number; y: number; fixed?: boolean; size: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const centre = hood.center.path;
  graph.addNode(centre, { x: 0, y: 0, fixed: true, size: 1 });
  for (const item of hood.items) {
    const random = seededRandom(hashString(item.path));
    const angle = random() * 2 * Math.PI;
    const radius = item.depth * (0.5 + random());
    graph.addNode(item.path, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius, size: 1 });
  }
  for (const edge of hood.edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target) && !graph.hasEdge(edge.source, edge.target)) {
      graph.addEdge(edge.source, edge.target);
    }
  }
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false };
    forceAtlas2.assign(graph, { iterations, settings });
  }
  let extent = 0;
  graph.forEachNode((_, a) => {
    extent = Math.max(extent, Math.abs(a.x), Math.abs(a.y));
  });
  const scale = extent > 0 ? 1 / extent : 1;
  const positions = new Map<string, Position>();
  graph.forEachNode((node, a) => {
    positions.set(node, { x: Math.round(a.x * scale * 1e4) / 1e4, y: Math.round(a.y * scale * 1e4) / 1e4 });
  });
  return positions;
}
