/**
 * Related papers: papers ranked by cosine similarity of TF-IDF vectors, the note's
 * text against each paper's, each paper once.
 */
import type { CorpusIndex } from '../graph/corpus-index';
import type { Note } from '../types';
import { TfIdfIndex } from '../similarity/tfidf-index';
import { arxivBase } from '../corpus/arxiv';
import { itemOf, type NoteItem } from './items';

/** A related paper: its score, whether the note links it already, and its other notes if it has twins. */
export interface PaperItem extends NoteItem {
  score: number;
  linked: boolean;
  arxiv?: string;
  year?: number;
  /** Other notes of the same paper (same arXiv id or title), folded into this one. */
  duplicates?: string[];
}

/** The text a note is compared by. */
export function textOf(note: Note): string {
  switch (note.kind) {
    case 'concept': return [note.title, note.question, note.claim, note.summary].filter(Boolean).join('\n');
    case 'line': return [note.title, note.gloss, note.body].filter(Boolean).join('\n');
    case 'paper': return [note.title, note.summary].filter(Boolean).join('\n');
    default: return note.title;
  }
}

/**
 * Paper vectors kept in step with the index through its change feed. The papers already in the
 * index when it is made are read in `refresh`, which can be spread over idle time (a large vault's
 * papers take longer than a frame); a query refreshes whatever is left first.
 */
export class PaperSimilarity {
  readonly engine = new TfIdfIndex();
  /** Papers not read into the engine yet. */
  private readonly unread = new Set<string>();

  constructor(private readonly index: CorpusIndex) {
    for (const note of index.allNotes()) if (note.kind === 'paper') this.unread.add(note.path);
    index.subscribe((path, note) => this.sync(path, note));
  }

  /**
   * Reads the papers not read yet and brings the weights up to date. With a deadline (ms,
   * `performance.now()` clock) it stops once past it and returns false, to be called again.
   */
  refresh(deadline = Infinity): boolean {
    for (const path of this.unread) {
      if (deadline !== Infinity && performance.now() >= deadline) return false;
      this.sync(path, this.index.note(path));
    }
    return this.engine.refresh(deadline);
  }

  private sync(path: string, note: Note | undefined): void {
    this.unread.delete(path);
    if (note?.kind === 'paper') this.engine.upsert(path, textOf(note));
    else if (this.engine.has(path)) this.engine.remove(path);
  }

  /** The paper that stands for a group of notes of one paper: the first path of the group. */
  representative(paper: Note): string {
    let group = [...this.index.notesTitled(paper.title)].filter((p) => this.index.note(p)?.kind === 'paper');
    if (paper.kind === 'paper' && paper.arxiv) group = group.concat([...this.index.papersWithArxiv(arxivBase(paper.arxiv))]);
    return group.reduce((a, b) => (b < a ? b : a), paper.path);
  }

  /** `relatedPapers(note, k)`. */
  related(path: string, k = 10): PaperItem[] {
    const note = this.index.note(path);
    if (!note || k <= 0) return [];
    this.refresh();
    const linked = new Set(this.index.outEdges(path).map((e) => e.target));
    const exclude = new Set([path]);
    const items: PaperItem[] = [];
    const byGroup = new Map<string, PaperItem>();
    const ownGroup = note.kind === 'paper' ? this.representative(note) : null;
    let want = k + 5;
    for (;;) {
      const hits = this.engine.query(textOf(note), want, { exclude });
      items.length = 0;
      byGroup.clear();
      for (const hit of hits) {
        const paper = this.index.note(hit.id);
        if (paper?.kind !== 'paper') continue;
        const group = this.representative(paper);
        if (group === ownGroup) continue;
        const existing = byGroup.get(group);
        if (existing) {
          (existing.duplicates ??= []).push(paper.path);
          existing.linked ||= linked.has(paper.path);
          continue;
        }
        const item: PaperItem = { ...itemOf(paper), score: Math.round(hit.score * 1000) / 1000, linked: linked.has(paper.path) };
        if (paper.arxiv) item.arxiv = paper.arxiv;
        if (paper.year !== undefined) item.year = paper.year;
        byGroup.set(group, item);
        items.push(item);
      }
      if (items.length >= k || hits.length < want) break;
      want *= 2;
    }
    return items.slice(0, k);
  }
}
