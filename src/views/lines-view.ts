/**
 * The inquiring lines view. For a concept or a paper: the lines that draw on it,
 * each ready to copy as a research prompt. For a line: its sources in order with
 * what they say, the lines to read next, and its prompt.
 */
import { lines, next, sources } from '../core/queries/sources';
import type { LineNote } from '../core/types';
import { CorpusView, type CorpusNote } from './corpus-view';
import { renderNoteLink } from './note-link';
import { renderMuted, renderNoteHeader, renderSection } from './view-parts';
import { VIEW_LINES } from './view-types';

/** The lines of the active note, or the active line itself. */
export class LinesView extends CorpusView {
  override getViewType(): string {
    return VIEW_LINES;
  }

  override getDisplayText(): string {
    return 'Inquiring lines';
  }

  override getIcon(): string {
    return 'list-tree';
  }

  protected override onAction(action: string, target: HTMLElement): void {
    const path = target.dataset.path;
    if (action === 'copy-prompt' && path) void this.services.copyPrompt(path);
  }

  protected override renderNote(parent: HTMLElement, note: CorpusNote): void {
    this.contentEl.addClass('inquiring-lines-lines');
    renderNoteHeader(parent, note);
    if (note.kind === 'line') this.renderLine(parent, note);
    else this.renderLinesUsing(parent, note);
  }

  /** A "Copy research prompt" button for the line at `path`. */
  private renderCopyButton(parent: HTMLElement, path: string): void {
    parent.createEl('button', { cls: 'inquiring-lines-copy', text: 'Copy research prompt', attr: { 'data-action': 'copy-prompt', 'data-path': path } });
  }

  private renderLinesUsing(parent: HTMLElement, note: CorpusNote): void {
    const found = lines(this.services.index, note.path);
    const heading = note.kind === 'paper' ? 'Inquiring lines that draw on this paper' : 'Inquiring lines that use this note as a source';
    const section = renderSection(parent, heading, found.length, 'inquiring-lines-using');
    if (found.length === 0) {
      const why = note.kind === 'paper' ? 'No line draws on a concept that cites this paper.' : 'No inquiring line uses this note as a source yet.';
      renderMuted(section, why, 'inquiring-lines-empty');
      return;
    }
    const list = section.createEl('ul', { cls: 'inquiring-lines-list' });
    for (const line of found) {
      const row = list.createEl('li', { cls: 'inquiring-lines-item' });
      renderNoteLink(row, line);
      renderMuted(row, line.gloss, 'inquiring-lines-gloss');
      if (line.through?.length) renderMuted(row, `Through ${line.through.join(', ')}`, 'inquiring-lines-through');
      this.renderCopyButton(row, line.path);
    }
  }

  private renderLine(parent: HTMLElement, line: LineNote): void {
    const index = this.services.index;
    const cited = sources(index, line.path);
    const section = renderSection(parent, 'Sources', cited.length, 'inquiring-lines-sources');
    if (cited.length === 0) {
      renderMuted(section, 'This line has no sources yet: list concepts under “sources”, or link them in its text.', 'inquiring-lines-empty');
    } else {
      const list = section.createEl('ol', { cls: 'inquiring-lines-list' });
      for (const source of cited) {
        const row = list.createEl('li', { cls: 'inquiring-lines-item inquiring-lines-source' });
        renderNoteLink(row, source);
        renderMuted(row, source.question, 'inquiring-lines-question');
        renderMuted(row, source.claim ? `Claim: ${source.claim}` : undefined, 'inquiring-lines-claim');
        renderMuted(row, source.summary, 'inquiring-lines-summary');
      }
    }
    const following = next(index, line.path);
    if (following.length > 0) {
      const nextList = renderSection(parent, 'Next lines', following.length, 'inquiring-lines-next').createEl('ul', { cls: 'inquiring-lines-list' });
      for (const item of following) renderNoteLink(nextList.createEl('li', { cls: 'inquiring-lines-item' }), item);
    }
    this.renderPrompt(parent, line.path);
  }

  private renderPrompt(parent: HTMLElement, path: string): void {
    const section = renderSection(parent, 'Research prompt', undefined, 'inquiring-lines-prompt');
    this.renderCopyButton(section, path);
    const text = this.services.promptFor(path);
    if (text === null) return;
    const details = section.createEl('details', { cls: 'inquiring-lines-prompt-preview' });
    details.createEl('summary', { text: 'Preview' });
    details.createEl('pre', { cls: 'inquiring-lines-prompt-preview-text', text });
  }
}
