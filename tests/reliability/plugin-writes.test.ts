// @vitest-environment happy-dom
/**
 * Nothing written unasked, nothing sent: indexing the example vault, following the
 * user's edits, showing every view on notes of every kind, walking the graph,
 * copying a research prompt (at once and through the preview) and checking the
 * corpus call no vault, adapter or file-manager write, save no settings, and make
 * no network request. Changing a setting writes the plugin's own data only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeMessages, openModals } from '../stubs/obsidian';
import { VIEW_BACKLINKS, VIEW_LINES, VIEW_NEIGHBOURHOOD } from '../../src/views/view-types';
import { closeLeaf, commandsOf, openViewOf, sleep, startPlugin, until, watchNetwork, type NetworkWatch, type Running } from './plugin-harness';

const VIEWS = [VIEW_NEIGHBOURHOOD, VIEW_LINES, VIEW_BACKLINKS];
const NOTES = ['Concepts/Learning mechanics.md', 'Lines/Post-training.md', 'Papers/Nested learning.md', 'Notes/Reading list.md', 'Mistakes/Invalid yaml.md'];

let running: Running;
let network: NetworkWatch;

beforeAll(async () => {
  network = watchNetwork();
  running = await startPlugin();
}, 60_000);

afterAll(() => {
  running?.plugin.unload();
  network?.restore();
});

/** Clicks an element as a user does. */
function click(el: Element): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
}

describe('the plugin writes no note and sends nothing', () => {
  it('reads the whole example vault without writing', () => {
    const { plugin, writes } = running;
    expect(plugin.services.index.counts().concept).toBeGreaterThan(10);
    expect(writes.called()).toEqual([]);
    expect(network.attempts).toEqual([]);
  });

  it('follows the user\'s own edits, renames and deletions without writing back', async () => {
    const { sim, plugin, writes } = running;
    const before = plugin.services.revision;
    await writes.asUser(() => sim.write('Concepts/New idea.md', '---\ncorpus: concept\ntitle: A new idea\nrelated: ["[[Learning mechanics]]"]\n---\n'));
    await writes.asUser(() => sim.write('Concepts/New idea.md', '---\ncorpus: concept\ntitle: A newer idea\n---\nSee [[Depth over width]].\n'));
    await writes.asUser(() => sim.rename('Concepts/New idea.md', 'Concepts/Renamed idea.md'));
    await writes.asUser(() => sim.delete('Concepts/Renamed idea.md'));
    await until(() => plugin.services.revision > before, 'the index to announce the edits');
    expect(plugin.services.index.note('Concepts/Renamed idea.md')).toBeUndefined();
    expect(writes.called()).toEqual([]);
  });

  it('shows every view on notes of every kind, walks the graph and follows links, without writing', async () => {
    const { sim, writes } = running;
    for (const type of VIEWS) {
      const leaf = await openViewOf(sim, type);
      for (const path of NOTES) {
        sim.app.workspace.setActiveFile(sim.file(path));
        const content = leaf.view?.containerEl;
        // The first three are corpus notes, drawn under their title; the others get an empty state.
        const drawn = content?.querySelector(NOTES.indexOf(path) < 3 ? '.inquiring-lines-header-title' : '.inquiring-lines-empty');
        expect(drawn, `${type} on ${path}`).toBeTruthy();
        // Walk to the first neighbour in the graph, then open a listed note.
        const walk = content?.querySelector('[data-action="walk"]');
        if (walk) click(walk);
        const link = content?.querySelector('a[data-href]');
        if (link) click(link);
        await sleep(0);
      }
      await closeLeaf(sim, leaf);
    }
    expect(sim.app.workspace.opened.length).toBeGreaterThan(0);
    expect(writes.called()).toEqual([]);
    expect(network.attempts).toEqual([]);
  }, 60_000);

  it('copies a research prompt, at once and through the preview, without writing', async () => {
    const { sim, plugin, writes, clipboard } = running;
    sim.app.workspace.setActiveFile(sim.file('Lines/Post-training.md'));
    const command = commandsOf(plugin).find((c) => c.id === 'copy-research-prompt');
    expect(command?.checkCallback?.(true)).toBe(true);
    command?.checkCallback?.(false);
    await until(() => clipboard.mock.calls.length === 1, 'the copy');
    expect(clipboard.mock.calls[0][0]).toContain('Cite arXiv IDs');

    // The preview asks the settings; a settings change is the one thing saved, and only through saveData.
    await plugin.updateSettings({ previewBeforeCopy: true });
    expect(writes.called()).toEqual(['plugin.saveData']);
    writes.calls.clear();
    command?.checkCallback?.(false);
    await until(() => openModals.length === 1, 'the preview');
    const copyButton = [...openModals[0].contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Copy');
    if (copyButton) click(copyButton);
    await until(() => clipboard.mock.calls.length === 2, 'the copy from the preview');
    expect(noticeMessages.some((m) => m.startsWith('Research prompt copied'))).toBe(true);
    expect(writes.called()).toEqual([]);
    expect(network.attempts).toEqual([]);
  });

  it('checks the corpus and opens a problem\'s note without writing', async () => {
    const { sim, plugin, writes } = running;
    for (const modal of [...openModals]) modal.close();
    commandsOf(plugin).find((c) => c.id === 'check-corpus')?.callback?.();
    expect(openModals).toHaveLength(1);
    const row = openModals[0].contentEl.querySelector('[tabindex], a, li');
    if (row) click(row);
    await sleep(0);
    for (const modal of [...openModals]) modal.close();
    expect(writes.called()).toEqual([]);
    expect(network.attempts).toEqual([]);
    expect(sim.app.workspace.opened.length).toBeGreaterThan(0);
  });
});
