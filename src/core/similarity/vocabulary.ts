import { scanWords, termOf } from './tokenize';
import { ABSENT, WordTable } from './word-table';

/** A document's distinct terms (by id, in order of first use) and their sublinear tf, as parallel arrays. */
export interface TermVector {
  terms: Int32Array;
  /** 1 + ln(count) for each term. */
  tf: Float32Array;
}

/**
 * Terms as dense integer ids with their document frequencies, so that the
 * index works on typed arrays rather than on strings. Ids are never reused:
 * a term no document holds any more keeps its id with a df of 0.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Each word as written to its term id, or -1 when it is dropped: one lookup per word instead of stemming it again. */
  private readonly words = new WordTable();
  /** Document frequency by term id; longer than `size`. */
  df = new Int32Array(1024);
  /** Scratch counts by term id, all zero between calls. */
  private counts = new Int32Array(1024);

  /** How many terms have an id. */
  get size(): number {
    return this.ids.size;
  }

  /** The id of a term, if it has one. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The terms of a text (those `tokenize` gives) as a term vector, giving new terms an id. */
  countTerms(text: string): TermVector {
    const order: number[] = [];
    scanWords(text, (s, start, end, hash, plainAscii, apostrophes) => {
      let id = this.words.get(s, start, end, hash);
      if (id === ABSENT) {
        const raw = detached(s.slice(start, end));
        const term = termOf(raw, plainAscii, apostrophes);
        id = term === undefined ? -1 : this.idFor(term);
        this.words.add(raw, hash, id);
      }
      if (id >= 0 && this.counts[id]++ === 0) order.push(id);
    });
    const terms = new Int32Array(order.length);
    const tf = new Float32Array(order.length);
    for (let i = 0; i < order.length; i++) {
      const id = order[i];
      terms[i] = id;
      tf[i] = 1 + Math.log(this.counts[id]);
      this.counts[id] = 0;
    }
    return { terms, tf };
  }

  /** Counts a document's terms into df. */
  retain(terms: Int32Array): void {
    for (let i = 0; i < terms.length; i++) this.df[terms[i]]++;
  }

  /** Takes a document's terms out of df. */
  release(terms: Int32Array): void {
    for (let i = 0; i < terms.length; i++) this.df[terms[i]]--;
  }

  /** Forgets every term. */
  clear(): void {
    this.ids.clear();
    this.words.clear();
    this.df = new Int32Array(1024);
    this.counts = new Int32Array(1024);
  }

  /** The id of a term, given one if new. */
  private idFor(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      if (id >= this.df.length) this.growTo(id + 1);
    }
    return id;
  }

  private growTo(needed: number): void {
    const length = Math.max(needed, this.df.length * 2);
    const df = new Int32Array(length);
    df.set(this.df);
    this.df = df;
    // Counts of the document being read must survive the move.
    const counts = new Int32Array(length);
    counts.set(this.counts);
    this.counts = counts;
  }
}

/**
 * A copy of a word that does not hold on to the text it was cut from: V8
 * shares a long slice's memory with its source, and the tables keep words for
 * good, so without a copy they would keep whole documents alive.
 */
function detached(word: string): string {
  return word.length < 13 ? word : word.split('').join('');
}
