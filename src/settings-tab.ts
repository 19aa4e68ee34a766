/** The settings tab: corpus, neighbourhood and research prompt, with a live preview of the prompt. */
import { PluginSettingTab, Setting, type App, type Plugin, type TextComponent } from 'obsidian';
import { checkTemplate, DEFAULT_TEMPLATE } from './core/prompt';
import type { CorpusServices } from './obsidian/services';
import { migrateSettings, splitList, type InquiringLinesSettings } from './settings';

/** What the tab needs from the plugin. */
export interface SettingsHost extends Plugin {
  readonly settings: Readonly<InquiringLinesSettings>;
  readonly services: CorpusServices;
  /** Checks, applies and saves a change. */
  updateSettings(patch: Partial<InquiringLinesSettings>): Promise<void>;
}

type NumberField = 'neighbourhoodLimit' | 'hubDegree' | 'maxAnchors' | 'maxPromptChars' | 'graphNodeCap';

/** One row, in the shape of Obsidian 1.13's declarative settings (`getSettingDefinitions`); older apps draw it in `display`. */
export interface SettingRow {
  name: string;
  desc: string;
  /** Adds the row's controls to the `Setting` that shows its name and description. */
  render: (setting: Setting) => void;
}

/** A headed group of rows, as the declarative settings group them. */
export interface SettingGroup {
  type: 'group';
  heading: string;
  items: SettingRow[];
}

/**
 * The tab. Its rows are described once: Obsidian 1.13 and later draw them (and
 * index them for the settings search) from `getSettingDefinitions`, older
 * versions through `display`.
 */
export class InquiringLinesSettingTab extends PluginSettingTab {
  private previewEl: HTMLElement | null = null;
  private previewTitleEl: HTMLElement | null = null;
  private messagesEl: HTMLElement | null = null;
  private templateEl: HTMLTextAreaElement | null = null;

  constructor(app: App, private readonly host: SettingsHost) {
    super(app, host);
  }

  /** The rows, grouped under their headings. */
  getSettingDefinitions(): SettingGroup[] {
    return [
      { type: 'group', heading: 'Corpus', items: this.corpusRows() },
      { type: 'group', heading: 'Neighbourhood', items: this.neighbourhoodRows() },
      { type: 'group', heading: 'Research prompt', items: this.promptRows() },
      {
        type: 'group',
        heading: 'Corpus graph',
        items: [this.numberRow('graphNodeCap', 'Node cap', 'Most notes drawn in the corpus graph; past it, the best-linked notes are kept and the cap is said on screen.')],
      },
    ];
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    containerEl.addClass('inquiring-lines-settings');
    for (const group of this.getSettingDefinitions()) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const row of group.items) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc));
    }
    this.refreshPreview();
  }

  override hide(): void {
    this.containerEl.empty();
    this.previewEl = this.previewTitleEl = this.messagesEl = this.templateEl = null;
  }

  private get settings(): Readonly<InquiringLinesSettings> {
    return this.host.settings;
  }

  private save(patch: Partial<InquiringLinesSettings>): Promise<void> {
    return this.host.updateSettings(patch);
  }

  private corpusRows(): SettingRow[] {
    return [
      {
        name: 'Front-matter key',
        desc: 'The property that marks a corpus note; its value is concept, line or paper.',
        render: (setting) => {
          setting.addText((text) => text
            .setPlaceholder('Example: corpus')
            .setValue(this.settings.corpusKey)
            .onChange(async (value) => {
              // An empty key would make every note a plain one; keep the last one until a name is typed.
              if (value.trim() !== '') await this.save({ corpusKey: value.trim() });
            }));
        },
      },
      {
        name: 'Excluded folders',
        desc: 'Notes in these folders stay out of the corpus. One per line, or separated by commas.',
        render: (setting) => {
          setting.addTextArea((area) => area
            .setPlaceholder('Example: archive')
            .setValue(this.settings.excludeFolders.join('\n'))
            .onChange((value) => this.save({ excludeFolders: splitList(value) })));
        },
      },
      {
        name: 'Excluded tags',
        desc: 'Notes with one of these tags stay out of the corpus. One per line, or separated by commas; the # is optional.',
        render: (setting) => {
          setting.addTextArea((area) => area
            .setPlaceholder('Example: draft')
            .setValue(this.settings.excludeTags.join('\n'))
            .onChange((value) => this.save({ excludeTags: splitList(value) })));
        },
      },
    ];
  }

  private neighbourhoodRows(): SettingRow[] {
    return [
      {
        name: 'Depth',
        desc: 'Hops from the open note, from 1 to 3.',
        render: (setting) => {
          setting.addSlider((slider) => slider
            .setLimits(1, 3, 1)
            .setValue(this.settings.neighbourhoodDepth)
            .setDynamicTooltip()
            .onChange((value) => this.save({ neighbourhoodDepth: value })));
        },
      },
      this.numberRow('neighbourhoodLimit', 'Notes shown', 'Most notes in the neighbourhood.'),
      this.numberRow('hubDegree', 'Hub damping', 'A note with at least this many links is a hub: it is listed, ranked lower and not walked through.'),
    ];
  }

  private promptRows(): SettingRow[] {
    return [
      {
        name: 'Template',
        desc: 'Slots such as {{findings}} are filled from the line; {{#anchors}}…{{/anchors}} keeps its text only when there are anchors.',
        render: (setting) => {
          setting.setClass('inquiring-lines-template-setting');
          setting.addTextArea((text) => {
            this.templateEl = text.inputEl;
            text.inputEl.rows = 14;
            text.inputEl.addClass('inquiring-lines-template');
            text.setValue(this.settings.promptTemplate).onChange(async (value) => {
              await this.save({ promptTemplate: value });
              this.refreshPreview();
            });
          });
          setting.addButton((button) => button.setButtonText('Reset to default').onClick(async () => {
            if (this.templateEl) this.templateEl.value = DEFAULT_TEMPLATE;
            await this.save({ promptTemplate: DEFAULT_TEMPLATE });
            this.refreshPreview();
          }));
          this.messagesEl = setting.infoEl.createDiv({ cls: 'inquiring-lines-template-messages' });
        },
      },
      {
        name: 'Preview',
        desc: 'The prompt of the open line, or of the first line of the corpus, with the template as it stands.',
        render: (setting) => {
          setting.setClass('inquiring-lines-template-preview');
          this.previewTitleEl = setting.infoEl.createDiv({ cls: 'inquiring-lines-template-preview-title' });
          this.previewEl = setting.infoEl.createEl('pre', { cls: 'inquiring-lines-template-preview-text' });
          this.refreshPreview();
        },
      },
      this.numberRow('maxAnchors', 'Anchor papers', 'Most anchor papers listed in a prompt.'),
      this.numberRow('maxPromptChars', 'Prompt size cap', 'Most characters in a prompt; findings and anchors are left out in turns to fit, and the prompt says so. 0 for no cap.'),
      {
        name: 'Preview before copying',
        desc: 'Show the prompt in a window with a copy button instead of copying it at once.',
        render: (setting) => {
          setting.addToggle((toggle) => toggle
            .setValue(this.settings.previewBeforeCopy)
            .onChange((value) => this.save({ previewBeforeCopy: value })));
        },
      },
    ];
  }

  /** A whole-number setting in a text box; a value out of range or not a number is marked and not saved. */
  private numberRow(field: NumberField, name: string, desc: string): SettingRow {
    return {
      name,
      desc,
      render: (setting) => {
        setting.addText((text: TextComponent) => {
          text.inputEl.type = 'number';
          text.setValue(String(this.settings[field])).onChange(async (value) => {
            const n = Number(value);
            // Checked by the same rules as saved data: a value they would change is refused.
            const valid = value.trim() !== '' && Number.isInteger(n) && migrateSettings({ [field]: n })[field] === n;
            text.inputEl.toggleClass('is-invalid', !valid);
            if (!valid) return;
            await this.save({ [field]: n });
            this.refreshPreview();
          });
        });
      },
    };
  }

  /** The line the preview shows: the active note when it is a line, else the corpus's first line by path. */
  private previewLine(): string | null {
    const index = this.host.services.index;
    const active = this.app.workspace.getActiveFile()?.path;
    if (active && index.note(active)?.kind === 'line') return active;
    let first: string | null = null;
    for (const note of index.allNotes()) if (note.kind === 'line' && (first === null || note.path < first)) first = note.path;
    return first;
  }

  /** Redraws the template's messages and the preview of the prompt. */
  private refreshPreview(): void {
    const { messagesEl, previewEl, previewTitleEl } = this;
    if (messagesEl) {
      messagesEl.empty();
      for (const message of checkTemplate(this.settings.promptTemplate)) {
        messagesEl.createDiv({ cls: 'inquiring-lines-template-message', text: message });
      }
    }
    if (!previewEl || !previewTitleEl) return;
    const services = this.host.services;
    // Until the vault is read, asking the index would make it resolve everything at once.
    const path = services.ready ? this.previewLine() : null;
    if (path === null) {
      previewTitleEl.setText(services.ready ? 'No inquiring line in the corpus yet.' : 'The vault is still being read.');
      previewEl.setText('');
      return;
    }
    previewTitleEl.setText(`Prompt of "${services.index.note(path)?.title ?? path}"`);
    previewEl.setText(services.promptFor(path) ?? '');
  }
}
