/** The view type ids of the plugin's views, and the hover sources they report to Page preview. */

/** The neighbourhood view: a small graph around the active note, its related concepts and papers. */
export const VIEW_NEIGHBOURHOOD = 'inquiring-lines-neighbourhood';
/** The inquiring lines view: the lines a note feeds, or a line's sources, next lines and prompt. */
export const VIEW_LINES = 'inquiring-lines-lines';
/** The source back-links view: every note that links to the active note, grouped by how. */
export const VIEW_BACKLINKS = 'inquiring-lines-backlinks';
/** The corpus graph view: the whole corpus laid out, filtered and searchable. */
export const VIEW_CORPUS_GRAPH = 'inquiring-lines-corpus-graph';
/** The corpus health view: every problem of the corpus, by code or by note. */
export const VIEW_HEALTH = 'inquiring-lines-health';

/** One source of `hover-link` events, as `Plugin.registerHoverLinkSource` takes it. */
export interface HoverSource {
  id: string;
  display: string;
  defaultMod: boolean;
}

/**
 * The hover sources main.ts registers, one per view, so each can be turned on or
 * off in Page preview's settings. Mod is asked for by default, as the editor does,
 * because a sidebar list is crossed by the pointer all the time.
 */
export const HOVER_SOURCES: readonly HoverSource[] = Object.freeze([
  { id: VIEW_NEIGHBOURHOOD, display: 'Inquiring lines: neighbourhood', defaultMod: true },
  { id: VIEW_LINES, display: 'Inquiring lines: lines', defaultMod: true },
  { id: VIEW_BACKLINKS, display: 'Inquiring lines: source back-links', defaultMod: true },
  { id: VIEW_CORPUS_GRAPH, display: 'Inquiring lines: corpus graph', defaultMod: true },
  { id: VIEW_HEALTH, display: 'Inquiring lines: corpus health', defaultMod: true },
]);
