// @vitest-environment happy-dom
import type * as O from 'obsidian';
import { afterEach, describe, expect, it } from 'vitest';
import { registerCorpusCommands } from '../../src/obsidian/corpus-commands';
import { ExportModal } from '../../src/obsidian/export-command';
import { CorpusGraphView } from '../../src/views/corpus-graph-view';
import { HealthView } from '../../src/views/health-view';
import { VIEW_CORPUS_GRAPH, VIEW_HEALTH } from '../../src/views/view-types';
import { vault } from '../helpers/vault';
import { App, Plugin, openModals } from '../stubs/obsidian';
import { fakeServices } from '../views/harness';
import { READING } from '../views/corpus-graph-vaults';

const MANIFEST = { id: 'inquiring-lines', name: 'Inquiring Lines', version: '0.1.0', minAppVersion: '1.5.0', author: '', description: '' };

function setUp(ready = true) {
  const app = new App();
  for (const path of Object.keys(READING)) app.vault.put(path, '');
  const services = fakeServices(vault(READING).index);
  services.ready = ready;
  const plugin = new Plugin(app as unknown as O.App, MANIFEST);
  plugin.registerView(VIEW_CORPUS_GRAPH, (leaf) => new CorpusGraphView(leaf, services));
  plugin.registerView(VIEW_HEALTH, (leaf) => new HealthView(leaf, services));
  registerCorpusCommands(plugin as unknown as O.Plugin, services);
  const command = (id: string): O.Command => plugin.commands.find((c) => c.id === id)!;
  return { app, services, plugin, command };
}

afterEach(() => {
  for (const modal of [...openModals]) modal.close();
  document.body.empty();
});

describe('the corpus commands', () => {
  it('are registered with their names, with the status-bar error count', () => {
    const { plugin } = setUp();
    expect(plugin.commands.map((c) => [c.id, c.name])).toEqual([
      ['open-corpus-graph', 'Open corpus graph'],
      ['reveal-in-corpus-graph', 'Reveal active note in corpus graph'],
      ['open-corpus-health', 'Open corpus health'],
      ['export-corpus-graph', 'Export corpus graph…'],
    ]);
    expect(plugin.statusBarItems).toHaveLength(1);
  });

  it('reveal the active note only once the vault is read, and only for an indexed note', () => {
    const early = setUp(false);
    early.app.workspace.setActiveFile(early.app.vault.getFileByPath('C/hub.md'));
    expect(early.command('reveal-in-corpus-graph').checkCallback?.(true)).toBe(false);
    const { app, command } = setUp();
    expect(command('reveal-in-corpus-graph').checkCallback?.(true)).toBe(false);
    app.workspace.setActiveFile(app.vault.put('Elsewhere.canvas', ''));
    expect(command('reveal-in-corpus-graph').checkCallback?.(true)).toBe(false);
    app.workspace.setActiveFile(app.vault.getFileByPath('C/hub.md'));
    expect(command('reveal-in-corpus-graph').checkCallback?.(true)).toBe(true);
  });

  it('reveal the active note in the corpus graph, in one tab of the main area, focused on it', async () => {
    const { app, command } = setUp();
    app.workspace.setActiveFile(app.vault.getFileByPath('C/hub.md'));
    command('reveal-in-corpus-graph').checkCallback?.(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [leaf] = app.workspace.getLeavesOfType(VIEW_CORPUS_GRAPH);
    expect((leaf as unknown as { openedAs: unknown }).openedAs).toBe('tab');
    expect((leaf.view as unknown as CorpusGraphView).getState()).toMatchObject({ focus: 'C/hub.md' });
    app.workspace.setActiveFile(app.vault.getFileByPath('C/a.md'));
    command('reveal-in-corpus-graph').checkCallback?.(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.workspace.getLeavesOfType(VIEW_CORPUS_GRAPH)).toEqual([leaf]);
    expect((leaf.view as unknown as CorpusGraphView).getState()).toMatchObject({ focus: 'C/a.md' });
  });

  it('open the corpus health view in the side bar', async () => {
    const { app, command } = setUp();
    command('open-corpus-health').callback?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [leaf] = app.workspace.getLeavesOfType(VIEW_HEALTH);
    expect((leaf as unknown as { openedAs: unknown }).openedAs).toBe('right');
    expect(app.workspace.revealed).toContain(leaf);
  });

  it('open the export dialog, once the vault is read, and write nothing by that alone', () => {
    expect(setUp(false).command('export-corpus-graph').checkCallback?.(true)).toBe(false);
    const { app, command } = setUp();
    const files = app.vault.getFiles().length;
    expect(command('export-corpus-graph').checkCallback?.(false)).toBe(true);
    expect(openModals.at(-1)).toBeInstanceOf(ExportModal);
    expect(app.vault.getFiles()).toHaveLength(files);
  });
});
