/**
 * Memory: what the index keeps (notes, edges both ways, problems, the paper
 * vectors) against graphology's graph of the same edges plus the plain TF-IDF's
 * vectors. Needs `--expose-gc`; heap and array buffers both count.
 */
import { buildIndex } from '../../src/core/build';
import { PaperSimilarity } from '../../src/core/queries/related-papers';
import type { Row } from '../figures';
import { graphologyFloor } from '../floors/graphology-floor';
import type { MapGraph } from '../floors/map-graph';
import { PlainTfIdf } from '../floors/plain-tfidf';
import { canMeasureHeap, heapHeldBy } from '../measure';
import type { SyntheticVault } from '../vault-generator';
import { paperTexts } from './similarity-suite';

const MB = 1024 * 1024;

/** The heap figure (in MB, in the `_ms` fields); `null` without `--expose-gc`. */
export function heapSuite(vault: SyntheticVault, map: MapGraph, log: (line: string) => void): Row | null {
  if (!canMeasureHeap()) {
    log('  heap: skipped (run with node --expose-gc)');
    return null;
  }
  const n = vault.inputs.length;
  const graph = heapHeldBy(() => graphologyFloor(vault.inputs, map));
  const held = heapHeldBy(() => {
    const built = buildIndex(vault.inputs, vault.attachments);
    built.index.problems();
    const similarity = new PaperSimilarity(built.index);
    similarity.refresh();
    return { built, similarity };
  });
  const { ids, texts } = paperTexts(held.value.built.index, vault);
  const vectors = heapHeldBy(() => new PlainTfIdf(ids, texts).vectors);
  const floor = graph.bytes + vectors.bytes;
  const ratio = held.bytes / floor;
  log(`  heap: index ${(held.bytes / MB).toFixed(1)} MB, graphology ${(graph.bytes / MB).toFixed(1)} MB + TF-IDF vectors ${(vectors.bytes / MB).toFixed(1)} MB`);
  const mb = (bytes: number): number => Number((bytes / MB).toPrecision(4));
  return {
    name: 'heap held by the index + paper vectors (MB)', notes: n,
    median_ms: mb(held.bytes), p99_ms: mb(held.bytes),
    floor: 'graphology graph + plain TF-IDF vectors (MB)', floor_ms: mb(floor),
    ratio: Number(ratio.toPrecision(3)), target_ratio: 1, met: ratio <= 1,
    stat: 'bytes', floorMedian: mb(floor), floorP99: mb(floor), samples: 1, floorSamples: 1,
    remark: `graphology ${mb(graph.bytes)} MB + TF-IDF vectors ${mb(vectors.bytes)} MB; figures in MB, not ms`,
  };
}
