// @vitest-environment happy-dom
/**
 * 100 open/close cycles of every view leave nothing behind: the listeners on the
 * vault, the metadata cache, the workspace and the index, the listeners on the
 * document and on elements still in it, and the document's nodes all come back
 * to what they were; a closed view never draws again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Events, View } from '../stubs/obsidian';
import { openModals } from '../stubs/obsidian';
import { VIEW_BACKLINKS, VIEW_LINES, VIEW_NEIGHBOURHOOD } from '../../src/views/view-types';
import { closeLeaf, listenerCount, openViewOf, sleep, startPlugin, type Running } from './plugin-harness';

const VIEWS = [VIEW_NEIGHBOURHOOD, VIEW_LINES, VIEW_BACKLINKS];
const CYCLES = 100;
const NOTES = ['Concepts/Learning mechanics.md', 'Lines/Post-training.md', 'Papers/Nested learning.md', 'Concepts/Depth over width.md'];

let running: Running;
/** Listeners added minus removed, by target. */
const live = new Map<EventTarget, number>();
/** The prototypes that own `addEventListener` for the window, the document and elements, with the originals. */
const patched: { owner: Record<string, unknown>; add: unknown; remove: unknown }[] = [];

/** Counts every listener added and removed, whatever DOM class the target is (the DOM library has several). */
function countListeners(): void {
  const targets: object[] = [window, document, document.createElement('div'), document.createElementNS('http://www.w3.org/2000/svg', 'svg')];
  for (const target of targets) {
    let owner = target;
    while (owner && !Object.prototype.hasOwnProperty.call(owner, 'addEventListener')) owner = Object.getPrototypeOf(owner) as object;
    if (!owner || patched.some((p) => p.owner === owner)) continue;
    const o = owner as Record<string, unknown>;
    const add = o.addEventListener as (...args: unknown[]) => void;
    const remove = o.removeEventListener as (...args: unknown[]) => void;
    patched.push({ owner: o, add, remove });
    o.addEventListener = function (this: EventTarget, ...args: unknown[]) {
      live.set(this, (live.get(this) ?? 0) + 1);
      add.apply(this, args);
    };
    o.removeEventListener = function (this: EventTarget, ...args: unknown[]) {
      live.set(this, (live.get(this) ?? 0) - 1);
      remove.apply(this, args);
    };
  }
}

beforeAll(async () => {
  countListeners();
  running = await startPlugin();
}, 60_000);

afterAll(() => {
  running?.plugin.unload();
  for (const { owner, add, remove } of patched) Object.assign(owner, { addEventListener: add, removeEventListener: remove });
});

/** Listeners still able to fire: on the window, the document, or an element in the document. */
function reachableDomListeners(): number {
  let n = 0;
  for (const [target, count] of live) {
    const reachable = target === window || target === document || (target instanceof Node && target.isConnected);
    if (reachable) n += count;
  }
  return n;
}

/** What a leak would grow. */
function footprint(): Record<string, number> {
  const { app } = running.sim;
  const index = (running.plugin as unknown as { live: { events: Events } }).live.events;
  return {
    vaultListeners: listenerCount(app.vault),
    cacheListeners: listenerCount(app.metadataCache),
    workspaceListeners: listenerCount(app.workspace),
    indexListeners: listenerCount(index),
    domListeners: reachableDomListeners(),
    domNodes: document.querySelectorAll('*').length,
    modals: openModals.length,
    leaves: app.workspace.leaves.length,
  };
}

describe('opening and closing every view 100 times', () => {
  it('leaves listeners and DOM nodes where they were, and closed views never draw again', async () => {
    const { sim } = running;
    sim.app.workspace.setActiveFile(sim.file(NOTES[0]));
    const before = footprint();
    const closed: View[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      for (const type of VIEWS) {
        const leaf = await openViewOf(sim, type);
        const view = leaf.view as View;
        sim.app.workspace.setActiveFile(sim.file(NOTES[cycle % NOTES.length]));
        // A hover and a walk in the graph, as a user's pointer does.
        const node = view.containerEl.querySelector('[data-action="walk"]');
        node?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        node?.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
        expect(view.containerEl.querySelector('.inquiring-lines-header-title'), `${type}, cycle ${cycle}`).toBeTruthy();
        await closeLeaf(sim, leaf);
        if (cycle === 0) closed.push(view);
      }
    }
    expect(footprint()).toEqual(before);

    // Changes after closing reach no closed view.
    sim.app.workspace.setActiveFile(sim.file(NOTES[1]));
    running.plugin.services.index.upsert({ path: 'Concepts/Late.md', frontmatter: { corpus: 'concept' }, links: [] });
    (running.plugin as unknown as { live: { touch(): void } }).live.touch();
    await sleep(300);
    for (const view of closed) expect((view as unknown as { contentEl: HTMLElement }).contentEl.childElementCount).toBe(0);
    expect(footprint()).toEqual(before);
  }, 120_000);
});
