import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/build';
import { PathResolver } from '../../../src/core/corpus/path-resolver';
import { CorpusIndex } from '../../../src/core/graph/corpus-index';
import type { NoteInput } from '../../../src/core/types';
import { generateVault } from '../../../bench/vault-generator';

/** Every note's back-links as sorted text, with its degree: what the back-links pane and the walks read. */
function incoming(index: CorpusIndex, paths: readonly string[]): string[] {
  return paths.map((path) => {
    const edges = index.inEdgeList(path).map((e) => `${e.source} ${e.kind} ${e.field}`).sort();
    return `${path} ${index.degree(path)}: ${edges.join(', ')}`;
  });
}

describe('back-links while a vault is first read', () => {
  const vault = generateVault({ notes: 600, seed: 11, keepText: false });
  const inputs = vault.inputs;

  /**
   * Reads the vault in slices so short that each resolves a note or two, calling `change` between
   * slices with the files as they stand (the changes a person makes while the vault is being read);
   * then compares every note's back-links with a fresh build of the files as they ended.
   */
  function readWhileChanging(change: (step: number, files: Map<string, NoteInput>, index: CorpusIndex, resolver: PathResolver) => void): number {
    const resolver = new PathResolver(vault.attachments);
    const index = new CorpusIndex({ resolve: (linkpath, source) => resolver.resolve(linkpath, source) });
    const files = new Map<string, NoteInput>();
    for (const input of inputs) {
      resolver.add(input.path);
      files.set(input.path, input);
      index.upsert(input);
    }
    let step = 0;
    while (!index.flush(performance.now() + 0.02) && step < 5000) change(++step, files, index, resolver);
    expect(index.flush()).toBe(true);
    const fresh = buildIndex([...files.values()].reverse(), vault.attachments).index;
    const paths = [...files.keys()];
    expect(incoming(index, paths)).toEqual(incoming(fresh, paths));
    return step;
  }

  it('are those of a fresh build when notes already resolved change their links during the read', () => {
    const steps = readWhileChanging((step, files, index) => {
      if (step > 40) return;
      // The notes read first, resolved already by now: resolved again, their old edges dropped.
      const input = inputs[step % 20];
      const changed = { ...input, links: input.links.slice(step % 2) };
      files.set(input.path, changed);
      index.upsert(changed);
    });
    expect(steps).toBeGreaterThan(40);
  });

  it('are those of a fresh build when notes go during the read, papers first (they link nowhere, but many link to them)', () => {
    const papers = vault.byKind.paper.map((i) => inputs[i]);
    let removed = 0;
    readWhileChanging((step, files, index, resolver) => {
      if (step % 4 !== 0) return;
      const input = step < 100 ? papers[(step / 4) % papers.length] : inputs[(step * 37) % inputs.length];
      if (!files.delete(input.path)) return;
      resolver.remove(input.path);
      index.remove(input.path);
      removed++;
    });
    expect(removed).toBeGreaterThan(5);
  });

  it('a walk right after the read sees every back-link', () => {
    const { index } = buildIndex(inputs, vault.attachments);
    const hub = inputs.map((input) => input.path).sort((a, b) => index.degree(b) - index.degree(a))[0];
    const record = index.adjacency(hub);
    expect(record?.inc.length).toBe(2 * index.inEdgeList(hub).length);
    expect(index.inEdgeList(hub).length).toBeGreaterThan(10);
  });
});
