/**
 * The graph the renderer draws and the layout moves: the model's notes and links
 * with positions. An index update changes it in place: notes that stay keep their
 * place, new notes start beside their neighbours, so the layout goes on from where
 * it was instead of starting again.
 */
import Graph from 'graphology';
import { hashString, seededRandom, type Position } from '../core/graph/layout';
import type { EdgeKind, NodeKind } from '../core/types';
import type { CorpusGraphModel } from './corpus-graph-model';

/** A drawn note. */
export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  label: string;
  kind: NodeKind;
}

/** A drawn link. */
export interface DisplayEdge {
  kind: EdgeKind;
  relation: string;
}

/** The drawn graph. */
export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

/** What a sync changed; the layout runs again only when notes or links came or went. */
export interface SyncResult {
  added: number;
  removed: number;
  /** True when a link came or went. */
  relinked: boolean;
}

/** An empty drawn graph. */
export function newDisplayGraph(): DisplayGraph {
  return new Graph<DisplayNode, DisplayEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
}

/** The radius of the disc a graph of `order` notes starts in: ForceAtlas2's scale grows with the square root of the order. */
export function spreadFor(order: number): number {
  return 10 * Math.sqrt(Math.max(1, order));
}

/** Where a note with no placed neighbour starts: a point of the disc drawn from a hash of its path, the same on every run. */
export function seedPosition(path: string, spread: number): Position {
  const random = seededRandom(hashString(path));
  const angle = random() * 2 * Math.PI;
  // The square root spreads the points evenly over the disc instead of crowding its centre.
  const radius = spread * Math.sqrt(random());
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** Where a new note starts: close to the middle of its placed neighbours, off it by a hashed step so no two coincide. */
export function seedNear(path: string, anchors: readonly Position[], spread: number): Position {
  if (anchors.length === 0) return seedPosition(path, spread);
  const cx = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
  const cy = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
  const random = seededRandom(hashString(path));
  const angle = random() * 2 * Math.PI;
  const step = Math.max(1, spread * 0.02) * (0.5 + random());
  return { x: cx + Math.cos(angle) * step, y: cy + Math.sin(angle) * step };
}

/**
 * Brings `display` in line with `model`. `memory` keeps the last place of every note
 * ever drawn, so a note hidden by a filter and shown again comes back where it was.
 */
export function syncDisplayGraph(display: DisplayGraph, model: CorpusGraphModel, memory: Map<string, Position>): SyncResult {
  display.forEachNode((path, attrs) => memory.set(path, { x: attrs.x, y: attrs.y }));
  const wanted = new Map(model.nodes.map((node) => [node.path, node]));
  let removed = 0;
  for (const path of display.nodes()) {
    if (wanted.has(path)) continue;
    display.dropNode(path);
    removed++;
  }
  const firstFill = display.order === 0 && memory.size === 0;
  const spread = spreadFor(model.nodes.length);
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const edge of model.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  let added = 0;
  for (const node of model.nodes) {
    const attrs = { size: node.size, label: node.title, kind: node.kind };
    if (display.hasNode(node.path)) {
      display.mergeNodeAttributes(node.path, attrs);
      continue;
    }
    let place = memory.get(node.path);
    if (!place) {
      const anchors = firstFill ? [] : (neighbours.get(node.path) ?? []).flatMap((n) => {
        const at = display.hasNode(n) ? display.getNodeAttributes(n) : memory.get(n);
        return at ? [{ x: at.x, y: at.y }] : [];
      });
      place = seedNear(node.path, anchors, spread);
    }
    display.addNode(node.path, { ...attrs, x: place.x, y: place.y });
    added++;
  }
  const edgeKeys = new Set(model.edges.map((edge) => edge.key));
  let relinked = false;
  for (const key of display.edges()) {
    if (edgeKeys.has(key)) continue;
    display.dropEdge(key);
    relinked = true;
  }
  for (const edge of model.edges) {
    const attrs = { kind: edge.kind, relation: edge.relation };
    if (display.hasEdge(edge.key)) display.replaceEdgeAttributes(edge.key, attrs);
    else {
      display.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attrs);
      relinked = true;
    }
  }
  return { added, removed, relinked };
}
