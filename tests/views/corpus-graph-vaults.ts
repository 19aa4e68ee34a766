/**
 * Corpora for the corpus graph tests, whose degrees, folders, tags and relations
 * can be read off the notes.
 */
import type { TestNote } from '../helpers/vault';

/**
 * A reading corpus: Hub relates to A (adjacent), B (extends) and C (adjacent
 * framing) and cites one paper; A contrasts with B; two lines draw on Hub; one
 * plain note links into the corpus, another only to a third plain note.
 */
export const READING: Record<string, TestNote> = {
  'C/hub.md': {
    fm: {
      corpus: 'concept',
      title: 'Hub of learning dynamics',
      aliases: ['Central idea'],
      tags: ['topic/ml'],
      papers: ['[[P/grokking]]'],
      related: [
        '[[C/a]] adjacent: same circuits',
        { to: '[[C/b]]', relation: 'extends', why: 'further along' },
        { to: '[[C/sub/c]]', relation: 'adjacent framing', why: 'seen from the data side' },
      ],
    },
  },
  'C/a.md': { fm: { corpus: 'concept', title: 'Alpha circuits', tags: ['topic'], related: ['[[C/b]] contrasts: opposite claim'] } },
  'C/b.md': { fm: { corpus: 'concept', title: 'Beta weights', tags: ['#Other'] } },
  'C/sub/c.md': { fm: { corpus: 'concept', title: 'Gamma data', tags: ['topic/data'] } },
  'L/first.md': { fm: { corpus: 'line', title: 'How do circuits form?', sources: ['[[C/hub]]', '[[C/a]]'], next: ['[[L/second]]'] } },
  'L/second.md': { fm: { corpus: 'line', title: 'What comes after grokking?', sources: ['[[C/hub]]'] } },
  'P/grokking.md': { fm: { corpus: 'paper', title: 'Grokking: generalisation beyond overfitting', year: 2022, arxiv: '2201.02177' } },
  'P/lonely.md': { fm: { corpus: 'paper', title: 'A lonely paper', year: 2020 } },
  'N/reading list.md': { links: ['C/hub'] },
  'N/daily.md': { links: ['N/other'] },
  'N/other.md': {},
};

/**
 * Degrees by construction: Big cites six papers (6), Mid three (3), Small one (1),
 * Alone none (0); paper 1 is cited three times (3), papers 2 and 3 twice, 4 to 6 once.
 */
export const DEGREES: Record<string, TestNote> = {
  'C/big.md': { fm: { corpus: 'concept', title: 'Big', papers: [1, 2, 3, 4, 5, 6].map((i) => `[[P/p${i}]]`) } },
  'C/mid.md': { fm: { corpus: 'concept', title: 'Mid', papers: [1, 2, 3].map((i) => `[[P/p${i}]]`) } },
  'C/small.md': { fm: { corpus: 'concept', title: 'Small', papers: ['[[P/p1]]'] } },
  'C/alone.md': { fm: { corpus: 'concept', title: 'Alone' } },
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`P/p${i}.md`, { fm: { corpus: 'paper', title: `Paper ${i}` } }])),
};
