/**
 * ForceAtlas2 on the whole corpus, in graphology's web worker (layout-worker.ts),
 * so the main thread only takes in positions. Each animation frame the runner
 * reads them and asks the settle detector whether to go on.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { DisplayGraph } from './display-graph';
import { LayoutWorker } from './layout-worker';
import { SettleDetector, settleOptionsFor, type SettleOptions } from './layout-settle';

/** Where a layout is: never started, running, settled by itself, stopped by the user, out of time, or unable to run. */
export type LayoutState = 'idle' | 'running' | 'settled' | 'stopped' | 'out-of-time' | 'failed';

/** What the view asks of a layout. */
export interface LayoutControl {
  readonly state: LayoutState;
  /** Starts or resumes; the settle detector starts afresh. */
  start(): void;
  /** Stops at the user's request; `start` resumes from where the nodes are. */
  stop(): void;
  /** Ends the worker for good. */
  kill(): void;
}

/** Builds a layout over a graph; `onState` hears each change of state, `onMove` each batch of new positions. */
export type LayoutFactory = (graph: DisplayGraph, onState: (state: LayoutState) => void, onMove: () => void) => LayoutControl;

/** The worker's settings: what ForceAtlas2 infers for a graph of this order (Barnes-Hut past 2,000 notes). */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return forceAtlas2.inferSettings(order);
}

/** The positions of a graph's nodes as `x0, y0, x1, y1…`, written into `into` when it has the right length. */
export function readPositions(graph: DisplayGraph, into?: Float64Array): Float64Array {
  const out = into?.length === graph.order * 2 ? into : new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_key, attrs) => {
    out[i++] = attrs.x;
    out[i++] = attrs.y;
  });
  return out;
}

/** A layout in graphology's ForceAtlas2 worker. */
export class WorkerLayout implements LayoutControl {
  state: LayoutState = 'idle';
  private readonly supervisor: LayoutWorker | null = null;
  private frame: number | null = null;
  private detector: SettleDetector | null = null;
  private sample: Float64Array | undefined;

  constructor(
    private readonly graph: DisplayGraph,
    private readonly onState: (state: LayoutState) => void,
    private readonly settle: SettleOptions = settleOptionsFor(graph.order),
    onMove: () => void = () => undefined,
  ) {
    try {
      this.supervisor = new LayoutWorker(graph, layoutSettings(graph.order), onMove);
    } catch (error) {
      // A web view that refuses Blob workers: the graph is still drawn where the seeds put it.
      console.error('Inquiring Lines: the layout worker could not start.', error);
      this.state = 'failed';
    }
  }

  start(): void {
    if (!this.supervisor || this.state === 'running') return;
    this.supervisor.start();
    this.detector = new SettleDetector(performance.now(), this.settle);
    this.setState('running');
    this.nextFrame();
  }

  stop(): void {
    this.halt('stopped');
  }

  kill(): void {
    this.cancelFrame();
    this.supervisor?.kill();
    this.state = 'idle';
  }

  private halt(state: LayoutState): void {
    if (this.state !== 'running') return;
    this.cancelFrame();
    this.supervisor?.stop();
    this.setState(state);
  }

  private setState(state: LayoutState): void {
    this.state = state;
    this.onState(state);
  }

  private nextFrame(): void {
    this.frame = window.requestAnimationFrame(() => this.tick());
  }

  private cancelFrame(): void {
    if (this.frame !== null) window.cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private tick(): void {
    this.frame = null;
    if (this.state !== 'running' || !this.detector) return;
    this.sample = readPositions(this.graph, this.sample);
    const verdict = this.detector.observe(this.sample, performance.now());
    if (verdict === 'moving') this.nextFrame();
    else this.halt(verdict);
  }
}

/** The factory the view uses outside tests. */
export const workerLayout: LayoutFactory = (graph, onState, onMove) => new WorkerLayout(graph, onState, settleOptionsFor(graph.order), onMove);
