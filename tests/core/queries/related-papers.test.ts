import { describe, expect, it } from 'vitest';
import { PaperSimilarity } from '../../../src/core/queries/related-papers';
import { vault } from '../../helpers/vault';

const SPARSE = 'Transformers trained with sparse weights form small interpretable circuits that pruning can isolate.';

function library() {
  return vault({
    'Concepts/Sparse weight training.md': {
      fm: {
        corpus: 'concept',
        title: 'Can sparse weight training make transformers interpretable?',
        claim: 'Sparse weights give small interpretable circuits.',
        summary: SPARSE,
        papers: ['[[Papers/Vision circuits]]'],
      },
    },
    'Papers/Weight-sparse transformers.md': {
      fm: { corpus: 'paper', title: 'Weight-sparse transformers have interpretable circuits', arxiv: '2511.13653', year: 2025, summary: SPARSE },
    },
    'Papers/Weight-sparse preprint.md': {
      fm: { corpus: 'paper', title: 'Weight-sparse transformers (preprint)', arxiv: 'arXiv:2511.13653v1', summary: 'Sparse weights and pruning in transformers.' },
    },
    'Papers/Vision circuits.md': {
      fm: { corpus: 'paper', title: 'Circuits in vision models', year: 2020, summary: 'Interpretable features and circuits in convolutional networks.' },
    },
    'Papers/Pasta.md': { fm: { corpus: 'paper', title: 'Cooking pasta', summary: 'Boil water, add salt, wait ten minutes.' } },
    'Papers/Scaling A.md': { fm: { corpus: 'paper', title: 'Scaling Laws for Neural Language Models', summary: 'Loss falls as a power law of transformers size.' } },
    'Papers/Scaling B.md': { fm: { corpus: 'paper', title: 'Scaling laws for neural language models', summary: 'Power laws in compute, data and the parameters of transformers.' } },
  });
}

describe('relatedPapers(note, k)', () => {
  const { index } = library();
  const similarity = new PaperSimilarity(index);

  it('ranks papers by how much text they share with the note, leaving out papers that share none', () => {
    const found = similarity.related('Concepts/Sparse weight training.md');
    const paths = found.map((p) => p.path);
    expect(['Papers/Weight-sparse transformers.md', 'Papers/Weight-sparse preprint.md']).toContain(paths[0]);
    expect(paths).toContain('Papers/Vision circuits.md');
    expect(paths).not.toContain('Papers/Pasta.md');
    const scores = found.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('keeps papers the note already links, marked as linked', () => {
    const found = similarity.related('Concepts/Sparse weight training.md');
    expect(found.find((p) => p.path === 'Papers/Vision circuits.md')).toMatchObject({ kind: 'paper', linked: true, year: 2020 });
    expect(found[0].linked).toBe(false);
  });

  it('lists two notes of one paper once, naming the other as a duplicate', () => {
    const found = similarity.related('Concepts/Sparse weight training.md');
    const sparse = found.filter((p) => p.path.startsWith('Papers/Weight-sparse'));
    expect(sparse).toHaveLength(1);
    const other = sparse[0].path === 'Papers/Weight-sparse transformers.md' ? 'Papers/Weight-sparse preprint.md' : 'Papers/Weight-sparse transformers.md';
    expect(sparse[0].duplicates).toEqual([other]);
  });

  it('folds papers that share a title (whatever its capitals) as well as an arXiv id', () => {
    const found = similarity.related('Papers/Weight-sparse transformers.md', 10);
    const scaling = found.filter((p) => p.path.startsWith('Papers/Scaling'));
    expect(scaling).toHaveLength(1);
    expect(scaling[0].duplicates).toHaveLength(1);
  });

  it('never lists a paper note\'s own twin', () => {
    const paths = similarity.related('Papers/Weight-sparse transformers.md').map((p) => p.path);
    expect(paths).not.toContain('Papers/Weight-sparse transformers.md');
    expect(paths).not.toContain('Papers/Weight-sparse preprint.md');
    expect(paths).toContain('Papers/Vision circuits.md');
  });

  it('stops at k', () => {
    expect(similarity.related('Concepts/Sparse weight training.md', 1)).toHaveLength(1);
    expect(similarity.related('Concepts/Sparse weight training.md', 0)).toEqual([]);
    expect(similarity.related('Nowhere.md')).toEqual([]);
  });

  it('follows the index as papers come and go', () => {
    const { index: live, resolver } = library();
    const sim = new PaperSimilarity(live);
    resolver.add('Papers/Circuit surgery.md');
    live.upsert({ path: 'Papers/Circuit surgery.md', frontmatter: { corpus: 'paper', title: 'Circuit surgery', summary: SPARSE }, links: [] });
    expect(sim.related('Concepts/Sparse weight training.md').map((p) => p.path)).toContain('Papers/Circuit surgery.md');
    live.remove('Papers/Circuit surgery.md');
    expect(sim.related('Concepts/Sparse weight training.md').map((p) => p.path)).not.toContain('Papers/Circuit surgery.md');
  });
});
