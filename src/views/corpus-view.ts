/**
 * What the three views share: they follow the active note, listen to the index,
 * and redraw only when they are visible and something they show has changed
 * (the revision, the note, their own options or the settings). A hidden view
 * just falls behind and catches up when it is shown again.
 */
import { ItemView, type HoverPopover, type WorkspaceLeaf } from 'obsidian';
import type { Note } from '../core/types';
import type { CorpusServices } from '../obsidian/services';
import { elementOf, handleNoteLinks } from './note-link';
import { renderEmptyState } from './view-parts';

/** A note of the corpus (not a plain note). */
export type CorpusNote = Exclude<Note, { kind: 'note' }>;

/** The base class of the plugin's views. */
export abstract class CorpusView extends ItemView {
  /** Obsidian's hover preview keeps its popover here. */
  hoverPopover: HoverPopover | null = null;
  /** The note the view follows: the last note opened in the workspace. */
  protected followed: string | null = null;
  /** What the view showed when it last drew; `null` until it draws. */
  private drawnKey: string | null = null;

  constructor(leaf: WorkspaceLeaf, protected readonly services: CorpusServices) {
    super(leaf);
  }

  /** Draws the note the view is about, which is in the corpus and indexed. */
  protected abstract renderNote(parent: HTMLElement, note: CorpusNote): void;

  override onOpen(): Promise<void> {
    this.contentEl.addClass('inquiring-lines-view');
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
    // A sidebar tab coming to the front changes the layout: the time to catch up.
    this.registerEvent(workspace.on('layout-change', () => this.refresh()));
    const ref = this.services.onUpdate(() => this.refresh());
    this.register(() => this.services.offref(ref));
    handleNoteLinks(this, this.contentEl, this.services);
    this.registerDomEvent(this.contentEl, 'click', (event) => this.dispatchAction(event));
    this.registerDomEvent(this.contentEl, 'keydown', (event) => {
      const target = elementOf(event.target);
      // Buttons turn Enter into a click themselves; graph nodes do not.
      if ((event.key === 'Enter' || event.key === ' ') && target?.tagName.toLowerCase() !== 'button') this.dispatchAction(event);
    });
    this.registerDomEvent(this.contentEl, 'change', (event) => {
      const control = elementOf(event.target)?.closest<HTMLSelectElement>('select[data-control]');
      if (control?.dataset.control) this.onControl(control.dataset.control, control.value);
    });
    this.refresh();
    return Promise.resolve();
  }

  override onClose(): Promise<void> {
    this.contentEl.empty();
    this.drawnKey = null;
    return Promise.resolve();
  }

  /** Obsidian calls this when the view is resized, which includes being shown again. */
  override onResize(): void {
    this.refresh();
  }

  /** Redraws if the view is visible and what it shows has changed since it last drew. */
  refresh(): void {
    if (!this.containerEl.isShown()) return;
    const key = this.renderKey();
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.render();
  }

  /** The note the view is about; the neighbourhood view may have walked away from the followed one. */
  protected subject(): string | null {
    return this.followed;
  }

  /** The view's own options, as text: a change of it redraws the view. */
  protected optionsKey(): string {
    return '';
  }

  /** Called when the followed note changes, before the redraw. */
  protected onFollow(): void {
    // Views that keep per-note state reset it here.
  }

  /** Answers a click (or Enter) on an element with `data-action`. */
  protected onAction(_action: string, _target: HTMLElement, _event: MouseEvent | KeyboardEvent): void {
    // Views with buttons override.
  }

  /** Answers a change of a `<select data-control>`. */
  protected onControl(_control: string, _value: string): void {
    // Views with controls override.
  }

  private follow(path: string | null): void {
    if (path === this.followed) return;
    this.followed = path;
    this.onFollow();
    this.refresh();
  }

  private renderKey(): string {
    const { revision, ready } = this.services;
    return JSON.stringify([revision, ready, this.subject(), this.optionsKey(), this.services.settings()]);
  }

  private dispatchAction(event: MouseEvent | KeyboardEvent): void {
    const target = elementOf(event.target)?.closest<HTMLElement>('[data-action]');
    const action = target?.dataset.action;
    if (!target || !action || !this.contentEl.contains(target)) return;
    event.preventDefault();
    this.onAction(action, target, event);
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
