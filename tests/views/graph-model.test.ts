import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/core/graph/layout';
import type { Neighbourhood } from '../../src/core/queries/neighbourhood';
import { graphModel, relationClass, relationWord, shortLabel } from '../../src/views/graph-model';

/** A centre with three neighbours at known places: at the right edge, at the top edge, a quarter of the way down. */
const HOOD: Neighbourhood = {
  center: { path: 'c.md', title: 'The centre of it all, with a long title', kind: 'concept' },
  items: [
    { path: 'r.md', title: 'Right', kind: 'concept', score: 4, depth: 1, reasons: [], relation: 'adjacent framing' },
    { path: 'p.md', title: 'A paper with quite a long title indeed', kind: 'paper', score: 2, depth: 1, reasons: [] },
    { path: 'l.md', title: 'Line', kind: 'line', score: 1, depth: 1, reasons: [] },
  ],
  edges: [
    { source: 'c.md', target: 'r.md', kind: 'related', relation: 'adjacent framing' },
    { source: 'c.md', target: 'p.md', kind: 'paper' },
    { source: 'l.md', target: 'r.md', kind: 'source' },
    { source: 'c.md', target: 'gone.md', kind: 'link' },
  ],
  total: 3,
};
const POSITIONS = new Map<string, Position>([
  ['c.md', { x: 0, y: 0 }],
  ['r.md', { x: 1, y: 0 }],
  ['p.md', { x: 0, y: -1 }],
  ['l.md', { x: 0, y: 0.25 }],
]);
const SIZE = { width: 200, height: 100 };

describe('graphModel', () => {
  const model = graphModel(HOOD, POSITIONS, SIZE);
  const byPath = new Map(model.nodes.map((n) => [n.path, n]));

  it('has one node per neighbour plus the centre, drawn last', () => {
    expect(model.nodes.map((n) => n.path)).toEqual(['r.md', 'p.md', 'l.md', 'c.md']);
    expect(model.nodes.filter((n) => n.center).map((n) => n.path)).toEqual(['c.md']);
  });

  it('maps [-1, 1] into the drawing with a margin, the centre in the middle', () => {
    expect(byPath.get('c.md')).toMatchObject({ x: 100, y: 50 });
    // A margin of 28 units keeps the radius and the label inside: 144 by 44 units to draw in.
    expect(byPath.get('r.md')).toMatchObject({ x: 172, y: 50 });
    expect(byPath.get('p.md')).toMatchObject({ x: 100, y: 28 });
  });

  it('spreads the crowd near the centre: a node a quarter of the way out is drawn half way out', () => {
    expect(byPath.get('l.md')).toMatchObject({ x: 100, y: 50 + 22 / 2 });
  });

  it('draws the centre largest and the best-scored neighbour larger than the others', () => {
    const r = (p: string): number => byPath.get(p)!.radius;
    expect(r('c.md')).toBeGreaterThan(r('r.md'));
    expect(r('r.md')).toBeGreaterThan(r('p.md'));
    expect(r('p.md')).toBeGreaterThan(r('l.md'));
  });

  it('classes nodes by kind and marks the centre', () => {
    expect(byPath.get('p.md')!.cls.split(' ')).toContain('inquiring-lines-node-paper');
    expect(byPath.get('c.md')!.cls.split(' ')).toEqual(expect.arrayContaining(['inquiring-lines-node-concept', 'inquiring-lines-node-center']));
  });

  it('cuts long labels but keeps the full title', () => {
    const paper = byPath.get('p.md')!;
    expect(paper.label).toBe('A paper with quit…');
    expect(paper.title).toBe('A paper with quite a long title indeed');
    expect(byPath.get('r.md')!.label).toBe('Right');
  });

  it('joins the ends of each edge and drops edges to notes not drawn', () => {
    expect(model.edges.map((e) => [e.source, e.target, e.x1, e.y1, e.x2, e.y2])).toEqual([
      ['c.md', 'r.md', 100, 50, 172, 50],
      ['c.md', 'p.md', 100, 50, 100, 28],
      ['l.md', 'r.md', 100, 61, 172, 50],
    ]);
  });

  it('classes edges by kind and a related edge by its relation\'s first word', () => {
    const [related, paper, source] = model.edges;
    expect(related.relation).toBe('adjacent');
    expect(related.cls.split(' ')).toEqual(['inquiring-lines-edge', 'inquiring-lines-edge-related', relationClass('adjacent'), 'inquiring-lines-edge-center']);
    expect(paper.cls.split(' ')).toContain('inquiring-lines-edge-paper');
    expect(source.cls.split(' ')).not.toContain('inquiring-lines-edge-center');
  });
});

describe('labels in a crowded graph', () => {
  const crowd = (n: number): Neighbourhood => ({
    center: { path: 'c.md', title: 'Centre', kind: 'concept' },
    items: Array.from({ length: n }, (_, i) => ({ path: `n${i}.md`, title: `Note ${i}`, kind: 'concept' as const, score: n - i, depth: 1, reasons: [] })),
    edges: [],
    total: n,
  });

  it('labels every node of a small graph', () => {
    expect(graphModel(crowd(12), new Map()).nodes.every((n) => n.labelled)).toBe(true);
  });

  it('labels the centre and the twelve best-ranked neighbours of a larger one, the rest on hover', () => {
    const nodes = graphModel(crowd(15), new Map()).nodes;
    expect(nodes.filter((n) => !n.labelled).map((n) => n.path)).toEqual(['n12.md', 'n13.md', 'n14.md']);
    expect(nodes.find((n) => n.path === 'n14.md')!.cls.split(' ')).toContain('inquiring-lines-node-quiet');
    expect(nodes.find((n) => n.center)!.labelled).toBe(true);
  });
});

describe('relation words and labels', () => {
  it('takes the first word of a relation, lower-cased', () => {
    expect(relationWord('Adjacent framing')).toBe('adjacent');
    expect(relationWord('same paper')).toBe('same');
    expect(relationWord('extends: further')).toBe('extends');
    expect(relationWord(undefined)).toBe('');
  });

  it('gives one word one colour class, out of a fixed set', () => {
    expect(relationClass('adjacent')).toBe(relationClass('adjacent'));
    expect(relationClass('adjacent')).toMatch(/^inquiring-lines-relation-hue-[0-7]$/);
    expect(relationClass('')).toBe('inquiring-lines-relation-none');
  });

  it('cuts by characters, never inside a surrogate pair', () => {
    expect(shortLabel('🧠🧠🧠🧠', 3)).toBe('🧠🧠…');
    expect(shortLabel('short', 10)).toBe('short');
  });
});
