import { describe, expect, it } from 'vitest';
import { ABSENT, WordTable, hashSpan } from '../../../src/core/similarity/word-table';

describe('WordTable', () => {
  it('finds words by their span in a longer text', () => {
    const table = new WordTable();
    table.add('graph', hashSpan('graph', 0, 5), 7);
    const text = 'a graph, graphs';
    expect(table.get(text, 2, 7, hashSpan(text, 2, 7))).toBe(7);
    expect(table.get(text, 9, 15, hashSpan(text, 9, 15))).toBe(ABSENT);
    expect(table.get(text, 9, 14, hashSpan(text, 9, 14))).toBe(7);
  });

  it('keeps every word through growth, even when all hashes collide', () => {
    const table = new WordTable();
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    words.forEach((word, i) => table.add(word, i % 2 === 0 ? 12345 : hashSpan(word, 0, word.length), i));
    expect(table.size).toBe(3000);
    words.forEach((word, i) => {
      const hash = i % 2 === 0 ? 12345 : hashSpan(word, 0, word.length);
      expect(table.get(word, 0, word.length, hash)).toBe(i);
    });
    expect(table.get('w3000', 0, 5, 12345)).toBe(ABSENT);
    table.clear();
    expect(table.get('w1', 0, 2, hashSpan('w1', 0, 2))).toBe(ABSENT);
  });
});
