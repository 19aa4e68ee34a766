/** Reads a vault folder from disk into the shape the harness page loads (Node only). */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readVault } from '../../../src/cli/read-vault';
import { vaultFromTexts, type HarnessVault } from './vault-data';

/** Every file of `dir` the CLI would read, with the texts of its Markdown files and their caches. */
export async function readHarnessVault(dir: string): Promise<HarnessVault> {
  const { files, unreadable } = await readVault(dir);
  if (unreadable.length > 0) throw new Error(`Unreadable in ${dir}: ${unreadable.map((u) => u.path).join(', ')}`);
  const texts: Record<string, string> = {};
  for (const path of files) {
    // Attachments only need to exist, as link targets; their bytes are never read.
    texts[path] = path.endsWith('.md') ? await readFile(join(dir, ...path.split('/')), 'utf8') : '';
  }
  return vaultFromTexts(basename(dir), texts);
}
