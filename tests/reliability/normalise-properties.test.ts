/**
 * The front-matter normaliser on arbitrary values: it never throws, and it is
 * idempotent. Idempotent here means: write the typed note back as canonical
 * front-matter (`toFrontmatter`), read that again, and the same note and the same
 * links come back (their field names may be renumbered, a dropped entry no longer
 * counting), with no problem of their own; writing it once more changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/core/corpus/normalise';
import { bodyLinkText, toFrontmatter } from '../../src/core/corpus/to-frontmatter';
import { DEFAULT_CORPUS_OPTIONS, type NoteInput, type Normalised, type RawLink } from '../../src/core/types';
import { anyValue, counted, hostileFrontmatter, hostileKey, ownMap } from './arbitraries';

const PATHS = ['C/Note.md', 'Note.md', 'papers/2401.10010.md', 'L/Ünïcode é.md', 'deep/er/A.md'];

/** The input of a note with this front-matter; body links and body kept as given. */
function inputOf(path: string, frontmatter: Record<string, unknown>, links: NoteInput['links'] = [], body?: string): NoteInput {
  const input: NoteInput = { path, frontmatter, links };
  if (body !== undefined) input.body = body;
  return input;
}

/** A link with what positions lists give it: its kind, target, relation and why. */
function essence(link: RawLink): Omit<RawLink, 'field' | 'order' | 'nested' | 'line'> {
  const { kind, linkpath, subpath, display, relation, why } = link;
  return {
    kind, linkpath, ...(subpath === undefined ? {} : { subpath }), ...(display === undefined ? {} : { display }),
    ...(relation === undefined ? {} : { relation }), ...(why === undefined ? {} : { why }),
  };
}

/** Reads `first` back from its canonical front-matter, and checks the fixed point. */
function expectIdempotent(path: string, first: Normalised, body?: string): void {
  const bodyLinks = first.links
    .filter((l) => l.kind === 'link')
    .map((l, i) => ({ link: bodyLinkText(l), position: { line: i, col: 0, offset: i } }));
  const written = toFrontmatter(first.note, first.links);
  const second = normalise(inputOf(path, written, bodyLinks, body), DEFAULT_CORPUS_OPTIONS);
  expect(second.problems).toEqual([]);
  expect(second.note).toEqual(first.note);
  expect(second.links.map(essence)).toEqual(first.links.map(essence));
  expect(toFrontmatter(second.note, second.links)).toEqual(written);
}

describe('the front-matter normaliser on arbitrary values', () => {
  it('never throws, and reads its own canonical front-matter back unchanged (hostile JSON-like values)', () => {
    const property = counted((path: string, fm: Record<string, unknown>, body: string | undefined) => {
      const first = normalise(inputOf(path, fm, [], body), DEFAULT_CORPUS_OPTIONS);
      expectIdempotent(path, first, body);
    });
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), hostileFrontmatter, fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), property.predicate),
      { seed: 20240801, numRuns: 3000 },
    );
    console.log(`normalise never throws and is idempotent on hostile front-matter: ${property.runs()} runs`);
    expect(property.runs()).toBe(3000);
  }, 60_000);

  it('never throws, and is idempotent, on fc.jsonValue in every field and as the whole front-matter', () => {
    const everyField = fc.array(fc.tuple(hostileKey, fc.jsonValue({ maxDepth: 3 })), { maxLength: 8 }).map(ownMap);
    const property = counted((kind: string, fm: Record<string, unknown>, whole: unknown) => {
      const withKind = ownMap([['corpus', kind], ...Object.entries(fm).filter(([k]) => k !== 'corpus')]);
      expectIdempotent('C/Note.md', normalise(inputOf('C/Note.md', withKind), DEFAULT_CORPUS_OPTIONS));
      // Whatever Obsidian's cache hands over as the front-matter itself.
      const odd = normalise({ path: 'C/Note.md', frontmatter: whole as Record<string, unknown>, links: [] }, DEFAULT_CORPUS_OPTIONS);
      expect(odd.note.path).toBe('C/Note.md');
    });
    fc.assert(
      fc.property(fc.constantFrom('concept', 'line', 'paper'), everyField, fc.jsonValue({ maxDepth: 2 }), property.predicate),
      { seed: 7331, numRuns: 2000 },
    );
    console.log(`normalise never throws and is idempotent on fc.jsonValue fields: ${property.runs()} runs`);
    expect(property.runs()).toBe(2000);
  }, 60_000);

  it('never throws on anything but functions (dates, boxed values, big integers, null prototypes) in every field', () => {
    const everyField = fc.array(fc.tuple(hostileKey, anyValue), { maxLength: 8 }).map(ownMap);
    const property = counted((kind: string, fm: Record<string, unknown>, links: unknown) => {
      const withKind = ownMap([['corpus', kind], ...Object.entries(fm)]);
      const input = { path: 'C/Note.md', frontmatter: withKind, links } as NoteInput;
      const first = normalise(input, DEFAULT_CORPUS_OPTIONS);
      expect(first.problems.every((p) => typeof p.message === 'string' && p.message.length > 0)).toBe(true);
      expectIdempotent('C/Note.md', normalise({ ...input, links: [] }, DEFAULT_CORPUS_OPTIONS));
    });
    fc.assert(
      fc.property(fc.constantFrom('concept', 'line', 'paper'), everyField, fc.oneof(fc.constant([]), anyValue), property.predicate),
      { seed: 424242, numRuns: 2000 },
    );
    console.log(`normalise never throws on fc.anything (no functions): ${property.runs()} runs`);
    expect(property.runs()).toBe(2000);
  }, 60_000);
});
