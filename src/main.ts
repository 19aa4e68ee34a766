/**
 * Inquiring Lines: lifecycle only. Settings are loaded, the live index, views,
 * commands and the settings tab registered; the index starts reading once the
 * layout is ready, and everything is released by Obsidian on unload.
 */
import { Plugin } from 'obsidian';
import { registerCommands } from './obsidian/commands';
import { registerCorpusCommands } from './obsidian/corpus-commands';
import { LiveIndex } from './obsidian/live-index';
import { openView } from './obsidian/open-view';
import { PluginServices } from './obsidian/plugin-services';
import { corpusOptionsOf, migrateSettings, sameCorpus, type InquiringLinesSettings } from './settings';
import { InquiringLinesSettingTab } from './settings-tab';
import { BacklinksView } from './views/backlinks-view';
import { CorpusGraphView } from './views/corpus-graph-view';
import { HealthView } from './views/health-view';
import { LinesView } from './views/lines-view';
import { NeighbourhoodView } from './views/neighbourhood-view';
import { HOVER_SOURCES, VIEW_BACKLINKS, VIEW_CORPUS_GRAPH, VIEW_HEALTH, VIEW_LINES, VIEW_NEIGHBOURHOOD } from './views/view-types';

/** The plugin. */
export default class InquiringLinesPlugin extends Plugin {
  /** The current settings; replaced whole on every change, never mutated. */
  settings: Readonly<InquiringLinesSettings> = migrateSettings(null);
  /** What the views and the settings tab use; built in `onload`. */
  services!: PluginServices;
  private live!: LiveIndex;

  override async onload(): Promise<void> {
    this.settings = migrateSettings(await this.loadData());
    this.live = this.addChild(new LiveIndex(this.app, this.addStatusBarItem(), corpusOptionsOf(this.settings)));
    const services = (this.services = new PluginServices(this.app, this.live, () => this.settings));

    this.registerView(VIEW_NEIGHBOURHOOD, (leaf) => new NeighbourhoodView(leaf, services));
    this.registerView(VIEW_LINES, (leaf) => new LinesView(leaf, services));
    this.registerView(VIEW_BACKLINKS, (leaf) => new BacklinksView(leaf, services));
    this.registerView(VIEW_CORPUS_GRAPH, (leaf) => new CorpusGraphView(leaf, services));
    this.registerView(VIEW_HEALTH, (leaf) => new HealthView(leaf, services));
    for (const source of HOVER_SOURCES) this.registerHoverLinkSource(source.id, { display: source.display, defaultMod: source.defaultMod });
    registerCommands(this, services);
    registerCorpusCommands(this, services);
    this.addRibbonIcon('waypoints', 'Open neighbourhood', () => void openView(this.app.workspace, VIEW_NEIGHBOURHOOD));
    this.addSettingTab(new InquiringLinesSettingTab(this.app, this));
  }

  /** Checks, applies and saves a settings change; a new corpus key or exclusion rebuilds the index shortly after. */
  async updateSettings(patch: Partial<InquiringLinesSettings>): Promise<void> {
    const before = this.settings;
    this.settings = migrateSettings({ ...before, ...patch });
    await this.saveData(this.settings);
    if (!sameCorpus(before, this.settings)) this.live.configureSoon(corpusOptionsOf(this.settings));
    this.live.touch();
  }
}
