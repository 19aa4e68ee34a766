/**
 * The drawing part of the corpus graph view: the display graph, the renderer made
 * once (asynchronously: sigma loads on first use) and the layout, remade only when
 * notes or links came or went, because the worker's supervisor restarts itself on
 * any change of the graph's structure.
 */
import type { Position } from '../core/graph/layout';
import type { CorpusGraphModel } from './corpus-graph-model';
import { newDisplayGraph, syncDisplayGraph, type DisplayGraph } from './display-graph';
import type { LayoutControl, LayoutFactory, LayoutState } from './layout-runner';
import type { GraphRenderer, RendererFactory, RendererHost } from './sigma-renderer';

/** What draws and what lays out; tests put fakes in, since happy-dom has neither WebGL nor workers. */
export interface GraphEngine {
  renderer: RendererFactory;
  layout: LayoutFactory;
}

/** Where the renderer is: not asked for yet, loading, drawing, or unable to draw. */
export type RendererState = 'none' | 'pending' | 'ready' | 'failed';

/** The stage of the corpus graph. */
export class GraphStage {
  readonly display: DisplayGraph = newDisplayGraph();
  rendererState: RendererState = 'none';
  layoutState: LayoutState = 'idle';
  private readonly memory = new Map<string, Position>();
  private readonly messageEl: HTMLElement;
  private renderer: GraphRenderer | null = null;
  private layout: LayoutControl | null = null;
  /** Why the renderer could not start, shown in place of the graph. */
  private failure = '';
  /** Set by Stop: an update then places new notes without running the layout again. */
  private userStopped = false;
  private focus: string | null = null;
  /** True until the camera has gone to the latest focus. */
  private moveToFocus = false;
  private killed = false;

  constructor(
    private readonly el: HTMLElement,
    private readonly engine: GraphEngine,
    private readonly host: RendererHost,
    /** Told whenever the renderer or the layout changes state. */
    private readonly onChange: () => void,
  ) {
    this.messageEl = el.createDiv({ cls: 'inquiring-lines-empty inquiring-lines-graph-message', attr: { 'data-graph-message': '' } });
  }

  /** True when the layout can be started or stopped. */
  get canLayout(): boolean {
    return this.layout !== null && this.layoutState !== 'failed';
  }

  /** A message over the stage (`null` hides it), keeping what the renderer drew under it. */
  say(text: string | null): void {
    this.messageEl.setText(text ?? '');
    this.messageEl.toggle(text !== null);
  }

  /** Draws `model`, with `focus` ringed; `move` brings the camera to it once it is drawn. */
  show(model: CorpusGraphModel, focus: string | null, move: boolean): void {
    this.focus = focus;
    this.moveToFocus ||= move;
    this.sync(model);
    if (this.rendererState === 'none') this.startRenderer();
    else this.say(this.rendererState === 'failed' ? this.failure : this.rendererState === 'pending' ? 'Drawing the graph…' : null);
    this.showFocus();
  }

  /** Brings the camera to the focused note again. */
  refocus(): void {
    this.moveToFocus = this.focus !== null;
    this.showFocus();
  }

  /** The Stop and Resume button. */
  toggleLayout(): void {
    if (!this.layout) return;
    this.userStopped = this.layoutState === 'running';
    if (this.userStopped) this.layout.stop();
    else this.layout.start();
  }

  /** Where a note is drawn on the stage, in pixels; `null` when it is not drawn (or nothing is). */
  positionOf(path: string): { x: number; y: number } | null {
    return this.renderer?.positionOf(path) ?? null;
  }

  restyle(): void {
    this.renderer?.restyle();
  }

  resize(): void {
    this.renderer?.resize();
  }

  /** Ends the worker and the renderer. */
  kill(): void {
    this.killed = true;
    this.layout?.kill();
    this.layout = null;
    this.renderer?.kill();
    this.renderer = null;
  }

  private sync(model: CorpusGraphModel): void {
    const display = this.display;
    const structural = model.nodes.length !== display.order || model.edges.length !== display.size
      || model.nodes.some((n) => !display.hasNode(n.path)) || model.edges.some((e) => !display.hasEdge(e.key));
    if (!structural) {
      syncDisplayGraph(display, model, this.memory);
      return;
    }
    this.layout?.kill();
    this.layout = null;
    syncDisplayGraph(display, model, this.memory);
    this.renderer?.refresh();
    if (this.rendererState === 'ready') this.startLayout();
  }

  private startLayout(): void {
    this.layout = this.engine.layout(this.display, (state) => this.setLayoutState(state));
    if (this.layout.state === 'failed') this.setLayoutState('failed');
    else if (!this.userStopped) this.layout.start();
    this.onChange();
  }

  private setLayoutState(state: LayoutState): void {
    if (this.killed) return;
    this.layoutState = state;
    this.onChange();
  }

  private startRenderer(): void {
    this.rendererState = 'pending';
    this.say('Drawing the graph…');
    this.engine.renderer(this.el, this.display, this.host).then((renderer) => {
      if (this.killed) {
        renderer.kill();
        return;
      }
      this.renderer = renderer;
      this.rendererState = 'ready';
      this.say(null);
      this.startLayout();
      this.showFocus();
    }, (error: unknown) => {
      if (this.killed) return;
      this.failure = error instanceof Error ? error.message : String(error);
      this.rendererState = 'failed';
      this.say(this.failure);
      this.onChange();
    });
  }

  /** Rings the focused note and, once after each focus request, brings the camera to it. */
  private showFocus(): void {
    if (!this.renderer) return;
    const focus = this.focus !== null && this.display.hasNode(this.focus) ? this.focus : null;
    this.renderer.setFocus(focus, this.moveToFocus && focus !== null);
    if (focus !== null) this.moveToFocus = false;
  }
}
