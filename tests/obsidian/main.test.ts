// @vitest-environment happy-dom
import type * as O from 'obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import InquiringLinesPlugin from '../../src/main';
import { HOVER_SOURCES, VIEW_BACKLINKS, VIEW_LINES, VIEW_NEIGHBOURHOOD } from '../../src/views/view-types';
import { noticeMessages, openModals, type Plugin as StubPlugin } from '../stubs/obsidian';
import { EXAMPLE_VAULT, SimulatedVault, nextTask, readFolder } from './simulated-vault';

const MANIFEST: O.PluginManifest = { id: 'inquiring-lines', name: 'Inquiring Lines', version: '0.1.0', minAppVersion: '1.5.0', author: '', description: '' };

type TestPlugin = InquiringLinesPlugin & StubPlugin;

let sim: SimulatedVault;
let plugin: TestPlugin;

async function until(condition: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > 20000) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

/** Loads the plugin as Obsidian does, with `saved` as its data.json; the app has not finished starting. */
async function loadPlugin(saved?: unknown): Promise<void> {
  sim = new SimulatedVault(readFolder(EXAMPLE_VAULT));
  plugin = new InquiringLinesPlugin(sim.obsidianApp, MANIFEST) as TestPlugin;
  if (saved !== undefined) plugin.savedData = JSON.stringify(saved);
  plugin.load();
  await until(() => plugin.settingTabs.length > 0, 'onload');
}

async function startApp(): Promise<void> {
  sim.startUp();
  await until(() => plugin.services.ready, 'the first read');
}

const command = (id: string): O.Command => {
  const found = plugin.commands.find((c) => c.id === id);
  if (!found) throw new Error(`no command ${id}`);
  return found;
};

beforeEach(async () => {
  noticeMessages.length = 0;
  await loadPlugin();
});

afterEach(() => {
  for (const modal of [...openModals]) modal.close();
  plugin.unload();
});

describe('loading the plugin', () => {
  it('only registers until the layout is ready', () => {
    // The commands of this plugin's views and prompt come first; the corpus graph's follow.
    expect(plugin.commands.slice(0, 5).map((c) => [c.id, c.name])).toEqual([
      ['open-neighbourhood', 'Open neighbourhood'],
      ['open-inquiring-lines', 'Open inquiring lines'],
      ['open-source-backlinks', 'Open source back-links'],
      ['copy-research-prompt', 'Copy research prompt'],
      ['check-corpus', 'Check the corpus'],
    ]);
    expect([...plugin.viewCreators.keys()].slice(0, 3)).toEqual([VIEW_NEIGHBOURHOOD, VIEW_LINES, VIEW_BACKLINKS]);
    expect([...plugin.hoverLinkSources.keys()]).toEqual(HOVER_SOURCES.map((source) => source.id));
    expect(plugin.ribbonIcons.map((r) => r.title)).toEqual(['Open neighbourhood']);
    // The first item is the indexing progress, empty until there is something to say.
    expect(plugin.statusBarItems[0].getText()).toBe('');
    expect(plugin.services.index.size).toBe(0);
    expect(plugin.services.ready).toBe(false);
    expect(sim.app.workspace.leaves).toHaveLength(0);
  });

  it('reads the vault once the app has started', async () => {
    await startApp();
    expect(plugin.services.index.counts()).toEqual({ concept: 27, line: 9, paper: 16 });
  });

  it('starts from saved settings, checked, and saves only what it knows', async () => {
    plugin.unload();
    await loadPlugin({ corpusKey: 'kind', neighbourhoodDepth: 'two', colour: 'red' });
    expect(plugin.settings.corpusKey).toBe('kind');
    expect(plugin.settings.neighbourhoodDepth).toBe(1);
    await plugin.updateSettings({ maxAnchors: 3 });
    const saved = JSON.parse(plugin.savedData ?? '{}') as Record<string, unknown>;
    expect(saved).toMatchObject({ corpusKey: 'kind', maxAnchors: 3, neighbourhoodDepth: 1 });
    expect(saved).not.toHaveProperty('colour');
  });
});

describe('the commands', () => {
  it('offer "Copy research prompt" only on a line, once the vault is read', async () => {
    const copy = command('copy-research-prompt');
    sim.app.workspace.setActiveFile(sim.file('Lines/Average case.md'));
    expect(copy.checkCallback?.(true)).toBe(false);
    await startApp();
    sim.app.workspace.setActiveFile(null);
    expect(copy.checkCallback?.(true)).toBe(false);
    sim.app.workspace.setActiveFile(sim.file('Concepts/Learning mechanics.md'));
    expect(copy.checkCallback?.(true)).toBe(false);
    sim.app.workspace.setActiveFile(sim.file('Lines/Average case.md'));
    expect(copy.checkCallback?.(true)).toBe(true);
  });

  it('copy the active line\'s prompt', async () => {
    await startApp();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    sim.app.workspace.setActiveFile(sim.file('Lines/Average case.md'));
    expect(command('copy-research-prompt').checkCallback?.(false)).toBe(true);
    await until(() => noticeMessages.length > 0, 'the notice');
    expect(writeText).toHaveBeenCalledWith(plugin.services.promptFor('Lines/Average case.md'));
    expect(noticeMessages[0]).toMatch(/^Research prompt copied \([\d,]+ characters\)$/);
  });

  it('open each view in the right sidebar, once', async () => {
    await startApp();
    for (const [id, type] of [['open-neighbourhood', VIEW_NEIGHBOURHOOD], ['open-inquiring-lines', VIEW_LINES], ['open-source-backlinks', VIEW_BACKLINKS]]) {
      await command(id).callback?.();
      await until(() => sim.app.workspace.getLeavesOfType(type).length === 1, type);
      const leaf = sim.app.workspace.getLeavesOfType(type)[0];
      expect((leaf as unknown as { openedAs: unknown }).openedAs).toBe('right');
      await until(() => sim.app.workspace.revealed.includes(leaf), `${type} revealed`);
    }
    const leaves = sim.app.workspace.leaves.length;
    await command('open-neighbourhood').callback?.();
    plugin.ribbonIcons[0].callback(new MouseEvent('click'));
    await nextTask();
    expect(sim.app.workspace.leaves).toHaveLength(leaves);
    expect(sim.app.workspace.revealed.at(-1)).toBe(sim.app.workspace.getLeavesOfType(VIEW_NEIGHBOURHOOD)[0]);
  });

  it('check the corpus in a modal', async () => {
    await startApp();
    await command('check-corpus').callback?.();
    expect(openModals).toHaveLength(1);
    expect(document.querySelector('.inquiring-lines-check-counts')?.textContent).toBe('27 concepts, 9 lines, 16 papers');
  });
});

describe('changing the settings', () => {
  it('rebuilds the index when the corpus changes, and tells the views', async () => {
    await startApp();
    const before = plugin.services.index;
    let updates = 0;
    const ref = plugin.services.onUpdate(() => updates++);
    await plugin.updateSettings({ excludeFolders: ['Mistakes'] });
    await until(() => plugin.services.index !== before && plugin.services.ready, 'the rebuild');
    const index = plugin.services.index;
    expect([...index.allNotes()].filter((n) => n.path.startsWith('Mistakes/') && n.kind !== 'note')).toEqual([]);
    expect(index.counts().concept).toBeLessThan(27);
    // An excluded folder is none of the corpus's business: nothing is said of it, not even broken YAML.
    expect(index.problems().filter((p) => p.path.startsWith('Mistakes/'))).toEqual([]);
    await until(() => updates > 0, 'an update');
    plugin.services.offref(ref);
  });

  it('keeps the index when only the prompt changes, and still tells the views', async () => {
    await startApp();
    const before = plugin.services.index;
    const revision = plugin.services.revision;
    await plugin.updateSettings({ maxAnchors: 2, previewBeforeCopy: true });
    await until(() => plugin.services.revision > revision, 'an update');
    expect(plugin.services.index).toBe(before);
    expect(plugin.services.settings()).toMatchObject({ maxAnchors: 2, previewBeforeCopy: true });
  });
});
