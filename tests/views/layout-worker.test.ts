// @vitest-environment happy-dom
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorpusGraphModel } from '../../src/views/corpus-graph-model';
import { newDisplayGraph, syncDisplayGraph, type DisplayGraph } from '../../src/views/display-graph';
import { layoutSettings } from '../../src/views/layout-runner';
import { LayoutWorker, matrixSteps } from '../../src/views/layout-worker';
import { finish } from '../../src/views/sliced-job';

/** ForceAtlas2's matrix holds ten numbers per node, x and y first. */
const PER_NODE = 10;

interface Sent {
  nodes: ArrayBuffer;
  edges?: ArrayBuffer;
}

/** A Worker that keeps what it is sent and answers when the test says. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: Sent[] = [];
  private listener: ((event: { data: { nodes: ArrayBuffer } }) => void) | null = null;

  constructor() {
    FakeWorker.made.push(this);
  }

  addEventListener(_type: string, listener: (event: { data: { nodes: ArrayBuffer } }) => void): void {
    this.listener = listener;
  }

  postMessage(data: Sent): void {
    this.sent.push(data);
  }

  terminate(): void {
    this.listener = null;
  }

  /** Answers the last request with node `i` at (100 + i, 50 - i). */
  answer(): void {
    const nodes = new Float32Array(this.sent[this.sent.length - 1].nodes.slice(0));
    for (let i = 0; i * PER_NODE < nodes.length; i++) {
      nodes[i * PER_NODE] = 100 + i;
      nodes[i * PER_NODE + 1] = 50 - i;
    }
    this.listener?.({ data: { nodes: nodes.buffer } });
  }
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:layout');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A small corpus drawing: a hub linked both ways to some notes, and a loner. */
function drawing(): DisplayGraph {
  const paths = ['hub.md', 'a.md', 'b.md', 'c.md', 'loner.md'];
  const model: CorpusGraphModel = {
    nodes: paths.map((path, i) => ({ path, title: path, kind: 'concept', degree: 0, size: 3 + i })),
    edges: [['hub.md', 'a.md'], ['a.md', 'hub.md'], ['hub.md', 'b.md'], ['c.md', 'hub.md'], ['b.md', 'c.md']].map(([source, target]) => ({
      key: `${source}\u2192${target}`, source, target, kind: 'related', relation: '',
    })),
    matching: paths.length,
    capped: false,
  };
  const display = newDisplayGraph();
  syncDisplayGraph(display, model, new Map());
  return display;
}

/** The links of an edge matrix as "source target weight" rows, sorted: their order does not matter to the layout. */
function links(edges: Float32Array): string[] {
  const rows: string[] = [];
  for (let i = 0; i < edges.length; i += 3) rows.push(`${edges[i]} ${edges[i + 1]} ${edges[i + 2]}`);
  return rows.sort();
}

describe('the matrices the layout worker starts from', () => {
  it('are those graphology\'s own supervisor would send: positions, masses and sizes, every link', () => {
    const display = drawing();
    const ours = finish(matrixSteps(display));
    const theirs = graphToByteArrays(display, () => 1);
    expect([...ours.nodes]).toEqual([...theirs.nodes]);
    expect(links(ours.edges)).toEqual(links(theirs.edges));
    // The hub has four links: its mass is one more.
    expect(ours.nodes[6]).toBe(5);
    expect(ours.nodes[4 * PER_NODE + 6]).toBe(1);
  });
});

describe('positions coming back from the worker', () => {
  it('go into the drawn notes without a graphology event, and the renderer hears of them once', () => {
    const display = drawing();
    const events = vi.fn();
    display.on('eachNodeAttributesUpdated', events);
    display.on('nodeAttributesUpdated', events);
    const moved = vi.fn();
    const layout = new LayoutWorker(display, layoutSettings(display.order), moved);
    layout.start();
    const [worker] = FakeWorker.made;
    expect(worker.sent).toHaveLength(1);
    expect(worker.sent[0].edges).toBeDefined();
    worker.answer();
    expect(display.getNodeAttributes('hub.md')).toMatchObject({ x: 100, y: 50 });
    expect(display.getNodeAttributes('loner.md')).toMatchObject({ x: 104, y: 46 });
    expect(moved).toHaveBeenCalledTimes(1);
    expect(events).not.toHaveBeenCalled();
    // It asks again at once, with the positions only.
    expect(worker.sent).toHaveLength(2);
    expect(worker.sent[1].edges).toBeUndefined();
  });

  it('are dropped after a stop, and a restart while a request is out waits for its answer', () => {
    const display = drawing();
    const moved = vi.fn();
    const layout = new LayoutWorker(display, layoutSettings(display.order), moved);
    layout.start();
    const [worker] = FakeWorker.made;
    layout.stop();
    worker.answer();
    expect(moved).not.toHaveBeenCalled();
    expect(worker.sent).toHaveLength(1);
    layout.start();
    // No request was out: the restart's goes at once, from the graph's positions, with the links.
    expect(worker.sent).toHaveLength(2);
    expect(worker.sent[1].edges).toBeDefined();
    display.setNodeAttribute('hub.md', 'x', 7);
    layout.start();
    // One request is out: the new start waits for its answer, which is dropped.
    expect(worker.sent).toHaveLength(2);
    worker.answer();
    expect(moved).not.toHaveBeenCalled();
    expect(worker.sent).toHaveLength(3);
    expect(new Float32Array(worker.sent[2].nodes)[0]).toBe(7);
  });
});
