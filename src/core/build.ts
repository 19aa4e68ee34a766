/** Building an index from a whole folder's inputs at once: what the CLI, tests and benchmarks do. */
import type { CorpusOptions, NoteInput } from './types';
import { CorpusIndex } from './graph/corpus-index';
import { PathResolver } from './corpus/path-resolver';

/** An index with its own resolver, for places without Obsidian's metadata cache. */
export interface StandaloneIndex {
  index: CorpusIndex;
  resolver: PathResolver;
}

/**
 * Indexes every input; `files` adds the vault's other files (attachments) that links may name.
 * The inputs are taken one at a time and never held: links are resolved in the flush at the end,
 * once every file is known, so a caller can read notes lazily and let each one go once indexed.
 */
export function buildIndex(inputs: Iterable<NoteInput>, files: Iterable<string> = [], options: Partial<CorpusOptions> = {}): StandaloneIndex {
  const resolver = new PathResolver(files);
  const index = new CorpusIndex({ ...options, resolve: (linkpath, source) => resolver.resolve(linkpath, source) });
  for (const input of inputs) {
    resolver.add(input.path);
    index.upsert(input);
  }
  index.flush();
  return { index, resolver };
}
