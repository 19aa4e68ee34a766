/** Writing to the system clipboard, and what the plugin says about it. */
import { formatCount } from '../core/prompt/text';

/** Writes `text` to the clipboard; false when there is no clipboard or it refuses (no permission, no focus). */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (typeof clipboard?.writeText !== 'function') return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The notice after a copy, e.g. `Research prompt copied (1,234 characters)`. */
export function copiedMessage(text: string): string {
  return `Research prompt copied (${formatCount(text.length)} characters)`;
}

/** What to do when the clipboard refused: the text is selected, so the keyboard can copy it. */
export const REFUSED_MESSAGE = 'The clipboard refused the research prompt. It is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.';
