/**
 * The corpus graph of a 5,000-note vault in Chromium, watched from the moment
 * the view is opened until its layout is stopped: building the graph of the
 * index, working out what to show, filling the drawn graph, starting the
 * ForceAtlas2 worker and taking in its positions. None of that may hold the main
 * thread for more than 50 ms at a time.
 *
 * How our work is told from the machine's: the page records every long
 * animation frame with the scripts it ran, each named by what invoked it.
 * Chromium here draws WebGL in software (SwiftShader), so sigma's frames
 * (making its WebGL programs, reading the graph and drawing ~3,600 notes and
 * ~14,000 links) take hundreds of milliseconds, whoever computes the positions;
 * on a machine with a GPU they take a few. Those run as animation-frame
 * callbacks (`FrameRequestCallback`): they are measured and printed, not held to
 * 50 ms. Everything else is the plugin's own work (timers that carry its slices,
 * the worker's messages, event handlers) and is held to the limit.
 *
 * A two-core machine running other work can stall any task for a moment (the
 * garbage collector, another process taking the core). So the whole opening is
 * watched three times, each on a fresh page, and the median of the three longest
 * tasks must stay under 50 ms: a task that is long by design is long every time
 * and fails, a stall that happens once does not.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_CORPUS_GRAPH, VIEW_NEIGHBOURHOOD } from '../../src/views/view-types';
import { bigVault } from './harness/big-vault';
import type { HarnessVault } from './harness/vault-data';
import { closeChecked, disconnect, openSession, viewOf, type Session } from './harness/session';

/** The issue's limit on one main-thread task of ours. */
const MAX_BLOCK_MS = 50;
/** How long the running layout is watched before it is stopped. */
const WATCH_MS = 3000;
/** Fresh pages the opening is watched on. */
const RUNS = 3;

/** Records, from before the page's own scripts run, the workers it starts and every long animation frame's scripts. */
const RECORDER = `
  window.__workers = [];
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url, options) { super(url, options); window.__workers.push(String(url)); }
  };
  window.__scripts = [];
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries()) {
      for (const script of frame.scripts) {
        window.__scripts.push({ invoker: script.invoker, duration: Math.round(script.duration), start: Math.round(script.startTime) });
      }
    }
  }).observe({ type: 'long-animation-frame' });
`;

interface ScriptRecord {
  invoker: string;
  duration: number;
  start: number;
}

/** What one opening showed. */
interface Watched {
  /** Notes drawn. */
  notes: number;
  /** From the command to the layout running, in ms. */
  openMs: number;
  /** Our scripts (everything but animation-frame callbacks) over 5 ms, from the command until the layout stopped. */
  ours: ScriptRecord[];
  /** sigma's frames, for the record. */
  drawing: ScriptRecord[];
  workers: string[];
  /** How far the best-linked note moved on the stage while the layout ran, in pixels. */
  moved: number;
}

let vault: HarnessVault;
let session: Session | null = null;

beforeAll(() => {
  vault = bigVault(5000, 20240605);
});
afterEach(async () => {
  await closeSession();
});
afterAll(disconnect);

async function closeSession(): Promise<void> {
  const closing = session;
  session = null;
  await closeChecked(closing);
}

/** Opens the corpus graph on a fresh page once the vault is indexed, watches its layout, stops it. */
async function watchOpening(): Promise<Watched> {
  session = await openSession({ vault, initScript: RECORDER });
  const page = session.page;
  // Indexing the vault is not the view's work: the clock starts once the index is ready.
  await page.waitForFunction(() => (window.harness.plugin as unknown as { services: { ready: boolean } }).services.ready, null, { timeout: 60_000 });
  const from = await page.evaluate(() => {
    // Run from a task of the page's own, as a command is, so that its scripts are recorded.
    window.setTimeout(() => void window.harness.runCommand('open-corpus-graph'), 0);
    return performance.now();
  });
  const content = page.locator(`.harness-leaf[data-type="${VIEW_CORPUS_GRAPH}"] .view-content`);
  await expect.poll(() => content.getAttribute('data-layout-state'), { timeout: 30_000, interval: 50 }).toBe('running');
  const openMs = (await page.evaluate(() => performance.now())) - from;
  const notes = Number(await content.locator('.inquiring-lines-graph-counts').getAttribute('data-notes'));
  const before = await hubPosition(session);
  await page.waitForTimeout(WATCH_MS);
  const after = await hubPosition(session);
  // The layout is the worker's until it settles or is stopped.
  await expect(content.getAttribute('data-layout-state')).resolves.toMatch(/running|settled/);
  const button = page.getByRole('button', { name: 'Stop layout' });
  if (await button.isVisible()) {
    await button.click();
    // Software WebGL holds the page for most of each frame: the answer can take a while to be read.
    await expect.poll(() => content.getAttribute('data-layout-state'), { timeout: 15_000, interval: 100 }).toBe('stopped');
  }
  // The observer hears of the last frames a moment after they end.
  await page.waitForTimeout(200);
  const { workers, scripts } = await page.evaluate(() => ({
    workers: (window as unknown as { __workers: string[] }).__workers,
    scripts: (window as unknown as { __scripts: ScriptRecord[] }).__scripts,
  }));
  const since = scripts.filter((s) => s.start >= from);
  const isDrawing = (s: ScriptRecord): boolean => s.invoker.startsWith('FrameRequestCallback');
  await closeSession();
  return { notes, openMs, ours: since.filter((s) => !isDrawing(s)), drawing: since.filter(isDrawing), workers, moved: Math.hypot(after.x - before.x, after.y - before.y) };
}

/** Where the view draws the note with the most links, in pixels from the stage's corner. */
async function hubPosition(open: Session): Promise<{ x: number; y: number }> {
  const at = await open.page.evaluate((type) => {
    interface GraphView { notePosition(path: string): { x: number; y: number } | null; stage: { display: { nodes(): string[]; degree(path: string): number } } }
    const view = window.harness.app?.workspace.getLeavesOfType(type)[0]?.view as unknown as GraphView | undefined;
    const display = view?.stage.display;
    const hub = display?.nodes().reduce((best, path) => (display.degree(path) > display.degree(best) ? path : best));
    return hub === undefined ? null : view?.notePosition(hub) ?? null;
  }, VIEW_CORPUS_GRAPH);
  if (at === null) throw new Error('The corpus graph draws no note');
  return at;
}

const longest = (scripts: ScriptRecord[]): number => Math.max(0, ...scripts.map((s) => s.duration));
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('the corpus graph of a 5,000-note vault', () => {
  it('opens and lays out without holding the main thread over 50 ms, the layout in a web worker', async () => {
    expect(vault.files.filter((f) => f.path.endsWith('.md'))).toHaveLength(5000);
    const runs: Watched[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await watchOpening());
    for (const run of runs) {
      console.info(
        `corpus graph, ${run.notes} notes: open to layout running ${Math.round(run.openMs)} ms; longest task of ours ${longest(run.ours)} ` +
          `(${run.ours.filter((s) => s.duration > MAX_BLOCK_MS).map((s) => `${s.invoker} ${s.duration} ms`).join(', ') || 'none over 50 ms'}); ` +
          `longest drawing frame ${longest(run.drawing)} ms (software WebGL here); the best-linked note moved ${Math.round(run.moved)} px`,
      );
    }
    expect(median(runs.map((run) => longest(run.ours)))).toBeLessThanOrEqual(MAX_BLOCK_MS);
    for (const run of runs) {
      expect(run.notes).toBeGreaterThan(2000);
      // ForceAtlas2 runs in a worker the plugin made from its own code (a blob), not on the main thread,
      // and the notes go where it sends them.
      expect(run.workers.length).toBeGreaterThan(0);
      expect(run.workers.every((url) => url.startsWith('blob:'))).toBe(true);
      expect(run.moved).toBeGreaterThan(1);
    }
  }, 240_000);
});

describe('labels of the graphs', () => {
  it('stay inside the neighbourhood drawing, for every note of the example vault', async () => {
    session = await openSession({ open: 'Welcome.md', views: [VIEW_NEIGHBOURHOOD] });
    const page = session.page;
    const paths = await page.evaluate(() => window.harnessExampleVault.files.map((f) => f.path).filter((p) => /^(Concepts|Lines|Papers)\/.*\.md$/.test(p)));
    expect(paths.length).toBeGreaterThan(20);
    const graph = viewOf(session, VIEW_NEIGHBOURHOOD).locator('svg.inquiring-lines-graph');
    const centre = (): Promise<(string | null)[]> => graph.locator('[data-action="open"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-href')));
    const outside: string[] = [];
    let measured = 0;
    for (const path of paths) {
      await page.evaluate((note) => window.harness.open(note), path);
      // A note with no neighbour draws no graph.
      let drawn = false;
      for (let tries = 0; tries < 40 && !drawn; tries++) {
        drawn = (await centre()).includes(path);
        if (!drawn) await page.waitForTimeout(25);
      }
      if (!drawn) continue;
      measured++;
      // Every label shown (minor ones show on hover only), measured as the browser draws it.
      const cut = await graph.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .map((label) => ({ text: label.textContent ?? '', at: label.getBoundingClientRect() }))
          .filter(({ at }) => at.width > 0 && (at.left < box.left - 0.5 || at.right > box.right + 0.5))
          .map(({ text }) => text);
      });
      outside.push(...cut.map((text) => `${path}: ${text}`));
    }
    expect(measured).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });
});
