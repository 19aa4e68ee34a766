import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../../src/core/graph/corpus-index';
import { findNote } from '../../../src/core/queries/find-note';
import { exampleIndex } from './example-index';

let index: CorpusIndex;
beforeAll(async () => {
  index = (await exampleIndex()).index;
});

describe('findNote: the note a person means', () => {
  it.each([
    ['a vault path', 'Concepts/Learning mechanics.md'],
    ['a vault path without .md', 'Concepts/Learning mechanics'],
    ['a wiki-link', '[[Learning mechanics]]'],
    ['a link with a heading and shown text', '[[Learning mechanics#Physics as a template|physics]]'],
    ['a file name in other capitals', 'learning MECHANICS'],
    ['a title', 'Can deep learning theory unify around training dynamics?'],
    ['a title in other capitals, with extra spaces', '  can deep learning theory unify around  training dynamics? '],
  ])('finds a concept by %s', (_how, query) => {
    expect(findNote(index, query)).toEqual({ ok: true, path: 'Concepts/Learning mechanics.md' });
  });

  it('finds a note by an alias', () => {
    expect(findNote(index, 'Inevitable hallucination')).toEqual({ ok: true, path: 'Concepts/Hallucination inevitable.md' });
    expect(findNote(index, 'FER paper')).toEqual({ ok: true, path: 'Papers/Fractured entangled representation.md' });
  });

  it('finds a note outside the corpus by its path or name', () => {
    expect(findNote(index, 'Reading list')).toEqual({ ok: true, path: 'Notes/Reading list.md' });
  });

  it('says a title two notes share is ambiguous, listing both', () => {
    const found = findNote(index, 'Understanding Deep Learning Requires Rethinking Generalization');
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.reason).toBe('ambiguous');
    expect(found.candidates.map((c) => c.path)).toEqual(['Mistakes/Duplicate paper copy.md', 'Mistakes/Duplicate paper.md']);
    expect(found.candidates.every((c) => c.kind === 'paper')).toBe(true);
  });

  it('says an unknown name is unknown, offering the note whose title or path holds it', () => {
    const found = findNote(index, 'Echo');
    expect(found).toEqual({
      ok: false,
      reason: 'unknown',
      candidates: [{ path: 'Papers/Echo Chamber.md', title: 'Echo Chamber: RL Post-training Amplifies Behaviors Learned in Pretraining', kind: 'paper' }],
    });
  });

  it('says a name that nothing resembles is unknown, with no candidates', () => {
    expect(findNote(index, 'Quantum gravity')).toEqual({ ok: false, reason: 'unknown', candidates: [] });
  });
});
