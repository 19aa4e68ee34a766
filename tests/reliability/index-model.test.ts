/**
 * Model-based test of the live index: random sequences of create, modify, rename and
 * delete over a small pool of notes (so that file names collide across folders, titles
 * stand in for missing files, twins share an arXiv id and notes change kind) leave the
 * incrementally updated index equal to a fresh build of the final vault: notes, edges
 * with their attributes both ways, problems and the graphology mirror.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../src/core/build';
import { PathResolver } from '../../src/core/corpus/path-resolver';
import { CorpusIndex } from '../../src/core/graph/corpus-index';
import { neighbourhood } from '../../src/core/queries/neighbourhood';
import { titleKey } from '../../src/core/corpus/paths';
import type { NoteInput } from '../../src/core/types';
import { counted } from './arbitraries';

/**
 * Ten files in five folders: `x` four times (two paths differ only in capitals), `y` twice
 * in two capitalisations, and one name in its composed (NFC) and decomposed (NFD) forms.
 */
const PATHS = ['A/x.md', 'a/X.md', 'B/x.md', 'x.md', 'A/y.md', 'B/Y.md', 'A/Paper.md', 'B/Line.md', 'C/Caf\u00e9.md', 'C/Cafe\u0301.md'];
/** What links name: file names, paths, titles, aliases, a missing note, headings, a relative path. */
/** Files that are no notes: links may name them, and they come and go too. */
const ATTACHMENTS = ['A/fig.png', 'B/fig.png', 'paper.pdf'];
const TARGETS = ['fig.png', 'A/fig.png', 'paper.pdf', 'x', 'A/x', 'a/X', 'B/x', 'y', 'Y', 'Paper', 'Line', 'Caf\u00e9', 'C/Cafe\u0301', 'T1', 'T2', 'Alias', 'missing', 'x#Heading', '../A/x', 'x.md'];
const TITLES = [undefined, undefined, 'T1', 'T2', 'x', 'Y', 'Missing'];
const ALIASES = [[], [], ['Alias'], ['T1'], ['Caf\u00e9']];
const KINDS = ['concept', 'concept', 'line', 'line', 'paper', 'paper', undefined, 'essay'];
const ARXIV = [undefined, '2401.10010', '2401.10010v2', 1501.0001, 'not an id'];

const target = fc.constantFrom(...TARGETS);
const wiki = target.map((t) => `[[${t}]]`);
const linkList = fc.array(wiki, { maxLength: 3 });
const relatedEntry = fc.oneof(
  wiki,
  target.map((t) => `[[${t}]] adjacent: the same question`),
  fc.record({ to: wiki, relation: fc.constantFrom('extends', 'contradicts'), why: fc.constantFrom('because', 'it does') }),
  target.map((t) => [[t]]),
);

/** The content of one note: front-matter of some kind, and body links. */
const content = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    title: fc.constantFrom(...TITLES),
    aliases: fc.constantFrom(...ALIASES),
    papers: linkList,
    related: fc.array(relatedEntry, { maxLength: 3 }),
    sources: fc.option(linkList, { nil: undefined }),
    next: linkList,
    anchors: fc.option(linkList, { nil: undefined }),
    arxiv: fc.constantFrom(...ARXIV),
    seeAlso: linkList,
    body: fc.array(target, { maxLength: 4 }),
  })
  .map((c) => {
    const fm: Record<string, unknown> = { title: c.title, aliases: c.aliases, see_also: c.seeAlso };
    if (c.kind !== undefined) fm.corpus = c.kind;
    // Every kind's fields are written whatever the kind, so that a kind change re-reads them.
    Object.assign(fm, { papers: c.papers, related: c.related, next: c.next, arxiv: c.arxiv, year: 2024 });
    if (c.sources !== undefined) fm.sources = c.sources;
    if (c.anchors !== undefined) fm.prompt = { anchors: c.anchors };
    return { fm, body: c.body };
  });

type Content = { fm: Record<string, unknown>; body: string[] };
type Step =
  | { op: 'write'; path: string; content: Content }
  | { op: 'rename'; from: string; to: string }
  | { op: 'delete'; path: string }
  | { op: 'attach' | 'detach'; file: string }
  | { op: 'flush' }
  | { op: 'partial'; items: number };

const path = fc.constantFrom(...PATHS);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('write' as const), path, content }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: path, to: path }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('attach' as const, 'detach' as const), file: fc.constantFrom(...ATTACHMENTS) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'flush' as const }) },
  // A flush cut short by its deadline, as the plugin does while loading, after some items.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('partial' as const), items: fc.integer({ min: 0, max: 6 }) }) },
);

function inputOf(notePath: string, c: Content): NoteInput {
  return {
    path: notePath,
    frontmatter: structuredClone(c.fm),
    links: c.body.map((link, i) => ({ link, original: `[[${link}]]`, position: { line: 10 + i, col: 0, offset: 100 + i * 10 } })),
  };
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedJson = (items: unknown[]): string[] => items.map((item) => JSON.stringify(item)).sort(byText);

/** Everything a user of the index can see, in an order that does not depend on history. */
function snapshot(index: CorpusIndex): Record<string, unknown> {
  const notes = [...index.allNotes()].sort((a, b) => byText(a.path, b.path));
  const graph = index.graph();
  const names = [...TARGETS, ...TITLES, 'Alias'].filter((n): n is string => n !== undefined);
  return {
    notes,
    outEdges: notes.map((n) => [n.path, index.outEdges(n.path)]),
    inEdges: notes.map((n) => [n.path, [...index.inEdges(n.path)].sort((a, b) => byText(a[0], b[0]))]),
    resolutions: notes.map((n) => [n.path, index.linksOf(n.path).resolutions]),
    problems: sortedJson(index.problems()),
    counts: index.counts(),
    named: names.map((n) => [n, [...index.notesNamed(titleKey(n))].sort(byText), [...index.notesTitled(n)].sort(byText)]),
    arxiv: [...index.papersWithArxiv('2401.10010')].sort(byText),
    graphNodes: sortedJson(graph.mapNodes((key, attrs) => [key, attrs])),
    graphEdges: sortedJson(graph.mapEdges((key, attrs, source, targetNode) => [key, source, targetNode, attrs])),
    // Walks reuse their working arrays from walk to walk and index to index: none may leak into the next.
    neighbourhoods: notes.map((n) => [n.path, neighbourhood(index, n.path, { depth: 3, limit: 4 }), neighbourhood(index, n.path, { depth: 2 })]),
  };
}

/** Replays the steps on a live index, the resolver kept alongside as the adapter keeps it. */
function replay(steps: Step[], graphAt: number): { index: CorpusIndex; vault: Map<string, Content>; files: Set<string> } {
  const vault = new Map<string, Content>();
  const files = new Set<string>();
  const resolver = new PathResolver();
  const index = new CorpusIndex({ resolve: (linkpath, source) => resolver.resolve(linkpath, source) });
  steps.forEach((s, i) => {
    if (i === graphAt) index.graph();
    if (s.op === 'write') {
      if (!vault.has(s.path)) resolver.add(s.path);
      vault.set(s.path, s.content);
      index.upsert(inputOf(s.path, s.content));
    } else if (s.op === 'rename') {
      const moved = vault.get(s.from);
      if (moved === undefined || vault.has(s.to)) return;
      vault.delete(s.from);
      vault.set(s.to, moved);
      resolver.remove(s.from);
      resolver.add(s.to);
      index.rename(s.from, inputOf(s.to, moved));
    } else if (s.op === 'delete') {
      if (!vault.delete(s.path)) return;
      resolver.remove(s.path);
      index.remove(s.path);
    } else if (s.op === 'attach' || s.op === 'detach') {
      if (s.op === 'attach' ? files.has(s.file) : !files.delete(s.file)) return;
      if (s.op === 'attach') {
        files.add(s.file);
        resolver.add(s.file);
      } else {
        resolver.remove(s.file);
      }
      index.fileChanged(s.file);
    } else if (s.op === 'partial') {
      // A clock that ticks once per look, so that the deadline falls after exactly `items` items.
      let tick = 0;
      const clock = vi.spyOn(performance, 'now').mockImplementation(() => tick++);
      try {
        index.flush(s.items - 0.5);
      } finally {
        clock.mockRestore();
      }
    } else {
      index.flush();
      // A query between changes: its walk leaves working state behind that later walks must ignore.
      neighbourhood(index, PATHS[0], { depth: 3 });
    }
  });
  return { index, vault, files };
}

describe('the live index against a fresh build', () => {
  it('equals a fresh build of the final vault after any sequence of create, modify, rename and delete', () => {
    const property = counted((steps: Step[], graphAt: number) => {
      const { index, vault, files } = replay(steps, graphAt);
      const finalPaths = [...vault.keys()].sort(byText);
      const fresh = buildIndex(finalPaths.map((p) => inputOf(p, vault.get(p) as Content)), [...files].sort(byText)).index;
      expect(snapshot(index)).toEqual(snapshot(fresh));
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 20 }), fc.nat({ max: 20 }), property.predicate),
      { seed: 8008, numRuns: 1200 },
    );
    console.log(`live index equals a fresh build: ${property.runs()} random sequences`);
    expect(property.runs()).toBe(1200);
  }, 120_000);
});
