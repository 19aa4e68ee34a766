import { Postings } from './postings';
import { TopK, type ScoredId } from './top-k';
import { tokenize } from './tokenize';
import { Vocabulary } from './vocabulary';

export type { ScoredId } from './top-k';

/** Options of {@link TfIdfIndex.query}. */
export interface QueryOptions {
  /** Ids never listed, e.g. the open note itself or papers it already links. */
  exclude?: ReadonlySet<string>;
}

/** Options of a {@link TfIdfIndex}. */
export interface TfIdfIndexOptions {
  /** Units of work (about one posting each) between two looks at the clock in `refresh`; default 8192. */
  sliceWork?: number;
}

const IDLE = 0;
const WEIGHING_TERMS = 1;
const WEIGHING_DOCUMENTS = 2;

/**
 * Documents as TF-IDF vectors behind an inverted index, for "related papers".
 * Weights are sublinear tf (1 + ln tf) times smoothed idf
 * (ln((1 + N) / (1 + df)) + 1), each document vector of length one, so a query
 * scores the cosine of its own vector (same idf) with each document.
 *
 * Changing a document only marks the index stale: idf moves with every change,
 * so all weights are recomputed together in `refresh`, which can be spread
 * over idle time. Documents keep only their term ids and tf, as typed arrays.
 */
export class TfIdfIndex {
  private readonly vocabulary = new Vocabulary();
  private readonly sliceWork: number;

  /** Documents by slot; a removed document leaves its slot to the next one added. */
  private readonly slotOf = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly docTerms: (Int32Array | undefined)[] = [];
  private readonly docTf: (Float32Array | undefined)[] = [];
  private readonly freeSlots: number[] = [];

  private readonly postings = new Postings();

  /** The sliced build: whether changes wait for it, which step it is at and how far along. */
  private stale = false;
  private phase = IDLE;
  private cursor = 0;

  /** Query scratch, sized to the slots and reused: summed products by slot, and the slots touched. */
  private acc = new Float64Array(0);
  private touched = new Int32Array(0);

  constructor(options: TfIdfIndexOptions = {}) {
    this.sliceWork = Math.max(1, Math.floor(options.sliceWork ?? 8192));
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.slotOf.size;
  }

  /** True when changes wait for `refresh` (which `query` also runs). */
  get needsRefresh(): boolean {
    return this.stale;
  }

  /** True when a document with this id is held. */
  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** The ids of the documents held, in no set order. */
  keys(): IterableIterator<string> {
    return this.slotOf.keys();
  }

  /** Adds the document or replaces its text. Text with the same terms as before changes nothing. */
  upsert(id: string, text: string): void {
    const { terms, tf } = this.vocabulary.countTerms(text);
    let slot = this.slotOf.get(id);
    if (slot !== undefined) {
      if (sameVector(this.docTerms[slot] as Int32Array, this.docTf[slot] as Float32Array, terms, tf)) return;
      this.vocabulary.release(this.docTerms[slot] as Int32Array);
    } else {
      slot = this.freeSlots.pop() ?? this.ids.length;
      this.slotOf.set(id, slot);
      this.ids[slot] = id;
    }
    this.docTerms[slot] = terms;
    this.docTf[slot] = tf;
    this.vocabulary.retain(terms);
    this.markStale();
  }

  /** Removes the document; returns false when it was not there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.vocabulary.release(this.docTerms[slot] as Int32Array);
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.docTerms[slot] = undefined;
    this.docTf[slot] = undefined;
    this.freeSlots.push(slot);
    this.markStale();
    return true;
  }

  /** Forgets every document and every term. */
  clear(): void {
    this.slotOf.clear();
    this.ids.length = 0;
    this.docTerms.length = 0;
    this.docTf.length = 0;
    this.freeSlots.length = 0;
    this.vocabulary.clear();
    this.markStale();
  }

  /**
   * Recomputes weights and postings after changes. With a deadline (a
   * `performance.now()` time in ms) it stops once past it and returns false, to
   * be called again; each call does at least one slice, so repeated calls
   * always finish. Returns true when the index is up to date.
   */
  refresh(deadline = Infinity): boolean {
    if (!this.stale) return true;
    const { postings } = this;
    let work = 0;
    const timeUp = (): boolean => {
      if (work < this.sliceWork) return false;
      work = 0;
      return deadline !== Infinity && performance.now() >= deadline;
    };
    if (this.phase === IDLE) {
      postings.begin(this.vocabulary.size);
      this.phase = WEIGHING_TERMS;
      this.cursor = 0;
    }
    if (this.phase === WEIGHING_TERMS) {
      const { df } = this.vocabulary;
      for (; this.cursor < postings.termCount; this.cursor++, work++) {
        if (timeUp()) return false;
        postings.weighTerm(this.cursor, df[this.cursor], this.slotOf.size);
      }
      postings.allocate();
      this.phase = WEIGHING_DOCUMENTS;
      this.cursor = 0;
    }
    for (; this.cursor < this.ids.length; this.cursor++) {
      if (timeUp()) return false;
      const terms = this.docTerms[this.cursor];
      const tf = this.docTf[this.cursor];
      if (terms !== undefined && tf !== undefined) work += postings.addDocument(this.cursor, terms, tf);
      work++;
    }
    if (this.acc.length < this.ids.length) {
      this.acc = new Float64Array(this.ids.length);
      this.touched = new Int32Array(this.ids.length);
    }
    this.stale = false;
    this.phase = IDLE;
    return true;
  }

  /**
   * The `k` documents most similar to the text, best first (ties by id), with
   * their cosine similarity; documents sharing no term are never listed.
   */
  query(text: string, k: number, options: QueryOptions = {}): ScoredId[] {
    const limit = Math.floor(k);
    if (!(limit > 0)) return [];
    this.refresh();
    const { terms, weights, norm } = this.weighQuery(text);
    if (terms.length === 0) return [];
    const { acc, touched } = this;
    const { termStart, docs: postDoc, weights: postWeight } = this.postings;
    let reached = 0;
    for (let q = 0; q < terms.length; q++) {
      const t = terms[q];
      const w = weights[q];
      for (let p = termStart[t], end = termStart[t + 1]; p < end; p++) {
        const slot = postDoc[p];
        const sum = acc[slot];
        // Weights are positive, so a zero sum means the slot is not listed yet.
        if (sum === 0) touched[reached++] = slot;
        acc[slot] = sum + w * postWeight[p];
      }
    }
    const exclude = options.exclude;
    const best = new TopK(Math.min(limit, reached), this.ids);
    for (let i = 0; i < reached; i++) {
      const slot = touched[i];
      const score = Math.min(1, acc[slot] / norm);
      acc[slot] = 0;
      if (!best.accepts(score, slot)) continue;
      if (exclude !== undefined && exclude.has(this.ids[slot] as string)) continue;
      best.push(score, slot);
    }
    return best.drain();
  }

  /** The query's known terms with their weights, and the norm of its whole vector (unknown words included). */
  private weighQuery(text: string): { terms: number[]; weights: number[]; norm: number } {
    const counts = new Map<string, number>();
    for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
    const terms: number[] = [];
    const weights: number[] = [];
    const unknownIdf = Math.log(this.slotOf.size + 1) + 1;
    let squares = 0;
    for (const [token, count] of counts) {
      const t = this.vocabulary.idOf(token);
      const known = t !== undefined && t < this.postings.termCount && this.vocabulary.df[t] > 0;
      const weight = (1 + Math.log(count)) * (known ? this.postings.idf[t] : unknownIdf);
      squares += weight * weight;
      if (t !== undefined && known) {
        terms.push(t);
        weights.push(weight);
      }
    }
    return { terms, weights, norm: Math.sqrt(squares) };
  }

  private markStale(): void {
    this.stale = true;
    this.phase = IDLE;
  }
}

/** True when two term vectors are equal entry by entry (same terms in the same order, same tf). */
function sameVector(termsA: Int32Array, tfA: Float32Array, termsB: Int32Array, tfB: Float32Array): boolean {
  if (termsA.length !== termsB.length) return false;
  for (let i = 0; i < termsA.length; i++) {
    if (termsA[i] !== termsB[i] || tfA[i] !== tfB[i]) return false;
  }
  return true;
}
