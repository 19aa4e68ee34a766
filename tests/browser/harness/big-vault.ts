/** A large seeded vault for the harness, from the benchmark's generator (Node only). */
import { generateVault } from '../../../bench/vault-generator';
import { vaultFromTexts, type HarnessVault } from './vault-data';

/** `notes` Markdown files (plus the attachments they embed) generated from `seed`, with their caches. */
export function bigVault(notes: number, seed: number): HarnessVault {
  const generated = generateVault({ notes, seed, keepText: true });
  const texts: Record<string, string> = {};
  generated.inputs.forEach((input, i) => {
    texts[input.path] = generated.texts?.[i] ?? '';
  });
  for (const path of generated.attachments) texts[path] = '';
  return vaultFromTexts(`generated-${notes}`, texts);
}
