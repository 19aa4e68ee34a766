/**
 * The live index of a vault's corpus: typed notes, resolved edges both ways and
 * problems, updated one note at a time. Work that depends on other notes (link
 * resolution, relational problems) is queued and done in `flush`, which queries run
 * first, so a burst of changes is resolved once.
 *
 * Built for vaults of tens of thousands of notes (see BENCHMARKS.md): everything
 * about a note lives in one record, so a lookup finds all of it; links keep only
 * their target paths once resolved; and the reverse lookups that decide which links
 * to resolve again when a note comes or goes cover the few links that name no note
 * (or name one by title), not every link of the vault.
 */
import type { CorpusKind, CorpusOptions, Edge, Note, NoteInput, Problem, RawLink, ResolveLinkFn } from '../types';
import { DEFAULT_CORPUS_OPTIONS } from '../types';
import { normalise } from '../corpus/normalise';
import { basenameOf, linkKey, titleKey, foldName } from '../corpus/paths';
import { arxivBase } from '../corpus/arxiv';
import { relationalProblems } from './relational-problems';
import { CorpusGraph } from './corpus-graph';
import { PathGroups } from '../corpus/path-groups';
import { WorkQueue } from './work-queue';

/** How a raw link resolved: a note's path and how it was found, or `null`. */
export interface Resolution {
  target: string | null;
  via: 'path' | 'title';
}

/** Options of the index: the corpus options and the link resolver port. */
export interface IndexOptions extends CorpusOptions {
  resolve: ResolveLinkFn;
}

/** Everything the index holds about one note. */
interface Entry {
  note: Note;
  links: RawLink[];
  own: readonly Problem[];
  relational: readonly Problem[];
  /** Title and alias keys (none outside the corpus). */
  names: readonly string[];
  /** Each link's target path (`null`: it names no file), filled in by resolution. */
  targets: (string | null)[];
  /** Indices of the links found by a note's title rather than by path; `null` when none (nearly always). */
  byTitle: number[] | null;
  /** Edges from this note, in the order of its links. */
  out: Edge[];
  /** Edges of other notes into this one. A source's edges sit together, sources in the order they were resolved. */
  inc: Edge[];
  /** Keys this note's links wait under for a file or a title to appear (see `watch`). */
  watching: string[] | null;
  /** The work queues this note waits in (a bit each). */
  queued: number;
}

// Shared empty lists: most notes have no problems, many no edges one way or the other, and a
// vault-sized index would otherwise hold an empty array for each of them.
const NO_TITLE_LINKS: readonly number[] = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);
const NO_EDGES = Object.freeze([]) as unknown as Edge[];

function kept<T>(list: readonly T[], none: readonly T[]): readonly T[] {
  return list.length === 0 ? none : list;
}

/** What other notes' problems read of a note: a change here re-checks every note linking to it. */
function problemFace(note: Note): string {
  return `${note.kind}\u0000${note.title}\u0000${note.kind === 'paper' && note.arxiv ? 'arxiv' : ''}`;
}

/** True when two lists hold the same keys in the same order. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** Takes every edge of `source` out of a list of incoming edges, in place, keeping the others' order. */
function dropEdgesFrom(edges: Edge[], source: string): void {
  let kept = 0;
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    if (edge.source !== source) edges[kept++] = edge;
  }
  edges.length = kept;
}

/** The corpus index. */
export class CorpusIndex {
  /** Bumped by every change; views compare it to know when to redraw. */
  revision = 0;
  readonly options: IndexOptions;
  private readonly entries = new Map<string, Entry>();
  /**
   * Corpus notes by title and alias key: links that match no file resolve through it, and notes
   * sharing a title are found in it (a note's first key is its title's).
   */
  private readonly byName = new PathGroups();
  private readonly byArxiv = new PathGroups();
  /** Notes by folded file name: a new note may be a closer match for links that found another of that name. */
  private readonly byFileName = new PathGroups();
  /**
   * Notes whose links wait for something to appear, by the link's file-name key and title key:
   * links that name no note, name a file that is no note, name their own note, or found a note
   * only by its title.
   * Only these can change when a note or file comes, so only these are watched.
   */
  private readonly watchers = new PathGroups();
  private readonly pendingResolve = new WorkQueue<Entry>(1);
  private readonly pendingProblems = new WorkQueue<Entry>(2);
  /** False until the first link is resolved: before that no link waits and no edge exists to requeue. */
  private resolvedAny = false;
  private mirror: CorpusGraph | null = null;
  private flushing = false;
  private readonly subscribers: ((path: string, note: Note | undefined) => void)[] = [];

  constructor(options: Partial<IndexOptions> & { resolve: ResolveLinkFn }) {
    this.options = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  }

  /** Adds or replaces one note. */
  upsert(input: NoteInput): void {
    const { note, links, problems } = normalise(input, this.options);
    const path = note.path;
    let entry = this.entries.get(path);
    const names = note.kind === 'note' ? NO_NAMES : [note.title, ...note.aliases].map(titleKey);
    if (entry) {
      const old = entry.note;
      const oldNames = entry.names;
      this.detachNames(entry);
      entry.note = note;
      entry.links = links;
      entry.own = kept(problems, NO_PROBLEMS);
      entry.names = names;
      this.attachNames(entry);
      // Other notes' links and problems read only this note's names, kind, title and arXiv id.
      if (!sameKeys(oldNames, names)) this.namesChanged(entry, oldNames);
      if (problemFace(old) !== problemFace(note)) for (const edge of entry.inc) this.queueProblems(edge.source);
    } else {
      entry = {
        note, links, own: kept(problems, NO_PROBLEMS), relational: NO_PROBLEMS, names,
        targets: [], byTitle: null, out: NO_EDGES, inc: NO_EDGES, watching: null, queued: 0,
      };
      this.entries.set(path, entry);
      this.attachNames(entry);
      const fileKey = foldName(basenameOf(path));
      const sameName = this.byFileName.add(fileKey, path);
      // A new file can be what other notes' links were looking for, or a closer match than the one
      // they found. While the first load is read, nothing is resolved yet and there is nothing to redo.
      if (this.resolvedAny) {
        this.requeueWatchers(fileKey);
        if (sameName > 1) this.byFileName.forEach(fileKey, (other) => this.requeueLinkers(other));
        this.namesChanged(entry, NO_NAMES);
      }
    }
    this.pendingResolve.add(entry);
    this.pendingProblems.add(entry);
    this.mirror?.syncNode(note);
    this.revision++;
    for (const listener of this.subscribers) listener(path, note);
  }

  /** Calls `listener` with every note added, changed or removed (`undefined`), as it happens. */
  subscribe(listener: (path: string, note: Note | undefined) => void): () => void {
    this.subscribers.push(listener);
    return () => {
      const i = this.subscribers.indexOf(listener);
      if (i >= 0) this.subscribers.splice(i, 1);
    };
  }

  /** Forgets one note; notes that linked to it are resolved again. */
  remove(path: string): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    this.detachNames(entry);
    const oldNames = entry.names;
    entry.names = NO_NAMES;
    this.namesChanged(entry, oldNames);
    this.byFileName.delete(foldName(basenameOf(path)), path);
    this.dropOut(path, entry);
    this.unwatch(path, entry);
    this.requeueLinkers(path);
    this.entries.delete(path);
    this.pendingResolve.delete(entry);
    this.pendingProblems.delete(entry);
    this.mirror?.dropNote(path);
    this.revision++;
    for (const listener of this.subscribers) listener(path, undefined);
  }

  /** A rename: the old path goes, the note comes back under its new path. */
  rename(oldPath: string, input: NoteInput): void {
    this.remove(oldPath);
    this.upsert(input);
  }

  /**
   * A file that is no note (an attachment, a PDF) came or went: links that may name it are
   * resolved again, since such a file decides between "names no note" and "names a non-note".
   */
  fileChanged(path: string): void {
    const key = linkKey(path);
    if (this.watchers.count(key) === 0 && this.byFileName.count(key) === 0) return;
    this.requeueWatchers(key);
    // A note of the same name may lose links to the file (or win them back).
    this.byFileName.forEach(key, (other) => this.requeueLinkers(other));
    this.revision++;
  }

  /**
   * Does the queued work; with a deadline (ms, `performance.now()` clock) it may stop early and
   * return false. It stops before the deadline when the slowest item so far would not fit, so that
   * a caller slicing work into frames gets slices that end by the deadline.
   */
  flush(deadline = Infinity): boolean {
    // Queries flush first: when nothing waits, that must cost next to nothing.
    if (this.pendingResolve.size === 0 && this.pendingProblems.size === 0) return true;
    if (this.flushing) return false;
    this.flushing = true;
    try {
      return this.work(deadline);
    } finally {
      this.flushing = false;
    }
  }

  private work(deadline: number): boolean {
    let last = performance.now();
    let slowest = 0;
    const timeUp = (): boolean => {
      if (deadline === Infinity) return false;
      const now = performance.now();
      slowest = Math.max(slowest, now - last);
      last = now;
      return now + slowest > deadline;
    };
    while (this.pendingResolve.size > 0) {
      if (timeUp()) return false;
      const entry = this.pendingResolve.shift() as Entry;
      this.resolveSource(entry.note.path, entry);
    }
    while (this.pendingProblems.size > 0) {
      if (timeUp()) return false;
      const entry = this.pendingProblems.shift() as Entry;
      entry.relational = kept(relationalProblems(this, entry.note), NO_PROBLEMS);
    }
    return true;
  }

  /** True when nothing is queued. */
  get settled(): boolean {
    return this.pendingResolve.size === 0 && this.pendingProblems.size === 0;
  }

  /** The note at `path`, if indexed. */
  note(path: string): Note | undefined {
    this.flush();
    return this.entries.get(path)?.note;
  }

  /** Every indexed note. */
  allNotes(): IterableIterator<Note> {
    this.flush();
    return notesOf(this.entries.values());
  }

  /** How many files are indexed. */
  get size(): number {
    return this.entries.size;
  }

  /** The raw links of a note, in the order the note gives them, with how each resolved. */
  linksOf(path: string): { links: readonly RawLink[]; resolutions: readonly Resolution[] } {
    this.flush();
    const entry = this.entries.get(path);
    if (!entry) return { links: [], resolutions: [] };
    // Built when asked rather than kept: a resolution per link would be most of the index's objects.
    const byTitle = entry.byTitle ?? NO_TITLE_LINKS;
    const resolutions = entry.targets.map((target, i): Resolution => ({ target, via: byTitle.includes(i) ? 'title' : 'path' }));
    return { links: entry.links, resolutions };
  }

  /** Edges from a note, in the order of its links. */
  outEdges(path: string): readonly Edge[] {
    this.flush();
    return this.entries.get(path)?.out ?? [];
  }

  /** Edges into a note, grouped by the note that holds them. */
  inEdges(path: string): ReadonlyMap<string, readonly Edge[]> {
    const grouped = new Map<string, Edge[]>();
    for (const edge of this.inEdgeList(path)) {
      const list = grouped.get(edge.source);
      if (list) list.push(edge);
      else grouped.set(edge.source, [edge]);
    }
    return grouped;
  }

  /** Edges into a note as one list, each source's edges together: for walks that need no grouping. */
  inEdgeList(path: string): readonly Edge[] {
    this.flush();
    return this.entries.get(path)?.inc ?? [];
  }

  /** How many edges touch a note, both ways. */
  degree(path: string): number {
    this.flush();
    const entry = this.entries.get(path);
    return entry ? entry.out.length + entry.inc.length : 0;
  }

  /** Corpus notes sharing a title (or alias) key. */
  notesNamed(key: string): ReadonlySet<string> {
    return new Set(this.byName.members(key));
  }

  /** Corpus notes sharing one title. */
  notesTitled(title: string): ReadonlySet<string> {
    const key = titleKey(title);
    return new Set(this.byName.members(key).filter((path) => this.entries.get(path)?.names[0] === key));
  }

  /** Papers sharing one arXiv id, its version ignored. */
  papersWithArxiv(id: string): ReadonlySet<string> {
    return new Set(this.byArxiv.members(arxivBase(id)));
  }

  /** Every problem, sorted by path, field and code. */
  problems(): Problem[] {
    this.flush();
    const all: Problem[] = [];
    for (const entry of this.entries.values()) {
      for (const problem of entry.own) all.push(problem);
      for (const problem of entry.relational) all.push(problem);
    }
    return all.sort(compareProblems);
  }

  /** The problems of one note. */
  problemsOf(path: string): Problem[] {
    this.flush();
    const entry = this.entries.get(path);
    return entry ? [...entry.own, ...entry.relational].sort(compareProblems) : [];
  }

  /** Corpus notes by kind, one per file. */
  counts(): Record<CorpusKind, number> {
    const counts = { concept: 0, line: 0, paper: 0 };
    for (const { note } of this.entries.values()) if (note.kind !== 'note') counts[note.kind]++;
    return counts;
  }

  /** The typed graphology graph of the index, built on first use and then kept in step note by note. */
  graph(): CorpusGraph {
    this.flush();
    if (!this.mirror) {
      const edges = new Map<string, Edge[]>();
      for (const [path, entry] of this.entries) if (entry.out.length > 0) edges.set(path, entry.out);
      this.mirror = new CorpusGraph();
      this.mirror.load(notesOf(this.entries.values()), edges);
    }
    return this.mirror;
  }

  private attachNames(entry: Entry): void {
    const { note, names } = entry;
    names.forEach((key, i) => {
      // Notes sharing the title are duplicates now: check them again (this note is checked anyway).
      if (this.byName.add(key, note.path) > 1 && i === 0) this.byName.forEach(key, (member) => this.queueProblems(member));
    });
    if (note.kind === 'paper' && note.arxiv) this.touchGroup(this.byArxiv, arxivBase(note.arxiv), note.path, true);
  }

  private detachNames(entry: Entry): void {
    const { note, names } = entry;
    names.forEach((key, i) => {
      if (this.byName.delete(key, note.path) > 0 && i === 0) this.byName.forEach(key, (member) => this.queueProblems(member));
    });
    if (note.kind === 'paper' && note.arxiv) this.touchGroup(this.byArxiv, arxivBase(note.arxiv), note.path, false);
  }

  /** Adds or removes a member of a duplicate group; every member's problems are checked again. */
  private touchGroup(groups: PathGroups, key: string, path: string, add: boolean): void {
    const others = add ? groups.add(key, path) - 1 : groups.delete(key, path);
    // The note itself is checked anyway (or gone); its twins only when it has any.
    if (others > 0) groups.forEach(key, (member) => this.queueProblems(member));
  }

  private queueProblems(path: string): void {
    const entry = this.entries.get(path);
    if (entry) this.pendingProblems.add(entry);
  }

  private queueResolve(path: string): void {
    const entry = this.entries.get(path);
    if (entry) this.pendingResolve.add(entry);
  }

  /**
   * A note's title and alias keys changed (it came, went, or was retitled): links that match a
   * key by title may now find it, lose it, or find it ambiguous. Those are the waiting links under
   * each changed key, the links into notes sharing the key, and the links into this note.
   */
  private namesChanged(entry: Entry, oldNames: readonly string[]): void {
    this.requeueLinkers(entry.note.path);
    const changed = (key: string): void => {
      if (oldNames.includes(key) && entry.names.includes(key)) return;
      this.requeueWatchers(key);
      this.byName.forEach(key, (member) => this.requeueLinkers(member));
    };
    oldNames.forEach(changed);
    entry.names.forEach(changed);
  }

  /** Resolves again every note linking to `path`. */
  private requeueLinkers(path: string): void {
    for (const edge of this.entries.get(path)?.inc ?? []) this.queueResolve(edge.source);
  }

  /** Resolves again every note with a link waiting under `key`. */
  private requeueWatchers(key: string): void {
    this.watchers.forEach(key, (source) => this.queueResolve(source));
  }

  /** Files a waiting link under its file-name key and its title key. */
  private watch(source: string, linkpath: string, watching: string[] | null): string[] {
    const keys = watching ?? [];
    const fileKey = linkKey(linkpath);
    const nameKey = titleKey(linkpath);
    this.watchers.add(fileKey, source);
    keys.push(fileKey);
    if (nameKey !== fileKey) {
      this.watchers.add(nameKey, source);
      keys.push(nameKey);
    }
    return keys;
  }

  private unwatch(source: string, entry: Entry): void {
    for (const key of entry.watching ?? []) this.watchers.delete(key, source);
    entry.watching = null;
  }

  private dropOut(source: string, entry: Entry): void {
    let previous: Entry | undefined;
    for (const edge of entry.out) {
      const target = this.entries.get(edge.target);
      // A source's edges to one target all go at once.
      if (target === undefined || target === previous || target.inc.length === 0) continue;
      dropEdgesFrom(target.inc, source);
      previous = target;
    }
    entry.out = NO_EDGES;
  }

  private resolveSource(source: string, entry: Entry): void {
    this.dropOut(source, entry);
    this.unwatch(source, entry);
    const { links } = entry;
    const inCorpus = entry.note.kind !== 'note';
    const targets = new Array<string | null>(links.length);
    const out: Edge[] = [];
    let byTitle: number[] | null = null;
    let watching: string[] | null = null;
    let bodyTargets: Set<string> | null = null;
    for (let i = 0; i < links.length; i++) {
      const link = links[i];
      const linkpath = link.link.linkpath;
      let target = this.options.resolve(linkpath, source);
      let via: Edge['via'] = 'path';
      if (target === null && inCorpus) {
        target = this.byName.only(titleKey(linkpath)) ?? null;
        if (target !== null) {
          via = 'title';
          (byTitle ??= []).push(i);
        }
      }
      targets[i] = target;
      const found = target === null ? undefined : this.entries.get(target);
      // A self-link makes no edge, so no incoming list would find it when a closer match comes.
      if (found === undefined || via === 'title' || target === source) watching = this.watch(source, linkpath, watching);
      if (found === undefined || target === null || target === source) continue;
      if (link.kind === 'link') {
        if (bodyTargets?.has(target)) continue;
        (bodyTargets ??= new Set()).add(target);
      }
      const edge = edgeOf(source, target, link, via);
      out.push(edge);
      if (found.inc === NO_EDGES) found.inc = [edge];
      else found.inc.push(edge);
    }
    entry.targets = targets;
    entry.byTitle = byTitle;
    entry.out = out.length === 0 ? NO_EDGES : out;
    entry.watching = watching;
    this.pendingProblems.add(entry);
    this.resolvedAny = true;
    this.mirror?.syncEdges(source, out);
  }
}

/**
 * The edge of a resolved link, as one literal holding exactly the properties it has: added one by
 * one, the optional ones would give each edge a second block of memory.
 */
function edgeOf(source: string, target: string, link: RawLink, via: Edge['via']): Edge {
  const { kind, field, relation, why, order } = link;
  if (relation === undefined && why === undefined) return order === undefined ? { source, target, kind, field, via } : { source, target, kind, field, via, order };
  // Only `related` links carry a relation, and they have no order; the general case stays correct anyway.
  const edge: Edge = relation === undefined ? { source, target, kind, field, via, why } : why === undefined ? { source, target, kind, field, via, relation } : { source, target, kind, field, via, relation, why };
  if (order !== undefined) edge.order = order;
  return edge;
}

/** The notes of index entries, as an iterator. */
function* notesOf(entries: Iterable<Entry>): IterableIterator<Note> {
  for (const entry of entries) yield entry.note;
}

function compareProblems(a: Problem, b: Problem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.field !== b.field) return a.field < b.field ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
