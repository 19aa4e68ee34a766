import { describe, expect, it } from 'vitest';
import { TfIdfIndex } from '../../../src/core/similarity/tfidf-index';

/** A small seeded generator (mulberry32), so that every run sees the same texts. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'graph', 'graphs', 'network', 'networks', 'sparse', 'dictionary', 'feature', 'features', 'circuit', 'attention',
  'layer', 'layers', 'training', 'trained', 'loss', 'scaling', 'law', 'protein', 'structure', 'language',
  'model', 'models', 'grokking', 'memorization', 'generalization', 'the', 'of', 'and', 'with', 'μάθηση',
  'δίκτυα', '神经网络', 'التعلم', 'data', 'compute', 'token', 'tokens', 'probe', 'linear', 'representation',
];

/** Texts of 3 to 30 words drawn from a small vocabulary, so that documents share terms and scores tie. */
function textMaker(random: () => number): () => string {
  return () => {
    const length = 3 + Math.floor(random() * 28);
    const words: string[] = [];
    // Squaring skews the draw towards the first words, as real term frequencies are skewed.
    for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(random() * random() * WORDS.length)]);
    return words.join(random() < 0.5 ? ' ' : ', ');
  };
}

function freshIndex(docs: Map<string, string>): TfIdfIndex {
  const index = new TfIdfIndex();
  for (const [id, text] of docs) index.upsert(id, text);
  return index;
}

describe('TfIdfIndex built in slices and by changes', () => {
  it('stops at a deadline already past, and a later refresh gives the fresh ranking', () => {
    const random = mulberry32(7);
    const nextText = textMaker(random);
    const docs = new Map<string, string>();
    for (let i = 0; i < 300; i++) docs.set(`paper-${i}`, nextText());
    const sliced = new TfIdfIndex({ sliceWork: 64 });
    for (const [id, text] of docs) sliced.upsert(id, text);

    expect(sliced.refresh(performance.now() - 1)).toBe(false);
    expect(sliced.needsRefresh).toBe(true);
    expect(sliced.refresh()).toBe(true);
    expect(sliced.refresh(performance.now() - 1)).toBe(true);

    const fresh = freshIndex(docs);
    for (let q = 0; q < 20; q++) {
      const query = nextText();
      expect(sliced.query(query, 10)).toEqual(fresh.query(query, 10));
    }
  });

  it('finishes through repeated calls even when every deadline has passed', () => {
    const docs = new Map<string, string>();
    const nextText = textMaker(mulberry32(11));
    for (let i = 0; i < 200; i++) docs.set(`p${i}`, nextText());
    const index = new TfIdfIndex({ sliceWork: 32 });
    for (const [id, text] of docs) index.upsert(id, text);
    let calls = 1;
    while (!index.refresh(0)) calls++;
    expect(calls).toBeGreaterThan(1);
    const query = nextText();
    expect(index.query(query, 10)).toEqual(freshIndex(docs).query(query, 10));
  });

  it('answers a query asked in the middle of a sliced refresh as a fresh index would', () => {
    const docs = new Map<string, string>();
    const nextText = textMaker(mulberry32(3));
    for (let i = 0; i < 200; i++) docs.set(`p${i}`, nextText());
    const index = new TfIdfIndex({ sliceWork: 16 });
    for (const [id, text] of docs) index.upsert(id, text);
    index.refresh(0);
    index.refresh(0);
    // A change in the middle of a build must restart it, not mix old and new weights.
    docs.set('p5', 'sparse dictionary features');
    index.upsert('p5', 'sparse dictionary features');
    index.refresh(0);
    const query = 'sparse features of language models';
    expect(index.query(query, 15)).toEqual(freshIndex(docs).query(query, 15));
  });

  it('gives the same results built by upserts, removes and re-upserts as built fresh', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = mulberry32(seed);
      const nextText = textMaker(random);
      const docs = new Map<string, string>();
      const index = new TfIdfIndex({ sliceWork: 1 + Math.floor(random() * 200) });
      const pick = (): string => `paper-${Math.floor(random() * 60)}`;
      for (let step = 0; step < 400; step++) {
        const roll = random();
        if (roll < 0.55) {
          const id = pick();
          const text = nextText();
          docs.set(id, text);
          index.upsert(id, text);
        } else if (roll < 0.8) {
          const id = pick();
          expect(index.remove(id)).toBe(docs.delete(id));
        } else if (roll < 0.9) {
          index.refresh(0);
        } else {
          index.query(nextText(), 5);
        }
      }
      expect(index.size).toBe(docs.size);
      const fresh = freshIndex(docs);
      for (let q = 0; q < 25; q++) {
        const query = nextText();
        const k = 1 + Math.floor(random() * 12);
        const exclude = new Set([pick(), pick()]);
        expect(index.query(query, k, { exclude }), `seed ${seed}, query ${q}`).toEqual(fresh.query(query, k, { exclude }));
      }
    }
  });
});
