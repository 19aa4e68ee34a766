import { describe, expect, it } from 'vitest';
import { TopK } from '../../../src/core/similarity/top-k';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('TopK', () => {
  it('keeps the best k by score, then by id, as a full sort would', () => {
    const random = mulberry32(99);
    for (let round = 0; round < 50; round++) {
      const n = Math.floor(random() * 300);
      const ids = Array.from({ length: n }, (_, i) => `doc-${(i * 7919) % 1000}`);
      // Few distinct scores, so that ties are common.
      const scores = ids.map(() => Math.floor(random() * 8) / 8);
      const k = Math.floor(random() * 20);
      const top = new TopK(k, ids);
      for (let slot = 0; slot < n; slot++) if (top.accepts(scores[slot], slot)) top.push(scores[slot], slot);
      const expected = ids
        .map((id, slot) => ({ id, score: scores[slot] }))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, k);
      expect(top.drain()).toEqual(expected);
    }
  });

  it('keeps nothing when k is 0', () => {
    const top = new TopK(0, ['a']);
    expect(top.accepts(1, 0)).toBe(false);
    expect(top.drain()).toEqual([]);
  });
});
