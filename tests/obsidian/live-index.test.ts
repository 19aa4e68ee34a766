// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build';
import type { CorpusOptions } from '../../src/core/types';
import { LiveIndex, type LiveIndexTiming } from '../../src/obsidian/live-index';
import { Maker, mulberry32, snapshot } from './generated-notes';
import { SimulatedVault, nextTask } from './simulated-vault';

const CORPUS: CorpusOptions = { key: 'corpus', excludeFolders: [], excludeTags: [] };
const FAST: Partial<LiveIndexTiming> = { announceMs: 5, rebuildMs: 5 };

const live: LiveIndex[] = [];
afterEach(() => {
  for (const index of live.splice(0)) index.unload();
});

/** A live index over a simulated vault, loaded (listening) but not started: the app has not started up yet. */
function liveOver(sim: SimulatedVault, timing: Partial<LiveIndexTiming> = FAST, corpus = CORPUS): { index: LiveIndex; status: HTMLElement } {
  const status = document.body.createDiv();
  const index = new LiveIndex(sim.obsidianApp, status, corpus, timing);
  index.load();
  live.push(index);
  return { index, status };
}

async function until(condition: () => boolean, what: string, timeoutMs = 20000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The same vault built afresh by the CLI's reader and `buildIndex`. */
function fresh(sim: SimulatedVault, corpus: Partial<CorpusOptions> = {}) {
  return snapshot(buildIndex(sim.inputs(), sim.paths(), corpus).index);
}

function randomVault(maker: Maker, size: number): SimulatedVault {
  const files: Record<string, string> = {};
  while (Object.keys(files).length < size) {
    const kind = maker.kind();
    files[maker.path(kind)] = maker.text(kind);
  }
  return new SimulatedVault(files);
}

/** One random change: create, modify, rename or delete, started at once; its cache events follow later. */
function randomChange(sim: SimulatedVault, maker: Maker): void {
  const existing = sim.paths();
  const op = existing.length === 0 ? 0 : maker.int(4);
  if (op === 0 || op === 1) {
    const kind = maker.kind();
    // A modify keeps the path and may change the kind; a create picks a new path.
    const path = op === 1 ? maker.pick(existing) : maker.path(kind);
    void sim.write(path, maker.text(kind));
  } else if (op === 2) {
    const to = maker.path();
    if (!sim.has(to)) void sim.rename(maker.pick(existing), to);
  } else {
    void sim.delete(maker.pick(existing));
  }
}

describe('the live index follows the vault', () => {
  it.each([1, 2, 3, 4])('equals a fresh build after every burst of changes (seed %i)', async (seed) => {
    const maker = new Maker(mulberry32(seed));
    const sim = randomVault(maker, 25);
    const { index } = liveOver(sim);
    sim.startUp();
    await until(() => index.ready, 'the first read');
    expect(snapshot(index.index)).toEqual(fresh(sim));
    for (let burst = 0; burst < 20; burst++) {
      const size = 1 + maker.int(8);
      for (let i = 0; i < size; i++) randomChange(sim, maker);
      await sim.settle();
      expect(snapshot(index.index), `burst ${burst}`).toEqual(fresh(sim));
    }
  });

  it('gives a line its essay, through a rename too, for related papers', async () => {
    const line = '---\ncorpus: line\nsources: ["[[A]]"]\n---\nThe essay about scaling.\n';
    const sim = new SimulatedVault({ 'Lines/L.md': line, 'Concepts/A.md': '---\ncorpus: concept\n---\n' });
    const { index } = liveOver(sim);
    sim.startUp();
    await until(() => index.ready, 'the first read');
    expect(index.index.note('Lines/L.md')).toMatchObject({ kind: 'line', body: 'The essay about scaling.\n' });
    await sim.rename('Lines/L.md', 'Lines/M.md');
    expect(index.index.note('Lines/L.md')).toBeUndefined();
    expect(index.index.note('Lines/M.md')).toMatchObject({ kind: 'line', body: 'The essay about scaling.\n' });
    await sim.write('Lines/M.md', line.replace('scaling', 'sparsity'));
    await sim.settle();
    expect(index.index.note('Lines/M.md')).toMatchObject({ body: 'The essay about sparsity.\n' });
  });

  it('drops a note renamed away from Markdown and takes one renamed into it', async () => {
    const sim = new SimulatedVault({ 'Concepts/A.md': '---\ncorpus: concept\n---\n', 'Concepts/B.md': 'Links to [[A]].\n' });
    const { index } = liveOver(sim);
    sim.startUp();
    await until(() => index.ready, 'the first read');
    expect(index.index.inEdges('Concepts/A.md').size).toBe(1);
    await sim.rename('Concepts/A.md', 'Concepts/A.txt');
    expect(index.index.note('Concepts/A.md')).toBeUndefined();
    expect(index.index.inEdges('Concepts/A.md').size).toBe(0);
    // The app parses a file that has become a note, and says so with `changed`.
    await sim.rename('Concepts/A.txt', 'Concepts/A.md');
    expect(index.index.note('Concepts/A.md')?.kind).toBe('concept');
    expect(snapshot(index.index)).toEqual(fresh(sim));
  });

  it('clears an unresolved link when the attachment it names appears, and reports it again when it goes', async () => {
    const sim = new SimulatedVault({ 'Lines/L.md': '---\ncorpus: line\nsources: ["[[A]]"]\nnext: ["[[figure.png]]"]\n---\n', 'Concepts/A.md': '---\ncorpus: concept\n---\n' });
    const { index } = liveOver(sim);
    sim.startUp();
    await until(() => index.ready, 'the first read');
    const unresolved = (): string[] => index.index.problems().filter((p) => p.code === 'unresolved-link').map((p) => p.field);
    expect(unresolved()).toEqual(['next[0]']);
    await sim.write('figure.png', 'not really a picture');
    await sim.settle();
    expect(unresolved()).toEqual([]);
    await sim.delete('figure.png');
    await sim.settle();
    expect(unresolved()).toEqual(['next[0]']);
  });

  it('reports front-matter Obsidian could not read as invalid YAML', async () => {
    const sim = new SimulatedVault({ 'Concepts/Bad.md': '---\ncorpus: concept\nrelated: [unclosed\n---\nBody\n' });
    const { index } = liveOver(sim);
    sim.startUp();
    await until(() => index.ready, 'the first read');
    expect(index.index.problems()).toEqual([
      expect.objectContaining({ path: 'Concepts/Bad.md', code: 'invalid-yaml', severity: 'error', message: expect.stringContaining('Obsidian could not read the properties') }),
    ]);
    expect(index.index.counts()).toEqual({ concept: 0, line: 0, paper: 0 });
  });

  it('tells the views once per burst, and bumps the revision once', async () => {
    const maker = new Maker(mulberry32(9));
    const sim = randomVault(maker, 10);
    const { index } = liveOver(sim, { announceMs: 30 });
    sim.startUp();
    await until(() => index.ready, 'the first read');
    await sleep(60);
    let updates = 0;
    index.events.on('update', () => updates++);
    const revision = index.revision;
    for (let i = 0; i < 6; i++) void sim.write(`Notes/New ${i}.md`, `Links to [[Alpha]] ${i}.\n`);
    await sim.settle();
    expect(updates).toBe(0);
    await sleep(80);
    expect(updates).toBe(1);
    expect(index.revision).toBe(revision + 1);
  });

  it('rebuilds with new exclusions', async () => {
    const maker = new Maker(mulberry32(5));
    const sim = randomVault(maker, 30);
    const { index } = liveOver(sim);
    sim.startUp();
    await until(() => index.ready, 'the first read');
    const excluded = { ...CORPUS, excludeFolders: ['Lines'], excludeTags: ['journal'] };
    index.configure(excluded);
    expect(index.ready).toBe(false);
    await until(() => index.ready, 'the rebuild');
    expect(snapshot(index.index)).toEqual(fresh(sim, excluded));
    expect([...index.index.allNotes()].some((note) => note.path.startsWith('Lines/') && note.kind === 'line')).toBe(false);
  });

  it('stops listening when unloaded', async () => {
    const sim = new SimulatedVault({ 'Concepts/A.md': '---\ncorpus: concept\n---\n' });
    const { index } = liveOver(sim);
    sim.startUp();
    await until(() => index.ready, 'the first read');
    let updates = 0;
    index.events.on('update', () => updates++);
    index.unload();
    await sim.write('Concepts/B.md', '---\ncorpus: concept\n---\n');
    await sim.delete('Concepts/A.md');
    await sim.settle();
    await sleep(20);
    expect(index.index.note('Concepts/B.md')).toBeUndefined();
    expect(index.index.note('Concepts/A.md')?.kind).toBe('concept');
    expect(updates).toBe(0);
  });
});

describe('the first read of the vault', () => {
  it('ignores every event until the layout is ready, then reads the vault as it is', async () => {
    const sim = new SimulatedVault({ 'Concepts/A.md': '---\ncorpus: concept\n---\n', 'Concepts/B.md': '---\ncorpus: concept\n---\n' });
    const { index } = liveOver(sim);
    let updates = 0;
    index.events.on('update', () => updates++);
    // Obsidian fires `create` for every file while it starts, and caches may change meanwhile.
    for (const file of sim.app.vault.getFiles()) sim.app.vault.trigger('create', file);
    await sim.write('Concepts/C.md', '---\ncorpus: concept\n---\n');
    await sim.rename('Concepts/A.md', 'Concepts/A2.md');
    await sim.delete('Concepts/B.md');
    await sim.settle();
    await sleep(20);
    expect(index.index.size).toBe(0);
    expect(updates).toBe(0);
    sim.app.workspace.setLayoutReady();
    sim.markResolved();
    await until(() => index.ready, 'the first read');
    expect([...index.index.allNotes()].map((note) => note.path).sort()).toEqual(['Concepts/A2.md', 'Concepts/C.md']);
    expect(snapshot(index.index)).toEqual(fresh(sim));
  });

  it('waits for the cache to be resolved when it is not yet', async () => {
    const sim = new SimulatedVault({ 'Concepts/A.md': '---\ncorpus: concept\n---\n' });
    const { index } = liveOver(sim);
    sim.app.workspace.setLayoutReady();
    await sleep(20);
    expect(index.index.size).toBe(0);
    sim.markResolved();
    await until(() => index.ready, 'the first read');
    expect(index.index.size).toBe(1);
  });

  it('starts with the layout when links are already resolved', async () => {
    const sim = new SimulatedVault({ 'Concepts/A.md': '---\ncorpus: concept\n---\n' });
    sim.app.metadataCache.resolvedLinks['Concepts/A.md'] = {};
    const { index } = liveOver(sim);
    sim.app.workspace.setLayoutReady();
    await until(() => index.ready, 'the first read');
    expect(index.index.size).toBe(1);
  });

  it('reads a large vault in slices, with its progress in the status bar until done', async () => {
    const count = 6000;
    const random = mulberry32(42);
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const kind = ['concept', 'line', 'paper'][i % 3];
      const links = Array.from({ length: 3 }, () => `"[[N${Math.floor(random() * count)}]]"`).join(', ');
      const fields = kind === 'concept' ? `related: [${links}]` : kind === 'line' ? `sources: [${links}]` : 'year: 2020';
      files[`Notes ${i % 10}/N${i}.md`] = `---\ncorpus: ${kind}\n${fields}\n---\nBody of ${i} with [[N${(i + 1) % count}]].\n`;
    }
    const sim = new SimulatedVault(files);
    const { index, status } = liveOver(sim, { ...FAST, sliceMs: 10 });
    const shown: string[] = [];
    const setText = status.setText.bind(status);
    status.setText = (text: string | DocumentFragment) => {
      shown.push(typeof text === 'string' ? text : (text.textContent ?? ''));
      setText(text);
    };
    // The longest time the main thread was held, measured by a timer that wants to run all the time.
    let longest = 0;
    let last = performance.now();
    let watching = true;
    const watch = (): void => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (watching) setTimeout(watch, 0);
    };
    setTimeout(watch, 0);
    sim.startUp();
    await until(() => index.ready, 'the first read', 60000);
    watching = false;

    const progress = shown.filter((text) => text.startsWith('Indexing corpus '));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[0]).toMatch(/^Indexing corpus [\d,]+\/6,000$/);
    const counts = progress.filter((text) => /\d\/6,000$/.test(text)).map((text) => Number(text.slice(16, text.indexOf('/')).replace(/,/g, '')));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(status.getText()).toBe('');
    expect(status.isShown()).toBe(false);
    expect(index.index.size).toBe(count);
    expect(index.index.counts()).toEqual({ concept: 2000, line: 2000, paper: 2000 });
    // The paper vectors were built in the same slices: the first "related papers" has nothing left to build.
    expect(index.similarity.engine.needsRefresh).toBe(false);
    // Slices of 10 ms; the bound leaves room for garbage collection and a busy machine,
    // yet reading these notes in one go holds the thread for well over half a second.
    expect(longest).toBeLessThan(400);
  }, 90000);
});
