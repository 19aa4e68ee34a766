/**
 * What the three views share: they follow the active note, listen to the index,
 * and redraw only when they are visible and something they show has changed
 * (the revision, the note, their own options or the settings). A hidden view
 * just falls behind and catches up when it is shown again.
 */
import type { Note } from '../core/types';
import { CorpusWideView } from './corpus-wide-view';
import { renderEmptyState } from './view-parts';

/** A note of the corpus (not a plain note). */
export type CorpusNote = Exclude<Note, { kind: 'note' }>;

/** The base class of the views that follow the active note. */
export abstract class CorpusView extends CorpusWideView {
  /** The note the view follows: the last note opened in the workspace. */
  protected followed: string | null = null;

  /** Draws the note the view is about, which is in the corpus and indexed. */
  protected abstract renderNote(parent: HTMLElement, note: CorpusNote): void;

  override onOpen(): Promise<void> {
    this.followed = this.app.workspace.getActiveFile()?.path ?? null;
    const workspace = this.app.workspace;
    this.registerEvent(workspace.on('file-open', (file) => this.follow(file?.path ?? null)));
    this.registerEvent(
      workspace.on('active-leaf-change', (leaf) => {
        // Focusing this view must not make it lose the note it shows.
        if (leaf === this.leaf) return;
        const file = workspace.getActiveFile();
        if (file) this.follow(file.path);
        else this.refresh();
      }),
    );
    return super.onOpen();
  }

  /** The note the view is about; the neighbourhood view may have walked away from the followed one. */
  protected subject(): string | null {
    return this.followed;
  }

  /** Called when the followed note changes, before the redraw. */
  protected onFollow(): void {
    // Views that keep per-note state reset it here.
  }

  /** The note it shows counts too. */
  protected override renderKey(): string {
    const { revision, ready } = this.services;
    return JSON.stringify([revision, ready, this.subject(), this.optionsKey(), this.services.settings()]);
  }

  private follow(path: string | null): void {
    if (path === this.followed) return;
    this.followed = path;
    this.onFollow();
    this.refresh();
  }

  /** Draws the view: an empty state, or the note. */
  protected render(): void {
    const parent = this.contentEl;
    parent.empty();
    if (!this.services.ready) {
      renderEmptyState(parent, 'Indexing the corpus…');
      return;
    }
    const path = this.subject();
    if (path === null) {
      renderEmptyState(parent, 'No active note. Open a note of the corpus to see it here.');
      return;
    }
    const note = this.services.index.note(path);
    if (!note || note.kind === 'note') {
      const key = this.services.settings().corpusKey;
      const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
      renderEmptyState(parent, `“${name}” is outside the corpus. A note joins it with the property “${key}” set to concept, line or paper.`);
      return;
    }
    this.renderNote(parent, note);
  }
}
