/** Small pieces the views share: empty states, titled sections with a count, a note's header. */
import type { Note } from '../core/types';
import { renderNoteLink } from './note-link';

/** What a kind is called in the views. */
const KIND_LABEL: Record<Note['kind'], string> = { concept: 'Concept', line: 'Inquiring line', paper: 'Paper', note: 'Outside the corpus' };

/** A short, clear message in place of a view's content. */
export function renderEmptyState(parent: HTMLElement, text: string): HTMLElement {
  return parent.createDiv({ cls: 'inquiring-lines-empty', text });
}

/** A tag naming a note's kind, coloured like the kind's node in the graph. */
export function renderKindTag(parent: HTMLElement, kind: Note['kind']): HTMLElement {
  return parent.createSpan({ cls: ['inquiring-lines-kind', `inquiring-lines-kind-${kind}`], text: KIND_LABEL[kind] });
}

/** A section with a heading followed by its count ("… 8"); returns the section's body. */
export function renderSection(parent: HTMLElement, heading: string, count?: number, cls?: string): HTMLElement {
  const section = parent.createDiv({ cls: ['inquiring-lines-section', ...(cls ? [cls] : [])] });
  const title = section.createEl('h4', { cls: 'inquiring-lines-section-title', text: heading });
  if (count !== undefined) {
    title.appendText(' ');
    title.createSpan({ cls: 'inquiring-lines-count', text: String(count) });
  }
  return section;
}

/** The note a view is about: its kind, its title (a link) and, for a concept, its question. */
export function renderNoteHeader(parent: HTMLElement, note: Note): HTMLElement {
  const header = parent.createDiv({ cls: 'inquiring-lines-header' });
  renderKindTag(header, note.kind);
  renderNoteLink(header.createDiv({ cls: 'inquiring-lines-header-title' }), note);
  if (note.kind === 'concept' && note.question) header.createDiv({ cls: 'inquiring-lines-question', text: note.question });
  if (note.kind === 'line' && note.gloss) header.createDiv({ cls: 'inquiring-lines-gloss', text: note.gloss });
  return header;
}

/** A muted paragraph of text, skipped when there is none. */
export function renderMuted(parent: HTMLElement, text: string | undefined, cls = 'inquiring-lines-muted'): void {
  if (text) parent.createDiv({ cls, text });
}
