import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../../src/core/graph/corpus-index';
import { backlinks } from '../../../src/core/queries/backlinks';
import { vault } from '../../helpers/vault';
import { exampleIndex } from './example-index';

describe('backlinks(note) on a small vault', () => {
  const { index } = vault({
    'Concepts/Target.md': { fm: { corpus: 'concept', title: 'Target concept' } },
    'Papers/Target paper.md': { fm: { corpus: 'paper', title: 'Target paper', arxiv: '2401.11817' } },
    'Lines/Target line.md': { fm: { corpus: 'line', title: 'Target line', sources: '[[Target]]' } },
    'Concepts/Everything.md': {
      fm: {
        corpus: 'concept', title: 'Every way',
        related: ['[[Target]] adjacent: close', { to: '[[Target]]', relation: 'extends' }],
        papers: ['[[Target paper]]'],
        see_also: '[[Target]]',
        reading: { next: ['[[Target]]'] },
      },
      links: ['Target', 'Target#Heading', 'Target paper'],
    },
    'Lines/Line.md': {
      fm: { corpus: 'line', title: 'A line', sources: ['[[Target]]'], next: '[[Target line]]', prompt: { anchors: ['[[Target paper]]'] } },
      links: ['Target'],
    },
    'Notes/Plain.md': { fm: { topic: '[[Target]]' }, links: ['Target'] },
    'Notes/Unrelated.md': { links: ['Lines/Line'] },
  });

  it('lists each linking note once, with every way it links, notes outside the corpus included', () => {
    expect(backlinks(index, 'Concepts/Target.md')).toEqual([
      { path: 'Lines/Line.md', title: 'A line', kind: 'line', how: ['source', 'body'] },
      { path: 'Concepts/Everything.md', title: 'Every way', kind: 'concept', how: ['related', 'property:see_also', 'property:reading', 'body'] },
      { path: 'Notes/Plain.md', title: 'Plain', kind: 'note', how: ['property:topic', 'body'] },
      { path: 'Lines/Target line.md', title: 'Target line', kind: 'line', how: ['source'] },
    ]);
  });

  it('names papers and anchors for a paper, next for a line', () => {
    expect(backlinks(index, 'Papers/Target paper.md').map((b) => [b.path, b.how])).toEqual([
      ['Lines/Line.md', ['anchor']],
      ['Concepts/Everything.md', ['paper', 'body']],
    ]);
    expect(backlinks(index, 'Lines/Target line.md').map((b) => [b.path, b.how])).toEqual([['Lines/Line.md', ['next']]]);
  });

  it('is empty for a note nothing links to', () => {
    expect(backlinks(index, 'Notes/Unrelated.md')).toEqual([]);
    expect(backlinks(index, 'Nowhere.md')).toEqual([]);
  });
});

describe('backlinks(note) on the example vault', () => {
  let index: CorpusIndex;
  beforeAll(async () => {
    index = (await exampleIndex()).index;
  });

  it('finds every note that links to the learning-mechanics concept, once each', () => {
    const found = backlinks(index, 'Concepts/Learning mechanics.md');
    const how = Object.fromEntries(found.map((b) => [b.path, b.how]));
    expect(how).toEqual({
      'Concepts/Cognitive science methods.md': ['related'],
      'Concepts/Human understanding first.md': ['related'],
      'Concepts/Inside a language model.md': ['related'],
      'Concepts/Predicting LLM failures.md': ['related'],
      'Concepts/Search step scaling.md': ['related'],
      'Concepts/Valuing data.md': ['related'],
      'Lines/Average case.md': ['source', 'body'],
      'Lines/Idealized settings.md': ['source', 'body'],
      'Lines/Mech interp and mechanics.md': ['source', 'body'],
      'Lines/Post-training.md': ['source', 'body'],
      'Lines/Universal behaviors.md': ['body'],
      'Mistakes/Anchor without arxiv.md': ['source', 'body'],
      'Mistakes/Cited not in sources.md': ['source', 'body'],
      'Mistakes/Nested list link.md': ['related'],
      'Notes/Reading list.md': ['property:see_also', 'body'],
    });
    expect(found).toHaveLength(15);
  });

  it('sorts by title, as a reader scans the list', () => {
    const titles = backlinks(index, 'Concepts/Learning mechanics.md').map((b) => b.title);
    expect(titles[0]).toBe('Can cognitive science methods unlock how LLMs actually work?');
    expect(titles).toContain('Reading list');
    expect(titles.at(-1)).toBe('Why should deep learning theory prioritize average-case over worst-case analysis?');
  });

  it('shows how a paper is reached: drawn on, anchored, listed under another key, linked in a text', () => {
    const how = Object.fromEntries(backlinks(index, 'Papers/Fractured entangled representation.md').map((b) => [b.path, b.how]));
    expect(how).toEqual({
      'Concepts/Identical outputs.md': ['paper'],
      'Concepts/Passing every test.md': ['paper'],
      'Lines/Idealized settings.md': ['anchor'],
      'Notes/Reading list.md': ['property:reading_next', 'body'],
    });
  });

  it('shows the lines that lead to a line', () => {
    const how = Object.fromEntries(backlinks(index, 'Lines/Average case.md').map((b) => [b.path, b.how]));
    expect(how).toEqual({
      'Lines/Idealized settings.md': ['next'],
      'Lines/Post-training.md': ['next'],
      'Notes/Seminar plan.md': ['body'],
    });
  });
});
