/**
 * `check` on a folder, end to end, against reading the same files and parsing
 * their front-matter with `yaml`; both in a spawned Node, so both pay for
 * starting a process, as a person at a terminal does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../../src/core/build';
import { compare, type Row } from '../figures';
import { summarise } from '../measure';
import type { SyntheticVault } from '../vault-generator';
import { verifyVault } from '../verify-vault';
import { writeVault } from '../write-vault';

/** Runs a command and returns its wall time in ms; throws when it fails to run. */
function wallTime(args: string[], allowed: number[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  const spent = performance.now() - start;
  if (result.error) throw result.error;
  if (!allowed.includes(result.status ?? -1)) throw new Error(`node ${args.join(' ')} exited with ${String(result.status)}`);
  return spent;
}

/** The CLI figure for a vault written to disk (removed afterwards). */
export function cliSuite(vault: SyntheticVault, root: string, runs: number, targets: boolean, log: (line: string) => void): Row {
  const cli = join(root, 'dist/cli.js');
  const bench = join(root, 'dist/bench.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  const wrong = verifyVault(vault, 3);
  if (wrong.length > 0) throw new Error(`the written vault does not parse to the benchmark's inputs: ${wrong.slice(0, 3).join('; ')}`);
  const folder = writeVault(vault);
  try {
    // Once, to see that the CLI reads the folder as the benchmark's inputs say.
    const json = spawnSync(process.execPath, [cli, 'check', '--vault', folder.dir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const counts = (JSON.parse(json.stdout) as { counts: unknown }).counts;
    const expected = buildIndex(vault.inputs, vault.attachments).index.counts();
    if (JSON.stringify(counts) !== JSON.stringify(expected)) throw new Error(`check counted ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`);
    const floor: number[] = [];
    const check: number[] = [];
    for (let run = 0; run < runs; run++) {
      floor.push(wallTime([bench, '--yaml-floor', folder.dir], [0]));
      check.push(wallTime([cli, 'check', '--vault', folder.dir], [0, 1]));
    }
    log(`  check ${summarise(check).median.toFixed(0)} ms, yaml floor ${summarise(floor).median.toFixed(0)} ms`);
    return compare('node dist/cli.js check (spawned, wall time)', vault.inputs.length, summarise(check), 'yaml parsing the front-matter (spawned)', summarise(floor), 'median', targets ? 1.5 : null,
      `${runs} runs each`);
  } finally {
    folder.remove();
  }
}
