// @vitest-environment happy-dom
import type * as O from 'obsidian';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateVault } from '../../bench/vault-generator';
import { buildIndex, type StandaloneIndex } from '../../src/core/build';
import { drawingSteps } from '../../src/views/corpus-graph-job';
import { buildGraphModel, graphModelSteps, type CorpusGraphModel } from '../../src/views/corpus-graph-model';
import { CorpusGraphView, type GraphEngine } from '../../src/views/corpus-graph-view';
import { newDisplayGraph, syncDisplayGraph, syncDisplaySteps, type DisplayGraph } from '../../src/views/display-graph';
import { DEFAULT_GRAPH_FILTERS, readFilters } from '../../src/views/graph-filters';
import type { LayoutControl } from '../../src/views/layout-runner';
import type { GraphRenderer } from '../../src/views/graph-renderer';
import { finish, type Steps } from '../../src/views/sliced-job';
import { vault } from '../helpers/vault';
import { WorkspaceLeaf } from '../stubs/obsidian';
import { READING } from './corpus-graph-vaults';
import { FakeWorkspace, fakeServices, textOf } from './harness';

/** Runs steps one at a time, as the slowest machine would, counting the pauses. */
function stepByStep<T>(steps: Steps<T>): { result: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done === true) return { result: next.value, pauses };
    pauses++;
  }
}

/** A display graph as sorted text, to compare two of them. */
function drawn(display: DisplayGraph): string[] {
  return [
    ...display.mapNodes((path, a) => `${path} ${a.label} ${a.kind} ${a.size} ${a.x} ${a.y}`),
    ...display.mapEdges((key, a, s, t) => `${key} ${s} ${t} ${a.kind} ${a.relation}`),
  ].sort();
}

let big: StandaloneIndex;

beforeAll(() => {
  big = buildIndex(generateVault({ notes: 1500, seed: 20240623 }).inputs);
});

afterEach(() => {
  document.body.empty();
});

describe('the corpus graph\'s model, worked out in slices', () => {
  const options = { filters: readFilters(DEFAULT_GRAPH_FILTERS), cap: 400, focus: null };

  it('is the model worked out at once, the cap and the focus included', () => {
    const { index } = big;
    const graph = index.graph();
    const noteOf = (path: string) => index.note(path);
    const focus = graph.filterNodes((_p, a) => a.kind === 'concept' && graph.degree(_p) === 0)[0] ?? null;
    for (const opts of [options, { ...options, focus }, { ...options, cap: 1_000_000 }]) {
      const { result, pauses } = stepByStep(graphModelSteps(graph, noteOf, opts));
      expect(pauses).toBeGreaterThan(3);
      expect(result).toEqual(buildGraphModel(graph, noteOf, opts));
    }
    const capped = buildGraphModel(graph, noteOf, { ...options, focus });
    expect(capped.nodes).toHaveLength(400);
    expect(capped.nodes.map((n) => n.path)).toContain(focus);
  });

  it('lists notes by path and links by source, then target', () => {
    const model = buildGraphModel(big.index.graph(), (path) => big.index.note(path), options);
    const paths = model.nodes.map((n) => n.path);
    expect(paths).toEqual([...paths].sort());
    const pairs = model.edges.map((e) => [e.source, e.target]);
    const byPair = (a: string[], b: string[]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    expect(pairs).toEqual([...pairs].sort(byPair));
  });

  it('starts again when a note leaves between two slices, and leaves it out', () => {
    const live = vault(READING);
    live.index.graph();
    const steps = drawingSteps(live.index, { filters: readFilters(DEFAULT_GRAPH_FILTERS), cap: 2, focus: null }, { deadline: Infinity });
    steps.next();
    live.resolver.remove('C/hub.md');
    live.index.remove('C/hub.md');
    const { result } = stepByStep(steps);
    expect(result.model.nodes.map((n) => n.path)).not.toContain('C/hub.md');
    expect(result.model.matching).toBe(7);
  });
});

describe('the display graph, filled in slices', () => {
  const model = (): CorpusGraphModel => buildGraphModel(big.index.graph(), (path) => big.index.note(path), { filters: readFilters(DEFAULT_GRAPH_FILTERS), cap: 600, focus: null });

  it('ends as the display graph filled at once', () => {
    const sliced = newDisplayGraph();
    const { pauses } = stepByStep(syncDisplaySteps(sliced, model(), new Map()));
    const whole = newDisplayGraph();
    syncDisplayGraph(whole, model(), new Map());
    expect(pauses).toBeGreaterThan(10);
    expect(drawn(sliced)).toEqual(drawn(whole));
  });

  it('writes nothing when nothing changed, so the renderer reads nothing again', () => {
    const display = newDisplayGraph();
    syncDisplayGraph(display, model(), new Map());
    const writes = vi.fn();
    for (const event of ['nodeAttributesUpdated', 'edgeAttributesUpdated', 'nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped'] as const) display.on(event, writes);
    expect(finish(syncDisplaySteps(display, model(), new Map()))).toEqual({ added: 0, removed: 0, relinked: false });
    expect(writes).not.toHaveBeenCalled();
  });
});

describe('positions from the layout', () => {
  it('are drawn: each batch the worker sends has the renderer draw again', async () => {
    let moved: (() => void) | null = null;
    const refresh = vi.fn();
    const engine: GraphEngine = {
      renderer: () => Promise.resolve({ refresh, setFocus: () => undefined, restyle: () => undefined, resize: () => undefined, positionOf: () => null, kill: () => undefined }),
      layout: (_graph, onState, onMove) => {
        moved = onMove;
        return { state: 'idle', start: () => onState('running'), stop: () => undefined, kill: () => undefined };
      },
    };
    const leaf = new WorkspaceLeaf({ workspace: new FakeWorkspace() } as unknown as O.App);
    const view = new CorpusGraphView(leaf as unknown as O.WorkspaceLeaf, fakeServices(vault(READING).index), engine);
    document.body.appendChild(view.containerEl);
    await leaf.open(view as never);
    await vi.waitFor(() => expect(moved).not.toBeNull());
    const before = refresh.mock.calls.length;
    moved!();
    moved!();
    expect(refresh.mock.calls.length).toBe(before + 2);
  });
});

describe('opening the corpus graph on a large vault', () => {
  it('says how far the drawing has got, then draws every note', async () => {
    const layouts: LayoutControl[] = [];
    const renderer: GraphRenderer = {
      refresh: () => undefined, setFocus: () => undefined, restyle: () => undefined, resize: () => undefined,
      positionOf: () => null, kill: () => undefined,
    };
    const engine: GraphEngine = {
      renderer: () => Promise.resolve(renderer),
      layout: (_graph, onState) => {
        const layout: LayoutControl = { state: 'idle', start: () => onState('running'), stop: () => undefined, kill: () => undefined };
        layouts.push(layout);
        return layout;
      },
    };
    // A fresh index: the graph of the index is built as part of the opening.
    const { index } = buildIndex(generateVault({ notes: 3000, seed: 20240624 }).inputs);
    const leaf = new WorkspaceLeaf({ workspace: new FakeWorkspace() } as unknown as O.App);
    const view = new CorpusGraphView(leaf as unknown as O.WorkspaceLeaf, fakeServices(index), engine);
    document.body.appendChild(view.containerEl);
    await leaf.open(view as never);
    const message = (): string => textOf(view.contentEl.querySelector('[data-graph-message]'));
    expect(message()).toMatch(/^Drawing the graph… \d{1,2}%$/);
    expect(layouts).toHaveLength(0);
    await vi.waitFor(() => expect(view.contentEl.dataset.layoutState).toBe('running'), { timeout: 20_000, interval: 20 });
    expect((view.contentEl.querySelector('[data-graph-message]') as HTMLElement).style.display).toBe('none');
    const counts = view.contentEl.querySelector<HTMLElement>('.inquiring-lines-graph-counts');
    expect(Number(counts?.dataset.notes)).toBeGreaterThan(1000);
    expect(layouts).toHaveLength(1);
  });
});
