/** The items queries return: flat, JSON-ready, each naming a note. */
import type { NodeKind, Note } from '../types';

/** A note in a query's answer. */
export interface NoteItem {
  path: string;
  title: string;
  kind: NodeKind;
}

/** The item for a note. */
export function itemOf(note: Note): NoteItem {
  return { path: note.path, title: note.title, kind: note.kind };
}

/** Sorts items by title, then path, as a reader scans a list. */
export function byTitle<T extends NoteItem>(items: T[]): T[] {
  return items.sort((a, b) => a.title.localeCompare(b.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
