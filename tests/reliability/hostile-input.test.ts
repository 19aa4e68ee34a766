/**
 * Hostile vault content, read in-process from Markdown text the way the CLI reads it:
 * each case gives exactly the problems it must, returns the result it must, and every
 * query on every one of its notes answers without throwing.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build';
import type { CorpusIndex } from '../../src/core/graph/corpus-index';
import { layoutNeighbourhood } from '../../src/core/graph/layout';
import { normalise } from '../../src/core/corpus/normalise';
import { backlinks } from '../../src/core/queries/backlinks';
import { findNote } from '../../src/core/queries/find-note';
import { linePrompt } from '../../src/core/queries/line-prompt';
import { neighbourhood } from '../../src/core/queries/neighbourhood';
import { PaperSimilarity } from '../../src/core/queries/related-papers';
import { lines, next, sources } from '../../src/core/queries/sources';
import { DEFAULT_CORPUS_OPTIONS } from '../../src/core/types';
import { noteInputFromText } from '../../src/cli/markdown';
import { CASES, SUPPORT, type HostileCase } from './hostile-cases';

/** The index of the support notes and one case, read from Markdown text. */
function indexOf(files: Record<string, string>): CorpusIndex {
  const all = { ...SUPPORT, ...files };
  return buildIndex(Object.entries(all).map(([path, text]) => noteInputFromText(path, text))).index;
}

/** Every query a user can run, on every note of the case. */
function queryEverything(index: CorpusIndex, paths: string[]): void {
  const similarity = new PaperSimilarity(index);
  for (const path of paths) {
    expect(index.note(path), path).toBeDefined();
    lines(index, path);
    sources(index, path);
    next(index, path);
    backlinks(index, path);
    const hood = neighbourhood(index, path, { depth: 3, limit: 50 });
    if (hood) layoutNeighbourhood(hood, 20);
    similarity.related(path, 5);
    if (index.note(path)?.kind === 'line') expect(linePrompt(index, path)).toMatch(/Cite arXiv IDs/);
    expect(findNote(index, path)).toMatchObject({ ok: true, path });
  }
}

function runCase(c: HostileCase): void {
  const index = indexOf(c.files);
  const paths = Object.keys(c.files);
  const own = index.problems().filter((p) => paths.includes(p.path));
  expect(own.map((p) => `${p.path} | ${p.field} | ${p.code} | ${p.severity}`).sort()).toEqual([...c.problems].sort());
  for (const p of own) expect(p.message.length, `${p.path} ${p.code}`).toBeGreaterThan(20);
  // The support notes are untouched by whatever the case holds.
  expect(index.problems().filter((p) => p.path.startsWith('support/'))).toEqual([]);
  c.check?.(index);
  queryEverything(index, paths);
}

describe('hostile input', () => {
  for (const c of CASES) it(c.name, () => runCase(c), 60_000);

  it('a Date where text goes (a YAML 1.1 reader) is read as the date, with a warning', () => {
    const result = normalise(
      { path: 'h/Date object.md', frontmatter: { corpus: 'concept', title: new Date(Date.UTC(2024, 0, 5)) }, links: [] },
      DEFAULT_CORPUS_OPTIONS,
    );
    expect(result.note.title).toBe('2024-01-05');
    expect(result.problems.map((p) => `${p.field} ${p.code} ${p.severity}`)).toEqual(['title wrong-shape warning']);
  });
});
