/**
 * A plain reading view for the main area: the note's properties, then its body
 * as paragraphs and headings, wiki-links made clickable. Text only goes in as
 * text: the harness must never be the one that runs a note's markup.
 */
import type { App, TFile } from '../../stubs/obsidian';

const WIKI_LINK = /!?\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g;

/** Shows a property value as Obsidian's property list roughly does: lists joined, maps as JSON. */
function propertyText(value: unknown): string {
  if (Array.isArray(value)) return value.map(propertyText).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Appends one line of body text, each wiki-link a link to the note it resolves to. */
function renderInline(parent: HTMLElement, app: App, line: string, sourcePath: string): void {
  let last = 0;
  for (const match of line.matchAll(WIKI_LINK)) {
    parent.appendText(line.slice(last, match.index));
    const target = match[1];
    const dest = app.metadataCache.getFirstLinkpathDest(target.split('#')[0], sourcePath);
    parent.createEl('a', {
      cls: dest ? 'internal-link' : ['internal-link', 'is-unresolved'],
      text: match[2] ?? target,
      attr: dest ? { 'data-href': dest.path, href: dest.path } : {},
    });
    last = (match.index ?? 0) + match[0].length;
  }
  parent.appendText(line.slice(last));
}

/** Draws `file` into `parent` (emptied first). */
export function renderNoteInto(parent: HTMLElement, app: App, file: TFile): void {
  parent.empty();
  parent.createEl('h1', { cls: 'harness-note-title inline-title', text: file.basename });
  parent.createDiv({ cls: 'harness-note-path', text: file.path });
  const text = app.vault.texts.get(file.path) ?? '';
  const cache = app.metadataCache.getFileCache(file);
  if (cache?.frontmatter) {
    const table = parent.createEl('dl', { cls: 'metadata-container' });
    for (const [key, value] of Object.entries(cache.frontmatter)) {
      table.createEl('dt', { text: key });
      table.createEl('dd', { text: propertyText(value) });
    }
  }
  const bodyStart = cache?.frontmatterPosition ? cache.frontmatterPosition.end.offset + 1 : 0;
  for (const block of text.slice(bodyStart).split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (trimmed === '') continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      parent.createEl(`h${Math.min(heading[1].length + 1, 6)}` as 'h2', { text: heading[2] });
      continue;
    }
    const paragraph = parent.createEl('p');
    renderInline(paragraph, app, trimmed.replace(/\s*\n\s*/g, ' '), file.path);
  }
}
