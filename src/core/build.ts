/** Building an index from a whole folder's inputs at once: what the CLI, tests and benchmarks do. */
import type { CorpusOptions, NoteInput } from './types';
import { CorpusIndex } from './graph/corpus-index';
import { PathResolver } from './corpus/path-resolver';

/** An index with its own resolver, for places without Obsidian's metadata cache. */
export interface StandaloneIndex {
  index: CorpusIndex;
  resolver: PathResolver;
}

/** Indexes every input; `files` adds the vault's other files (attachments) that links may name. */
export function buildIndex(inputs: Iterable<NoteInput>, files: Iterable<string> = [], options: Partial<CorpusOptions> = {}): StandaloneIndex {
  const list = [...inputs];
  const resolver = new PathResolver(files);
  for (const input of list) resolver.add(input.path);
  const index = new CorpusIndex({ ...options, resolve: (linkpath, source) => resolver.resolve(linkpath, source) });
  for (const input of list) index.upsert(input);
  index.flush();
  return { index, resolver };
}
