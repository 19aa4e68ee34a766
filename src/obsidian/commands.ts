/** The plugin's commands: open each view, copy the research prompt, check the corpus. */
import type { Plugin } from 'obsidian';
import { VIEW_BACKLINKS, VIEW_LINES, VIEW_NEIGHBOURHOOD } from '../views/view-types';
import { openView } from './open-view';
import type { PluginServices } from './plugin-services';

/** Registers the commands on the plugin. */
export function registerCommands(plugin: Plugin, services: PluginServices): void {
  const workspace = plugin.app.workspace;
  const views: [id: string, name: string, type: string][] = [
    ['open-neighbourhood', 'Open neighbourhood', VIEW_NEIGHBOURHOOD],
    ['open-inquiring-lines', 'Open inquiring lines', VIEW_LINES],
    ['open-source-backlinks', 'Open source back-links', VIEW_BACKLINKS],
  ];
  for (const [id, name, type] of views) {
    plugin.addCommand({ id, name, callback: () => void openView(workspace, type) });
  }
  plugin.addCommand({
    id: 'copy-research-prompt',
    name: 'Copy research prompt',
    checkCallback: (checking) => {
      // Until the vault is read, asking the index would make it resolve everything at once.
      const file = workspace.getActiveFile();
      if (!services.ready || !file || services.index.note(file.path)?.kind !== 'line') return false;
      if (!checking) void services.copyPrompt(file.path);
      return true;
    },
  });
  plugin.addCommand({ id: 'check-corpus', name: 'Check the corpus', callback: () => services.checkCorpus() });
}
