/**
 * The status-bar count of corpus errors: "2 corpus errors", hidden when there are
 * none; a click opens the corpus health view. Counted once the vault is read and
 * again after each batch of changes.
 */
import type { Component } from 'obsidian';
import { formatCount } from '../core/prompt/text';
import type { CorpusServices } from './services';

/** The item's text for a number of errors; `''` for none. */
export function errorStatusText(errors: number): string {
  if (errors <= 0) return '';
  return `${formatCount(errors)} corpus ${errors === 1 ? 'error' : 'errors'}`;
}

/** Keeps `item` showing the corpus's error count; `open` runs when it is clicked. */
export function attachErrorStatus(owner: Component, item: HTMLElement, services: CorpusServices, open: () => unknown): void {
  item.addClass('inquiring-lines-error-status', 'mod-clickable');
  item.setAttr('aria-label', 'Open corpus health');
  item.setAttr('data-tooltip-position', 'top');
  const update = (): void => {
    // Until the vault is read, asking for problems would make the index resolve everything at once.
    const errors = services.ready ? services.index.problems().filter((p) => p.severity === 'error').length : 0;
    item.setText(errorStatusText(errors));
    item.setAttr('data-errors', errors);
    item.toggle(errors > 0);
  };
  owner.registerDomEvent(item, 'click', () => void open());
  const ref = services.onUpdate(update);
  owner.register(() => services.offref(ref));
  update();
}
