import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, type StandaloneIndex } from '../../../src/core/build';
import type { CorpusGraph } from '../../../src/core/graph/corpus-graph';
import type { NoteInput } from '../../../src/core/types';
import { input, type TestNote } from '../../helpers/vault';

/** The graph as plain data, sorted, so two graphs built in different orders compare equal. */
function snapshot(graph: CorpusGraph): { nodes: string[]; edges: string[] } {
  return {
    nodes: graph.mapNodes((node, attrs) => JSON.stringify({ node, ...attrs })).sort(),
    edges: graph.mapEdges((key, attrs, source, target) => JSON.stringify({ key, source, target, ...attrs })).sort(),
  };
}

/** A deadline already passed: each call of `buildGraph` does the least it can, one note. */
const PASSED = 0;

const READING: Record<string, TestNote> = {
  'C/hub.md': { fm: { corpus: 'concept', related: ['[[a]] adjacent: near', '[[b]]', '[[Missing]]'], papers: ['[[P/p1]]'] }, links: ['a', 'L/l1'] },
  'C/a.md': { fm: { corpus: 'concept', title: 'Alpha', related: ['[[b]]'] } },
  'C/b.md': { fm: { corpus: 'concept', title: 'Beta' } },
  'L/l1.md': { fm: { corpus: 'line', sources: ['[[hub]]', '[[a]]'], next: '[[L/l2]]' } },
  'L/l2.md': { fm: { corpus: 'line', sources: ['[[b]]'] } },
  'P/p1.md': { fm: { corpus: 'paper', arxiv: '2401.00001', year: 2024 } },
  'N/daily.md': { links: ['hub', 'Alpha'] },
};

function indexOf(notes: Record<string, TestNote>): StandaloneIndex {
  return buildIndex(Object.entries(notes).map(([path, note]) => input(path, note)));
}

describe('building the graph a slice at a time', () => {
  it('gives the same graph as building it at once, after several slices, its progress rising to 1', () => {
    const { index } = indexOf(READING);
    const progress: number[] = [index.graphProgress];
    let graph: CorpusGraph | null = null;
    let slices = 0;
    while (graph === null) {
      graph = index.buildGraph(PASSED);
      progress.push(index.graphProgress);
      slices++;
    }
    // A node pass and an edge pass over seven notes, one note a slice.
    expect(slices).toBeGreaterThanOrEqual(13);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1])).toBe(true);
    expect(snapshot(graph)).toEqual(snapshot(indexOf(READING).index.graph()));
    expect(graph.hasEdge('L/l1.md', 'C/hub.md')).toBe(true);
  });

  it('is the graph that graph() returns, and graph() finishes a build begun in slices', () => {
    const { index } = indexOf(READING);
    expect(index.buildGraph(PASSED)).toBeNull();
    const whole = index.graph();
    expect(whole.order).toBe(7);
    expect(index.graphProgress).toBe(1);
    expect(index.buildGraph(PASSED)).toBe(whole);
    expect(snapshot(whole)).toEqual(snapshot(indexOf(READING).index.graph()));
  });

  it('takes in the notes that change between slices', () => {
    const { index, resolver } = indexOf(READING);
    const add = (path: string, note: TestNote): void => {
      resolver.add(path);
      index.upsert(input(path, note));
    };
    for (let i = 0; i < 4; i++) index.buildGraph(PASSED);
    // Midway through the node pass: a note comes that a waiting link names, another goes, one is retitled.
    add('C/Missing.md', { fm: { corpus: 'concept', related: ['[[hub]]'] } });
    resolver.remove('C/b.md');
    index.remove('C/b.md');
    index.upsert(input('C/a.md', { fm: { corpus: 'concept', title: 'Alpha, retitled' } }));
    const built = index.buildGraph(Infinity);
    expect(built).not.toBeNull();
    const graph = built as CorpusGraph;
    expect(graph.hasEdge('C/hub.md', 'C/Missing.md')).toBe(true);
    expect(graph.hasNode('C/b.md')).toBe(false);
    expect(graph.getNodeAttribute('C/a.md', 'title')).toBe('Alpha, retitled');
    const files: Record<string, TestNote> = { ...READING, 'C/Missing.md': { fm: { corpus: 'concept', related: ['[[hub]]'] } }, 'C/a.md': { fm: { corpus: 'concept', title: 'Alpha, retitled' } } };
    delete files['C/b.md'];
    expect(snapshot(graph)).toEqual(snapshot(indexOf(files).index.graph()));
  });

  it('equals a fresh build after any seeded mix of slices and changes', () => {
    const names = ['A/One.md', 'A/Two.md', 'B/One.md', 'B/Three.md', 'Four.md', 'N/Daily.md'];
    const linkTexts = ['One', 'Two', 'Three', 'Four', 'B/One', 'Title x', 'Missing'];
    const noteArb = fc.record({
      kind: fc.constantFrom('concept', 'line', 'paper', undefined),
      title: fc.constantFrom(undefined, 'Title x'),
      related: fc.array(fc.constantFrom(...linkTexts), { maxLength: 3 }),
      body: fc.array(fc.constantFrom(...linkTexts), { maxLength: 2 }),
    });
    const toNote = (n: { kind?: string; title?: string; related: string[]; body: string[] }): TestNote => {
      const fm: Record<string, unknown> = { related: n.related.map((t) => `[[${t}]]`), sources: n.related.map((t) => `[[${t}]]`) };
      if (n.kind) fm.corpus = n.kind;
      if (n.title) fm.title = n.title;
      return { fm, links: n.body };
    };
    const stepArb = fc.oneof(
      fc.record({ op: fc.constant('slice' as const) }),
      fc.record({ op: fc.constant('upsert' as const), path: fc.constantFrom(...names), note: noteArb }),
      fc.record({ op: fc.constant('remove' as const), path: fc.constantFrom(...names) }),
    );
    const start: Record<string, TestNote> = {
      'A/One.md': { fm: { corpus: 'concept', related: ['[[Two]]', '[[Three]]'] } },
      'A/Two.md': { fm: { corpus: 'line', sources: ['[[One]]'] } },
      'B/Three.md': { fm: { corpus: 'paper', title: 'Title x' }, links: ['One'] },
      'N/Daily.md': { links: ['Title x', 'Two'] },
    };
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 25 }), (steps) => {
        const files = new Map<string, NoteInput>(Object.entries(start).map(([path, note]) => [path, input(path, note)]));
        const { index, resolver } = buildIndex(files.values());
        for (const step of steps) {
          if (step.op === 'slice') {
            index.flush();
            index.buildGraph(PASSED);
          } else if (step.op === 'upsert') {
            if (!files.has(step.path)) resolver.add(step.path);
            files.set(step.path, input(step.path, toNote(step.note)));
            index.upsert(input(step.path, toNote(step.note)));
          } else if (files.delete(step.path)) {
            resolver.remove(step.path);
            index.remove(step.path);
          }
        }
        let graph: CorpusGraph | null = null;
        while (graph === null) {
          index.flush();
          graph = index.buildGraph(PASSED);
        }
        expect(snapshot(graph)).toEqual(snapshot(buildIndex([...files.values()].reverse()).index.graph()));
      }),
      { seed: 20240623, numRuns: 300 },
    );
  });
});
