import { describe, expect, it } from 'vitest';
import { buildGraphModel, capNotice, nodeSize, type CorpusGraphModel, type GraphModelOptions } from '../../src/views/corpus-graph-model';
import { DEFAULT_GRAPH_FILTERS, filterChoices, hasTag, readFilters, type GraphFilters } from '../../src/views/graph-filters';
import { searchNotes } from '../../src/views/graph-search';
import { vault, type TestNote } from '../helpers/vault';
import { DEGREES, READING } from './corpus-graph-vaults';

function modelOf(notes: Record<string, TestNote>, options: Omit<Partial<GraphModelOptions>, 'filters'> & { filters?: Partial<GraphFilters> } = {}): CorpusGraphModel {
  const { index } = vault(notes);
  return buildGraphModel(index.graph(), (path) => index.note(path), {
    cap: options.cap ?? 10000,
    focus: options.focus ?? null,
    filters: { ...DEFAULT_GRAPH_FILTERS, ...options.filters },
  });
}

const paths = (model: CorpusGraphModel): string[] => model.nodes.map((n) => n.path);
const links = (model: CorpusGraphModel): string[] => model.edges.map((e) => `${e.source} ${e.kind}${e.relation ? `:${e.relation}` : ''} ${e.target}`);

describe('the notes the corpus graph shows', () => {
  it('shows the corpus notes by default, and the other notes only when asked for and linked to the corpus', () => {
    expect(paths(modelOf(READING))).toEqual([
      'C/a.md', 'C/b.md', 'C/hub.md', 'C/sub/c.md', 'L/first.md', 'L/second.md', 'P/grokking.md', 'P/lonely.md',
    ]);
    const withNotes = modelOf(READING, { filters: { kinds: ['concept', 'note'] } });
    expect(paths(withNotes)).toEqual(['C/a.md', 'C/b.md', 'C/hub.md', 'C/sub/c.md', 'N/reading list.md']);
    expect(links(withNotes)).toContain('N/reading list.md link C/hub.md');
  });

  it('keeps only the kinds ticked', () => {
    expect(paths(modelOf(READING, { filters: { kinds: ['line', 'paper'] } }))).toEqual(['L/first.md', 'L/second.md', 'P/grokking.md', 'P/lonely.md']);
    expect(modelOf(READING, { filters: { kinds: [] } }).nodes).toEqual([]);
  });

  it('keeps the notes of a folder, its subfolders included', () => {
    expect(paths(modelOf(READING, { filters: { folder: 'C' } }))).toEqual(['C/a.md', 'C/b.md', 'C/hub.md', 'C/sub/c.md']);
    expect(paths(modelOf(READING, { filters: { folder: 'C/sub' } }))).toEqual(['C/sub/c.md']);
    // A folder whose name only starts like another is not inside it.
    expect(paths(modelOf(READING, { filters: { folder: 'C/su' } }))).toEqual([]);
  });

  it('keeps the notes of a tag and of its nested tags, case aside', () => {
    expect(paths(modelOf(READING, { filters: { tag: 'topic' } }))).toEqual(['C/a.md', 'C/hub.md', 'C/sub/c.md']);
    expect(paths(modelOf(READING, { filters: { tag: 'topic/ml' } }))).toEqual(['C/hub.md']);
    expect(paths(modelOf(READING, { filters: { tag: 'other' } }))).toEqual(['C/b.md']);
    expect(hasTag(['topic/data'], 'topic/d')).toBe(false);
  });

  it('keeps only the links among shown notes, one per pair and direction', () => {
    expect(links(modelOf(READING, { filters: { kinds: ['concept'] } }))).toEqual([
      'C/a.md related:contrasts C/b.md',
      'C/hub.md related:adjacent C/a.md',
      'C/hub.md related:extends C/b.md',
      'C/hub.md related:adjacent C/sub/c.md',
    ]);
  });

  it('filters links by kind, or by the first word of a relation, keeping the notes', () => {
    const sources = modelOf(READING, { filters: { link: 'kind:source' } });
    expect(links(sources)).toEqual(['L/first.md source C/a.md', 'L/first.md source C/hub.md', 'L/second.md source C/hub.md']);
    expect(sources.nodes).toHaveLength(8);
    const adjacent = modelOf(READING, { filters: { link: 'relation:adjacent' } });
    expect(links(adjacent)).toEqual(['C/hub.md related:adjacent C/a.md', 'C/hub.md related:adjacent C/sub/c.md']);
  });

  it('always shows the focused note, whatever the filters', () => {
    expect(paths(modelOf(READING, { filters: { kinds: ['paper'] }, focus: 'C/hub.md' }))).toEqual(['C/hub.md', 'P/grokking.md', 'P/lonely.md']);
    expect(paths(modelOf(READING, { filters: { kinds: ['paper'] }, focus: 'gone.md' }))).toEqual(['P/grokking.md', 'P/lonely.md']);
  });
});

describe('the node cap', () => {
  it('keeps the notes with the most links, ties by path, and says how many were left out', () => {
    const model = modelOf(DEGREES, { cap: 2 });
    expect(paths(model)).toEqual(['C/big.md', 'C/mid.md']);
    expect(model).toMatchObject({ matching: 10, capped: true });
    expect(capNotice(model)).toBe('Showing 2 of 10 notes (cap in settings)');
    expect(paths(modelOf(DEGREES, { cap: 4 }))).toEqual(['C/big.md', 'C/mid.md', 'P/p1.md', 'P/p2.md']);
  });

  it('keeps the focused note even when its degree is too low', () => {
    expect(paths(modelOf(DEGREES, { cap: 2, focus: 'C/alone.md' }))).toEqual(['C/alone.md', 'C/big.md']);
  });

  it('says nothing while the corpus fits', () => {
    const model = modelOf(DEGREES, { cap: 10 });
    expect(model.capped).toBe(false);
    expect(capNotice(model)).toBeNull();
  });

  it('writes large counts with separators', () => {
    const nodes = Array.from({ length: 10000 }, (_, i) => ({ path: `n${i}.md`, title: '', kind: 'concept' as const, degree: 0, size: 3 }));
    expect(capNotice({ nodes, edges: [], matching: 52114, capped: true })).toBe('Showing 10,000 of 52,114 notes (cap in settings)');
  });
});

describe('node sizes', () => {
  it('grow with degree, from the smallest for no link to the largest for the best-linked note', () => {
    const size = new Map(modelOf(DEGREES).nodes.map((n) => [n.path, n.size]));
    expect(size.get('C/alone.md')).toBe(nodeSize(0, 6));
    expect(size.get('C/big.md')).toBe(nodeSize(6, 6));
    const order = ['C/alone.md', 'C/small.md', 'C/mid.md', 'C/big.md'].map((p) => size.get(p) ?? 0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(4);
    expect(size.get('P/p1.md')).toBe(size.get('C/mid.md'));
  });

  it('counts every link of the corpus, not only the links a filter leaves', () => {
    const papersOnly = modelOf(DEGREES, { filters: { kinds: ['paper'] } });
    expect(papersOnly.nodes.find((n) => n.path === 'P/p1.md')?.degree).toBe(3);
    expect(papersOnly.edges).toEqual([]);
  });

  it('stay within bounds', () => {
    expect(nodeSize(0, 0)).toBe(3);
    expect(nodeSize(100, 10)).toBe(15);
  });
});

describe('the filter choices', () => {
  const { index } = vault(READING);
  const choices = filterChoices(index.graph(), DEFAULT_GRAPH_FILTERS.kinds, (path) => index.note(path));

  it('offer each kind of link present, then each relation word by how often it is used', () => {
    expect(choices.links.map((c) => `${c.value} ${c.count}`)).toEqual([
      'kind:related 4', 'kind:paper 1', 'kind:source 3', 'kind:next 1', 'kind:link 2',
      'relation:adjacent 2', 'relation:contrasts 1', 'relation:extends 1',
    ]);
  });

  it('offer every folder of the shown kinds, parents included, and every tag', () => {
    expect(choices.folders.map((c) => `${c.value} ${c.count}`)).toEqual(['C 4', 'C/sub 1', 'L 2', 'P 2']);
    expect(choices.tags.map((c) => `${c.value} ${c.count}`)).toEqual(['other 1', 'topic 1', 'topic/data 1', 'topic/ml 1']);
  });

  it('read saved filters back, dropping what is not a filter', () => {
    expect(readFilters({ kinds: ['paper', 'bogus'], link: 'kind:next', folder: '/C/', tag: '#topic' })).toEqual({ kinds: ['paper'], link: 'kind:next', folder: 'C', tag: 'topic' });
    expect(readFilters('nonsense')).toEqual(DEFAULT_GRAPH_FILTERS);
  });
});

describe('finding a note', () => {
  const { index } = vault(READING);
  const find = (query: string): string[] => searchNotes(index.allNotes(), query).map((hit) => `${hit.path} ${hit.matched}`);

  it('finds by title, exact matches first, then starts of titles and words', () => {
    expect(find('alpha circuits')).toEqual(['C/a.md title']);
    expect(find('gr')).toEqual(['P/grokking.md title', 'L/second.md title']);
    expect(find('circuits')).toEqual(['C/a.md title', 'L/first.md title']);
  });

  it('finds by alias and by path', () => {
    expect(find('central')).toEqual(['C/hub.md alias']);
    expect(find('sub/c')).toEqual(['C/sub/c.md path']);
    expect(find('reading list')).toEqual(['N/reading list.md title']);
  });

  it('ignores case and accents, and finds nothing for an empty query', () => {
    expect(find('GRÖKKING')).toEqual(['P/grokking.md title', 'L/second.md title']);
    expect(find('  ')).toEqual([]);
  });
});
