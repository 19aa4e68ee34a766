/**
 * The commands about the whole corpus: open the corpus graph, reveal the active
 * note in it, open the corpus health view (also from the status-bar error count),
 * and export the corpus graph.
 */
import type { Plugin } from 'obsidian';
import { VIEW_HEALTH } from '../views/view-types';
import { ExportModal } from './export-command';
import { attachErrorStatus } from './health-status';
import { openCorpusGraph } from './open-corpus-graph';
import { openView } from './open-view';
import type { CorpusServices } from './services';

/** Registers the commands and the status-bar error count on the plugin. */
export function registerCorpusCommands(plugin: Plugin, services: CorpusServices): void {
  const { workspace } = plugin.app;
  const openHealth = (): Promise<void> => openView(workspace, VIEW_HEALTH);
  plugin.addCommand({ id: 'open-corpus-graph', name: 'Open corpus graph', callback: () => void openCorpusGraph(workspace, null) });
  plugin.addCommand({
    id: 'reveal-in-corpus-graph',
    name: 'Reveal active note in corpus graph',
    checkCallback: (checking) => {
      // Until the vault is read, asking the index would make it resolve everything at once.
      const file = workspace.getActiveFile();
      if (!services.ready || !file || !services.index.note(file.path)) return false;
      if (!checking) void openCorpusGraph(workspace, file.path);
      return true;
    },
  });
  plugin.addCommand({ id: 'open-corpus-health', name: 'Open corpus health', callback: () => void openHealth() });
  plugin.addCommand({
    id: 'export-corpus-graph',
    name: 'Export corpus graph…',
    checkCallback: (checking) => {
      if (!services.ready) return false;
      if (!checking) new ExportModal(plugin.app, services).open();
      return true;
    },
  });
  attachErrorStatus(plugin, plugin.addStatusBarItem(), services, openHealth);
}
