/**
 * "Export corpus graph…": a dialog asks for the format and the vault path, and
 * the file is written only when the user confirms; a file already there is
 * replaced only after a second, explicit confirmation.
 */
import { Modal, Notice, Setting, type App, type ButtonComponent, type TextComponent } from 'obsidian';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export';
import { countOf } from '../core/prompt/text';
import { DEFAULT_EXPORT_PATH, exportExists, exportTarget, formatOfPath, withFormat, writeExport, type ExportWritten } from './export-file';
import type { CorpusServices } from './services';

/** What each format is called on its button. */
const FORMAT_NAMES: Record<ExportFormat, string> = { json: 'JSON (graphology)', gexf: 'GEXF 1.3 (Gephi)' };

/** The notice after a write, e.g. `Exported 52 notes and 97 links to corpus-graph.gexf.` */
export function exportNotice(written: ExportWritten): string {
  return `Exported ${countOf(written.notes, 'note', 'notes')} and ${countOf(written.links, 'link', 'links')} to ${written.path}.`;
}

/** The dialog. */
export class ExportModal extends Modal {
  private format: ExportFormat = formatOfPath(DEFAULT_EXPORT_PATH) ?? 'gexf';
  /** The path the user agreed to replace; any edit of the path takes the agreement back. */
  private replacing: string | null = null;
  private busy = false;
  private text!: TextComponent;
  private confirm!: ButtonComponent;
  private messageEl!: HTMLElement;
  private readonly formatButtons = new Map<ExportFormat, HTMLButtonElement>();

  constructor(app: App, private readonly services: CorpusServices) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('Export corpus graph');
    const content = this.contentEl;
    content.addClass('inquiring-lines-export');
    content.createEl('p', {
      text: 'Writes the corpus graph, with the notes that link to or from it, as a file that graph tools and graph databases can read. Nothing is written until you confirm.',
    });
    new Setting(content).setName('Format').then((setting) => {
      for (const format of EXPORT_FORMATS) {
        const button = setting.controlEl.createEl('button', { text: FORMAT_NAMES[format], attr: { 'data-format': format } });
        button.addEventListener('click', () => this.chooseFormat(format));
        this.formatButtons.set(format, button);
      }
    });
    new Setting(content).setName('File in the vault').addText((text) => {
      this.text = text;
      text.setValue(DEFAULT_EXPORT_PATH).onChange((value) => this.onPathEdited(value));
      text.inputEl.setAttr('data-export-path', '');
    });
    this.messageEl = content.createDiv({ cls: 'inquiring-lines-export-message', attr: { 'aria-live': 'polite' } });
    new Setting(content)
      .addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((button) => {
        this.confirm = button.setButtonText('Export').setCta().onClick(() => void this.submit());
        button.buttonEl.setAttr('data-action', 'export');
      });
    this.drawFormat();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private chooseFormat(format: ExportFormat): void {
    this.format = format;
    this.text.setValue(withFormat(this.text.getValue(), format));
    this.onPathEdited(this.text.getValue());
  }

  private onPathEdited(value: string): void {
    this.format = formatOfPath(value) ?? this.format;
    this.replacing = null;
    this.say('');
    this.drawFormat();
  }

  private drawFormat(): void {
    for (const [format, button] of this.formatButtons) {
      button.toggleClass('mod-cta', format === this.format);
      button.setAttr('aria-pressed', String(format === this.format));
    }
    this.confirm.setButtonText(this.replacing ? 'Replace' : 'Export');
    this.confirm.buttonEl.toggleClass('mod-warning', this.replacing !== null);
  }

  private say(text: string, warning = false): void {
    this.messageEl.setText(text);
    this.messageEl.toggleClass('mod-warning', warning);
  }

  /** The confirm button: checks the path, asks once more before replacing a file, then writes. */
  private async submit(): Promise<void> {
    if (this.busy) return;
    const vault = this.app.vault;
    const target = exportTarget(vault, this.text.getValue(), this.format);
    if (!target.ok) {
      this.say(target.reason, true);
      return;
    }
    const exists = exportExists(vault, target.path);
    if (exists && this.replacing !== target.path) {
      this.replacing = target.path;
      this.say(`“${target.path}” already exists. Choose Replace to overwrite it, or change the name.`, true);
      this.drawFormat();
      return;
    }
    this.busy = true;
    try {
      const written = await writeExport(vault, this.services.index.graph(), target.path, this.format, exists);
      new Notice(exportNotice(written));
      this.close();
    } catch (error) {
      this.say(`Could not write the export: ${error instanceof Error ? error.message : String(error)}`, true);
    } finally {
      this.busy = false;
    }
  }
}
