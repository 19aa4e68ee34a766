/** The bundled example vault, read from disk and indexed once per test file. */
import { fileURLToPath } from 'node:url';
import { readVault } from '../../../src/cli/read-vault';
import { buildIndex, type StandaloneIndex } from '../../../src/core/build';

/** The example vault's folder on disk. */
export const EXAMPLE_VAULT = fileURLToPath(new URL('../../../example-vault', import.meta.url));

/** Reads and indexes the example vault. */
export async function exampleIndex(): Promise<StandaloneIndex> {
  const vault = await readVault(EXAMPLE_VAULT);
  return buildIndex(vault.inputs, vault.files);
}
