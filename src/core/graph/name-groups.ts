/**
 * The corpus notes by title and alias key, and papers by arXiv id, for the index: links that match
 * no file resolve by title through them, and notes sharing a title or an id (duplicates) are found
 * in them. Each group is a path, or a list in the rare case of two or more (see `PathGroups`).
 */
import type { PaperNote } from '../types';
import { arxivBase } from '../corpus/arxiv';
import { PathGroups } from '../corpus/path-groups';
import { titleKey } from '../corpus/paths';
import { NO_NAMES, type Adjacency, type Entry } from './index-entry';
import type { ProblemContext } from './relational-problems';

export class NameGroups implements ProblemContext {
  /** By title and alias key: a note's first key is its title's. */
  private readonly byName = new PathGroups();
  private readonly byArxiv = new PathGroups();

  /**
   * `recordOf` finds a note's record; `recheck` queues a note for a problem check, called for the
   * members of a group when one joins or leaves it: their duplicate problems change.
   */
  constructor(
    private readonly recordOf: (path: string) => Entry | undefined,
    private readonly recheck: (path: string) => void,
  ) {}

  /** Files a note under its names and arXiv id. */
  attach(entry: Entry): void {
    const { note, names } = entry;
    // A counted loop, not `forEach`: a callback made for every note read would be garbage at once.
    for (let i = 0; i < names.length; i++) {
      if (this.byName.add(names[i], note.path) === 1) continue;
      // The notes of a shared name (this one among them) learn that their title may not be theirs alone.
      this.byName.forEach(names[i], (member) => {
        const record = this.recordOf(member);
        if (record) record.titleShared = true;
      });
      entry.titleShared ||= i === 0;
      // Notes sharing the title are duplicates now: check them again (this note is checked anyway).
      if (i === 0) this.byName.forEach(names[i], this.recheck);
    }
    if (note.kind === 'paper' && note.arxiv) this.touchArxiv(arxivBase(note.arxiv), note.path, true);
  }

  /** Takes a note out of its names' and arXiv id's groups. */
  detach(entry: Entry): void {
    const { note, names } = entry;
    names.forEach((key, i) => {
      if (this.byName.delete(key, note.path) > 0 && i === 0) this.byName.forEach(key, this.recheck);
    });
    if (note.kind === 'paper' && note.arxiv) this.touchArxiv(arxivBase(note.arxiv), note.path, false);
  }

  /** Adds or removes a paper of an arXiv id; the others of that id are checked again. */
  private touchArxiv(key: string, path: string, add: boolean): void {
    const others = add ? this.byArxiv.add(key, path) - 1 : this.byArxiv.delete(key, path);
    // The note itself is checked anyway (or gone); its twins only when it has any.
    if (others > 0) this.byArxiv.forEach(key, this.recheck);
  }

  /** The one note named `key` (title or alias), or `undefined` when none or several. */
  only(key: string): string | undefined {
    return this.byName.only(key);
  }

  /** Calls `fn` with each note named `key`; `fn` must not change the groups. */
  forEachNamed(key: string, fn: (path: string) => void): void {
    this.byName.forEach(key, fn);
  }

  /** The other corpus notes with this note's title, sorted; no lookup when its record says the title is its own. */
  titleTwins(record: Pick<Entry, 'note' | 'names' | 'titleShared'>): readonly string[] {
    const key = record.names[0];
    if (!record.titleShared || key === undefined) return NO_NAMES;
    const path = record.note.path;
    const group = this.byName.get(key);
    // Nearly always the note alone: no copy, no sort, no new empty list.
    if (group === undefined || typeof group === 'string') return group === undefined || group === path || this.recordOf(group)?.names[0] !== key ? NO_NAMES : [group];
    return this.titledOthers(group, path, key);
  }

  /**
   * The members of a group titled `key`, but `path`, sorted. Apart from `titleTwins` so that its
   * callback's variables are set up only for the rare real group, not on every call for every note.
   */
  private titledOthers(group: readonly string[], path: string, key: string): string[] {
    return group.filter((p) => p !== path && this.recordOf(p)?.names[0] === key).sort();
  }

  /**
   * False when no other note has this note's title or an alias equal to it, nearly always known
   * from the record alone. True means there may be a twin, for callers that then check titles.
   */
  mayShareTitle(note: Adjacency): boolean {
    // The record is the index's own entry, its names at hand (none once the note is removed).
    const { titleShared, names } = note as Entry;
    const key = names[0];
    return titleShared && key !== undefined && typeof this.byName.get(key) !== 'string';
  }

  /** The other paper notes with this paper's arXiv id, its version ignored, sorted. */
  arxivTwins(paper: PaperNote): string[] {
    if (!paper.arxiv) return [];
    const group = this.byArxiv.get(arxivBase(paper.arxiv));
    if (group === undefined || typeof group === 'string') return group === undefined || group === paper.path ? [] : [group];
    return othersThan(group, paper.path);
  }

  /** Corpus notes sharing a title (or alias) key. */
  notesNamed(key: string): ReadonlySet<string> {
    return new Set(this.byName.members(key));
  }

  /** Corpus notes sharing one title. */
  notesTitled(title: string): ReadonlySet<string> {
    const key = titleKey(title);
    const group = this.byName.get(key);
    if (group === undefined) return new Set<string>();
    // A group of one is a note with this title or alias; checked without a copy of the group.
    if (typeof group === 'string') return new Set(this.recordOf(group)?.names[0] === key ? [group] : []);
    return new Set(group.filter((path) => this.recordOf(path)?.names[0] === key));
  }

  /** Papers sharing one arXiv id, its version ignored. */
  papersWithArxiv(id: string): ReadonlySet<string> {
    return new Set(this.byArxiv.members(arxivBase(id)));
  }
}

/** The members of a group but `path`, sorted (a function of its own: see `titledOthers`). */
function othersThan(group: readonly string[], path: string): string[] {
  return group.filter((p) => p !== path).sort();
}
