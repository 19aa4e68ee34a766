/**
 * Reading a link out of a front-matter string: a wiki-link (`[[Name#Heading|Shown]]`,
 * maybe followed by text) or a Markdown link (`[Shown](folder/Name%20x.md)`).
 */
import type { ParsedLink } from '../types';

/** What a string holds: a link and the text after it, a web address, or no link. */
export type LinkReading =
  | { type: 'link'; link: ParsedLink; rest: string }
  | { type: 'url'; url: string }
  | { type: 'none' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Splits `Name#Heading|Shown` into its parts, as Obsidian reads the inside of `[[...]]`. */
export function parseWikiInner(inner: string): ParsedLink {
  const bar = inner.indexOf('|');
  if (bar < 0) return splitSubpath(inner);
  return splitSubpath(inner.slice(0, bar), inner.slice(bar + 1).trim());
}

/**
 * Splits `Name#Heading` into link path and subpath, with the display text if any. The link is
 * made as one literal holding exactly its parts: parts added afterwards would give each of a
 * vault's many links a second block of memory.
 */
function splitSubpath(target: string, display?: string): ParsedLink {
  const hash = target.indexOf('#');
  const linkpath = (hash >= 0 ? target.slice(0, hash) : target).trim();
  const subpath = hash >= 0 ? target.slice(hash).trim() : '';
  if (subpath) return display ? { linkpath, subpath, display } : { linkpath, subpath };
  return display ? { linkpath, display } : { linkpath };
}

/** Decodes `%20` and friends; a malformed escape leaves the text as written. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Reads the link at the start of `value`; `rest` is what follows it, trimmed. */
export function readLinkString(value: string): LinkReading {
  const text = value.trim();
  // The common `[[...]]` read by hand, as the pattern below would read it: front-matter holds a link
  // in nearly every list item, and a match array for each one was much of the garbage made per vault.
  const open = text.charCodeAt(0) === 33 ? 1 : 0;
  if (text.startsWith('[[', open)) {
    const close = text.indexOf(']', open + 2);
    if (close >= 0 && text.charCodeAt(close + 1) === 93) {
      return { type: 'link', link: parseWikiInner(text.slice(open + 2, close)), rest: text.slice(close + 2).trim() };
    }
  }
  const wiki = /^!?\[\[([^\]]*)\]\]/.exec(text);
  if (wiki) return { type: 'link', link: parseWikiInner(wiki[1]), rest: text.slice(wiki[0].length).trim() };
  const md = /^!?\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]*)\s*\)/.exec(text);
  if (md) {
    let target = md[2];
    if (target.startsWith('<')) target = target.slice(1, -1);
    if (SCHEME.test(target)) return { type: 'url', url: target };
    const link = splitSubpath(safeDecode(target), md[1].trim());
    return { type: 'link', link, rest: text.slice(md[0].length).trim() };
  }
  if (SCHEME.test(text) && !/\s/.test(text)) return { type: 'url', url: text };
  return { type: 'none' };
}

/**
 * Splits what follows a link in a `related` entry into its relation and why:
 * `adjacent: how to read ...` or `same paper, the argument ...`; a short phrase alone is a relation.
 */
export function readRelation(rest: string): { relation?: string; why?: string } {
  const text = rest.replace(/^[\s\-–—:;,]+/, '').trim();
  if (!text) return {};
  const cut = text.search(/[:,]/);
  if (cut > 0) {
    const relation = text.slice(0, cut).trim();
    const why = text.slice(cut + 1).trim();
    return why ? { relation, why } : { relation };
  }
  // Three words at most (the text is trimmed), checked without a list of its words.
  return /^\S+(?:\s+\S+){0,2}$/.test(text) ? { relation: text } : { why: text };
}
