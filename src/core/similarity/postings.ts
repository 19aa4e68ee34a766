/**
 * The inverted index proper: for each term id, the document slots that hold
 * it and their normalised TF-IDF weights, in one compressed-row layout (term
 * t owns positions `termStart[t]` to `termStart[t + 1]` of `docs` and
 * `weights`). Built in three steps, so that the index can spread a build over
 * idle time: `begin`, `weighTerm` for every term, `allocate`, then
 * `addDocument` for every document. Buffers are kept between builds.
 */
export class Postings {
  /** Smoothed idf by term id: ln((1 + N) / (1 + df)) + 1, or 0 for a term no document holds. */
  idf = new Float64Array(0);
  termStart = new Int32Array(1);
  docs = new Int32Array(0);
  weights = new Float32Array(0);
  /** How many term ids the current build covers; later ids have no postings. */
  termCount = 0;
  /** Next write position of each term's postings during a build. */
  private fill = new Int32Array(0);

  /** Starts a build over term ids 0 .. termCount - 1. */
  begin(termCount: number): void {
    this.termCount = termCount;
    if (this.idf.length < termCount) this.idf = new Float64Array(grow(termCount));
    if (this.termStart.length < termCount + 1) this.termStart = new Int32Array(grow(termCount + 1));
    this.termStart[0] = 0;
  }

  /** Sets the idf of term t and reserves its postings; terms go in id order. */
  weighTerm(t: number, df: number, documentCount: number): void {
    this.idf[t] = df > 0 ? Math.log((1 + documentCount) / (1 + df)) + 1 : 0;
    this.termStart[t + 1] = this.termStart[t] + df;
  }

  /** Sizes the postings once every term is weighed. */
  allocate(): void {
    const total = this.termStart[this.termCount];
    if (this.docs.length < total) {
      this.docs = new Int32Array(grow(total));
      this.weights = new Float32Array(this.docs.length);
    }
    if (this.fill.length < this.termCount) this.fill = new Int32Array(grow(this.termCount));
    this.fill.set(this.termStart.subarray(0, this.termCount));
  }

  /** Writes one document's weights, scaled to a vector of length one; returns how many. */
  addDocument(slot: number, terms: Int32Array, tf: Float32Array): number {
    if (terms.length === 0) return 0;
    const { idf, fill, docs, weights } = this;
    let squares = 0;
    for (let i = 0; i < terms.length; i++) {
      const w = tf[i] * idf[terms[i]];
      squares += w * w;
    }
    const scale = 1 / Math.sqrt(squares);
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      const p = fill[t]++;
      docs[p] = slot;
      weights[p] = tf[i] * idf[t] * scale;
    }
    return terms.length;
  }
}

/** Room for growth, so that a corpus growing one note at a time does not reallocate on every build. */
function grow(needed: number): number {
  return Math.ceil(needed * 1.25) + 16;
}
