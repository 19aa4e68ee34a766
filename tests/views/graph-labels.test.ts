import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/core/graph/layout';
import type { Neighbourhood } from '../../src/core/queries/neighbourhood';
import { labelBaseline, labelLeft } from '../../src/views/graph-labels';
import { graphModel, labelMiddle } from '../../src/views/graph-model';

describe('labels of the corpus graph (on sigma\'s canvas)', () => {
  const WIDTH = 400;

  it('go on the right of a note, a few pixels off it', () => {
    expect(labelLeft(100, 5, 80, WIDTH)).toBe(108);
  });

  it('go on the left of a note near the right edge, ending before the note', () => {
    const left = labelLeft(380, 5, 80, WIDTH);
    expect(left + 80).toBeLessThanOrEqual(380 - 5);
    expect(left).toBeGreaterThan(0);
  });

  it('stay inside when there is room on neither side', () => {
    const left = labelLeft(60, 5, 300, 320);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + 300).toBeLessThanOrEqual(320);
  });

  it('keep their baseline inside the canvas, top and bottom', () => {
    expect(labelBaseline(100, 12, 300)).toBe(104);
    expect(labelBaseline(0, 12, 300)).toBeGreaterThanOrEqual(12);
    expect(labelBaseline(299, 12, 300)).toBeLessThan(300);
  });
});

describe('labels of the neighbourhood graph (SVG)', () => {
  const SIZE = { width: 200, height: 120 };
  const title = 'A rather long title that gets cut';
  const hood: Neighbourhood = {
    center: { path: 'c.md', title: 'The centre, with a title long enough to be cut as well', kind: 'concept' },
    items: [
      { path: 'right.md', title, kind: 'concept', score: 2, depth: 1, reasons: [] },
      { path: 'left.md', title, kind: 'paper', score: 1, depth: 1, reasons: [] },
      { path: 'short.md', title: 'Short', kind: 'line', score: 1, depth: 1, reasons: [] },
    ],
    edges: [],
    total: 3,
  };
  const positions = new Map<string, Position>([
    ['c.md', { x: 0, y: 0 }],
    ['right.md', { x: 1, y: 0 }],
    ['left.md', { x: -1, y: 0.2 }],
    ['short.md', { x: 0, y: -1 }],
  ]);
  const model = graphModel(hood, positions, SIZE);
  const node = (path: string) => model.nodes.find((n) => n.path === path)!;
  /** A generous width for a label: wider than Liberation Sans or Arial draw most text. */
  const span = (label: string, font: number): number => [...label].length * font * 0.6;

  it('move in from the right and left edges so that all of each label shows', () => {
    for (const n of [node('right.md'), node('left.md')]) {
      expect(n.labelX - span(n.label, 9) / 2).toBeGreaterThanOrEqual(0);
      expect(n.labelX + span(n.label, 9) / 2).toBeLessThanOrEqual(SIZE.width);
    }
    expect(node('right.md').labelX).toBeLessThan(node('right.md').x);
    expect(node('left.md').labelX).toBeGreaterThan(node('left.md').x);
  });

  it('stay under their node when they fit there', () => {
    expect(node('short.md').labelX).toBe(node('short.md').x);
    expect(node('c.md').labelX).toBe(node('c.md').x);
  });

  it('are centred when one is wider than the whole drawing', () => {
    expect(labelMiddle(10, 'x'.repeat(100), 9, 200)).toBe(100);
  });
});
