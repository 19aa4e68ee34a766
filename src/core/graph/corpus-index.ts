/**
 * The live index of a vault's corpus: typed notes, resolved edges both ways and
 * problems, updated one note at a time. Work that depends on other notes (link
 * resolution, relational problems) is queued and done in `flush`, which queries run
 * first, so a burst of changes is resolved once.
 */
import type { CorpusKind, CorpusOptions, Edge, Note, NoteInput, Problem, RawLink, ResolveLinkFn } from '../types';
import { DEFAULT_CORPUS_OPTIONS } from '../types';
import { normalise } from '../corpus/normalise';
import { basenameOf, linkKey, titleKey, foldName } from '../corpus/paths';
import { arxivBase } from '../corpus/arxiv';
import { relationalProblems } from './relational-problems';
import { CorpusGraph } from './corpus-graph';

/** How a raw link resolved: a note's path and how it was found, or `null`. */
export interface Resolution {
  target: string | null;
  via: 'path' | 'title';
}

/** Options of the index: the corpus options and the link resolver port. */
export interface IndexOptions extends CorpusOptions {
  resolve: ResolveLinkFn;
}

/** A set-valued map's add and delete. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
function deleteFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** The corpus index. */
export class CorpusIndex {
  /** Bumped by every change; views compare it to know when to redraw. */
  revision = 0;
  readonly options: IndexOptions;
  private readonly notes = new Map<string, Note>();
  private readonly raw = new Map<string, RawLink[]>();
  private readonly resolutions = new Map<string, Resolution[]>();
  private readonly own = new Map<string, Problem[]>();
  private readonly relational = new Map<string, Problem[]>();
  private readonly out = new Map<string, Edge[]>();
  private readonly inc = new Map<string, Map<string, Edge[]>>();
  private readonly byLinkKey = new Map<string, Set<string>>();
  private readonly byLinkText = new Map<string, Set<string>>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly byTitle = new Map<string, Set<string>>();
  private readonly byArxiv = new Map<string, Set<string>>();
  private readonly pendingResolve = new Set<string>();
  private readonly pendingProblems = new Set<string>();
  private mirror: CorpusGraph | null = null;
  private flushing = false;
  private readonly subscribers: ((path: string, note: Note | undefined) => void)[] = [];

  constructor(options: Partial<IndexOptions> & { resolve: ResolveLinkFn }) {
    this.options = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  }

  /** Adds or replaces one note. */
  upsert(input: NoteInput): void {
    const existed = this.notes.has(input.path);
    if (existed) this.detach(input.path);
    const { note, links, problems } = normalise(input, this.options);
    const path = note.path;
    this.notes.set(path, note);
    this.raw.set(path, links);
    this.own.set(path, problems);
    for (const link of links) {
      addTo(this.byLinkKey, linkKey(link.link.linkpath), path);
      addTo(this.byLinkText, titleKey(link.link.linkpath), path);
    }
    this.attachNames(note);
    this.pendingResolve.add(path);
    // A new file can be what other notes' links were looking for.
    if (!existed) for (const source of this.byLinkKey.get(foldName(basenameOf(path))) ?? []) this.pendingResolve.add(source);
    this.dirtyDependents(path);
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
    if (!this.notes.has(path)) return;
    this.detach(path);
    this.dropOut(path);
    this.notes.delete(path);
    this.raw.delete(path);
    this.resolutions.delete(path);
    this.own.delete(path);
    this.relational.delete(path);
    this.pendingResolve.delete(path);
    this.pendingProblems.delete(path);
    for (const source of this.inc.get(path)?.keys() ?? []) this.pendingResolve.add(source);
    this.mirror?.dropNote(path);
    this.revision++;
    for (const listener of this.subscribers) listener(path, undefined);
  }

  /** A rename: the old path goes, the note comes back under its new path. */
  rename(oldPath: string, input: NoteInput): void {
    this.remove(oldPath);
    this.upsert(input);
  }

  /** Does the queued work; with a deadline (ms, `performance.now()` clock) it may stop early and return false. */
  flush(deadline = Infinity): boolean {
    if (this.flushing) return false;
    this.flushing = true;
    try {
      return this.work(deadline);
    } finally {
      this.flushing = false;
    }
  }

  private work(deadline: number): boolean {
    for (const path of this.pendingResolve) {
      if (performance.now() > deadline) return false;
      this.pendingResolve.delete(path);
      if (this.notes.has(path)) this.resolveSource(path);
    }
    for (const path of this.pendingProblems) {
      if (performance.now() > deadline) return false;
      this.pendingProblems.delete(path);
      const note = this.notes.get(path);
      if (note) this.relational.set(path, relationalProblems(this, note));
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
    return this.notes.get(path);
  }

  /** Every indexed note. */
  allNotes(): IterableIterator<Note> {
    this.flush();
    return this.notes.values();
  }

  /** How many files are indexed. */
  get size(): number {
    return this.notes.size;
  }

  /** The raw links of a note, in the order the note gives them, with how each resolved. */
  linksOf(path: string): { links: readonly RawLink[]; resolutions: readonly Resolution[] } {
    this.flush();
    return { links: this.raw.get(path) ?? [], resolutions: this.resolutions.get(path) ?? [] };
  }

  /** Edges from a note, in the order of its links. */
  outEdges(path: string): readonly Edge[] {
    this.flush();
    return this.out.get(path) ?? [];
  }

  /** Edges into a note, grouped by the note that holds them. */
  inEdges(path: string): ReadonlyMap<string, readonly Edge[]> {
    this.flush();
    return this.inc.get(path) ?? new Map<string, Edge[]>();
  }

  /** How many edges touch a note, both ways. */
  degree(path: string): number {
    this.flush();
    let n = this.out.get(path)?.length ?? 0;
    for (const edges of this.inc.get(path)?.values() ?? []) n += edges.length;
    return n;
  }

  /** Corpus notes sharing a title (or alias) key. */
  notesNamed(key: string): ReadonlySet<string> {
    return this.byName.get(key) ?? new Set<string>();
  }

  /** Corpus notes sharing one title. */
  notesTitled(title: string): ReadonlySet<string> {
    return this.byTitle.get(titleKey(title)) ?? new Set<string>();
  }

  /** Papers sharing one arXiv id, its version ignored. */
  papersWithArxiv(id: string): ReadonlySet<string> {
    return this.byArxiv.get(arxivBase(id)) ?? new Set<string>();
  }

  /** Every problem, sorted by path, field and code. */
  problems(): Problem[] {
    this.flush();
    const all: Problem[] = [];
    for (const path of this.notes.keys()) {
      all.push(...(this.own.get(path) ?? []), ...(this.relational.get(path) ?? []));
    }
    return all.sort(compareProblems);
  }

  /** The problems of one note. */
  problemsOf(path: string): Problem[] {
    this.flush();
    return [...(this.own.get(path) ?? []), ...(this.relational.get(path) ?? [])].sort(compareProblems);
  }

  /** Corpus notes by kind, one per file. */
  counts(): Record<CorpusKind, number> {
    const counts = { concept: 0, line: 0, paper: 0 };
    for (const note of this.notes.values()) if (note.kind !== 'note') counts[note.kind]++;
    return counts;
  }

  /** The typed graphology graph of the index, built on first use and then kept in step note by note. */
  graph(): CorpusGraph {
    this.flush();
    if (!this.mirror) {
      this.mirror = new CorpusGraph();
      this.mirror.load(this.notes.values(), this.out);
    }
    return this.mirror;
  }

  private detach(path: string): void {
    const old = this.notes.get(path);
    if (!old) return;
    for (const link of this.raw.get(path) ?? []) {
      deleteFrom(this.byLinkKey, linkKey(link.link.linkpath), path);
      deleteFrom(this.byLinkText, titleKey(link.link.linkpath), path);
    }
    this.detachNames(old);
    this.dirtyDependents(path);
  }

  private namesOf(note: Note): string[] {
    return note.kind === 'note' ? [] : [note.title, ...note.aliases].map(titleKey);
  }

  private attachNames(note: Note): void {
    for (const key of this.namesOf(note)) {
      addTo(this.byName, key, note.path);
      for (const source of this.byLinkText.get(key) ?? []) this.pendingResolve.add(source);
    }
    if (note.kind === 'note') return;
    this.touchGroup(this.byTitle, titleKey(note.title), note.path, true);
    if (note.kind === 'paper' && note.arxiv) this.touchGroup(this.byArxiv, arxivBase(note.arxiv), note.path, true);
  }

  private detachNames(note: Note): void {
    for (const key of this.namesOf(note)) {
      deleteFrom(this.byName, key, note.path);
      for (const source of this.byLinkText.get(key) ?? []) this.pendingResolve.add(source);
    }
    if (note.kind === 'note') return;
    this.touchGroup(this.byTitle, titleKey(note.title), note.path, false);
    if (note.kind === 'paper' && note.arxiv) this.touchGroup(this.byArxiv, arxivBase(note.arxiv), note.path, false);
  }

  /** Adds or removes a member of a duplicate group; every member's problems are checked again. */
  private touchGroup(map: Map<string, Set<string>>, key: string, path: string, add: boolean): void {
    if (add) addTo(map, key, path);
    else deleteFrom(map, key, path);
    for (const member of map.get(key) ?? []) this.pendingProblems.add(member);
  }

  /** Notes whose problems depend on this one: itself and every note linking to it. */
  private dirtyDependents(path: string): void {
    this.pendingProblems.add(path);
    for (const source of this.inc.get(path)?.keys() ?? []) this.pendingProblems.add(source);
  }

  private dropOut(source: string): void {
    for (const edge of this.out.get(source) ?? []) {
      const bySource = this.inc.get(edge.target);
      bySource?.delete(source);
      if (bySource?.size === 0) this.inc.delete(edge.target);
    }
    this.out.delete(source);
  }

  private resolveSource(source: string): void {
    this.dropOut(source);
    const note = this.notes.get(source);
    const links = this.raw.get(source) ?? [];
    const resolutions: Resolution[] = [];
    const edges: Edge[] = [];
    const bodyTargets = new Set<string>();
    for (const link of links) {
      const resolution = this.resolveLink(source, link, note?.kind !== 'note');
      resolutions.push(resolution);
      const target = resolution.target;
      if (target === null || target === source || !this.notes.has(target)) continue;
      if (link.kind === 'link') {
        if (bodyTargets.has(target)) continue;
        bodyTargets.add(target);
      }
      const edge: Edge = { source, target, kind: link.kind, field: link.field, via: resolution.via };
      if (link.relation !== undefined) edge.relation = link.relation;
      if (link.why !== undefined) edge.why = link.why;
      if (link.order !== undefined) edge.order = link.order;
      edges.push(edge);
    }
    this.resolutions.set(source, resolutions);
    if (edges.length > 0) this.out.set(source, edges);
    for (const edge of edges) {
      let bySource = this.inc.get(edge.target);
      if (!bySource) this.inc.set(edge.target, (bySource = new Map<string, Edge[]>()));
      const list = bySource.get(source);
      if (list) list.push(edge);
      else bySource.set(source, [edge]);
    }
    this.pendingProblems.add(source);
    this.mirror?.syncEdges(source, edges);
  }

  private resolveLink(source: string, link: RawLink, byTitle: boolean): Resolution {
    const found = this.options.resolve(link.link.linkpath, source);
    if (found !== null) return { target: found, via: 'path' };
    if (byTitle) {
      const named = this.byName.get(titleKey(link.link.linkpath));
      if (named?.size === 1) return { target: named.values().next().value ?? null, via: 'title' };
    }
    return { target: null, via: 'path' };
  }
}

function compareProblems(a: Problem, b: Problem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.field !== b.field) return a.field < b.field ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
