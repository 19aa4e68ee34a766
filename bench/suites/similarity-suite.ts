/** Related papers beside a plain TF-IDF: building the vectors, and a top-10. */
import type { CorpusIndex } from '../../src/core/graph/corpus-index';
import { PaperSimilarity, textOf } from '../../src/core/queries/related-papers';
import type { Note } from '../../src/core/types';
import { compare, type Row } from '../figures';
import { PlainTfIdf } from '../floors/plain-tfidf';
import { settleHeap, summarise, time, timePaired, WARMUP } from '../measure';
import { Random } from '../random';
import type { SyntheticVault } from '../vault-generator';
import { SLICE_MS } from './graph-suite';

/** The papers' ids and texts as the floor reads them. */
export function paperTexts(index: CorpusIndex, vault: SyntheticVault): { ids: string[]; texts: string[] } {
  const ids: string[] = [];
  const texts: string[] = [];
  for (const i of vault.byKind.paper) {
    const note = index.note((vault.inputs[i]).path);
    if (note?.kind !== 'paper') continue;
    ids.push(note.path);
    texts.push(textOf(note));
  }
  return { ids, texts };
}

/** Builds the paper vectors of an index in slices of the live index's budget; returns them with each slice's length. */
export function slicedSimilarity(index: CorpusIndex): { similarity: PaperSimilarity; slices: number[] } {
  const slices: number[] = [];
  let similarity: PaperSimilarity | undefined;
  slices.push(time(() => (similarity = new PaperSimilarity(index))));
  const built = similarity as PaperSimilarity;
  for (let done = false; !done;) {
    const start = performance.now();
    done = built.refresh(start + SLICE_MS);
    slices.push(performance.now() - start);
  }
  return { similarity: built, slices };
}

/** Every similarity figure for one vault. */
export function similaritySuite(index: CorpusIndex, vault: SyntheticVault, plan: { builds: number; perNote: number; targets: boolean }, log: (line: string) => void): Row[] {
  const n = vault.inputs.length;
  const target = (ratio: number): number | null => (plan.targets ? ratio : null);
  const { ids, texts } = paperTexts(index, vault);
  const floorTimes: number[] = [];
  const vectorTimes: number[] = [];
  let floor: PlainTfIdf | undefined;
  let similarity: PaperSimilarity | undefined;
  let longest = 0;
  for (let run = 0; run < plan.builds; run++) {
    settleHeap();
    floorTimes.push(time(() => (floor = new PlainTfIdf(ids, texts))));
    settleHeap();
    const sliced = slicedSimilarity(index);
    similarity = sliced.similarity;
    vectorTimes.push(sliced.slices.reduce((a, b) => a + b, 0));
    longest = Math.max(longest, ...sliced.slices);
  }
  const rows: Row[] = [];
  rows.push(compare('related papers: vectors (sliced refresh)', n, summarise(vectorTimes), 'plain TF-IDF build', summarise(floorTimes), 'median', target(1.5),
    `${ids.length} papers; longest slice ${longest.toFixed(1)} ms`));
  log(`  vectors ${summarise(vectorTimes).median.toFixed(0)} ms (longest slice ${longest.toFixed(1)}), floor ${summarise(floorTimes).median.toFixed(0)} ms`);

  const random = new Random(n + 23);
  const pool = [...vault.byKind.paper, ...vault.byKind.concept];
  const centres = Array.from({ length: plan.perNote + WARMUP }, () => (vault.inputs[random.pick(pool)]).path);
  const queryTexts = centres.map((path) => textOf(index.note(path) as Note));
  const built = similarity as PaperSimilarity;
  const plain = floor as PlainTfIdf;
  const [floorQueries, queries] = timePaired(plan.perNote,
    { run: (i) => plain.query(queryTexts[i], 10) },
    { run: (i) => built.related(centres[i], 10) });
  rows.push(compare('related papers: top 10', n, summarise(queries), 'inverted-index top 10', summarise(floorQueries), 'p99', target(2)));
  log(`  top 10 p99 ${summarise(queries).p99.toFixed(2)} ms, floor ${summarise(floorQueries).p99.toFixed(2)} ms`);
  return rows;
}
