/**
 * The floor for `check` on a folder: read every Markdown file and parse its
 * front-matter with `yaml`, nothing else. Run in its own process, like the CLI,
 * so that both figures include starting Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Parses the front-matter of every `.md` file under `dir`; prints how many parsed. */
export function yamlFloorMain(dir: string): void {
  let parsed = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    if (!text.startsWith('---\n')) continue;
    const end = text.indexOf('\n---', 3);
    if (end < 0) continue;
    try {
      if (parse(text.slice(4, end)) !== undefined) parsed++;
    } catch {
      // A broken block counts as read, as the CLI reports it rather than stopping.
    }
  }
  process.stdout.write(`${parsed}\n`);
}
