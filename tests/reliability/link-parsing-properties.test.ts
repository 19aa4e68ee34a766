/**
 * Link parsing on arbitrary strings: the front-matter link reader, the inside of a
 * wiki-link and the body scanner never throw, and what they return is consistent
 * with the text they were given (positions point at the link as written).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWikiInner, readLinkString } from '../../src/core/corpus/link-text';
import { bodyLinkText, linkString } from '../../src/core/corpus/to-frontmatter';
import { extractBodyLinks } from '../../src/cli/body-links';
import { bracketString, counted } from './arbitraries';

/** Text of every kind: printable ASCII, any code point (lone surrogates too), and link-heavy. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  bracketString,
);

/** Bodies: lines of link-heavy text with code fences, code spans and comments mixed in. */
const bodyText = fc
  .array(
    fc.oneof(
      bracketString,
      anyText,
      fc.constantFrom('```', '~~~', '`', '``', '%%', '<!--', '-->', '\n', '\n\n', '> ', '    ', '[[A]]', '![[B|c]]', '[x](y.md)', '[x](<a b.md> "t")', '\\[', '\\]'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('link parsing on arbitrary strings', () => {
  it('readLinkString never throws and gives a link, a web address or nothing, consistently', () => {
    const property = counted((text: string) => {
      const reading = readLinkString(text);
      if (reading.type === 'url') expect(reading.url).toMatch(/^[a-z][a-z0-9+.-]*:/i);
      if (reading.type !== 'link') return;
      const { linkpath, subpath, display } = reading.link;
      expect(linkpath.includes('#')).toBe(false);
      expect(linkpath).toBe(linkpath.trim());
      if (subpath !== undefined) expect(subpath.startsWith('#')).toBe(true);
      if (display !== undefined) expect(display).toBe(display.trim());
      // Written back, the link reads the same, unless its shown text holds a `]` no link form can carry.
      if (!(display ?? '').includes(']')) expect(readLinkString(linkString(reading.link))).toMatchObject({ type: 'link', link: reading.link, rest: '' });
    });
    fc.assert(fc.property(anyText, property.predicate), { seed: 1101, numRuns: 5000 });
    console.log(`readLinkString never throws: ${property.runs()} runs`);
    expect(property.runs()).toBe(5000);
  }, 60_000);

  it('reads a wiki-link at the start of any string as its name, whatever follows', () => {
    const name = fc.string({ maxLength: 12 }).filter((s) => !/[\]|#]/.test(s) && s.trim() !== '');
    const property = counted((linkName: string, tail: string) => {
      const reading = readLinkString(`[[${linkName}]]${tail}`);
      expect(reading).toMatchObject({ type: 'link', link: { linkpath: linkName.trim() } });
    });
    fc.assert(fc.property(name, anyText, property.predicate), { seed: 1102, numRuns: 2000 });
    console.log(`a leading wiki-link is always read: ${property.runs()} runs`);
  }, 60_000);

  it('parseWikiInner never throws, and reading its own output again changes nothing', () => {
    const property = counted((inner: string) => {
      const link = parseWikiInner(inner);
      expect(link.linkpath.includes('|') || link.linkpath.includes('#')).toBe(false);
      expect(parseWikiInner(bodyLinkText(link))).toEqual(link);
    });
    fc.assert(fc.property(anyText, property.predicate), { seed: 1103, numRuns: 5000 });
    console.log(`parseWikiInner never throws and is idempotent: ${property.runs()} runs`);
    expect(property.runs()).toBe(5000);
  }, 60_000);

  it('extractBodyLinks never throws, lists links in order, and each position points at the link as written', () => {
    const property = counted((body: string, bodyLine: number, bodyOffset: number) => {
      const links = extractBodyLinks(body, bodyLine, bodyOffset);
      let last = -1;
      for (const link of links) {
        const at = link.position.offset - bodyOffset;
        expect(at).toBeGreaterThan(last);
        last = at;
        expect(link.link).not.toBe('');
        expect(link.link.startsWith('#')).toBe(false);
        expect(body.slice(at, at + (link.original ?? '').length)).toBe(link.original);
        const before = body.slice(0, at);
        expect(link.position.line).toBe(bodyLine + before.split('\n').length - 1);
        expect(link.position.col).toBe(at - (before.lastIndexOf('\n') + 1));
        // Links never span lines (Obsidian's cache does not find them across a line break).
        expect(link.original?.includes('\n')).toBe(false);
      }
    });
    fc.assert(
      fc.property(bodyText, fc.nat({ max: 50 }), fc.nat({ max: 2000 }), property.predicate),
      { seed: 1104, numRuns: 5000 },
    );
    console.log(`extractBodyLinks never throws and places every link: ${property.runs()} runs`);
    expect(property.runs()).toBe(5000);
  }, 60_000);
});
