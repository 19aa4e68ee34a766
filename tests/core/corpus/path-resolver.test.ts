import { describe, expect, it } from 'vitest';
import { PathResolver } from '../../../src/core/corpus/path-resolver';
import { vault } from '../../helpers/vault';

describe('PathResolver: links resolve as Obsidian resolves them', () => {
  it('ignores case', () => {
    const r = new PathResolver(['Concepts/Learning Mechanics.md']);
    expect(r.resolve('learning mechanics', 'Lines/a.md')).toBe('Concepts/Learning Mechanics.md');
    expect(r.resolve('CONCEPTS/LEARNING MECHANICS', 'Lines/a.md')).toBe('Concepts/Learning Mechanics.md');
  });

  it('matches composed and decomposed accents alike, and gives back the path as stored', () => {
    const composed = 'Notes/Caf\u00e9 talk.md';
    const decomposed = 'Notes/Cafe\u0301 talk.md';
    expect(new PathResolver([composed]).resolve('Cafe\u0301 talk', 'x.md')).toBe(composed);
    expect(new PathResolver([decomposed]).resolve('Caf\u00e9 talk', 'x.md')).toBe(decomposed);
  });

  it('takes the full path first, even over a file of that name next to the linking note', () => {
    const r = new PathResolver(['A/Note.md', 'B/Note.md']);
    expect(r.resolve('B/Note', 'A/source.md')).toBe('B/Note.md');
    expect(r.resolve('/B/Note', 'A/source.md')).toBe('B/Note.md');
  });

  it('finds a file by its name alone, however deep', () => {
    const r = new PathResolver(['Deep/er/still/Target.md']);
    expect(r.resolve('Target', 'Other/source.md')).toBe('Deep/er/still/Target.md');
    expect(r.resolve('still/Target', 'Other/source.md')).toBe('Deep/er/still/Target.md');
    expect(r.resolve('er/Target', 'Other/source.md')).toBeNull();
  });

  it('prefers the twin in the linking note\'s folder', () => {
    const r = new PathResolver(['A/Note.md', 'B/Note.md', 'C/D/Note.md']);
    expect(r.resolve('Note', 'B/source.md')).toBe('B/Note.md');
    expect(r.resolve('Note', 'C/D/source.md')).toBe('C/D/Note.md');
    expect(r.resolve('Note', 'A/source.md')).toBe('A/Note.md');
  });

  it('else prefers the shortest path among twins', () => {
    const r = new PathResolver(['Long/folder/name/Note.md', 'Short/Note.md', 'Longer/Note.md']);
    expect(r.resolve('Note', 'Elsewhere/source.md')).toBe('Short/Note.md');
    // A root file is the shortest path of all.
    r.add('Note.md');
    expect(r.resolve('Note', 'Elsewhere/source.md')).toBe('Note.md');
  });

  it('takes `.md` or leaves it off, and resolves other files only by their full name', () => {
    const r = new PathResolver(['Papers/EASE.md', 'Figures/chart.png']);
    expect(r.resolve('Papers/EASE.md', 'x.md')).toBe('Papers/EASE.md');
    expect(r.resolve('EASE.md', 'x.md')).toBe('Papers/EASE.md');
    expect(r.resolve('chart.png', 'x.md')).toBe('Figures/chart.png');
    expect(r.resolve('chart', 'x.md')).toBeNull();
  });

  it('follows ./ and ../ from the linking note\'s folder', () => {
    const r = new PathResolver(['A/B/Note.md', 'A/Note.md', 'Note.md']);
    expect(r.resolve('./Note', 'A/B/source.md')).toBe('A/B/Note.md');
    expect(r.resolve('../Note', 'A/B/source.md')).toBe('A/Note.md');
    expect(r.resolve('../../Note.md', 'A/B/source.md')).toBe('Note.md');
  });

  it('resolves nothing for an unknown name or an empty link', () => {
    const r = new PathResolver(['A/Note.md']);
    expect(r.resolve('Missing', 'A/x.md')).toBeNull();
    expect(r.resolve('  ', 'A/x.md')).toBeNull();
  });

  it('forgets a removed file, and a twin takes its place', () => {
    const r = new PathResolver(['A/Note.md', 'B/Note.md']);
    expect(r.resolve('Note', 'A/x.md')).toBe('A/Note.md');
    r.remove('A/Note.md');
    expect(r.has('A/Note.md')).toBe(false);
    expect(r.resolve('Note', 'A/x.md')).toBe('B/Note.md');
    expect(r.resolve('A/Note', 'A/x.md')).toBeNull();
  });
});

describe('the title and alias fallback', () => {
  it('resolves a link naming one corpus note\'s title, and reports it as resolved-by-title', () => {
    const { index } = vault({
      'Concepts/Hallucination inevitable.md': { fm: { corpus: 'concept', title: 'Can any computable LLM avoid hallucinating?' } },
      'Concepts/Asker.md': { fm: { corpus: 'concept', related: ['[[can any computable LLM avoid hallucinating?]]'] } },
    });
    expect(index.outEdges('Concepts/Asker.md')).toMatchObject([{ target: 'Concepts/Hallucination inevitable.md', kind: 'related', via: 'title' }]);
    const problems = index.problemsOf('Concepts/Asker.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'related[0]', code: 'resolved-by-title', severity: 'warning' });
    expect(problems[0].message).toContain('[[Concepts/Hallucination inevitable]]');
  });

  it('resolves through an alias too', () => {
    const { index } = vault({
      'Concepts/Learned sparsity.md': { fm: { corpus: 'concept', aliases: ['Activation sparsity'] } },
      'Lines/L.md': { fm: { corpus: 'line', sources: ['[[Activation sparsity]]'] } },
    });
    expect(index.outEdges('Lines/L.md')).toMatchObject([{ target: 'Concepts/Learned sparsity.md', via: 'title' }]);
    expect(index.problemsOf('Lines/L.md').map((p) => p.code)).toEqual(['resolved-by-title']);
  });

  it('prefers a file to a title, and gives up when two notes share the name', () => {
    const { index } = vault({
      'Concepts/Depth.md': { fm: { corpus: 'concept', title: 'Width' } },
      'Concepts/Width.md': { fm: { corpus: 'concept', title: 'Something else' } },
      'Concepts/One.md': { fm: { corpus: 'concept', aliases: ['Shared'] } },
      'Concepts/Two.md': { fm: { corpus: 'concept', aliases: ['Shared'] } },
      'Concepts/Asker.md': { fm: { corpus: 'concept', related: ['[[Width]]', '[[Shared]]'] } },
    });
    expect(index.outEdges('Concepts/Asker.md')).toMatchObject([{ target: 'Concepts/Width.md', via: 'path' }]);
    expect(index.problemsOf('Concepts/Asker.md').map((p) => `${p.field}:${p.code}`)).toEqual(['related[1]:unresolved-link']);
  });

  it('is not used for notes outside the corpus', () => {
    const { index } = vault({
      'Concepts/C.md': { fm: { corpus: 'concept', title: 'A titled concept' } },
      'Notes/Plain.md': { links: ['A titled concept'] },
    });
    expect(index.outEdges('Notes/Plain.md')).toEqual([]);
    expect(index.problemsOf('Notes/Plain.md')).toEqual([]);
  });
});
