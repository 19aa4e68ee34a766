/**
 * Draws the display graph with sigma (WebGL). Thin by design: what to draw is in
 * the model and the display graph; this maps kinds to the theme's colours, fades
 * all but a hovered note's neighbours, rings the focused note, and passes clicks
 * and hovers to the view. sigma is loaded only when a renderer is made, and only
 * where WebGL exists, because the library touches WebGL as soon as it loads.
 */
import type Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph';
import { edgeColor, nodeColor, readPalette, type GraphPalette } from './graph-palette';

/** What the renderer tells the view. */
export interface RendererHost {
  /** A note was clicked; the event says whether Mod was held. */
  open(path: string, event: MouseEvent | undefined): void;
  /** The pointer came onto a note; `anchor` is an element laid over the note, for the hover preview. */
  hover(path: string, event: MouseEvent, anchor: HTMLElement): void;
}

/** What the view asks of a renderer. */
export interface GraphRenderer {
  /** Redraws after the graph changed. */
  refresh(): void;
  /** Rings a note (or none) and, with `move`, brings the camera to it. */
  setFocus(path: string | null, move: boolean): void;
  /** Reads the theme's colours again. */
  restyle(): void;
  /** The pane changed size. */
  resize(): void;
  /** Where a note is drawn, in pixels from the stage's top left corner; `null` when it is not drawn. */
  positionOf(path: string): { x: number; y: number } | null;
  /** Releases the WebGL contexts and listeners. */
  kill(): void;
}

/** Makes a renderer in `container`; rejects when it cannot draw there. */
export type RendererFactory = (container: HTMLElement, graph: DisplayGraph, host: RendererHost) => Promise<GraphRenderer>;

/** The message the view shows when there is no WebGL. */
export const NO_WEBGL = 'The corpus graph needs WebGL, which this device or Obsidian window does not offer. The filters and counts still work; the corpus health view lists the same notes.';

/** True when a WebGL context can be made, which sigma needs (and WebGL 2's constants, which it reads on load). */
export function webglAvailable(): boolean {
  if (typeof WebGL2RenderingContext === 'undefined') return false;
  try {
    const canvas = createEl('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // A page may hold only a few WebGL contexts: give this test one back at once.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return context !== null;
  } catch {
    return false;
  }
}

/** The renderer of the plugin: sigma, loaded on first use. */
export const sigmaRenderer: RendererFactory = async (container, graph, host) => {
  if (!webglAvailable()) throw new Error(NO_WEBGL);
  const { default: SigmaClass } = await import('sigma');
  return new SigmaRenderer(SigmaClass, container, graph, host);
};

const mouseOf = (event: MouseEvent | TouchEvent): MouseEvent | undefined => ('button' in event ? event : undefined);

class SigmaRenderer implements GraphRenderer {
  private readonly sigma: Sigma<DisplayNode, DisplayEdge>;
  private palette: GraphPalette;
  private hovered: string | null = null;
  private neighbours = new Set<string>();
  private focus: string | null = null;
  private readonly anchor: HTMLElement;

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
      defaultDrawNodeHover: (context, data, s) => this.drawHover(context, data, s),
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
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      this.neighbours.clear();
      container.removeClass('is-hovering');
      this.anchor.removeAttribute('data-href');
      this.sigma.refresh({ skipIndexation: true });
    });
  }

  refresh(): void {
    if (this.hovered !== null && !this.graph.hasNode(this.hovered)) this.hovered = null;
    this.sigma.refresh();
  }

  setFocus(path: string | null, move: boolean): void {
    this.focus = path;
    this.sigma.refresh();
    if (!move || path === null) return;
    const at = this.sigma.getNodeDisplayData(path);
    if (at) void this.sigma.getCamera().animate({ x: at.x, y: at.y, ratio: 0.25 }, { duration: 500 });
  }

  restyle(): void {
    this.palette = readPalette(this.container);
    this.sigma.setSettings(this.themeSettings());
    this.sigma.refresh({ skipIndexation: true });
  }

  resize(): void {
    this.sigma.resize();
    this.sigma.refresh({ skipIndexation: true });
  }

  positionOf(path: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(path)) return null;
    const attrs = this.graph.getNodeAttributes(path);
    return this.sigma.graphToViewport({ x: attrs.x, y: attrs.y });
  }

  kill(): void {
    this.sigma.kill();
    this.anchor.remove();
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

  /** The hovered or focused note's label on a box of the theme's background, not sigma's fixed white. */
  private drawHover(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number; label?: string | null }, settings: Settings<DisplayNode, DisplayEdge>): void {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.fillStyle = this.palette.labelBackground;
    context.shadowBlur = 6;
    context.shadowColor = this.palette.faded;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.fill();
    if (typeof data.label === 'string' && data.label !== '') {
      const width = context.measureText(data.label).width + 8;
      context.fillRect(data.x + data.size + 2, data.y - size / 2 - 4, width, size + 8);
      context.shadowBlur = 0;
      context.fillStyle = this.palette.label;
      context.fillText(data.label, data.x + data.size + 6, data.y + size / 3);
    }
    context.shadowBlur = 0;
    context.strokeStyle = this.palette.focus;
    context.lineWidth = 2;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 1, 0, Math.PI * 2);
    context.stroke();
  }
}
