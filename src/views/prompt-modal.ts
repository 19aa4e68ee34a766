/**
 * The research prompt in a modal: shown before copying when the settings ask for
 * a preview, or selected for the keyboard when the clipboard refused it.
 */
import { ButtonComponent, Modal, Notice, type App } from 'obsidian';
import { formatCount } from '../core/prompt/text';
import { REFUSED_MESSAGE, copiedMessage } from '../obsidian/clipboard';

/** What the modal shows and why. */
export interface PromptModalOptions {
  /** The prompt's text. */
  text: string;
  /** The line's title. */
  title: string;
  /** `preview`: before copying; `refused`: the clipboard said no, so the text is selected for Ctrl/Cmd-C. */
  reason: 'preview' | 'refused';
  /** Writes to the clipboard; false when it refuses. */
  copy: (text: string) => Promise<boolean>;
}

/** The modal; its text area is read-only, so what is copied is always the prompt as made. */
export class PromptModal extends Modal {
  private area: HTMLTextAreaElement | null = null;
  private messageEl: HTMLElement | null = null;

  constructor(app: App, private readonly options: PromptModalOptions) {
    super(app);
  }

  override onOpen(): void {
    const { text, title, reason } = this.options;
    this.titleEl.setText('Research prompt');
    this.contentEl.addClass('inquiring-lines-prompt-modal');
    this.messageEl = this.contentEl.createEl('p', {
      text: reason === 'preview' ? `The prompt of "${title}", as it will be copied.` : REFUSED_MESSAGE,
    });
    this.area = this.contentEl.createEl('textarea', {
      cls: 'inquiring-lines-prompt-text',
      attr: { readonly: true, rows: 16, spellcheck: false, 'aria-label': `Research prompt of ${title}` },
    });
    this.area.value = text;
    this.contentEl.createEl('p', { cls: 'inquiring-lines-prompt-size', text: `${formatCount(text.length)} characters` });
    const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
    new ButtonComponent(buttons).setButtonText('Copy').setCta().onClick(() => void this.copyText());
    new ButtonComponent(buttons).setButtonText('Close').onClick(() => this.close());
    if (reason === 'refused') this.selectText();
  }

  override onClose(): void {
    this.contentEl.empty();
    this.area = null;
    this.messageEl = null;
  }

  /** Selects the whole prompt, so Ctrl/Cmd-C copies it. */
  private selectText(): void {
    this.area?.focus();
    this.area?.select();
  }

  private async copyText(): Promise<void> {
    const { text, copy } = this.options;
    if (await copy(text)) {
      new Notice(copiedMessage(text));
      this.close();
      return;
    }
    this.messageEl?.setText(REFUSED_MESSAGE);
    this.selectText();
    new Notice(REFUSED_MESSAGE);
  }
}
