/**
 * The drawing part of the corpus graph view: the display graph, the renderer made
 * once (asynchronously: sigma loads on first use) and the layout, remade only when
 * notes or links came or went, since the worker takes the links only when it starts.
 * The display graph is filled in slices. The first time, the renderer is made only
 * once it is full: sigma then reads it in one animation frame, as it reads it at
 * every frame of the layout, instead of drawing it again and again as it grows.
 */
import type { Position } from '../core/graph/layout';
import type { CorpusGraphModel } from './corpus-graph-model';
import { newDisplayGraph, syncDisplaySteps, type DisplayGraph } from './display-graph';
import type { LayoutControl, LayoutFactory, LayoutState } from './layout-runner';
import type { GraphRenderer, RendererFactory, RendererHost } from './graph-renderer';
import { runSliced, type SlicedJob } from './sliced-job';

/** What draws and what lays out; tests put fakes in, since happy-dom has neither WebGL nor workers. */
export interface GraphEngine {
  renderer: RendererFactory;
  layout: LayoutFactory;
}

/** Where the renderer is: not asked for yet, loading, drawing, or unable to draw. */
export type RendererState = 'none' | 'pending' | 'ready' | 'failed';

/** The share of the drawing's progress the view's part (the graph and what to show of it) takes; filling the display graph takes the rest. */
export const MODEL_SHARE = 0.6;

/** What the stage says while a large graph is being drawn: "Drawing the graph… 40%". */
export function drawingText(share: number): string {
  return `Drawing the graph… ${Math.min(99, Math.max(0, Math.floor(share * 100)))}%`;
}

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
  /** The model to draw next. */
  private pending: CorpusGraphModel | null = null;
  /** The job filling the display graph, while it runs. */
  private job: SlicedJob | null = null;
  /** True when notes or links came or went since the layout started (a fill stopped halfway counts too). */
  private restructured = false;

  constructor(
    private readonly el: HTMLElement,
    private readonly engine: GraphEngine,
    private readonly host: RendererHost,
    /** Told whenever the renderer or the layout changes state. */
    private readonly onChange: () => void,
  ) {
    this.messageEl = el.createDiv({ cls: 'inquiring-lines-empty inquiring-lines-graph-message', attr: { 'data-graph-message': '' } });
    const restructured = (): void => {
      this.restructured = true;
    };
    this.display.on('nodeAdded', restructured);
    this.display.on('nodeDropped', restructured);
    this.display.on('edgeAdded', restructured);
    this.display.on('edgeDropped', restructured);
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
    this.pending = model;
    this.fill();
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
    this.job?.cancel();
    this.job = null;
    this.layout?.kill();
    this.layout = null;
    this.renderer?.kill();
    this.renderer = null;
  }

  /** Brings the display graph in line with the waiting model, in slices; a new model stops the fill of an older one. */
  private fill(): void {
    const model = this.pending;
    if (model === null) return;
    this.pending = null;
    this.job?.cancel();
    this.job = runSliced(() => syncDisplaySteps(this.display, model, this.memory), {
      progress: (share) => this.say(drawingText(MODEL_SHARE + (1 - MODEL_SHARE) * share)),
      done: () => this.filled(),
    });
  }

  private filled(): void {
    if (this.rendererState === 'none') this.startRenderer();
    this.say(this.rendererState === 'failed' ? this.failure : this.rendererState === 'pending' ? 'Drawing the graph…' : null);
    this.renderer?.refresh();
    this.restartLayout();
    this.showFocus();
  }

  /** The worker took the notes and links when it started: when they changed, a new one starts from where the notes are now. */
  private restartLayout(): void {
    if (!this.restructured || this.rendererState !== 'ready') return;
    this.restructured = false;
    this.layout?.kill();
    this.layout = null;
    this.startLayout();
  }

  private startLayout(): void {
    this.layout = this.engine.layout(this.display, (state) => this.setLayoutState(state), () => this.renderer?.refresh());
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
      // A fill still under way ends with its own message, layout and focus.
      if (this.job?.running !== true) {
        this.say(null);
        this.restartLayout();
        this.showFocus();
      }
      this.onChange();
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
