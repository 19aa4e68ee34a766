/**
 * The floor for related papers: TF-IDF written the plainest way, one `Map` of
 * weights per document and an inverted index of `{doc, weight}` postings.
 */

/** Lower-cased words of two letters or more. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);
}

function counts(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of words(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

/** Sublinear tf times smoothed idf, each vector of length one. */
export class PlainTfIdf {
  readonly vectors: Map<string, number>[] = [];
  readonly postings = new Map<string, { doc: number; weight: number }[]>();
  private readonly idf = new Map<string, number>();

  /** Builds vectors and postings for the documents. */
  constructor(readonly ids: readonly string[], texts: readonly string[]) {
    const tfs = texts.map(counts);
    const df = new Map<string, number>();
    for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, n] of df) this.idf.set(term, Math.log((1 + texts.length) / (1 + n)) + 1);
    tfs.forEach((tf, doc) => {
      const vector = this.weigh(tf);
      this.vectors.push(vector);
      for (const [term, weight] of vector) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, weight });
      }
    });
  }

  /** The `k` best documents for a text, by cosine. */
  query(text: string, k: number): { id: string; score: number }[] {
    const scores = new Map<number, number>();
    for (const [term, weight] of this.weigh(counts(text))) {
      for (const p of this.postings.get(term) ?? []) scores.set(p.doc, (scores.get(p.doc) ?? 0) + weight * p.weight);
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([doc, score]) => ({ id: this.ids[doc] ?? '', score }));
  }

  private weigh(tf: Map<string, number>): Map<string, number> {
    const vector = new Map<string, number>();
    let squares = 0;
    for (const [term, n] of tf) {
      const w = (1 + Math.log(n)) * (this.idf.get(term) ?? 0);
      if (w === 0) continue;
      vector.set(term, w);
      squares += w * w;
    }
    const norm = Math.sqrt(squares) || 1;
    for (const [term, w] of vector) vector.set(term, w / norm);
    return vector;
  }
}
