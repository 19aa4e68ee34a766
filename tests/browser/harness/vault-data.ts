/**
 * A vault as the harness page receives it: every file's text and the metadata
 * cache Obsidian would hold for it, computed in Node with the CLI's reader so the
 * page needs no YAML or Markdown parsing of its own.
 */
import { noteInputFromText, splitFrontmatter } from '../../../src/cli/markdown';
import type { BodyLink, LinkPosition } from '../../../src/core/types';

/** A position in a file, as Obsidian's `Loc`. */
export interface LocLike {
  line: number;
  col: number;
  offset: number;
}

/** A link as `CachedMetadata.links` and `embeds` hold it. */
export interface LinkCacheLike {
  link: string;
  original: string;
  displayText: string;
  position: { start: LocLike; end: LocLike };
}

/** A front-matter value that is one whole wiki-link, as `frontmatterLinks` holds it. */
export interface FrontmatterLinkLike {
  key: string;
  link: string;
  original: string;
  displayText: string;
}

/** The parts of Obsidian's `CachedMetadata` the plugin reads. */
export interface CachedMetadataLike {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: { start: LocLike; end: LocLike };
  frontmatterLinks?: FrontmatterLinkLike[];
  links?: LinkCacheLike[];
  embeds?: LinkCacheLike[];
  sections?: { type: string; position: { start: LocLike; end: LocLike } }[];
}

/** One file of a harness vault. */
export interface HarnessFile {
  path: string;
  text: string;
  /** Only Markdown files have a cache. */
  cache?: CachedMetadataLike;
}

/** A whole vault for the harness page, sorted by path. */
export interface HarnessVault {
  name: string;
  files: HarnessFile[];
}

/** The location of character `offset` of `text`. */
function locAt(text: string, offset: number): LocLike {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, col: offset - (before.lastIndexOf('\n') + 1), offset };
}

/** What a link shows: the text after `|`, the text of a Markdown link, or the link itself. */
function displayTextOf(original: string, link: string): string {
  const wiki = /^!?\[\[([^\]]*)\]\]$/.exec(original);
  if (wiki) {
    const bar = wiki[1].indexOf('|');
    return bar >= 0 ? wiki[1].slice(bar + 1) : wiki[1];
  }
  const markdown = /^!?\[([^\]]*)\]/.exec(original);
  return markdown ? markdown[1] : link;
}

/** A body link as Obsidian's cache records it, with a start and an end. */
function linkCache(link: BodyLink): LinkCacheLike {
  const original = link.original ?? `[[${link.link}]]`;
  const start: LinkPosition = link.position;
  const end = { line: start.line, col: start.col + original.length, offset: start.offset + original.length };
  return { link: link.link, original, displayText: displayTextOf(original, link.link), position: { start, end } };
}

/** Every front-matter value that is a whole `"[[...]]"` string, keyed as Obsidian keys them (`related.0`). */
function frontmatterLinks(value: unknown, key: string, out: FrontmatterLinkLike[]): FrontmatterLinkLike[] {
  if (typeof value === 'string') {
    const match = /^\[\[([^\]]+)\]\]$/.exec(value);
    if (match) {
      const [link, shown] = match[1].split('|');
      out.push({ key, link, original: value, displayText: shown ?? link });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => frontmatterLinks(item, `${key}.${i}`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) frontmatterLinks(item, key === '' ? name : `${key}.${name}`, out);
  }
  return out;
}

/** The cache Obsidian would build for a Markdown file's text. */
export function cacheFromText(path: string, text: string): CachedMetadataLike {
  const input = noteInputFromText(path, text);
  const split = splitFrontmatter(text);
  const cache: CachedMetadataLike = { sections: [] };
  const bodyStart = split.bodyOffset;
  if (split.yaml !== null) {
    // Obsidian records where the block is even when its YAML does not parse.
    const position = { start: locAt(text, 0), end: locAt(text, Math.max(0, bodyStart - 1)) };
    cache.frontmatterPosition = position;
    cache.sections?.push({ type: 'yaml', position });
  }
  if (input.frontmatter) {
    cache.frontmatter = input.frontmatter;
    const fmLinks = frontmatterLinks(input.frontmatter, '', []);
    if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;
  }
  if (text.slice(bodyStart).trim() !== '') {
    cache.sections?.push({ type: 'paragraph', position: { start: locAt(text, bodyStart), end: locAt(text, text.length) } });
  }
  const all = input.links.map(linkCache);
  const links = all.filter((link) => !link.original.startsWith('!'));
  const embeds = all.filter((link) => link.original.startsWith('!'));
  if (links.length > 0) cache.links = links;
  if (embeds.length > 0) cache.embeds = embeds;
  return cache;
}

/** A harness vault from file texts by path; Markdown files get their cache. */
export function vaultFromTexts(name: string, texts: Record<string, string>): HarnessVault {
  const files = Object.keys(texts)
    .sort()
    .map((path) => {
      const text = texts[path];
      return path.endsWith('.md') ? { path, text, cache: cacheFromText(path, text) } : { path, text };
    });
  return { name, files };
}
