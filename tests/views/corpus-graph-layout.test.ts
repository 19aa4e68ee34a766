import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/core/graph/layout';
import type { CorpusGraphModel, ShownEdge, ShownNode } from '../../src/views/corpus-graph-model';
import { newDisplayGraph, seedNear, seedPosition, spreadFor, syncDisplayGraph } from '../../src/views/display-graph';
import { layoutSettings, readPositions } from '../../src/views/layout-runner';
import { DEFAULT_SETTLE, SettleDetector, extentOf, meanStep, settleOptionsFor } from '../../src/views/layout-settle';

const node = (path: string, size = 3): ShownNode => ({ path, title: path.replace('.md', ''), kind: 'concept', degree: 0, size });
const edge = (source: string, target: string): ShownEdge => ({ key: `${source}\u2192${target}`, source, target, kind: 'related', relation: '' });
const model = (nodes: string[], edges: [string, string][] = []): CorpusGraphModel => ({
  nodes: nodes.map((p) => node(p)),
  edges: edges.map(([s, t]) => edge(s, t)),
  matching: nodes.length,
  capped: false,
});
const distance = (a: Position, b: Position): number => Math.hypot(a.x - b.x, a.y - b.y);

describe('the worker\'s settings', () => {
  it('are what ForceAtlas2 infers: Barnes-Hut only past 2,000 notes, strong gravity, a slow-down growing with the order', () => {
    expect(layoutSettings(2000).barnesHutOptimize).toBe(false);
    expect(layoutSettings(2001).barnesHutOptimize).toBe(true);
    expect(layoutSettings(50)).toMatchObject({ strongGravityMode: true, gravity: 0.05, scalingRatio: 10 });
    expect(layoutSettings(10000).slowDown).toBeGreaterThan(layoutSettings(100).slowDown ?? 0);
  });
});

describe('where notes start', () => {
  it('is decided by the path alone: the same place on every run, different places for different notes', () => {
    expect(seedPosition('C/a.md', 100)).toEqual(seedPosition('C/a.md', 100));
    expect(seedPosition('C/a.md', 100)).not.toEqual(seedPosition('C/b.md', 100));
  });

  it('is inside the disc the spread gives', () => {
    for (let i = 0; i < 200; i++) expect(Math.hypot(seedPosition(`n${i}.md`, 50).x, seedPosition(`n${i}.md`, 50).y)).toBeLessThanOrEqual(50);
  });

  it('is near the middle of the neighbours already placed, never on top of them', () => {
    const anchors = [{ x: 100, y: 100 }, { x: 120, y: 100 }];
    const at = seedNear('C/new.md', anchors, spreadFor(100));
    expect(distance(at, { x: 110, y: 100 })).toBeLessThan(5);
    expect(distance(at, { x: 110, y: 100 })).toBeGreaterThan(0);
    expect(seedNear('C/new.md', [], 100)).toEqual(seedPosition('C/new.md', 100));
  });

  it('does not depend on the order the notes arrive in', () => {
    const one = newDisplayGraph();
    const two = newDisplayGraph();
    syncDisplayGraph(one, model(['a.md', 'b.md', 'c.md']), new Map());
    const reversed = model(['a.md', 'b.md', 'c.md']);
    reversed.nodes.reverse();
    syncDisplayGraph(two, reversed, new Map());
    for (const path of ['a.md', 'b.md', 'c.md']) expect(two.getNodeAttributes(path)).toEqual(one.getNodeAttributes(path));
  });
});

describe('an index update', () => {
  it('keeps the place of every note that stays, and starts a new note beside its neighbour', () => {
    const display = newDisplayGraph();
    const memory = new Map<string, Position>();
    syncDisplayGraph(display, model(['a.md', 'b.md', 'c.md'], [['a.md', 'b.md']]), memory);
    // The layout has moved the notes since.
    display.updateEachNodeAttributes((path, attrs) => ({ ...attrs, x: attrs.x + (path === 'a.md' ? 500 : 7), y: attrs.y - 3 }));
    const before = new Map(display.mapNodes((path, attrs) => [path, { x: attrs.x, y: attrs.y }] as const));
    const change = syncDisplayGraph(display, model(['a.md', 'b.md', 'c.md', 'd.md'], [['a.md', 'b.md'], ['d.md', 'a.md']]), memory);
    expect(change).toEqual({ added: 1, removed: 0, relinked: true });
    for (const [path, at] of before) expect(display.getNodeAttributes(path)).toMatchObject(at);
    const a = display.getNodeAttributes('a.md');
    const d = display.getNodeAttributes('d.md');
    expect(distance(d, a)).toBeLessThan(distance(seedPosition('d.md', spreadFor(4)), a));
    expect(distance(d, a)).toBeLessThan(5);
  });

  it('drops the notes and links that went, and brings a note back where it was', () => {
    const display = newDisplayGraph();
    const memory = new Map<string, Position>();
    syncDisplayGraph(display, model(['a.md', 'b.md'], [['a.md', 'b.md']]), memory);
    display.setNodeAttribute('b.md', 'x', 42);
    expect(syncDisplayGraph(display, model(['a.md']), memory)).toEqual({ added: 0, removed: 1, relinked: false });
    expect(display.order).toBe(1);
    expect(display.size).toBe(0);
    syncDisplayGraph(display, model(['a.md', 'b.md']), memory);
    expect(display.getNodeAttribute('b.md', 'x')).toBe(42);
  });

  it('changes nothing in the structure when only titles or sizes moved', () => {
    const display = newDisplayGraph();
    syncDisplayGraph(display, model(['a.md', 'b.md'], [['a.md', 'b.md']]), new Map());
    const renamed = model(['a.md', 'b.md'], [['a.md', 'b.md']]);
    renamed.nodes[0] = { ...renamed.nodes[0], title: 'Renamed', size: 9 };
    expect(syncDisplayGraph(display, renamed, new Map())).toEqual({ added: 0, removed: 0, relinked: false });
    expect(display.getNodeAttributes('a.md')).toMatchObject({ label: 'Renamed', size: 9 });
  });

  it('reads positions in node order, reusing the array when it fits', () => {
    const display = newDisplayGraph();
    display.addNode('a.md', { x: 1, y: 2, size: 3, label: 'a', kind: 'concept' });
    display.addNode('b.md', { x: 3, y: 4, size: 3, label: 'b', kind: 'paper' });
    const first = readPositions(display);
    expect([...first]).toEqual([1, 2, 3, 4]);
    display.setNodeAttribute('a.md', 'x', 9);
    expect(readPositions(display, first)).toBe(first);
    expect([...first]).toEqual([9, 2, 3, 4]);
  });
});

describe('the settle detector', () => {
  const options = { threshold: 0.01, calmFrames: 3, budgetMs: 1000 };
  const frame = (shift: number): number[] => [0 + shift, 0, 100 + shift, 0, 0, 100];

  it('measures the mean move per node against the size of the drawing', () => {
    expect(meanStep([0, 0, 0, 0], [3, 4, 0, 0])).toBe(2.5);
    expect(meanStep([0, 0], [0, 0, 1, 1])).toBe(Infinity);
    expect(extentOf([0, 0, 30, 40])).toBe(50);
    expect(extentOf([5, 5])).toBe(1);
  });

  it('settles after enough calm frames in a row, and a large move starts the count again', () => {
    const detector = new SettleDetector(0, options);
    const verdicts = [0, 50, 50.1, 50.2, 80, 80.1, 80.2, 80.3].map((shift, i) => detector.observe(frame(shift), i * 16));
    expect(verdicts).toEqual(['moving', 'moving', 'moving', 'moving', 'moving', 'moving', 'moving', 'settled']);
  });

  it('does not take a frame without news from the worker for calm', () => {
    const detector = new SettleDetector(0, options);
    const verdicts = [0, 0, 0, 0, 0, 0].map((shift, i) => detector.observe(frame(shift), i * 16));
    expect(verdicts.every((v) => v === 'moving')).toBe(true);
  });

  it('stops a layout that keeps moving once its time is up', () => {
    const detector = new SettleDetector(0, options);
    expect(detector.observe(frame(0), 10)).toBe('moving');
    expect(detector.observe(frame(40), 500)).toBe('moving');
    expect(detector.observe(frame(80), 1000)).toBe('out-of-time');
  });

  it('gives a larger graph longer to settle, never more than a minute', () => {
    expect(settleOptionsFor(0).budgetMs).toBe(DEFAULT_SETTLE.budgetMs);
    expect(settleOptionsFor(2500).budgetMs).toBe(DEFAULT_SETTLE.budgetMs + 10000);
    expect(settleOptionsFor(1000000).budgetMs).toBe(60000);
  });

  it('has nothing to wait for in an empty graph', () => {
    expect(new SettleDetector(0, options).observe([], 0)).toBe('settled');
  });
});

describe('the seeded start as graphology sees it', () => {
  it('gives a display graph the layout can read: every node with finite x and y', () => {
    const display = newDisplayGraph();
    syncDisplayGraph(display, model(Array.from({ length: 50 }, (_, i) => `n${i}.md`), [['n0.md', 'n1.md']]), new Map());
    expect(display).toBeInstanceOf(Graph);
    expect(display.everyNode((_p, attrs) => Number.isFinite(attrs.x) && Number.isFinite(attrs.y))).toBe(true);
  });
});
