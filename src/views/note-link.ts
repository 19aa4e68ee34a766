/**
 * Every note a view lists is one of these links: its title as text, Obsidian's
 * hover preview, click to open (Mod or middle click: a new tab), drag to insert a
 * wiki-link. The listeners are delegated from the view's root, registered once,
 * so redrawing a list adds none.
 */
import type { App, Component, HoverParent } from 'obsidian';
import type { CorpusServices } from '../obsidian/services';

/** What a link names. */
export interface LinkTarget {
  path: string;
  title: string;
}

/** What the delegated listeners need from the view that owns them. */
export interface LinkHost extends Component, HoverParent {
  app: App;
  /** The hover source id: the view type. */
  getViewType(): string;
}

/** The element an event happened in, from any window (popout windows have their own `Element`). */
export function elementOf(target: EventTarget | null): Element | null {
  return target !== null && typeof (target as Partial<Element>).closest === 'function' ? (target as Element) : null;
}

/** The wiki-link a dragged note drops: `[[path without .md|title]]`, brackets taken out of the title. */
export function wikiLinkFor(path: string, title: string): string {
  const linkpath = path.replace(/\.md$/i, '');
  const shown = title.replace(/\[\[|\]\]|\|/g, ' ').replace(/\s+/g, ' ').trim();
  return shown === '' || shown === linkpath ? `[[${linkpath}]]` : `[[${linkpath}|${shown}]]`;
}

/** Appends the link of a note to `parent`; the title goes in as text, never as markup. */
export function renderNoteLink(parent: HTMLElement, note: LinkTarget, cls?: string): HTMLAnchorElement {
  return parent.createEl('a', {
    cls: ['internal-link', 'inquiring-lines-link', ...(cls ? [cls] : [])],
    text: note.title === '' ? note.path : note.title,
    href: note.path,
    attr: { 'data-href': note.path, draggable: 'true' },
  });
}

/** The note link an event started in, if any. */
function linkOf(event: Event): HTMLElement | null {
  return elementOf(event.target)?.closest<HTMLElement>('a[data-href]') ?? null;
}

/** Registers, on `root`, the listeners every note link inside it answers to. */
export function handleNoteLinks(host: LinkHost, root: HTMLElement, services: CorpusServices): void {
  const open = (event: MouseEvent): void => {
    const link = linkOf(event);
    const path = link?.dataset.href;
    if (!path) return;
    event.preventDefault();
    void services.openNote(path, event);
  };
  host.registerDomEvent(root, 'click', (event) => {
    if (event.button === 0) open(event);
  });
  host.registerDomEvent(root, 'auxclick', (event) => {
    if (event.button === 1) open(event);
  });
  // Graph nodes carry `data-href` too: they preview like links though a click walks instead.
  host.registerDomEvent(root, 'mouseover', (event) => {
    const target = elementOf(event.target)?.closest<HTMLElement>('[data-href]');
    const path = target?.dataset.href;
    if (!target || !path) return;
    const from = elementOf(event.relatedTarget);
    if (from && target.contains(from)) return;
    host.app.workspace.trigger('hover-link', {
      event,
      source: host.getViewType(),
      hoverParent: host,
      targetEl: target,
      linktext: path,
      sourcePath: '',
    });
  });
  host.registerDomEvent(root, 'dragstart', (event) => {
    const link = linkOf(event);
    const path = link?.dataset.href;
    if (!link || !path || !event.dataTransfer) return;
    event.dataTransfer.setData('text/plain', wikiLinkFor(path, link.textContent ?? ''));
    event.dataTransfer.effectAllowed = 'copyLink';
  });
}
