import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CachedMetadata } from 'obsidian';
import { describe, expect, it } from 'vitest';
import { noteInputFromText } from '../../src/cli/markdown';
import { UNREADABLE_PROPERTIES, bodyOf, isLineCache, noteInputFromCache } from '../../src/obsidian/cache-input';
import { cacheOf } from './simulated-vault';

const loc = (line: number, col: number, offset: number) => ({ line, col, offset });
const pos = (start: [number, number, number], end: [number, number, number]) => ({ start: loc(...start), end: loc(...end) });

/** A cache in the shape Obsidian 1.8 gives for a small note with properties, a link and an embed. */
const modern: CachedMetadata = {
  frontmatter: { corpus: 'concept', related: ['[[B]] adjacent: why'] },
  frontmatterPosition: pos([0, 0, 0], [3, 3, 52]),
  sections: [{ type: 'yaml', position: pos([0, 0, 0], [3, 3, 52]) }, { type: 'paragraph', position: pos([4, 0, 53], [4, 40, 93]) }],
  links: [{ link: 'Later', original: '[[Later]]', displayText: 'Later', position: pos([4, 30, 83], [4, 39, 92]) }],
  embeds: [{ link: 'Figure.png', original: '![[Figure.png]]', displayText: 'Figure.png', position: pos([4, 0, 53], [4, 15, 68]) }],
};

describe('a note from its metadata cache', () => {
  it('takes the properties as they are and the body links in document order', () => {
    expect(noteInputFromCache('C/A.md', modern)).toEqual({
      path: 'C/A.md',
      frontmatter: { corpus: 'concept', related: ['[[B]] adjacent: why'] },
      links: [
        { link: 'Figure.png', original: '![[Figure.png]]', position: { line: 4, col: 0, offset: 53 } },
        { link: 'Later', original: '[[Later]]', position: { line: 4, col: 30, offset: 83 } },
      ],
    });
  });

  it('drops the position that Obsidian before 1.4 kept among the properties, and keeps a property named position', () => {
    const old = { frontmatter: { corpus: 'paper', position: pos([0, 0, 0], [2, 3, 20]) } } as unknown as CachedMetadata;
    expect(noteInputFromCache('P.md', old).frontmatter).toEqual({ corpus: 'paper' });
    const own = { frontmatter: { corpus: 'paper', position: 'first author' } } as CachedMetadata;
    expect(noteInputFromCache('P.md', own).frontmatter).toEqual({ corpus: 'paper', position: 'first author' });
  });

  it('never shares the cache objects', () => {
    const input = noteInputFromCache('C/A.md', modern);
    input.frontmatter!.corpus = 'line';
    expect(modern.frontmatter?.corpus).toBe('concept');
  });

  it('says the properties could not be read when a block opens the file but Obsidian gave none', () => {
    const unread: CachedMetadata = { frontmatterPosition: pos([0, 0, 0], [2, 3, 25]) };
    expect(noteInputFromCache('A.md', unread)).toEqual({ path: 'A.md', links: [], frontmatterError: UNREADABLE_PROPERTIES });
    const sectionOnly: CachedMetadata = { sections: [{ type: 'yaml', position: pos([0, 0, 0], [4, 3, 40]) }] };
    expect(noteInputFromCache('A.md', sectionOnly).frontmatterError).toBe(UNREADABLE_PROPERTIES);
  });

  it('takes an empty block, no block or no cache at all as a note without properties', () => {
    const empty: CachedMetadata = { frontmatterPosition: pos([0, 0, 0], [1, 3, 7]) };
    expect(noteInputFromCache('A.md', empty)).toEqual({ path: 'A.md', links: [] });
    expect(noteInputFromCache('A.md', { sections: [{ type: 'paragraph', position: pos([0, 0, 0], [0, 4, 4]) }] })).toEqual({ path: 'A.md', links: [] });
    expect(noteInputFromCache('A.md', null)).toEqual({ path: 'A.md', links: [] });
  });

  it('adds the body only when given', () => {
    expect(noteInputFromCache('A.md', modern, 'Essay').body).toBe('Essay');
    expect('body' in noteInputFromCache('A.md', modern)).toBe(false);
  });
});

describe('the body of a note', () => {
  const texts = [
    '---\ncorpus: line\n---\nThe essay.\n',
    '---\ncorpus: line\n---   \nTrailing spaces after the fence.\n',
    '---\r\ncorpus: line\r\n---\r\nWindows line ends.\r\n',
    '---\ncorpus: line\n---',
    'No properties at all, [[A]].\n',
  ];

  it.each(texts)('is cut where the CLI cuts it: %j', (text) => {
    expect(bodyOf(text, cacheOf(text))).toBe(noteInputFromText('L.md', text).body);
  });

  it('is the whole text without a cache', () => {
    expect(bodyOf('---\na: 1\n---\nx', null)).toBe('---\na: 1\n---\nx');
  });
});

describe('a line by its cache', () => {
  it.each([
    [{ corpus: 'line' }, 'corpus', true],
    [{ corpus: ' Line ' }, 'corpus', true],
    [{ corpus: ['line'] }, 'corpus', true],
    [{ corpus: 'concept' }, 'corpus', false],
    [{ kind: 'line' }, 'corpus', false],
    [{ kind: 'line' }, 'kind', true],
  ])('%j with key %s is a line: %s', (frontmatter, key, expected) => {
    expect(isLineCache({ frontmatter }, key)).toBe(expected);
  });

  it('is no line without properties', () => {
    expect(isLineCache(null, 'corpus')).toBe(false);
    expect(isLineCache({}, 'corpus')).toBe(false);
  });
});

describe('the example vault through the cache', () => {
  const root = join(__dirname, '../../example-vault');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
  const files = walk(root).filter((file) => file.endsWith('.md'));

  it('has notes to compare', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((file) => relative(root, file)))('%s reads as the CLI reads it', (path) => {
    const text = readFileSync(join(root, path), 'utf8');
    const expected = noteInputFromText(path, text);
    const cache = cacheOf(text);
    const actual = noteInputFromCache(path, cache, bodyOf(text, cache));
    // The CLI names the YAML error its own way; Obsidian gives no reason.
    if (expected.frontmatterError !== undefined) {
      expect(actual.frontmatterError).toBe(UNREADABLE_PROPERTIES);
      expected.frontmatterError = UNREADABLE_PROPERTIES;
    }
    expect(actual).toEqual(expected);
  });
});
