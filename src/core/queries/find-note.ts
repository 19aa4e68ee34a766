/** Finding the note a person means: a vault path, a link text, a title or an alias. */
import type { CorpusIndex } from '../graph/corpus-index';
import { titleKey } from '../corpus/paths';
import { parseWikiInner } from '../corpus/link-text';
import { byTitle, itemOf, type NoteItem } from './items';

/** The note found, or why none was: nothing matched, or several did (with the candidates). */
export type FindResult =
  | { ok: true; path: string }
  | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: NoteItem[] };

/** Finds a note by path (with or without `.md`), link text (`[[Name]]` or `Name`), title or alias. */
export function findNote(index: CorpusIndex, query: string): FindResult {
  const text = query.trim().replace(/^\[\[(.*)\]\]$/, '$1');
  const link = parseWikiInner(text).linkpath;
  for (const candidate of [text, `${text}.md`]) if (index.note(candidate)) return { ok: true, path: candidate };
  const resolved = link ? index.options.resolve(link, '') : null;
  if (resolved && index.note(resolved)) return { ok: true, path: resolved };
  const named = [...index.notesNamed(titleKey(text))];
  if (named.length === 1) return { ok: true, path: named[0] };
  if (named.length > 1) {
    return { ok: false, reason: 'ambiguous', candidates: byTitle(named.map((p) => itemOf(index.note(p) as NonNullable<ReturnType<CorpusIndex['note']>>))) };
  }
  const needle = titleKey(text);
  const near: NoteItem[] = [];
  for (const note of index.allNotes()) {
    if (note.kind === 'note') continue;
    if (titleKey(note.title).includes(needle) || note.path.toLowerCase().includes(needle)) near.push(itemOf(note));
  }
  // Partial matches are suggestions, not an ambiguity: nothing was called exactly that.
  return { ok: false, reason: 'unknown', candidates: byTitle(near).slice(0, 20) };
}
