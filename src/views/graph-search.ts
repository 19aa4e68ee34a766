/** The search box of the corpus graph: notes whose title, alias or path holds what was typed, best matches first. */
import type { Note, NodeKind } from '../core/types';

/** A note found. */
export interface SearchHit {
  path: string;
  title: string;
  kind: NodeKind;
  /** What matched, shown beside the title when it is not the title. */
  matched: 'title' | 'alias' | 'path';
  /** The alias that matched, when one did. */
  alias?: string;
}

/** Lower case without accents, so "Hebb" finds "hebbian" and "Gödel" finds "godel". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** How well a text matches: 0 exactly, 1 at its start, 2 at a word's start, 3 anywhere; `null` not at all. */
function matchRank(text: string, needle: string): number | null {
  const hay = fold(text);
  if (hay === needle) return 0;
  if (hay.startsWith(needle)) return 1;
  const at = hay.indexOf(needle);
  if (at < 0) return null;
  return /[\s\-_/([:]/.test(hay[at - 1] ?? '') ? 2 : 3;
}

/**
 * The notes matching `query`, at most `limit`: title matches first (exact, then
 * prefix, then word start, then anywhere), then aliases, then paths; ties go to
 * corpus notes, then by title.
 */
export function searchNotes(notes: Iterable<Note>, query: string, limit = 8): SearchHit[] {
  const needle = fold(query);
  if (needle === '') return [];
  const found: { hit: SearchHit; rank: number }[] = [];
  for (const note of notes) {
    const base = { path: note.path, title: note.title, kind: note.kind };
    const byTitle = matchRank(note.title, needle);
    if (byTitle !== null) {
      found.push({ hit: { ...base, matched: 'title' }, rank: byTitle });
      continue;
    }
    let best: { alias: string; rank: number } | null = null;
    for (const alias of note.aliases) {
      const rank = matchRank(alias, needle);
      if (rank !== null && (best === null || rank < best.rank)) best = { alias, rank };
    }
    if (best) {
      found.push({ hit: { ...base, matched: 'alias', alias: best.alias }, rank: 4 + best.rank });
      continue;
    }
    const byPath = matchRank(note.path.replace(/\.md$/i, ''), needle);
    if (byPath !== null) found.push({ hit: { ...base, matched: 'path' }, rank: 8 + byPath });
  }
  const outside = (hit: SearchHit): number => (hit.kind === 'note' ? 1 : 0);
  found.sort((a, b) => a.rank - b.rank || outside(a.hit) - outside(b.hit) || fold(a.hit.title).localeCompare(fold(b.hit.title)) || (a.hit.path < b.hit.path ? -1 : 1));
  return found.slice(0, limit).map((f) => f.hit);
}
