// @vitest-environment happy-dom
import { createRequire } from 'node:module';
import vm from 'node:vm';
import esbuild from 'esbuild';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorpusGraphModel } from '../../src/views/corpus-graph-model';
import { newDisplayGraph, syncDisplayGraph, type DisplayGraph } from '../../src/views/display-graph';
import { WorkerLayout, layoutSettings, type LayoutState } from '../../src/views/layout-runner';

/** ForceAtlas2 keeps 10 numbers per node in its matrix; x and y come first. */
const PER_NODE = 10;

/** A Worker that records what the supervisor sends and lets the test answer as the worker would. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: { settings: Record<string, unknown>; nodes: ArrayBuffer; edges?: ArrayBuffer }[] = [];
  terminated = false;
  private listener: ((event: { data: { nodes: ArrayBuffer } }) => void) | null = null;

  constructor(readonly url: string) {
    FakeWorker.made.push(this);
  }

  addEventListener(_type: string, listener: (event: { data: { nodes: ArrayBuffer } }) => void): void {
    this.listener = listener;
  }

  postMessage(data: { settings: Record<string, unknown>; nodes: ArrayBuffer; edges?: ArrayBuffer }): void {
    this.sent.push(data);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the last request with every node moved by `dx`. */
  reply(dx: number): void {
    const nodes = new Float32Array(this.sent[this.sent.length - 1].nodes.slice(0));
    for (let i = 0; i < nodes.length; i += PER_NODE) nodes[i] += dx;
    this.listener?.({ data: { nodes: nodes.buffer } });
  }
}

let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  FakeWorker.made = [];
  frames = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:layout');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function triangle(): DisplayGraph {
  const display = newDisplayGraph();
  const model: CorpusGraphModel = {
    nodes: ['a.md', 'b.md', 'c.md'].map((path) => ({ path, title: path, kind: 'concept', degree: 2, size: 5 })),
    edges: [['a.md', 'b.md'], ['b.md', 'c.md'], ['c.md', 'a.md']].map(([source, target]) => ({ key: `${source}\u2192${target}`, source, target, kind: 'related', relation: '' })),
    matching: 3,
    capped: false,
  };
  syncDisplayGraph(display, model, new Map());
  return display;
}

describe('the layout in its worker', () => {
  it('sends the worker the inferred settings and the seeded positions', () => {
    const display = triangle();
    const layout = new WorkerLayout(display, () => undefined);
    layout.start();
    const [worker] = FakeWorker.made;
    expect(worker.url).toBe('blob:layout');
    expect(worker.sent[0].settings).toMatchObject({ ...layoutSettings(3) });
    const nodes = new Float32Array(worker.sent[0].nodes);
    display.forEachNode((_path, attrs) => {
      const at = display.nodes().indexOf(_path) * PER_NODE;
      expect([nodes[at], nodes[at + 1]]).toEqual([Math.fround(attrs.x), Math.fround(attrs.y)]);
    });
    layout.kill();
  });

  it('stops by itself once the nodes barely move, and can be resumed', () => {
    const display = triangle();
    const states: LayoutState[] = [];
    const layout = new WorkerLayout(display, (state) => states.push(state), { threshold: 0.01, calmFrames: 2, budgetMs: 60000 });
    layout.start();
    const [worker] = FakeWorker.made;
    const frame = (): void => frames.shift()?.(0);
    for (const dx of [40, 30, 0.01, 0.01]) {
      worker.reply(dx);
      frame();
    }
    frame();
    expect(states).toEqual(['running', 'settled']);
    expect(layout.state).toBe('settled');
    const asked = worker.sent.length;
    worker.reply(10);
    // A stopped supervisor asks the worker for nothing more.
    expect(worker.sent.length).toBe(asked);
    layout.start();
    expect(states.at(-1)).toBe('running');
    layout.stop();
    expect(states.at(-1)).toBe('stopped');
  });

  it('ends the worker when killed', () => {
    const layout = new WorkerLayout(triangle(), () => undefined);
    layout.start();
    layout.kill();
    expect(FakeWorker.made[0].terminated).toBe(true);
  });

  it('says it failed, without throwing, where no worker can be made', () => {
    vi.stubGlobal('Worker', class {
      constructor() {
        throw new Error('Workers are blocked here');
      }
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const layout = new WorkerLayout(triangle(), () => undefined);
    expect(layout.state).toBe('failed');
    expect(() => layout.start()).not.toThrow();
  });
});

describe('the worker code in the plugin bundle', () => {
  it('still runs on its own after minification, as the Blob worker runs it', async () => {
    // The supervisor turns a function into the worker's source text: minified, it must not reach outside itself.
    const built = await esbuild.build({
      stdin: { contents: "module.exports = require('graphology-layout-forceatlas2/webworker.js');", resolveDir: process.cwd(), loader: 'js' },
      bundle: true, format: 'cjs', platform: 'browser', target: 'es2018', minify: true, write: false,
    });
    const holder = { exports: {} as unknown };
    vm.runInNewContext(built.outputFiles[0].text, { module: holder, exports: holder.exports, require: createRequire(import.meta.url) });
    const source = `(${String(holder.exports)}).call(this);`;
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const posted: { nodes: ArrayBuffer }[] = [];
    const self = { addEventListener: (_t: string, f: (event: { data: unknown }) => void) => listeners.push(f), postMessage: (d: { nodes: ArrayBuffer }) => posted.push(d) };
    vm.runInNewContext(source, { self, Float32Array, Math });
    const node = (x: number, y: number): number[] => [x, y, 0, 0, 0, 0, 1, 1, 1, 0];
    const nodes = new Float32Array([...node(0, 0), ...node(1, 0), ...node(0, 1)]);
    const edges = new Float32Array([0, PER_NODE, 1]);
    const settings = { linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1, barnesHutTheta: 0.5, ...layoutSettings(3) };
    listeners[0]({ data: { settings, nodes: nodes.buffer, edges: edges.buffer } });
    expect(posted).toHaveLength(1);
    const after = new Float32Array(posted[0].nodes);
    expect(after).toHaveLength(3 * PER_NODE);
    expect([after[0], after[1]]).not.toEqual([0, 0]);
    expect([...after].every(Number.isFinite)).toBe(true);
  });
});
