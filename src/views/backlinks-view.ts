/**
 * The source back-links view: every note that links to the active one, notes
 * outside the corpus included, grouped by the way they link; for a paper, also
 * the lines it reaches through the concepts that cite it.
 */
import { backlinks, type BacklinkItem } from '../core/queries/backlinks';
import { lines } from '../core/queries/sources';
import { CorpusView, type CorpusNote } from './corpus-view';
import { renderNoteLink } from './note-link';
import { renderKindTag, renderMuted, renderNoteHeader, renderSection } from './view-parts';
import { VIEW_BACKLINKS } from './view-types';

/** The groups, in the order shown, with their headings. */
const GROUPS: readonly { how: string; heading: string }[] = [
  { how: 'source', heading: 'Lines citing it as a source' },
  { how: 'paper', heading: 'Concepts drawing on it as a paper' },
  { how: 'related', heading: 'Concepts relating to it' },
  { how: 'anchor', heading: 'Lines anchored on it' },
  { how: 'next', heading: 'Lines leading to it' },
  { how: 'body', heading: 'Linked in the text' },
  { how: 'property', heading: 'Linked under other properties' },
];

/** The group a way of linking falls in: `property:KEY` goes with the other properties. */
function groupOf(how: string): string {
  return how.startsWith('property:') ? 'property' : how;
}

/** Every note linking to the active note, grouped by how. */
export class BacklinksView extends CorpusView {
  override getViewType(): string {
    return VIEW_BACKLINKS;
  }

  override getDisplayText(): string {
    return 'Source back-links';
  }

  override getIcon(): string {
    return 'links-coming-in';
  }

  protected override renderNote(parent: HTMLElement, note: CorpusNote): void {
    this.contentEl.addClass('inquiring-lines-backlinks');
    renderNoteHeader(parent, note);
    const items = backlinks(this.services.index, note.path);
    const all = renderSection(parent, 'Notes linking here', items.length, 'inquiring-lines-backlink-all');
    if (items.length === 0) renderMuted(all, 'No note links here yet.', 'inquiring-lines-empty');
    for (const group of GROUPS) {
      const members = items.filter((item) => item.how.some((how) => groupOf(how) === group.how));
      if (members.length > 0) this.renderGroup(all, group.heading, group.how, members);
    }
    if (note.kind === 'paper') this.renderLinesAbove(parent, note.path);
  }

  private renderGroup(parent: HTMLElement, heading: string, how: string, members: BacklinkItem[]): void {
    const box = parent.createDiv({ cls: ['inquiring-lines-backlink-group', `inquiring-lines-how-${how}`] });
    const title = box.createEl('h5', { cls: 'inquiring-lines-group-title', text: heading });
    title.appendText(' ');
    title.createSpan({ cls: 'inquiring-lines-count', text: String(members.length) });
    const list = box.createEl('ul', { cls: 'inquiring-lines-list' });
    for (const item of members) {
      const row = list.createEl('li', { cls: 'inquiring-lines-item' });
      renderNoteLink(row, item);
      renderKindTag(row, item.kind);
      if (how === 'property') {
        const keys = item.how.filter((h) => h.startsWith('property:')).map((h) => h.slice('property:'.length));
        row.createSpan({ cls: 'inquiring-lines-tag', text: keys.join(', ') });
      }
    }
  }

  /** For a paper: the lines reached through the concepts that cite it. */
  private renderLinesAbove(parent: HTMLElement, path: string): void {
    const found = lines(this.services.index, path);
    const section = renderSection(parent, 'Up to the lines', found.length, 'inquiring-lines-up');
    if (found.length === 0) {
      renderMuted(section, 'No line draws on a concept that cites this paper.', 'inquiring-lines-empty');
      return;
    }
    const list = section.createEl('ul', { cls: 'inquiring-lines-list' });
    for (const line of found) {
      const row = list.createEl('li', { cls: 'inquiring-lines-item' });
      renderNoteLink(row, line);
      if (line.through?.length) renderMuted(row, `Through ${line.through.join(', ')}`, 'inquiring-lines-through');
    }
  }
}
