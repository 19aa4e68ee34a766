/** Entry point of `dist/cli.js`. */
import { run } from './run';

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A defect of ours, not of the vault: say so briefly, without a stack trace.
    process.stderr.write(`inquiring-lines: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
