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
import { finish, type Steps } from './sliced-job';

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
  return finish(syncDisplaySteps(display, model, memory));
}

/** Notes or links handled between two points where the sync may pause. */
const BATCH = 128;

/**
 * {@link syncDisplayGraph} as steps that may pause: the renderer draws the display graph
 * and answers each change of it, so filling it with thousands of notes is done in slices.
 * Attributes that did not change are not written again, which would make the renderer
 * read the note again for nothing.
 */
export function* syncDisplaySteps(display: DisplayGraph, model: CorpusGraphModel, memory: Map<string, Position>): Steps<SyncResult> {
  const total = display.order + display.size + model.nodes.length + model.edges.length + 1;
  let done = 0;
  const tick = (): boolean => ++done % BATCH === 0;
  display.forEachNode((path, attrs) => memory.set(path, { x: attrs.x, y: attrs.y }));
  const wanted = new Set(model.nodes.map((node) => node.path));
  let removed = 0;
  for (const path of display.nodes()) {
    if (!wanted.has(path)) {
      display.dropNode(path);
      removed++;
    }
    if (tick()) yield done / total;
  }
  const firstFill = display.order === 0 && memory.size === 0;
  const spread = spreadFor(model.nodes.length);
  // Only a note placed for the first time beside notes already drawn needs its neighbours.
  let neighbours: Map<string, string[]> | null = null;
  let added = 0;
  for (const node of model.nodes) {
    if (tick()) yield done / total;
    if (display.hasNode(node.path)) {
      const now = display.getNodeAttributes(node.path);
      if (now.size !== node.size || now.label !== node.title || now.kind !== node.kind) display.mergeNodeAttributes(node.path, { size: node.size, label: node.title, kind: node.kind });
      continue;
    }
    let place = memory.get(node.path);
    if (!place) {
      if (!firstFill) neighbours ??= neighbourLists(model);
      const anchors = (neighbours?.get(node.path) ?? []).flatMap((n) => {
        const at = display.hasNode(n) ? display.getNodeAttributes(n) : memory.get(n);
        return at ? [{ x: at.x, y: at.y }] : [];
      });
      place = seedNear(node.path, anchors, spread);
    }
    display.addNode(node.path, { size: node.size, label: node.title, kind: node.kind, x: place.x, y: place.y });
    added++;
  }
  let relinked = false;
  if (display.size > 0) {
    // Built in steps too: hashing tens of thousands of keys made by joining two paths is slow.
    const edgeKeys = new Set<string>();
    for (let i = 0; i < model.edges.length; i++) {
      edgeKeys.add(model.edges[i].key);
      if (i % (BATCH * 8) === 0) yield done / total;
    }
    for (const key of display.edges()) {
      if (!edgeKeys.has(key)) {
        display.dropEdge(key);
        relinked = true;
      }
      if (tick()) yield done / total;
    }
  }
  for (const edge of model.edges) {
    if (tick()) yield done / total;
    if (!display.hasEdge(edge.key)) {
      display.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, { kind: edge.kind, relation: edge.relation });
      relinked = true;
      continue;
    }
    const now = display.getEdgeAttributes(edge.key);
    if (now.kind !== edge.kind || now.relation !== edge.relation) display.replaceEdgeAttributes(edge.key, { kind: edge.kind, relation: edge.relation });
  }
  return { added, removed, relinked };
}

/** Each shown note's neighbours in the model, both ways. */
function neighbourLists(model: CorpusGraphModel): Map<string, string[]> {
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
  return neighbours;
}
