/**
 * Copying a line's research prompt: one action copies it; the preview setting
 * shows it first; a refusing clipboard gets the text selected in a modal instead.
 */
import { Notice, type App } from 'obsidian';
import { PromptModal } from '../views/prompt-modal';
import { REFUSED_MESSAGE, copiedMessage, writeClipboard } from './clipboard';

/** What is copied, and how. */
export interface PromptCopy {
  /** The prompt's text, exactly as `node dist/cli.js prompt` prints it. */
  text: string;
  /** The line's title, for the modal. */
  title: string;
  /** Show the text in a modal with a Copy button instead of copying at once. */
  preview: boolean;
}

/** Copies the prompt (or previews it); resolves once the clipboard has answered or the modal is open. */
export async function copyResearchPrompt(app: App, copy: PromptCopy): Promise<void> {
  if (copy.preview) {
    new PromptModal(app, { text: copy.text, title: copy.title, reason: 'preview', copy: writeClipboard }).open();
    return;
  }
  if (await writeClipboard(copy.text)) {
    new Notice(copiedMessage(copy.text));
    return;
  }
  new PromptModal(app, { text: copy.text, title: copy.title, reason: 'refused', copy: writeClipboard }).open();
  new Notice(REFUSED_MESSAGE);
}
