import { describe, expect, it } from 'vitest';
import { hubDamping, neighbourhood, type NeighbourItem } from '../../../src/core/queries/neighbourhood';
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

describe('neighbourhood(note): what depth counts', () => {
  // Alpha and Beta are co-cited by a line and share a paper; Beta's own related note is three
  // links from Alpha (Alpha, line, Beta, Gamma), so depth 2 must not reach it through Beta.
  const { index } = vault({
    'C/Alpha.md': concept({ title: 'Alpha', papers: ['[[Shared]]'] }),
    'C/Beta.md': concept({ title: 'Beta', papers: ['[[Shared]]'], related: ['[[Gamma]]'] }),
    'C/Gamma.md': concept({ title: 'Gamma' }),
    'P/Shared.md': paper({ title: 'Shared paper' }),
    'L/Line.md': line({ title: 'A line', sources: ['[[Alpha]]', '[[Beta]]'] }),
  });

  it('finds a co-cited note at depth 1, but does not walk on from it: what lies beyond is three links away', () => {
    const hood = neighbourhood(index, 'C/Alpha.md', { depth: 2 });
    const items = byPath(hood?.items ?? []);
    expect(items['C/Beta.md']).toMatchObject({ depth: 1 });
    expect(items['C/Beta.md'].reasons).toEqual(expect.arrayContaining(['co-cited by 1 line', 'shares 1 paper']));
    expect(items['C/Gamma.md']).toBeUndefined();
  });

  it('reaches that note at depth 3, through the co-cited note', () => {
    const items = byPath(neighbourhood(index, 'C/Alpha.md', { depth: 3 })?.items ?? []);
    expect(items['C/Gamma.md']).toMatchObject({ depth: 3, reasons: ['via Beta'] });
  });
});

describe('neighbourhood(note): a note reached through many others', () => {
  // Twelve concepts each relate to Centre and to Target: Target is reached through all twelve.
  const notes: Record<string, TestNote> = {
    'C/Centre.md': concept({ title: 'Centre', related: Array.from({ length: 12 }, (_, i) => `[[Step ${String(i).padStart(2, '0')}]]`) }),
    'C/Target.md': concept({ title: 'Target' }),
  };
  for (let i = 0; i < 12; i++) {
    const name = `Step ${String(i).padStart(2, '0')}`;
    // The first two link Target twice (related and in the text): they give it the most.
    notes[`C/${name}.md`] = concept({ title: name, related: ['[[Target]]'] }, i < 2 ? ['Target'] : []);
  }
  const { index } = vault(notes);
  const target = byPath(neighbourhood(index, 'C/Centre.md', { depth: 2 })?.items ?? [])['C/Target.md'];

  it('lists its five strongest reasons, strongest first then alphabetical, and counts the others', () => {
    expect(target.reasons).toEqual(['via Step 00', 'via Step 01', 'via Step 02', 'via Step 03', 'via Step 04']);
    expect(target.moreReasons).toBe(7);
  });

  it('leaves the count out when every reason is listed', () => {
    const step = byPath(neighbourhood(index, 'C/Centre.md', { depth: 2 })?.items ?? [])['C/Step 05.md'];
    expect(step.reasons).toEqual(['related']);
    expect(step.moreReasons).toBeUndefined();
  });
});

describe('neighbourhood(note): notes sharing a title', () => {
  it('counts two notes of one title that it was reached through as one reason, their scores added', () => {
    const { index } = vault({
      'C/Centre.md': concept({ title: 'Centre', related: ['[[A/Twin]]', '[[B/Twin]]', '[[Other]]'] }),
      'A/Twin.md': concept({ title: 'Twin', related: ['[[Target]]'] }),
      'B/Twin.md': concept({ title: 'Twin', related: ['[[Target]]'] }),
      'C/Other.md': concept({ title: 'Other' }, ['Target']),
      'C/Target.md': concept({ title: 'Target' }),
    });
    const target = byPath(neighbourhood(index, 'C/Centre.md', { depth: 2 })?.items ?? [])['C/Target.md'];
    // Each twin gives related (3) at half weight; Other gives a text link (1) at half weight.
    expect(target.reasons).toEqual(['via Twin', 'via Other']);
    expect(target.moreReasons).toBeUndefined();
    expect(target.score).toBeCloseTo(3.5 * hubDamping(3, 50), 3);
  });
});

describe('neighbourhood(note): the drawn edge of a co-cited note', () => {
  it('links it to the centre as co-cited even when stronger reasons push co-citation out of the list', () => {
    // Target is co-cited by one line with Centre, and at depth 2 reached through the line and
    // through six related notes, each of which gives more than the co-citation.
    const notes: Record<string, TestNote> = {
      'C/Centre.md': concept({ title: 'Centre', related: Array.from({ length: 6 }, (_, i) => `[[Hop ${i}]]`) }),
      'C/Target.md': concept({ title: 'Target' }),
      'L/Line.md': line({ title: 'A line', sources: ['[[Centre]]', '[[Target]]'] }),
    };
    for (let i = 0; i < 6; i++) notes[`C/Hop ${i}.md`] = concept({ title: `Hop ${i}`, related: ['[[Target]]'] });
    // Limit 1: the related notes are left out, so no drawn edge reaches Target but the centre's.
    const hood = neighbourhood(index(notes), 'C/Centre.md', { depth: 2, limit: 1 });
    const target = byPath(hood?.items ?? [])['C/Target.md'];
    expect(target.reasons).not.toContain('co-cited by 1 line');
    expect(target.reasons).toEqual(['via Hop 0', 'via Hop 1', 'via Hop 2', 'via Hop 3', 'via Hop 4']);
    expect(target.moreReasons).toBe(3);
    expect(hood?.edges).toEqual([{ source: 'C/Centre.md', target: 'C/Target.md', kind: 'co-cited' }]);
  });
});

function index(notes: Record<string, TestNote>) {
  return vault(notes).index;
}
