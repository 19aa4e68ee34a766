/**
 * Raw links made as one object each, holding the parsed link's parts directly: a vault holds
 * hundreds of thousands of links, and a second object per link (or a property added after the
 * object was made, which gives it a second block of memory) was much of what an index kept.
 */
import type { EdgeKind, ParsedLink, RawLink } from '../types';

/**
 * A raw link with exactly the properties given, always in the order kind, field, linkpath,
 * subpath, display, order, nested, relation, why, line. The shapes nearly every link has are
 * single literals; the rare ones (a subpath, an unquoted nested link...) are built step by step.
 */
export function rawLink(
  kind: EdgeKind, field: string, link: ParsedLink, order?: number, nested = false, relation?: string, why?: string, line?: number,
): RawLink {
  const { linkpath, subpath, display } = link;
  if (subpath === undefined && !nested) {
    const plain = display === undefined;
    if (relation === undefined && why === undefined) {
      if (order === undefined) {
        if (line === undefined) return plain ? { kind, field, linkpath } : { kind, field, linkpath, display };
        return plain ? { kind, field, linkpath, line } : { kind, field, linkpath, display, line };
      }
      if (line === undefined) return plain ? { kind, field, linkpath, order } : { kind, field, linkpath, display, order };
    } else if (relation !== undefined && order === undefined && line === undefined) {
      if (why === undefined) return plain ? { kind, field, linkpath, relation } : { kind, field, linkpath, display, relation };
      return plain ? { kind, field, linkpath, relation, why } : { kind, field, linkpath, display, relation, why };
    }
  }
  return rareLink(kind, field, link, order, nested, relation, why, line);
}

function rareLink(
  kind: EdgeKind, field: string, link: ParsedLink, order: number | undefined, nested: boolean, relation?: string, why?: string, line?: number,
): RawLink {
  const made: RawLink = { kind, field, linkpath: link.linkpath };
  if (link.subpath !== undefined) made.subpath = link.subpath;
  if (link.display !== undefined) made.display = link.display;
  if (order !== undefined) made.order = order;
  if (nested) made.nested = true;
  if (relation !== undefined) made.relation = relation;
  if (why !== undefined) made.why = why;
  if (line !== undefined) made.line = line;
  return made;
}
