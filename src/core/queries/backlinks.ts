/** Every note that links to a note, once each, with every way it links. */
import type { CorpusIndex } from '../graph/corpus-index';
import type { Edge } from '../types';
import { byTitle, itemOf, type NoteItem } from './items';

/** A note linking here and how: `source`, `paper`, `related`, `anchor`, `next`, `body`, or `property:KEY`. */
export interface BacklinkItem extends NoteItem {
  how: string[];
}

/** The way one edge links, as `how` names it. */
export function howOf(edge: Edge): string {
  if (edge.kind === 'link') return 'body';
  if (edge.kind === 'property') return `property:${edge.field.replace(/[[.].*$/, '')}`;
  return edge.kind;
}

/** `backlinks(note)`: every note linking here, notes outside the corpus included, sorted by title. */
export function backlinks(index: CorpusIndex, path: string): BacklinkItem[] {
  const items: BacklinkItem[] = [];
  for (const [source, edges] of index.inEdges(path)) {
    const note = index.note(source);
    if (!note) continue;
    const how = [...new Set(edges.map(howOf))];
    items.push({ ...itemOf(note), how });
  }
  return byTitle(items);
}
