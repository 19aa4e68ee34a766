/** Writes a synthetic vault to a fresh folder under the system's temporary directory. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SyntheticVault } from './vault-generator';

/** The folder's path and a way to remove it. */
export interface VaultFolder {
  dir: string;
  remove: () => void;
}

/** Writes every note's Markdown and a tiny file per attachment. */
export function writeVault(vault: SyntheticVault): VaultFolder {
  const texts = vault.texts;
  if (!texts) throw new Error('writeVault needs a vault generated with keepText');
  const dir = mkdtempSync(join(tmpdir(), 'inquiring-lines-bench-'));
  const made = new Set<string>();
  const write = (path: string, content: string): void => {
    const folder = dirname(join(dir, path));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(dir, path), content);
  };
  vault.inputs.forEach((input, i) => write(input.path, texts[i] ?? ''));
  for (const file of vault.attachments) write(file, 'PNG');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
