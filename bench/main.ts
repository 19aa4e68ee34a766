/**
 * `npm run bench`: synthetic vaults of 1k, 10k and 50k notes, each figure beside
 * the plainest code for the same job measured in the same run. Targets hold at
 * 50k notes (and for `check` on the 10k folder); smaller vaults show how the
 * figures grow. Writes `bench/results.json` and `BENCHMARKS.md`; with `--check`
 * exits 1 when a target is missed.
 *
 *   node --expose-gc dist/bench.js [--check] [--quick]
 *   node dist/bench.js --yaml-floor DIR     (the spawned floor of the CLI figure)
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missedBy, type Row } from './figures';
import { yamlFloorMain } from './floors/yaml-floor';
import { canMeasureHeap } from './measure';
import { load, machine, writeReports } from './report';
import { cliSuite } from './suites/cli-suite';
import { graphSuite } from './suites/graph-suite';
import { heapSuite } from './suites/heap-suite';
import { similaritySuite } from './suites/similarity-suite';
import { generateVault } from './vault-generator';

const SEED = 20260401;

/** The checkout: dist/bench.js lives one folder down. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function main(argv: string[]): number {
  const floorAt = argv.indexOf('--yaml-floor');
  if (floorAt >= 0) {
    yamlFloorMain(argv[floorAt + 1] ?? '.');
    return 0;
  }
  const check = argv.includes('--check');
  // --quick: the small vaults only, for trying the benchmark out; it writes no report.
  const quick = argv.includes('--quick');
  const began = performance.now();
  const loadAtStart = load();
  log(`Benchmark on ${machine()}, load average ${loadAtStart}${canMeasureHeap() ? '' : ' (no --expose-gc: heap figure skipped)'}`);
  const rows: Row[] = [];
  for (const size of quick ? [1000, 10000] : [1000, 10000, 50000]) {
    const full = size === 50000;
    log(`\n${size} notes`);
    const vault = generateVault({ notes: size, seed: SEED + size, keepText: size === 10000 });
    const plan = { builds: 7, perNote: full ? 300 : 200, layouts: full ? 200 : 60, targets: full };
    const graph = graphSuite(vault, plan, log);
    rows.push(...graph.rows);
    rows.push(...similaritySuite(graph.index, vault, plan, log));
    if (full) {
      const heap = heapSuite(vault, graph.map, log);
      if (heap) rows.push(heap);
    }
    if (size === 10000) rows.push(cliSuite(vault, root, 5, true, log));
  }
  const seconds = (performance.now() - began) / 1000;
  if (!quick) writeReports(root, rows, seconds, loadAtStart);
  const missed = rows.filter((r) => r.met === false);
  log(`\n${rows.filter((r) => r.met !== null).length - missed.length} targets met, ${missed.length} missed, in ${seconds.toFixed(0)} s.`);
  for (const r of missed) log(`  ${r.name} (${r.notes} notes): ${missedBy(r)}`);
  return check && missed.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
