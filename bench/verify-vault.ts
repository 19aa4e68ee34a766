/**
 * Checks that the Markdown files of a synthetic vault parse, through the CLI's
 * reader, to the very inputs the benchmark feeds the core: otherwise the CLI
 * figure and the in-process figures would measure different vaults.
 */
import { isDeepStrictEqual } from 'node:util';
import { noteInputFromText } from '../src/cli/markdown';
import type { SyntheticVault } from './vault-generator';

/** The paths whose text does not parse to their input, with what differs (empty when all agree). */
export function verifyVault(vault: SyntheticVault, every = 1): string[] {
  const texts = vault.texts;
  if (!texts) throw new Error('verifyVault needs a vault generated with keepText');
  const wrong: string[] = [];
  for (let i = 0; i < vault.inputs.length; i += every) {
    const want = vault.inputs[i];
    const got = noteInputFromText(want.path, texts[i]);
    const parts: string[] = [];
    if (!isDeepStrictEqual(got.frontmatter, want.frontmatter)) parts.push('front-matter');
    if ((got.frontmatterError === undefined) !== (want.frontmatterError === undefined)) parts.push('front-matter error');
    if (!isDeepStrictEqual(got.links, want.links)) parts.push('links');
    if (got.body !== want.body) parts.push('body');
    if (parts.length > 0) wrong.push(`${want.path}: ${parts.join(', ')}`);
  }
  return wrong;
}
