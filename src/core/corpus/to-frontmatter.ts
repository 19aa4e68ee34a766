/**
 * A typed note written back as front-matter: the canonical form of what the
 * normaliser read, so that reading it again gives the same note and links with
 * no problem of its own. Used to state (and test) that the normaliser is idempotent.
 */
import type { Note, ParsedLink, RawLink } from '../types';

/** The key property links (links under keys with no corpus meaning) are written under. */
export const PROPERTY_LINKS_KEY = 'links';

/**
 * Percent-encodes a Markdown link target so that nothing in it ends the link or reads as a
 * scheme. A lone surrogate has no UTF-8 form, so it stays as it is (decoding leaves it alone).
 */
const needsEscape = (text: string): string =>
  text
    .replace(/[^\uD800-\uDFFF]+|[\uD800-\uDBFF][\uDC00-\uDFFF]/g, (run) => encodeURIComponent(run))
    .replace(/[()!'*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A link as a front-matter string: a wiki-link when its parts fit inside `[[...]]`, else a
 * Markdown link whose percent-encoded target decodes back to the same path and subpath.
 */
export function linkString(link: ParsedLink): string {
  const subpath = link.subpath ?? '';
  const target = `${link.linkpath}${subpath}`;
  const fitsWiki = !target.includes(']') && !target.includes('|') && !link.linkpath.includes('#') && !(link.display ?? '').includes(']');
  if (fitsWiki) return `[[${target}${link.display ? `|${link.display}` : ''}]]`;
  return `[${link.display ?? ''}](${needsEscape(target)})`;
}

/** A link as a body link's text (`Name#Heading|shown`), as Obsidian's cache lists it. */
export function bodyLinkText(link: ParsedLink): string {
  return `${link.linkpath}${link.subpath ?? ''}${link.display ? `|${link.display}` : ''}`;
}

function linksOf(links: readonly RawLink[], kind: RawLink['kind']): string[] {
  return links.filter((l) => l.kind === kind).map((l) => linkString(l));
}

/** Sets `key` when `value` is given. */
function put(fm: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) fm[key] = value;
}

/**
 * The front-matter that reads back as `note` with `links` (body links aside: they live in
 * the body). Every list is written as a list and every link quoted; property links all go
 * under {@link PROPERTY_LINKS_KEY}.
 */
export function toFrontmatter(note: Note, links: readonly RawLink[], key = 'corpus'): Record<string, unknown> {
  const fm: Record<string, unknown> = {};
  if (note.kind !== 'note') fm[key] = note.kind;
  if (!note.titleFromName) fm.title = note.title;
  if (note.aliases.length > 0) fm.aliases = [...note.aliases];
  if (note.tags.length > 0) fm.tags = [...note.tags];
  if (note.kind === 'concept') {
    put(fm, 'question', note.question);
    put(fm, 'claim', note.claim);
    put(fm, 'summary', note.summary);
    const papers = linksOf(links, 'paper');
    if (papers.length > 0) fm.papers = papers;
    const related = links.filter((l) => l.kind === 'related').map((l) => {
      const to = linkString(l);
      if (l.relation === undefined && l.why === undefined) return to;
      const entry: Record<string, string> = { to };
      put(entry, 'relation', l.relation);
      put(entry, 'why', l.why);
      return entry;
    });
    if (related.length > 0) fm.related = related;
  } else if (note.kind === 'line') {
    put(fm, 'gloss', note.gloss);
    const sources = linksOf(links, 'source');
    if (sources.length > 0) fm.sources = sources;
    const next = linksOf(links, 'next');
    if (next.length > 0) fm.next = next;
    const prompt: Record<string, unknown> = {};
    put(prompt, 'role', note.prompt.role);
    put(prompt, 'ask', note.prompt.ask);
    if (note.prompt.findings) prompt.findings = note.prompt.findings.map((f) => (f.year === undefined ? f.text : { text: f.text, year: f.year }));
    if (note.prompt.anchorsGiven) prompt.anchors = linksOf(links, 'anchor');
    if (note.prompt.tasks) prompt.tasks = [...note.prompt.tasks];
    if (Object.keys(prompt).length > 0) fm.prompt = prompt;
  } else if (note.kind === 'paper') {
    put(fm, 'arxiv', note.arxiv);
    put(fm, 'doi', note.doi);
    put(fm, 'url', note.url);
    put(fm, 'year', note.year);
    if (note.authors.length > 0) fm.authors = [...note.authors];
    put(fm, 'venue', note.venue);
    put(fm, 'summary', note.summary);
  }
  const property = linksOf(links, 'property');
  if (property.length > 0) fm[PROPERTY_LINKS_KEY] = property;
  return fm;
}
