import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../../src/core/graph/corpus-index';
import { lines, next, sourcePaths, sourceRecords, sources } from '../../../src/core/queries/sources';
import type { LineNote } from '../../../src/core/types';
import { vault } from '../../helpers/vault';
import { exampleIndex } from './example-index';

// Titles as the example vault's notes write them.
const LINE = {
  average: 'Why should deep learning theory prioritize average-case over worst-case analysis?',
  idealized: 'What solvable idealized settings reveal fundamental phenomena in realistic deep learning?',
  inductive: 'When does the right inductive bias beat more capacity?',
  mech: 'How does mechanistic interpretability complement learning mechanics in explaining deep learning?',
  post: 'What does RL post-training add beyond what pretraining already learned?',
  universal: 'Which hyperparameter theories best explain universal behaviors across neural networks?',
  anchor: 'What if an anchor paper has no arXiv id?',
  cited: 'What if the essay cites a concept it does not list?',
};
const CONCEPT = {
  mechanics: 'Can deep learning theory unify around training dynamics?',
  predicting: 'Can we predict where language models will fail?',
  depth: 'Does depth matter more than width for tiny language models?',
  rl: 'Does RL training collapse format diversity in pretrained models?',
  modular: 'Do neural networks naturally learn modular compositional structure?',
  sparsity: 'Is representational sparsity learned or intrinsic to neural networks?',
  linear: 'Can a linear model beat deep collaborative filtering?',
  identical: 'Can identical outputs hide broken internal representations?',
  hard: 'Do overly hard RLVR samples actually harm model capabilities?',
  compositional: 'Can neural networks learn compositional skills without symbolic mechanisms?',
  dot: 'Can MLPs learn to match dot product similarity in practice?',
  search: 'Do search steps follow the same scaling rules as reasoning tokens?',
  passing: 'Can AI pass every test while understanding nothing?',
};

let index: CorpusIndex;
beforeAll(async () => {
  index = (await exampleIndex()).index;
});

describe('lines(note) on the example vault', () => {
  it('lists the lines that use a concept as a source, by title, the line without sources through its body', () => {
    const found = lines(index, 'Concepts/Learning mechanics.md');
    expect(found.map((l) => l.title)).toEqual([
      LINE.mech, LINE.post, LINE.anchor, LINE.cited, LINE.idealized, LINE.universal, LINE.average,
    ]);
    expect(found.every((l) => l.kind === 'line')).toBe(true);
    expect(found.find((l) => l.path === 'Lines/Average case.md')?.gloss).toMatch(/^This asks why the theory of deep networks/);
  });

  it('leaves out a line whose essay cites the concept but whose sources do not list it', () => {
    const found = lines(index, 'Concepts/Depth over width.md');
    expect(found.map((l) => l.path)).toEqual([
      'Lines/Idealized settings.md', 'Lines/Inductive bias.md', 'Lines/Universal behaviors.md', 'Lines/Average case.md',
    ]);
    expect(found.map((l) => l.path)).not.toContain('Mistakes/Cited not in sources.md');
  });

  it('lists, for a paper, the lines whose sources draw on it, through which concepts', () => {
    const found = lines(index, 'Papers/Fractured entangled representation.md');
    expect(found.map((l) => l.title)).toEqual([LINE.idealized, LINE.universal, LINE.average]);
    const through = Object.fromEntries(found.map((l) => [l.path, [...(l.through ?? [])].sort()]));
    expect(through).toEqual({
      'Lines/Idealized settings.md': [CONCEPT.identical, CONCEPT.passing].sort(),
      'Lines/Universal behaviors.md': [CONCEPT.passing],
      'Lines/Average case.md': [CONCEPT.identical],
    });
  });

  it('is empty for a concept no line uses, and for a line', () => {
    expect(lines(index, 'Concepts/Valuing data.md')).toEqual([]);
    expect(lines(index, 'Lines/Average case.md')).toEqual([]);
    expect(lines(index, 'Nowhere.md')).toEqual([]);
  });
});

describe('sources(line) on the example vault', () => {
  it('follows the order of `sources`, each with its question, claim and summary', () => {
    const found = sources(index, 'Lines/Average case.md');
    expect(found.map((s) => [s.order, s.title])).toEqual([
      [0, CONCEPT.mechanics], [1, CONCEPT.predicting], [2, CONCEPT.depth], [3, CONCEPT.rl], [4, CONCEPT.modular],
      [5, CONCEPT.sparsity], [6, CONCEPT.linear], [7, CONCEPT.identical], [8, CONCEPT.hard],
    ]);
    expect(found[0]).toMatchObject({
      path: 'Concepts/Learning mechanics.md',
      kind: 'concept',
      question: expect.stringMatching(/^Could a physics-style study of training dynamics/),
      claim: expect.stringMatching(/^The scattered results of deep learning theory are coalescing/),
      summary: expect.stringMatching(/^Theory of deep networks has long come in pieces/),
    });
    expect(found.every((s) => s.summary && s.claim && s.question)).toBe(true);
  });

  it('without `sources`, takes the concepts the essay links, in order of first appearance', () => {
    expect(sources(index, 'Lines/Universal behaviors.md').map((s) => [s.order, s.title])).toEqual([
      [0, CONCEPT.mechanics], [1, CONCEPT.modular], [2, CONCEPT.sparsity], [3, CONCEPT.compositional],
      [4, CONCEPT.dot], [5, CONCEPT.depth], [6, CONCEPT.search], [7, CONCEPT.passing],
    ]);
  });

  it('is empty for a line with no sources at all, and for a note that is no line', () => {
    expect(sources(index, 'Mistakes/Line without sources.md')).toEqual([]);
    expect(sources(index, 'Concepts/Learning mechanics.md')).toEqual([]);
  });
});

describe('next(line) on the example vault', () => {
  it('lists the next lines in the order given', () => {
    expect(next(index, 'Lines/Idealized settings.md').map((l) => l.title)).toEqual([LINE.average, LINE.mech]);
    expect(next(index, 'Lines/Inductive bias.md').map((l) => l.path)).toEqual(['Lines/Universal behaviors.md', 'Lines/Post-training.md']);
  });

  it('takes a single link as a list of one', () => {
    expect(next(index, 'Lines/Mech interp and mechanics.md')).toEqual([{ path: 'Lines/Idealized settings.md', title: LINE.idealized, kind: 'line' }]);
  });

  it('is empty for a line without next', () => {
    expect(next(index, 'Mistakes/Cited not in sources.md')).toEqual([]);
  });
});

describe('sources, lines and next on small vaults', () => {
  it('a source listed twice counts once, at its first place; next lines listed twice too', () => {
    const { index: small } = vault({
      'Lines/L.md': { fm: { corpus: 'line', sources: ['[[B]]', '[[A]]', '[[B]]'], next: ['[[M]]', '[[M]]'] } },
      'Lines/M.md': { fm: { corpus: 'line', sources: '[[A]]' } },
      'A.md': { fm: { corpus: 'concept', title: 'Alpha' } },
      'B.md': { fm: { corpus: 'concept', title: 'Beta', summary: 'Beta in one paragraph.' } },
    });
    expect(sources(small, 'Lines/L.md').map((s) => [s.order, s.title, s.summary])).toEqual([[0, 'Beta', 'Beta in one paragraph.'], [1, 'Alpha', undefined]]);
    expect(next(small, 'Lines/L.md').map((l) => l.path)).toEqual(['Lines/M.md']);
    expect(lines(small, 'A.md').map((l) => l.path)).toEqual(['Lines/L.md', 'Lines/M.md']);
  });

  it('body order skips papers and notes outside the corpus and repeats', () => {
    const { index: small } = vault({
      'Lines/L.md': { fm: { corpus: 'line' }, links: ['P', 'B', 'Plain', 'A', 'B#Again'] },
      'A.md': { fm: { corpus: 'concept' } },
      'B.md': { fm: { corpus: 'concept' } },
      'P.md': { fm: { corpus: 'paper' } },
      'Plain.md': {},
    });
    expect(sources(small, 'Lines/L.md').map((s) => s.path)).toEqual(['B.md', 'A.md']);
    expect(lines(small, 'B.md').map((l) => l.path)).toEqual(['Lines/L.md']);
    expect(lines(small, 'P.md')).toEqual([]);
  });

  it('gives walks the same notes as the list of sources, as records, repeats kept', () => {
    const { index: small } = vault({
      'Lines/Given.md': { fm: { corpus: 'line', sources: ['[[B]]', '[[Gone]]', '[[A]]', '[[B]]', '[[P]]'] }, links: ['C'] },
      'Lines/Body.md': { fm: { corpus: 'line' }, links: ['P', 'C', 'Plain', 'A', 'C#Again'] },
      'A.md': { fm: { corpus: 'concept' } },
      'B.md': { fm: { corpus: 'concept' } },
      'C.md': { fm: { corpus: 'concept' } },
      'P.md': { fm: { corpus: 'paper' } },
      'Plain.md': {},
    });
    const into = [small.adjacency('Plain.md')!, small.adjacency('Plain.md')!, small.adjacency('Plain.md')!, small.adjacency('Plain.md')!, small.adjacency('Plain.md')!, small.adjacency('Plain.md')!];
    for (const [path, expected] of [['Lines/Given.md', ['B.md', 'A.md', 'B.md', 'P.md']], ['Lines/Body.md', ['C.md', 'A.md']]] as const) {
      sourceRecords(small.adjacency(path)!, into);
      expect(into.map((end) => end.path)).toEqual(expected);
      expect([...new Set(into.map((end) => end.path))]).toEqual(sourcePaths(small, small.note(path) as LineNote));
    }
  });
});
