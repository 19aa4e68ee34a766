// The README's first command: what the CLI shows on the bundled example vault.
// `check` exits 1 there on purpose (the vault's Mistakes/ folder), so its code is shown, not fatal.
import { spawnSync } from 'node:child_process';

const vault = 'example-vault';
const steps = [
  ['Check the example vault (Mistakes/ holds deliberate errors)', ['check']],
  ['Inquiring lines that use a concept as a source', ['lines', 'Learning mechanics']],
  ["A line's sources, in order", ['sources', 'Lines/Average case.md']],
  ["The concept's neighbourhood", ['neighbourhood', 'Learning mechanics', '--limit', '8']],
  ['Papers related to the concept', ['related-papers', 'Learning mechanics', '--limit', '5']],
  ["One line's research prompt", ['prompt', 'Lines/Idealized settings.md']],
];

let failed = false;
for (const [title, args] of steps) {
  console.log(`\n=== ${title}\n$ node dist/cli.js ${args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')} --vault ${vault}\n`);
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args, '--vault', vault], { stdio: 'inherit' });
  const expected = args[0] === 'check' ? 1 : 0;
  if (run.status !== expected) {
    console.error(`Unexpected exit code ${run.status} (wanted ${expected}).`);
    failed = true;
  } else if (args[0] === 'check') {
    console.log('(exit code 1: check found the deliberate errors)');
  }
}
process.exitCode = failed ? 1 : 0;
