import { describe, expect, it } from 'vitest';
import { TfIdfIndex } from '../../../src/core/similarity/tfidf-index';
import { tokenize } from '../../../src/core/similarity/tokenize';

const PAPERS: Record<string, string> = {
  'papers/Sparse autoencoders.md':
    'Sparse autoencoders find interpretable features in language models. We train sparse dictionaries on transformer activations and find monosemantic features.',
  'papers/Grokking.md':
    'Grokking: generalization beyond overfitting on small algorithmic datasets. Networks suddenly generalize long after memorizing their training data.',
  'papers/Protein folding.md':
    'Highly accurate protein structure prediction. A deep network predicts the three-dimensional structure of proteins from amino acid sequences.',
  'papers/Scaling laws.md':
    'Scaling laws for neural language models: the loss falls as a power law of model size, dataset size and training compute.',
};

function indexOf(docs: Record<string, string>): TfIdfIndex {
  const index = new TfIdfIndex();
  for (const [id, text] of Object.entries(docs)) index.upsert(id, text);
  return index;
}

const ids = (results: { id: string }[]): string[] => results.map((r) => r.id);

describe('TfIdfIndex', () => {
  it('ranks a paper on the same topic above unrelated ones', () => {
    const results = indexOf(PAPERS).query('Which features do sparse autoencoders learn from transformer activations?', 10);
    expect(results[0].id).toBe('papers/Sparse autoencoders.md');
    expect(ids(results)).not.toContain('papers/Protein folding.md');
  });

  it('matches across word forms: "networks" finds "network"', () => {
    const index = indexOf({ a: 'A deep network for proteins', b: 'Gardening in small spaces' });
    expect(ids(index.query('deep networks', 5))).toEqual(['a']);
  });

  it('scores identical text close to 1, and lists it first', () => {
    const results = indexOf(PAPERS).query(PAPERS['papers/Grokking.md'], 10);
    expect(results[0].id).toBe('papers/Grokking.md');
    expect(results[0].score).toBeCloseTo(1, 5);
    expect(results[1].score).toBeLessThan(0.5);
  });

  it('gives cosine scores in [0, 1], best first', () => {
    const results = indexOf(PAPERS).query('language models trained on data', 10);
    expect(results.length).toBeGreaterThan(1);
    for (const { score } of results) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('orders equal scores by id', () => {
    const index = indexOf({ c: 'quantum error correction', a: 'quantum error correction', b: 'quantum error correction' });
    const results = index.query('error correction', 10);
    expect(ids(results)).toEqual(['a', 'b', 'c']);
    expect(new Set(results.map((r) => r.score)).size).toBe(1);
  });

  it('computes sublinear tf and smoothed idf as specified', () => {
    // Two documents: "alpha" is in both (idf 1), "beta" in one (idf ln(3/2) + 1), twice (tf 1 + ln 2).
    const index = indexOf({ one: 'alpha beta beta', two: 'alpha gamma' });
    const idfBeta = Math.log(3 / 2) + 1;
    const betaWeight = (1 + Math.log(2)) * idfBeta;
    const expected = betaWeight / Math.hypot(1, betaWeight);
    const results = index.query('beta', 10);
    expect(ids(results)).toEqual(['one']);
    expect(results[0].score).toBeCloseTo(expected, 6);
  });

  it('never lists an excluded id', () => {
    const index = indexOf(PAPERS);
    const exclude = new Set(['papers/Sparse autoencoders.md', 'papers/Scaling laws.md']);
    const results = index.query('sparse autoencoders for language models and their training data', 10, { exclude });
    expect(results.length).toBeGreaterThan(0);
    for (const id of exclude) expect(ids(results)).not.toContain(id);
  });

  it('fills k from the rest when the best are excluded', () => {
    const index = indexOf({ a: 'graph layout', b: 'graph layout', c: 'graph layout', d: 'graph' });
    expect(ids(index.query('graph layout', 2, { exclude: new Set(['a', 'b']) }))).toEqual(['c', 'd']);
  });

  it('forgets a removed paper', () => {
    const index = indexOf(PAPERS);
    expect(index.remove('papers/Grokking.md')).toBe(true);
    expect(index.remove('papers/Grokking.md')).toBe(false);
    expect(index.has('papers/Grokking.md')).toBe(false);
    expect(index.size).toBe(3);
    expect(ids(index.query(PAPERS['papers/Grokking.md'], 10))).not.toContain('papers/Grokking.md');
  });

  it('replaces the text of a paper upserted again', () => {
    const index = indexOf(PAPERS);
    index.upsert('papers/Protein folding.md', 'Dictionary learning of sparse features with autoencoders');
    expect(index.size).toBe(4);
    expect(ids(index.query('amino acid sequences', 10))).not.toContain('papers/Protein folding.md');
    expect(ids(index.query('sparse autoencoders', 10))).toContain('papers/Protein folding.md');
  });

  it('gives no result for stop words alone, an empty text or an empty index', () => {
    const index = indexOf(PAPERS);
    expect(index.query('the of and with which', 10)).toEqual([]);
    expect(index.query('', 10)).toEqual([]);
    expect(index.query('zebra xylophone', 10)).toEqual([]);
    expect(new TfIdfIndex().query('sparse autoencoders', 10)).toEqual([]);
  });

  it('matches Greek, CJK and Arabic text with itself', () => {
    const docs = {
      greek: 'Η μηχανική μάθηση με νευρωνικά δίκτυα',
      chinese: '深度学习 神经网络 语言模型',
      arabic: 'التعلم العميق للشبكات العصبية',
      english: 'Deep learning with neural networks',
    };
    const index = indexOf(docs);
    for (const [id, text] of Object.entries(docs)) {
      const results = index.query(text, 10);
      expect(ids(results)).toEqual([id]);
      expect(results[0].score).toBeCloseTo(1, 5);
    }
  });

  it('returns at most k results, and none for k <= 0', () => {
    const index = indexOf({ a: 'graph', b: 'graph', c: 'graph', d: 'graph', e: 'tree' });
    expect(ids(index.query('graph', 2))).toEqual(['a', 'b']);
    expect(ids(index.query('graph', 100))).toEqual(['a', 'b', 'c', 'd']);
    expect(index.query('graph', 0)).toEqual([]);
    expect(index.query('graph', -3)).toEqual([]);
    expect(index.query('graph', Number.NaN)).toEqual([]);
  });

  it('agrees with a direct computation of the cosine', () => {
    const index = indexOf(PAPERS);
    const query = 'deep neural networks trained on language data at scale';
    const expected = referenceScores(PAPERS, query);
    const results = index.query(query, 10);
    expect(ids(results)).toEqual(ids(expected));
    results.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i].score, 6));
  });

  it('scores long documents with thousands of distinct words as the definition says', () => {
    const words = (prefix: string, n: number): string => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
    // The repeated words sit on both sides of the point where the vocabulary outgrows its first arrays.
    const docs = { long: words('w', 1000), repeats: `kappa lambda ${words('v', 600)} kappa lambda lambda`, short: 'kappa' };
    const index = indexOf(docs);
    const self = index.query(docs.repeats, 3);
    expect(self[0].id).toBe('repeats');
    expect(self[0].score).toBeCloseTo(1, 5);
    const query = 'kappa lambda v5 w7';
    const expected = referenceScores(docs, query);
    const results = index.query(query, 10);
    expect(ids(results)).toEqual(ids(expected));
    results.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i].score, 6));
  });

  it('is up to date after an upsert that changes no term', () => {
    const index = indexOf(PAPERS);
    index.refresh();
    index.upsert('papers/Grokking.md', PAPERS['papers/Grokking.md'].toUpperCase());
    expect(index.needsRefresh).toBe(false);
    index.upsert('papers/Grokking.md', 'something else entirely');
    expect(index.needsRefresh).toBe(true);
  });

  it('lists its ids and forgets all on clear', () => {
    const index = indexOf(PAPERS);
    expect([...index.keys()].sort()).toEqual(Object.keys(PAPERS).sort());
    index.clear();
    expect(index.size).toBe(0);
    expect(index.query(PAPERS['papers/Grokking.md'], 10)).toEqual([]);
    index.upsert('x', 'graph layout');
    expect(ids(index.query('graph', 10))).toEqual(['x']);
  });
});

/** The cosine of TF-IDF vectors written out plainly, from the definition. */
function referenceScores(docs: Record<string, string>, query: string): { id: string; score: number }[] {
  const counts = (text: string): Map<string, number> => {
    const map = new Map<string, number>();
    for (const term of tokenize(text)) map.set(term, (map.get(term) ?? 0) + 1);
    return map;
  };
  const docCounts = Object.entries(docs).map(([id, text]) => [id, counts(text)] as const);
  const df = new Map<string, number>();
  for (const [, map] of docCounts) for (const term of map.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docCounts.length;
  const vector = (map: Map<string, number>): Map<string, number> =>
    new Map([...map].map(([term, c]) => [term, (1 + Math.log(c)) * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1)]));
  const norm = (v: Map<string, number>): number => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const q = vector(counts(query));
  const scored = docCounts.map(([id, map]) => {
    const d = vector(map);
    let dot = 0;
    for (const [term, w] of q) dot += w * (d.get(term) ?? 0);
    return { id, score: dot / (norm(q) * norm(d)) };
  });
  return scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
