/**
 * graphology's ForceAtlas2 web worker, driven here rather than by the package's own
 * supervisor. That one writes each batch of positions with a graphology event, and
 * sigma answers the event by reading every note again, twice, on the main thread:
 * at ten thousand notes that alone holds the interface for tens of milliseconds,
 * many times a second. Here the positions go straight into the nodes' attributes
 * and the renderer is told once, to draw them at its next frame; and the matrices
 * the worker takes are filled in slices.
 */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults';
import { createWorker } from 'graphology-layout-forceatlas2/helpers';
import workerCode from 'graphology-layout-forceatlas2/webworker';
import type { DisplayGraph, DisplayNode } from './display-graph';
import { runSliced, type SlicedJob, type Steps } from './sliced-job';

/** Numbers per node in the worker's matrix: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed. */
const PER_NODE = 10;
/** Numbers per link: source, target, weight. */
const PER_EDGE = 3;
/** Notes handled between two points where filling the matrices may pause. */
const BATCH = 256;

/** What the worker starts from, and where its answers go. */
interface Matrices {
  nodes: Float32Array;
  edges: Float32Array;
  /** The nodes' attributes, in the matrix's order. */
  attributes: DisplayNode[];
}

/** The worker's matrices for `graph`, as graphology's supervisor fills them: every link of weight 1, a node's mass one more than its degree. */
export function* matrixSteps(graph: DisplayGraph): Steps<Matrices> {
  const paths = graph.nodes();
  const nodes = new Float32Array(paths.length * PER_NODE);
  const edges = new Float32Array(graph.size * PER_EDGE);
  const attributes: DisplayNode[] = [];
  const offset = new Map<string, number>();
  for (let i = 0; i < paths.length; i++) {
    const attrs = graph.getNodeAttributes(paths[i]);
    const at = i * PER_NODE;
    attributes.push(attrs);
    offset.set(paths[i], at);
    nodes[at] = attrs.x;
    nodes[at + 1] = attrs.y;
    nodes[at + 6] = 1;
    nodes[at + 7] = 1;
    nodes[at + 8] = attrs.size || 1;
    if (i % BATCH === BATCH - 1) yield (0.3 * i) / paths.length;
  }
  let e = 0;
  for (let i = 0; i < paths.length; i++) {
    graph.forEachOutEdge(paths[i], (_key, _attrs, source, target) => {
      const s = offset.get(source) ?? 0;
      const t = offset.get(target) ?? 0;
      nodes[s + 6]++;
      nodes[t + 6]++;
      edges[e] = s;
      edges[e + 1] = t;
      edges[e + 2] = 1;
      e += PER_EDGE;
    });
    if (i % BATCH === BATCH - 1) yield 0.3 + (0.7 * i) / paths.length;
  }
  return { nodes, edges, attributes };
}

/**
 * The worker and the requests to it. One request is out at a time; a restart while one is out
 * waits for its answer, so that two runs never answer at once.
 */
export class LayoutWorker {
  private readonly worker: Worker;
  private readonly settings: Required<ForceAtlas2Settings>;
  private nodes: Float32Array | null = null;
  /** The attributes of the nodes, in the matrix's order: positions are written into them directly. */
  private attributes: DisplayNode[] = [];
  private running = false;
  private asked = false;
  /** Fills the matrices of a start. */
  private building: SlicedJob | null = null;
  /** The matrices of a start, waiting for the answer to a request made before it. */
  private waiting: Matrices | null = null;

  constructor(private readonly graph: DisplayGraph, settings: ForceAtlas2Settings, private readonly onMove: () => void) {
    this.settings = { ...FA2_DEFAULTS, ...settings };
    this.worker = createWorker(workerCode);
    this.worker.addEventListener('message', (event: MessageEvent<{ nodes: ArrayBuffer }>) => this.answer(event.data.nodes));
  }

  /** Starts from the graph's positions as they are now. */
  start(): void {
    this.building?.cancel();
    this.running = true;
    this.waiting = null;
    this.building = runSliced(() => matrixSteps(this.graph), {
      done: (matrices) => {
        this.waiting = matrices;
        if (!this.asked) this.ask();
      },
    });
  }

  /** Takes in no more positions and asks for none. */
  stop(): void {
    this.running = false;
    this.building?.cancel();
    this.waiting = null;
  }

  /** Ends the worker. */
  kill(): void {
    this.stop();
    this.worker.terminate();
  }

  private answer(buffer: ArrayBuffer): void {
    this.asked = false;
    // Dropped when stopped, or when a restart is on its way: it then starts from the graph as it was.
    if (!this.running || this.building?.running === true) return;
    if (this.waiting === null) {
      const nodes = new Float32Array(buffer);
      const attributes = this.attributes;
      // Written in place, without graphology's events: the renderer is told once below.
      for (let i = 0; i < attributes.length; i++) {
        attributes[i].x = nodes[i * PER_NODE];
        attributes[i].y = nodes[i * PER_NODE + 1];
      }
      this.nodes = nodes;
      this.onMove();
    }
    this.ask();
  }

  private ask(): void {
    const fresh = this.waiting;
    this.waiting = null;
    if (fresh !== null) {
      this.nodes = fresh.nodes;
      this.attributes = fresh.attributes;
    }
    if (this.nodes === null) return;
    const message = { settings: this.settings, nodes: this.nodes.buffer, ...(fresh ? { edges: fresh.edges.buffer } : {}) };
    // The buffers move to the worker, which sends the nodes back: nothing is copied.
    this.worker.postMessage(message, fresh ? [fresh.nodes.buffer, fresh.edges.buffer] : [this.nodes.buffer]);
    this.asked = true;
  }
}
