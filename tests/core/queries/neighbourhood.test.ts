import { describe, expect, it } from 'vitest';
import { neighbourhood, type NeighbourItem } from '../../../src/core/queries/neighbourhood';
import { vault, type TestNote } from '../../helpers/vault';

const concept = (fm: Record<string, unknown> = {}, links?: string[]): TestNote => ({ fm: { corpus: 'concept', ...fm }, links });
const paper = (fm: Record<string, unknown> = {}): TestNote => ({ fm: { corpus: 'paper', ...fm } });
const line = (fm: Record<string, unknown> = {}): TestNote => ({ fm: { corpus: 'line', ...fm } });

function byPath(items: NeighbourItem[]): Record<string, NeighbourItem> {
  return Object.fromEntries(items.map((i) => [i.path, i]));
}

describe('neighbourhood(note): why each note is there', () => {
  const { index } = vault({
    'C/A.md': concept({ title: 'Alpha', related: ['[[B]] adjacent: both read training as aggregate behaviour'], papers: ['[[P1]]', '[[P2]]'] }),
    'C/B.md': concept({ title: 'Beta' }),
    'C/D.md': concept({ title: 'Delta', papers: ['[[P1]]', '[[P2]]'] }),
    'C/E.md': concept({ title: 'Epsilon' }),
    'C/Far.md': concept({ title: 'Far away' }),
    'P/P1.md': paper({ title: 'Paper one' }),
    'P/P2.md': paper({ title: 'Paper two' }),
    'L/L1.md': line({ title: 'Line one', sources: ['[[A]]', '[[E]]'] }),
    'L/L2.md': line({ title: 'Line two', sources: ['[[E]]', '[[A]]'] }),
    'L/L3.md': line({ title: 'Line three', sources: ['[[A]]', '[[E]]'] }),
    'N/Plain.md': { links: ['A'] },
  });
  const hood = neighbourhood(index, 'C/A.md');
  const items = byPath(hood?.items ?? []);

  it('has the centre and every corpus note one hop away, each once, notes outside the corpus left out', () => {
    expect(hood?.center).toEqual({ path: 'C/A.md', title: 'Alpha', kind: 'concept' });
    expect(Object.keys(items).sort()).toEqual(['C/B.md', 'C/D.md', 'C/E.md', 'L/L1.md', 'L/L2.md', 'L/L3.md', 'P/P1.md', 'P/P2.md']);
    expect(hood?.total).toBe(8);
    expect(hood?.cut).toBeUndefined();
  });

  it('says a related note is related, with the relation and why as written, and ranks it first', () => {
    expect(items['C/B.md']).toMatchObject({ relation: 'adjacent', why: 'both read training as aggregate behaviour', depth: 1 });
    expect(items['C/B.md'].reasons).toEqual(['related: adjacent']);
    expect(hood?.items[0].path).toBe('C/B.md');
  });

  it('says a concept drawing on the same papers shares them', () => {
    expect(items['C/D.md'].reasons).toEqual(['shares 2 papers']);
  });

  it('says a concept cited by the same lines is co-cited', () => {
    expect(items['C/E.md'].reasons).toEqual(['co-cited by 3 lines']);
  });

  it('says how the direct neighbours link', () => {
    expect(items['P/P1.md'].reasons).toEqual(['paper it draws on']);
    expect(items['L/L2.md'].reasons).toEqual(['a line citing it']);
  });

  it('ranks by score, highest first', () => {
    const scores = hood?.items.map((i) => i.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(items['C/D.md'].score).toBeGreaterThan(items['P/P1.md'].score);
    expect(items['C/E.md'].score).toBeGreaterThan(items['L/L1.md'].score);
  });

  it('draws the edges among the notes kept, and none to notes left out', () => {
    expect(hood?.edges).toContainEqual({ source: 'C/A.md', target: 'C/B.md', kind: 'related', relation: 'adjacent' });
    expect(hood?.edges).toContainEqual({ source: 'L/L2.md', target: 'C/E.md', kind: 'source' });
    expect(hood?.edges.filter((e) => e.source === 'N/Plain.md')).toEqual([]);
  });

  it('is null for an unknown note', () => {
    expect(neighbourhood(index, 'Nowhere.md')).toBeNull();
  });
});

describe('neighbourhood(note): depth and limit', () => {
  const { index } = vault({
    'A.md': concept({ title: 'A', related: ['[[B]]', '[[B2]]', '[[B3]]', '[[B4]]', '[[B5]]'] }),
    'B.md': concept({ title: 'B', related: ['[[C]]'] }),
    'B2.md': concept({ title: 'B2' }),
    'B3.md': concept({ title: 'B3' }),
    'B4.md': concept({ title: 'B4' }),
    'B5.md': concept({ title: 'B5' }),
    'C.md': concept({ title: 'C', related: ['[[D]]'] }),
    'D.md': concept({ title: 'D' }),
  });

  it('goes one hop by default', () => {
    expect(neighbourhood(index, 'A.md')?.items.map((i) => i.path).sort()).toEqual(['B.md', 'B2.md', 'B3.md', 'B4.md', 'B5.md']);
  });

  it('keeps the defaults for options given as undefined, as a command line without --depth or --limit gives them', () => {
    const hood = neighbourhood(index, 'A.md', { depth: undefined, limit: undefined });
    expect(hood?.items.map((i) => i.path).sort()).toEqual(['B.md', 'B2.md', 'B3.md', 'B4.md', 'B5.md']);
    expect(hood?.cut).toBeUndefined();
  });

  it('goes two hops at depth 2, saying through which note', () => {
    const hood = neighbourhood(index, 'A.md', { depth: 2 });
    const c = hood?.items.find((i) => i.path === 'C.md');
    expect(c).toMatchObject({ depth: 2, reasons: ['via B'] });
    expect(hood?.items.map((i) => i.path)).not.toContain('D.md');
    // A further note weighs less than a direct one.
    expect(hood?.items.at(-1)?.path).toBe('C.md');
  });

  it('goes three hops at depth 3', () => {
    expect(neighbourhood(index, 'A.md', { depth: 3 })?.items.find((i) => i.path === 'D.md')).toMatchObject({ depth: 3, reasons: ['via C'] });
  });

  it('cuts at the limit and says so', () => {
    const hood = neighbourhood(index, 'A.md', { depth: 2, limit: 2 });
    expect(hood?.items).toHaveLength(2);
    expect(hood?.total).toBe(6);
    expect(hood?.cut).toBe('showing 2 of 6 notes (limit 2)');
  });
});

describe('neighbourhood(note): hubs', () => {
  const notes: Record<string, TestNote> = {
    'C/Centre.md': concept({ title: 'Centre', papers: ['[[Hub]]', '[[Ordinary]]'], related: ['[[Friend]]'] }),
    'C/Friend.md': concept({ title: 'Friend', papers: ['[[Quiet]]'] }),
    'P/Hub.md': paper({ title: 'Hub paper' }),
    'P/Ordinary.md': paper({ title: 'Ordinary paper' }),
    'P/Quiet.md': paper({ title: 'Quiet paper' }),
  };
  for (let i = 0; i < 500; i++) notes[`C/Many ${i}.md`] = concept({ title: `Many ${i}`, papers: ['[[Hub]]'] });
  const { index } = vault(notes);

  it('does not let a paper linked by 500 concepts flood a depth-2 neighbourhood, nor walk through it', () => {
    const hood = neighbourhood(index, 'C/Centre.md', { depth: 2 });
    expect(hood?.items.map((i) => i.path).sort()).toEqual(['C/Friend.md', 'P/Hub.md', 'P/Ordinary.md', 'P/Quiet.md']);
    expect(hood?.total).toBe(4);
  });

  it('ranks the hub below an ordinary paper linked the same way', () => {
    const items = byPath(neighbourhood(index, 'C/Centre.md')?.items ?? []);
    expect(items['P/Hub.md'].reasons).toEqual(['paper it draws on']);
    expect(items['P/Hub.md'].score).toBeLessThan(items['P/Ordinary.md'].score);
  });

  it('keeps a concept drawing on the hub from reaching the other 499 through it', () => {
    const hood = neighbourhood(index, 'C/Many 7.md', { depth: 2 });
    expect(hood?.items.map((i) => i.path)).toEqual(['P/Hub.md']);
  });
});

describe('neighbourhood(note): lines without a sources field', () => {
  it('counts a line whose essay links both concepts as co-citing them, as lines() counts it as a source', () => {
    const { index } = vault({
      'C/A.md': concept({ title: 'Alpha' }),
      'C/B.md': concept({ title: 'Beta' }),
      'C/Unrelated.md': concept({ title: 'Gamma' }),
      'L/Essay.md': { fm: { corpus: 'line', title: 'An essay' }, links: ['A', 'B'] },
    });
    const items = byPath(neighbourhood(index, 'C/A.md')?.items ?? []);
    expect(items['C/B.md'].reasons).toContain('co-cited by 1 line');
    expect(items['C/Unrelated.md']).toBeUndefined();
  });
});
