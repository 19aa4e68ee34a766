/**
 * The harness page's script (bundled for the browser by harness/server.ts): the
 * obsidian stub behind a `require('obsidian')` shim, the production main.js
 * loaded as Obsidian loads it, a fake app over a vault handed in as a script, and a
 * few controls so a person can try the views. Tests drive it through
 * `window.harness`.
 */
import type * as O from 'obsidian';
import { VIEW_BACKLINKS, VIEW_LINES, VIEW_NEIGHBOURHOOD } from '../../../src/views/view-types';
import * as obsidian from '../../stubs/obsidian';
import { renderControls } from './controls';
import { createApp, fileOf, startApp } from './fake-app';
import { MANIFEST, loadMainJs, loadPlugin } from './main-js';
import type { HarnessVault } from './vault-data';
import { WorkspaceDom, useWorkspaceDom } from './workspace-dom';

/** How a test or the playground starts the plugin. */
export interface BootOptions {
  /** The note opened once the layout is ready. */
  open?: string;
  theme?: 'light' | 'dark';
  /** View types opened in the right sidebar after start-up, in order (the last one is shown). */
  views?: string[];
  /** The plugin's saved data (data.json) before it loads. */
  data?: unknown;
}

/** What `window.harness` offers. */
export interface Harness {
  boot(vault: HarnessVault, options?: BootOptions): Promise<void>;
  /** True once `boot` finished. */
  booted: boolean;
  app: obsidian.App | null;
  plugin: obsidian.Plugin | null;
  /** Opens a note in the main area, as a click in the file explorer would. */
  open(path: string): Promise<void>;
  /** Opens (or reveals) a view of the given type in the right sidebar. */
  openView(type: string): Promise<void>;
  /** Runs a command of the plugin by id (with or without the plugin's prefix) or by name. */
  runCommand(idOrName: string): Promise<void>;
  commands(): { id: string; name: string }[];
  activeFile(): string | null;
  notices(): string[];
  setTheme(theme: 'light' | 'dark'): void;
}

declare global {
  interface Window {
    harness: Harness;
    /** The example vault, set by /vault.js. */
    harnessExampleVault: HarnessVault;
    /** A vault a test made, set by the /test-vault.js its session serves. */
    harnessTestVault: HarnessVault;
  }
}

/** Shows notices on screen too (the stub only records them), so a person trying the playground sees them. */
function showNotices(): void {
  const setMessage = obsidian.Notice.prototype.setMessage;
  obsidian.Notice.prototype.setMessage = function (this: obsidian.Notice, message: string | DocumentFragment) {
    setMessage.call(this, message);
    const area = document.querySelector('.harness-notices') ?? document.body.createDiv({ cls: 'harness-notices' });
    const notice = area.createDiv({ cls: 'notice', text: typeof message === 'string' ? message : (message.textContent ?? '') });
    window.setTimeout(() => notice.remove(), 4000);
    return this;
  };
}

const harness: Harness = {
  booted: false,
  app: null,
  plugin: null,

  async boot(vault, options = {}) {
    if (this.app) throw new Error('The harness boots once per page load');
    this.setTheme(options.theme ?? 'light');
    const app = createApp(vault);
    this.app = app;
    const root = document.getElementById('harness-root') ?? document.body.createDiv({ attr: { id: 'harness-root' } });
    useWorkspaceDom(new WorkspaceDom(app, root));
    const PluginClass = await loadMainJs();
    const plugin = new PluginClass(app as unknown as O.App, MANIFEST);
    if (options.data !== undefined) plugin.savedData = JSON.stringify(options.data);
    this.plugin = plugin;
    await loadPlugin(plugin);
    startApp(app);
    if (options.open) await this.open(options.open);
    for (const type of options.views ?? []) await this.openView(type);
    renderControls(this, vault);
    this.booted = true;
  },

  async open(path) {
    const app = this.app;
    if (!app) throw new Error('Boot the harness first');
    await (app.workspace.getLeaf(false) as unknown as { openFile(file: obsidian.TFile): Promise<void> }).openFile(fileOf(app, path));
  },

  async openView(type) {
    const workspace = this.app?.workspace;
    if (!workspace) throw new Error('Boot the harness first');
    let leaf = workspace.getLeavesOfType(type)[0];
    if (!leaf) {
      leaf = workspace.getRightLeaf(false);
      await (leaf as unknown as { setViewState(state: O.ViewState): Promise<void> }).setViewState({ type, active: true });
    }
    await workspace.revealLeaf(leaf);
  },

  async runCommand(idOrName) {
    const plugin = this.plugin;
    if (!plugin) throw new Error('Boot the harness first');
    const prefixed = `${MANIFEST.id}:${idOrName}`;
    const command = plugin.commands.find((c) => c.id === idOrName || c.id === prefixed || c.name === idOrName);
    if (!command) throw new Error(`No command "${idOrName}"; the plugin has: ${plugin.commands.map((c) => c.id).join(', ')}`);
    if (command.callback) {
      await command.callback();
    } else if (command.checkCallback) {
      if (!command.checkCallback(true)) throw new Error(`Command "${idOrName}" is not available now`);
      command.checkCallback(false);
    } else {
      throw new Error(`Command "${idOrName}" has neither callback nor checkCallback`);
    }
  },

  commands() {
    return (this.plugin?.commands ?? []).map((c) => ({ id: c.id, name: c.name }));
  },

  activeFile() {
    return this.app?.workspace.getActiveFile()?.path ?? null;
  },

  notices() {
    return [...obsidian.noticeMessages];
  },

  setTheme(theme) {
    document.body.toggleClass('theme-dark', theme === 'dark');
    document.body.toggleClass('theme-light', theme !== 'dark');
  },
};

window.harness = harness;
showNotices();

/** The playground boots the example vault (from /vault.js) unless the address says `?boot=manual` (what tests use). */
async function autoBoot(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  if (params.get('boot') === 'manual') return;
  const vault = window.harnessExampleVault;
  const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
  // The three sidebar views by default, the neighbourhood in front; `?view=TYPE` (repeatable) picks others.
  const views = params.has('view') ? params.getAll('view') : [VIEW_BACKLINKS, VIEW_LINES, VIEW_NEIGHBOURHOOD];
  await harness.boot(vault, { open: params.get('note') ?? 'Lines/Post-training.md', theme, views });
}

autoBoot().catch((error: unknown) => {
  document.body.createEl('pre', { cls: 'harness-error', text: `The playground could not start: ${String(error)}` });
  throw error;
});
