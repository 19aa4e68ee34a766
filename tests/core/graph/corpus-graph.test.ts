import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CorpusGraph } from '../../../src/core/graph/corpus-graph';
import { buildIndex, type StandaloneIndex } from '../../../src/core/build';
import type { NoteInput } from '../../../src/core/types';
import { input, vault, type TestNote } from '../../helpers/vault';

/** The graph as plain data: nodes with attributes, edges with endpoints and attributes, both sorted. */
function snapshot(graph: CorpusGraph): { nodes: unknown[]; edges: unknown[] } {
  const nodes = graph.mapNodes((node, attributes) => ({ node, ...attributes }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, source, target, ...attributes }));
  const order = (a: unknown, b: unknown): number => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
  return { nodes: nodes.sort(order), edges: edges.sort(order) };
}

/** A live vault: an index built once and then changed note by note, beside the inputs it should equal. */
class LiveVault {
  readonly files = new Map<string, NoteInput>();
  readonly live: StandaloneIndex;

  constructor(notes: Record<string, TestNote>) {
    for (const [path, note] of Object.entries(notes)) this.files.set(path, input(path, note));
    this.live = buildIndex(this.files.values());
    // The mirror must exist before the changes, so that it is updated note by note.
    this.live.index.graph();
  }

  upsert(path: string, note: TestNote): void {
    if (!this.files.has(path)) this.live.resolver.add(path);
    this.files.set(path, input(path, note));
    this.live.index.upsert(input(path, note));
  }

  remove(path: string): void {
    if (!this.files.has(path)) return;
    this.files.delete(path);
    this.live.resolver.remove(path);
    this.live.index.remove(path);
  }

  rename(from: string, to: string): void {
    const old = this.files.get(from);
    if (!old || this.files.has(to)) return;
    const moved = { ...old, path: to };
    this.files.delete(from);
    this.files.set(to, moved);
    this.live.resolver.remove(from);
    this.live.resolver.add(to);
    this.live.index.rename(from, moved);
  }

  /** A fresh build of the same files, in another order. */
  fresh(): StandaloneIndex {
    return buildIndex([...this.files.values()].reverse());
  }
}

function expectSameAsFresh(v: LiveVault): void {
  const fresh = v.fresh();
  expect(snapshot(v.live.index.graph())).toEqual(snapshot(fresh.index.graph()));
  expect(v.live.index.problems()).toEqual(fresh.index.problems());
  expect(v.live.index.counts()).toEqual(fresh.index.counts());
}

describe('the typed graph', () => {
  const { index } = vault({
    'Concepts/Depth over width.md': {
      fm: {
        corpus: 'concept',
        title: 'Does depth matter more than width?',
        papers: ['[[Papers/MobileLLM]]'],
        related: [
          '[[Compositional MLPs]] adjacent: composition bought with layers',
          { to: '[[Dot product vs MLP]]', relation: 'extends', why: 'form outweighs capacity' },
          '[[Concepts/Missing]]',
        ],
        see_also: '[[Notes/Reading list]]',
      },
      links: ['Compositional MLPs', 'Compositional MLPs#Again', 'Papers/MobileLLM'],
    },
    'Concepts/Compositional MLPs.md': { fm: { corpus: 'concept' } },
    'Concepts/Dot product vs MLP.md': { fm: { corpus: 'concept' } },
    'Papers/MobileLLM.md': { fm: { corpus: 'paper', title: 'MobileLLM', arxiv: '2402.14905', year: 2024 } },
    'Lines/Inductive bias.md': { fm: { corpus: 'line', sources: ['[[Dot product vs MLP]]', '[[Depth over width]]'], next: '[[Lines/Average case]]', prompt: { anchors: ['[[MobileLLM]]'] } } },
    'Lines/Average case.md': { fm: { corpus: 'line', sources: ['[[Depth over width]]'] } },
    'Notes/Reading list.md': { links: ['Depth over width'] },
  });
  const graph = index.graph();

  it('has one node per note, typed by kind, papers with their year and arXiv id', () => {
    expect(graph.order).toBe(7);
    expect(graph.getNodeAttributes('Papers/MobileLLM.md')).toEqual({ kind: 'paper', title: 'MobileLLM', year: 2024, arxiv: '2402.14905' });
    expect(graph.getNodeAttributes('Concepts/Depth over width.md')).toEqual({ kind: 'concept', title: 'Does depth matter more than width?' });
    expect(graph.getNodeAttributes('Notes/Reading list.md')).toEqual({ kind: 'note', title: 'Reading list' });
  });

  it('types each edge by kind: related with relation and why, source with its order', () => {
    // graphology lists a node's edges grouped by neighbour; the order that matters is the index's, so compare as sets.
    type Row = { field: string; target: string } & Record<string, unknown>;
    const key = (e: Row): string => `${e.field} ${e.target}`;
    const bySet = (edges: Row[]): unknown[] => edges.sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const from = (source: string): unknown[] => bySet(graph.mapOutEdges(source, (_k, a, _s, target) => ({ target, ...a })));
    expect(from('Concepts/Depth over width.md')).toEqual(bySet([
      { target: 'Papers/MobileLLM.md', kind: 'paper', field: 'papers[0]', via: 'path' },
      { target: 'Concepts/Compositional MLPs.md', kind: 'related', field: 'related[0]', via: 'path', relation: 'adjacent', why: 'composition bought with layers' },
      { target: 'Concepts/Dot product vs MLP.md', kind: 'related', field: 'related[1]', via: 'path', relation: 'extends', why: 'form outweighs capacity' },
      { target: 'Notes/Reading list.md', kind: 'property', field: 'see_also', via: 'path' },
      // A body link to a note already linked from the body counts once.
      { target: 'Concepts/Compositional MLPs.md', kind: 'link', field: 'body', via: 'path' },
      { target: 'Papers/MobileLLM.md', kind: 'link', field: 'body', via: 'path' },
    ]));
    expect(from('Lines/Inductive bias.md')).toEqual(bySet([
      { target: 'Concepts/Dot product vs MLP.md', kind: 'source', field: 'sources[0]', via: 'path', order: 0 },
      { target: 'Concepts/Depth over width.md', kind: 'source', field: 'sources[1]', via: 'path', order: 1 },
      { target: 'Lines/Average case.md', kind: 'next', field: 'next', via: 'path' },
      { target: 'Papers/MobileLLM.md', kind: 'anchor', field: 'prompt.anchors[0]', via: 'path' },
    ]));
  });

  it('links from a note outside the corpus are edges too', () => {
    expect(graph.inNeighbors('Concepts/Depth over width.md').sort()).toEqual(['Lines/Average case.md', 'Lines/Inductive bias.md', 'Notes/Reading list.md']);
  });
});

describe('after upserts, removals and renames the graph equals a fresh build', () => {
  const start = (): LiveVault => new LiveVault({
    'A/Source.md': { fm: { corpus: 'concept', related: ['[[Note]]', '[[Title of C]]'], papers: ['[[P]]'] }, links: ['Later'] },
    'B/Note.md': { fm: { corpus: 'concept' } },
    'C/C.md': { fm: { corpus: 'concept', title: 'Title of C' } },
    'P.md': { fm: { corpus: 'paper', arxiv: '2401.11817' } },
    'Lines/L.md': { fm: { corpus: 'line', sources: ['[[Note]]', '[[C]]'] }, links: ['Source'] },
  });

  it('when a new note is what a link was waiting for', () => {
    const v = start();
    v.upsert('Later.md', { fm: { corpus: 'concept' } });
    expectSameAsFresh(v);
    expect(v.live.index.graph().hasEdge('A/Source.md', 'Later.md')).toBe(true);
  });

  it('when a twin appears next to the linking note', () => {
    const v = start();
    v.upsert('A/Note.md', { fm: { corpus: 'concept' } });
    expectSameAsFresh(v);
    expect(v.live.index.graph().outNeighbors('A/Source.md')).toContain('A/Note.md');
  });

  it('when a note is removed, renamed or retitled', () => {
    const v = start();
    v.remove('B/Note.md');
    expectSameAsFresh(v);
    v.rename('C/C.md', 'C/Renamed.md');
    expectSameAsFresh(v);
    v.upsert('C/Renamed.md', { fm: { corpus: 'concept', title: 'Another title' } });
    expectSameAsFresh(v);
    v.upsert('B/Note.md', { fm: { corpus: 'paper', title: 'Title of C' } });
    expectSameAsFresh(v);
  });

  it('when a paper gets a twin, a kind changes and a note leaves the corpus', () => {
    const v = start();
    v.upsert('Papers/P copy.md', { fm: { corpus: 'paper', arxiv: '2401.11817v2' } });
    v.upsert('B/Note.md', { fm: { corpus: 'line', title: 'Now a line' } });
    v.upsert('C/C.md', { fm: { title: 'Title of C' }, links: ['Note'] });
    expectSameAsFresh(v);
    v.rename('A/Source.md', 'Elsewhere/Source.md');
    expectSameAsFresh(v);
  });

  it('after any seeded sequence of changes', () => {
    const names = ['A/One.md', 'A/Two.md', 'B/One.md', 'B/Three.md', 'Four.md'];
    const linkTexts = ['One', 'Two', 'Three', 'Four', 'B/One', 'Title x', 'Title y', 'Missing'];
    const kinds = ['concept', 'line', 'paper', undefined, 'nonsense'];
    const noteArb = fc.record({
      kind: fc.constantFrom(...kinds),
      title: fc.constantFrom(undefined, 'Title x', 'Title y'),
      related: fc.array(fc.constantFrom(...linkTexts), { maxLength: 3 }),
      body: fc.array(fc.constantFrom(...linkTexts), { maxLength: 3 }),
    });
    const toNote = (n: { kind?: string; title?: string; related: string[]; body: string[] }): TestNote => {
      const fm: Record<string, unknown> = { related: n.related.map((t) => `[[${t}]]`), sources: n.related.map((t) => `[[${t}]]`), papers: n.related.map((t) => `[[${t}]]`) };
      if (n.kind) fm.corpus = n.kind;
      if (n.title) fm.title = n.title;
      return { fm, links: n.body };
    };
    const opArb = fc.oneof(
      fc.record({ op: fc.constant('upsert' as const), path: fc.constantFrom(...names), note: noteArb }),
      fc.record({ op: fc.constant('remove' as const), path: fc.constantFrom(...names) }),
      fc.record({ op: fc.constant('rename' as const), path: fc.constantFrom(...names), to: fc.constantFrom(...names) }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops) => {
        const v = new LiveVault({ 'A/One.md': { fm: { corpus: 'concept', related: ['[[Two]]'] } } });
        for (const op of ops) {
          if (op.op === 'upsert') v.upsert(op.path, toNote(op.note));
          else if (op.op === 'remove') v.remove(op.path);
          else v.rename(op.path, op.to);
        }
        expectSameAsFresh(v);
      }),
      { seed: 20240611, numRuns: 300 },
    );
  });
});
