/**
 * The base of every view of the plugin. It listens to the index and redraws only
 * when it is visible and the revision, the readiness, the settings or its own
 * options moved; a hidden view falls behind and catches up when shown. The views
 * about the whole corpus (the graph, the health view) use it as it is; the views
 * that follow a note (CorpusView) add the note to what they compare.
 */
import { ItemView, type HoverPopover, type WorkspaceLeaf } from 'obsidian';
import type { CorpusServices } from '../obsidian/services';
import { elementOf, handleNoteLinks } from './note-link';

/** A corpus-wide view. */
export abstract class CorpusWideView extends ItemView {
  /** Obsidian's hover preview keeps its popover here. */
  hoverPopover: HoverPopover | null = null;
  /** What the view showed when it last drew; `null` until it draws. */
  private drawnKey: string | null = null;

  constructor(leaf: WorkspaceLeaf, protected readonly services: CorpusServices) {
    super(leaf);
  }

  /** Draws the view (the index may still be loading: see `services.ready`). */
  protected abstract render(): void;

  override onOpen(): Promise<void> {
    this.contentEl.addClass('inquiring-lines-view');
    // A sidebar tab coming to the front changes the layout: the time to catch up.
    this.registerEvent(this.app.workspace.on('layout-change', () => this.refresh()));
    const ref = this.services.onUpdate(() => this.refresh());
    this.register(() => this.services.offref(ref));
    handleNoteLinks(this, this.contentEl, this.services);
    this.registerDomEvent(this.contentEl, 'click', (event) => this.dispatchAction(event));
    this.registerDomEvent(this.contentEl, 'keydown', (event) => {
      const target = elementOf(event.target);
      // Buttons turn Enter into a click themselves; rows with a role do not.
      const tag = target?.tagName.toLowerCase();
      if ((event.key === 'Enter' || event.key === ' ') && tag !== 'button' && tag !== 'input') this.dispatchAction(event);
    });
    this.registerDomEvent(this.contentEl, 'change', (event) => {
      const control = elementOf(event.target)?.closest<HTMLInputElement | HTMLSelectElement>('[data-control]');
      if (control?.dataset.control) this.onControl(control.dataset.control, control);
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

  /** Everything the drawing depends on, as text: the view redraws when it changes. */
  protected renderKey(): string {
    const { revision, ready } = this.services;
    return JSON.stringify([revision, ready, this.optionsKey(), this.services.settings()]);
  }

  /** The view's own options, as text: a change of it redraws the view. */
  protected optionsKey(): string {
    return '';
  }

  /** Answers a click (or Enter) on an element with `data-action`. */
  protected onAction(_action: string, _target: HTMLElement, _event: MouseEvent | KeyboardEvent): void {
    // Views with buttons override.
  }

  /** Answers a change of an input or select with `data-control`. */
  protected onControl(_control: string, _el: HTMLInputElement | HTMLSelectElement): void {
    // Views with controls override.
  }

  private dispatchAction(event: MouseEvent | KeyboardEvent): void {
    const target = elementOf(event.target)?.closest<HTMLElement>('[data-action]');
    const action = target?.dataset.action;
    if (!target || !action || !this.contentEl.contains(target)) return;
    event.preventDefault();
    this.onAction(action, target, event);
  }
}
