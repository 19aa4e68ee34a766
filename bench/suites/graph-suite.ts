/**
 * The graph figures on one vault, each beside its floor: the full index (and its
 * longest slice when driven in frame-sized budgets), one note changed, the
 * neighbourhood, and the neighbourhood drawn (ForceAtlas2 and the SVG model).
 */
import { buildIndex } from '../../src/core/build';
import { CorpusIndex } from '../../src/core/graph/corpus-index';
import { PathResolver } from '../../src/core/corpus/path-resolver';
import { layoutNeighbourhood } from '../../src/core/graph/layout';
import { neighbourhood } from '../../src/core/queries/neighbourhood';
import type { NoteInput } from '../../src/core/types';
import { graphModel } from '../../src/views/graph-model';
import { compare, type Row } from '../figures';
import { MapGraph } from '../floors/map-graph';
import { graphologyFloor } from '../floors/graphology-floor';
import { layoutFloor } from '../floors/layout-floor';
import { settleHeap, summarise, time, timePaired, WARMUP } from '../measure';
import { Random } from '../random';
import type { SyntheticVault } from '../vault-generator';

/** How many times and how much to measure; fewer at 50k to stay within the time budget. */
export interface GraphPlan {
  builds: number;
  perNote: number;
  layouts: number;
  /** Targets apply (50k) or the figures are for orientation. */
  targets: boolean;
}

/** The frame budget a slice of background work must fit in, in ms. */
export const FRAME_BUDGET_MS = 50;

/** The same note with its text edited and its last body link gone: what a save usually changes. */
export function edited(input: NoteInput): NoteInput {
  const fm = input.frontmatter ? { ...input.frontmatter } : undefined;
  if (fm && typeof fm.summary === 'string') fm.summary = `${fm.summary} revised`;
  const changed: NoteInput = { ...input, links: input.links.slice(0, -1), body: `${input.body ?? ''} revised` };
  if (fm) changed.frontmatter = fm;
  return changed;
}

/**
 * The work budget of one slice in the live index (`sliceMs` in src/obsidian/live-index.ts): the
 * frame's 50 ms less room for a garbage collection that lands in the slice.
 */
export const SLICE_MS = 25;

/**
 * Builds the index the way the live index reads a vault: upserts until the slice's budget is
 * spent (the clock read after each note), then `flush(deadline)` a slice at a time, then the
 * problem list a view asks for. Returns the index and each slice's length in ms.
 */
export function slicedBuild(vault: SyntheticVault): { index: CorpusIndex; slices: number[] } {
  const resolver = new PathResolver(vault.attachments);
  for (const input of vault.inputs) resolver.add(input.path);
  const index = new CorpusIndex({ resolve: (linkpath, source) => resolver.resolve(linkpath, source) });
  const slices: number[] = [];
  const inputs = vault.inputs;
  let next = 0;
  while (next < inputs.length) {
    const start = performance.now();
    const deadline = start + SLICE_MS;
    do index.upsert(inputs[next++]);
    while (next < inputs.length && performance.now() < deadline);
    slices.push(performance.now() - start);
  }
  for (let done = false; !done;) {
    const start = performance.now();
    done = index.flush(start + SLICE_MS);
    slices.push(performance.now() - start);
  }
  slices.push(time(() => index.problems()));
  return { index, slices };
}

/** Every graph figure for one vault. */
export function graphSuite(vault: SyntheticVault, plan: GraphPlan, log: (line: string) => void): { rows: Row[]; index: CorpusIndex; map: MapGraph } {
  const n = vault.inputs.length;
  const inputs = vault.inputs;
  const target = (ratio: number): number | null => (plan.targets ? ratio : null);
  const rows: Row[] = [];

  // Full index: floor and index alternate, each after a settled heap, so neither pays for the other's garbage.
  const floorBuild: number[] = [];
  const indexBuild: number[] = [];
  const graphologyBuild: number[] = [];
  let map = new MapGraph(inputs);
  for (let run = 0; run < plan.builds; run++) {
    settleHeap();
    floorBuild.push(time(() => (map = new MapGraph(inputs))));
    settleHeap();
    indexBuild.push(time(() => buildIndex(inputs, vault.attachments).index.problems()));
    settleHeap();
    graphologyBuild.push(time(() => graphologyFloor(inputs, new MapGraph(inputs))));
  }
  const floorSummary = summarise(floorBuild);
  rows.push(compare('full index (build + flush + problems)', n, summarise(indexBuild), 'typed edges + Map adjacency', floorSummary, 'median', target(2)));
  rows.push(compare('graphology built edge by edge (comparison)', n, summarise(graphologyBuild), 'typed edges + Map adjacency', floorSummary, 'median', null));
  log(`  full index ${summarise(indexBuild).median.toFixed(0)} ms, floor ${floorSummary.median.toFixed(0)} ms`);

  settleHeap();
  const sliced = slicedBuild(vault);
  const index = sliced.index;
  const longest = Math.max(...sliced.slices);
  const total = sliced.slices.reduce((a, b) => a + b, 0);
  const frame = { median: FRAME_BUDGET_MS, p99: FRAME_BUDGET_MS, samples: 1 };
  rows.push(compare('full index, longest slice', n, summarise(sliced.slices), 'frame budget (50 ms)', frame, 'p99', null,
    `${sliced.slices.length} slices, ${total.toFixed(0)} ms in all; longest ${longest.toFixed(1)} ms`));
  const lastRow = rows[rows.length - 1];
  // The budget is absolute: the longest slice, not a percentile, must fit.
  lastRow.p99_ms = Number(longest.toPrecision(4));
  lastRow.ratio = Number((longest / FRAME_BUDGET_MS).toPrecision(3));
  lastRow.target_ratio = target(1);
  lastRow.met = plan.targets ? longest <= FRAME_BUDGET_MS : null;
  log(`  longest slice ${longest.toFixed(1)} ms of ${sliced.slices.length}`);

  // One note changed: the same uniformly drawn notes for floor and index; each change undone untimed.
  const random = new Random(n + 11);
  const drawn = Array.from({ length: plan.perNote + WARMUP }, () => inputs[random.int(0, n - 1)]);
  const changes = drawn.map(edited);
  const [changeFloor, changeIndex] = timePaired(plan.perNote,
    { run: (i) => map.update(changes[i]), undo: (i) => map.update(drawn[i]) },
    {
      run: (i) => {
        index.upsert(changes[i]);
        index.flush();
      },
      undo: (i) => {
        index.upsert(drawn[i]);
        index.flush();
      },
    });
  rows.push(compare('one note changed (upsert + flush)', n, summarise(changeIndex), 'Map update of one note', summarise(changeFloor), 'p99', target(10)));
  log(`  one note changed p99 ${summarise(changeIndex).p99.toFixed(3)} ms, floor ${summarise(changeFloor).p99.toFixed(3)} ms`);

  // Neighbourhood: uniformly drawn corpus notes as centres, the same for both.
  const corpus = [...vault.byKind.concept, ...vault.byKind.line, ...vault.byKind.paper];
  const centres = Array.from({ length: Math.max(plan.perNote, plan.layouts) + WARMUP }, () => (inputs[random.pick(corpus)]).path);
  const [walkFloor, walkIndex] = timePaired(plan.perNote,
    { run: (i) => map.walk(centres[i], 50, 50) },
    { run: (i) => neighbourhood(index, centres[i], { depth: 2, limit: 50 }) });
  rows.push(compare('neighbourhood, depth 2, limit 50', n, summarise(walkIndex), '2-hop Map walk, hub cap 50', summarise(walkFloor), 'p99', target(2)));
  log(`  neighbourhood p99 ${summarise(walkIndex).p99.toFixed(3)} ms, floor ${summarise(walkFloor).p99.toFixed(3)} ms`);

  // The drawn neighbourhood: walk, ForceAtlas2 and, for the index, the SVG model of the view.
  const [layoutFloorTimes, layoutIndex] = timePaired(plan.layouts, {
    run: (i) => {
      const centre = centres[i];
      layoutFloor(map, centre, map.walk(centre, 50, 50), i);
    },
  }, {
    run: (i) => {
      const hood = neighbourhood(index, centres[i], { depth: 2, limit: 50 });
      if (hood) graphModel(hood, layoutNeighbourhood(hood));
    },
  });
  rows.push(compare('neighbourhood + ForceAtlas2 + SVG model', n, summarise(layoutIndex), '2-hop walk + 100 ForceAtlas2 iterations', summarise(layoutFloorTimes), 'p99', target(1.5)));
  log(`  drawn neighbourhood p99 ${summarise(layoutIndex).p99.toFixed(2)} ms, floor ${summarise(layoutFloorTimes).p99.toFixed(2)} ms`);
  return { rows, index, map };
}
