/**
 * The live index of a vault's corpus: typed notes, resolved edges both ways and
 * problems, updated one note at a time. Work that depends on other notes (link
 * resolution, relational problems) is queued and done in `flush`, which queries run
 * first, so a burst of changes is resolved once.
 *
 * Built for vaults of tens of thousands of notes (see BENCHMARKS.md):
 * - everything about a note lives in one record (index-entry.ts), so one lookup finds all of it;
 * - a resolved link keeps its target path, and an edge is a pair of numbers and references in
 *   both notes' records: `Edge` objects are made only for notes a query asks about, so reading
 *   a vault makes none, and walks read the records directly;
 * - the reverse lookups that decide which links to resolve again when a note comes or goes
 *   cover the few links that name no note (or name one by title), not every link of the vault;
 * - work queues hold the records themselves, each queued once, flagged in the record.
 */
import type { CorpusKind, CorpusOptions, Edge, Note, NoteInput, Problem, RawLink, ResolveLinkFn } from '../types';
import { DEFAULT_CORPUS_OPTIONS } from '../types';
import { normalise } from '../corpus/normalise';
import { basenameOf, linkKey, titleKey, foldName } from '../corpus/paths';
import { relationalProblems } from './relational-problems';
import { NameGroups } from './name-groups';
import { EdgeLists } from './edge-lists';
import { KnownTargets } from './known-targets';
import { CorpusGraph, GraphLoader } from './corpus-graph';
import { PathGroups } from '../corpus/path-groups';
import { WorkQueue } from './work-queue';
import {
  compareProblems, edgeOf, forEachPair, kept, linkIndexOf, namesOf, notesOf, pathOf, problemFace, sameKeys,
  NO_EDGES, NO_NAMES, NO_OUTS, NO_PAIRS, NO_PROBLEMS, NO_TITLE_LINKS, type Adjacency, type Entry,
} from './index-entry';

export type { Adjacency, EdgeEnd } from './index-entry';

/** How a raw link resolved: a note's path and how it was found, or `null`. */
export interface Resolution {
  target: string | null;
  via: 'path' | 'title';
}

/** Options of the index: the corpus options and the link resolver port. */
export interface IndexOptions extends CorpusOptions {
  /**
   * Finds the file a link names. Its answer may depend on the linking note's folder but not on the
   * rest of its path, as Obsidian's does: within one flush, notes of a folder share answers.
   */
  resolve: ResolveLinkFn;
}

/** The corpus index. */
export class CorpusIndex {
  /** Bumped by every change; views compare it to know when to redraw. */
  revision = 0;
  readonly options: IndexOptions;
  private readonly entries = new Map<string, Entry>();
  /** Corpus notes by title, alias and arXiv id: for links by title, and for duplicates. */
  private readonly names = new NameGroups((path) => this.entries.get(path), (path) => this.queueProblems(path));
  /**
   * Notes by folded file name: a new note may be a closer match for links that found another of
   * that name. Built the first time a note comes or goes after links were resolved (`fileNames`):
   * reading a vault and querying it, all the CLI does, never needs it.
   */
  private byFileName: PathGroups | null = null;
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
  /** The records' edge lists, both ways. */
  private readonly edges = new EdgeLists(() => this.nextId);
  private mirror: CorpusGraph | null = null;
  /** Fills the mirror while `buildGraph` builds it a slice at a time; `null` once it is whole. */
  private loader: GraphLoader | null = null;
  private flushing = false;
  /** The next record's `id`: ids are never reused, so a walk's arrays grow with the notes ever added. */
  private nextId = 0;
  /** The relational problems of the note being checked, gathered before they are copied to size (`checkProblems`). */
  private readonly found: Problem[] = [];
  private readonly subscribers: ((path: string, note: Note | undefined) => void)[] = [];

  constructor(options: Partial<IndexOptions> & { resolve: ResolveLinkFn }) {
    this.options = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  }

  /** Adds or replaces one note. */
  upsert(input: NoteInput): void {
    const { note, links, problems } = normalise(input, this.options);
    const path = note.path;
    let entry = this.entries.get(path);
    const names = note.kind === 'note' ? NO_NAMES : namesOf(note);
    if (entry) {
      const old = entry.note;
      const oldNames = entry.names;
      this.names.detach(entry);
      entry.note = note;
      entry.kind = note.kind;
      entry.links = links;
      entry.own = kept(problems, NO_PROBLEMS);
      entry.names = names;
      this.names.attach(entry);
      // Other notes' links and problems read only this note's names, kind, title and arXiv id.
      if (!sameKeys(oldNames, names)) this.namesChanged(entry, oldNames);
      if (problemFace(old) !== problemFace(note)) {
        this.edges.settle();
        forEachPair(entry.inc, (source) => this.pendingProblems.add(source));
      }
    } else {
      // What a walk reads of every note it passes comes first, side by side in memory.
      entry = {
        id: this.nextId++, walkStamp: 0, walkSlot: 0, kind: note.kind, degree: 0, outs: NO_OUTS, inc: NO_PAIRS, links, note, path, own: kept(problems, NO_PROBLEMS),
        relational: NO_PROBLEMS, names, targets: NO_TARGETS, byTitle: null, out: null, incEdges: null, watching: null, queued: 0, titleShared: false,
      };
      this.entries.set(path, entry);
      this.names.attach(entry);
      // A new file can be what other notes' links were looking for, or a closer match than the one
      // they found. While the first load is read, nothing is resolved yet and there is nothing to redo.
      if (this.resolvedAny) {
        const fileKey = foldName(basenameOf(path));
        const byFileName = this.fileNames();
        this.requeueWatchers(fileKey);
        if (byFileName.add(fileKey, path) > 1) byFileName.forEach(fileKey, (other) => this.requeueLinkers(other));
        this.namesChanged(entry, NO_NAMES);
      } else {
        this.byFileName?.add(foldName(basenameOf(path)), path);
      }
    }
    this.pendingResolve.add(entry);
    this.pendingProblems.add(entry);
    this.mirror?.syncNode(note);
    this.revision++;
    this.notify(path, note);
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
    this.names.detach(entry);
    const oldNames = entry.names;
    entry.names = NO_NAMES;
    this.namesChanged(entry, oldNames);
    this.byFileName?.delete(foldName(basenameOf(path)), path);
    this.edges.drop(entry);
    this.unwatch(path, entry);
    this.requeueLinkers(path);
    this.entries.delete(path);
    this.pendingResolve.delete(entry);
    this.pendingProblems.delete(entry);
    this.mirror?.dropNote(path);
    this.revision++;
    this.notify(path, undefined);
  }

  private notify(path: string, note: Note | undefined): void {
    // Counted rather than `for...of`: an iterator per note read, for a list nearly always empty.
    for (let i = 0; i < this.subscribers.length; i++) this.subscribers[i](path, note);
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
    const byFileName = this.fileNames();
    if (this.watchers.count(key) === 0 && byFileName.count(key) === 0) return;
    this.requeueWatchers(key);
    // A note of the same name may lose links to the file (or win them back).
    byFileName.forEach(key, (other) => this.requeueLinkers(other));
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
    // Resolutions are shared by the notes of one folder while nothing can change them: within this call.
    const known = new KnownTargets<Entry | string | null>();
    // The first read of a vault fills the incoming lists at the end, each at its size, rather than pair by pair.
    if (!this.resolvedAny && this.pendingResolve.size > 0) this.edges.deferIncoming();
    while (this.pendingResolve.size > 0) {
      if (timeUp()) return false;
      const entry = this.pendingResolve.shift() as Entry;
      this.resolveSource(entry.note.path, entry, known);
      // Checked at once, while the note's links are at hand: resolving other notes changes nothing it reads.
      this.pendingProblems.delete(entry);
      this.checkProblems(entry);
    }
    this.edges.settle();
    while (this.pendingProblems.size > 0) {
      if (timeUp()) return false;
      this.checkProblems(this.pendingProblems.shift() as Entry);
    }
    return true;
  }

  private checkProblems(entry: Entry): void {
    // One working list for every note checked: nearly every note has no problem to keep.
    const found = relationalProblems(this.names, entry, this.found);
    entry.relational = found.length === 0 ? NO_PROBLEMS : found.slice();
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
    const resolutions = entry.targets.map((target, i): Resolution => ({ target: pathOf(target), via: byTitle.includes(i) ? 'title' : 'path' }));
    return { links: entry.links, resolutions };
  }

  /**
   * False when no other note has this note's title or an alias equal to it, nearly always known
   * from the record alone. True means there may be a twin, for callers that then check titles.
   */
  mayShareTitle(note: Adjacency): boolean {
    return this.names.mayShareTitle(note);
  }

  /** Edges from a note, in the order of its links. */
  outEdges(path: string): readonly Edge[] {
    this.flush();
    const entry = this.entries.get(path);
    return entry ? this.edgesOf(entry) : NO_EDGES;
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
    this.edges.settle();
    const entry = this.entries.get(path);
    if (!entry || entry.inc.length === 0) return NO_EDGES;
    if (entry.incEdges) return entry.incEdges;
    const edges: Edge[] = [];
    // A source's edges are made in the order of its pairs: the edge of a code is at its pair's place.
    forEachPair(entry.inc, (source, code) => edges.push(this.edgesOf(source)[source.outs.indexOf(code) / 2]));
    return (entry.incEdges = edges);
  }

  /**
   * A note's record as walks read it: its links, the edges from it and into it, and at each
   * edge's other end that note's own record (see {@link Adjacency}). Read-only, and valid until
   * the index next changes. The neighbourhood walks thousands of edges this way with no lookup,
   * no callback and no edge object per edge.
   */
  adjacency(path: string): Adjacency | undefined {
    this.flush();
    this.edges.settle();
    return this.entries.get(path);
  }

  /** How many edges touch a note, both ways. */
  degree(path: string): number {
    this.flush();
    const entry = this.entries.get(path);
    return entry ? entry.degree : 0;
  }

  /** Corpus notes sharing a title (or alias) key. */
  notesNamed(key: string): ReadonlySet<string> {
    return this.names.notesNamed(key);
  }

  /** Corpus notes sharing one title. */
  notesTitled(title: string): ReadonlySet<string> {
    return this.names.notesTitled(title);
  }

  /** Papers sharing one arXiv id, its version ignored. */
  papersWithArxiv(id: string): ReadonlySet<string> {
    return this.names.papersWithArxiv(id);
  }

  /** Every problem, sorted by path, field and code. */
  problems(): Problem[] {
    this.flush();
    const all: Problem[] = [];
    // `forEach` and counted loops rather than iterators: no iterator or result object per note.
    this.entries.forEach((entry) => {
      const { own, relational } = entry;
      for (let i = 0; i < own.length; i++) all.push(own[i]);
      for (let i = 0; i < relational.length; i++) all.push(relational[i]);
    });
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
    return this.growGraph(Infinity) as CorpusGraph;
  }

  /**
   * Builds the same graph a slice at a time, for a view that must not hold the interface: works
   * until `deadline` (ms, `performance.now()` clock) and returns the graph once it is whole, `null`
   * while work remains. From then on it is kept in step, and `graph()` returns it at no cost.
   */
  buildGraph(deadline = Infinity): CorpusGraph | null {
    return this.flush(deadline) ? this.growGraph(deadline) : null;
  }

  /** How much of the graph is built, from 0 to 1. */
  get graphProgress(): number {
    return this.mirror === null ? 0 : (this.loader?.progress ?? 1);
  }

  private growGraph(deadline: number): CorpusGraph | null {
    if (this.mirror === null) {
      // Live from the start: upserts and resolutions reach it while the loader fills it.
      this.mirror = new CorpusGraph();
      this.loader = new GraphLoader(this.mirror, {
        paths: () => [...this.entries.keys()],
        note: (path) => this.entries.get(path)?.note,
        edges: (path) => {
          const entry = this.entries.get(path);
          return entry ? this.edgesOf(entry) : undefined;
        },
      });
    }
    if (this.loader !== null && !this.loader.step(deadline)) return null;
    this.loader = null;
    return this.mirror;
  }

  /** The notes by folded file name, built from the index the first time they are needed. */
  private fileNames(): PathGroups {
    if (this.byFileName === null) {
      this.byFileName = new PathGroups();
      for (const path of this.entries.keys()) this.byFileName.add(foldName(basenameOf(path)), path);
    }
    return this.byFileName;
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
      this.names.forEachNamed(key, (member) => this.requeueLinkers(member));
    };
    oldNames.forEach(changed);
    entry.names.forEach(changed);
  }

  /** Resolves again every note linking to `path`. */
  private requeueLinkers(path: string): void {
    this.edges.settle();
    forEachPair(this.entries.get(path)?.inc ?? NO_PAIRS, (source) => this.pendingResolve.add(source));
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
    // Counted, and nothing made for the many notes with no waiting link: this runs for every note resolved.
    const { watching } = entry;
    if (watching === null) return;
    for (let i = 0; i < watching.length; i++) this.watchers.delete(watching[i], source);
    entry.watching = null;
  }

  /**
   * The edges from a note, made the first time they are asked for and kept until its links are
   * resolved again. Reading a vault makes no edge object at all: a link's target and one item in
   * the target's incoming list are enough to count, walk back and resolve again. Edges are made
   * for the notes that queries touch, on a large vault a small part of them.
   */
  private edgesOf(entry: Entry): Edge[] {
    if (entry.out) return entry.out;
    const { links, outs } = entry;
    if (outs.length === 0) return (entry.out = NO_EDGES);
    const source = entry.note.path;
    const byTitle = entry.byTitle ?? NO_TITLE_LINKS;
    const edges: Edge[] = [];
    for (let p = 0; p < outs.length; p += 2) {
      const i = linkIndexOf(outs[p] as number);
      edges.push(edgeOf(source, (outs[p + 1] as Entry).path, links[i], byTitle.includes(i) ? 'title' : 'path'));
    }
    return (entry.out = edges);
  }

  private resolveSource(source: string, entry: Entry, known: KnownTargets<Entry | string | null>): void {
    const edges = this.edges;
    edges.begin(entry);
    this.unwatch(source, entry);
    const { links } = entry;
    const inCorpus = entry.note.kind !== 'note';
    const answers = known.forSource(source);
    const targets = new Array<Entry | string | null>(links.length);
    let byTitle: number[] | null = null;
    let watching: string[] | null = null;
    for (let i = 0; i < links.length; i++) {
      const link = links[i];
      const linkpath = link.linkpath;
      let target = answers.get(linkpath);
      if (target === undefined) {
        const path = this.options.resolve(linkpath, source);
        // The note's own record when the file is indexed: the edge and the problem check need no lookup.
        target = path === null ? null : (this.entries.get(path) ?? path);
        answers.set(linkpath, target);
      }
      let byName = false;
      if (target === null && inCorpus) {
        const named = this.names.only(titleKey(linkpath));
        if (named !== undefined) {
          target = this.entries.get(named) ?? named;
          byName = true;
          (byTitle ??= []).push(i);
        }
      }
      targets[i] = target;
      // A self-link makes no edge, so no incoming list would find it when a closer match comes.
      if (target === null || typeof target === 'string' || byName || target === entry) watching = this.watch(source, linkpath, watching);
      if (target !== null && typeof target !== 'string' && target !== entry) edges.add(entry, i, link.kind, target);
    }
    edges.end(entry);
    entry.targets = targets;
    entry.byTitle = byTitle;
    entry.watching = watching;
    this.pendingProblems.add(entry);
    this.resolvedAny = true;
    if (this.mirror) this.mirror.syncEdges(source, this.edgesOf(entry));
  }
}

/** No link resolved yet: one shared list until `resolveSource` gives the note its own. */
const NO_TARGETS = Object.freeze([]) as unknown as (Entry | string | null)[];
