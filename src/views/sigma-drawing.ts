/**
 * Draws the display graph with sigma (WebGL). Thin by design: what to draw is in
 * the model and the display graph; this maps kinds to the theme's colours, fades
 * all but a hovered note's neighbours, rings the focused note, and passes clicks
 * and hovers to the view.
 *
 * Nothing here has sigma read or draw the whole graph inside a task of the view's:
 * a redraw is scheduled for sigma's next animation frame, and when every note
 * must be looked at again (a hover fades all the others) sigma reads them a
 * slice at a time.
 */
import type Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph';
import { drawNodeHover, drawNodeLabel } from './graph-labels';
import { edgeColor, nodeColor, readPalette, type GraphPalette } from './graph-palette';
import type { GraphRenderer, RendererHost } from './graph-renderer';
import { runSliced, type SlicedJob, type Steps } from './sliced-job';

/** Notes or links sigma looks at again between two points where that may pause. */
const LOOKS_AT_ONCE = 500;

const mouseOf = (event: MouseEvent | TouchEvent): MouseEvent | undefined => ('button' in event ? event : undefined);

/** A renderer over sigma. */
export class SigmaRenderer implements GraphRenderer {
  private readonly sigma: Sigma<DisplayNode, DisplayEdge>;
  private palette: GraphPalette;
  private hovered: string | null = null;
  private neighbours = new Set<string>();
  private focus: string | null = null;
  private readonly anchor: HTMLElement;
  /** Has sigma look at every note again after a hover or a change of theme. */
  private relooking: SlicedJob | null = null;

  constructor(SigmaClass: typeof Sigma, private readonly container: HTMLElement, private readonly graph: DisplayGraph, host: RendererHost) {
    this.palette = readPalette(container);
    this.anchor = container.createDiv({ cls: 'inquiring-lines-graph-anchor', attr: { 'data-hover-anchor': '' } });
    const settings: Partial<Settings<DisplayNode, DisplayEdge>> = {
      allowInvalidContainer: true,
      defaultEdgeType: 'arrow',
      // Past a few thousand links, panning stays smooth only without them.
      hideEdgesOnMove: graph.size > 20000,
      labelRenderedSizeThreshold: 8,
      labelSize: 12,
      zIndex: true,
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
      nodeReducer: (node, data) => this.nodeLook(node, data),
      edgeReducer: (edge, data) => this.edgeLook(edge, data),
      defaultDrawNodeLabel: (context, data, s) => drawNodeLabel(context, data, s, this.palette),
      defaultDrawNodeHover: (context, data, s) => drawNodeHover(context, data, s, this.palette),
      ...this.themeSettings(),
    };
    this.sigma = new SigmaClass(graph, container, settings);
    this.sigma.on('clickNode', ({ node, event }) => host.open(node, mouseOf(event.original)));
    this.sigma.on('enterNode', ({ node, event }) => {
      this.hovered = node;
      this.neighbours = new Set(graph.neighbors(node));
      container.addClass('is-hovering');
      this.placeAnchor(node);
      const mouse = mouseOf(event.original);
      if (mouse) host.hover(node, mouse, this.anchor);
      this.relook();
    });
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      this.neighbours.clear();
      container.removeClass('is-hovering');
      this.anchor.removeAttribute('data-href');
      this.relook();
    });
  }

  refresh(): void {
    if (this.hovered !== null && !this.graph.hasNode(this.hovered)) {
      this.hovered = null;
      this.relook();
    }
    this.redrawSoon();
  }

  setFocus(path: string | null, move: boolean): void {
    const before = this.focus;
    this.focus = path;
    // Only the notes ringed before and now look different.
    const changed = [before, path].filter((node): node is string => node !== null && this.graph.hasNode(node));
    if (before !== path) this.sigma.refresh({ partialGraph: { nodes: changed }, schedule: true });
    if (!move || path === null) return;
    // Where the note is drawn is known once sigma has read the graph: after its next frame.
    this.sigma.once('afterRender', () => {
      const at = this.graph.hasNode(path) ? this.sigma.getNodeDisplayData(path) : undefined;
      if (at) void this.sigma.getCamera().animate({ x: at.x, y: at.y, ratio: 0.25 }, { duration: 500 });
    });
    this.redrawSoon();
  }

  restyle(): void {
    // The label drawers read the palette itself; sigma's own settings would have it read everything now.
    this.palette = readPalette(this.container);
    this.relook();
  }

  resize(): void {
    this.sigma.resize();
    this.redrawSoon();
  }

  positionOf(path: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(path)) return null;
    const attrs = this.graph.getNodeAttributes(path);
    return this.sigma.graphToViewport({ x: attrs.x, y: attrs.y });
  }

  kill(): void {
    this.relooking?.cancel();
    this.sigma.kill();
    this.anchor.remove();
  }

  /**
   * Has sigma read the positions and the graph's shape again and draw, at its next frame. A
   * full `refresh()` would read every note and link through the reducers now, in the caller's task.
   */
  private redrawSoon(): void {
    this.sigma.refresh({ partialGraph: { nodes: [] }, schedule: true });
  }

  /** Has sigma read every note and link through the reducers again, a slice at a time, and draw them as they come. */
  private relook(): void {
    this.relooking?.cancel();
    const { sigma, graph } = this;
    this.relooking = runSliced(function* (): Steps<void> {
      const nodes = graph.nodes();
      for (let i = 0; i < nodes.length; i += LOOKS_AT_ONCE) {
        sigma.refresh({ partialGraph: { nodes: nodes.slice(i, i + LOOKS_AT_ONCE) }, schedule: true });
        yield i / (nodes.length + graph.size);
      }
      const edges = graph.edges();
      for (let i = 0; i < edges.length; i += LOOKS_AT_ONCE) {
        sigma.refresh({ partialGraph: { edges: edges.slice(i, i + LOOKS_AT_ONCE) }, schedule: true });
        yield (nodes.length + i) / (nodes.length + edges.length);
      }
    }, { done: () => undefined });
  }

  private themeSettings(): Partial<Settings<DisplayNode, DisplayEdge>> {
    return { labelColor: { color: this.palette.label }, labelFont: this.palette.font, defaultEdgeColor: this.palette.edges.link };
  }

  private nodeLook(node: string, data: DisplayNode): Partial<NodeDisplayData> {
    const look: Partial<NodeDisplayData> = { x: data.x, y: data.y, size: data.size, label: data.label, color: nodeColor(this.palette, data.kind) };
    if (this.hovered !== null) {
      if (node === this.hovered || this.neighbours.has(node)) {
        look.forceLabel = true;
        look.zIndex = 1;
      } else {
        look.color = this.palette.faded;
        look.label = null;
      }
    }
    if (node === this.focus) {
      look.highlighted = true;
      look.forceLabel = true;
      look.size = data.size * 1.5;
      look.zIndex = 2;
    }
    return look;
  }

  private edgeLook(edge: string, data: DisplayEdge): Partial<EdgeDisplayData> {
    const look: Partial<EdgeDisplayData> = { color: edgeColor(this.palette, data.kind, data.relation), size: 1 };
    if (this.hovered !== null) {
      if (this.graph.hasExtremity(edge, this.hovered)) {
        look.color = edgeColor(this.palette, data.kind, data.relation, true);
        look.size = 2;
        look.zIndex = 1;
      } else {
        look.hidden = true;
      }
    }
    return look;
  }

  /** Lays the hover anchor over a note, so Obsidian's preview opens beside the note rather than the whole canvas. */
  private placeAnchor(node: string): void {
    const at = this.positionOf(node) ?? { x: 0, y: 0 };
    const size = Math.max(4, this.sigma.getNodeDisplayData(node)?.size ?? this.graph.getNodeAttribute(node, 'size'));
    this.anchor.setAttribute('data-href', node);
    const style = this.anchor.style;
    style.setProperty('left', `${at.x - size}px`);
    style.setProperty('top', `${at.y - size}px`);
    style.setProperty('width', `${size * 2}px`);
    style.setProperty('height', `${size * 2}px`);
  }
}
