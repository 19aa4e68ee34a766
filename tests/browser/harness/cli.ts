/** The built CLI as a separate witness: what `node dist/cli.js ...` prints for the example vault (Node only). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `node dist/cli.js ARGS --vault example-vault` and returns its standard output; throws on a non-zero exit. */
export function cli(...args: string[]): string {
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args, '--vault', 'example-vault'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`dist/cli.js ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return result.stdout;
}
