/**
 * The neighbourhood graph as something to draw: from the neighbourhood and its
 * layout to nodes and edges with coordinates, sizes, classes and labels. Pure,
 * so what the view draws is tested without a DOM.
 */
import { hashString, type Position } from '../core/graph/layout';
import type { Neighbourhood } from '../core/queries/neighbourhood';
import type { NodeKind } from '../core/types';

/** The drawing's size in SVG units; the SVG scales it to the pane. */
export interface GraphSize {
  width: number;
  height: number;
}

/** A node to draw. */
export interface GraphNodeModel {
  path: string;
  /** The full title, for the tooltip. */
  title: string;
  /** The title cut short to fit under the node. */
  label: string;
  /** Where the middle of the label goes: under the node, moved in from an edge so that it stays inside the drawing. */
  labelX: number;
  kind: NodeKind;
  center: boolean;
  x: number;
  y: number;
  radius: number;
  /** False for minor nodes of a crowded graph: their label shows on hover only. */
  labelled: boolean;
  cls: string;
}

/** An edge to draw. */
export interface GraphEdgeModel {
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  cls: string;
  /** The first word of the relation, for `related` edges that give one. */
  relation?: string;
}

/** The whole drawing: edges first (underneath), then nodes, the centre last (on top). */
export interface GraphModel {
  width: number;
  height: number;
  edges: GraphEdgeModel[];
  nodes: GraphNodeModel[];
}

/** The default size: a sidebar's width, a little less tall. */
export const DEFAULT_GRAPH_SIZE: Readonly<GraphSize> = Object.freeze({ width: 320, height: 260 });

/** Colour classes for relation words: a word always gets the same one of these. */
const RELATION_HUES = 8;
const CENTER_RADIUS = 10;
const MIN_RADIUS = 4;
const MAX_RADIUS = 8;
/** Room at the edges for node radius and labels. */
const MARGIN = 28;
/** Up to this many neighbours, every node is labelled; past it, only the best-ranked ones. */
const LABELLED = 12;
/** Label sizes in SVG units, as the stylesheet sets them (`.inquiring-lines-node-label`). */
const LABEL_FONT = 9;
const CENTER_LABEL_FONT = 10;
/** A character's width as a share of the font size: more than most characters take, so a label is never thought narrower than it is. */
const CHAR_WIDTH = 0.62;
/** Room between a label and the drawing's edge. */
const EDGE_PAD = 2;

/** The middle of a label under a node at `x`, moved in from the edges of a drawing `width` wide so that all of it shows. */
export function labelMiddle(x: number, label: string, font: number, width: number): number {
  const half = ([...label].length * font * CHAR_WIDTH) / 2 + EDGE_PAD;
  if (2 * half >= width) return width / 2;
  return Math.round(Math.min(Math.max(x, half), width - half) * 10) / 10;
}

/** The first word of a relation, lower-cased ("adjacent framing" -> "adjacent"); `''` when none. */
export function relationWord(relation: string | undefined): string {
  return (relation ?? '').trim().split(/[\s:,;]+/)[0]?.toLowerCase() ?? '';
}

/** The class of a relation word: a stable hue, so edges and groups of one word share a colour. */
export function relationClass(word: string): string {
  return word === '' ? 'inquiring-lines-relation-none' : `inquiring-lines-relation-hue-${hashString(word) % RELATION_HUES}`;
}

/** A title cut to `max` characters, with an ellipsis when cut. */
export function shortLabel(title: string, max: number): string {
  const chars = [...title.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Builds the drawing of a neighbourhood laid out at `positions` (each in [-1, 1]). */
export function graphModel(hood: Neighbourhood, positions: ReadonlyMap<string, Position>, size: GraphSize = DEFAULT_GRAPH_SIZE): GraphModel {
  const centre = positions.get(hood.center.path) ?? { x: 0, y: 0 };
  const offset = (path: string): Position => {
    const p = positions.get(path) ?? centre;
    return { x: p.x - centre.x, y: p.y - centre.y };
  };
  const reach = Math.max(0, ...hood.items.map((i) => Math.hypot(offset(i.path).x, offset(i.path).y)));
  const place = (path: string): { x: number; y: number } => {
    const p = offset(path);
    const r = Math.hypot(p.x, p.y);
    // A few far nodes would squeeze the rest into the middle: the square root of the
    // distance (angles kept) gives the crowd near the centre room to read.
    const k = r > 0 && reach > 0 ? Math.sqrt(r / reach) / r : 0;
    const round = (v: number): number => Math.round(v * 10) / 10;
    return {
      x: round(MARGIN + ((p.x * k + 1) / 2) * (size.width - 2 * MARGIN)),
      y: round(MARGIN + ((p.y * k + 1) / 2) * (size.height - 2 * MARGIN)),
    };
  };
  const maxScore = Math.max(0, ...hood.items.map((i) => i.score));
  const nodes: GraphNodeModel[] = hood.items.map((item, rank) => {
    // Items come ranked, best first.
    const labelled = hood.items.length <= LABELLED || rank < LABELLED;
    const spot = place(item.path);
    const label = shortLabel(item.title, 18);
    return {
      path: item.path,
      title: item.title,
      label,
      labelX: labelMiddle(spot.x, label, LABEL_FONT, size.width),
      kind: item.kind,
      center: false,
      ...spot,
      radius: maxScore > 0 ? Math.round((MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * (item.score / maxScore)) * 10) / 10 : MIN_RADIUS,
      labelled,
      cls: `inquiring-lines-node inquiring-lines-node-${item.kind}${labelled ? '' : ' inquiring-lines-node-quiet'}`,
    };
  });
  const c = hood.center;
  const centreAt = place(c.path);
  const centreLabel = shortLabel(c.title, 28);
  nodes.push({
    path: c.path,
    title: c.title,
    label: centreLabel,
    labelX: labelMiddle(centreAt.x, centreLabel, CENTER_LABEL_FONT, size.width),
    kind: c.kind,
    center: true,
    ...centreAt,
    radius: CENTER_RADIUS,
    labelled: true,
    cls: `inquiring-lines-node inquiring-lines-node-${c.kind} inquiring-lines-node-center`,
  });
  const at = new Map(nodes.map((n) => [n.path, n]));
  const edges: GraphEdgeModel[] = [];
  for (const edge of hood.edges) {
    const from = at.get(edge.source);
    const to = at.get(edge.target);
    if (!from || !to || from === to) continue;
    const classes = ['inquiring-lines-edge', `inquiring-lines-edge-${edge.kind}`];
    const word = edge.kind === 'related' ? relationWord(edge.relation) : '';
    if (edge.kind === 'related') classes.push(relationClass(word));
    if (from.center || to.center) classes.push('inquiring-lines-edge-center');
    const model: GraphEdgeModel = { source: from.path, target: to.path, x1: from.x, y1: from.y, x2: to.x, y2: to.y, cls: classes.join(' ') };
    if (word) model.relation = word;
    edges.push(model);
  }
  return { width: size.width, height: size.height, edges, nodes };
}
